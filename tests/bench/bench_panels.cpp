// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// facet_bench_panels: do the query and pool panels stay responsive while the core runs a steady workload?
// (docs/BENCHMARKS.md, "Panels (issue 6)"; run through tests/bench/run-panels-bench.sh / `make bench-panels`.)
//
// A SyntheticWorkload runs --rate statements a second (default 5,000) through a 4-connection pool for
// --seconds (default 60) while both panels are shown and live. On the GUI thread a 10 ms precise timer probes
// the event loop: how late each tick fires is the latency a user's input would wait. RSS is sampled every
// second. With --no-panels the same workload runs with the GUI thread idle (no subscriber, no panels): the
// probe's reference on the same machine under the same load.
//
// Prints `RESULT key value` lines.
#include "monitor/LiveText.h"
#include "monitor/PoolMonitor.h"
#include "monitor/PoolPanel.h"
#include "monitor/QueryMonitor.h"
#include "monitor/QueryPanel.h"
#include "monitor/SyntheticWorkload.h"
#include "pool/PoolRegistry.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSplitter>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace facet;

namespace {

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const std::size_t k = std::min(values.size() - 1, std::size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

void result(const char *key, double value)
{
    std::printf("RESULT %s %.3f\n", key, value);
    std::fflush(stdout);
}

/// Times every event delivery on the GUI thread, so a stall can be traced to the receiver that caused it.
class TimedApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracking)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const char *cls = receiver->metaObject()->className();
        const bool done = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (ms > 8) {
            const QString key = QString::fromLatin1(cls) + u'/' + QString::number(type);
            auto &slot = slowest[key];
            slot.first = std::max(slot.first, ms);
            ++slot.second;
        }
        return done;
    }
    bool tracking = false;
    QHash<QString, std::pair<double, int>> slowest; ///< receiver class/event type → (max ms, deliveries over 8 ms)
};

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(u"url"_s, u"PostgreSQL URL"_s, u"url"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"duration (default 60)"_s, u"n"_s, u"60"_s);
    const QCommandLineOption rate(u"rate"_s, u"statements per second (default 5000)"_s, u"n"_s, u"5000"_s);
    const QCommandLineOption noPanels(u"no-panels"_s, u"run the workload with the GUI thread idle"_s);
    parser.addOptions({url, seconds, rate, noPanels});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(url)) {
        std::fprintf(stderr, "facet_bench_panels: --url is required\n");
        return 2;
    }
    const bool panels = !parser.isSet(noPanels);
    const int durationS = parser.value(seconds).toInt();
    ui::applyColorScheme(app, ui::ColorScheme::Light);

    db::PoolRegistry registry;
    auto pool = registry.pool(parser.value(url));
    if (!pool) {
        std::fprintf(stderr, "facet_bench_panels: %s\n", qPrintable(pool.error().summary()));
        return 1;
    }
    monitor::SyntheticWorkload::Options options;
    options.statementsPerSecond = parser.value(rate).toInt();
    options.workers = 4;
    options.statementsPerLease = 25;
    monitor::SyntheticWorkload workload(*pool, options);
    if (auto prepared = workload.prepare(); !prepared) {
        std::fprintf(stderr, "facet_bench_panels: %s\n", qPrintable(prepared.error().summary()));
        return 1;
    }

    std::unique_ptr<monitor::QueryMonitor> queries;
    std::unique_ptr<monitor::PoolMonitor> pools;
    std::unique_ptr<QSplitter> window;
    ui::QueryPanel *queryPanel = nullptr;
    if (panels) {
        queries = std::make_unique<monitor::QueryMonitor>(registry.bus());
        pools = std::make_unique<monitor::PoolMonitor>(monitor::PoolMonitor::Source::of(registry));
        pools->start();
        window = std::make_unique<QSplitter>(Qt::Vertical);
        queryPanel = new ui::QueryPanel(queries.get(), window.get());
        new ui::PoolPanel(pools.get(), window.get());
        window->resize(1400, 1000);
        window->show();
    }

    // The probe: a 10 ms precise timer; lateness = interval between ticks beyond 10 ms.
    std::vector<double> lateMs;
    lateMs.reserve(std::size_t(durationS) * 110);
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    bool measuring = false;
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const double elapsed = double(sinceTick.nsecsElapsed()) / 1e6;
        sinceTick.restart();
        if (measuring)
            lateMs.push_back(std::max(0.0, elapsed - 10.0));
    });

    std::vector<qint64> rss;
    QTimer sampler;
    sampler.setInterval(1000);
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { rss.push_back(rssKiB()); });

    QElapsedTimer clock;
    quint64 statementsAtStart = 0;
    const int warmupS = 3;
    workload.start();
    sinceTick.start();
    probe.start();
    QTimer::singleShot(warmupS * 1000, &app, [&] {
        measuring = true;
        app.tracking = qEnvironmentVariableIsSet("FACET_BENCH_TRACE");
        statementsAtStart = workload.statementsRun();
        clock.start();
        rss.push_back(rssKiB());
        sampler.start();
    });
    QTimer::singleShot((warmupS + durationS) * 1000, &app, [&] {
        measuring = false;
        app.quit();
    });
    app.exec();
    const double elapsedS = double(clock.nsecsElapsed()) / 1e9;
    const quint64 statements = workload.statementsRun() - statementsAtStart;
    workload.stop();

    result("panels", panels ? 1 : 0);
    result("seconds", elapsedS);
    result("statements", double(statements));
    result("statements_per_second", double(statements) / elapsedS);
    result("workload_errors", double(workload.errors()));
    result("probe_ticks", double(lateMs.size()));
    result("latency_p50_ms", percentile(lateMs, 0.50));
    result("latency_p99_ms", percentile(lateMs, 0.99));
    result("latency_max_ms", lateMs.empty() ? 0 : *std::ranges::max_element(lateMs));
    result("latency_over_50ms", double(std::ranges::count_if(lateMs, [](double ms) { return ms > 50; })));
    if (!rss.empty()) {
        result("rss_start_mib", double(rss.front()) / 1024);
        result("rss_max_mib", double(*std::ranges::max_element(rss)) / 1024);
        result("rss_end_mib", double(rss.back()) / 1024);
        // Growth over the second half: a bounded panel levels off once its rings are full.
        const std::size_t half = rss.size() / 2;
        result("rss_second_half_growth_mib", double(rss.back() - rss[half]) / 1024);
    }
    if (panels) {
        result("log_rows", queries->log()->size());
        result("events_seen", double(queries->timeline().total()));
        result("events_dropped", double(queries->droppedTotal()));
        result("monitor_ticks", double(queries->ticks()));
        result("n_plus_one_findings", queries->nPlusOne()->rowCount());
        result("peak_waiters", pools->peakWaiters());
        if (!lateMs.empty() && workload.lastError().isEmpty())
            std::fprintf(stderr, "facet_bench_panels: %s\n", qPrintable(queryPanel->summary()->text()));
    }
    for (auto it = app.slowest.cbegin(); it != app.slowest.cend(); ++it)
        std::fprintf(stderr, "slow delivery: %s max %.1f ms, %d over 8 ms\n", qPrintable(it.key()), it->first, it->second);
    if (!workload.lastError().isEmpty())
        std::fprintf(stderr, "facet_bench_panels: last workload error: %s\n", qPrintable(workload.lastError()));
    window.reset();
    queries.reset();
    pools.reset();
    registry.shutdownAll();
    return 0;
}
