// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "qtsql/QtSqlConnection.h"
#include "value/ColumnType.h"
#include "value/Value.h"

#include <QStringView>
#include <QVariant>

namespace facet::db {

/// Converts between Values and SQLite cells through QSQLITE. SQLite stores by value, not by column, so the
/// decoder accepts every storage class a Prisma version may have written:
///  - DateTime: INTEGER Unix epoch milliseconds (Prisma ≤ 6's engine), ISO-8601 TEXT with `Z` or an offset
///    (Prisma 7's adapters) and `YYYY-MM-DD HH:MM:SS` (CURRENT_TIMESTAMP, UTC); the encoder writes Prisma 7's
///    form, UTC ISO-8601 with milliseconds (microseconds when the value has them).
///  - Decimal: INTEGER, REAL or TEXT. A DECIMAL column has NUMERIC affinity, so SQLite itself turns numeric
///    text into REAL when 15 significant digits survive: values beyond a double's precision are not exact in
///    SQLite, in Prisma either.
///  - Json (a `JSONB` column, NUMERIC affinity too): TEXT, or INTEGER/REAL when SQLite converted a JSON number.
///  - Boolean: INTEGER 0/1 (also the text true/false).
/// Float NaN becomes NULL in SQLite, so non-finite floats are refused before sending.
class SqliteValueCodec final {
public:
    /// The column type from its declared type, with Prisma's reverse map (sql-schema-describer sqlite.rs):
    /// int/integer → Int, bigint → BigInt, real/float/double → Float, boolean → Boolean, *numeric*/*decimal* →
    /// Decimal, date/datetime/timestamp → DateTime, *blob*/binary → Bytes, json/jsonb → Json, else String.
    [[nodiscard]] static ColumnType columnType(QStringView declaredType);

    [[nodiscard]] static Result<QVariant> encode(const Value &value, const ColumnType &type);
    [[nodiscard]] static Result<Value> decode(const QVariant &cell, const ColumnType &type);
    [[nodiscard]] static Result<QList<Value>> decodeRow(const SqlRows &rows, qsizetype row,
                                                        const QList<ColumnType> &types);
};

} // namespace facet::db
