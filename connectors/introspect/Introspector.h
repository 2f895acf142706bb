// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "introspect/IntrospectedSchema.h"

#include <QStringList>

namespace facet::db {

struct IntrospectOptions {
    /// PostgreSQL schemas or MySQL databases to read; empty: the connection's current one (current_schema(),
    /// DATABASE()). SQLite always reads "main".
    QStringList schemas;
    bool includeViews = true;
};

/// Reads what a live database holds (tables, columns, keys, indexes, foreign keys, enums, views) through
/// the Connection interface, every statement with origin Introspection. The catalog SQL lives in
/// connectors/introspect/sql/<provider>/*.sql (compiled in as Qt resources); each query is parameterised by
/// the schema and returns flat rows that the per-provider code groups into IntrospectedSchema values.
[[nodiscard]] Result<IntrospectedSchema> introspect(Connection &connection, const IntrospectOptions &options = {});

/// The text of one catalog query, "postgres/columns", "mysql/indexes", "sqlite/foreign_keys", without its
/// comment header. Empty for an unknown name.
[[nodiscard]] QString catalogSql(QStringView name);

} // namespace facet::db
