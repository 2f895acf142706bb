// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "dialect/TableSpec.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace facet::grid {

/// What places a jump before the anchor index reaches it: the order key's value at a fraction of the table is
/// interpolated between these bounds. Lowest first; empty when nothing usable is known (the grid then reads an
/// OFFSET window).
struct KeyBounds {
    QList<db::Value> bounds;
    double nullFraction = 0; ///< rows whose key is NULL: outside the bounds, first or last as the order puts NULLs
};

/// PostgreSQL: the planner's histogram (pg_stats.histogram_bounds, about 100 buckets of equal row counts, and
/// null_frac), for integer and text columns. Otherwise, on every provider, for an integer key when
/// `keyIndexed` (MIN and MAX are then two index probes): MIN and MAX — exact for a dense key, approximate for
/// one with gaps.
[[nodiscard]] db::Result<KeyBounds> readKeyBounds(db::Connection &connection, const db::TableSpec &table,
                                                  const QString &column, db::ScalarKind kind, bool keyIndexed);

/// The elements of a PostgreSQL array's text form (`{1,2}`, `{"a b",c}`, quotes and backslashes escaped);
/// nullopt when the text is not one (or holds NULL elements).
[[nodiscard]] std::optional<QStringList> parsePgArrayText(const QString &text);

/// The key at `fraction` (0 … 1) of the rows: linear within the bucket for integer keys, the bucket's lower
/// bound for text keys. Bounds may run highest first (a descending order). nullopt for fewer than two bounds.
[[nodiscard]] std::optional<db::Value> interpolateKey(const QList<db::Value> &bounds, double fraction);

} // namespace facet::grid
