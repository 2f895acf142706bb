// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/ChangeSet.h"
#include "grid/CellEditing.h"
#include "grid/CellOverlay.h"

namespace facet::edit {

/// One model's window onto the project's ChangeSet, in the grid's terms: the grid's CellOverlay (staged
/// values and row states by primary key and column index) and its CellEditing (a committed cell becomes a
/// stageUpdate with the row as read). Many grids of the same model may share one. GUI thread only.
class ModelChanges final : public grid::CellOverlay, public grid::CellEditing {
public:
    ModelChanges(ChangeSet &changes, QString model);

    [[nodiscard]] const QString &model() const { return m_model; }
    /// The model's editing description: its guard or why it cannot be edited.
    [[nodiscard]] const EditSchema::Model *editModel() const { return m_editModel; }
    [[nodiscard]] const QString &refusal() const { return m_refusal; }
    /// "guard: version field `version`" or "read-only: <why>". The xmin guard needs rows read with xmin
    /// (GridModel::Options::readXmin); a grid whose rows lack it is guarded by the original values, and says so.
    [[nodiscard]] QString guardText(bool rowsCarryXmin = true) const;

    // CellOverlay
    [[nodiscard]] std::optional<db::Value> stagedValue(const db::RowKey &key, int column) const override;
    [[nodiscard]] grid::RowState rowState(const db::RowKey &key) const override;
    [[nodiscard]] QList<grid::InsertedRow> insertedRows() const override;
    // CellEditing
    [[nodiscard]] bool isEditable(int column) const override;
    std::expected<void, QString> stageCell(const db::RowKey &key, const grid::Row &original, int column,
                                           const db::Value &value) override;
    std::expected<void, QString> stageInsertCell(int insertId, int column, const db::Value &value) override;

    /// The grid's row as the change set keeps it (the guard's base).
    [[nodiscard]] RowSnapshot snapshot(const grid::Row &original) const;
    std::expected<void, QString> stageDelete(const db::RowKey &key, const grid::Row &original);
    /// The Prisma field of a column index, or empty.
    [[nodiscard]] QString fieldOf(int column) const;

private:
    ChangeSet &m_changes;
    QString m_model;
    const EditSchema::Model *m_editModel = nullptr;
    QString m_refusal;
    QStringList m_columnNames;
};

} // namespace facet::edit
