// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "introspect/IntrospectedSchema.h"

#include <functional>

// Internal to introspection: runs the catalog queries and hands their rows to the per-provider readers.
namespace facet::db::detail {

class CatalogReader final {
public:
    explicit CatalogReader(Connection &connection)
        : m_connection(connection)
    {
    }

    [[nodiscard]] Connection &connection() { return m_connection; }
    /// Runs the catalog query `name` ("postgres/columns") with text parameters.
    [[nodiscard]] Result<QueryResult> run(QStringView name, const QStringList &params = {});

private:
    Connection &m_connection;
};

/// Maps a table-name cell of a catalog row to the table already read (nullptr for tables not introspected).
using TableLookup = std::function<IntrospectedTable *(const Value &cell)>;

/// Groups the rows of a `<provider>/foreign_keys` catalog query into the tables' foreign keys. The PostgreSQL
/// and MySQL queries share one row shape — table, constraint name, ordinal, column, referenced schema,
/// referenced table, referenced column, delete rule, update rule — one row per column, ordered by table,
/// name and ordinal; only the spelling of the rules differs, which `action` translates.
void appendForeignKeys(const QueryResult &rows, const TableLookup &tableOf,
                       ReferentialAction (*action)(QStringView rule));

[[nodiscard]] Result<void> introspectPostgres(CatalogReader &reader, const QString &schema, bool includeViews,
                                              IntrospectedSchema &out);
[[nodiscard]] Result<void> introspectMySql(CatalogReader &reader, const QString &database, bool includeViews,
                                           IntrospectedSchema &out);
[[nodiscard]] Result<void> introspectSqlite(CatalogReader &reader, bool includeViews, IntrospectedSchema &out);

} // namespace facet::db::detail
