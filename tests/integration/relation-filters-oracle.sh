#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# Checks tst_relation_filters' expected rows against Prisma Client itself (the prisma kit, see
# /work/shared/prisma-kit/README.md): the test writes its SQLite schema, seeded database and cases into a
# folder, Prisma generates a client for that schema and runs every where on the same file. Skips (exit 0)
# without the kit. Two steps, since the test runs in the build root and node outside it:
#   packaging/facet-env -- bash -c 'mkdir -p /facet/build/dev/relation-oracle && \
#       FACET_RELATION_ORACLE_DIR=/facet/build/dev/relation-oracle /facet/build/dev/tests/integration/tst_relation_filters oracleInputs'
#   tests/integration/relation-filters-oracle.sh "$FACET_BUILDS/dev/relation-oracle"
set -eu
inputs=${1:?usage: relation-filters-oracle.sh INPUT_DIR (written by tst_relation_filters oracleInputs)}
here=$(cd "$(dirname "$0")" && pwd)
kit=${PRISMA_KIT_HOME:-$HOME/.cache/prisma-kit}
if [ ! -d "$kit/node_modules/@prisma/adapter-better-sqlite3" ]; then
    echo "relation-filters-oracle: skipped, no prisma kit in $kit (run prisma-kit/setup.sh)"
    exit 0
fi
work="$kit/facet-relation-oracle" # inside the kit, so the generated client finds its node_modules
rm -rf "$work" && mkdir -p "$work"
cp "$inputs/schema.prisma" "$inputs/relations.db" "$inputs/cases.json" "$work/"
cp "$here/relation-filters-oracle.mts" "$work/run.mts"
(cd "$work" && "$kit/bin/prisma-offline" generate --schema schema.prisma >/dev/null)
cd "$work" && exec "$kit/node_modules/.bin/tsx" run.mts
