#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `source tests/postgres.sh; pg_test_start` initialises a cluster
# in a temporary folder, starts it on a loopback port and exports RESERVE_TEST_PG (a superuser connection
# string; each test creates and drops its own database with it); `pg_test_stop` stops it and removes the folder.
# PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (created by Debian's
# package), otherwise as the calling user. Standalone: `bash tests/postgres.sh` starts one and prints the export.

pg_test_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

pg_test_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_test_start() {
  local bin port
  bin=$(pg_test_bin) || { echo "找不到 PostgreSQL（/usr/lib/postgresql/*/bin/initdb）" >&2; return 1; }
  PG_TEST_BIN=$bin
  port=${RESERVE_TEST_PG_PORT:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  PG_TEST_DIR=$(mktemp -d /tmp/reserve-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_TEST_DIR"; fi
  # LC_CTYPE C.UTF-8: pg_trgm (the reserve's search index) counts only characters the locale classes as letters, and
  # under plain C no Chinese character is one; collation stays C.
  pg_test_as "$bin/initdb" -D "$PG_TEST_DIR/data" -U reserve --auth=trust --encoding=UTF8 --locale=C --lc-ctype=C.UTF-8 --no-sync >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # fsync off: a test cluster is thrown away, durability buys nothing here.
  pg_test_as "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 start \
    -o "-k $PG_TEST_DIR -p $port -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off" >/dev/null \
    || { cat "$PG_TEST_DIR/server.log" >&2; return 1; }
  export PG_TEST_DIR PG_TEST_BIN
  export RESERVE_TEST_PG="Host=127.0.0.1;Port=$port;Username=reserve;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') 已启动：127.0.0.1:$port（$PG_TEST_DIR）" >&2
}

pg_test_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR" ] && [ -n "${PG_TEST_BIN:-}" ]; then
    pg_test_as "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PG_TEST_DIR"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  pg_test_start
  echo "export RESERVE_TEST_PG='$RESERVE_TEST_PG'  # 停止：runuser -u postgres -- $PG_TEST_BIN/pg_ctl -D $PG_TEST_DIR/data stop"
fi
