// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/ColumnType.h"

#include <QList>
#include <QString>

namespace facet::schema {
struct ResolvedEnum;
}
namespace facet::mapping {
struct ModelColumn;
}

namespace facet::cellinput {

/// One value of a Prisma enum: the name Prisma Client uses and the label the database stores (@map).
struct EnumChoice {
    QString name;
    QString label;
    bool operator==(const EnumChoice &) const = default;
};

/// What an editor needs to know about the column it edits: the Prisma field, the column type (kind, range,
/// precision, zone, list), whether NULL is allowed, and for enums the choices in schema order.
struct CellColumn {
    QString field;          ///< Prisma field name, for messages and titles
    db::ColumnType type;    ///< the kind, bounds and flavour of the column
    bool nullable = true;   ///< optional field: "Set NULL" is offered
    QList<EnumChoice> enumChoices;

    /// The name messages start with: "Int", "Int (smallint)", "Decimal(10,2)", "DateTime(3)", "Role", "String[]".
    [[nodiscard]] QString label() const;
    /// The label of one element of a list column (same as label() for a scalar column).
    [[nodiscard]] CellColumn element() const;
    /// The choice whose name or database label is `text` (name first), or nullptr.
    [[nodiscard]] const EnumChoice *enumChoice(QStringView text) const;
};

/// The choices of a resolved enum in schema order.
[[nodiscard]] QList<EnumChoice> enumChoices(const schema::ResolvedEnum &enumeration);

/// A CellColumn for a model column of the mapping layer. Its enum choices come from hashes, so they are
/// sorted by name; pass the resolved enum's choices (enumChoices) to keep the schema's order.
[[nodiscard]] CellColumn cellColumn(const mapping::ModelColumn &column, QList<EnumChoice> orderedChoices = {});

} // namespace facet::cellinput
