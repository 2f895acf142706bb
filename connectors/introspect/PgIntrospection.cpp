// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// PostgreSQL: pg_catalog queries (connectors/introspect/sql/postgres), one schema at a time.
#include "introspect/CatalogReader.h"
#include "introspect/CatalogText.h"

#include <QHash>

using namespace Qt::StringLiterals;
using namespace facet::db::catalog;

namespace facet::db::detail {

namespace {

QString quotedTypeName(const QString &name)
{
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

IntrospectedColumn readColumn(const QList<Value> &row)
{
    IntrospectedColumn c;
    c.name = text(row.value(1));
    c.position = int(integer(row.value(2)));
    c.isList = boolean(row.value(5));
    const QString elementType = text(row.value(6));
    if (text(row.value(7)) == u"e"_s) {
        // Enums keep their name's case, quoted as Migrate writes them.
        c.nativeType = quotedTypeName(elementType) + (c.isList ? u"[]"_s : QString());
        c.dataType = elementType;
        c.enumName = elementType;
        c.enumSchema = text(row.value(8));
    } else {
        c.nativeType = normalizePgType(text(row.value(3)));
        c.dataType = baseTypeName(c.nativeType);
    }
    const TypeLimits limits = pgTypeLimits(elementType, int(integer(row.value(4))));
    c.maxLength = limits.maxLength;
    c.precision = limits.precision;
    c.scale = limits.scale;
    c.nullable = boolean(row.value(9));
    c.defaultExpression = optionalText(row.value(10));
    const QString identity = text(row.value(11));
    c.identity = identity == u"a"_s ? u"always"_s : (identity == u"d"_s ? u"by default"_s : QString());
    c.generated = !text(row.value(12)).isEmpty();
    c.autoIncrement = !c.identity.isEmpty()
        || (c.defaultExpression && c.defaultExpression->startsWith(u"nextval("_s));
    return c;
}

} // namespace

Result<void> introspectPostgres(CatalogReader &reader, const QString &schema, bool includeViews, IntrospectedSchema &out)
{
    const QStringList params{schema};
    QHash<QString, qsizetype> tableIndex;
    const qsizetype firstTable = out.tables.size();

    auto tables = reader.run(u"postgres/tables", params);
    if (!tables)
        return std::unexpected(tables.error());
    for (const auto &row : std::as_const(tables->rows)) {
        IntrospectedTable t;
        t.schema = schema;
        t.name = text(row.value(0));
        tableIndex.insert(t.name, out.tables.size());
        out.tables.append(t);
    }
    const auto tableOf = [&](const Value &cell) -> IntrospectedTable * {
        const qsizetype i = tableIndex.value(text(cell), -1);
        return i < firstTable ? nullptr : &out.tables[i];
    };

    auto columns = reader.run(u"postgres/columns", params);
    if (!columns)
        return std::unexpected(columns.error());
    for (const auto &row : std::as_const(columns->rows)) {
        if (IntrospectedTable *t = tableOf(row.value(0)))
            t->columns.append(readColumn(row));
    }

    auto indexes = reader.run(u"postgres/indexes", params);
    if (!indexes)
        return std::unexpected(indexes.error());
    QString lastKey;
    for (const auto &row : std::as_const(indexes->rows)) {
        IntrospectedTable *t = tableOf(row.value(0));
        if (!t)
            continue;
        const QString indexName = text(row.value(1));
        const QString key = t->name + QChar(0x1f) + indexName;
        const bool primary = boolean(row.value(2));
        IntrospectedIndexColumn column;
        column.column = text(row.value(6));
        if (column.column.isEmpty())
            column.expression = text(row.value(7));
        column.descending = boolean(row.value(8));
        if (key != lastKey) {
            lastKey = key;
            if (primary) {
                t->primaryKey = IntrospectedPrimaryKey{indexName, {}};
            } else {
                IntrospectedIndex index;
                index.name = indexName;
                index.unique = boolean(row.value(3));
                index.constraint = text(row.value(4)) == u"u"_s;
                index.method = text(row.value(9));
                index.predicate = text(row.value(10));
                t->indexes.append(index);
            }
        }
        if (primary)
            t->primaryKey->columns.append(column.column);
        else
            t->indexes.last().columns.append(column);
    }

    auto foreignKeys = reader.run(u"postgres/foreign_keys", params);
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    appendForeignKeys(*foreignKeys, tableOf, &pgAction);

    auto enums = reader.run(u"postgres/enums", params);
    if (!enums)
        return std::unexpected(enums.error());
    for (const auto &row : std::as_const(enums->rows)) {
        const QString name = text(row.value(0));
        if (out.enums.isEmpty() || out.enums.last().name != name || out.enums.last().schema != schema)
            out.enums.append(IntrospectedEnum{schema, name, {}});
        out.enums.last().labels.append(text(row.value(1)));
    }

    if (includeViews) {
        auto views = reader.run(u"postgres/views", params);
        if (!views)
            return std::unexpected(views.error());
        for (const auto &row : std::as_const(views->rows))
            out.views.append(IntrospectedView{schema, text(row.value(0)), text(row.value(1)), boolean(row.value(2))});
    }
    return {};
}

} // namespace facet::db::detail
