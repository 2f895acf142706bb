// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>

namespace facet::db {

/// What a Value holds, named after Prisma's scalar types. Null is SQL NULL (no value, of any column type);
/// List is a PostgreSQL array (Prisma's `T[]`). There is no Uuid kind: Prisma's scalar for `@db.Uuid` is String,
/// so a uuid travels as a String and the column type (ColumnType::isUuid) makes codecs check and cast it.
enum class ScalarKind {
    Null,
    Int,      ///< 32-bit signed, Prisma's Int
    BigInt,   ///< 64-bit signed, never a double
    Float,    ///< IEEE double, NaN/±Inf where the database allows them
    Decimal,  ///< exact digits (facet::db::Decimal)
    Boolean,
    String,
    DateTime, ///< facet::db::DateTime (µs, optional zone)
    Json,     ///< facet::db::Json (exact text)
    Bytes,
    Enum,     ///< label of a Prisma enum
    List,     ///< PostgreSQL array of Values
};

/// The Prisma name: "Int", "BigInt", ... ("Null", "List" for the two non-scalar kinds).
[[nodiscard]] QString scalarKindName(ScalarKind kind);

} // namespace facet::db
