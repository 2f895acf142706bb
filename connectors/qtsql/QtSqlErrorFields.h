// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"

namespace facet::db {

/// Fills DbError::constraint/fields/column/table from a MySQL/MariaDB message, which is all the server says:
/// 1062 "Duplicate entry '1-2' for key 'uniq'" (constraint = uniq; MySQL 8 writes 'table.uniq'),
/// 1452/1451 "... CONSTRAINT `fk` FOREIGN KEY (`a`, `b`) REFERENCES ..." (constraint, fields),
/// 1048 "Column 'x' cannot be null", 1406 "Data too long for column 'x' ...", 1054 "Unknown column 'x' ..."
/// (column, fields).
void completeMySqlError(DbError &error);

/// The same for SQLite: "UNIQUE constraint failed: t.a, t.b" (table t, fields a, b), "NOT NULL constraint
/// failed: t.a" (table, column, fields).
void completeSqliteError(DbError &error);

} // namespace facet::db
