// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryCharts.h"

#include "LiveText.h"
#include "MonitorStyle.h"
#include "monitor/QueryTimeline.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {
constexpr int kWindowSeconds = 60;
constexpr int kMaxPointsPerOrigin = 300; // per redraw: enough to see the shape, cheap to draw
}

QueryCharts::QueryCharts(QWidget *parent)
    : QWidget(parent)
    , m_timeChart(new QChart)
    , m_timeView(new QChartView(m_timeChart, this))
    , m_timeAxis(new QValueAxis(m_timeChart))
    , m_durationAxis(new QLogValueAxis(m_timeChart))
    , m_histogramChart(new QChart)
    , m_histogramView(new QChartView(m_histogramChart, this))
    , m_bars(new QBarSet(tr("statements")))
    , m_countAxis(new QValueAxis(m_histogramChart))
{
    setObjectName(u"queryCharts"_s);
    m_timeView->setObjectName(u"queryTimeChart"_s);
    m_histogramView->setObjectName(u"queryHistogram"_s);
    m_timeChart->setTitle(tr("Duration over the last minute (ms, log scale)"));
    m_timeAxis->setRange(-kWindowSeconds, 0);
    m_timeAxis->setLabelFormat(u"%ds"_s);
    m_timeAxis->setTickCount(7);
    m_durationAxis->setBase(10);
    m_durationAxis->setRange(0.01, 10000);
    m_durationAxis->setLabelFormat(u"%g"_s);
    m_timeChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_timeChart->addAxis(m_durationAxis, Qt::AlignLeft);
    for (int o = 0; o < int(m_series.size()); ++o) {
        const auto origin = db::QueryOrigin(o);
        auto *series = new QScatterSeries(m_timeChart);
        series->setName(db::originName(origin));
        series->setMarkerSize(5);
        series->setUseOpenGL(false);
        m_timeChart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_durationAxis);
        m_series[std::size_t(o)] = series;
    }
    m_timeChart->legend()->setAlignment(Qt::AlignBottom);

    m_histogramChart->setTitle(tr("Latency histogram (ms)"));
    auto *bars = new QBarSeries(m_histogramChart);
    bars->append(m_bars);
    m_histogramChart->addSeries(bars);
    auto *buckets = new QBarCategoryAxis(m_histogramChart);
    for (int b = 0; b <= int(monitor::QueryTimeline::kBucketBounds.size()); ++b) {
        buckets->append(monitor::QueryTimeline::bucketLabel(b));
        m_bars->append(0);
    }
    buckets->setLabelsAngle(-90); // fifteen buckets: upright labels would be elided
    m_histogramChart->addAxis(buckets, Qt::AlignBottom);
    m_histogramChart->addAxis(m_countAxis, Qt::AlignLeft);
    bars->attachAxis(buckets);
    bars->attachAxis(m_countAxis);
    m_countAxis->setLabelFormat(u"%d"_s);
    m_histogramChart->legend()->hide();

    for (QChartView *view : {m_timeView, m_histogramView}) {
        view->setRenderHint(QPainter::Antialiasing, false);
        view->setMinimumSize(220, 160);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeView, 3);
    layout->addWidget(m_histogramView, 2);
    restyle();
}

void QueryCharts::restyle()
{
    styleChart(m_timeChart);
    styleChart(m_histogramChart);
    for (int o = 0; o < int(m_series.size()); ++o) {
        // After the theme, which gives scatter markers a border of its own (white on the dark theme).
        m_series[std::size_t(o)]->setColor(originColor(db::QueryOrigin(o)));
        m_series[std::size_t(o)]->setBorderColor(Qt::transparent);
    }
    m_bars->setColor(originColor(db::QueryOrigin::Grid));
}

void QueryCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void QueryCharts::refresh(const monitor::QueryTimeline &timeline)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - kWindowSeconds * 1000;
    double maxMs = 1;
    for (int o = 0; o < int(m_series.size()); ++o) {
        const auto &points = timeline.series(db::QueryOrigin(o));
        // Newest first until the window or the per-redraw budget ends; a stride keeps the whole minute visible.
        qsizetype inWindow = 0;
        for (auto it = points.rbegin(); it != points.rend() && it->msSinceEpoch >= from; ++it)
            ++inWindow;
        const qsizetype stride = std::max<qsizetype>(1, inWindow / kMaxPointsPerOrigin);
        QList<QPointF> plotted;
        plotted.reserve(inWindow / stride + 1);
        // Each plotted point is the slowest of its stride, so outliers (the interesting ones) always show.
        auto it = points.rbegin();
        for (qsizetype k = 0; k < inWindow; k += stride) {
            auto slowest = it;
            for (qsizetype j = 0; j < stride && k + j < inWindow; ++j, ++it)
                if (it->durationMs > slowest->durationMs)
                    slowest = it;
            const double y = std::max(0.01, slowest->durationMs);
            maxMs = std::max(maxMs, y);
            plotted.append(QPointF(double(slowest->msSinceEpoch - now) / 1000.0, y));
        }
        m_series[std::size_t(o)]->replace(plotted);
        m_series[std::size_t(o)]->setVisible(!plotted.isEmpty());
    }
    double top = 10;
    while (top < maxMs * 1.5)
        top *= 10;
    if (m_durationAxis->max() != top) // an axis change lays the chart out again: only when needed
        m_durationAxis->setRange(0.01, top);

    const auto &buckets = timeline.histogram();
    quint64 highest = 1;
    for (std::size_t b = 0; b < buckets.size(); ++b) {
        m_bars->replace(int(b), double(buckets[b]));
        highest = std::max(highest, buckets[b]);
    }
    setCountRange(m_countAxis, double(highest));
}

int QueryCharts::plottedPoints() const
{
    int n = 0;
    for (const QScatterSeries *s : m_series)
        n += int(s->count());
    return n;
}

} // namespace facet::ui
