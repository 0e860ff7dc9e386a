"""Question 2: the PDSA cycles, and how long from a cycle's start to its decision: to the day
the team wrote (`decided`), else to the first run that recorded the decision (an upper
bound). A cycle that builds on another (`follows`) is shown under it."""
import csv
import sys
from datetime import date, datetime

folder = sys.argv[1]
with open(f"{folder}/pdsa_cycles.csv", encoding="utf-8", newline="") as file:
    cycles = list(csv.DictReader(file))
for cycle in cycles:
    started = date.fromisoformat(cycle["started"]) if cycle["started"] else None
    ramp = f" (follows {cycle['follows']})" if cycle["follows"] else ""
    if not cycle["decision"]:
        print(f"{cycle['team_id']} {cycle['cycle_id']}{ramp}: started {cycle['started'] or '?'}, no decision yet")
        continue
    if cycle["decided"]:
        decided, how = date.fromisoformat(cycle["decided"]), "decided"
    else:
        decided, how = datetime.fromisoformat(cycle["decision_recorded_time"]).date(), "recorded, at most"
    days = (decided - started).days if started else None
    print(f"{cycle['team_id']} {cycle['cycle_id']}{ramp}: started {cycle['started']}, {cycle['decision']} {decided} ({days} days, {how})")
