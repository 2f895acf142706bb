#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# Installs ../shared/prisma-kit (Prisma's own parser and engines, the reference the conformance tests and
# benchmarks compare Facet with) into ~/.cache/prisma-kit, on the host, whose npm is set up for the registry.
# The build root sees it at the same path. Quick when already installed (setup.sh checks its lock file).
# Prints nothing on success; a missing kit is reported by the tests that need it (they fail in CI).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kit_src="$here/../../shared/prisma-kit"
if [[ ! -x $kit_src/setup.sh ]]; then
    echo "prisma-kit: ../shared/prisma-kit is not beside this checkout; conformance tests will report it" >&2
    exit 0
fi
if ! command -v npm >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "prisma-kit: installing nodejs and npm on the host" >&2
        apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
    fi
fi
if ! command -v npm >/dev/null; then
    echo "prisma-kit: npm is not installed; conformance tests will report it" >&2
    exit 0
fi
dest=${PRISMA_KIT_HOME:-$HOME/.cache/prisma-kit}
healthy() {
    # setup.sh trusts its lock file; an interrupted install can leave a matching lock and missing packages.
    (cd "$dest" 2>/dev/null && node -e "for (const m of ['@prisma/prisma-schema-wasm','prisma-schema-wasm-6','@prisma/schema-engine-wasm']) require.resolve(m)") 2>/dev/null
}
mkdir -p "$(dirname "$dest")"
for attempt in 1 2; do
    "$kit_src/setup.sh" "$dest" >/dev/null 2>"$dest.setup.log" && healthy && exit 0
    echo "prisma-kit: the kit in $dest is incomplete; reinstalling (attempt $attempt)" >&2
    rm -rf "$dest/node_modules"
done
echo "prisma-kit: setup failed (see $dest.setup.log); conformance tests will report it" >&2
tail -n 5 "$dest.setup.log" >&2
exit 0
