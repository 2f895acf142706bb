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

/// Converts between Values and what Qt's QMYSQL driver binds and returns, for MySQL and MariaDB, exactly:
///  - DECIMAL and DOUBLE arrive as text because QtSqlConnection runs queries with QSql::HighPrecision; a
///    DECIMAL that still arrives as a double is refused rather than rounded. BIGINT arrives as qint64.
///  - DATETIME/TIMESTAMP come back through QDateTime, which has milliseconds: enough for Prisma's DATETIME(3).
///    For DATETIME(6), select `CAST(col AS CHAR)` (or DATE_FORMAT): text is parsed exactly.
///  - Values are bound as text where binding a number would round (Decimal) or where QMYSQL would apply the
///    client time zone (DateTime, always written as the UTC reading, as Prisma does).
class MySqlValueCodec final {
public:
    /// The column type from its declaration as information_schema.COLUMNS.COLUMN_TYPE prints it
    /// (`decimal(65,30)`, `datetime(3)`, `tinyint(1)`, `int(10) unsigned`, `enum('A','B')`, `longblob`, `json`).
    /// TINYINT(1) is Boolean, as Prisma introspects it. MariaDB reports JSON columns as `longtext`: pass
    /// "json" for a Prisma Json field.
    [[nodiscard]] static ColumnType columnType(QStringView declaration);

    /// The value to bind for `value` in a column of `type`, after checkValueFits (refused before sending).
    [[nodiscard]] static Result<QVariant> encode(const Value &value, const ColumnType &type);
    [[nodiscard]] static Result<Value> decode(const QVariant &cell, const ColumnType &type);
    [[nodiscard]] static Result<QList<Value>> decodeRow(const SqlRows &rows, qsizetype row,
                                                        const QList<ColumnType> &types);
};

} // namespace facet::db
