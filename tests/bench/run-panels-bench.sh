#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-panels-bench.sh: the measurements behind docs/BENCHMARKS.md "Panels (issue 6)". On one throwaway
# PostgreSQL 17 (tests/support/test-servers.sh), facet_bench_panels runs RATE statements a second (default
# 5,000) for DURATION seconds (default 60) through a 4-connection pool, twice, under Xvfb:
#   1. --no-panels: the GUI thread idle, no subscriber (the probe's reference under the same load);
#   2. with the query and pool panels shown and live.
# The GUI event-loop latency (a 10 ms timer probe) and RSS of each run are printed at the end.
#
#   make bench-panels                    # = packaging/facet-env -- tests/bench/run-panels-bench.sh
#   DURATION=20 RATE=2000 tests/bench/run-panels-bench.sh     # inside packaging/facet-env
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
DURATION=${DURATION:-60}
RATE=${RATE:-5000}
# The developer tree is optimised (-O2, as RelWithDebInfo): the panels are measured as users run them.
build=${FACET_BUILD:?run this through packaging/facet-env}/dev
OUT=${OUT:-$build/panels-bench-out}
state=$build/panels-bench-servers
say() { printf 'run-panels-bench: %s\n' "$*" >&2; }

mkdir -p "$OUT"
rm -f "$OUT"/*.log
say "building facet_bench_panels in $build"
"$src/packaging/dev.sh" build >/dev/null
cmake --build "$build" --target facet_bench_panels >"$OUT/build.log" 2>&1 || { tail -n 30 "$OUT/build.log" >&2; exit 1; }
bench=$build/tests/bench/facet_bench_panels

cleanup() { bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
URL="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE?connection_limit=4&application_name=facet_bench_panels"

run() { # name, extra args
    local name=$1; shift
    say "$name: $RATE statements/s for $DURATION s ($(uptime | sed 's/.*load/load/'))"
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1400x1000x24 -nolisten tcp" "$bench" --url "$URL" --seconds "$DURATION" --rate "$RATE" "$@" \
            >"$OUT/$name.log" 2>&1
    else
        QT_QPA_PLATFORM=offscreen "$bench" --url "$URL" --seconds "$DURATION" --rate "$RATE" "$@" >"$OUT/$name.log" 2>&1
    fi || { tail -n 20 "$OUT/$name.log" >&2; exit 1; }
}
run reference --no-panels
run panels
say "done ($(uptime | sed 's/.*load/load/'))"

value() { sed -n "s/^RESULT $1 //p" "$OUT/$2.log" | tail -n1; }
printf '%-28s %14s %14s\n' "" "no panels" "panels live"
for key in statements_per_second workload_errors latency_p50_ms latency_p99_ms latency_max_ms latency_over_50ms \
           rss_start_mib rss_max_mib rss_end_mib rss_second_half_growth_mib log_rows events_seen events_dropped \
           monitor_ticks n_plus_one_findings peak_waiters; do
    printf '%-28s %14s %14s\n' "$key" "$(value "$key" reference)" "$(value "$key" panels)"
done
