// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "core/Connection.h"
#include "dialect/TableSpec.h"
#include "value/Value.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace facet::mapping {

/// One column of a model as the command line reads it: the Prisma field next to the database column.
struct ModelColumn {
    QString field;       ///< Prisma field name (what output and --where/--order-by use)
    db::ColumnSpec spec; ///< database column name (after @map), type, nullability
    QString enumName;    ///< Enum fields: the Prisma enum name
    /// Enum fields: Prisma value name by database label (@map), and back. Prisma Client returns and takes the
    /// names, the database holds the labels.
    QHash<QString, QString> enumNameByLabel;
    QHash<QString, QString> enumLabelByName;
};

/// A model mapped onto the statement builders' TableSpec, keeping the Prisma names. Relation fields have no
/// column and Unsupported fields are left out, as Prisma Client leaves them out of results.
struct ModelTable {
    db::TableSpec table;
    QList<ModelColumn> columns; ///< same order as table.columns

    [[nodiscard]] const ModelColumn *byField(QStringView field) const;
    [[nodiscard]] QStringList fieldNames() const;
};

/// Maps `model` of `schema` for `provider`. The key is the model's @id/@@id; a model without one (a view,
/// an @@ignore'd table) pages by its first @unique/@@unique whose fields are all required, since any unique
/// key gives the total order keyset windows need. Fails (one line) when there is neither.
[[nodiscard]] std::expected<ModelTable, QString> modelTable(const schema::ResolvedSchema &schema,
                                                            const schema::ResolvedModel &model,
                                                            db::Provider provider);

/// A cell as Prisma Client returns it for this field: enum labels become the enum's value names (@map is
/// the database's business), and Json read as text or bytes (MariaDB's JSON is a LONGTEXT) becomes Json.
[[nodiscard]] db::Value presentedValue(const ModelColumn &column, const db::Value &cell);

/// The connectors' provider for a schema provider; nullopt for those Facet cannot connect to.
[[nodiscard]] std::optional<db::Provider> connectorProvider(schema::Provider provider);

} // namespace facet::mapping
