// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "value/ColumnType.h"
#include "value/Value.h"

namespace facet::db {

/// The column type a parameter is encoded for when the Statement gives none: the value's own kind with no
/// width, length or precision limits. On PostgreSQL it declares int4/int8/float8/numeric/bool/bytea for
/// numbers, booleans and bytes and leaves text-like kinds (String, DateTime, Json, Enum, lists) untyped, so the
/// server reads them as the column they meet (uuid, varchar, timestamptz, jsonb, an enum, an array).
[[nodiscard]] ColumnType inferredParameterType(const Value &value);

/// The type to encode parameter `index` of `statement` for: the Statement's paramTypes entry, else inferred.
[[nodiscard]] ColumnType parameterType(const Statement &statement, qsizetype index);

} // namespace facet::db
