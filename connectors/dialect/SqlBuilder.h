// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/TableSpec.h"

#include <optional>

namespace facet::db {

/// Writes one statement: SQL text Facet chose, identifiers through the dialect's quoting, and every value as
/// a bound parameter with its column type. The first error (a bad identifier, an unknown column) sticks and
/// finish() returns it, so builders can write straight through without checking each step.
class SqlBuilder final {
public:
    SqlBuilder(const Dialect &dialect, const TableSpec &table);

    [[nodiscard]] const Dialect &dialect() const { return m_dialect; }
    [[nodiscard]] const TableSpec &table() const { return m_table; }

    /// SQL text written by Facet itself (keywords, operators, punctuation), never user input.
    SqlBuilder &sql(QStringView text);
    /// A quoted identifier.
    SqlBuilder &identifier(QStringView name);
    /// The table, schema-qualified when TableSpec::schema is set.
    SqlBuilder &tableName();
    /// Another table (a relation filter's related or link table), schema-qualified when `schema` is set.
    SqlBuilder &tableName(QStringView schema, QStringView name);
    /// A column of the table, quoted; an unknown column is an error. Returns the column (nullptr on error).
    const ColumnSpec *column(QStringView name);
    /// Binds a value and writes its placeholder. Returns the parameter's index (1-based), for reuse().
    int param(const Value &value, const ColumnType &type);
    /// Writes the placeholder of an already bound parameter again: `$n` on PostgreSQL; on `?` dialects the
    /// value is bound a second time.
    SqlBuilder &reuse(int paramIndex);
    /// Records an error; later calls still append, but finish() returns the first error.
    void fail(DbError error);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] int paramCount() const { return int(m_params.size()); }
    /// The statement, with TableSpec::model and the origin filled in, or the first error.
    [[nodiscard]] Result<Statement> finish(QueryOrigin origin) const;

private:
    Dialect m_dialect;
    const TableSpec &m_table;
    QString m_sql;
    QList<Value> m_params;
    QList<ColumnType> m_types;
    std::optional<DbError> m_error;
};

/// The type to bind a comparison value with: the column's type without the length, precision and fraction
/// limits, which apply to what is stored but not to what is compared (a 200-character search in a
/// VARCHAR(191) column simply matches nothing).
[[nodiscard]] ColumnType comparisonType(const ColumnType &type);

/// A plain text parameter (LIKE patterns, catalog names).
[[nodiscard]] ColumnType textParamType();

} // namespace facet::db
