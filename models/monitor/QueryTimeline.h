// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <QList>

#include <array>
#include <deque>

namespace facet::monitor {

/// The data behind the query panel's charts: statement durations over time, one series per origin, and a
/// latency histogram. Bounded: each series keeps the newest `maxPointsPerOrigin` points.
class QueryTimeline final {
public:
    struct Point {
        qint64 msSinceEpoch = 0;
        double durationMs = 0;
    };
    static constexpr int kOriginCount = int(db::QueryOrigin::Internal) + 1;
    /// Upper bounds of the histogram buckets in ms; a last bucket holds everything above.
    static constexpr std::array<double, 14> kBucketBounds = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 5000};

    explicit QueryTimeline(int maxPointsPerOrigin = 3000);

    void add(const QList<db::QueryEvent> &events);
    void clear();

    [[nodiscard]] const std::deque<Point> &series(db::QueryOrigin origin) const { return m_series[std::size_t(origin)]; }
    [[nodiscard]] const std::array<quint64, kBucketBounds.size() + 1> &histogram() const { return m_buckets; }
    [[nodiscard]] quint64 total() const { return m_total; }
    /// The bucket label: "≤ 2.5 ms", "> 5000 ms".
    [[nodiscard]] static QString bucketLabel(int bucket);

private:
    int m_maxPoints;
    std::array<std::deque<Point>, kOriginCount> m_series;
    std::array<quint64, kBucketBounds.size() + 1> m_buckets{};
    quint64 m_total = 0;
};

} // namespace facet::monitor
