// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/ColumnType.h"
#include "value/Value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace facet::db {

/// One column as statement builders need it: the database name (after @map), its type (so bound parameters
/// carry it and the codec can check values before sending), and whether it can hold NULL, which decides how
/// keyset predicates treat it.
struct ColumnSpec {
    QString name;
    ColumnType type;
    bool nullable = true;
    bool autoIncrement = false; ///< the database generates it (SERIAL/identity, AUTO_INCREMENT, rowid alias)
};

/// A table as statement builders need it, built from the resolved Prisma schema (or from introspection).
/// `primaryKey` lists the id columns in key order; a table without one cannot be paged by keyset or
/// written to with guards, and the builders say so.
struct TableSpec {
    QString schema; ///< PostgreSQL schema or MySQL database; empty = the connection's default
    QString name;   ///< the table name as stored (@@map)
    QString model;  ///< the Prisma model, copied into Statement::model for the query panel
    QList<ColumnSpec> columns;
    QStringList primaryKey;

    /// The column called `name` (exact, case-sensitive as Prisma names are), or nullptr.
    [[nodiscard]] const ColumnSpec *column(QStringView columnName) const
    {
        for (const ColumnSpec &c : columns) {
            if (c.name == columnName)
                return &c;
        }
        return nullptr;
    }
};

/// A column name with a value: a change, an original value, one part of a primary key.
struct ColumnValue {
    QString column;
    Value value;
};

/// A row's primary key, one entry per key column in TableSpec::primaryKey order.
using RowKey = QList<ColumnValue>;

} // namespace facet::db
