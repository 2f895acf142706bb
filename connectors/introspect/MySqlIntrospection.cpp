// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// MySQL/MariaDB: information_schema queries (connectors/introspect/sql/mysql), one database at a time.
#include "introspect/CatalogReader.h"
#include "introspect/CatalogText.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace facet::db::catalog;

namespace facet::db::detail {

namespace {
// information_schema spells rules "CASCADE", "SET NULL", …; MySQL reports no rule as NO ACTION.
ReferentialAction mysqlAction(QStringView rule)
{
    return actionFromRule(rule).value_or(ReferentialAction::NoAction);
}
} // namespace

namespace {

// MySQL 8 reports a literal default unquoted (USER, 0) and an expression with EXTRA DEFAULT_GENERATED;
// MariaDB quotes literals ('USER') and writes expressions bare. Facet reports MariaDB's form on both, so a
// string default can be told from an expression, and MariaDB's "NULL" (DEFAULT NULL) as no default.
std::optional<QString> normalizedDefault(const std::optional<QString> &reported, const QString &dataType,
                                         const QString &extra, bool mariaDb)
{
    if (!reported)
        return std::nullopt;
    if (mariaDb)
        return *reported == u"NULL"_s ? std::nullopt : reported;
    if (extra.contains(u"DEFAULT_GENERATED"_s, Qt::CaseInsensitive))
        return reported;
    static const QSet<QString> quoted{u"char"_s,     u"varchar"_s,  u"tinytext"_s, u"text"_s,      u"mediumtext"_s,
                                      u"longtext"_s, u"enum"_s,     u"set"_s,      u"date"_s,      u"datetime"_s,
                                      u"timestamp"_s, u"time"_s,    u"year"_s,     u"binary"_s,    u"varbinary"_s};
    if (!quoted.contains(dataType))
        return reported;
    return u'\'' + QString(*reported).replace(u"'"_s, u"''"_s) + u'\'';
}

} // namespace

Result<void> introspectMySql(CatalogReader &reader, const QString &database, bool includeViews, IntrospectedSchema &out)
{
    const QStringList params{database};
    const bool mariaDb = reader.connection().serverVersion().contains(u"mariadb"_s, Qt::CaseInsensitive);
    QHash<QString, qsizetype> tableIndex;
    const qsizetype firstTable = out.tables.size();

    auto tables = reader.run(u"mysql/tables", params);
    if (!tables)
        return std::unexpected(tables.error());
    for (const auto &row : std::as_const(tables->rows)) {
        IntrospectedTable t;
        t.schema = database;
        t.name = text(row.value(0));
        tableIndex.insert(t.name, out.tables.size());
        out.tables.append(t);
    }
    const auto tableOf = [&](const Value &cell) -> IntrospectedTable * {
        const qsizetype i = tableIndex.value(text(cell), -1);
        return i < firstTable ? nullptr : &out.tables[i];
    };

    // MariaDB's JSON columns are LONGTEXT guarded by CHECK (json_valid(`col`)).
    QSet<QString> jsonColumns;
    if (mariaDb) {
        auto checks = reader.run(u"mysql/mariadb_json_checks", params);
        if (!checks)
            return std::unexpected(checks.error());
        static const QRegularExpression jsonValid(uR"(^\s*json_valid\(`((?:[^`]|``)+)`\)\s*$)"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        for (const auto &row : std::as_const(checks->rows)) {
            if (const auto m = jsonValid.match(text(row.value(1))); m.hasMatch())
                jsonColumns.insert(text(row.value(0)) + QChar(0x1f) + m.captured(1).replace(u"``"_s, u"`"_s));
        }
    }

    auto columns = reader.run(u"mysql/columns", params);
    if (!columns)
        return std::unexpected(columns.error());
    for (const auto &row : std::as_const(columns->rows)) {
        IntrospectedTable *t = tableOf(row.value(0));
        if (!t)
            continue;
        IntrospectedColumn c;
        c.name = text(row.value(1));
        c.position = int(integer(row.value(2)));
        c.nativeType = normalizeMySqlType(text(row.value(3)));
        c.dataType = text(row.value(4)).toLower();
        if (c.dataType == u"longtext"_s && jsonColumns.contains(t->name + QChar(0x1f) + c.name)) {
            c.nativeType = u"json"_s;
            c.dataType = u"json"_s;
        }
        c.nullable = boolean(row.value(5));
        const QString extra = text(row.value(7));
        c.defaultExpression = normalizedDefault(optionalText(row.value(6)), c.dataType, extra, mariaDb);
        c.autoIncrement = extra.contains(u"auto_increment"_s, Qt::CaseInsensitive);
        c.generated = extra.contains(u"VIRTUAL"_s, Qt::CaseInsensitive) || extra.contains(u"STORED"_s, Qt::CaseInsensitive)
            || extra.contains(u"PERSISTENT"_s, Qt::CaseInsensitive);
        if (c.dataType == u"char"_s || c.dataType == u"varchar"_s || c.dataType == u"binary"_s
            || c.dataType == u"varbinary"_s)
            c.maxLength = int(integer(row.value(8)));
        if (c.dataType == u"decimal"_s) {
            c.precision = int(integer(row.value(9)));
            c.scale = int(integer(row.value(10)));
        } else if (c.dataType == u"datetime"_s || c.dataType == u"timestamp"_s || c.dataType == u"time"_s) {
            c.precision = int(integer(row.value(11)));
        }
        if (c.dataType == u"enum"_s) {
            c.enumLabels = mySqlEnumLabels(text(row.value(3)));
            c.enumName = t->name + u'_' + c.name; // Prisma's name for an introspected MySQL enum
            out.enums.append(IntrospectedEnum{database, c.enumName, c.enumLabels});
        }
        t->columns.append(c);
    }

    auto indexes = reader.run(u"mysql/indexes", params);
    if (!indexes)
        return std::unexpected(indexes.error());
    QString lastKey;
    for (const auto &row : std::as_const(indexes->rows)) {
        IntrospectedTable *t = tableOf(row.value(0));
        if (!t)
            continue;
        const QString indexName = text(row.value(1));
        const QString key = t->name + QChar(0x1f) + indexName;
        const bool primary = indexName == u"PRIMARY"_s;
        IntrospectedIndexColumn column;
        column.column = text(row.value(4));
        column.descending = text(row.value(5)) == u"D"_s;
        if (key != lastKey) {
            lastKey = key;
            if (primary) {
                t->primaryKey = IntrospectedPrimaryKey{indexName, {}};
            } else {
                IntrospectedIndex index;
                index.name = indexName;
                index.unique = integer(row.value(2), 1) == 0;
                index.method = text(row.value(6)).toLower();
                t->indexes.append(index);
            }
        }
        if (primary)
            t->primaryKey->columns.append(column.column);
        else
            t->indexes.last().columns.append(column);
    }

    auto foreignKeys = reader.run(u"mysql/foreign_keys", params);
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    appendForeignKeys(*foreignKeys, tableOf, &mysqlAction);

    if (includeViews) {
        auto views = reader.run(u"mysql/views", params);
        if (!views)
            return std::unexpected(views.error());
        for (const auto &row : std::as_const(views->rows))
            out.views.append(IntrospectedView{database, text(row.value(0)), text(row.value(1)), false});
    }
    return {};
}

} // namespace facet::db::detail
