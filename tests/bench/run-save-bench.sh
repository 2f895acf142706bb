#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# run-save-bench.sh: docs/BENCHMARKS.md "Save (issue 5)". Starts a throwaway PostgreSQL 17 (tests/support/
# test-servers.sh), runs facet_bench_save (10,000 staged edits, RUNS rounds) grouped and then one statement per
# row, and stops the server.
#
#   packaging/facet-env -- tests/bench/run-save-bench.sh BUILD_DIR     # BUILD_DIR holds tests/bench/facet_bench_save
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${1:?usage: run-save-bench.sh BUILD_DIR}
EDITS=${EDITS:-10000}
RUNS=${RUNS:-5}
state=$build/save-bench-servers
cleanup() { bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
uptime
url="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE"
echo "== grouped (the default: set-based UPDATE per run of same-shaped rows)"
GROUPED=1 "$build/tests/bench/facet_bench_save" "$url" "$EDITS" "$RUNS"
echo "== one statement per row (GROUPED=0), same server, right after"
GROUPED=0 "$build/tests/bench/facet_bench_save" "$url" "$EDITS" "$RUNS"
uptime
