// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ModelChanges.h"

#include "edit/ChangeSaver.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

ModelChanges::ModelChanges(ChangeSet &changes, QString model)
    : m_changes(changes)
    , m_model(std::move(model))
{
    auto editable = m_changes.schema()->model(m_model);
    if (editable) {
        m_editModel = *editable;
        for (const mapping::ModelColumn &c : m_editModel->table.columns)
            m_columnNames << c.spec.name;
        // The grid reads xmin as one cell after the columns (GridModel::Options::readXmin); rowSnapshot
        // takes a cell under this name as the xmin guard's base.
        if (m_editModel->guard.kind == ModelGuard::Kind::Xmin)
            m_columnNames << u"xmin"_s;
    } else {
        m_refusal = editable.error();
    }
}

QString ModelChanges::guardText(bool rowsCarryXmin) const
{
    if (!m_editModel)
        return QObject::tr("read-only: %1").arg(m_refusal);
    if (m_editModel->guard.kind == ModelGuard::Kind::Xmin && !rowsCarryXmin)
        return QObject::tr("guard: %1 (rows read without xmin)").arg(ModelGuard{}.describe());
    return QObject::tr("guard: %1").arg(m_editModel->guard.describe());
}

QString ModelChanges::fieldOf(int column) const
{
    if (!m_editModel || column < 0 || column >= m_editModel->table.columns.size())
        return {};
    return m_editModel->table.columns.at(column).field;
}

std::optional<db::Value> ModelChanges::stagedValue(const db::RowKey &key, int column) const
{
    const QString field = fieldOf(column);
    if (field.isEmpty() || m_changes.isEmpty())
        return std::nullopt;
    return m_changes.stagedValue(m_model, key, field);
}

grid::RowState ModelChanges::rowState(const db::RowKey &key) const
{
    if (!m_editModel || m_changes.isEmpty())
        return grid::RowState::Clean;
    switch (m_changes.rowState(m_model, key)) {
    case ChangeSet::RowState::Clean: return grid::RowState::Clean;
    case ChangeSet::RowState::Updated: return grid::RowState::Edited;
    case ChangeSet::RowState::Inserted: return grid::RowState::Inserted;
    case ChangeSet::RowState::Deleted: return grid::RowState::Deleted;
    }
    return grid::RowState::Clean;
}

QList<grid::InsertedRow> ModelChanges::insertedRows() const
{
    QList<grid::InsertedRow> rows;
    if (!m_editModel || m_changes.isEmpty())
        return rows;
    for (const StagedRow &staged : m_changes.insertedRows(m_model)) {
        grid::InsertedRow row;
        row.insertId = staged.insertId;
        for (const mapping::ModelColumn &c : m_editModel->table.columns) {
            const CellChange *cell = staged.cell(c.field);
            row.values << (cell ? std::optional<db::Value>(cell->value) : std::nullopt);
        }
        rows << row;
    }
    return rows;
}

std::expected<void, QString> ModelChanges::stageInsertCell(int insertId, int column, const db::Value &value)
{
    if (!m_editModel)
        return std::unexpected(QObject::tr("%1 cannot be edited: %2").arg(m_model, m_refusal));
    return m_changes.setInsertValue(m_model, insertId, fieldOf(column), value);
}

bool ModelChanges::isEditable(int column) const
{
    if (!m_editModel || column < 0 || column >= m_editModel->table.columns.size())
        return false;
    return m_editModel->fixedBy(m_editModel->table.columns.at(column)) == EditSchema::Model::Fixed::None;
}

RowSnapshot ModelChanges::snapshot(const grid::Row &original) const
{
    return m_editModel ? rowSnapshot(*m_editModel, m_columnNames, original) : RowSnapshot{};
}

std::expected<void, QString> ModelChanges::stageCell(const db::RowKey &key, const grid::Row &original, int column,
                                                     const db::Value &value)
{
    if (!m_editModel)
        return std::unexpected(QObject::tr("%1 cannot be edited: %2").arg(m_model, m_refusal));
    return m_changes.stageUpdate(m_model, key, fieldOf(column), value, snapshot(original));
}

std::expected<void, QString> ModelChanges::stageDelete(const db::RowKey &key, const grid::Row &original)
{
    if (!m_editModel)
        return std::unexpected(QObject::tr("%1 cannot be edited: %2").arg(m_model, m_refusal));
    return m_changes.stageDelete(m_model, key, snapshot(original));
}

} // namespace facet::edit
