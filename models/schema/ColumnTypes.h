// SPDX-License-Identifier: MIT
#pragma once

#include "ResolvedSchema.h"

#include <QString>
#include <QStringList>

// Database-side names and types Prisma Migrate derives from a schema (prisma-facts §2, §3): the column
// type of a field per provider and the default constraint names.
namespace facet::schema {

// The type Migrate writes for a scalar without @db.* ("TEXT", "VARCHAR(191)", "DATETIME", …); empty for Unknown.
[[nodiscard]] QString defaultColumnType(ScalarType type, Provider provider);
// The DDL spelling of a native type ("VARCHAR(255)", "DOUBLE PRECISION", "INTEGER UNSIGNED").
[[nodiscard]] QString nativeColumnType(const NativeType &type, Provider provider);
// The column type of a field on `provider`: native type, else the default, with PostgreSQL's SERIAL forms for
// autoincrement, enum types ("\"Role\"" on PostgreSQL, "ENUM('A', 'B')" on MySQL, "TEXT" on SQLite),
// Unsupported text verbatim and "[]" for lists. Empty for relation and composite fields.
[[nodiscard]] QString effectiveColumnType(const ResolvedSchema &schema, const ResolvedField &field, Provider provider);

// Longest identifier the database accepts (PostgreSQL 63, MySQL 64, SQLite 10000, SQL Server 128).
[[nodiscard]] int identifierLengthLimit(Provider provider);
// `{table}_{col1}_{col2}{suffix}` cut before the suffix so the whole fits the provider's limit
// (psl-core constraint_names.rs). suffix: "_pkey", "_key", "_idx", "_fkey".
[[nodiscard]] QString constraintName(QStringView table, const QStringList &columns, QStringView suffix, Provider provider);

} // namespace facet::schema
