// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "pool/PoolState.h"

#include <QAbstractTableModel>

namespace facet::monitor {

/// One row per pooled connection of every pool (PoolSnapshot::connections): age, state, the statement running
/// and for how long, time idle in a transaction, the borrower and a leak flag.
///
/// The leak flag is the pool's own (PoolOptions::leakThreshold) or this model's threshold, whichever is set
/// and passed first, so the panel can be stricter than the pool.
class PoolConnectionsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Pool, Connection, Session, State, AgeMs, Statement, RunningMs, IdleInTxMs, LeasedMs, Borrower, Leak, ColumnCount };
    enum Role { LeakRole = Qt::UserRole + 1, StateRole, ConnectionIdRole, SessionIdRole, OriginRole };

    struct Row {
        QString pool;
        db::PoolConnectionInfo info;
        bool leak = false;
    };

    explicit PoolConnectionsModel(QObject *parent = nullptr);

    /// Leases held at least this long are flagged; zero leaves it to the pool.
    void setLeakThresholdMs(qint64 milliseconds) { m_leakThresholdMs = milliseconds; }
    [[nodiscard]] qint64 leakThresholdMs() const { return m_leakThresholdMs; }

    void setSnapshots(const QList<db::PoolSnapshot> &snapshots);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] int leakCount() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    qint64 m_leakThresholdMs = 0;
};

} // namespace facet::monitor
