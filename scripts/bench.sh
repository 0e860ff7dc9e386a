#!/usr/bin/env bash
# Times the release build of tavle on the bundled example workspace: one team's report, the
# whole network and the GP group (each into a new report repository, with its commit), an
# unchanged re-run, and check. Prints min / median / max of the wall time over several runs.
# Usage: scripts/bench.sh [runs]   (after `make release`)
set -euo pipefail
cd "$(dirname "$0")/.."
# The example workspace speaks Norwegian; this script reads tavle's English lines.
export TAVLE_LANGUAGE=en
runs=${1:-15}
tavle=.build/release/tavle
[ -x "$tavle" ] || { echo "build first: make release" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$tavle" check Notebooks/samling-3.md >/dev/null 2>&1   # builds the data cache once, outside the timing

measure() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-48s min %7.1f ms   median %7.1f ms   max %7.1f ms\n", label, t[1] / 1000, t[int((NR + 1) / 2)] / 1000, t[NR] / 1000 }'
}

echo "tavle $("$tavle" --version), $(nproc) cores, $runs runs each"
# A new report repository each time: every file and object is written and committed.
fresh() { local dir; dir=$(mktemp -d -p "$out"); "$tavle" "$@" --output "$dir"; }
measure "one team, new repository + commit" fresh run Notebooks/samling-3.md --team molde-sykehjem-2
measure "11 teams, new repository + commit" fresh run Notebooks/samling-3.md --all-teams
measure "6 practices, new repository + commit" fresh run Notebooks/veiledningsgruppe-sykmelding.md --all-teams
# The same repository again: the reports are unchanged, so nothing is committed.
"$tavle" run Notebooks/samling-3.md --all-teams --output "$out/same" >/dev/null 2>&1
measure "11 teams, unchanged re-run (no commit)" "$tavle" run Notebooks/samling-3.md --all-teams --output "$out/same"
measure "check (samling-3)" "$tavle" check Notebooks/samling-3.md

# What committing adds, for a network of 22 teams: the example network twice over (each team
# copied under a new id with its measurements), as reported by `tavle run --timings`.
ws="$out/ws22"
cp -r Notebooks "$ws"
rm -rf "$ws/.tavle-cache"
for table in teams measurements; do
  awk -F, -v OFS=, '{ print } NR > 1 { $1 = $1 "-b"; print }' "Notebooks/data/$table.csv" > "$ws/data/$table.csv"
done
teams=$("$tavle" run "$ws/samling-3.md" --all-teams --output "$out/count" 2>/dev/null | sed -E 's/Rendered ([0-9]+) .*/\1/')

phase() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    times+=($("$@" 2>&1 >/dev/null | sed -nE 's/^committing: ([0-9.]+) ms/\1/p'))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '
    { t[NR] = $1 }
    END { printf "%-48s min %7.1f ms   median %7.1f ms   max %7.1f ms\n", label, t[1], t[int((NR + 1) / 2)], t[NR] }'
}
# A new notebook version changes every report, so every object is new, as after a correction.
next_version() {
  local version; version=$(sed -nE 's/^version: ([0-9]+)/\1/p' "$ws/samling-3.md")
  sed -i -E "s/^version: [0-9]+/version: $((version + 1))/" "$ws/samling-3.md"
  "$tavle" run "$ws/samling-3.md" --all-teams --output "$out/grow" --timings
}
phase "committing $teams teams, new repository" fresh run "$ws/samling-3.md" --all-teams --timings
phase "committing $teams teams, new version, existing repo" next_version

# Handouts printed to PDF by one headless Chromium: 25 teams of the network three times over
# (each team copied under two new ids), and the overview; fewer runs, each takes seconds.
if command -v chromium >/dev/null 2>&1 || [ -n "${TAVLE_CHROMIUM:-}" ]; then
  ws33="$out/ws33"
  cp -r Notebooks "$ws33"
  rm -rf "$ws33/.tavle-cache"
  for table in teams measurements; do
    awk -F, -v OFS=, '{ print } NR > 1 { id = $1; $1 = id "-b"; print; $1 = id "-c"; print }' "Notebooks/data/$table.csv" > "$ws33/data/$table.csv"
  done
  selected=()
  for team in $(tail -n +2 "$ws33/data/teams.csv" | cut -d, -f1 | head -25); do selected+=(--team "$team"); done
  pdf_runs=$(( runs < 3 ? runs : 3 ))
  runs=$pdf_runs measure "25 handouts + overview to PDF (one Chromium)" fresh handout "$ws33/samling-3.md" "${selected[@]}" --pdf
else
  echo "25 handouts to PDF: skipped, Chromium is not installed (scripts/install-deps.sh --browser)"
fi
