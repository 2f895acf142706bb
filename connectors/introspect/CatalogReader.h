// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "introspect/IntrospectedSchema.h"

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

[[nodiscard]] Result<void> introspectPostgres(CatalogReader &reader, const QString &schema, bool includeViews,
                                              IntrospectedSchema &out);
[[nodiscard]] Result<void> introspectMySql(CatalogReader &reader, const QString &database, bool includeViews,
                                           IntrospectedSchema &out);
[[nodiscard]] Result<void> introspectSqlite(CatalogReader &reader, bool includeViews, IntrospectedSchema &out);

} // namespace facet::db::detail
