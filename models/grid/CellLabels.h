// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QString>

namespace facet::grid {

/// Readable labels next to raw cells: a foreign key shows its related record's display field ("42 · Alice").
/// The grid asks while painting; the source fetches in batches and calls GridModel::labelsChanged().
/// GUI thread only.
class CellLabels {
public:
    virtual ~CellLabels() = default;
    /// The label for the value in a column (index into the TableSpec's columns), or empty when none (yet).
    [[nodiscard]] virtual QString label(int column, const db::Value &value) const = 0;
};

} // namespace facet::grid
