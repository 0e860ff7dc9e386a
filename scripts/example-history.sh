#!/usr/bin/env bash
# Builds the example report repository with a history: the learning network's four gatherings
# replayed in order, each run with the team journals as they stood before that gathering
# (Notebooks/example-history/samling-N/; gathering 4 uses Notebooks/journals/) and committed
# at the gathering's date. Then the GP supervision group's two meetings (sick leave, fee codes). Afterwards `tavle history`,
# `tavle trace`, `tavle diff` and `tavle verify` have something real to show.
#
# Usage: scripts/example-history.sh [TAVLE] [OUTPUT]
#   TAVLE   the tavle program (default .build/release/tavle)
#   OUTPUT  the report repository to create (default output/nb); made anew, so it must hold
#           only runs of the example notebooks, or not exist.
set -euo pipefail
cd "$(dirname "$0")/.."
tavle=$(realpath "${1:-.build/release/tavle}")
output=$(realpath -m "${2:-output/nb}")
[ -x "$tavle" ] || { echo "tavle is not built yet: run 'make release' first" >&2; exit 1; }

# Only ever replace a report repository of the example workspace: every commit in it must be
# a tavle run of one of the example notebooks (this script's history, or an earlier demo's).
if [ -e "$output" ]; then
  commits=$(git -C "$output" rev-list --count HEAD 2>/dev/null || echo 0)
  examples=$(git -C "$output" log --format='%(trailers:key=Notebook,valueonly)' 2>/dev/null \
    | grep -cxE 'samling-[1-4]|veiledningsgruppe-(sykmelding|takst)' || true)
  if [ ! -d "$output/.git" ] || [ "$commits" -eq 0 ] || [ "$examples" -ne "$commits" ]; then
    echo "$output exists and is not an example history made by this script; move it away or name another folder" >&2
    exit 1
  fi
  rm -rf "$output"
fi

# The workspace is copied so that the journals can be swapped without touching Notebooks/.
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
cp -r Notebooks/. "$workspace/"
rm -rf "$workspace/.tavle-cache"

export TAVLE_AUTHOR_NAME="Kari Fasilitator" TAVLE_AUTHOR_EMAIL="kari.fasilitator@example.no"
gatherings=("1 2021-01-20T09:00:00+01:00" "2 2021-04-21T09:00:00+02:00" "3 2021-09-15T09:00:00+02:00" "4 2022-01-19T09:00:00+01:00")
for gathering in "${gatherings[@]}"; do
  read -r number time <<<"$gathering"
  if [ "$number" -lt 4 ]; then
    rm -f "$workspace"/journals/*.yaml
    cp Notebooks/example-history/samling-"$number"/*.yaml "$workspace/journals/"
  else
    cp Notebooks/journals/*.yaml "$workspace/journals/"
  fi
  TAVLE_COMMIT_TIME=$time "$tavle" handout "$workspace/samling-$number.md" --all-teams --output "$output"
done
TAVLE_COMMIT_TIME=2023-01-18T12:00:00+01:00 "$tavle" run "$workspace/veiledningsgruppe-sykmelding.md" --all-teams --output "$output"
TAVLE_COMMIT_TIME=2023-02-15T12:00:00+01:00 "$tavle" run "$workspace/veiledningsgruppe-takst.md" --all-teams --output "$output"
echo "Example history in $output. Try: tavle history goals --team molde-sykehjem-2 --output $output"
