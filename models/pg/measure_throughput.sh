#!/usr/bin/env bash
# measure_throughput.sh — measures the throughputs in models/pg/throughput.csv
# on a throwaway PostgreSQL cluster (tests/pg/cluster.sh), and prints them as
# that file's rows (MB of pg_total_relation_size per second of wall time).
#
#   models/pg/measure_throughput.sh [ROWS]     # default 2,000,000 rows
#
# The table is a typical OLTP shape: bigint key, a timestamp, an integer
# foreign-key-like column, a short and a medium text column, one secondary
# index. Each operation runs three times; the median is kept. The cluster
# runs with fsync off and default shared_buffers, so a production server
# with real storage is slower: the estimates are lower bounds, stated so in
# the report.
set -euo pipefail
ROWS=${1:-2000000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ "${RG_IN_CLUSTER:-}" != 1 ]; then
    RG_IN_CLUSTER=1 exec "$root/tests/pg/cluster.sh" run "$0" "$@"
fi

q() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -d postgres -At "$@"; }

# ms of wall time for one SQL statement
timed() {
    local sql=$1 t0 t1
    t0=$(date +%s%N)
    q -c "$sql" >/dev/null
    t1=$(date +%s%N)
    echo $(((t1 - t0) / 1000000))
}

setup() {
    q <<SQL
DROP TABLE IF EXISTS bench;
CREATE TABLE bench (id bigint PRIMARY KEY, created timestamptz NOT NULL, owner integer NOT NULL,
                    title text NOT NULL, body text);
INSERT INTO bench SELECT g, now() - g * interval '1 second', g % 10000, 'title ' || g,
       repeat(md5(g::text), 3) FROM generate_series(1, $ROWS) g;
CREATE INDEX bench_owner ON bench (owner);
VACUUM ANALYZE bench;
SQL
}

median() { sort -n | sed -n 2p; }

mb() { q -c "SELECT pg_total_relation_size('bench') / 1048576.0"; }

measure() { # work sql [prep-sql]
    local work=$1 sql=$2 prep=${3:-} i ms size
    for i in 1 2 3; do
        setup
        [ -n "$prep" ] && q -c "$prep" >/dev/null
        size=$(mb)
        ms=$(timed "$sql")
        echo "$ms $size"
    done | sort -n | sed -n 2p | awk -v w="$work" '{ printf "%s %.0f %.0f\n", w, $2 / ($1 / 1000.0), $2 }'
}

echo "# PostgreSQL $(q -c 'SHOW server_version'), $ROWS rows" >&2
{
    measure rewrite "ALTER TABLE bench ALTER COLUMN owner TYPE bigint"
    measure index_build "CREATE INDEX CONCURRENTLY bench_title ON bench (title)"
    measure scan "ALTER TABLE bench VALIDATE CONSTRAINT bench_owner_pos" \
        "ALTER TABLE bench ADD CONSTRAINT bench_owner_pos CHECK (owner >= 0) NOT VALID"
    measure backfill "UPDATE bench SET body = body WHERE id <= $ROWS"
} | awk 'BEGIN { print "work,mb_per_s,notes" }
         { printf "%s,%s,\"measured on PostgreSQL 15 (models/pg/measure_throughput.sh: %s MB table, fsync off, median of 3)\"\n", $1, $2, $3 }'
