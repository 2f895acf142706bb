// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/SelectWindow.h"

#include "dialect/SqlBuilder.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

SortDirection reversed(SortDirection d)
{
    return d == SortDirection::Ascending ? SortDirection::Descending : SortDirection::Ascending;
}

QStringList selectedColumns(const TableSpec &table, const QStringList &requested)
{
    if (!requested.isEmpty())
        return requested;
    QStringList all;
    for (const ColumnSpec &c : table.columns)
        all.append(c.name);
    return all;
}

void writeSelectList(SqlBuilder &b, const QStringList &columns, bool includeXmin)
{
    b.sql(u"SELECT ");
    bool first = true;
    for (const QString &name : columns) {
        if (!first)
            b.sql(u", ");
        first = false;
        b.column(name);
    }
    if (includeXmin) {
        if (!b.dialect().supportsXmin()) {
            b.fail(invalidQuery(u"xmin exists only on PostgreSQL"_s));
            return;
        }
        // xid has no binary form libpq users agree on and no ordering; its text is what the guard compares.
        b.sql(u", xmin::text AS \"xmin\"");
    }
}

/// Keyset "after the cursor" in the window's own order (already reversed for Backward windows).
class KeysetWriter {
public:
    KeysetWriter(SqlBuilder &builder, const QList<SortKey> &order, const QList<Value> &cursor)
        : m_b(builder)
        , m_order(order)
        , m_cursor(cursor)
    {
    }

    void write()
    {
        if (canUseRowValues()) {
            writeRowValues();
            return;
        }
        // Which keys have an "after" term at all (a NULL cursor value where NULLs come last has none).
        QList<int> terms;
        for (int i = 0; i < m_order.size(); ++i) {
            if (hasAfterTerm(i))
                terms.append(i);
        }
        if (terms.isEmpty()) {
            m_b.sql(u"1 = 0");
            return;
        }
        const bool bound = canBoundLeadingKey() && terms.size() > 1;
        if (bound) {
            m_b.identifier(m_order.at(0).column);
            m_b.sql(ascending(0) ? u" >= "_s : u" <= "_s);
            writeCursorValue(0);
            m_b.sql(u" AND (");
        } else if (terms.size() > 1) {
            m_b.sql(u"(");
        }
        bool first = true;
        for (const int i : terms) {
            if (!first)
                m_b.sql(u" OR ");
            first = false;
            const bool group = i > 0 && terms.size() > 1;
            if (group)
                m_b.sql(u"(");
            for (int j = 0; j < i; ++j) {
                writeEquals(j);
                m_b.sql(u" AND ");
            }
            writeAfter(i);
            if (group)
                m_b.sql(u")");
        }
        if (terms.size() > 1)
            m_b.sql(u")");
    }

private:
    const ColumnSpec &spec(int i) const { return *m_b.table().column(m_order.at(i).column); }
    bool ascending(int i) const { return m_order.at(i).direction == SortDirection::Ascending; }
    bool nullsFirst(int i) const { return ascending(i) != m_b.dialect().nullsSortLargest(); }
    bool cursorNull(int i) const { return m_cursor.at(i).isNull(); }

    bool canUseRowValues() const
    {
        if (!m_b.dialect().supportsRowValues() || m_order.size() < 2)
            return false;
        for (int i = 0; i < m_order.size(); ++i) {
            if (m_order.at(i).direction != m_order.at(0).direction || spec(i).nullable || cursorNull(i))
                return false;
        }
        return true;
    }

    bool hasAfterTerm(int i) const { return !(cursorNull(i) && !nullsFirst(i)); }

    // Exact only when no row with a NULL in the leading key lies after the cursor.
    bool canBoundLeadingKey() const { return !cursorNull(0) && (nullsFirst(0) || !spec(0).nullable); }

    void writeRowValues()
    {
        m_b.sql(u"(");
        for (int i = 0; i < m_order.size(); ++i) {
            if (i > 0)
                m_b.sql(u", ");
            m_b.identifier(m_order.at(i).column);
        }
        m_b.sql(ascending(0) ? u") > ("_s : u") < ("_s);
        for (int i = 0; i < m_order.size(); ++i) {
            if (i > 0)
                m_b.sql(u", ");
            writeCursorValue(i);
        }
        m_b.sql(u")");
    }

    void writeCursorValue(int i)
    {
        if (const int index = m_bound.value(i, 0); index > 0) {
            m_b.reuse(index);
            return;
        }
        m_bound.insert(i, m_b.param(m_cursor.at(i), comparisonType(spec(i).type)));
    }

    void writeEquals(int i)
    {
        m_b.identifier(m_order.at(i).column);
        if (cursorNull(i)) {
            m_b.sql(u" IS NULL");
            return;
        }
        m_b.sql(u" = ");
        writeCursorValue(i);
    }

    void writeAfter(int i)
    {
        const QString &name = m_order.at(i).column;
        if (cursorNull(i)) { // only reached where NULLs come first: every value comes after them
            m_b.identifier(name);
            m_b.sql(u" IS NOT NULL");
            return;
        }
        // Where NULLs come last, the NULL rows are after every value.
        const bool nullsAfter = !nullsFirst(i) && spec(i).nullable;
        if (nullsAfter)
            m_b.sql(u"(");
        m_b.identifier(name);
        m_b.sql(ascending(i) ? u" > "_s : u" < "_s);
        writeCursorValue(i);
        if (nullsAfter) {
            m_b.sql(u" OR ");
            m_b.identifier(name);
            m_b.sql(u" IS NULL)");
        }
    }

    SqlBuilder &m_b;
    const QList<SortKey> &m_order;
    const QList<Value> &m_cursor;
    QHash<int, int> m_bound; // order key → parameter index
};

} // namespace

QList<Value> WindowStatement::cursorOf(const QList<Value> &row) const
{
    QList<Value> cursor;
    cursor.reserve(keyColumns.size());
    for (const int index : keyColumns)
        cursor.append(row.value(index));
    return cursor;
}

Result<QList<SortKey>> effectiveOrder(const TableSpec &table, const QList<SortKey> &sort)
{
    if (table.primaryKey.isEmpty())
        return std::unexpected(invalidQuery(
            u"the table \"%1\" has no primary key, so its rows have no stable order to page by"_s.arg(table.name)));
    QList<SortKey> order;
    for (const SortKey &key : sort) {
        if (!table.column(key.column))
            return std::unexpected(invalidQuery(u"the table \"%1\" has no column \"%2\""_s.arg(table.name, key.column)));
        // A column sorted twice adds nothing after its first position.
        if (std::none_of(order.cbegin(), order.cend(), [&](const SortKey &k) { return k.column == key.column; }))
            order.append(key);
    }
    for (const QString &pk : table.primaryKey) {
        if (!table.column(pk))
            return std::unexpected(invalidQuery(u"the table \"%1\" has no column \"%2\""_s.arg(table.name, pk)));
        if (std::none_of(order.cbegin(), order.cend(), [&](const SortKey &k) { return k.column == pk; }))
            order.append({pk, SortDirection::Ascending});
    }
    return order;
}

Result<WindowStatement> buildWindow(const Dialect &dialect, const TableSpec &table, const WindowRequest &request)
{
    auto order = effectiveOrder(table, request.sort);
    if (!order)
        return std::unexpected(order.error());
    if (!request.cursor.isEmpty() && request.cursor.size() != order->size())
        return std::unexpected(invalidQuery(u"the cursor has %1 values but the order has %2 keys"_s
                                                .arg(request.cursor.size())
                                                .arg(order->size())));
    if (request.limit < 0 || request.offset < 0)
        return std::unexpected(invalidQuery(u"a window's limit and offset cannot be negative"_s));

    WindowStatement window;
    window.order = *order;
    window.rowsReversed = request.direction == WindowDirection::Backward;

    // The sort keys must be in the result so the next cursor can be read from a row.
    QStringList columns = selectedColumns(table, request.columns);
    for (const SortKey &key : window.order) {
        qsizetype index = columns.indexOf(key.column);
        if (index < 0) {
            columns.append(key.column);
            index = columns.size() - 1;
        }
        window.keyColumns.append(int(index));
    }

    QList<SortKey> runOrder = window.order;
    if (window.rowsReversed) {
        for (SortKey &key : runOrder)
            key.direction = reversed(key.direction);
    }

    SqlBuilder b(dialect, table);
    writeSelectList(b, columns, request.includeXmin);
    b.sql(u" FROM ");
    b.tableName();

    const bool hasFilter = !request.filter.isEmpty();
    const bool hasCursor = !request.cursor.isEmpty();
    if (hasFilter || hasCursor) {
        b.sql(u" WHERE ");
        if (hasFilter) {
            const bool wrap = hasCursor;
            if (wrap)
                b.sql(u"(");
            writeFilter(b, request.filter);
            if (wrap)
                b.sql(u") AND (");
        }
        if (hasCursor) {
            KeysetWriter(b, runOrder, request.cursor).write();
            if (hasFilter)
                b.sql(u")");
        }
    }

    b.sql(u" ORDER BY ");
    for (qsizetype i = 0; i < runOrder.size(); ++i) {
        if (i > 0)
            b.sql(u", ");
        b.identifier(runOrder.at(i).column);
        b.sql(runOrder.at(i).direction == SortDirection::Ascending ? u" ASC"_s : u" DESC"_s);
    }
    b.sql(QString(u" LIMIT " + QString::number(request.limit)));
    if (request.offset > 0)
        b.sql(QString(u" OFFSET " + QString::number(request.offset)));

    auto statement = b.finish(QueryOrigin::Grid);
    if (!statement)
        return std::unexpected(statement.error());
    window.statement = std::move(*statement);
    return window;
}

void restoreOrder(QList<QList<Value>> &rows)
{
    std::reverse(rows.begin(), rows.end());
}

Result<Statement> buildCount(const Dialect &dialect, const TableSpec &table, const Filter &filter)
{
    SqlBuilder b(dialect, table);
    b.sql(u"SELECT COUNT(*) FROM ");
    b.tableName();
    if (!filter.isEmpty()) {
        b.sql(u" WHERE ");
        writeFilter(b, filter);
    }
    return b.finish(QueryOrigin::Grid);
}

Result<Statement> buildEstimatedCount(const Dialect &dialect, const TableSpec &table)
{
    SqlBuilder b(dialect, table);
    switch (dialect.provider()) {
    case Provider::PostgreSQL:
        // reltuples is -1 for a table never vacuumed or analysed (PostgreSQL 14+): unknown, not empty.
        b.sql(u"SELECT CASE WHEN c.reltuples < 0 THEN NULL ELSE c.reltuples::bigint END AS \"estimate\" "
              u"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              u"WHERE n.nspname = ");
        if (table.schema.isEmpty())
            b.sql(u"current_schema()");
        else
            b.param(Value::fromString(table.schema), textParamType());
        b.sql(u" AND c.relname = ");
        b.param(Value::fromString(table.name), textParamType());
        break;
    case Provider::MySQL:
        b.sql(u"SELECT TABLE_ROWS AS `estimate` FROM information_schema.TABLES WHERE TABLE_SCHEMA = ");
        if (table.schema.isEmpty())
            b.sql(u"DATABASE()");
        else
            b.param(Value::fromString(table.schema), textParamType());
        b.sql(u" AND TABLE_NAME = ");
        b.param(Value::fromString(table.name), textParamType());
        break;
    case Provider::SQLite:
        b.sql(u"SELECT COUNT(*) AS \"estimate\" FROM ");
        b.tableName();
        break;
    }
    return b.finish(QueryOrigin::Grid);
}

void writeKeyMatch(SqlBuilder &b, const RowKey &key)
{
    const QStringList &pk = b.table().primaryKey;
    if (pk.isEmpty()) {
        b.fail(invalidQuery(u"the table \"%1\" has no primary key to find a row by"_s.arg(b.table().name)));
        return;
    }
    if (key.size() != pk.size()) {
        b.fail(invalidQuery(u"the key has %1 values but the primary key of \"%2\" has %3 columns"_s.arg(key.size())
                                .arg(b.table().name)
                                .arg(pk.size())));
        return;
    }
    for (qsizetype i = 0; i < pk.size(); ++i) {
        const ColumnValue &part = key.at(i);
        if (!pk.contains(part.column)) {
            b.fail(invalidQuery(u"\"%1\" is not part of the primary key of \"%2\""_s.arg(part.column, b.table().name)));
            return;
        }
        if (part.value.isNull()) {
            b.fail(invalidQuery(u"the key column \"%1\" cannot be NULL"_s.arg(part.column)));
            return;
        }
        if (i > 0)
            b.sql(u" AND ");
        const ColumnSpec *spec = b.column(part.column);
        b.sql(u" = ");
        if (spec)
            b.param(part.value, comparisonType(spec->type));
    }
}

Result<Statement> buildSelectRow(const Dialect &dialect, const TableSpec &table, const QStringList &columns,
                                 const RowKey &key, bool includeXmin)
{
    SqlBuilder b(dialect, table);
    writeSelectList(b, selectedColumns(table, columns), includeXmin);
    b.sql(u" FROM ");
    b.tableName();
    b.sql(u" WHERE ");
    writeKeyMatch(b, key);
    return b.finish(QueryOrigin::Save);
}

} // namespace facet::db
