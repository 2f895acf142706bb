// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "qtsql/QtSqlConnection.h"
#include "value/ColumnType.h"
#include "value/Value.h"

namespace facet::db {

/// Decodes one QtSql row cell by cell with a provider's cell decoder; a failure names the column.
/// Shared by the MySQL and SQLite codecs, which differ only in how a single cell is read.
template <typename DecodeCell>
[[nodiscard]] Result<QList<Value>> decodeQtSqlRow(const SqlRows &rows, qsizetype row, const QList<ColumnType> &types,
                                                  DecodeCell decodeCell)
{
    QList<Value> values;
    const QVariantList &cells = rows.rows.at(row);
    values.reserve(cells.size());
    for (qsizetype c = 0; c < cells.size(); ++c) {
        auto v = decodeCell(cells[c], types.value(c));
        if (!v) {
            DbError e = v.error();
            e.message = QStringLiteral("column %1: ").arg(rows.columns.value(c)) + e.message;
            return std::unexpected(e);
        }
        values.append(*v);
    }
    return values;
}

} // namespace facet::db
