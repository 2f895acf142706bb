// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "metrics/PoolMetrics.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace facet::db {

struct MetricsExportOptions {
    /// Prisma's `globalLabels`: merged into every sample's labels.
    QMap<QString, QString> globalLabels;
    /// Only Prisma's keys (its accept-list), leaving out Facet's `facet_*` metrics.
    bool prismaOnly = false;
};

/// `$metrics.json()`: `{ counters: [{key, labels, value, description}], gauges: [...], histograms: [{key,
/// labels, value: {buckets: [[bound, count], ...], sum, count}, description}] }`, each list sorted by key.
/// Counters are integers, gauges and sums doubles; bucket counts are per bucket (prisma-facts.md §6).
[[nodiscard]] QJsonObject metricsToPrismaJson(const MetricsSnapshot &snapshot, const MetricsExportOptions &options = {});

/// `$metrics.prometheus()`: `# HELP`/`# TYPE` lines, then samples with labels sorted by name; histograms as
/// cumulative `_bucket{le="…"}` lines ending in `+Inf`, then `_sum` and `_count`; a blank line after each metric.
[[nodiscard]] QString metricsToPrometheus(const MetricsSnapshot &snapshot, const MetricsExportOptions &options = {});

} // namespace facet::db
