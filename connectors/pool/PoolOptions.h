// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"
#include "core/Connection.h"

#include <QString>

#include <chrono>

namespace facet::db {

class ConnectionUrl;

/// How a ConnectionPool behaves. fromUrl() reads Prisma's URL parameters (prisma-facts.md §7); the rest are
/// Facet's own settings.
struct PoolOptions {
    /// connection_limit; Prisma's default physical cores × 2 + 1.
    int connectionLimit = 1;
    /// pool_timeout: how long a request waits for a free connection before P2024; zero waits forever.
    std::chrono::milliseconds poolTimeout{10'000};
    /// max_idle_connection_lifetime: an idle connection older than this is closed; zero keeps it.
    std::chrono::milliseconds idleTimeout{300'000};
    /// max_connection_lifetime: a connection older than this is closed when it is next returned; zero: none.
    std::chrono::milliseconds maxLifetime{0};
    /// A lease held longer than this is reported as a probable leak (the seed's "connection leaks" pitfall);
    /// zero turns detection off.
    std::chrono::milliseconds leakThreshold{60'000};
    /// How parameter values appear in query events.
    MaskPolicy maskPolicy = MaskPolicy::Secrets;
    /// For the pool panel and pool events: the URL's display form (password masked).
    QString name;

    /// Options from a parsed URL: connection_limit (or defaultConnectionLimit()), pool_timeout,
    /// max_idle_connection_lifetime and max_connection_lifetime. connect_timeout is applied by the driver,
    /// which reads it from the same URL.
    [[nodiscard]] static PoolOptions fromUrl(const ConnectionUrl &url);
};

/// Prisma's P2024 for a request that found no free connection in time, with Prisma's wording: "Timed out
/// fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current
/// connection pool timeout: 10, connection limit: 5)". The timeout is in seconds, as Prisma prints it.
[[nodiscard]] DbError poolTimeoutError(std::chrono::milliseconds timeout, int connectionLimit);

} // namespace facet::db
