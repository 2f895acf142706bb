// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "pool/ConnectionPool.h"

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace facet::monitor {

/// A steady, realistic mix of statements through a pool, for the panels' benchmark and for screenshots of the
/// panels at work (`facet --workload URL`): point reads, a per-row relation loop (an N+1 pattern), a joined
/// read, updates, optionally a slow statement now and then. Each worker thread paces itself to its share of
/// `statementsPerSecond`. It owns two tables of its own (panel_user, panel_post), created by prepare().
class SyntheticWorkload final {
public:
    struct Options {
        int statementsPerSecond = 5000;
        int workers = 4;
        int statementsPerLease = 20;
        int slowEveryLeases = 0; ///< every Nth lease of worker 0 also runs a ~1.2 s statement; 0: never
    };

    SyntheticWorkload(std::shared_ptr<db::ConnectionPool> pool, Options options);
    ~SyntheticWorkload(); ///< stop()
    SyntheticWorkload(const SyntheticWorkload &) = delete;
    SyntheticWorkload &operator=(const SyntheticWorkload &) = delete;

    /// The workload's tables as Prisma models (User.posts ↔ Post.author), for N+1 relation hints.
    [[nodiscard]] static QString schemaText();

    /// Creates and fills the tables (blocking; not on the GUI thread).
    [[nodiscard]] db::Result<void> prepare();
    void start();
    void stop();

    [[nodiscard]] quint64 statementsRun() const { return m_statements.load(std::memory_order_relaxed); }
    [[nodiscard]] quint64 errors() const { return m_errors.load(std::memory_order_relaxed); }
    [[nodiscard]] QString lastError() const;

private:
    void worker(int index, std::stop_token stop);

    std::shared_ptr<db::ConnectionPool> m_pool;
    Options m_options;
    db::Provider m_provider = db::Provider::PostgreSQL;
    std::vector<std::jthread> m_threads;
    std::atomic<quint64> m_statements{0};
    std::atomic<quint64> m_errors{0};
    mutable std::mutex m_errorMutex;
    QString m_lastError;
};

} // namespace facet::monitor
