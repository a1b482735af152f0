#!/usr/bin/env bash
# Runs CMD... beside a throwaway PostgreSQL server: a fresh data folder in a temporary directory, the server on a
# free port of 127.0.0.1 (its unix socket in that directory too), a database "bellwether" owned by the user
# "bellwether". CMD sees BELLWETHER_TEST_PG (the JDBC URL the store tests use) and BELLWETHER_PG (the same as a
# postgresql:// URL for --db). The server is stopped and its folder deleted when CMD ends, however it ends.
#
#   scripts/with-postgres.sh ./mvnw -pl store -am verify
#
# Needs PostgreSQL's server binaries (Debian: postgresql); when they are missing and this runs as root with
# apt-get, it installs them. As root, the server runs as the "postgres" user, since initdb refuses root.
set -euo pipefail

find_pg_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return; fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

bin=$(find_pg_bin)
if [ -z "$bin" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "with-postgres: installing Debian's postgresql" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  bin=$(find_pg_bin)
fi
if [ -z "$bin" ]; then
  echo "with-postgres: no PostgreSQL server found (looked at PG_BIN, /usr/lib/postgresql/*/bin, PATH);" \
       "install it, e.g. sudo apt-get install postgresql" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/bellwether-pg.XXXXXX")
as_server() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as_server() { runuser -u postgres -- "$@"; }
fi

cleanup() {
  as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_server "$bin/initdb" -D "$dir/data" -U bellwether --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# A port is free when nothing answers on it; the server may still lose a race for it, so try a few.
started=
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  port=$(( 20000 + RANDOM % 40000 ))
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
  if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
       -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" >/dev/null; then
    started=1
    break
  fi
done
if [ -z "$started" ]; then
  echo "with-postgres: the server did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi

as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U bellwether bellwether
export BELLWETHER_TEST_PG="jdbc:postgresql://127.0.0.1:$port/bellwether?user=bellwether"
export BELLWETHER_PG="postgresql://bellwether@127.0.0.1:$port/bellwether"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

status=0
"$@" || status=$?
exit "$status"
