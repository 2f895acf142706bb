#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-grid-bench.sh: the measurements behind docs/BENCHMARKS.md "Grid (issue 5)", in one run:
#   - Facet: facet_bench_grid (tests/bench/bench_grid.cpp) driving the real GridModel on
#       a 10,000,000-row PostgreSQL 17 table (throwaway server from tests/support/test-servers.sh) and
#       a 1,000,000-row SQLite file;
#   - peer: DB Browser for SQLite (sqlitebrowser) opening the same SQLite file on the same table under Xvfb,
#       timed from launch until its main window is mapped (xwininfo), RUNS times.
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

# --- PostgreSQL, 10M rows ---------------------------------------------------------------------------------------
cleanup() { bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
say "PostgreSQL: $PG_ROWS rows (seeding takes a while)"
"$bench" --url "$URL" --provider postgresql --seed "$PG_ROWS" | tee "$OUT/facet-pg.txt"
say "machine load after: $(uptime)"
