// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace facet::db {

/// How parameter values appear in query events (and so in the query panel and exported logs).
enum class MaskPolicy {
    All,     ///< only the kind: `<String>`, `<Int>`; for screenshots and shared logs
    Secrets, ///< text-like values (String, Json, Bytes, lists) by length only, numbers/dates/booleans/enums clear
    None,    ///< every value clear (strings quoted and cut at 200 characters, bytes as a hex prefix)
};

/// What kind of call produced the event: a statement, or transaction control the connection issued itself.
enum class QueryKind { Statement, Stream, Batch, Begin, Commit, Rollback, Savepoint };

/// One statement as it ran. A plain value: safe to copy to any thread, cheap to copy (implicitly shared
/// strings). Times are microseconds.
struct QueryEvent {
    quint64 id = 0;                ///< unique per bus, increasing in publish order
    QDateTime timestamp;           ///< UTC, when the statement was sent
    QueryKind kind = QueryKind::Statement;
    QString sql;                   ///< as sent, with placeholders; values are never inlined
    QString fingerprint;           ///< sqlFingerprint(sql)
    quint64 fingerprintId = 0;     ///< fingerprintId(fingerprint)
    QStringList params;            ///< rendered by the bus's MaskPolicy, one per bound value
    QueryOrigin origin = QueryOrigin::Internal;
    QString model;
    QString action;
    Provider provider = Provider::SQLite;
    quint64 connectionId = 0;
    qint64 queueWaitUs = 0;        ///< waiting for a pool connection (first statement of a lease only)
    qint64 executeUs = 0;
    qint64 fetchUs = 0;
    qint64 rows = 0;               ///< rows returned, or rows affected for a command without a result set
    bool inTransaction = false;    ///< ran inside an explicit transaction
    bool failed = false;
    QString error;                 ///< DbError::summary() when failed
    QString errorCode;             ///< the Prisma code of the error ("P2002"), when it has one

    [[nodiscard]] qint64 durationUs() const { return queueWaitUs + executeUs + fetchUs; }
    /// Prisma's query event `params` text: `["a",1,true]` (masked values appear as their masked form).
    [[nodiscard]] QString paramsText() const;
};

/// One parameter value rendered for an event under `policy`.
[[nodiscard]] QString renderParameter(const Value &value, MaskPolicy policy);
[[nodiscard]] QStringList renderParameters(const QList<Value> &values, MaskPolicy policy);

[[nodiscard]] QString queryKindName(QueryKind kind); ///< "statement", "stream", "batch", "begin", ...

} // namespace facet::db
