#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite. Source this file, then call
# `pg_start`: it installs Debian's postgresql when no server binaries are found,
# creates a cluster in a temporary folder, starts it on a Unix socket there (no TCP
# port), creates a database and exports TEST_DATABASE_URL. `pg_stop` stops the
# cluster and removes the folder. When PostgreSQL cannot be had, it says why and
# returns 1; the PostgreSQL tests then skip.

pg_bindir() {
    local d
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return 0
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
    done
    return 1
}

pg_start() {
    local bin
    if ! bin=$(pg_bindir); then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "ci: installing Debian's postgresql" >&2
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
                || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } \
                || true
        fi
        bin=$(pg_bindir) || { echo "ci: no PostgreSQL server available; its tests will skip" >&2; return 1; }
    fi
    PG_DIR=$(mktemp -d /tmp/vnx-pg.XXXXXX)
    local run=()
    if [ "$(id -u)" = 0 ]; then  # initdb refuses to run as root
        id postgres >/dev/null 2>&1 || { echo "ci: running as root and no postgres user; PostgreSQL tests will skip" >&2; return 1; }
        chown postgres "$PG_DIR"
        run=(runuser -u postgres --)
    fi
    PG_RUN=("${run[@]}")
    PG_BIN=$bin
    "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
        || "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C >"$PG_DIR/initdb.log" 2>&1 \
        || { echo "ci: initdb failed:" >&2; cat "$PG_DIR/initdb.log" >&2; return 1; }
    "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-k $PG_DIR -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
        || { echo "ci: PostgreSQL did not start:" >&2; cat "$PG_DIR/server.log" >&2; return 1; }
    "${run[@]}" "$bin/createdb" -h "$PG_DIR" -U postgres vnx_test || { echo "ci: createdb failed" >&2; return 1; }
    export TEST_DATABASE_URL="postgresql+psycopg://postgres@/vnx_test?host=$PG_DIR"
    echo "ci: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2
}

pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ]; then
        "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
}
