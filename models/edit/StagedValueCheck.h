// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "mapping/ModelTable.h"
#include "value/ColumnType.h"
#include "value/Value.h"

#include <QString>

#include <expected>

namespace facet::edit {

/// The column's type with the limits its database type spells out (VARCHAR(191) → 191 characters,
/// DECIMAL(10,2) → precision 10 and scale 2, SMALLINT → 16 bits, UNSIGNED, TIMESTAMP(3) → 3 fraction
/// digits), so a value is refused before staging instead of being rounded or truncated by the database.
/// ModelTable leaves those unbounded because filters and cursors compare; a write must fit.
[[nodiscard]] db::ColumnType writeColumnType(const mapping::ModelColumn &column);

/// Checks a value the user wants to stage into `column`: the kind matches the field (an Int into an Int
/// field, a Decimal into a Decimal field; an Int is accepted where a BigInt is wanted and widened), the
/// value fits (checkValueFits: integer range, Decimal digits exact, lengths, fraction digits), SQL NULL only
/// in an optional field (JSON null is a Json value, not NULL; "" is a String, not NULL) and an enum label
/// that the enum has. On success the value to stage (widened where needed); else one line saying what and
/// where: `Post.views: 2147483648 is out of range for Int (32-bit)`.
[[nodiscard]] std::expected<db::Value, QString> checkStagedValue(const QString &model, const mapping::ModelColumn &column,
                                                                 const db::Value &value);

} // namespace facet::edit
