// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "Subcommand.h"

#include <QStringList>

namespace facet::cli {

/// `facet apply CHANGESET.json [--schema P] [--url U]`: applies a changeset file (docs/CHANGESET.md) through
/// the studio's save path (edit::saveChanges): one transaction, every update and delete guarded.
///
/// The schema and URL are found as `facet browse` finds them. Exit codes: 0 saved (a JSON summary on
/// stdout); 3 conflict (the conflicts as JSON on stdout, nothing written); 1 error — an invalid changeset,
/// schema or project, or a database error (one line on stderr with the row, field and Prisma code; nothing
/// written); 2 bad arguments.
int runApply(const QStringList &arguments, Io &io);

} // namespace facet::cli
