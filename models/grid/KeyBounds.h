// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/TableSpec.h"

#include <QList>

#include <optional>

namespace facet::grid {

/// Bounds of a table's order key that place a jump before the anchor index reaches it: the key at a fraction
/// of the table is interpolated between them. Lowest first; empty when nothing usable is known (the grid then
/// reads an OFFSET window).
///
/// PostgreSQL: the planner's histogram (pg_stats.histogram_bounds, about 100 buckets of equal row counts), for
/// integer keys and text keys whose bounds need no quoting. Otherwise, and on every provider, for integer keys:
/// MIN and MAX of the key, two index probes — exact for a dense key, approximate for one with gaps.
[[nodiscard]] db::Result<QList<db::Value>> readKeyBounds(db::Connection &connection, const db::TableSpec &table,
                                                         const QString &column, db::ScalarKind kind);

/// The key at `fraction` (0 … 1) of the rows: linear within the bucket for integer keys, the bucket's lower
/// bound for text keys. Bounds may run highest first (a descending order). nullopt for fewer than two bounds.
[[nodiscard]] std::optional<db::Value> interpolateKey(const QList<db::Value> &bounds, double fraction);

} // namespace facet::grid
