#!/usr/bin/env bash
# Installs the Debian packages Tavle builds against, only those that are missing.
# --browser adds Chromium and poppler-utils, which the tests use to print handouts to PDF, and
#   Playwright for Python (from PyPI, in .build/browser-venv), which drives Chromium through
#   tavle serve's pages, and nginx, which the tests put in front of tavle serve with TLS;
# --postgres adds the PostgreSQL server the tests run the example notebooks against;
# --python adds Python 3, which runs the research worked examples (docs/research/) in the tests;
# --peers adds R Markdown and pandoc, for scripts/bench-peers.sh.
set -euo pipefail
packages=(libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev zlib1g-dev libmbedtls-dev libpq-dev libcurl4-openssl-dev pkg-config)
for option in "$@"; do
  case "$option" in
    --browser) packages+=(chromium poppler-utils python3 python3-venv nginx-light openssl); browser=1 ;;
    --postgres) packages+=(postgresql postgresql-client openssl) ;;
    --python) packages+=(python3) ;;
    --peers) packages+=(r-base-core r-cran-rmarkdown r-cran-knitr r-cran-rsqlite r-cran-dbi pandoc) ;;
    *) echo "install-deps.sh: unknown option $option" >&2; exit 2 ;;
  esac
done
browser=${browser:-0}
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$browser" = 1 ]; then
  # Debian's Python is managed by apt; Playwright goes into a virtual environment of its own,
  # beside the build. It drives Debian's Chromium, so no browser is downloaded.
  venv="$(cd "$(dirname "$0")/.." && pwd)/.build/browser-venv"
  if ! "$venv/bin/python" -c "import playwright" 2>/dev/null; then
    echo "Installing Playwright for Python into $venv" >&2
    /usr/bin/python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "playwright>=1.40,<2"
  fi
fi
