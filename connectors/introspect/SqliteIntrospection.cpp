// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// SQLite: sqlite_master and the pragma table-valued functions (connectors/introspect/sql/sqlite).
#include "introspect/CatalogReader.h"
#include "introspect/CatalogText.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace facet::db::catalog;

namespace facet::db::detail {

namespace {

const QString MainSchema = u"main"_s;

// Length, precision and scale from the declared type's arguments: "VARCHAR(191)", "DECIMAL(10,2)".
void readTypeArguments(IntrospectedColumn &c)
{
    static const QRegularExpression arguments(uR"(\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))"_s);
    const auto m = arguments.match(c.nativeType);
    if (!m.hasMatch())
        return;
    if (c.dataType.contains(u"char"_s) || c.dataType.contains(u"binary"_s)) {
        c.maxLength = m.captured(1).toInt();
    } else if (c.dataType.contains(u"decimal"_s) || c.dataType.contains(u"numeric"_s)) {
        c.precision = m.captured(1).toInt();
        c.scale = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    }
}

QString partialPredicate(const QString &createIndexSql)
{
    static const QRegularExpression where(uR"(\bWHERE\b(.*)$)"_s, QRegularExpression::CaseInsensitiveOption
                                                                       | QRegularExpression::DotMatchesEverythingOption);
    const auto m = where.match(createIndexSql);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

Result<void> introspectSqlite(CatalogReader &reader, bool includeViews, IntrospectedSchema &out)
{
    QHash<QString, qsizetype> tableIndex;
    QHash<QString, QString> createSql;
    const qsizetype firstTable = out.tables.size();

    auto tables = reader.run(u"sqlite/tables");
    if (!tables)
        return std::unexpected(tables.error());
    for (const auto &row : std::as_const(tables->rows)) {
        IntrospectedTable t;
        t.schema = MainSchema;
        t.name = text(row.value(0));
        createSql.insert(t.name, text(row.value(1)));
        tableIndex.insert(t.name, out.tables.size());
        out.tables.append(t);
    }
    const auto tableOf = [&](const QString &name) -> IntrospectedTable * {
        const qsizetype i = tableIndex.value(name, -1);
        return i < firstTable ? nullptr : &out.tables[i];
    };

    auto columns = reader.run(u"sqlite/columns");
    if (!columns)
        return std::unexpected(columns.error());
    QHash<QString, QMap<int, QString>> keyColumns; // table → pk position → column
    for (const auto &row : std::as_const(columns->rows)) {
        IntrospectedTable *t = tableOf(text(row.value(0)));
        if (!t)
            continue;
        IntrospectedColumn c;
        c.position = int(integer(row.value(1))) + 1;
        c.name = text(row.value(2));
        c.nativeType = lowerOutsideQuotes(text(row.value(3)).trimmed());
        c.dataType = baseTypeName(c.nativeType);
        c.nullable = !boolean(row.value(4));
        c.defaultExpression = optionalText(row.value(5));
        c.generated = integer(row.value(7), 0) >= 2;
        readTypeArguments(c);
        if (const int pk = int(integer(row.value(6), 0)); pk > 0)
            keyColumns[t->name].insert(pk, c.name);
        t->columns.append(c);
    }
    for (auto it = keyColumns.cbegin(); it != keyColumns.cend(); ++it) {
        IntrospectedTable *t = tableOf(it.key());
        t->primaryKey = IntrospectedPrimaryKey{QString(), it.value().values()};
        // A single INTEGER PRIMARY KEY column is the rowid: SQLite assigns it (Prisma writes AUTOINCREMENT too).
        if (t->primaryKey->columns.size() == 1) {
            for (IntrospectedColumn &c : t->columns) {
                if (c.name == t->primaryKey->columns.first() && c.nativeType == u"integer"_s)
                    c.autoIncrement = true;
            }
        }
    }

    auto indexSql = reader.run(u"sqlite/index_sql");
    if (!indexSql)
        return std::unexpected(indexSql.error());
    QHash<QString, QString> createIndex;
    for (const auto &row : std::as_const(indexSql->rows))
        createIndex.insert(text(row.value(0)), text(row.value(1)));

    auto indexes = reader.run(u"sqlite/indexes");
    if (!indexes)
        return std::unexpected(indexes.error());
    QString lastKey;
    for (const auto &row : std::as_const(indexes->rows)) {
        IntrospectedTable *t = tableOf(text(row.value(0)));
        const QString origin = text(row.value(3));
        if (!t || origin == u"pk"_s) // the primary key's own index: already the primary key
            continue;
        const QString indexName = text(row.value(1));
        const QString key = t->name + QChar(0x1f) + indexName;
        if (key != lastKey) {
            lastKey = key;
            IntrospectedIndex index;
            index.name = indexName;
            index.unique = boolean(row.value(2));
            index.constraint = origin == u"u"_s;
            if (boolean(row.value(4)))
                index.predicate = partialPredicate(createIndex.value(indexName));
            t->indexes.append(index);
        }
        IntrospectedIndexColumn column;
        column.column = text(row.value(7));
        column.descending = boolean(row.value(8));
        t->indexes.last().columns.append(column);
    }

    auto foreignKeys = reader.run(u"sqlite/foreign_keys");
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    lastKey.clear();
    for (const auto &row : std::as_const(foreignKeys->rows)) {
        IntrospectedTable *t = tableOf(text(row.value(0)));
        if (!t)
            continue;
        const QString key = t->name + QChar(0x1f) + text(row.value(1));
        if (key != lastKey) {
            lastKey = key;
            IntrospectedForeignKey fk;
            fk.referencedTable = text(row.value(3));
            fk.onUpdate = actionFromRule(text(row.value(6))).value_or(ReferentialAction::NoAction);
            fk.onDelete = actionFromRule(text(row.value(7))).value_or(ReferentialAction::NoAction);
            t->foreignKeys.append(fk);
        }
        IntrospectedForeignKey &fk = t->foreignKeys.last();
        fk.columns.append(text(row.value(4)));
        fk.referencedColumns.append(text(row.value(5)));
    }
    for (qsizetype i = firstTable; i < out.tables.size(); ++i) {
        IntrospectedTable &t = out.tables[i];
        const QHash<QString, QString> names = sqliteForeignKeyNames(createSql.value(t.name));
        for (IntrospectedForeignKey &fk : t.foreignKeys) {
            fk.name = names.value(columnsKey(fk.columns));
            // REFERENCES parent without columns means the parent's primary key.
            if (fk.referencedColumns.contains(QString())) {
                if (const IntrospectedTable *parent = tableOf(fk.referencedTable); parent && parent->primaryKey)
                    fk.referencedColumns = parent->primaryKey->columns;
            }
        }
    }

    if (includeViews) {
        auto views = reader.run(u"sqlite/views");
        if (!views)
            return std::unexpected(views.error());
        for (const auto &row : std::as_const(views->rows))
            out.views.append(IntrospectedView{MainSchema, text(row.value(0)), text(row.value(1)), false});
    }
    return {};
}

} // namespace facet::db::detail
