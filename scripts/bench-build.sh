#!/usr/bin/env bash
# Times what a newcomer waits for, each on a fresh clone of this repository with an empty
# .build: the README's first command (`make demo`: release build, example history, verify) and
# its second (`.ci/run`, which is `make test`). Prints the wall times, the release binary's
# size and the number of build steps. Mirrored packages must already be fetchable, and the
# Debian packages installed (the first run of either command installs them).
# Usage: scripts/bench-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(git log -1 --format='%h %s' | cut -c1-72), $(nproc) cores, $(date -u +%Y-%m-%d)"

git clone -q . "$work/demo"
start=$(date +%s)
(cd "$work/demo" && make demo >"$work/demo.log" 2>&1) || { tail -20 "$work/demo.log"; exit 1; }
end=$(date +%s)
steps=$(grep -cE '^\[[0-9]+/[0-9]+\] (Compiling|Building|Linking)' "$work/demo.log" || true)
size=$(du -m "$work/demo/.build/release/tavle" | cut -f1)
echo "make demo, fresh clone:   $((end - start)) s   (release binary ${size} MB, ${steps} build steps logged)"

git clone -q . "$work/ci"
start=$(date +%s)
(cd "$work/ci" && CI=true bash .ci/run >"$work/ci.log" 2>&1) || { tail -20 "$work/ci.log"; exit 1; }
end=$(date +%s)
echo ".ci/run, fresh clone:     $((end - start)) s   ($(grep -oE 'Test run with [0-9]+ tests' "$work/ci.log" | tail -1))"
