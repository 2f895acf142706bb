// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The interactive transaction, like Prisma's `$transaction(async tx => …)`: a function runs against one
// connection inside a transaction that commits when it succeeds and rolls back on any error or exception.
//
//     auto saved = withTransaction(conn, {IsolationLevel::Serializable, 3}, [&](Connection &tx) -> Result<int> {
//         auto r = tx.execute(update);
//         if (!r) return std::unexpected(r.error());
//         return int(r->affectedRows);
//     });
#pragma once

#include "core/Connection.h"

#include <QString>

#include <exception>
#include <type_traits>
#include <utility>

namespace facet::db {

struct TransactionOptions {
    IsolationLevel isolation = IsolationLevel::Default;
    /// Extra attempts after a write conflict or deadlock (P2034), each one running the function again from
    /// the start in a fresh transaction. 0: no retry.
    int maxRetries = 0;
};

namespace detail {

template <typename R>
struct IsResult : std::false_type {};
template <typename T>
struct IsResult<std::expected<T, DbError>> : std::true_type {};

/// Rolls back unless released: the exception path of withTransaction.
class RollbackGuard {
public:
    RollbackGuard(Connection &connection, QString savepoint)
        : m_connection(connection)
        , m_savepoint(std::move(savepoint))
    {
    }
    ~RollbackGuard()
    {
        if (!m_active)
            return;
        if (m_savepoint.isEmpty())
            (void)m_connection.rollback();
        else
            (void)m_connection.rollbackToSavepoint(m_savepoint);
    }
    void release() { m_active = false; }
    RollbackGuard(const RollbackGuard &) = delete;
    RollbackGuard &operator=(const RollbackGuard &) = delete;

private:
    Connection &m_connection;
    QString m_savepoint;
    bool m_active = true;
};

/// A savepoint name for a nested withTransaction, unique per nesting depth.
[[nodiscard]] QString nestedSavepointName(const Connection &connection);

} // namespace detail

/// Runs `fn(connection)` in a transaction. `fn` returns a Result<T>; an error Result or an exception rolls back
/// (the exception is rethrown after the rollback, as Prisma rejects with the callback's error), success
/// commits and returns the value. Called while a transaction is already open, it nests with a savepoint
/// instead (rolled back to on failure, released on success; no retries there, the outer transaction owns
/// them). A failed commit is returned as the error; P2034 on the function or the commit retries when asked.
template <typename F>
auto withTransaction(Connection &connection, TransactionOptions options, F &&fn)
    -> std::invoke_result_t<F &, Connection &>
{
    using R = std::invoke_result_t<F &, Connection &>;
    static_assert(detail::IsResult<R>::value, "the transaction function must return facet::db::Result<T>");

    if (connection.inTransaction()) {
        const QString name = detail::nestedSavepointName(connection);
        if (auto r = connection.savepoint(name); !r)
            return std::unexpected(r.error());
        detail::RollbackGuard guard(connection, name);
        R result = fn(connection);
        if (!result)
            return result; // the guard rolls back to the savepoint
        guard.release();
        if (auto r = connection.releaseSavepoint(name); !r)
            return std::unexpected(r.error());
        return result;
    }

    for (int attempt = 0;; ++attempt) {
        if (auto r = connection.begin(options.isolation); !r)
            return std::unexpected(r.error());
        const bool retryable = attempt < options.maxRetries;
        detail::RollbackGuard guard(connection, {});
        R result = fn(connection);
        if (!result) {
            guard.release();
            (void)connection.rollback();
            if (retryable && result.error().prismaCode == QStringLiteral("P2034"))
                continue;
            return result;
        }
        guard.release();
        if (auto r = connection.commit(); !r) {
            if (connection.inTransaction())
                (void)connection.rollback();
            if (retryable && r.error().prismaCode == QStringLiteral("P2034"))
                continue;
            return std::unexpected(r.error());
        }
        return result;
    }
}

/// withTransaction with only an isolation level (no retries).
template <typename F>
auto withTransaction(Connection &connection, IsolationLevel isolation, F &&fn)
{
    return withTransaction(connection, TransactionOptions{isolation, 0}, std::forward<F>(fn));
}

} // namespace facet::db
