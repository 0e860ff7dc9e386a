#!/usr/bin/env bash
# Times the release build of tavle on the bundled example workspace: one team's report, the
# whole network, and the GP group. Prints min / median / max over several runs.
# Usage: scripts/bench.sh [runs]   (after `make release`)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
tavle=.build/release/tavle
[ -x "$tavle" ] || { echo "build first: make release" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$tavle" check Notebooks/samling-3.md >/dev/null   # builds the data cache once, outside the timing

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
measure "one team (samling-3, 6 queries, 7 prompts)" "$tavle" run Notebooks/samling-3.md --team molde-sykehjem-2 --output "$out"
measure "all 11 teams (samling-3)" "$tavle" run Notebooks/samling-3.md --all-teams --output "$out"
measure "all 6 practices (veiledningsgruppe)" "$tavle" run Notebooks/veiledningsgruppe-sykmelding.md --all-teams --output "$out"
measure "check (samling-3)" "$tavle" check Notebooks/samling-3.md
