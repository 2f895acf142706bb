// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PoolConnectionsModel.h"

using namespace Qt::StringLiterals;

namespace facet::monitor {

PoolConnectionsModel::PoolConnectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PoolConnectionsModel::setSnapshots(const QList<db::PoolSnapshot> &snapshots)
{
    QList<Row> next;
    for (const db::PoolSnapshot &s : snapshots) {
        for (const db::PoolConnectionInfo &c : s.connections) {
            const bool leased = c.state == db::PoolConnectionState::Busy || c.state == db::PoolConnectionState::InTransaction;
            const bool ours = m_leakThresholdMs > 0 && c.leasedMs >= m_leakThresholdMs;
            // The pool keeps its flag on a slot until the next lease: only a held lease is a leak now.
            next.append(Row{s.name, c, leased && (c.probableLeak || ours)});
        }
    }
    // Rows are positional: grow or shrink at the end, then refresh what stayed, so views keep their selection.
    const int before = int(m_rows.size());
    const int after = int(next.size());
    if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_rows.resize(after);
        endRemoveRows();
    }
    const int kept = int(m_rows.size());
    for (int r = 0; r < kept; ++r)
        m_rows[r] = next[r];
    if (after > kept) {
        beginInsertRows({}, kept, after - 1);
        for (int r = kept; r < after; ++r)
            m_rows.append(next[r]);
        endInsertRows();
    }
    if (kept > 0)
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
}

int PoolConnectionsModel::leakCount() const
{
    return int(std::ranges::count_if(m_rows, &Row::leak));
}

int PoolConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const db::PoolConnectionInfo &c = row.info;
    const bool leased = c.state == db::PoolConnectionState::Busy || c.state == db::PoolConnectionState::InTransaction;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pool: return row.pool;
        case Connection: return c.connectionId;
        case Session: return c.sessionId;
        case State: return db::poolConnectionStateName(c.state);
        case AgeMs: return c.ageMs;
        case Statement: return c.currentSql.simplified();
        case RunningMs: return c.currentSql.isEmpty() ? QVariant() : QVariant(c.statementMs);
        case IdleInTxMs: return c.idleInTransactionMs > 0 ? QVariant(c.idleInTransactionMs) : QVariant();
        case LeasedMs: return leased ? QVariant(c.leasedMs) : QVariant();
        case Borrower:
            return leased ? db::originName(c.origin) + (c.action.isEmpty() ? QString() : u" · "_s + c.action) : QString();
        case Leak: return row.leak ? tr("probable leak") : QString();
        default: return {};
        }
    case Qt::ToolTipRole: return c.currentSql;
    case LeakRole: return row.leak;
    case StateRole: return int(c.state);
    case ConnectionIdRole: return c.connectionId;
    case SessionIdRole: return c.sessionId;
    case OriginRole: return int(c.origin);
    default: return {};
    }
}

QVariant PoolConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pool: return tr("Pool");
    case Connection: return tr("Conn");
    case Session: return tr("Session");
    case State: return tr("State");
    case AgeMs: return tr("Age ms");
    case Statement: return tr("Current statement");
    case RunningMs: return tr("Running ms");
    case IdleInTxMs: return tr("Idle in tx ms");
    case LeasedMs: return tr("Leased ms");
    case Borrower: return tr("Borrowed by");
    case Leak: return tr("Leak");
    default: return {};
    }
}

} // namespace facet::monitor
