// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace facet::monitor {

/// Statements grouped by shape (SqlFingerprint): count, total, p50, p95 and max per fingerprint, like
/// pg_stat_statements but for what the studio itself ran.
///
/// Bounded: percentiles come from the latest `kSamples` durations of each group, and past `maxGroups` the
/// least recently seen group is dropped. Counts and totals cover everything since the last clear.
class FingerprintStatsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Fingerprint, Count, TotalMs, P50Ms, P95Ms, MaxMs, Failed, ColumnCount };
    enum Role {
        FingerprintIdRole = Qt::UserRole + 1, ///< quint64
        NPlusOneRole,                          ///< bool: N+1 detection flagged this shape
        CountRole,                             ///< quint64
        P50UsRole,
        P95UsRole,
        MaxUsRole,
        SampleSqlRole,                         ///< the SQL of the latest statement of this shape
        ProviderRole,
    };
    static constexpr int kSamples = 512;

    struct Group {
        QString fingerprint;
        quint64 fingerprintId = 0;
        QString sampleSql;
        db::Provider provider = db::Provider::SQLite;
        quint64 count = 0;
        quint64 failed = 0;
        qint64 totalUs = 0;
        qint64 maxUs = 0;
        qint64 p50Us = 0;
        qint64 p95Us = 0;
        std::vector<qint64> samples; ///< ring of the latest kSamples durations
        std::size_t nextSample = 0;
        quint64 lastSeenEventId = 0;
        bool nPlusOne = false;
    };

    explicit FingerprintStatsModel(int maxGroups = 2000, QObject *parent = nullptr);

    void add(const QList<db::QueryEvent> &events);
    void clear();
    /// Marks a shape as an N+1 pattern (N+1 detection calls this).
    void markNPlusOne(quint64 fingerprintId);

    [[nodiscard]] const Group *group(quint64 fingerprintId) const;
    [[nodiscard]] const Group &groupAt(int row) const { return m_groups[std::size_t(row)]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void dropLeastRecent();
    static void updatePercentiles(Group &group);

    int m_maxGroups;
    std::vector<Group> m_groups;
    QHash<quint64, int> m_rows; ///< fingerprint id → row
};

} // namespace facet::monitor
