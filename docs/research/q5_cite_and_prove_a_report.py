"""Question 5: cite the report a team received at a gathering, and prove that the file in the
report repository is that report, byte for byte, with git's own hash."""
import csv
import hashlib
import subprocess
import sys

folder, repository, team, number = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]


def table(name):
    with open(f"{folder}/{name}.csv", encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


run = next(run for run in table("runs") if run["gathering"] == number)
report = next(row for row in table("reports") if row["run_id"] == run["run_id"] and row["team_id"] == team)
print(f"Report: {report['report_path']} ({team}, gathering {number})")
print(f"Run: {run['run_id']} at {run['time']} by {run['author']}")
print(f"Notebook: {run['notebook']} version {run['notebook_version']}, blob {run['notebook_blob']}")
print(f"Data: {report['data_blobs']}")
print(f"Journal: {report['journal_blob'] or 'none'}; tool: {run['tool']}")
content = subprocess.run(
    ["git", "-C", repository, "show", f"{run['run_id']}:{report['report_path']}"], check=True, capture_output=True
).stdout
digest = hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()
print("proved: the committed file hashes to report_blob" if digest == report["report_blob"] else f"NOT PROVED: {digest}")
