// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/SqlBuilder.h"

using namespace Qt::StringLiterals;

namespace facet::db {

SqlBuilder::SqlBuilder(const Dialect &dialect, const TableSpec &table)
    : m_dialect(dialect)
    , m_table(table)
{
}

SqlBuilder &SqlBuilder::sql(QStringView text)
{
    m_sql += text;
    return *this;
}

SqlBuilder &SqlBuilder::identifier(QStringView name)
{
    auto quoted = m_dialect.quoteIdentifier(name);
    if (quoted)
        m_sql += *quoted;
    else
        fail(quoted.error());
    return *this;
}

SqlBuilder &SqlBuilder::tableName()
{
    return tableName(m_table.schema, m_table.name);
}

SqlBuilder &SqlBuilder::tableName(QStringView schema, QStringView name)
{
    auto quoted = m_dialect.quoteQualified(schema, name);
    if (quoted)
        m_sql += *quoted;
    else
        fail(quoted.error());
    return *this;
}

const ColumnSpec *SqlBuilder::column(QStringView name)
{
    const ColumnSpec *spec = m_table.column(name);
    if (!spec) {
        fail(invalidQuery(u"the table \"%1\" has no column \"%2\""_s.arg(m_table.name, name.toString())));
        return nullptr;
    }
    identifier(name);
    return spec;
}

int SqlBuilder::param(const Value &value, const ColumnType &type)
{
    m_params.append(value);
    m_types.append(type);
    const int index = int(m_params.size());
    m_sql += m_dialect.placeholder(index);
    return index;
}

SqlBuilder &SqlBuilder::reuse(int paramIndex)
{
    Q_ASSERT(paramIndex >= 1 && paramIndex <= m_params.size());
    if (m_dialect.placeholdersAreNumbered())
        m_sql += m_dialect.placeholder(paramIndex);
    else
        param(m_params.at(paramIndex - 1), m_types.at(paramIndex - 1));
    return *this;
}

void SqlBuilder::fail(DbError error)
{
    if (!m_error)
        m_error = std::move(error);
}

Result<Statement> SqlBuilder::finish(QueryOrigin origin) const
{
    if (m_error) {
        DbError error = *m_error;
        error.statement = m_sql;
        return std::unexpected(error);
    }
    Statement statement(m_sql, m_params, origin);
    statement.paramTypes = m_types;
    statement.model = m_table.model;
    return statement;
}

ColumnType comparisonType(const ColumnType &type)
{
    ColumnType relaxed = type;
    relaxed.maxLength = -1;
    relaxed.precision = -1;
    relaxed.scale = -1;
    relaxed.fractionDigits = 6;
    relaxed.enumLabels.clear();
    return relaxed;
}

ColumnType textParamType()
{
    ColumnType type;
    type.kind = ScalarKind::String;
    type.nativeName = u"text"_s;
    return type;
}

} // namespace facet::db
