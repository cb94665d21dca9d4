#!/usr/bin/env bash
# The district-scale benchmark of issue 3 (see docs/benchmarks.md): roster import against the engines' own bulk
# loaders (sqlite3 .import, psql \copy) in the same run, member search, coverage and the district scorecard (issue 6)
# at full size, on SQLite and PostgreSQL.
#   MEMBERS=2000000 ENTERPRISES=60000 bench/run.sh        (smaller figures make a quick trial run)
#   BENCH_ENGINES=sqlite bench/run.sh                       (one engine only)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

MEMBERS=${MEMBERS:-2000000}
ENGINES=${BENCH_ENGINES:-sqlite postgres}
ENTERPRISES=${ENTERPRISES:-60000}
SCALE=${SCALE:-100}
BESIDE_PORT=${BESIDE_PORT:-5098}
command -v dotnet >/dev/null || die "the .NET SDK is missing: install .NET 10 (dotnet) first"
need_package sqlite3 command -v sqlite3
need_package postgresql-client command -v psql
need_package postgresql test -x "$(pg_bin)/initdb"
need_package curl command -v curl

WORK=$(mktemp -d /tmp/gonghui-bench.XXXXXX)
case " $ENGINES " in *" postgres "*) pg_throwaway_start ;; esac
trap 'if [ -n "${PG_DIR:-}" ]; then pg_throwaway_stop; fi; rm -rf "$WORK"' EXIT

say "build (Release)"
dotnet build bench/Gonghui.Benchmarks -c Release -v quiet -nologo >/dev/null
G=(dotnet src/Gonghui/bin/Release/net10.0/gonghui.dll)
B=(dotnet bench/Gonghui.Benchmarks/bin/Release/net10.0/Gonghui.Benchmarks.dll)
export GONGHUI_PersonalData__Key=${GONGHUI_PersonalData__Key:-$(head -c 64 /dev/urandom | base64 -w0)}
export GONGHUI_Imports__Folder="$WORK/uploads"
export GONGHUI_Data__Folder="$WORK/data" # the keys and audit anchors of the benchmark's databases, removed with it
ROSTER="$WORK/roster"

say "generating $MEMBERS members over $ENTERPRISES enterprises"
"${B[@]}" generate "$ROSTER" "$MEMBERS" "$ENTERPRISES"
HALF=$(( $(wc -l < "$ROSTER/members-a.csv") - 1 ))
echo "import file: members-a.csv, $HALF rows, $(du -h "$ROSTER/members-a.csv" | cut -f1)"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

bench_engine() { # bench_engine sqlite|postgres CONNECTION [PSQL-CONNECTION]
  local db=$1 conn=$2 psqlconn=${3:-} t0 t1 base ours
  say "$db: district, enterprises"
  "${G[@]}" seed demo --database "$db" --connection "$conn" >/dev/null
  "${G[@]}" import enterprises "$ROSTER/enterprises-covered.csv" --union CY-GX-001 --database "$db" --connection "$conn" 2>/dev/null
  "${G[@]}" import enterprises "$ROSTER/enterprises-uncovered.csv" --database "$db" --connection "$conn" 2>/dev/null

  say "$db: the engine's own bulk load of the same file into a bare table"
  t0=$(now)
  if [ "$db" = sqlite ]; then
    sqlite3 "$WORK/baseline.db" ".mode csv" ".import $ROSTER/members-a.csv baseline"
  else
    psql -q "$psqlconn" -c "CREATE TABLE baseline (name text, id_number text, phone text, credit_code text, joined text)" \
      -c "\\copy baseline FROM '$ROSTER/members-a.csv' WITH (FORMAT csv, HEADER true)"
  fi
  t1=$(now); base=$(secs "$t0" "$t1"); echo "baseline: $base s"

  say "$db: gonghui import members ($HALF rows)"
  t0=$(now)
  "${G[@]}" import members "$ROSTER/members-a.csv" --union CY-GX-001 --database "$db" --connection "$conn" 2>/dev/null
  t1=$(now); ours=$(secs "$t0" "$t1")
  echo "gonghui: $ours s (process start included), ratio $(ratio "$ours" "$base")x, $(ratio "$HALF" "$ours") rows/s"

  say "$db: the XLSX at Excel's row limit (dry run: every row read and checked, nothing written), then the second half"
  "${G[@]}" import members "$ROSTER/members.xlsx" --union CY-GX-001 --dry-run --database "$db" --connection "$conn" 2>/dev/null
  say "$db: other users beside the import of the second half: a reader and a writer through the API"
  "${G[@]}" serve --urls "http://127.0.0.1:$BESIDE_PORT" --database "$db" --connection "$conn" >"$WORK/serve.log" 2>&1 &
  local server=$! token
  for _ in $(seq 120); do curl -fs "http://127.0.0.1:$BESIDE_PORT/readyz" >/dev/null 2>&1 && break; sleep 0.5; done
  token=$("${G[@]}" admin create-token admin --name beside --database "$db" --connection "$conn")
  echo "quiet (20 s, no import):"
  "${B[@]}" beside "http://127.0.0.1:$BESIDE_PORT" "$token" 20
  t0=$(now)
  "${G[@]}" import members "$ROSTER/members-b.csv" --union CY-GX-002 --database "$db" --connection "$conn" >"$WORK/import-b.log" 2>&1 &
  local importer=$!
  echo "beside the import:"
  "${B[@]}" beside "http://127.0.0.1:$BESIDE_PORT" "$token" 0 "$importer"
  wait "$importer"
  t1=$(now)
  echo "the import beside them: $(secs "$t0" "$t1") s; $(tail -n 1 "$WORK/import-b.log")"
  kill "$server"; wait "$server" || true

  if [ "$db" = postgres ]; then
    # What autovacuum does within a minute of a load (autovacuum_vacuum_insert_threshold): without the visibility map
    # it builds, a count over an index range reads the heap.
    psql -q "$psqlconn" -c "VACUUM (ANALYZE) members"
  fi

  say "$db: the scorecard's records at the demo's counts ×${SCALE}"
  "${B[@]}" records --database "$db" --connection "$conn" "$SCALE"

  say "$db: search, coverage and the district scorecard at $MEMBERS members"
  "${B[@]}" measure --database "$db" --connection "$conn" "$ROSTER"
}

for engine in $ENGINES; do
  case $engine in
    sqlite) bench_engine sqlite "Data Source=$WORK/gonghui.db" ;;
    postgres)
      psql -q "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -c "CREATE DATABASE gonghui_bench"
      bench_engine postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=gonghui_bench" "host=127.0.0.1 port=$PG_PORT user=postgres dbname=gonghui_bench" ;;
    *) die "unknown engine '$engine': sqlite or postgres" ;;
  esac
done
