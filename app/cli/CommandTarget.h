// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "Subcommand.h"

#include "ResolvedSchema.h"
#include "core/Connection.h"
#include "project/DatasourceUrl.h"
#include "project/ProjectLocator.h"

#include <QString>

#include <expected>

namespace facet::cli {

/// Why a subcommand stops: its exit code and the one line it prints after "facet <name>: ".
struct CommandFailure {
    int code;
    QString line;
};

/// What a subcommand that reads a database works on: the validated schema, the datasource URL and the
/// connectors' provider.
struct CommandTarget {
    schema::ValidatedSchema validated;
    schema::DatasourceUrl url;
    db::Provider provider = db::Provider::SQLite;
};

/// Finds the target the way Prisma's CLI does: the project from `schemaArgument` (or the working folder), the
/// schema validated (an invalid one prints Prisma's rendering of its errors to io.err), a provider Facet
/// connects to, and the URL (`urlArgument` overrides the project's). Exit codes: usage for what the user typed
/// (a path, a --url), invalid input for what the project holds.
[[nodiscard]] std::expected<CommandTarget, CommandFailure> findCommandTarget(const QString &schemaArgument,
                                                                             const QString &urlArgument, Io &io);

/// `text` on one line (line breaks become spaces), for stderr.
[[nodiscard]] QString oneLine(QString text);
/// The first error of `diagnostics` on one line, with its file and line.
[[nodiscard]] QString firstError(const schema::ProjectDiagnostics &diagnostics);

} // namespace facet::cli
