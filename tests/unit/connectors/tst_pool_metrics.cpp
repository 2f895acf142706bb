// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Pool metrics in Prisma's shape: the keys, descriptions and `$metrics.json()` structure of prisma-facts.md §6
// (and prisma-engines' own to_json/prometheus tests), per-bucket JSON counts, cumulative Prometheus buckets.
#include "metrics/MetricsExport.h"
#include "metrics/PoolMetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace facet::db;

class TestPoolMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prismaKeysAndKinds();
    void jsonShapeMatchesTheFactsExample();
    void histogramBucketsArePerBucketInJson();
    void histogramsAppearOnlyAfterObservation();
    void globalLabelsMergeIntoEverySample();
    void prismaOnlyLeavesOutFacetMetrics();
    void prometheusText();
    void prometheusLabelsSortedAndEscaped();
    void concurrentUpdatesAreNotLost();
};

void TestPoolMetrics::prismaKeysAndKinds()
{
    PoolMetrics metrics;
    metrics.observe(Histogram::ClientQueriesWait, 1);
    metrics.observe(Histogram::ClientQueriesDuration, 1);
    metrics.observe(Histogram::DatasourceQueriesDuration, 1);
    const MetricsSnapshot s = metrics.snapshot();
    // The exact list from prisma-facts.md §6.
    for (const char16_t *key : {u"prisma_client_queries_total", u"prisma_datasource_queries_total",
                                u"prisma_pool_connections_opened_total", u"prisma_pool_connections_closed_total"})
        QVERIFY2(s.counter(QString::fromUtf16(key)).has_value(), qPrintable(QString::fromUtf16(key)));
    for (const char16_t *key : {u"prisma_client_queries_active", u"prisma_client_queries_wait",
                                u"prisma_pool_connections_open", u"prisma_pool_connections_busy",
                                u"prisma_pool_connections_idle"})
        QVERIFY2(s.gauge(QString::fromUtf16(key)).has_value(), qPrintable(QString::fromUtf16(key)));
    for (const char16_t *key : {u"prisma_client_queries_duration_histogram_ms",
                                u"prisma_datasource_queries_duration_histogram_ms",
                                u"prisma_client_queries_wait_histogram_ms"})
        QVERIFY2(s.histogram(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));
    QCOMPARE(metricDescription(Counter::ClientQueriesTotal), u"The total number of Prisma Client queries executed"_s);
    QCOMPARE(metricDescription(Gauge::PoolConnectionsOpen), u"The number of pool connections currently open"_s);
}

void TestPoolMetrics::jsonShapeMatchesTheFactsExample()
{
    PoolMetrics metrics;
    metrics.increment(Counter::ClientQueriesTotal, 2);
    metrics.add(Gauge::PoolConnectionsOpen, 1);
    metrics.observe(Histogram::ClientQueriesDuration, 9.0);
    const QJsonObject json = metricsToPrismaJson(metrics.snapshot());

    QCOMPARE(json.keys(), (QStringList{u"counters"_s, u"gauges"_s, u"histograms"_s}));
    // { "key": "prisma_client_queries_total", "labels": {}, "value": 2, "description": "…" }
    QJsonObject counter;
    for (const QJsonValue &v : json[u"counters"_s].toArray()) {
        if (v[u"key"_s] == u"prisma_client_queries_total"_s)
            counter = v.toObject();
    }
    QCOMPARE(counter.keys(), (QStringList{u"description"_s, u"key"_s, u"labels"_s, u"value"_s}));
    QVERIFY(counter[u"labels"_s].isObject());
    QVERIFY(counter[u"labels"_s].toObject().isEmpty());
    QCOMPARE(counter[u"value"_s].toInteger(), 2);
    QVERIFY(!counter[u"description"_s].toString().isEmpty());

    QJsonObject gauge;
    for (const QJsonValue &v : json[u"gauges"_s].toArray()) {
        if (v[u"key"_s] == u"prisma_pool_connections_open"_s)
            gauge = v.toObject();
    }
    QCOMPARE(gauge[u"value"_s].toDouble(), 1.0);

    // The histogram of the facts file: one observation of 9 ms.
    const QJsonArray histograms = json[u"histograms"_s].toArray();
    QCOMPARE(histograms.size(), 1);
    const QJsonObject h = histograms.first().toObject();
    QCOMPARE(h[u"key"_s].toString(), u"prisma_client_queries_duration_histogram_ms"_s);
    QCOMPARE(h.keys(), (QStringList{u"description"_s, u"key"_s, u"labels"_s, u"value"_s}));
    const QJsonObject value = h[u"value"_s].toObject();
    QCOMPARE(value.keys(), (QStringList{u"buckets"_s, u"count"_s, u"sum"_s}));
    const QJsonDocument expected = QJsonDocument::fromJson(
        "[[0,0],[1,0],[5,0],[10,1],[50,0],[100,0],[500,0],[1000,0],[5000,0],[50000,0]]");
    QCOMPARE(QJsonDocument(value[u"buckets"_s].toArray()), expected);
    QCOMPARE(value[u"sum"_s].toDouble(), 9.0);
    QCOMPARE(value[u"count"_s].toInteger(), 1);
}

void TestPoolMetrics::histogramBucketsArePerBucketInJson()
{
    // prisma-engines test_to_json: 9, 1000 and 40 ms.
    PoolMetrics metrics;
    for (double ms : {9.0, 1000.0, 40.0})
        metrics.observe(Histogram::DatasourceQueriesDuration, ms);
    const QJsonObject value = metricsToPrismaJson(metrics.snapshot())[u"histograms"_s][0][u"value"_s].toObject();
    QCOMPARE(QJsonDocument(value[u"buckets"_s].toArray()),
             QJsonDocument::fromJson("[[0,0],[1,0],[5,0],[10,1],[50,1],[100,0],[500,0],[1000,1],[5000,0],[50000,0]]"));
    QCOMPARE(value[u"sum"_s].toDouble(), 1049.0);
    QCOMPARE(value[u"count"_s].toInteger(), 3);
    // A value above the last bound is counted, but in no bucket (Prometheus puts it under +Inf).
    metrics.observe(Histogram::DatasourceQueriesDuration, 60000.0);
    QCOMPARE(metrics.snapshot().histogram(u"prisma_datasource_queries_duration_histogram_ms"_s)->count, 4u);
}

void TestPoolMetrics::histogramsAppearOnlyAfterObservation()
{
    PoolMetrics metrics;
    const QJsonObject json = metricsToPrismaJson(metrics.snapshot());
    QVERIFY(json[u"histograms"_s].toArray().isEmpty());
    QVERIFY(!json[u"counters"_s].toArray().isEmpty()); // counters and gauges exist from the start, at 0
    QVERIFY(!json[u"gauges"_s].toArray().isEmpty());
}

void TestPoolMetrics::globalLabelsMergeIntoEverySample()
{
    PoolMetrics metrics;
    metrics.observe(Histogram::ClientQueriesWait, 0.5);
    MetricsExportOptions options;
    options.globalLabels = {{u"app"_s, u"facet"_s}, {u"env"_s, u"test"_s}};
    const QJsonObject json = metricsToPrismaJson(metrics.snapshot({{u"pool"_s, u"a"_s}}), options);
    for (const QString &kind : {u"counters"_s, u"gauges"_s, u"histograms"_s}) {
        for (const QJsonValue &v : json[kind].toArray()) {
            const QJsonObject labels = v[u"labels"_s].toObject();
            QCOMPARE(labels[u"app"_s].toString(), u"facet"_s);
            QCOMPARE(labels[u"env"_s].toString(), u"test"_s);
            QCOMPARE(labels[u"pool"_s].toString(), u"a"_s);
        }
    }
}

void TestPoolMetrics::prismaOnlyLeavesOutFacetMetrics()
{
    PoolMetrics metrics;
    MetricsExportOptions options;
    options.prismaOnly = true;
    const QJsonObject json = metricsToPrismaJson(metrics.snapshot(), options);
    QStringList keys;
    for (const QJsonValue &v : json[u"counters"_s].toArray())
        keys.append(v[u"key"_s].toString());
    // Sorted by key, exactly Prisma's four counters (as in Prisma's functional metrics test).
    QCOMPARE(keys, (QStringList{u"prisma_client_queries_total"_s, u"prisma_datasource_queries_total"_s,
                                u"prisma_pool_connections_closed_total"_s, u"prisma_pool_connections_opened_total"_s}));
    QCOMPARE(json[u"gauges"_s].toArray().size(), 5);
    QVERIFY(metricsToPrometheus(metrics.snapshot(), options).indexOf(u"facet_"_s) < 0);
    QVERIFY(metricsToPrometheus(metrics.snapshot()).indexOf(u"facet_pool_leaks_total"_s) >= 0);
}

void TestPoolMetrics::prometheusText()
{
    PoolMetrics metrics;
    metrics.increment(Counter::ClientQueriesTotal);
    metrics.add(Gauge::PoolConnectionsOpen, 7);
    metrics.observe(Histogram::ClientQueriesDuration, 1000.0);
    MetricsExportOptions options;
    options.prismaOnly = true;
    const QString text = metricsToPrometheus(metrics.snapshot(), options);
    QVERIFY(text.contains(u"# HELP prisma_client_queries_total The total number of Prisma Client queries executed\n"
                          "# TYPE prisma_client_queries_total counter\n"
                          "prisma_client_queries_total 1\n\n"_s));
    QVERIFY(text.contains(u"# TYPE prisma_pool_connections_open gauge\nprisma_pool_connections_open 7\n\n"_s));
    // prisma-engines test_prometheus_format, histogram_2: one observation of 1000 ms, cumulative buckets.
    const QString expected = u"# HELP prisma_client_queries_duration_histogram_ms The distribution of the time Prisma "
                             "Client queries took to run end to end\n"
                             "# TYPE prisma_client_queries_duration_histogram_ms histogram\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"0\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"1\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"5\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"10\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"50\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"100\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"500\"} 0\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"1000\"} 1\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"5000\"} 1\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"50000\"} 1\n"
                             "prisma_client_queries_duration_histogram_ms_bucket{le=\"+Inf\"} 1\n"
                             "prisma_client_queries_duration_histogram_ms_sum 1000\n"
                             "prisma_client_queries_duration_histogram_ms_count 1\n\n"_s;
    QVERIFY2(text.endsWith(expected), qPrintable(text));
}

void TestPoolMetrics::prometheusLabelsSortedAndEscaped()
{
    PoolMetrics metrics;
    metrics.observe(Histogram::ClientQueriesWait, 9);
    MetricsExportOptions options;
    options.prismaOnly = true;
    options.globalLabels = {{u"global_two"_s, u"two"_s}, {u"global_one"_s, u"o\"ne"_s}};
    const QString text = metricsToPrometheus(metrics.snapshot({{u"label"_s, u"one"_s}}), options);
    QVERIFY2(text.contains(u"prisma_client_queries_wait_histogram_ms_bucket{global_one=\"o\\\"ne\",global_two=\"two\","
                           "label=\"one\",le=\"10\"} 1\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"prisma_client_queries_total{global_one=\"o\\\"ne\",global_two=\"two\",label=\"one\"} 0\n"_s));
}

void TestPoolMetrics::concurrentUpdatesAreNotLost()
{
    PoolMetrics metrics;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 10000; ++i) {
                metrics.increment(Counter::DatasourceQueriesTotal);
                metrics.add(Gauge::PoolConnectionsBusy, 1);
                metrics.add(Gauge::PoolConnectionsBusy, -1);
                metrics.observe(Histogram::DatasourceQueriesDuration, 2.0);
            }
        });
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(metrics.value(Counter::DatasourceQueriesTotal), 80000u);
    QCOMPARE(metrics.value(Gauge::PoolConnectionsBusy), 0);
    const HistogramSample *h = metrics.snapshot().histogram(u"prisma_datasource_queries_duration_histogram_ms"_s);
    QVERIFY(h);
    QCOMPARE(h->count, 80000u);
    QCOMPARE(h->sum, 160000.0);
}

QTEST_GUILESS_MAIN(TestPoolMetrics)
#include "tst_pool_metrics.moc"
