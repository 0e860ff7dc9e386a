#!/usr/bin/env bash
# Starts the Debian PostgreSQL cluster on loopback for the tests (scripts/install-deps.sh
# --postgres installs it), makes the role and database they use, and prints the address:
#   postgres://tavle@127.0.0.1:PORT/tavle_test   (password: tavle-test)
# The role may create databases: each test loads the example data into one of its own.
# TLS is switched on with a certificate for 127.0.0.1 made here, which the tests take as the
# root certificate (/etc/postgresql/tavle-test.crt) to check sslmode=require and verify-full.
# Safe to run again: what exists is kept. Never touches other databases.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ "$(id -u)" -eq 0 ]; then
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_postgres() { sudo -u postgres "$@"; }
fi

version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
if [ -z "$version" ]; then
  echo "test-postgres.sh: PostgreSQL is not installed; run scripts/install-deps.sh --postgres" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  $sudo pg_createcluster "$version" main >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  $sudo pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "test-postgres.sh: the server on port $port did not start" >&2; exit 1; }

psql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
certificate=/etc/postgresql/tavle-test.crt
key=/etc/postgresql/$version/main/tavle-test.key
if [ ! -f "$certificate" ] || [ ! -f "$key" ]; then
  made=$(mktemp -d)
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" -keyout "$made/key" -out "$made/crt" 2>/dev/null
  $sudo install -o postgres -g postgres -m 600 "$made/key" "$key"
  $sudo install -m 644 "$made/crt" "$certificate"
  rm -rf "$made"
fi
if [ "$(psql -tAc "SHOW ssl")" != "on" ]; then
  psql -c "ALTER SYSTEM SET ssl_cert_file = '$certificate'" -c "ALTER SYSTEM SET ssl_key_file = '$key'" -c "ALTER SYSTEM SET ssl = on"
  psql -c "SELECT pg_reload_conf()" >/dev/null
  for _ in $(seq 1 20); do [ "$(psql -tAc "SHOW ssl")" = "on" ] && break; sleep 0.25; done
fi
if [ "$(psql -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'tavle'")" != "1" ]; then
  psql -c "CREATE ROLE tavle LOGIN CREATEDB PASSWORD 'tavle-test'"
fi
psql -c "ALTER ROLE tavle LOGIN CREATEDB PASSWORD 'tavle-test'"
if [ "$(psql -tAc "SELECT 1 FROM pg_database WHERE datname = 'tavle_test'")" != "1" ]; then
  psql -c "CREATE DATABASE tavle_test OWNER tavle"
fi
echo "postgres://tavle@127.0.0.1:$port/tavle_test"
