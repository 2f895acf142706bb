// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/CellColumn.h"
#include "cellinput/RelationSearch.h"
#include "edit/ChangeSet.h"
#include "edit/SaveOutcome.h"
#include "grid/CellLabels.h"
#include "grid/PageCache.h"
#include "mapping/ModelTable.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace facet::edit {

/// One record as an item model for the record view: one row per field (the model's columns in table
/// order), one column with the value. It edits through the project's ChangeSet exactly as the grid does (a
/// committed value is a stageUpdate with the row as read, or a setInsertValue of a staged insert) and shows
/// what the ChangeSet holds: every change of the set (a grid edit, an undo, a save) repaints it, so the form and
/// the grid never disagree. The roles are the grid's (GridModel::Role, cellinput/CellRoles.h), so the grid's
/// cell painting and the type-aware editors work on it unchanged. GUI thread only.
class RecordModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    /// A row of the database: its primary key and the row as read (TableSpec column order, as
    /// GridModel::originalRow). `changes` nullptr shows it read-only.
    RecordModel(ChangeSet *changes, mapping::ModelTable table, QList<cellinput::CellColumn> cells, db::RowKey key,
                grid::Row original, QObject *parent = nullptr);
    /// A staged insert (its number in the change set).
    RecordModel(ChangeSet *changes, mapping::ModelTable table, QList<cellinput::CellColumn> cells, int insertId,
                QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole with a db::Value: staged in the ChangeSet; a refusal returns false and emits editRefused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] const mapping::ModelTable &modelTable() const { return m_table; }
    /// The staged row's identity in the change set (the insert's until it is saved, then the row's).
    [[nodiscard]] RowId rowId() const;
    [[nodiscard]] bool isInsert() const { return m_insertId >= 0; }
    [[nodiscard]] int insertId() const { return m_insertId; }
    [[nodiscard]] const std::optional<db::RowKey> &key() const { return m_key; }
    /// False once a staged insert was discarded (undone, deleted): the form has nothing left to edit.
    [[nodiscard]] bool exists() const;
    [[nodiscard]] ChangeSet::RowState rowState() const;
    /// The value a field shows: the staged one when there is one, else the database's (Prisma-presented).
    [[nodiscard]] db::Value shownValue(int column) const;
    /// The row as read from the database (empty for a staged insert): relation labels of composite keys read
    /// their other columns from it.
    [[nodiscard]] const grid::Row &originalRow() const { return m_original; }
    /// The database's value as read (raw, as the grid holds it); NULL for an insert.
    [[nodiscard]] db::Value originalValue(int column) const;
    /// Whether the field holds a staged value.
    [[nodiscard]] bool isStaged(int column) const;
    [[nodiscard]] int columnOfField(QStringView field) const;

    /// Labels beside foreign keys (the grid's relation labels), and the targets the relation picker searches.
    void setLabels(const grid::CellLabels *labels);
    void setRelationTargets(QHash<int, cellinput::RelationTarget> targets) { m_targets = std::move(targets); }

    /// The database's row was read again (the grid re-read it): shown from now on.
    void setOriginal(grid::Row original);
    /// After a save: a saved row of this record (an insert gets its key) becomes the record as read.
    void adoptSaved(const QList<SavedRow> &saved);

Q_SIGNALS:
    /// A value was refused: the field's index and one line saying why.
    void editRefused(const QModelIndex &index, const QString &message);
    /// The record's identity or state changed (a staged insert saved or discarded, a delete staged).
    void recordChanged();

private:
    [[nodiscard]] std::optional<db::Value> stagedValue(int column) const;
    [[nodiscard]] RowSnapshot snapshot() const;
    void refreshAll();

    ChangeSet *m_changes;
    mapping::ModelTable m_table;
    QList<cellinput::CellColumn> m_cells;
    std::optional<db::RowKey> m_key;
    grid::Row m_original;
    int m_insertId = -1;
    const grid::CellLabels *m_labels = nullptr;
    QHash<int, cellinput::RelationTarget> m_targets;
};

} // namespace facet::edit
