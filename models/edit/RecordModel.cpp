// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/RecordModel.h"

#include "cellinput/CellRoles.h"
#include "edit/ChangeSaver.h"
#include "grid/CellText.h"
#include "grid/GridModel.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {
constexpr int ValueColumn = 0;
} // namespace

RecordModel::RecordModel(ChangeSet *changes, mapping::ModelTable table, QList<cellinput::CellColumn> cells,
                         db::RowKey key, grid::Row original, QObject *parent)
    : QAbstractTableModel(parent)
    , m_changes(changes)
    , m_table(std::move(table))
    , m_cells(std::move(cells))
    , m_key(std::move(key))
    , m_original(std::move(original))
{
    if (m_changes)
        connect(m_changes, &ChangeSet::changed, this, &RecordModel::refreshAll);
}

RecordModel::RecordModel(ChangeSet *changes, mapping::ModelTable table, QList<cellinput::CellColumn> cells,
                         int insertId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_changes(changes)
    , m_table(std::move(table))
    , m_cells(std::move(cells))
    , m_insertId(insertId)
{
    if (m_changes)
        connect(m_changes, &ChangeSet::changed, this, &RecordModel::refreshAll);
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

RowId RecordModel::rowId() const
{
    return isInsert() ? rowIdOfInsert(m_table.table.model, m_insertId) : rowIdOf(m_table.table.model, *m_key);
}

bool RecordModel::exists() const
{
    return !isInsert() || (m_changes && m_changes->row(rowId()));
}

ChangeSet::RowState RecordModel::rowState() const
{
    if (isInsert())
        return exists() ? ChangeSet::RowState::Inserted : ChangeSet::RowState::Clean;
    return m_changes ? m_changes->rowState(m_table.table.model, *m_key) : ChangeSet::RowState::Clean;
}

int RecordModel::columnOfField(QStringView field) const
{
    for (int c = 0; c < m_table.columns.size(); ++c) {
        if (m_table.columns.at(c).field == field)
            return c;
    }
    return -1;
}

std::optional<db::Value> RecordModel::stagedValue(int column) const
{
    if (!m_changes || column < 0 || column >= m_table.columns.size())
        return std::nullopt;
    const StagedRow *row = m_changes->row(rowId());
    const CellChange *cell = row ? row->cell(m_table.columns.at(column).field) : nullptr;
    return cell ? std::optional<db::Value>(cell->value) : std::nullopt;
}

bool RecordModel::isStaged(int column) const
{
    return stagedValue(column).has_value();
}

db::Value RecordModel::originalValue(int column) const
{
    return column >= 0 && column < m_original.size() ? m_original.at(column) : db::Value::null();
}

db::Value RecordModel::shownValue(int column) const
{
    if (auto staged = stagedValue(column))
        return *staged;
    if (isInsert() || column < 0 || column >= m_table.columns.size())
        return db::Value::null();
    return mapping::presentedValue(m_table.columns.at(column), originalValue(column));
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.row(); // one row per field
    const std::optional<db::Value> staged = stagedValue(column);
    const db::Value shown = shownValue(column);
    switch (role) {
    case Qt::DisplayRole:
        if (isInsert() && !staged)
            return tr("(database default)");
        if (m_labels && !shown.isNull()) {
            if (const QString label = m_labels->label(column, shown, m_original); !label.isEmpty())
                return u"%1 · %2"_s.arg(grid::cellText(shown), label);
        }
        return grid::cellText(shown);
    case Qt::EditRole:
    case grid::GridModel::ValueRole:
        return QVariant::fromValue(shown);
    case Qt::ToolTipRole:
        return shown.kind() == db::ScalarKind::String || shown.kind() == db::ScalarKind::Json ? grid::cellText(shown, 2000)
                                                                                                : QVariant();
    case grid::GridModel::OriginalValueRole:
        return QVariant::fromValue(isInsert() ? db::Value::null()
                                              : mapping::presentedValue(m_table.columns.at(column), originalValue(column)));
    case grid::GridModel::IsNullRole:
        return shown.isNull() && (!isInsert() || staged.has_value());
    case grid::GridModel::IsLoadingRole:
        return false;
    case grid::GridModel::StagedRole:
        return staged.has_value();
    case grid::GridModel::RowStateRole:
        switch (rowState()) {
        case ChangeSet::RowState::Clean: return int(grid::RowState::Clean);
        case ChangeSet::RowState::Updated: return int(grid::RowState::Edited);
        case ChangeSet::RowState::Inserted: return int(grid::RowState::Inserted);
        case ChangeSet::RowState::Deleted: return int(grid::RowState::Deleted);
        }
        return int(grid::RowState::Clean);
    case cellinput::CellColumnRole:
        return column < m_cells.size() ? QVariant::fromValue(m_cells.at(column)) : QVariant();
    case cellinput::RelationTargetRole:
        return m_targets.contains(column) ? QVariant::fromValue(m_targets.value(column)) : QVariant();
    default:
        return {};
    }
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return section == ValueColumn && role == Qt::DisplayRole ? QVariant(tr("Value")) : QVariant();
    if (section < 0 || section >= m_table.columns.size())
        return {};
    const mapping::ModelColumn &column = m_table.columns.at(section);
    const QString type = (section < m_cells.size() ? m_cells.at(section).label() : QString())
                         + (column.spec.nullable ? u"?"_s : QString());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1  %2"_s.arg(column.field, type);
    case Qt::ToolTipRole:
        return u"%1: %2 · column %3"_s.arg(column.field, type, column.spec.name);
    case grid::GridModel::HeaderTypeRole:
        return type;
    case grid::GridModel::HeaderKeyRole:
        return m_table.table.primaryKey.contains(column.spec.name) ? u"id"_s : QString();
    default:
        return {};
    }
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_changes || !index.isValid() || !exists())
        return f;
    auto model = m_changes->schema()->model(m_table.table.model);
    if (!model)
        return f;
    if (isInsert())
        return f | Qt::ItemIsEditable; // a new row takes every column, its key too
    const mapping::ModelColumn &column = m_table.columns.at(index.row());
    if ((*model)->fixedBy(column) == EditSchema::Model::Fixed::None && rowState() != ChangeSet::RowState::Deleted)
        f |= Qt::ItemIsEditable;
    return f;
}

RowSnapshot RecordModel::snapshot() const
{
    auto model = m_changes->schema()->model(m_table.table.model);
    if (!model)
        return {};
    QStringList columns;
    for (const mapping::ModelColumn &c : m_table.columns)
        columns << c.spec.name;
    return rowSnapshot(**model, columns, m_original);
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto cell = cellinput::valueFromVariant(value);
    if (!m_changes || !cell) {
        Q_EMIT editRefused(index, m_changes ? tr("The editor handed over no value.") : tr("This record is read-only."));
        return false;
    }
    const QString &model = m_table.table.model;
    const QString &field = m_table.columns.at(index.row()).field;
    // The same intake as the grid's (ModelChanges): the change set checks, stages and announces the value.
    const auto staged = isInsert() ? m_changes->setInsertValue(model, m_insertId, field, *cell)
                                   : m_changes->stageUpdate(model, *m_key, field, *cell, snapshot());
    if (!staged) {
        Q_EMIT editRefused(index, staged.error());
        return false;
    }
    return true; // ChangeSet::changed repaints
}

void RecordModel::setLabels(const grid::CellLabels *labels)
{
    m_labels = labels;
    refreshAll();
}

void RecordModel::setOriginal(grid::Row original)
{
    m_original = std::move(original);
    refreshAll();
}

void RecordModel::adoptSaved(const QList<SavedRow> &saved)
{
    const RowId id = rowId();
    for (const SavedRow &row : saved) {
        if (row.id != id)
            continue;
        grid::Row original;
        for (const mapping::ModelColumn &c : m_table.columns)
            original << row.stored.values.value(c.field);
        m_key = row.key;
        m_insertId = -1;
        m_original = std::move(original);
        refreshAll();
        return;
    }
}

void RecordModel::refreshAll()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    Q_EMIT recordChanged();
}

} // namespace facet::edit
