#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-data-path-bench.sh: the measurements behind docs/BENCHMARKS.md "Data path (issue 4)", all in one run
# on one throwaway PostgreSQL 17 and one table:
#   - Facet:   facet_bench_data_path (tests/bench/bench_data_path.cpp), built Release in a tree of its own
#   - peer:    Prisma Client 7 + @prisma/adapter-pg, ../shared/prisma-kit/bench/client-bench.ts, unchanged
#   - floor:   psql `COPY (SELECT … ORDER BY id) TO STDOUT` of the same 100,000 rows
# Each of the three runs RUNS times (default 5), taking turns, and the medians are printed at the end.
# Then (c) the query-bus overhead and (d) streaming memory run once each (both repeat internally).
#
#   make bench-data-path                                   # = packaging/facet-env -- tests/bench/run-data-path-bench.sh
#   RUNS=3 OUT=/some/folder tests/bench/run-data-path-bench.sh   # inside packaging/facet-env
#
# Needs, inside the build environment: PostgreSQL 17 server binaries and psql, node (>= 20), and the prisma
# kit installed by packaging/prisma-kit.sh on the host (~/.cache/prisma-kit, visible in the root at the same
# path). Without the kit, the Prisma columns say "not run" and everything else still runs.
# The load generators and the server share the machine (2 cores here), as in the peer's own measurements.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-5}
STREAM_ROWS=${STREAM_ROWS:-10000000}
if [[ ${FACET_IN_ROOT:-} == 1 && -d /facet/cache ]]; then cache=/facet/cache; else cache=$(dirname "${FACET_BUILD:-$HOME/.cache/facet/build}"); fi
build=${FACET_BENCH_BUILD:-$cache/build-bench-release}
OUT=${OUT:-$build/data-path-out}
KIT=${PRISMA_KIT_HOME:-$HOME/.cache/prisma-kit}
shared=${FACET_SHARED:-$src/../shared}
state=$build/data-path-servers

say() { printf 'run-data-path-bench: %s\n' "$*" >&2; }
med() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
# result KEY FILE: the value of `RESULT KEY value` in a facet_bench_data_path log.
result() { sed -n "s/^RESULT $1 //p" "$2" | tail -n1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$build" "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.txt

# --- build ---------------------------------------------------------------------------------------------------
say "building facet_bench_data_path (Release) in $build"
if [[ ! -f $build/build.ninja ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACET_WERROR=ON >"$OUT/configure.log" 2>&1 ||
        { tail -n 20 "$OUT/configure.log" >&2; exit 1; }
fi
cmake --build "$build" --target facet_bench_data_path >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; exit 1; }
bench=$build/tests/bench/facet_bench_data_path

# --- server --------------------------------------------------------------------------------------------------
cleanup() { bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
export PGPASSWORD=$PG_PASSWORD
PGBIN=$PG_BINDIR
psql_facet() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" "$@"; }
psql_facet -d "$PG_DATABASE" -c 'CREATE DATABASE facet_bench' >/dev/null
URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/facet_bench"

# --- the peer: Prisma Client 7 ----------------------------------------------------------------------------------
peer=0
peerdir=$build/prisma-peer
if [[ -f $KIT/node_modules/tsx/dist/cli.mjs && -f $KIT/node_modules/prisma/build/index.js ]] && command -v node >/dev/null; then
    rm -rf "$peerdir" && mkdir -p "$peerdir/prisma" "$OUT/tmp"
    # client-bench.ts unchanged; it imports ./generated/client.ts, which `prisma generate` writes next to it
    # (the schema's output is ../generated relative to prisma/schema.prisma).
    cp "$shared/prisma-kit/bench/schema.prisma" "$peerdir/prisma/schema.prisma"
    cp "$shared/prisma-kit/bench/client-bench.ts" "$peerdir/client-bench.ts"
    printf '{ "type": "module" }\n' >"$peerdir/package.json"
    printf 'import { defineConfig } from "prisma/config";\nexport default defineConfig({ schema: "prisma/schema.prisma" });\n' \
        >"$peerdir/prisma.config.ts"
    ln -s "$KIT/node_modules" "$peerdir/node_modules"
    export CHECKPOINT_DISABLE=1 PRISMA_SCHEMA_ENGINE_BINARY=$KIT/bin/schema-engine TMPDIR=$OUT/tmp
    if (cd "$peerdir" && node "$KIT/node_modules/prisma/build/index.js" generate) >"$OUT/prisma-generate.log" 2>&1 &&
        # The tables exactly as Prisma Migrate creates them for the bench schema (Prisma's own engine).
        (cd "$KIT" && node migrate-diff.js --to-schema "$peerdir/prisma/schema.prisma" --url "$URL" --apply) \
            >"$OUT/prisma-migrate.log" 2>&1; then
        peer=1
        say "Prisma Client 7 peer ready ($(node --version), $(sed -n 's/.*Generated Prisma Client (\([0-9.]*\)).*/\1/p' "$OUT/prisma-generate.log"))"
    else
        say "Prisma peer set-up failed (see $OUT/prisma-generate.log, $OUT/prisma-migrate.log); Prisma columns will say 'not run'"
    fi
else
    say "prisma kit not found in $KIT (run packaging/prisma-kit.sh on the host); Prisma columns will say 'not run'"
fi
run_peer() { (cd "$peerdir" && DATABASE_URL=$URL node "$KIT/node_modules/tsx/dist/cli.mjs" client-bench.ts); }

# --- the floor: COPY -------------------------------------------------------------------------------------------
COPY_SQL='COPY (SELECT "id", "version", "value", "label" FROM "Item" ORDER BY "id") TO STDOUT'
# psql's \timing covers sending the statement and receiving every row; the rows go to /dev/null (-o).
run_copy() { psql_facet -d facet_bench -o /dev/null -c '\timing on' -c "$COPY_SQL" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; }

# --- warm-up: table seeded, caches warm, JITs and prepared statements exercised once ------------------------------
say "warm-up"
if ((peer)); then run_peer >"$OUT/peer-warmup.log" 2>&1 || { tail -n 20 "$OUT/peer-warmup.log" >&2; exit 1; }; fi
"$bench" --url "$URL" --only a,b >"$OUT/facet-warmup.log" 2>&1 || { tail -n 20 "$OUT/facet-warmup.log" >&2; exit 1; }
run_copy >/dev/null

# --- (a) and (b): RUNS rounds, the three taking turns -------------------------------------------------------------
for i in $(seq 1 "$RUNS"); do
    say "round $i/$RUNS"
    if ((peer)); then
        # client-bench.ts re-seeds the table (TRUNCATE … RESTART IDENTITY + createMany), so every round reads
        # the same 100,000 freshly written rows.
        run_peer >"$OUT/peer-$i.log" 2>&1 || { tail -n 20 "$OUT/peer-$i.log" >&2; exit 1; }
        grep -q 'expected 0); row 1 version = 3' "$OUT/peer-$i.log" || { say "the peer's own check failed"; cat "$OUT/peer-$i.log" >&2; exit 1; }
    fi
    "$bench" --url "$URL" --only a,b >"$OUT/facet-$i.log" 2>&1 || { tail -n 20 "$OUT/facet-$i.log" >&2; exit 1; }
    run_copy >>"$OUT/copy.txt"
done

# --- (c) and (d) ----------------------------------------------------------------------------------------------
say "(c) query bus overhead"
"$bench" --url "$URL" --only c --loop 10000 --loop-rounds "${LOOP_ROUNDS:-9}" >"$OUT/facet-c.log" 2>&1 ||
    { tail -n 20 "$OUT/facet-c.log" >&2; exit 1; }
say "(d) streaming $STREAM_ROWS rows"
"$bench" --url "$URL" --only d --stream-rows "$STREAM_ROWS" >"$OUT/facet-d.log" 2>&1 ||
    { tail -n 20 "$OUT/facet-d.log" >&2; exit 1; }

# --- medians ---------------------------------------------------------------------------------------------------
facet_med() { for i in $(seq 1 "$RUNS"); do result "$1" "$OUT/facet-$i.log"; done | med; }
# peer_med REGEX: the milliseconds of the first line matching REGEX in each peer log.
peer_med() {
    ((peer)) || { echo "not run"; return; }
    for i in $(seq 1 "$RUNS"); do grep -E "$1" "$OUT/peer-$i.log" | head -n1 | sed -n 's/.*: \([0-9.]*\) ms.*/\1/p'; done | med
}
rate() { awk -v ms="$1" 'BEGIN { if (ms + 0 > 0) printf "%.0f", 100000 / (ms / 1000); else print "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }

f_exec=$(facet_med a_execute_run2_ms)
f_stream=$(facet_med a_stream_run2_ms)
f_reader=$(facet_med a_reader_run2_ms)
f_whole=$(facet_med a_stream_whole_run2_ms)
f_libpq=$(facet_med a_libpq_run2_ms)
p_keyset=$(peer_med '^\(a\) findMany keyset.*run 2')
p_keyset1=$(peer_med '^\(a\) findMany keyset.*run 1')
copy=$(med <"$OUT/copy.txt")
f_pipe=$(facet_med b_pipeline_run2_ms)
f_seq=$(facet_med b_sequential_run2_ms)
p_inter=$(peer_med "^\(b\) .*interactive.*run 2")
p_batch=$(peer_med "^\(b'\) ")

{
    echo "PostgreSQL $PG_VERSION (throwaway, fsync off), $(nproc) cores, $(date -u +%Y-%m-%d); medians of $RUNS rounds"
    echo "load before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "(a) read 100,000 rows, keyset pages of 1,000 (run 2 of each process: warm)"
    echo "    Facet buildWindow + execute():   $f_exec ms  ($(rate "$f_exec") rows/s)"
    echo "    Facet buildWindow + stream():    $f_stream ms  ($(rate "$f_stream") rows/s)"
    echo "    Facet readWindows() read-ahead:  $f_reader ms  ($(rate "$f_reader") rows/s)"
    echo "    Facet one statement, stream():   $f_whole ms  ($(rate "$f_whole") rows/s)"
    echo "    bare libpq, same pages (ref.):   $f_libpq ms  ($(rate "$f_libpq") rows/s)"
    echo "    Prisma Client 7 findMany keyset: $p_keyset ms  ($(rate "$p_keyset") rows/s; run 1: $p_keyset1 ms)"
    echo "    psql COPY … TO STDOUT (floor):   $copy ms  ($(rate "$copy") rows/s)"
    echo "    Prisma / Facet execute: $(ratio "$p_keyset" "$f_exec")x   Facet execute / COPY: $(ratio "$f_exec" "$copy")x   Facet stream / COPY: $(ratio "$f_stream" "$copy")x"
    echo "    Prisma / Facet readWindows: $(ratio "$p_keyset" "$f_reader")x   Facet readWindows / COPY: $(ratio "$f_reader" "$copy")x"
    echo "    per round (Facet readWindows / COPY / Prisma ms): $(for i in $(seq 1 "$RUNS"); do printf '%s/%s/%s  ' "$(result a_reader_run2_ms "$OUT/facet-$i.log")" "$(sed -n "${i}p" "$OUT/copy.txt")" "$( ((peer)) && grep -E '^\(a\) findMany keyset.*run 2' "$OUT/peer-$i.log" | head -n1 | sed -n 's/.*: \([0-9.]*\) ms.*/\1/p')"; done)"
    echo
    echo "(b) 1,000 version-checked updates in one transaction (run 2)"
    echo "    Facet executeBatch (pipeline):   $f_pipe ms"
    echo "    Facet execute one by one:        $f_seq ms"
    echo "    Prisma interactive \$transaction: $p_inter ms"
    echo "    Prisma batch \$transaction([…]):  $p_batch ms"
    echo "    Prisma interactive / Facet pipeline: $(ratio "$p_inter" "$f_pipe")x   Prisma batch / Facet pipeline: $(ratio "$p_batch" "$f_pipe")x   Prisma interactive / Facet one by one: $(ratio "$p_inter" "$f_seq")x"
    echo
    echo "(c) query bus + metrics"
    grep '^(c)' "$OUT/facet-c.log" | sed 's/^/    /'
    echo
    echo "(d) streaming memory"
    grep '^(d)' "$OUT/facet-d.log" | sed 's/^/    /'
    echo
    echo "raw logs: $OUT"
} | tee "$OUT/summary.txt"
