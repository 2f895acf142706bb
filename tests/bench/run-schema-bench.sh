#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-schema-bench.sh: the measurements behind docs/BENCHMARKS.md "Schema language (issue 3)", in one run on
# one machine and the same files:
#   - Facet:  facet_bench_schema (tests/bench/bench_schema.cpp), built Release in a tree of its own:
#             validateSchema = parse + resolve + validate, loadSchemaPath reported apart
#   - Prisma: tests/bench/bench-schema-oracle.js: psl.validate + psl.get_dmmf, the calls of
#             ../shared/prisma-kit/schema-oracle.js, with the oracle's wasm selection (Prisma 6.19 when the
#             datasource keeps `url`, else Prisma 7), warm, in-process
# Inputs: the generated 1,000-model schema (tests/bench/GeneratedSchema.h), the largest corpus file
# (trigger.dev-database.prisma), documenso.prisma, the dub folder (37 files, one schema) and the demo schema.
# Both sides run ITERATIONS (default 20) timed iterations after WARMUP (default 3) untimed ones per input and
# report median / p95 / min. Then each side once more in a fresh process (--cold), timed from outside:
# what a user of `prisma validate` pays on top (node start-up, wasm compilation) and what Facet pays.
#
#   make bench-schema                                  # = packaging/facet-env -- tests/bench/run-schema-bench.sh
#   ITERATIONS=30 OUT=/some/folder tests/bench/run-schema-bench.sh   # inside packaging/facet-env
#
# Needs node (>= 20) and the prisma kit (packaging/prisma-kit.sh installs it in ~/.cache/prisma-kit); without
# the kit the Prisma columns say "not run". The 1,000-model get_dmmf takes 2–15 s per call depending on the
# machine's load (it returns a 170 MB DMMF), so a full run takes 6–7 minutes, nearly all of it in Prisma's wasm.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
ITERATIONS=${ITERATIONS:-20}
WARMUP=${WARMUP:-3}
COLD_RUNS=${COLD_RUNS:-5}
if [[ ${FACET_IN_ROOT:-} == 1 && -d /facet/cache ]]; then cache=/facet/cache; else cache=$(dirname "${FACET_BUILD:-$HOME/.cache/facet/build}"); fi
build=${FACET_BENCH_BUILD:-$cache/build-bench-schema}
OUT=${OUT:-$build/schema-bench-out}
KIT=${PRISMA_KIT_HOME:-$HOME/.cache/prisma-kit}
shared=${FACET_SHARED:-$src/../shared}

say() { printf 'run-schema-bench: %s\n' "$*" >&2; }
# result KEY FILE: the value of `RESULT KEY value` in a log of either side.
result() { sed -n "s/^RESULT $1 //p" "$2" | tail -n1; }
med() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
now_ns() { date +%s%N; }

mkdir -p "$build" "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.txt

# --- build ---------------------------------------------------------------------------------------------------
say "building facet_bench_schema and facet_generate_schema (Release) in $build"
if [[ ! -f $build/build.ninja ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFACET_WERROR=ON >"$OUT/configure.log" 2>&1 ||
        { tail -n 20 "$OUT/configure.log" >&2; exit 1; }
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
[[ $build_type == Release ]] || say "warning: $build is a '$build_type' build; the numbers mean little outside Release"
cmake --build "$build" --target facet_bench_schema facet_generate_schema >"$OUT/build.log" 2>&1 ||
    { tail -n 30 "$OUT/build.log" >&2; exit 1; }
bench=$build/tests/bench/facet_bench_schema
"$build/tests/bench/facet_generate_schema" 1000 "$OUT/generated-1000.prisma"

inputs=(
    "generated 1,000 models|$OUT/generated-1000.prisma"
    "trigger.dev-database.prisma (largest corpus file)|$shared/corpus/trigger.dev-database.prisma"
    "documenso.prisma|$shared/corpus/documenso.prisma"
    "dub/ (37 files)|$shared/corpus/dub"
    "demo schema|$src/resources/demo/schema.prisma"
)

have_prisma=1
if ! command -v node >/dev/null || [[ ! -d $KIT/node_modules ]]; then
    have_prisma=0
    say "node or the prisma kit ($KIT) is missing: Prisma columns will say 'not run' (packaging/prisma-kit.sh installs the kit)"
fi

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "facet: $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown) (+ working tree), $build_type, $(c++ --version | head -n1)"
    [[ $have_prisma == 1 ]] && echo "node: $(node --version)"
    echo "iterations: $ITERATIONS timed after $WARMUP warm-up, per input and side"
} | tee "$OUT/env.txt" >&2

# --- warm, in-process ------------------------------------------------------------------------------------------
n=0
for entry in "${inputs[@]}"; do
    label=${entry%%|*}
    path=${entry#*|}
    n=$((n + 1))
    [[ -e $path ]] || { say "missing input $path, skipped"; continue; }
    say "[$n/${#inputs[@]}] $label: Facet"
    "$bench" --iterations "$ITERATIONS" --warmup "$WARMUP" "$path" >"$OUT/facet-$n.log"
    if [[ $have_prisma == 1 ]]; then
        say "[$n/${#inputs[@]}] $label: Prisma wasm (validate + get_dmmf)"
        PRISMA_KIT_HOME=$KIT node "$here/bench-schema-oracle.js" --iterations "$ITERATIONS" --warmup "$WARMUP" "$path" \
            >"$OUT/prisma-$n.log"
    fi
done

# --- cold: a fresh process per call, timed from outside (largest corpus file) ----------------------------------
cold_input=$shared/corpus/trigger.dev-database.prisma
for ((i = 0; i < COLD_RUNS; i++)); do
    t0=$(now_ns); "$bench" --cold "$cold_input" >"$OUT/facet-cold-$i.log"; t1=$(now_ns)
    echo "$(((t1 - t0) / 1000))" >>"$OUT/facet-cold-us.txt"
    if [[ $have_prisma == 1 ]]; then
        t0=$(now_ns); PRISMA_KIT_HOME=$KIT node "$here/bench-schema-oracle.js" --cold "$cold_input" >"$OUT/prisma-cold-$i.log"; t1=$(now_ns)
        echo "$(((t1 - t0) / 1000))" >>"$OUT/prisma-cold-us.txt"
    fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/env.txt" >&2

# --- summary -------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a + 0 == 0) print "n/a"; else printf "%.0fx", b / a }'; }
{
    echo
    echo "| input | size | models | fields | Facet load ms | Facet parse+resolve+validate ms (median / p95 / min) | Prisma wasm validate+get_dmmf ms (median / p95 / min) | ratio | Prisma validate only ms | ratio |"
    echo "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |"
    n=0
    for entry in "${inputs[@]}"; do
        label=${entry%%|*}
        n=$((n + 1))
        f=$OUT/facet-$n.log p=$OUT/prisma-$n.log
        [[ -f $f ]] || continue
        kb=$(awk -v b="$(result bytes "$f")" 'BEGIN { printf "%.0f KB", b / 1000 }')
        fm=$(result facet_validate_median_ms "$f")
        facet="$fm / $(result facet_validate_p95_ms "$f") / $(result facet_validate_min_ms "$f")"
        if [[ -f $p ]]; then
            pm=$(result prisma_validate_dmmf_median_ms "$p")
            pv=$(result prisma_validate_median_ms "$p")
            prisma="$pm / $(result prisma_validate_dmmf_p95_ms "$p") / $(result prisma_validate_dmmf_min_ms "$p") ($(result psl "$p"))"
            [[ $(result models "$p") == "$(result models "$f")" ]] || prisma="$prisma; model counts differ!"
        else
            pm="" pv="" prisma="not run"
        fi
        echo "| $label | $kb | $(result models "$f") | $(result fields "$f") | $(result facet_load_median_ms "$f") | $facet | $prisma | $(ratio "$fm" "$pm") | ${pv:-not run} | $(ratio "$fm" "$pv") |"
    done
    echo
    fc=$(awk '{ print $1 / 1000 }' "$OUT/facet-cold-us.txt" | med)
    echo "Cold, one call in a fresh process (trigger.dev-database.prisma, median of $COLD_RUNS, wall clock from outside):"
    echo "- Facet facet_bench_schema --cold: $fc ms (of which load $(result cold_first_load_ms "$OUT/facet-cold-0.log") ms, first validate $(result cold_first_validate_ms "$OUT/facet-cold-0.log") ms in the first run)"
    if [[ -f $OUT/prisma-cold-us.txt ]]; then
        pc=$(awk '{ print $1 / 1000 }' "$OUT/prisma-cold-us.txt" | med)
        startup=$(for i in $(seq 0 $((COLD_RUNS - 1))); do result cold_node_startup_ms "$OUT/prisma-cold-$i.log"; done | med)
        wasm=$(for i in $(seq 0 $((COLD_RUNS - 1))); do result cold_wasm_load_ms "$OUT/prisma-cold-$i.log"; done | med)
        first=$(for i in $(seq 0 $((COLD_RUNS - 1))); do
            awk -v a="$(result cold_first_validate_ms "$OUT/prisma-cold-$i.log")" -v b="$(result cold_first_dmmf_ms "$OUT/prisma-cold-$i.log")" 'BEGIN { print a + b }'
        done | med)
        echo "- Prisma node bench-schema-oracle.js --cold: $pc ms (medians inside: node start-up $startup ms, wasm load $wasm ms, first validate+get_dmmf $first ms)"
    fi
} | tee "$OUT/summary.txt"
say "logs and summary in $OUT"
