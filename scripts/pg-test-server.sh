#!/usr/bin/env bash
# A private, throw-away PostgreSQL 15 cluster for the repository tests (packages/db).
#
#   scripts/pg-test-server.sh start    # init if needed, start, create the database, print its URL
#   scripts/pg-test-server.sh stop     # stop the cluster (data kept for the next start)
#   scripts/pg-test-server.sh status   # "running" or "stopped" (exit 0 / 3)
#   scripts/pg-test-server.sh url      # print the URL without starting anything
#   scripts/pg-test-server.sh destroy  # stop and delete the cluster directory
#
# Only the URL goes to stdout, so `URL=$(scripts/pg-test-server.sh start)` works; progress goes
# to stderr. The cluster listens on 127.0.0.1 only, trusts local connections and runs with
# fsync off: it is for tests, never for data anyone wants to keep.
#
# Environment: XXGK_PG_DIR (default /var/tmp/xxgk-pg), XXGK_PG_PORT (54329),
# XXGK_PG_DB (xxgk_test), XXGK_PG_BIN (default /usr/lib/postgresql/15/bin).
set -euo pipefail

BASE="${XXGK_PG_DIR:-/var/tmp/xxgk-pg}"
PORT="${XXGK_PG_PORT:-54329}"
DB="${XXGK_PG_DB:-xxgk_test}"
BIN="${XXGK_PG_BIN:-/usr/lib/postgresql/15/bin}"
DATA="$BASE/data"
LOG="$BASE/server.log"
URL="postgres://postgres@127.0.0.1:${PORT}/${DB}"

say() { printf '%s\n' "$*" >&2; }

# initdb and postgres refuse to run as root, so root runs them as the `postgres` user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

need_binaries() {
  if [ ! -x "$BIN/initdb" ] || [ ! -x "$BIN/pg_ctl" ]; then
    say "未找到 PostgreSQL 15（$BIN/initdb）。请先安装：apt-get install -y postgresql"
    exit 2
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    say "以 root 运行时需要系统用户 postgres（安装 Debian 的 postgresql 软件包会创建它）。"
    exit 2
  fi
}

is_running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
  need_binaries
  mkdir -p "$BASE"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$BASE"; fi
  # Several test workers may call `start` at once: one of them does the work, the rest wait.
  exec 9>"$BASE.lock"
  flock 9
  if [ ! -f "$DATA/PG_VERSION" ]; then
    say "初始化测试集群：$DATA"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
  fi
  if ! is_running; then
    # The server must not inherit fd 9, or it would hold the start lock for as long as it runs.
    say "启动测试集群：127.0.0.1:$PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >&2 9>&-
  fi
  local exists
  exists=$(as_owner "$BIN/psql" -h "$BASE" -p "$PORT" -U postgres -d postgres -Atc \
    "select 1 from pg_database where datname = '$DB'")
  if [ "$exists" != 1 ]; then
    as_owner "$BIN/psql" -h "$BASE" -p "$PORT" -U postgres -d postgres -qc "create database \"$DB\"" >&2
  fi
  flock -u 9
  printf '%s\n' "$URL"
}

stop() {
  if [ -x "$BIN/pg_ctl" ] && is_running; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  else
    say "测试集群未在运行。"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if [ -x "$BIN/pg_ctl" ] && is_running; then echo running; else echo stopped; exit 3; fi
    ;;
  url) printf '%s\n' "$URL" ;;
  destroy)
    stop
    rm -rf "$DATA" "$LOG"
    ;;
  *)
    say "用法：$0 start|stop|status|url|destroy"
    exit 64
    ;;
esac
