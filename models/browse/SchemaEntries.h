// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ModelListModel.h"

#include <QStringList>

namespace facet::models {

/// One diagnostic of a schema, positioned for the schema view (1-based line and column).
struct SchemaProblem {
    bool warning = false;
    QString file;      ///< path as the schema loader names it
    int line = 0;      ///< 0 when the problem has no position (e.g. the path does not exist)
    int column = 0;
    QString message;
    QString rendered;  ///< the full text in Prisma's layout
};

/// One file of the schema with its text, for the schema view.
struct SchemaFileText {
    QString path;
    QString text;
};

/// What the studio shows about a schema before any data loads: its entries for the sidebar, the provider,
/// its files, and the diagnostics when it has problems. A broken schema still yields what can be trusted.
struct SchemaOutline {
    QString schemaPath;
    QString provider;          ///< the datasource provider, empty when there is none
    QList<SchemaEntry> entries;
    QList<SchemaFileText> files;
    QList<SchemaProblem> diagnostics; ///< errors first, then warnings
    QStringList problems;      ///< the same diagnostics rendered the way Prisma renders them
    bool hasErrors = false;
    [[nodiscard]] int count(SchemaEntry::Kind kind) const;
};

/// Reads a schema.prisma file or a folder of .prisma files.
[[nodiscard]] SchemaOutline loadSchemaOutline(const QString &path);

} // namespace facet::models
