// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>

namespace facet::db {

// Maps native database error codes to the Prisma error codes users know from Prisma Client and Migrate
// (prisma-facts.md §5). An empty result means no Prisma code applies; the native code is kept regardless.

/// PostgreSQL SQLSTATE (e.g. "23505") → Prisma code ("P2002").
[[nodiscard]] QString prismaCodeForSqlState(QStringView sqlState);

/// MySQL/MariaDB server or client error number (e.g. 1062) → Prisma code.
[[nodiscard]] QString prismaCodeForMySqlError(int errorNumber);

/// SQLite extended result code (e.g. 2067 SQLITE_CONSTRAINT_UNIQUE) → Prisma code.
[[nodiscard]] QString prismaCodeForSqliteError(int extendedCode);

} // namespace facet::db
