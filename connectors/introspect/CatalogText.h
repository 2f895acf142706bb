// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "introspect/IntrospectedSchema.h"
#include "value/Value.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

/// Pure helpers that turn what catalogs report into IntrospectedSchema values: reading cells whatever the
/// driver decoded them as, and normalising type names and referential actions. Kept apart from the
/// queries so they can be tested without a database.
namespace facet::db::catalog {

/// Catalog cells arrive as whatever the provider's codec makes of the catalog's column types (PostgreSQL
/// `name` as String, MySQL BIGINT UNSIGNED as Decimal or BigInt, SQLite pragma results by storage class);
/// these readers accept any reasonable kind.
[[nodiscard]] QString text(const Value &cell);                 ///< NULL → a null QString
[[nodiscard]] std::optional<QString> optionalText(const Value &cell);
[[nodiscard]] qint64 integer(const Value &cell, qint64 ifNull = -1);
[[nodiscard]] bool boolean(const Value &cell);                 ///< true, non-zero, "YES", "t", "true", "1"

/// Lower-cases SQL type text outside single- and double-quoted parts (enum labels and type names keep case).
[[nodiscard]] QString lowerOutsideQuotes(QStringView text);
/// The type name without arguments, array suffix or attributes: "varchar(191)" → "varchar",
/// "text[]" → "text", "int unsigned" → "int", "double precision" → "double precision".
[[nodiscard]] QString baseTypeName(QStringView nativeType);

/// PostgreSQL format_type() text in the spelling Prisma Migrate writes: "timestamp(3) without time zone" →
/// "timestamp(3)", "timestamp with time zone" → "timestamptz", "character varying(191)" → "varchar(191)",
/// "character(1)" → "char(1)", "numeric(65,30)" → "decimal(65,30)", "bit varying" → "varbit"; arrays keep "[]".
[[nodiscard]] QString normalizePgType(QStringView formatted);

struct TypeLimits {
    int maxLength = -1;
    int precision = -1;
    int scale = -1;
};
/// Length, precision and scale from a PostgreSQL typmod for the (element) type `typname` (pg_type.typname:
/// varchar, bpchar, bit, varbit, numeric, timestamp, timestamptz, time, timetz).
[[nodiscard]] TypeLimits pgTypeLimits(QStringView typname, int typmod);
/// pg_constraint.confdeltype / confupdtype: a, r, c, n, d.
[[nodiscard]] ReferentialAction pgAction(QStringView code);

/// MySQL/MariaDB COLUMN_TYPE, lower-cased outside quotes and without integer display widths ("int(11)" →
/// "int", "bigint(20) unsigned" → "bigint unsigned"), except tinyint(1), which Prisma reads as Boolean.
[[nodiscard]] QString normalizeMySqlType(QStringView columnType);
/// The labels of `enum('A','it''s')` in order; empty when the type is not an ENUM.
[[nodiscard]] QStringList mySqlEnumLabels(QStringView columnType);
/// A rule as MySQL's REFERENTIAL_CONSTRAINTS and SQLite's pragma_foreign_key_list spell it: "CASCADE",
/// "SET NULL", "NO ACTION", "RESTRICT", "SET DEFAULT".
[[nodiscard]] std::optional<ReferentialAction> actionFromRule(QStringView rule);

/// SQLite keeps foreign key names only in the CREATE TABLE text: `CONSTRAINT "posts_author_id_fkey" FOREIGN
/// KEY ("author_id") REFERENCES …`. Maps the constrained columns (joined with '\x1f') to the name.
[[nodiscard]] QHash<QString, QString> sqliteForeignKeyNames(QStringView createTableSql);
/// Key for sqliteForeignKeyNames: column names joined with '\x1f'.
[[nodiscard]] QString columnsKey(const QStringList &columns);
/// `"a""b"`, `` `a` ``, `[a]` or a bare word → the name.
[[nodiscard]] QString unquoteSqliteIdentifier(QStringView text);

} // namespace facet::db::catalog
