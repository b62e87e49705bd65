#!/usr/bin/env bash
# cluster.sh — a throwaway PostgreSQL 15 cluster for the tests that need a
# real server (tests/pg/roundtrip.sh, later the end-to-end plan tests).
#
#   eval "$(tests/pg/cluster.sh start)"   # exports PGHOST PGPORT PGUSER RG_PG_DIR
#   ...psql / pg_dump...
#   tests/pg/cluster.sh stop              # stops it and deletes RG_PG_DIR
#
#   tests/pg/cluster.sh run CMD [ARGS...]  # start, run CMD with the env set,
#                                          # stop and delete on any exit
#
# The cluster lives in a fresh temp dir, listens only on a unix socket in
# that dir (no TCP, so parallel runs never collide on a port), trusts local
# connections and runs with fsync off: it holds nothing worth keeping.
# initdb refuses to run as root, so as root the server runs as `postgres`.
set -euo pipefail

PORT=${RG_PG_PORT:-5432}

pg_bindir() {
    local d
    for d in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/15/bin; do
        if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            echo "$d"
            return 0
        fi
    done
    echo "cluster.sh: no initdb/pg_ctl found (install postgresql-15)" >&2
    return 1
}

# Runs a command as the server's owner: `postgres` when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
        fi
    else
        "$@"
    fi
}

stop_cluster() { # DIR
    local dir=$1 bin
    [ -n "$dir" ] && [ -d "$dir" ] || return 0
    case "$dir" in
        */rg-pg.*) ;;
        *) echo "cluster.sh: refusing to remove $dir (not a cluster.sh dir)" >&2; return 1 ;;
    esac
    bin=$(pg_bindir) || true
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

start_cluster() { # prints the exports on stdout; everything else on stderr
    local bin dir
    bin=$(pg_bindir)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/rg-pg.XXXXXX")
    # Until the server is up and handed over, a failure (or Ctrl-C) removes it.
    trap 'stop_cluster "'"$dir"'"' EXIT
    trap 'exit 130' INT TERM
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "cluster.sh: no postgres user" >&2; exit 1; }
        chown postgres: "$dir"
    fi
    if ! as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
            --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses='' -c unix_socket_directories='$dir' -p $PORT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=20" \
            start >/dev/null 2>&1; then
        echo "cluster.sh: server did not start:" >&2
        cat "$dir/server.log" >&2 2>/dev/null || true
        exit 1
    fi
    trap - EXIT INT TERM
    printf 'export PGHOST=%q PGPORT=%q PGUSER=postgres PGDATABASE=postgres RG_PG_DIR=%q\n' \
        "$dir" "$PORT" "$dir"
}

cmd=${1:-}
case "$cmd" in
    start)
        start_cluster
        ;;
    stop)
        stop_cluster "${2:-${RG_PG_DIR:-}}"
        ;;
    run)
        shift
        [ $# -gt 0 ] || { echo "usage: cluster.sh run CMD [ARGS...]" >&2; exit 2; }
        exports=$(start_cluster)
        eval "$exports"
        trap 'stop_cluster "$RG_PG_DIR"' EXIT
        trap 'exit 130' INT TERM
        rc=0
        "$@" || rc=$?
        exit $rc
        ;;
    *)
        echo "usage: cluster.sh start | stop [DIR] | run CMD [ARGS...]" >&2
        exit 2
        ;;
esac
