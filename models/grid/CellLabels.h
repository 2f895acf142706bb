// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QList>
#include <QString>

namespace facet::grid {

/// Readable labels next to raw cells: a foreign key shows its related record's display field ("42 · Alice").
/// The grid asks while painting; the source fetches in batches and calls GridModel::labelsChanged().
/// GUI thread only.
class CellLabels {
public:
    virtual ~CellLabels() = default;
    /// The label for the value in a column (index into the TableSpec's columns), or empty when none (yet).
    /// `row` is the row as read: a composite foreign key's label depends on the row's other key columns
    /// (`value` stands in for the row's cell in `column`, which may be a staged value).
    [[nodiscard]] virtual QString label(int column, const db::Value &value, const QList<db::Value> &row) const = 0;
};

} // namespace facet::grid
