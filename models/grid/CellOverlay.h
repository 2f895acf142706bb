// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "dialect/TableSpec.h"
#include "value/Value.h"

#include <QList>

#include <optional>

namespace facet::grid {

/// What a staged change set does to one row, as the grid highlights it.
enum class RowState { Clean, Edited, Inserted, Deleted };

/// A staged insert as the grid shows it after the database's rows: per column the value given or generated,
/// or nullopt where the database will fill in its default on save.
struct InsertedRow {
    int insertId = -1;
    QList<std::optional<db::Value>> values;
};

/// The editing core's view into the grid: staged values on top of what the database returned. The grid asks
/// it per cell while painting and never stores staged values itself, so staged edits survive sorting,
/// filtering and paging (they are keyed by the row's primary key, not by its position). GUI thread only.
/// When the staged set changes, the implementation calls GridModel::overlayChanged().
class CellOverlay {
public:
    virtual ~CellOverlay() = default;
    /// The staged value of a column (index into the TableSpec's columns), or nullopt when it is not edited.
    [[nodiscard]] virtual std::optional<db::Value> stagedValue(const db::RowKey &key, int column) const = 0;
    [[nodiscard]] virtual RowState rowState(const db::RowKey &key) const = 0;
    /// The staged inserts of the grid's model, in staging order (read once per overlayChanged()).
    [[nodiscard]] virtual QList<InsertedRow> insertedRows() const { return {}; }
};

} // namespace facet::grid
