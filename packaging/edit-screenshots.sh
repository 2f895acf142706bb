#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# edit-screenshots.sh: README screenshots of the editing workflow (issue 5), taken from the real app under Xvfb
# on the bundled demo: the grid with staged edits and the review panel, and the conflict view after a
# concurrent change, the record view editing a row and the conflict view with a typed value
# (`facet --open Post --edit-demo staged|conflict|record|conflict-edit`). Light and dark. Each shot gets a fresh
# XDG_DATA_HOME, so the demo database is new and no journal of an earlier run is offered. Run inside
# packaging/facet-env:
#
#   packaging/facet-env -- packaging/edit-screenshots.sh [OUT]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)
out=${1:-$src/docs/screenshots}
build=${FACET_BUILD:?run this through packaging/facet-env}/dev

"$src/packaging/dev.sh" build >&2
mkdir -p "$out"
for scheme in light dark; do
    for scene in staged conflict record conflict-edit; do
        data=$(mktemp -d)
        XDG_DATA_HOME=$data xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
            "$build/app/facet" --theme "$scheme" --demo-scale 0.05 --open Post --edit-demo "$scene" \
            --screenshot "$out/edit-$scene-$scheme.png"
        rm -rf "$data"
    done
done
