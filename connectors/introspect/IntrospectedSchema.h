// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace facet::db {

/// A foreign key's ON DELETE / ON UPDATE behaviour, named as in Prisma's schema (`onDelete: Cascade`).
enum class ReferentialAction { NoAction, Restrict, Cascade, SetNull, SetDefault };
/// "NoAction", "Restrict", "Cascade", "SetNull", "SetDefault".
[[nodiscard]] QString referentialActionName(ReferentialAction action);

/// One column as the database stores it. Names are as stored (case kept); `nativeType` is the DDL spelling
/// Prisma Migrate writes, lower-cased outside quotes: "integer", "varchar(191)", "timestamp(3)",
/// "timestamptz(6)", "decimal(65,30)", "double precision", "jsonb", "text[]", `"Role"` (a PostgreSQL enum,
/// name case kept), "enum('USER','ADMIN')" (MySQL; labels case kept), "int unsigned", "tinyint(1)", "datetime".
struct IntrospectedColumn {
    QString name;
    int position = 0;          ///< 1-based, in table order
    QString nativeType;
    QString dataType;          ///< the base type name without arguments: "varchar", "timestamp", "enum", "integer"
    bool isList = false;       ///< PostgreSQL array
    bool nullable = true;
    std::optional<QString> defaultExpression; ///< as the database reports it; nullopt = no default
    bool autoIncrement = false; ///< SERIAL (nextval default), identity, AUTO_INCREMENT, SQLite rowid alias
    QString identity;           ///< PostgreSQL identity: "always", "by default", or empty
    bool generated = false;     ///< a generated (computed) column
    int maxLength = -1;         ///< character/byte types with a length
    int precision = -1;         ///< decimal precision; datetime/time: fraction digits
    int scale = -1;             ///< decimal scale
    QString enumSchema;         ///< PostgreSQL: the enum type's schema
    QString enumName;           ///< PostgreSQL: the enum type; MySQL: `{table}_{column}` (Prisma's naming)
    QStringList enumLabels;     ///< MySQL inline ENUM('..') labels, in order
};

struct IntrospectedPrimaryKey {
    QString name;        ///< PostgreSQL `{table}_pkey`, MySQL "PRIMARY", SQLite empty (unnamed)
    QStringList columns; ///< in key order
};

struct IntrospectedIndexColumn {
    QString column;     ///< empty for an expression
    QString expression; ///< the expression's text, for expression indexes
    bool descending = false;
};

/// Any index except the primary key's, unique or not.
struct IntrospectedIndex {
    QString name;
    bool unique = false;
    /// Created as a UNIQUE constraint (PostgreSQL pg_constraint, SQLite inline UNIQUE) rather than by
    /// CREATE UNIQUE INDEX, which is what Prisma Migrate writes. MySQL does not tell the two apart: false.
    bool constraint = false;
    QList<IntrospectedIndexColumn> columns;
    QString method;    ///< "btree", "hash", "gin", … (PostgreSQL, MySQL); empty on SQLite
    QString predicate; ///< partial index WHERE text, when there is one
    [[nodiscard]] QStringList columnNames() const;
};

struct IntrospectedForeignKey {
    QString name;               ///< constraint name (SQLite: from the CREATE TABLE text; empty when unnamed)
    QStringList columns;
    QString referencedSchema;   ///< empty on SQLite
    QString referencedTable;
    QStringList referencedColumns;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;
};

struct IntrospectedTable {
    QString schema; ///< PostgreSQL schema, MySQL database, SQLite "main"
    QString name;
    QList<IntrospectedColumn> columns;
    std::optional<IntrospectedPrimaryKey> primaryKey;
    QList<IntrospectedIndex> indexes; ///< by name
    QList<IntrospectedForeignKey> foreignKeys; ///< by name

    [[nodiscard]] const IntrospectedColumn *column(QStringView columnName) const;
    [[nodiscard]] const IntrospectedIndex *index(QStringView indexName) const;
    [[nodiscard]] const IntrospectedForeignKey *foreignKey(QStringView constraintName) const;
    /// Unique indexes and unique constraints.
    [[nodiscard]] QList<IntrospectedIndex> uniques() const;
};

/// A PostgreSQL enum type (labels in their sort order), or a MySQL inline ENUM column as Prisma introspection
/// names it (`{table}_{column}`).
struct IntrospectedEnum {
    QString schema;
    QString name;
    QStringList labels;
};

struct IntrospectedView {
    QString schema;
    QString name;
    QString definition; ///< the SELECT as the database prints it (PostgreSQL pg_get_viewdef, MySQL, SQLite's CREATE VIEW)
    bool materialized = false;
};

/// What a live database holds, as plain values sorted by schema and name, ready to compare with the resolved
/// Prisma schema (docs/ARCHITECTURE.md "Introspection").
struct IntrospectedSchema {
    QList<IntrospectedTable> tables;
    QList<IntrospectedEnum> enums;
    QList<IntrospectedView> views;

    /// The table called `name`; with an empty schema, the first of that name in any schema.
    [[nodiscard]] const IntrospectedTable *table(QStringView name, QStringView schema = {}) const;
    [[nodiscard]] const IntrospectedEnum *enumType(QStringView name, QStringView schema = {}) const;
    [[nodiscard]] const IntrospectedView *view(QStringView name, QStringView schema = {}) const;
};

} // namespace facet::db
