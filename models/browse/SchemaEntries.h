// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ModelListModel.h"

#include <QStringList>

namespace facet::models {

/// What the studio shows about a schema before any data loads: its entries for the sidebar, the provider,
/// and the diagnostics (rendered the way Prisma renders them) when it has problems.
struct SchemaOutline {
    QString schemaPath;
    QString provider;          ///< the datasource provider, empty when there is none
    QList<SchemaEntry> entries;
    QStringList problems;      ///< rendered errors and warnings; a broken schema still yields what can be trusted
    bool hasErrors = false;
    [[nodiscard]] int count(SchemaEntry::Kind kind) const;
};

/// Reads a schema.prisma file or a folder of .prisma files.
[[nodiscard]] SchemaOutline loadSchemaOutline(const QString &path);

} // namespace facet::models
