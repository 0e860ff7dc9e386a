#!/usr/bin/env bash
# Load on tavle serve: wrk against a team's report page, the team's own page and the
# facilitator's overview, 100 connections for 10 s each, on a network of 25 teams made with
# tavle init. Prints a Markdown table (requests/s, p50, p99, errors) for docs/performance.md.
#
#   scripts/serve-load.sh [TAVLE] [SECONDS] [CONNECTIONS]
#
# TAVLE defaults to .build/release/tavle (make release). Needs wrk (Debian's package).
set -euo pipefail
tavle=$(realpath "${1:-.build/release/tavle}")
seconds=${2:-10}
connections=${3:-100}
command -v wrk >/dev/null || { echo "serve-load.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
TAVLE_LANGUAGE=en "$tavle" init network --language en --name "Load test" >/dev/null
cd network
# 25 teams: the four of tavle init and 21 more, each with team-a's data and journal.
for n in $(seq 5 25); do
  echo "team-$n,Extra team $n,Care home" >>data/teams.csv
  grep '^team-a,' data/measurements.csv | sed "s/^team-a,/team-$n,/" >>data/measurements.csv
  cp journals/team-a.yaml "journals/team-$n.yaml"
done
"$tavle" run first-report.md --all-teams >/dev/null 2>&1
team_link=$("$tavle" access add --team team-a | grep /signin/)
facilitator_link=$("$tavle" access add --facilitator Load | grep /signin/)

started=$(date +%s.%N)
"$tavle" serve --port 0 >serve.out 2>serve.log &
server=$!
until grep -q "listening on" serve.out 2>/dev/null; do sleep 0.01; done
ready=$(date +%s.%N)
base=$(grep -o 'http://[0-9.:]*' serve.out)
# Signs in as a browser does: the link's page, then its button (the page's token and cookie).
cookie() {
  local jar="$work/jar.$RANDOM" token
  token=$(curl -s -c "$jar" "$base${1#http://127.0.0.1:8080}" | grep -o 'name="token" value="[^"]*"' | cut -d'"' -f4)
  curl -s -b "$jar" -o /dev/null -D - -H 'Sec-Fetch-Site: same-origin' --data-urlencode "token=$token" "$base/signin" |
    grep -o 'tavle_session=[^;]*'
}
team_cookie=$(cookie "$team_link")
facilitator_cookie=$(cookie "$facilitator_link")
report=$(curl -s -H "Cookie: $team_cookie" "$base/teams/team-a" | grep -o '/teams/team-a/reports/[0-9a-f]*/first-report.html' | head -1)

echo "tavle serve on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
echo "25 teams; wrk -t2 -c$connections -d${seconds}s; started listening in $(echo "$ready - $started" | bc | cut -c1-5) s."
echo
echo "| page | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
run() {
  local name=$1 path=$2 session=$3
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: $session" "$base$path")
  local rate p50 p99 errors non2xx
  rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Socket errors/ {print $0}' | sed 's/.*errors: //')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  echo "| $name | $rate | $p50 | $p99 | ${errors:-none}${non2xx:+, $non2xx non-2xx} |"
}
run "a team's report (from the repository)" "$report" "$team_cookie"
run "the team's own page (journal read)" "/teams/team-a" "$team_cookie"
run "the facilitator's overview" "/facilitator" "$facilitator_cookie"
