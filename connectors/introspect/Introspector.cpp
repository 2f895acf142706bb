// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "introspect/Introspector.h"

#include "dialect/SqlBuilder.h"
#include "introspect/CatalogReader.h"
#include "introspect/CatalogText.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::db {

QString catalogSql(QStringView name)
{
    QFile file(u":/facet/introspect/"_s + name + u".sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The files start with comments for readers of the source; the query panel shows the SQL alone.
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(u"--"_s))
            lines.append(line);
    }
    return lines.join(u'\n').trimmed();
}

namespace detail {

void appendForeignKeys(const QueryResult &rows, const TableLookup &tableOf,
                       ReferentialAction (*action)(QStringView rule))
{
    using catalog::text;
    QString lastKey;
    for (const auto &row : rows.rows) {
        IntrospectedTable *t = tableOf(row.value(0));
        if (!t)
            continue;
        const QString name = text(row.value(1));
        const QString key = t->name + QChar(0x1f) + name;
        if (key != lastKey) {
            lastKey = key;
            IntrospectedForeignKey fk;
            fk.name = name;
            fk.referencedSchema = text(row.value(4));
            fk.referencedTable = text(row.value(5));
            fk.onDelete = action(text(row.value(7)));
            fk.onUpdate = action(text(row.value(8)));
            t->foreignKeys.append(fk);
        }
        t->foreignKeys.last().columns.append(text(row.value(3)));
        t->foreignKeys.last().referencedColumns.append(text(row.value(6)));
    }
}

Result<QueryResult> CatalogReader::run(QStringView name, const QStringList &params)
{
    const QString sql = catalogSql(name);
    if (sql.isEmpty()) {
        DbError e;
        e.message = u"the catalog query %1 is missing from Facet's resources"_s.arg(name.toString());
        return std::unexpected(e);
    }
    Statement statement(sql, {}, QueryOrigin::Introspection);
    for (const QString &p : params) {
        statement.params.append(Value::fromString(p));
        statement.paramTypes.append(textParamType());
    }
    statement.action = u"introspect"_s;
    return m_connection.execute(statement);
}

} // namespace detail

namespace {

Result<QString> currentSchema(detail::CatalogReader &reader, QStringView query)
{
    auto result = reader.run(query);
    if (!result)
        return std::unexpected(result.error());
    if (result->rows.isEmpty() || result->rows.first().isEmpty() || result->rows.first().first().isNull()) {
        DbError e;
        e.prismaCode = u"P1003"_s;
        e.message = u"the connection has no current schema or database to introspect"_s;
        return std::unexpected(e);
    }
    return catalog::text(result->rows.first().first());
}

template <typename T>
void sortBySchemaAndName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) {
        return a.schema != b.schema ? a.schema < b.schema : a.name < b.name;
    });
}

} // namespace

Result<IntrospectedSchema> introspect(Connection &connection, const IntrospectOptions &options)
{
    detail::CatalogReader reader(connection);
    IntrospectedSchema schema;
    if (connection.provider() == Provider::SQLite) {
        if (auto r = detail::introspectSqlite(reader, options.includeViews, schema); !r)
            return std::unexpected(r.error());
    } else {
        const bool pg = connection.provider() == Provider::PostgreSQL;
        QStringList schemas = options.schemas;
        if (schemas.isEmpty()) {
            auto current = currentSchema(reader, pg ? u"postgres/current_schema" : u"mysql/current_schema");
            if (!current)
                return std::unexpected(current.error());
            schemas.append(*current);
        }
        for (const QString &name : schemas) {
            auto r = pg ? detail::introspectPostgres(reader, name, options.includeViews, schema)
                        : detail::introspectMySql(reader, name, options.includeViews, schema);
            if (!r)
                return std::unexpected(r.error());
        }
    }
    sortBySchemaAndName(schema.tables);
    sortBySchemaAndName(schema.enums);
    sortBySchemaAndName(schema.views);
    for (IntrospectedTable &table : schema.tables) {
        std::sort(table.indexes.begin(), table.indexes.end(),
                  [](const IntrospectedIndex &a, const IntrospectedIndex &b) { return a.name < b.name; });
        std::sort(table.foreignKeys.begin(), table.foreignKeys.end(),
                  [](const IntrospectedForeignKey &a, const IntrospectedForeignKey &b) {
                      return a.name != b.name ? a.name < b.name : a.columns < b.columns;
                  });
    }
    return schema;
}

} // namespace facet::db
