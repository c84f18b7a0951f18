# Throwaway PostgreSQL for the store tests (sourced by .ci/run; usable by hand too:
#   source .ci/postgres.sh && start_postgres && make test; stop_postgres).
# Exports FRONTLINE_TEST_PG_URL. Needs root (apt-get) or an installed Debian `postgresql`.

_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

start_postgres() {
  if [ -z "$(_pg_bin)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  fi
  local bin port
  bin=$(_pg_bin)
  PG_TMP=$(mktemp -d /tmp/frontline-pg.XXXXXX)
  chown postgres "$PG_TMP"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  su postgres -s /bin/sh -c "'$bin/initdb' -D '$PG_TMP/data' -U postgres -A trust >/dev/null"
  su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_TMP/data' -l '$PG_TMP/log' -w \
    -o \"-p $port -h 127.0.0.1 -k '$PG_TMP' -F\" start >/dev/null"
  su postgres -s /bin/sh -c "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres frontline_test"
  export PG_TMP PG_BIN="$bin"
  export FRONTLINE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/frontline_test"
  echo "PostgreSQL for the store tests: $FRONTLINE_TEST_PG_URL"
}

stop_postgres() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$PG_TMP/data' -m fast -w stop >/dev/null" || true
    rm -rf "$PG_TMP"
  fi
}
