// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;

namespace facet::db {

/// One cell as PostgreSQL sent it in text format; std::nullopt is SQL NULL (distinct from an empty value).
using PgCell = std::optional<QByteArray>;

/// A fully received result: column names, rows of text cells, and the affected-row count of a command.
/// columnTypes/columnTypmods are PostgreSQL's type OID and type modifier per column (PQftype/PQfmod), which
/// PgValueCodec needs to read a cell exactly (numeric(65,30), timestamp(3), varchar(191), ...).
struct PgResult {
    QStringList columns;
    QList<quint32> columnTypes;
    QList<int> columnTypmods;
    QList<QList<PgCell>> rows;
    qint64 affectedRows = 0;
};

/// A libpq connection. Owns one PGconn; not copyable. Not thread-safe: it must be used from one thread at a
/// time (the pool gives each connection its own worker thread). Values are always sent as bound parameters.
class PgConnection final {
public:
    /// Connects with a libpq conninfo string or URI. Fails with P1001 (unreachable), P1000 (authentication)
    /// or P1003 (no such database), carrying libpq's message with any password removed.
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> connect(const QByteArray &conninfo);

    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs one statement with text-format parameters ($1, $2, ...; std::nullopt binds NULL). paramTypes, when
    /// given, names each parameter's type OID (0 lets the server infer it); shorter lists leave the rest to
    /// the server.
    [[nodiscard]] Result<PgResult> exec(const QString &sql, const QList<PgCell> &params = {},
                                        const QList<quint32> &paramTypes = {});

    /// Server version as libpq reports it, e.g. 170002 for 17.2.
    [[nodiscard]] int serverVersion() const;

    /// True while the socket is usable; false after the server went away.
    [[nodiscard]] bool isOpen() const;

private:
    explicit PgConnection(pg_conn *conn);
    pg_conn *m_conn;
};

} // namespace facet::db
