// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/Dialect.h"
#include "dialect/TableSpec.h"

namespace facet::db {

/// How buildSelectByKeys matches a key of more than one column.
enum class KeyMatch {
    Auto,       ///< row values where the dialect has them, else OrOfAnds
    RowValues,  ///< `("a", "b") IN (($1, $2), …)`; SQLite ≥ 3.15 spells the list `IN (VALUES (?, ?), …)`
    OrOfAnds,   ///< `("a" = $1 AND "b" = $2) OR …`: every SQL database
};

/// SELECT `columns` FROM the table WHERE the key columns `keyColumns` equal one of `keys` (each a value per key
/// column, in the same order): one statement for a whole page of keys, never one per key. One key column
/// writes a plain `"a" IN ($1, …)`. Values are bound with the key columns' comparison types. No keys, a key
/// of the wrong width or a NULL in a key is an error (a NULL never equals anything: leave such keys out).
[[nodiscard]] Result<Statement> buildSelectByKeys(const Dialect &dialect, const TableSpec &table, const QStringList &columns,
                                                  const QStringList &keyColumns, const QList<QList<Value>> &keys,
                                                  KeyMatch match = KeyMatch::Auto);

} // namespace facet::db
