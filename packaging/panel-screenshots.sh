#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# panel-screenshots.sh: README screenshots of the query-timing and connection-pool panels (issue 6), taken
# from the real app under Xvfb while `facet --workload` runs a real workload against a throwaway PostgreSQL 17
# (tests/support/test-servers.sh). Light and dark for each panel. Run inside packaging/facet-env:
#
#   make screenshot-panels          # = packaging/facet-env -- packaging/panel-screenshots.sh [OUT]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
out=${1:-$src/docs/screenshots}
build=${FACET_BUILD:?run this through packaging/facet-env}/dev
state=$build/panel-screenshot-servers
RATE=${RATE:-600}

"$src/packaging/dev.sh" build >&2
mkdir -p "$out"
cleanup() { bash "$src/tests/support/test-servers.sh" stop "$state" >/dev/null 2>&1 || true; }
trap cleanup EXIT
bash "$src/tests/support/test-servers.sh" start "$state" >&2
set -a; . "$state/servers.env"; set +a
url="postgresql://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DATABASE?connection_limit=3&application_name=facet"

# name theme panel: the pool panel in dark shows its server-sessions tab.
for shot in "query-panel-light light query" "query-panel-dark dark query" "pool-panel-light light pool" \
            "pool-panel-dark dark server"; do
    read -r name scheme panel <<<"$shot"
    xvfb-run -a -s "-screen 0 1400x1000x24 -nolisten tcp" \
        "$build/app/facet" --theme "$scheme" --panel "$panel" --workload "$url" --workload-rate "$RATE" \
        --screenshot "$out/$name.png"
done
