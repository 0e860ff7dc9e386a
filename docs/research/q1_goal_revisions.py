"""Question 1: how often did each team revise its goals, when, from what to what, and what
did the indicator measure at the time? Reads a `tavle export` folder."""
import csv
import sys
from collections import Counter

folder = sys.argv[1]


def table(name):
    with open(f"{folder}/{name}.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


revisions = [row for row in table("goal_revisions") if row["kind"] == "revision"]
per_team = Counter(row["team_id"] for row in revisions)
journalled = {row["team_id"] for row in table("reports") if row["has_journal"] == "true"}
for team in sorted(journalled):
    print(f"{team}: {per_team[team]} revision(s)")
scales = {(goal["team_id"], goal["goal_id"]): float(goal["scale"]) for goal in table("goals")}
for row in revisions:
    # Targets times the goal's scale read as the team wrote them, and as the chart reads.
    scale = scales[(row["team_id"], row["goal_id"])]
    before, after = (float(row[f"target_{side}"]) * scale for side in ("before", "after"))
    then = f"{float(row['measured_shown_value']):.1f} in {row['measured_period']}" if row["measured_shown_value"] else "not measured"
    print(f"{row['team_id']} {row['goal_id']} {row['date']}: target {before:g} -> {after:g}; indicator then {then}")
