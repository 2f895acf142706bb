// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "grid/PageCache.h"

#include "dialect/TableSpec.h"
#include "value/Value.h"

#include <QString>

#include <expected>

namespace facet::grid {

/// The editing core's intake from the grid: GridModel::setData hands a committed cell here instead of
/// storing it, so the staged value lives in the change set (keyed by primary key) and the grid shows it
/// through its CellOverlay. GUI thread only.
class CellEditing {
public:
    virtual ~CellEditing() = default;
    /// Whether a column (index into the TableSpec's columns) can be edited at all (not a key, not the guard's
    /// version field, the model is writable).
    [[nodiscard]] virtual bool isEditable(int column) const = 0;
    /// Stages `value` for a column of the row `key`, read as `original` (TableSpec column order, as the
    /// database returned it). Refuses with one line saying why.
    virtual std::expected<void, QString> stageCell(const db::RowKey &key, const Row &original, int column,
                                                   const db::Value &value) = 0;
    /// Sets a column of a staged insert (InsertedRow::insertId).
    virtual std::expected<void, QString> stageInsertCell(int insertId, int column, const db::Value &value) = 0;
};

} // namespace facet::grid
