// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ModelListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace facet::models {

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ModelListModel::setEntries(QList<SchemaEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void ModelListModel::setRowEstimate(const QString &databaseName, qint64 rows)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].kind != SchemaEntry::Kind::Enum && m_entries[i].databaseName == databaseName) {
            m_entries[i].rowEstimate = rows;
            const QModelIndex idx = index(i);
            Q_EMIT dataChanged(idx, idx, {Qt::DisplayRole, Qt::ToolTipRole, RowEstimateRole});
        }
    }
}

const SchemaEntry *ModelListModel::entry(const QString &name) const
{
    for (const SchemaEntry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchemaEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case Qt::ToolTipRole: {
        QString tip = e.name;
        if (e.databaseName != e.name)
            tip += u" → "_s + e.databaseName;
        if (e.kind == SchemaEntry::Kind::Enum)
            tip += u"\n%1 values"_s.arg(e.fieldCount);
        else
            tip += u"\n%1 fields"_s.arg(e.fieldCount);
        if (e.rowEstimate >= 0)
            tip += u", about %1 rows"_s.arg(QLocale().toString(e.rowEstimate));
        if (!e.documentation.isEmpty())
            tip += u"\n\n"_s + e.documentation;
        return tip;
    }
    case KindRole:
        return int(e.kind);
    case DatabaseNameRole:
        return e.databaseName;
    case FieldCountRole:
        return e.fieldCount;
    case RowEstimateRole:
        return e.rowEstimate;
    case SearchTextRole:
        return e.databaseName == e.name ? e.name : e.name + u' ' + e.databaseName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(NameRole, "name");
    names.insert(DatabaseNameRole, "databaseName");
    names.insert(FieldCountRole, "fieldCount");
    names.insert(RowEstimateRole, "rowEstimate");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace facet::models
