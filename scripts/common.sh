# Shared by test.sh and bench/run.sh (sourced): messages, Debian packages, a throwaway PostgreSQL.

say() { printf '\n== %s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

apt_updated=""
need_package() { # need_package PACKAGE TEST-COMMAND...: installs it from Debian when the test fails (as root), else says which
  local package=$1; shift
  "$@" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "Debian's '$package' package is missing: run 'sudo apt-get install $package' and try again"
  say "installing $package"
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  "$@" >/dev/null 2>&1 || die "installing $package did not provide what is needed"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

# Starts a PostgreSQL of its own (folder, port, socket) and removes it on exit whatever happens.
# Sets PG_BIN, PG_DIR, PG_PORT; the port is the first free one from 55432 up, or $1 when given.
pg_throwaway_start() {
  PG_BIN=$(pg_bin)
  PG_DIR=$(mktemp -d /tmp/gonghui-pg.XXXXXX)
  PG_PORT=${1:-}
  if [ -z "$PG_PORT" ]; then
    for p in $(seq 55432 55532); do if port_free "$p"; then PG_PORT=$p; break; fi; done
    [ -n "$PG_PORT" ] || die "no free port between 55432 and 55532 for a throwaway PostgreSQL"
  fi
  trap pg_throwaway_stop EXIT
  [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
  say "starting a throwaway PostgreSQL on port $PG_PORT"
  as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null \
    || { cat "$PG_DIR/log" >&2; die "PostgreSQL did not start"; }
}

pg_throwaway_stop() {
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
