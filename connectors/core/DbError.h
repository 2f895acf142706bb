// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace facet::db {

/// A database error as a value. The core returns these instead of throwing or showing dialogs; the UI
/// decides how to present them. `prismaCode` is the Prisma error code the failure maps to (P1001, P2002, ...)
/// when one applies, so users who know Prisma recognise it; the native code and text are always kept.
struct DbError {
    QString prismaCode;  ///< e.g. u"P1001"; empty when no Prisma code applies
    QString sqlState;    ///< five-character SQLSTATE where the database reports one
    int nativeCode = 0;  ///< MySQL/SQLite error number, 0 when none
    QString message;     ///< the database's (or Facet's) primary message, never containing a password
    QString detail;      ///< DETAIL / secondary text
    QString hint;
    QString constraint;  ///< violated constraint name, when known
    QString statement;   ///< the SQL that failed (parameters are never inlined)
    QString table;       ///< table of the violated constraint or the missing column, when the database says
    QString column;      ///< column of a NOT NULL / too-long / missing-column error, when the database says
    /// P2002's `target`: the constraint's columns (PostgreSQL "Key (a, b)=", SQLite "t.a, t.b"); empty when
    /// only the constraint (index) name is known, as on MySQL.
    QStringList fields;
    int statementIndex = -1; ///< executeBatch: index of the statement that failed; -1 otherwise

    /// One line for logs and the command line: "P2002 (23505): duplicate key value ...".
    [[nodiscard]] QString summary() const;
};

template <typename T>
using Result = std::expected<T, DbError>;

} // namespace facet::db
