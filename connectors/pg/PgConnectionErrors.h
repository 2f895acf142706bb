// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Internal to the libpq layer: turning libpq's results and connection failures into PgResult and DbError.
#pragma once

#include "core/DbError.h"
#include "pg/PgConnection.h"

#include <atomic>

struct pg_conn;
struct pg_result;

namespace facet::db {

/// Columns and text cells of a PGresult (rows of a TUPLES_OK result or of one chunk).
[[nodiscard]] PgResult pgResultFrom(const pg_result *result);
/// The same without copying the cells: takes ownership of `result` and keeps it as PgResult::raw.
[[nodiscard]] PgResult pgResultAdopt(pg_result *result);

/// An error result with every diagnostic field: SQLSTATE, message, detail, hint, constraint, table, column, and
/// for unique violations the key columns parsed from the DETAIL (P2002's `target`).
[[nodiscard]] DbError pgResultError(const pg_result *result, const QString &sql);

/// A failure of the connection itself: P1000/P1003 while connecting, P1017 when an open session broke (the
/// server closed it, pg_terminate_backend, network loss), P1001 otherwise. `result`, when given, supplies
/// the SQLSTATE the server sent before closing (57P01 for a terminated backend).
[[nodiscard]] DbError pgConnectionError(pg_conn *conn, const QString &sql, const pg_result *result = nullptr);

/// Marks a PgConnection busy for the duration of a call, so cancel() from another thread knows whether a
/// statement runs.
class BusyScope {
public:
    explicit BusyScope(std::atomic<bool> &flag)
        : m_flag(flag)
    {
        m_flag.store(true);
    }
    ~BusyScope() { m_flag.store(false); }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    std::atomic<bool> &m_flag;
};

} // namespace facet::db
