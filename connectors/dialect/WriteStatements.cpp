// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/WriteStatements.h"

#include "dialect/SelectWindow.h"
#include "dialect/SqlBuilder.h"

using namespace Qt::StringLiterals;

namespace facet::db {

RowGuard RowGuard::version(QString column, Value expected)
{
    RowGuard g;
    g.kind = Kind::Version;
    g.column = std::move(column);
    g.expected = std::move(expected);
    return g;
}

RowGuard RowGuard::updatedAt(QString column, Value expected, Value newValue)
{
    RowGuard g;
    g.kind = Kind::UpdatedAt;
    g.column = std::move(column);
    g.expected = std::move(expected);
    g.newUpdatedAt = std::move(newValue);
    return g;
}

RowGuard RowGuard::xmin(QString xminText)
{
    RowGuard g;
    g.kind = Kind::Xmin;
    g.expected = Value::fromString(std::move(xminText));
    return g;
}

RowGuard RowGuard::originalValues(QList<ColumnValue> originals)
{
    RowGuard g;
    g.kind = Kind::OriginalValues;
    g.originals = std::move(originals);
    return g;
}

namespace {

// PostgreSQL's json (not jsonb) has no equality operator; its text is exactly what was stored.
bool isPgPlainJson(const Dialect &dialect, const ColumnSpec &column)
{
    return dialect.provider() == Provider::PostgreSQL && column.type.kind == ScalarKind::Json
        && column.type.nativeName.compare(u"json"_s, Qt::CaseInsensitive) == 0;
}

// `column <null-safe => value`, so an original NULL matches a NULL that is still there.
void writeNullSafeEquals(SqlBuilder &b, const ColumnSpec &column, const Value &value)
{
    const Dialect &dialect = b.dialect();
    const bool pgJsonText = isPgPlainJson(dialect, column);
    // MySQL compares a JSON column with a string as a JSON string scalar; the text must become JSON first.
    // MariaDB's JSON is LONGTEXT and compares as text.
    const bool mysqlJson = dialect.provider() == Provider::MySQL && !dialect.isMariaDb()
        && column.type.kind == ScalarKind::Json && !column.type.isList;
    b.identifier(column.name);
    if (pgJsonText)
        b.sql(u"::text");
    b.sql(QString(u' ' + dialect.nullSafeEqualsOperator() + u' '));
    if (mysqlJson)
        b.sql(u"CAST(");
    b.param(value, comparisonType(column.type));
    if (mysqlJson)
        b.sql(u" AS JSON)");
    if (pgJsonText)
        b.sql(u"::text");
}

void writeGuard(SqlBuilder &b, const RowGuard &guard)
{
    switch (guard.kind) {
    case RowGuard::Kind::None:
        return;
    case RowGuard::Kind::Version:
    case RowGuard::Kind::UpdatedAt: {
        b.sql(u" AND ");
        const ColumnSpec *column = b.column(guard.column);
        if (!column)
            return;
        if (guard.expected.isNull()) {
            b.sql(u" IS NULL");
            return;
        }
        b.sql(u" = ");
        b.param(guard.expected, comparisonType(column->type));
        return;
    }
    case RowGuard::Kind::Xmin:
        if (!b.dialect().supportsXmin()) {
            b.fail(invalidQuery(u"the xmin guard exists only on PostgreSQL"_s));
            return;
        }
        if (guard.expected.kind() != ScalarKind::String) {
            b.fail(invalidQuery(u"the xmin guard needs the xmin text read with the row"_s));
            return;
        }
        b.sql(u" AND xmin = ");
        b.param(guard.expected, textParamType());
        b.sql(u"::xid");
        return;
    case RowGuard::Kind::OriginalValues:
        for (const ColumnValue &original : guard.originals) {
            const ColumnSpec *column = b.table().column(original.column);
            if (!column) {
                b.fail(invalidQuery(u"the table \"%1\" has no column \"%2\""_s.arg(b.table().name, original.column)));
                return;
            }
            b.sql(u" AND ");
            writeNullSafeEquals(b, *column, original.value);
        }
        return;
    }
}

void writeReturning(SqlBuilder &b, const Returning &returning)
{
    if ((returning.columns.isEmpty() && !returning.includeXmin) || !b.dialect().supportsReturning())
        return;
    b.sql(u" RETURNING ");
    bool first = true;
    for (const QString &name : returning.columns) {
        if (!first)
            b.sql(u", ");
        first = false;
        b.column(name);
    }
    if (returning.includeXmin) {
        if (!b.dialect().supportsXmin()) {
            b.fail(invalidQuery(u"xmin exists only on PostgreSQL"_s));
            return;
        }
        if (!first)
            b.sql(u", ");
        b.sql(u"xmin::text AS \"xmin\"");
    }
}

} // namespace

Result<Statement> buildInsert(const Dialect &dialect, const TableSpec &table, const QList<ColumnValue> &values,
                              const Returning &returning)
{
    SqlBuilder b(dialect, table);
    b.sql(u"INSERT INTO ");
    b.tableName();
    if (values.isEmpty()) {
        b.sql(dialect.provider() == Provider::MySQL ? u" () VALUES ()"_s : u" DEFAULT VALUES"_s);
    } else {
        b.sql(u" (");
        QList<const ColumnSpec *> specs;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                b.sql(u", ");
            specs.append(b.column(values.at(i).column));
        }
        b.sql(u") VALUES (");
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                b.sql(u", ");
            if (specs.at(i))
                b.param(values.at(i).value, specs.at(i)->type);
        }
        b.sql(u")");
    }
    writeReturning(b, returning);
    return b.finish(QueryOrigin::Save);
}

Result<Statement> buildUpdate(const Dialect &dialect, const TableSpec &table, const RowKey &key,
                              const QList<ColumnValue> &changes, const RowGuard &guard, const Returning &returning)
{
    SqlBuilder b(dialect, table);
    if (changes.isEmpty())
        b.fail(invalidQuery(u"an update of \"%1\" has no changes"_s.arg(table.name)));
    for (const ColumnValue &change : changes) {
        if (table.primaryKey.contains(change.column))
            b.fail(invalidQuery(u"the key column \"%1\" cannot be changed by a guarded update"_s.arg(change.column)));
        const bool ownsColumn = guard.kind == RowGuard::Kind::Version || guard.kind == RowGuard::Kind::UpdatedAt;
        if (ownsColumn && change.column == guard.column)
            b.fail(invalidQuery(u"\"%1\" is the guard column; the guard sets it"_s.arg(change.column)));
    }
    if (guard.kind == RowGuard::Kind::UpdatedAt && guard.newUpdatedAt.isNull())
        b.fail(invalidQuery(u"the @updatedAt guard needs the new value to store"_s));

    b.sql(u"UPDATE ");
    b.tableName();
    b.sql(u" SET ");
    bool first = true;
    for (const ColumnValue &change : changes) {
        if (!first)
            b.sql(u", ");
        first = false;
        const ColumnSpec *column = b.column(change.column);
        b.sql(u" = ");
        if (column)
            b.param(change.value, column->type);
    }
    if (guard.kind == RowGuard::Kind::Version) {
        b.sql(u", ");
        b.identifier(guard.column);
        b.sql(u" = ");
        b.identifier(guard.column);
        b.sql(u" + 1");
    } else if (guard.kind == RowGuard::Kind::UpdatedAt) {
        b.sql(u", ");
        if (const ColumnSpec *column = b.column(guard.column)) {
            b.sql(u" = ");
            b.param(guard.newUpdatedAt, column->type);
        }
    }
    b.sql(u" WHERE ");
    writeKeyMatch(b, key);
    writeGuard(b, guard);
    writeReturning(b, returning);
    return b.finish(QueryOrigin::Save);
}

Result<Statement> buildDelete(const Dialect &dialect, const TableSpec &table, const RowKey &key,
                              const RowGuard &guard, const Returning &returning)
{
    SqlBuilder b(dialect, table);
    b.sql(u"DELETE FROM ");
    b.tableName();
    b.sql(u" WHERE ");
    writeKeyMatch(b, key);
    writeGuard(b, guard);
    writeReturning(b, returning);
    return b.finish(QueryOrigin::Save);
}

std::optional<RowKey> keyAfterInsert(const TableSpec &table, const QList<ColumnValue> &values,
                                     const std::optional<Value> &lastInsertId)
{
    if (table.primaryKey.isEmpty())
        return std::nullopt;
    RowKey key;
    for (const QString &pk : table.primaryKey) {
        bool supplied = false;
        for (const ColumnValue &v : values) {
            if (v.column == pk && !v.value.isNull()) {
                key.append(v);
                supplied = true;
                break;
            }
        }
        if (supplied)
            continue;
        const ColumnSpec *column = table.column(pk);
        if (!column || !column->autoIncrement || !lastInsertId || lastInsertId->isNull())
            return std::nullopt;
        // lastInsertId arrives as a 64-bit integer; an Int key column gets an Int value.
        Value id = *lastInsertId;
        if (column->type.kind == ScalarKind::Int && (id.kind() == ScalarKind::BigInt || id.kind() == ScalarKind::Int)) {
            if (auto narrowed = Value::intChecked(id.toBigInt()))
                id = *narrowed;
        }
        key.append({pk, id});
    }
    return key;
}

} // namespace facet::db
