"""Question 2: the PDSA cycles, and how long from a cycle's start to its decision. A decision
is known from the first run that recorded it: the time to decision is at most the days from
the start to that run (and more than the days to the run before it)."""
import csv
import sys
from datetime import date, datetime

folder = sys.argv[1]
with open(f"{folder}/pdsa_cycles.csv", encoding="utf-8", newline="") as file:
    cycles = list(csv.DictReader(file))
for cycle in cycles:
    started = date.fromisoformat(cycle["started"]) if cycle["started"] else None
    if not cycle["decision"]:
        print(f"{cycle['team_id']} {cycle['cycle_id']}: started {cycle['started'] or '?'}, no decision yet")
        continue
    recorded = datetime.fromisoformat(cycle["decision_recorded_time"]).date()
    days = (recorded - started).days if started else None
    print(f"{cycle['team_id']} {cycle['cycle_id']}: started {cycle['started']}, {cycle['decision']} recorded {recorded} ({days} days at most)")
