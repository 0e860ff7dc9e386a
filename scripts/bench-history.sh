#!/usr/bin/env bash
# Times `tavle history`, `tavle trace`, `tavle log` and `tavle export` on a report repository of many runs, built the way
# tavle commits them (one pack per run, merged geometrically) by tavle-history-fixture: each
# run one team of 22, its measurements one month longer, now and then a revised goal, a PDSA
# cycle, a decision or an answer. Prints min / median / max wall time and peak memory.
# Usage: scripts/bench-history.sh [runs] [repetitions]   (after `make release`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000}
repetitions=${2:-5}
tavle=.build/release/tavle
fixture=.build/release/tavle-history-fixture
[ -x "$tavle" ] && [ -x "$fixture" ] || { echo "build first: make release" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

start=$(date +%s%N)
"$fixture" "$out/reports" "$runs" 22 >/dev/null
echo "tavle $("$tavle" --version), $(nproc) cores; built a repository of $runs runs in $(( ($(date +%s%N) - start) / 1000000 )) ms"

measure() {
  local label=$1; shift
  local times=() memory=0
  for _ in $(seq "$repetitions"); do
    local report
    report=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -1)
    times+=($(echo "$report" | awk '{ printf "%d", $1 * 1000 }'))
    memory=$(echo "$report $memory" | awk '{ print ($2 > $3 ? $2 : $3) }')
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v memory="$memory" '
    { t[NR] = $1 }
    END { printf "%-40s min %6d ms   median %6d ms   max %6d ms   peak %4d MB\n", label, t[1], t[int((NR + 1) / 2)], t[NR], memory / 1024 }'
}

measure "history goals --team team-3" "$tavle" history goals --team team-3 --output "$out/reports"
measure "history measurements --team team-3" "$tavle" history measurements --team team-3 --output "$out/reports"
measure "trace --team team-3" "$tavle" trace --team team-3 --output "$out/reports"
measure "trace (all 22 teams, CSV)" "$tavle" trace --output "$out/reports"
measure "log" "$tavle" log --output "$out/reports"
measure "export (datapackage, every run)" "$tavle" export --output "$out/reports" --to "$out/export"
