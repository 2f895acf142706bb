// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "FingerprintStatsModel.h"
#include "NPlusOneModel.h"
#include "QueryLogFilter.h"
#include "QueryLogModel.h"
#include "QueryTimeline.h"
#include "bus/QueryBus.h"

#include <QObject>

#include <memory>

namespace facet::db {
class BusNotifier;
}

namespace facet::monitor {

/// Everything the query panel shows, fed by the query bus: the log (and its filter), the fingerprint groups,
/// N+1 findings and the chart data. Lives on the GUI thread.
///
/// It subscribes to the bus with a bounded ring and drains it at most `maxHz` times a second (BusNotifier),
/// so at 5,000 statements a second each model sees one batch per tick, never one update per statement.
/// Pausing freezes the log only (groups, N+1 and charts keep counting); what arrived meanwhile is appended on
/// resume, at most a log's capacity of it.
class QueryMonitor final : public QObject {
    Q_OBJECT
public:
    struct Options {
        qsizetype logCapacity = 10000;
        qsizetype busCapacity = 50000; ///< events buffered between two ticks before the oldest are dropped
        int maxHz = 12;                ///< ticks a second (one tick every ~83 ms)
    };

    explicit QueryMonitor(std::shared_ptr<db::QueryBus> bus, QObject *parent = nullptr);
    QueryMonitor(std::shared_ptr<db::QueryBus> bus, Options options, QObject *parent = nullptr);
    ~QueryMonitor() override;

    [[nodiscard]] QueryLogModel *log() { return m_log; }
    [[nodiscard]] QueryLogFilter *filter() { return m_filter; }
    [[nodiscard]] FingerprintStatsModel *groups() { return m_groups; }
    [[nodiscard]] NPlusOneModel *nPlusOne() { return m_nPlusOne; }
    [[nodiscard]] const QueryTimeline &timeline() const { return m_timeline; }

    [[nodiscard]] bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    /// Empties the log, the groups, the findings and the charts.
    void clear();

    /// Drains the bus now (the notifier does this on its own; tests call it to be deterministic).
    void drainNow();
    /// Events the bus dropped because the monitor fell behind (0 unless the GUI thread stalled).
    [[nodiscard]] quint64 droppedTotal() const;
    [[nodiscard]] quint64 ticks() const { return m_ticks; }

Q_SIGNALS:
    /// A batch was applied (at most maxHz times a second).
    void updated();
    void pausedChanged(bool paused);

private:
    void apply(const QList<db::QueryEvent> &events);

    std::shared_ptr<db::QueryBusSubscription> m_subscription;
    db::BusNotifier *m_notifier;
    QueryLogModel *m_log;
    QueryLogFilter *m_filter;
    FingerprintStatsModel *m_groups;
    NPlusOneModel *m_nPlusOne;
    QueryTimeline m_timeline;
    bool m_paused = false;
    QList<db::QueryEvent> m_heldWhilePaused;
    quint64 m_ticks = 0;
};

} // namespace facet::monitor
