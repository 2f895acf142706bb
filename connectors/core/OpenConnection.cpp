// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// openConnection: the one place that knows which Connection class serves which URL.
#include "core/Connection.h"

#include "pg/PostgresConnection.h"
#include "qtsql/MySqlConnection.h"
#include "qtsql/SqliteConnection.h"
#include "url/ConnectionUrl.h"

namespace facet::db {

Result<std::unique_ptr<Connection>> openConnection(const ConnectionUrl &url, const ConnectOptions &options)
{
    const auto up = [](auto result) -> Result<std::unique_ptr<Connection>> {
        if (!result)
            return std::unexpected(result.error());
        return std::unique_ptr<Connection>(std::move(*result));
    };
    switch (url.provider()) {
    case UrlProvider::PostgreSql: return up(PostgresConnection::open(url, options));
    case UrlProvider::MySql: return up(MySqlConnection::open(url, options));
    case UrlProvider::Sqlite: return up(SqliteConnection::open(url, options));
    }
    DbError e;
    e.prismaCode = QStringLiteral("P1013");
    e.message = QStringLiteral("unknown database provider");
    return std::unexpected(e);
}

} // namespace facet::db
