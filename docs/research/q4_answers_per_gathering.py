"""Question 4: how many of the prompts each gathering asked did each team answer? A team
without a journal is told apart from one that answered nothing."""
import csv
import sys
from collections import defaultdict

folder = sys.argv[1]


def table(name):
    with open(f"{folder}/{name}.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


runs = {run["run_id"]: run for run in table("runs") if run["gathering"]}
asked = defaultdict(set)
for prompt in table("prompts"):
    if prompt["run_id"] in runs:
        asked[runs[prompt["run_id"]]["gathering"]].add(prompt["prompt_id"])
answered = defaultdict(set)
for answer in table("answers"):
    answered[(answer["team_id"], answer["gathering"])].add(answer["prompt_id"])
gatherings = sorted(asked, key=int)
print(f"{'team':<32}" + "  ".join(f"gathering {g}".rjust(11) for g in gatherings))
cells = defaultdict(dict)
for report in table("reports"):
    run = runs.get(report["run_id"])
    if run is None:
        continue
    g = run["gathering"]
    if report["has_journal"] != "true":
        cells[report["team_id"]][g] = "no journal"
    else:
        count = len(answered[(report["team_id"], g)] & asked[g])
        cells[report["team_id"]][g] = f"{count}/{len(asked[g])}"
for team in sorted(cells):
    print(f"{team:<32}" + "  ".join(cells[team].get(g, "-").rjust(11) for g in gatherings))
print("n/m: n of the m prompts the gathering asked were answered; no journal: none when the report was made")
