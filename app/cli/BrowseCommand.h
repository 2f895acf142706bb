// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "Subcommand.h"

#include <QStringList>

namespace facet::cli {

/// `facet browse <Model> [--schema P] [--url U] [--where JSON] [--order-by field[:desc]]... [--take N]
/// [--after CURSOR] [--json]`: the rows of a model, read in keyset windows (never the whole table in memory).
///
/// The schema and the URL are found as Prisma finds them (openProject, resolveDatasourceUrl: --url, then
/// DATABASE_URL of the environment, prisma.config.*, the schema's url/env()). Output: a text table
/// (RowPrinter), or with --json JSON Lines on stdout, one object per row. The order is --order-by, then
/// the primary key. At the end the cursor of the next page is printed — text: a last stdout line
/// `next cursor: <c>` (or `next cursor: none`), JSON: one stderr line `{"rows":N,"nextCursor":"<c>"|null}` —
/// and `--after <c>` continues exactly after the last row printed.
///
/// Exit codes (Subcommand.h): 0 done; 1 invalid schema or project configuration (no URL, bad .env);
/// 2 bad arguments (unknown model or field, bad --where, --after or --url); 4 the database refused or
/// could not be reached (the Prisma code and message). Every error is one line on stderr, without passwords.
int runBrowse(const QStringList &arguments, Io &io);

} // namespace facet::cli
