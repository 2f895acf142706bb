// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryTimeline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::monitor {

QueryTimeline::QueryTimeline(int maxPointsPerOrigin)
    : m_maxPoints(std::max(1, maxPointsPerOrigin))
{
}

void QueryTimeline::add(const QList<db::QueryEvent> &events)
{
    for (const db::QueryEvent &e : events) {
        const double ms = double(e.durationUs()) / 1000.0;
        std::deque<Point> &series = m_series[std::size_t(e.origin)];
        series.push_back({e.timestamp.toMSecsSinceEpoch(), ms});
        if (int(series.size()) > m_maxPoints)
            series.pop_front();
        const auto bucket = std::ranges::lower_bound(kBucketBounds, ms) - kBucketBounds.begin();
        ++m_buckets[std::size_t(bucket)];
        ++m_total;
    }
}

void QueryTimeline::clear()
{
    for (auto &s : m_series)
        s.clear();
    m_buckets.fill(0);
    m_total = 0;
}

QString QueryTimeline::bucketLabel(int bucket)
{
    if (bucket >= int(kBucketBounds.size()))
        return u">%1"_s.arg(kBucketBounds.back());
    return u"≤%1"_s.arg(kBucketBounds[std::size_t(bucket)]);
}

} // namespace facet::monitor
