// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "pool/ConnectionPool.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

namespace facet::db {

/// One shared pool per database URL (the seed's singleton client, reused across work), and the bus, metrics
/// and pool events that all its pools share, so the query panel and `$metrics`-style export see the whole
/// process.
///
/// The studio and the command line use shared(), the one process-wide registry and the only mutable global
/// in the connectors layer; it is thread-safe. Tests make their own registries.
class PoolRegistry final {
public:
    PoolRegistry();
    ~PoolRegistry(); ///< shuts every pool down
    PoolRegistry(const PoolRegistry &) = delete;
    PoolRegistry &operator=(const PoolRegistry &) = delete;

    /// The process-wide registry (created on first use, thread-safe).
    [[nodiscard]] static PoolRegistry &shared();

    /// The pool for `url` (parsed with Prisma's rules; P1013 when unusable), created on first use with
    /// PoolOptions::fromUrl. The same URL text and options give the same pool.
    [[nodiscard]] Result<std::shared_ptr<ConnectionPool>> pool(const QString &url, const ConnectOptions &options = {},
                                                               const QString &baseFolder = {});
    /// As above with options adjusted by `tweak` when the pool is created (tests: a short timeout).
    [[nodiscard]] Result<std::shared_ptr<ConnectionPool>> pool(const QString &url, const ConnectOptions &options,
                                                               const std::function<void(PoolOptions &)> &tweak,
                                                               const QString &baseFolder = {});

    [[nodiscard]] QList<std::shared_ptr<ConnectionPool>> pools() const;
    [[nodiscard]] const std::shared_ptr<QueryBus> &bus() const { return m_services.bus; }
    [[nodiscard]] const std::shared_ptr<PoolMetrics> &metrics() const { return m_services.metrics; }
    [[nodiscard]] const std::shared_ptr<PoolEventBus> &events() const { return m_services.events; }
    /// How parameters show in the events of every pool of this registry (the query panel's setting).
    [[nodiscard]] const std::shared_ptr<ParameterMasking> &masking() const { return m_services.masking; }

    /// Shuts down and forgets every pool (the next pool() call creates a fresh one).
    void shutdownAll(std::chrono::milliseconds grace = std::chrono::seconds(5));

private:
    ConnectionPool::Services m_services;
    mutable std::mutex m_mutex;
    QHash<QString, std::shared_ptr<ConnectionPool>> m_pools;
};

} // namespace facet::db
