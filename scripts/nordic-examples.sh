#!/usr/bin/env bash
# Runs the Swedish and Danish example networks (Notebooks/sv, Notebooks/da) into output/sv and
# output/da: their third gathering's handouts for every team, committed at the gathering's date,
# then checks every report with `tavle verify`. The Norwegian example, with four gatherings of
# history, is scripts/example-history.sh.
#
# Usage: scripts/nordic-examples.sh [TAVLE]
#   TAVLE   the tavle program (default .build/release/tavle)
# Each output folder is made anew, so it must hold only runs of its example, or not exist.
set -euo pipefail
cd "$(dirname "$0")/.."
tavle=$(realpath "${1:-.build/release/tavle}")
[ -x "$tavle" ] || { echo "tavle is not built yet: run 'make release' first" >&2; exit 1; }

examples=("sv larandeseminarium-3 2025-12-10T09:00:00+01:00 Karin Facilitator karin.facilitator@example.se"
          "da laeringsseminar-3 2025-12-10T09:00:00+01:00 Mette Facilitator mette.facilitator@example.dk")
for example in "${examples[@]}"; do
  read -r language notebook time first last email <<<"$example"
  output=$(realpath -m "output/$language")
  # Only ever replace a report repository of this example: every commit a run of its notebook.
  if [ -e "$output" ]; then
    commits=$(git -C "$output" rev-list --count HEAD 2>/dev/null || echo 0)
    own=$(git -C "$output" log --format='%(trailers:key=Notebook,valueonly)' 2>/dev/null | grep -cx "$notebook" || true)
    if [ ! -d "$output/.git" ] || [ "$commits" -eq 0 ] || [ "$own" -ne "$commits" ]; then
      echo "$output exists and is not the $language example made by this script; move it away" >&2
      exit 1
    fi
    rm -rf "$output"
  fi
  "$tavle" check "Notebooks/$language/$notebook.md" --strict
  TAVLE_AUTHOR_NAME="$first $last" TAVLE_AUTHOR_EMAIL="$email" TAVLE_COMMIT_TIME=$time \
    "$tavle" handout "Notebooks/$language/$notebook.md" --all-teams --strict
  "$tavle" verify --workspace "Notebooks/$language"
done
