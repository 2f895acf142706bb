// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "Subcommand.h"

#include <QString>

namespace facet::cli {

/// `facet inspect [--schema PATH] [--json]`: the resolved model of a schema, as text or (--json) in the
/// shape of Prisma's DMMF datamodel (see facet::schema::datamodelJson) plus the datasource/generator
/// configuration. Exit codes: 0 valid; 1 (ExitInvalidInput) invalid schema, Prisma-style diagnostics
/// on stderr; 2 (ExitUsage) bad arguments, or the schema path does not exist / cannot be read / no
/// schema found (one line on stderr).
int runInspect(const QStringList &arguments, Io &io);

/// Where `inspect` looks when no --schema is given, relative to the current folder:
/// `prisma/schema.prisma`, then `schema.prisma`. Empty when neither exists.
/// (Kept in one function so a fuller discovery — prisma.config.ts, package.json — can replace it.)
[[nodiscard]] QString defaultSchemaPath();

} // namespace facet::cli
