// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/EventBus.h"
#include "core/Connection.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace facet::db {

enum class PoolConnectionState { Opening, Idle, Busy, InTransaction, Closing };
[[nodiscard]] QString poolConnectionStateName(PoolConnectionState state); ///< "opening", "idle", ...

/// One pooled connection as the pool panel shows it. Times are milliseconds.
struct PoolConnectionInfo {
    quint64 connectionId = 0;          ///< Connection::id(); 0 while opening
    qint64 sessionId = 0;              ///< server backend pid / CONNECTION_ID(); 0 for SQLite
    PoolConnectionState state = PoolConnectionState::Opening;
    qint64 ageMs = 0;
    QString currentSql;                ///< the statement running now, if any
    qint64 statementMs = 0;            ///< how long it has been running
    qint64 idleInTransactionMs = 0;    ///< in a transaction with no statement running, for this long
    QueryOrigin origin = QueryOrigin::Internal; ///< the borrower, while leased
    QString action;
    qint64 leasedMs = 0;               ///< how long the current lease has lasted
    bool probableLeak = false;         ///< leased longer than PoolOptions::leakThreshold
    quint64 statements = 0;            ///< run on this connection so far
};

/// The pool at one moment: a plain value for any thread.
struct PoolSnapshot {
    QString name;
    int limit = 0;
    int open = 0;     ///< connected (idle + busy)
    int busy = 0;     ///< leased (including in-transaction)
    int idle = 0;
    int opening = 0;
    int waiters = 0;  ///< requests queued for a connection
    qint64 oldestWaitMs = 0;
    bool shutDown = false;
    QList<PoolConnectionInfo> connections;
};

enum class PoolEventKind {
    ConnectionOpened,
    ConnectionClosed,
    ConnectionBroken, ///< found broken (after an error, or by ping) and closed; a new one replaces it on demand
    ConnectFailed,
    Timeout,          ///< a request gave up waiting (P2024)
    ProbableLeak,     ///< a lease passed the leak threshold
};
[[nodiscard]] QString poolEventKindName(PoolEventKind kind);

/// Something the pool did, for the pool panel's log and for tests.
struct PoolEvent {
    quint64 id = 0;
    QDateTime timestamp;
    PoolEventKind kind = PoolEventKind::ConnectionOpened;
    QString pool;
    quint64 connectionId = 0;
    QueryOrigin origin = QueryOrigin::Internal;
    QString action;
    qint64 heldMs = 0;  ///< ProbableLeak: how long the lease had been held; Timeout: how long it waited
    QString message;
};

using PoolEventBus = EventBus<PoolEvent>;
using PoolEventSubscription = EventSubscription<PoolEvent>;

} // namespace facet::db
