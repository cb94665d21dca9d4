#!/usr/bin/env bash
# Gonghui's whole test run: restore, build, the tests on SQLite and on PostgreSQL, and the browser tests.
# Installs PostgreSQL, Chromium, npm and a Chinese font from Debian when they are missing (as root), starts a throwaway
# PostgreSQL server of its own and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")"

. scripts/common.sh

command -v dotnet >/dev/null || die "the .NET SDK is missing: install .NET 10 (dotnet) first"

need_package postgresql test -x "$(pg_bin)/initdb"
need_package chromium test -x /usr/bin/chromium
need_package npm command -v npm # the console's charts (Apache ECharts) come from the npm registry at build time
need_package fonts-wqy-microhei test -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc # the Chinese font PDF reports embed

pg_throwaway_start "${GONGHUI_TEST_PG_PORT:-}"
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
