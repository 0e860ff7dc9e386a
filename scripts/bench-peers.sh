#!/usr/bin/env bash
# Tavle beside its peers on the same one-team report (scripts/make-bench-workspace.py: a
# heading and narrative, three run charts with their median, the network's numbers with the
# other teams anonymised, a summary table, eight prompts): Jupyter (papermill + nbconvert),
# Quarto and R Markdown, each rendering self-contained HTML per team and committing each
# output to git, as a facilitator would with them; then tavle on a 2,000-team network.
# Wall time min / median / max over RUNS runs, and peak memory (/usr/bin/time -v), release
# build. Installs the peers into .bench/ (Python packages from PyPI) and from Debian.
# Usage: scripts/bench-peers.sh [RUNS]   (make bench-peers; after make release)
set -uo pipefail
cd "$(dirname "$0")/.."
export TAVLE_LANGUAGE=en
runs=${1:-3}
root=$PWD
work=$root/.bench
tavle=$root/.build/release/tavle
[ -x "$tavle" ] || { echo "build first: make release" >&2; exit 1; }
mkdir -p "$work"
results=$work/results.txt
: > "$results"
log() { echo "$@" | tee -a "$results"; }

[ -f "$work/w22/network.sqlite" ] || python3 scripts/make-bench-workspace.py "$work/w22" 22 6 36 >/dev/null
workspace=$work/w22

# Runs a command RUNS times; prints min / median / max wall time and the largest peak memory,
# and keeps the median (in seconds) for the ratios at the end. $before, when set, runs before
# each run, untimed (removing the last run's report repository, so each run makes a new one).
before=""
measure() {
  local key=$1 label=$2; shift 2
  local walls=() peak=0
  for _ in $(seq "$runs"); do
    local start end memory
    [ -n "$before" ] && eval "$before"
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { log "$label: FAILED ($(tail -1 "$work/last.log"))"; return 1; }
    end=$(date +%s%N)
    memory=$(tail -1 "$work/time.txt")
    walls+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.4f", ns / 1e9 }')")
    [ "$memory" -gt "$peak" ] && peak=$memory
  done
  printf '%s\n' "${walls[@]}" | sort -g | awk -v label="$label" -v key="$key" -v peak="$peak" -v file="$work/medians.txt" '
    { t[NR] = $1 }
    END {
      median = t[int((NR + 1) / 2)]
      printf "%-52s min %8.3f s  median %8.3f s  max %8.3f s  peak %6.0f MB\n", label, t[1], median, t[NR], peak / 1024
      printf "%s %s\n", key, median >> file
    }' | tee -a "$results"
}
: > "$work/medians.txt"
fresh() { mktemp -d -p "$work"; }

log "$(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -m); $runs runs each"
log "tavle $("$tavle" --version)"

# --- tavle --------------------------------------------------------------------------------
cd "$workspace"
before="rm -rf '$work/fresh'"
measure tavle-one "tavle: one team, new repository + commit" "$tavle" run rapport.md --team t0001 --output "$work/fresh"
measure tavle-22 "tavle: 22 teams, new repository + commit" "$tavle" run rapport.md --all-teams --output "$work/fresh"
before=""
same=$(fresh)
"$tavle" run rapport.md --all-teams --output "$same" >/dev/null 2>&1
measure tavle-same "tavle: 22 teams, unchanged re-run (no commit)" "$tavle" run rapport.md --all-teams --output "$same"
cd "$root"

# --- Jupyter: papermill runs the notebook per team, nbconvert writes HTML ------------------
if [ ! -x "$work/venv/bin/papermill" ]; then
  python3 -m venv "$work/venv" && "$work/venv/bin/pip" install -q papermill nbconvert ipykernel matplotlib jupytext >/dev/null 2>&1 \
    || log "Jupyter: could not be installed from PyPI"
fi
if [ -x "$work/venv/bin/papermill" ]; then
  log "Jupyter: papermill $("$work/venv/bin/python" -c 'import papermill; print(papermill.__version__)'), nbconvert $("$work/venv/bin/jupyter-nbconvert" --version), matplotlib $("$work/venv/bin/python" -c 'import matplotlib; print(matplotlib.__version__)')"
  "$work/venv/bin/jupytext" --to ipynb "$workspace/peers/report.md" -o "$workspace/peers/report.ipynb" >/dev/null 2>&1
  cat > "$work/jupyter.sh" <<SCRIPT
#!/usr/bin/env bash
# One report per team (given as arguments), each committed, into a new repository.
set -e
repo=\$(mktemp -d -p "$work"); git init -q "\$repo"
cd "$workspace/peers"
for team in "\$@"; do
  "$work/venv/bin/papermill" --log-level ERROR report.ipynb "\$repo/\$team.ipynb" -p team "\$team" -p database "$workspace/network.sqlite" >/dev/null 2>&1
  "$work/venv/bin/jupyter-nbconvert" --to html --no-input --embed-images "\$repo/\$team.ipynb" --output "\$team" >/dev/null 2>&1
  rm "\$repo/\$team.ipynb"
  git -C "\$repo" add -A && git -C "\$repo" -c user.name=bench -c user.email=bench@example.org commit -qm "\$team"
done
SCRIPT
  chmod +x "$work/jupyter.sh"
  measure jupyter-one "Jupyter: one team + commit" "$work/jupyter.sh" t0001
  measure jupyter-22 "Jupyter: 22 teams, each committed" "$work/jupyter.sh" $(seq -f 't%04g' 1 22)
fi

# --- R Markdown: rmarkdown::render per team in one R session -------------------------------
if ! command -v Rscript >/dev/null || ! Rscript -e 'library(rmarkdown); library(RSQLite)' >/dev/null 2>&1; then
  scripts/install-deps.sh --peers >/dev/null 2>&1 || log "R Markdown: r-cran-rmarkdown could not be installed from Debian"
fi
if Rscript -e 'library(rmarkdown); library(RSQLite)' >/dev/null 2>&1; then
  log "R Markdown: R $(Rscript -e 'cat(as.character(getRversion()))' 2>/dev/null), rmarkdown $(Rscript -e 'cat(as.character(packageVersion("rmarkdown")))' 2>/dev/null), pandoc $(pandoc --version | head -1 | awk '{ print $2 }')"
  cat > "$work/rmarkdown.R" <<SCRIPT
# One report per team (the arguments), each committed, into a new repository.
teams <- commandArgs(trailingOnly = TRUE)
repo <- tempfile(tmpdir = "$work"); dir.create(repo)
system2("git", c("init", "-q", repo))
for (team in teams) {
  rmarkdown::render("$workspace/peers/report.Rmd", params = list(team = team, database = "$workspace/network.sqlite"),
                    output_file = paste0(team, ".html"), output_dir = repo, intermediates_dir = tempdir(), quiet = TRUE)
  system2("git", c("-C", repo, "add", "-A"))
  system2("git", c("-C", repo, "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-qm", team))
}
SCRIPT
  measure rmarkdown-one "R Markdown: one team + commit" Rscript "$work/rmarkdown.R" t0001
  measure rmarkdown-22 "R Markdown: 22 teams, each committed (one R session)" Rscript "$work/rmarkdown.R" $(seq -f 't%04g' 1 22)
fi

# --- Quarto (quarto-cli from PyPI), knitr engine --------------------------------------------
[ -x "$work/venv/bin/quarto" ] || "$work/venv/bin/pip" install -q quarto-cli >"$work/quarto-install.log" 2>&1
if [ -x "$work/venv/bin/quarto" ] && "$work/venv/bin/quarto" --version >/dev/null 2>&1; then
  log "Quarto: $("$work/venv/bin/quarto" --version) (quarto-cli from PyPI), knitr engine"
  cat > "$work/quarto.sh" <<SCRIPT
#!/usr/bin/env bash
# One report per team (given as arguments), each committed, into a new repository.
set -e
repo=\$(mktemp -d -p "$work"); git init -q "\$repo"
scratch=\$(mktemp -d -p "$work"); cp "$workspace/peers/report.qmd" "\$scratch/"
cd "\$scratch"
for team in "\$@"; do
  "$work/venv/bin/quarto" render report.qmd -P team:"\$team" -P database:"$workspace/network.sqlite" --output "\$team.html" --quiet >/dev/null 2>&1
  mv "\$team.html" "\$repo/"
  git -C "\$repo" add -A && git -C "\$repo" -c user.name=bench -c user.email=bench@example.org commit -qm "\$team"
done
SCRIPT
  chmod +x "$work/quarto.sh"
  measure quarto-one "Quarto: one team + commit" "$work/quarto.sh" t0001
  measure quarto-22 "Quarto: 22 teams, each committed" "$work/quarto.sh" $(seq -f 't%04g' 1 22)
else
  # quarto-cli's wheel is built on install by downloading Quarto itself from GitHub.
  why=$(grep -hoE "Downloading https://[^ ]+|Error downloading Quarto: .*" "$work/quarto-install.log" | tr '\n' ' ')
  log "Quarto: not measured: pip install quarto-cli failed: ${why:-see $work/quarto-install.log}"
fi

# --- tavle on 2,000 teams x 10 indicators x 120 months (2.4 million measurements) ----------
[ -f "$work/w2000/network.sqlite" ] || python3 scripts/make-bench-workspace.py "$work/w2000" 2000 10 120 >/dev/null
cd "$work/w2000"
before="rm -rf '$work/fresh'"
measure tavle-2000 "tavle: 2,000 teams, new repository + commit" "$tavle" run rapport.md --all-teams --output "$work/fresh"
before=""
rm -rf "$work/fresh"
cd "$root"

# --- ratios: how many times faster tavle is, medians of this run ----------------------------
log ""
awk '
  { m[$1] = $2 }
  END {
    for (peer in m) if (peer ~ /-one$/ && peer != "tavle-one") printf "%-12s one team: %7.0f x slower than tavle\n", substr(peer, 1, index(peer, "-") - 1), m[peer] / m["tavle-one"]
    for (peer in m) if (peer ~ /-22$/ && peer != "tavle-22") printf "%-12s 22 teams: %7.0f x slower than tavle\n", substr(peer, 1, index(peer, "-") - 1), m[peer] / m["tavle-22"]
  }' "$work/medians.txt" | sort | tee -a "$results"
rm -rf "$work"/tmp.* "$work"/file*
echo "results in $results"
