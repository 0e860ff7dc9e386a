"""Question 3: one team's indicator as each gathering's report showed it, side by side, and
where a later report showed a value differently (the `changes` table)."""
import csv
import sys

folder, team, series = sys.argv[1], sys.argv[2], sys.argv[3]


def table(name):
    with open(f"{folder}/{name}.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


gathering = {run["run_id"]: run["gathering"] for run in table("runs")}
shown = {}
for row in table("measurements"):
    if row["team_id"] == team and row["series"] == series and row["shown_value"]:
        shown.setdefault(row["period"], {})[gathering[row["run_id"]]] = float(row["shown_value"])
gatherings = sorted({g for values in shown.values() for g in values})
print("period   " + "  ".join(f"gathering {g}" for g in gatherings))
for period in sorted(shown):
    print(period + "  " + "  ".join((f"{shown[period][g]:.2f}" if g in shown[period] else "-").rjust(11) for g in gatherings))
changes = [row for row in table("changes") if row["team_id"] == team and row["series"] == series]
print(f"changes between reports: {len(changes)}")
