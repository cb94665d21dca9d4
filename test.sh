#!/usr/bin/env bash
# Gonghui's whole test run: restore, build, the tests on SQLite and on PostgreSQL, and the browser tests.
# Installs PostgreSQL, Chromium and npm from Debian when they are missing (as root), starts a throwaway
# PostgreSQL server of its own and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET SDK is missing: install .NET 10 (dotnet) first"

apt_updated=""
need_package() { # need_package PACKAGE TEST-COMMAND...
  local package=$1; shift
  "$@" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "Debian's '$package' package is missing: run 'sudo apt-get install $package' and try again"
  say "installing $package"
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  "$@" >/dev/null 2>&1 || die "installing $package did not provide what the tests need"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
need_package postgresql test -x "$(pg_bin)/initdb"
need_package chromium test -x /usr/bin/chromium
need_package npm command -v npm # the console's charts (Apache ECharts) come from the npm registry at build time
PG_BIN=$(pg_bin)

# A throwaway PostgreSQL: its own folder, port and socket; removed on exit whatever happens.
PG_DIR=$(mktemp -d /tmp/gonghui-pg.XXXXXX)
# The first free port from 55432 up (or GONGHUI_TEST_PG_PORT), so a leftover server never blocks the run.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PG_PORT=${GONGHUI_TEST_PG_PORT:-}
if [ -z "$PG_PORT" ]; then
  for p in $(seq 55432 55532); do if port_free "$p"; then PG_PORT=$p; break; fi; done
  [ -n "$PG_PORT" ] || die "no free port between 55432 and 55532 for the test PostgreSQL"
fi
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
cleanup() {
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
say "starting a throwaway PostgreSQL on port $PG_PORT"
as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null \
  || { cat "$PG_DIR/log" >&2; die "PostgreSQL did not start"; }
export GONGHUI_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true"
export GONGHUI_TEST_CHROMIUM=/usr/bin/chromium
export PATH="$PG_BIN:$PATH" # pg_dump and pg_restore of the same version as the server

say "restore and build"
dotnet restore Gonghui.slnx
dotnet build Gonghui.slnx --no-restore -c Release

say "tests (SQLite, PostgreSQL, browser)"
LOG=$(mktemp)
set +e
dotnet test Gonghui.slnx --no-build -c Release 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$LOG" | awk '{s+=$2} END {print s+0}')
rm -f "$LOG"
[ "$skipped" = 0 ] || { echo "tests were skipped: every test must run"; status=1; }
[ "$passed" -gt 0 ] || { echo "no test ran"; status=1; }
echo "tests: $passed passed, $failed failed"
exit "$status"
