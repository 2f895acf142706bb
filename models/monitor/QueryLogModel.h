// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <QAbstractTableModel>

#include <vector>

namespace facet::monitor {

/// The query panel's log: the most recent statements the studio ran, one row each, oldest first.
///
/// A ring buffer of `capacity` events, so memory stays bounded however long the studio runs: appending past
/// the capacity removes the oldest rows (a tenth of the capacity at a time). Events arrive in batches (QueryMonitor drains the bus once per timer
/// tick), and every batch is one row removal plus one row insertion, never one per event.
/// Qt Core only: the slow and failed flags are roles, the panel decides how they look.
class QueryLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Origin, Model, QueueWait, Execute, Fetch, Rows, ConnectionId, Status, Sql, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SlowRole,       ///< bool: duration at or above the slow threshold
        FailedRole,     ///< bool
        OriginRole,     ///< int (db::QueryOrigin)
        ModelRole,      ///< QString
        SqlRole,        ///< QString, as sent (placeholders, never values)
        ParamsRole,     ///< QString, Prisma's params text, masked by the bus's policy
        FingerprintRole,///< QString
        DurationUsRole, ///< qint64: queue wait + execute + fetch
        ProviderRole,   ///< int (db::Provider)
        ActionRole,     ///< QString
        ErrorRole,      ///< QString
    };

    explicit QueryLogModel(qsizetype capacity = 10000, QObject *parent = nullptr);

    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    /// Keeps the newest `capacity` rows (at least 1).
    void setCapacity(qsizetype capacity);

    /// The threshold at which a statement counts as slow, in milliseconds (the seed's 1000 by default).
    [[nodiscard]] qint64 slowThresholdMs() const { return m_slowThresholdMs; }
    void setSlowThresholdMs(qint64 milliseconds);
    [[nodiscard]] bool isSlow(const db::QueryEvent &event) const { return event.durationUs() >= m_slowThresholdMs * 1000; }

    /// Appends a batch (oldest first); rows past the capacity are dropped from the front.
    void append(const QList<db::QueryEvent> &events);
    void clear();

    /// The event behind a row (0 = oldest held).
    [[nodiscard]] const db::QueryEvent &event(int row) const;
    [[nodiscard]] int size() const { return int(m_size); }
    [[nodiscard]] qint64 slowCount() const { return m_slow; }   ///< among the rows held
    [[nodiscard]] qint64 failedCount() const { return m_failed; } ///< among the rows held
    [[nodiscard]] quint64 seenTotal() const { return m_seen; }   ///< appended since the last clear
    [[nodiscard]] quint64 evictedTotal() const { return m_evicted; } ///< dropped for the capacity since the last clear

    // QAbstractTableModel
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The counters changed (after a batch, a clear, a new threshold).
    void countsChanged();

private:
    [[nodiscard]] const db::QueryEvent &at(qsizetype row) const { return m_ring[std::size_t((m_head + row) % m_capacity)]; }
    void dropFront(qsizetype n);
    void count(const db::QueryEvent &event, int sign);

    qsizetype m_capacity;
    std::vector<db::QueryEvent> m_ring;
    qsizetype m_head = 0;
    qsizetype m_size = 0;
    qint64 m_slowThresholdMs = 1000;
    qint64 m_slow = 0;
    qint64 m_failed = 0;
    quint64 m_seen = 0;
    quint64 m_evicted = 0;
};

/// "12.345" milliseconds from microseconds, as the panel and the exports show durations.
[[nodiscard]] QString formatMs(qint64 microseconds);

} // namespace facet::monitor
