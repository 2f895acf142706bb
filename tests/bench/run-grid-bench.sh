#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-grid-bench.sh: the measurements behind docs/BENCHMARKS.md "Grid (issue 5)", in one run:
#   - Facet: facet_bench_grid (tests/bench/bench_grid.cpp) driving the real GridModel on
#       a 10,000,000-row PostgreSQL 17 table (throwaway server from tests/support/test-servers.sh) and
#       a 1,000,000-row SQLite file;
#   - peer: DB Browser for SQLite (sqlitebrowser) opening the same SQLite file on the same table under Xvfb,
#       timed from launch until its main window is mapped (xwininfo), RUNS times;
#   - peer: Prisma Studio (`prisma studio` from ../shared/prisma-kit, PRISMA_KIT_HOME) on the same SQLite file and
#       PostgreSQL table: the HTTP requests its grid sends to open the table, jump to the page at 50% and to the last
#       page, replayed by tests/bench/studio-grid-bench.mjs (no browser: rendering excluded), RUNS times, plus the
#       Studio server's resident memory. Skipped with a message when node or the kit is missing.
#
#   make bench-grid                                    # = packaging/facet-env -- tests/bench/run-grid-bench.sh
#   PG_ROWS=1000000 SQLITE_ROWS=100000 tests/bench/run-grid-bench.sh   # smaller, inside packaging/facet-env
#
# FACET_BENCH_BUILD picks the build tree (default: the developer tree, RelWithDebInfo = -O2).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
PG_ROWS=${PG_ROWS:-10000000}
SQLITE_ROWS=${SQLITE_ROWS:-1000000}
RUNS=${RUNS:-3}
build=${FACET_BENCH_BUILD:-${FACET_BUILD:?run this through packaging/facet-env}/dev}
OUT=${OUT:-$build/grid-bench-out}
state=$OUT/servers

say() { printf 'run-grid-bench: %s\n' "$*" >&2; }
KIT=${PRISMA_KIT_HOME:-$HOME/.cache/prisma-kit}
studio_pid=

# Prisma Studio as a user starts it: a project folder with the bench table's schema and a prisma.config.ts whose
# datasource is DATABASE_URL, `prisma studio --browser none`. $1 provider, $2 database URL, $3 label.
studio_bench() {
    if ! command -v node >/dev/null || [[ ! -x $KIT/bin/prisma-offline || ! -d $KIT/node_modules/@prisma/studio-core ]]; then
        say "node or the Prisma kit ($KIT; make bench-grid installs it) is missing: Prisma Studio not measured"
        return 0
    fi
    local project=$OUT/studio-$3 port=$((5600 + RANDOM % 300))
    rm -rf "$project" && mkdir -p "$project"
    cp "$here/studio-$1.prisma" "$project/schema.prisma"
    printf 'export default { schema: "schema.prisma", datasource: { url: process.env.DATABASE_URL } };\n' \
        >"$project/prisma.config.ts"
    (cd "$project" && DATABASE_URL=$2 exec "$KIT/bin/prisma-offline" studio --browser none --port "$port") \
        >"$OUT/studio-$3.log" 2>&1 &
    studio_pid=$!
    for _ in $(seq 600); do
        grep -qs 'Prisma Studio is running' "$OUT/studio-$3.log" && break
        kill -0 "$studio_pid" 2>/dev/null || { say "Prisma Studio did not start:"; cat "$OUT/studio-$3.log" >&2; return 1; }
        sleep 0.1
    done
    local rss_before
    rss_before=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$studio_pid/status")
    local ok=0
    node "$here/studio-grid-bench.mjs" --kit "$KIT" --studio "http://127.0.0.1:$port" --provider "$1" \
        --table grid_bench --runs "$RUNS" --log "$OUT/studio-$3-requests.json" | tee "$OUT/studio-$3.txt" || ok=1
    awk -v before="$rss_before" '/VmRSS/ {rss = int($2 / 1024)} /VmHWM/ {hwm = int($2 / 1024)}
        END {print "RESULT studio_server_rss_mb idle " before ", after " rss " (peak " hwm ")"}' \
        "/proc/$studio_pid/status" | tee -a "$OUT/studio-$3.txt"
    # Studio's SIGTERM handler only closes its database; a server still busy with a query may not exit on it.
    kill "$studio_pid"
    for _ in $(seq 50); do kill -0 "$studio_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$studio_pid" 2>/dev/null || true
    wait "$studio_pid" 2>/dev/null || true; studio_pid=
    return $ok
}
mkdir -p "$OUT"
say "machine load before: $(uptime)"

cmake --build "$build" --target facet_bench_grid >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; exit 1; }
bench=$build/tests/bench/facet_bench_grid

# --- SQLite, 1M rows ----------------------------------------------------------------------------------------
db=$OUT/grid.db
rm -f "$db" "$db"-wal "$db"-shm
say "SQLite: $SQLITE_ROWS rows"
"$bench" --url "file:$db" --provider sqlite --seed "$SQLITE_ROWS" | tee "$OUT/facet-sqlite.txt"

# --- peer: DB Browser for SQLite on the same file -------------------------------------------------------------
if command -v sqlitebrowser >/dev/null && command -v xvfb-run >/dev/null; then
    for run in $(seq "$RUNS"); do
        xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" bash -c '
            start=$(date +%s%N)
            QT_QPA_PLATFORM=xcb sqlitebrowser -R -t grid_bench "$1" >/dev/null 2>&1 &
            pid=$!
            for _ in $(seq 3000); do
                if xwininfo -root -tree 2>/dev/null | grep -q "DB Browser for SQLite"; then
                    echo "RESULT dbbrowser_window_ms $(( ($(date +%s%N) - start) / 1000000 ))"
                    break
                fi
                sleep 0.01
            done
            sleep 2
            echo "RESULT dbbrowser_rss_mb $(( $(awk "/VmRSS/ {print \$2}" /proc/$pid/status) / 1024 ))"
            kill $pid' _ "$db" | tee -a "$OUT/dbbrowser.txt"
    done
else
    say "sqlitebrowser or xvfb-run missing: peer not measured"
fi
studio_bench sqlite "file://$db" sqlite || say "Prisma Studio on SQLite failed (see $OUT/studio-sqlite.log)"

# --- PostgreSQL, 10M rows ---------------------------------------------------------------------------------------
cleanup() {
    [[ -n $studio_pid ]] && kill -9 "$studio_pid" 2>/dev/null
    bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true
}
trap cleanup EXIT
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
say "PostgreSQL: $PG_ROWS rows (seeding takes a while)"
"$bench" --url "$URL" --provider postgresql --seed "$PG_ROWS" | tee "$OUT/facet-pg.txt"
studio_bench postgresql "$URL" pg || say "Prisma Studio on PostgreSQL failed (see $OUT/studio-pg.log)"
say "machine load after: $(uptime)"
