// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "dialect/KeyLookup.h"

#include "dialect/SqlBuilder.h"

using namespace Qt::StringLiterals;

namespace facet::db {

namespace {

void writeList(SqlBuilder &b, QStringView separator, qsizetype count, const auto &writeOne)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            b.sql(separator);
        writeOne(i);
    }
}

} // namespace

Result<Statement> buildSelectByKeys(const Dialect &dialect, const TableSpec &table, const QStringList &columns,
                                    const QStringList &keyColumns, const QList<QList<Value>> &keys, KeyMatch match)
{
    SqlBuilder b(dialect, table);
    if (keyColumns.isEmpty() || keys.isEmpty())
        return std::unexpected(invalidQuery(u"a lookup by key on \"%1\" needs key columns and at least one key"_s.arg(table.name)));
    QList<const ColumnSpec *> keySpecs;
    for (const QString &name : keyColumns) {
        const ColumnSpec *spec = table.column(name);
        if (!spec)
            return std::unexpected(invalidQuery(u"\"%1\" has no column \"%2\""_s.arg(table.name, name)));
        keySpecs.append(spec);
    }
    for (qsizetype k = 0; k < keys.size(); ++k) {
        if (keys[k].size() != keyColumns.size())
            return std::unexpected(invalidQuery(u"key %1 for \"%2\" has %3 values, not %4"_s.arg(k + 1).arg(table.name)
                                                    .arg(keys[k].size()).arg(keyColumns.size())));
        for (const Value &v : keys[k]) {
            if (v.isNull())
                return std::unexpected(invalidQuery(u"key %1 for \"%2\" holds NULL, which matches no row"_s.arg(k + 1).arg(table.name)));
        }
    }
    const auto bind = [&](qsizetype key, qsizetype part) { b.param(keys[key][part], comparisonType(keySpecs[part]->type)); };

    b.sql(u"SELECT ");
    writeList(b, u", ", columns.size(), [&](qsizetype i) { b.column(columns[i]); });
    b.sql(u" FROM ");
    b.tableName();
    b.sql(u" WHERE ");
    const qsizetype width = keyColumns.size();
    if (match == KeyMatch::Auto)
        match = dialect.supportsRowValues() ? KeyMatch::RowValues : KeyMatch::OrOfAnds;
    if (width == 1) {
        b.column(keyColumns.front());
        b.sql(u" IN (");
        writeList(b, u", ", keys.size(), [&](qsizetype k) { bind(k, 0); });
        b.sql(u")");
    } else if (match == KeyMatch::RowValues) {
        // SQLite accepts a row value on the right of IN only from a subquery, so the list is a VALUES one.
        const bool valuesList = dialect.provider() == Provider::SQLite;
        b.sql(u"(");
        writeList(b, u", ", width, [&](qsizetype i) { b.column(keyColumns[i]); });
        b.sql(valuesList ? u") IN (VALUES " : u") IN (");
        writeList(b, u", ", keys.size(), [&](qsizetype k) {
            b.sql(u"(");
            writeList(b, u", ", width, [&](qsizetype i) { bind(k, i); });
            b.sql(u")");
        });
        b.sql(u")");
    } else {
        writeList(b, u" OR ", keys.size(), [&](qsizetype k) {
            b.sql(u"(");
            writeList(b, u" AND ", width, [&](qsizetype i) {
                b.column(keyColumns[i]);
                b.sql(u" = ");
                bind(k, i);
            });
            b.sql(u")");
        });
    }
    return b.finish(QueryOrigin::Grid);
}

} // namespace facet::db
