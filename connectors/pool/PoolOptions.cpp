// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "pool/PoolOptions.h"

#include "url/ConnectionUrl.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace facet::db {

PoolOptions PoolOptions::fromUrl(const ConnectionUrl &url)
{
    using std::chrono::seconds;
    PoolOptions options;
    options.connectionLimit = std::max(1, url.effectiveConnectionLimit());
    options.poolTimeout = seconds(url.poolTimeoutSeconds());
    options.idleTimeout = seconds(url.maxIdleConnectionLifetimeSeconds());
    options.maxLifetime = seconds(url.maxConnectionLifetimeSeconds().value_or(0));
    options.name = url.toDisplayString();
    return options;
}

DbError poolTimeoutError(std::chrono::milliseconds timeout, int connectionLimit)
{
    DbError error;
    error.prismaCode = u"P2024"_s;
    error.message = u"Timed out fetching a new connection from the connection pool. More info: "
                    "http://pris.ly/d/connection-pool (Current connection pool timeout: %1, connection limit: %2)"_s
                        .arg(QString::number(double(timeout.count()) / 1000.0, 'g', QLocale::FloatingPointShortest),
                             QString::number(connectionLimit));
    return error;
}

} // namespace facet::db
