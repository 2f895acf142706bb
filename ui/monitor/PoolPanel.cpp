// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PoolPanel.h"

#include "LiveText.h"
#include "MonitorStyle.h"
#include "metrics/MetricsExport.h"
#include "monitor/PoolMonitor.h"
#include "monitor/PrometheusEndpoint.h"
#include "monitor/ServerActivityModel.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

constexpr int kChartSeconds = 120;

const std::array<QString, 4> kGaugeNames = {u"open"_s, u"busy"_s, u"idle"_s, u"waiters"_s};
const std::array<QColor, 4> kGaugeColors = {QColor(0x3d, 0x7e, 0xf0), QColor(0xe0, 0x8a, 0x1e), QColor(0x2f, 0xa8, 0x5a),
                                            QColor(0xd0, 0x3a, 0x4a)};

} // namespace

PoolPanel::PoolPanel(monitor::PoolMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_serverModel(new monitor::ServerActivityModel(this))
    , m_limit(new LiveText(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_timeAxis(new QValueAxis(m_chart))
    , m_countAxis(new QValueAxis(m_chart))
    , m_waitChart(new QChart)
    , m_waitView(new QChartView(m_waitChart, this))
    , m_waitBars(new QBarSet(tr("requests")))
    , m_waitAxis(new QValueAxis(m_waitChart))
    , m_tabs(new QTabWidget(this))
    , m_serverStatus(new QLabel(this))
    , m_serverTimer(new QTimer(this))
    , m_endpoint(new monitor::PrometheusEndpoint(
          [monitor] { return db::metricsToPrometheus(monitor->metrics()); }, this))
    , m_endpointStatus(new QLabel(this))
{
    setObjectName(u"poolPanel"_s);

    // Gauges.
    auto *gauges = new QWidget(this);
    auto *grid = new QHBoxLayout(gauges);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList titles{tr("Open"), tr("Busy"), tr("Idle"), tr("Waiting")};
    for (int g = 0; g < 4; ++g) {
        auto *label = new QLabel(titles[g], gauges);
        auto *bar = new QProgressBar(gauges);
        bar->setObjectName(u"gauge_"_s + kGaugeNames[std::size_t(g)]);
        bar->setRange(0, 1);
        bar->setValue(0);
        bar->setFormat(u"%v"_s);
        bar->setMinimumWidth(90);
        grid->addWidget(label);
        grid->addWidget(bar, 1);
        m_gauges[std::size_t(g)] = bar;
    }
    m_limit->setObjectName(u"poolLimit"_s);
    m_limit->setMinimumWidth(m_limit->fontMetrics().horizontalAdvance(u"limit 10 · peak waiting 10 · 0 probable leak(s)  "_s));
    grid->addWidget(m_limit);
    auto *exportButton = new QToolButton(gauges);
    exportButton->setObjectName(u"exportMetrics"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Metrics as Prisma JSON…"), this, [this] { exportMetrics(false); });
    exportMenu->addAction(tr("Metrics as Prometheus text…"), this, [this] { exportMetrics(true); });
    exportMenu->addSeparator();
    QAction *serve = exportMenu->addAction(tr("Serve Prometheus on 127.0.0.1"));
    serve->setObjectName(u"servePrometheus"_s);
    serve->setCheckable(true); // off by default: nothing listens unless asked
    connect(serve, &QAction::toggled, this, &PoolPanel::servePrometheus);
    exportButton->setMenu(exportMenu);
    m_endpointStatus->setObjectName(u"prometheusStatus"_s);
    m_endpointStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_endpointStatus->hide();
    grid->addWidget(m_endpointStatus);
    grid->addWidget(exportButton);

    // Gauges over time.
    m_chart->setTitle(tr("Connections over the last two minutes"));
    m_timeAxis->setRange(-kChartSeconds, 0);
    m_timeAxis->setLabelFormat(u"%ds"_s);
    m_countAxis->setLabelFormat(u"%d"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (int g = 0; g < 4; ++g) {
        auto *line = new QLineSeries(m_chart);
        line->setName(titles[g]);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_countAxis);
        m_lines[std::size_t(g)] = line;
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView->setObjectName(u"poolChart"_s);

    // Wait-time histogram (Prisma's buckets).
    m_waitChart->setTitle(tr("Wait for a connection (ms)"));
    auto *bars = new QBarSeries(m_waitChart);
    bars->append(m_waitBars);
    m_waitChart->addSeries(bars);
    auto *buckets = new QBarCategoryAxis(m_waitChart);
    for (double bound : db::kHistogramBounds) {
        buckets->append(u"≤%1"_s.arg(bound));
        m_waitBars->append(0);
    }
    m_waitChart->addAxis(buckets, Qt::AlignBottom);
    m_waitChart->addAxis(m_waitAxis, Qt::AlignLeft);
    bars->attachAxis(buckets);
    bars->attachAxis(m_waitAxis);
    m_waitAxis->setLabelFormat(u"%d"_s);
    m_waitChart->legend()->hide();
    m_waitView->setObjectName(u"poolWaitHistogram"_s);
    for (QChartView *view : {m_chartView, m_waitView})
        view->setMinimumSize(220, 150);

    // Tables.
    auto *connectionStyle = new FlagStyler(monitor::PoolConnectionsModel::LeakRole, 0, 0, this);
    connectionStyle->setSourceModel(monitor->connections());
    m_connections = makeMonitorTable(connectionStyle, u"poolConnections"_s, m_tabs);
    m_connections->setColumnWidth(monitor::PoolConnectionsModel::Pool, 200);
    m_connections->setColumnWidth(monitor::PoolConnectionsModel::Statement, 280);
    auto *serverStyle = new FlagStyler(0, 0, monitor::ServerActivityModel::OursRole, this);
    serverStyle->setSourceModel(m_serverModel);
    auto *serverPage = new QWidget(m_tabs);
    m_server = makeMonitorTable(serverStyle, u"serverActivity"_s, serverPage);
    m_server->setColumnWidth(monitor::ServerActivityModel::Query, 320);
    auto *serverLayout = new QVBoxLayout(serverPage);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    auto *serverBar = new QHBoxLayout;
    auto *refresh = new QToolButton(serverPage);
    refresh->setText(tr("Refresh"));
    serverBar->addWidget(m_serverStatus, 1);
    serverBar->addWidget(refresh);
    serverLayout->addLayout(serverBar);
    serverLayout->addWidget(m_server, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_connections, tr("Connections"));
    m_tabs->addTab(serverPage, tr("Server sessions"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, serverPage](int) {
        if (m_tabs->currentWidget() == serverPage)
            refreshServerView();
    });

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_chartView);
    charts->addWidget(m_waitView);
    charts->setSizes({600, 400});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_tabs);
    split->setSizes({260, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(gauges);
    layout->addWidget(split, 1);

    connect(m_monitor, &monitor::PoolMonitor::updated, this, &PoolPanel::onUpdated);
    connect(refresh, &QToolButton::clicked, this, &PoolPanel::refreshServerView);
    connect(m_serverModel, &monitor::ServerActivityModel::refreshed, this,
            [this] { m_serverStatus->setText(m_serverModel->status()); });
    connect(m_serverModel, &monitor::ServerActivityModel::failed, m_serverStatus, &QLabel::setText);
    m_serverTimer->setInterval(3000);
    connect(m_serverTimer, &QTimer::timeout, this, [this] {
        if (m_server->isVisible())
            refreshServerView();
    });
    m_serverTimer->start();
    restyle();
    onUpdated();
}

void PoolPanel::refreshServerView()
{
    const auto pools = m_monitor->source().pools ? m_monitor->source().pools() : QList<std::shared_ptr<db::ConnectionPool>>{};
    if (pools.isEmpty()) {
        m_serverStatus->setText(tr("No database connected"));
        return;
    }
    m_serverModel->setOwnSessions(m_monitor->sessionIds());
    if (m_serverModel->pool() != pools.front())
        m_serverModel->setPool(pools.front()); // the first pool's server (SQLite has none)
    m_serverModel->refresh(); // a no-op while the previous refresh runs
}

void PoolPanel::onUpdated()
{
    const monitor::PoolMonitor::Sample latest = m_monitor->latest();
    const std::array<int, 4> values{latest.open, latest.busy, latest.idle, latest.waiters};
    const int limit = std::max(1, latest.limit);
    for (int g = 0; g < 4; ++g) {
        QProgressBar *bar = m_gauges[std::size_t(g)];
        const int maximum = g == Waiters ? std::max(limit, m_monitor->peakWaiters()) : limit;
        if (bar->maximum() != maximum)
            bar->setMaximum(maximum);
        bar->setValue(values[std::size_t(g)]);
    }
    m_limit->setText(tr("limit %1 · peak waiting %2 · %3 probable leak(s)")
                         .arg(latest.limit)
                         .arg(m_monitor->peakWaiters())
                         .arg(m_monitor->connections()->leakCount()));
    if (!isVisible())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::array<QList<QPointF>, 4> points;
    int highest = 1;
    for (const monitor::PoolMonitor::Sample &s : m_monitor->history()) {
        const double x = double(s.msSinceEpoch - now) / 1000.0;
        if (x < -kChartSeconds)
            continue;
        const std::array<int, 4> v{s.open, s.busy, s.idle, s.waiters};
        for (int g = 0; g < 4; ++g)
            points[std::size_t(g)].append(QPointF(x, v[std::size_t(g)]));
        highest = std::max({highest, s.open, s.waiters, s.limit});
    }
    for (int g = 0; g < 4; ++g)
        m_lines[std::size_t(g)]->replace(points[std::size_t(g)]);
    setCountRange(m_countAxis, highest + 1);

    const db::HistogramSample wait = m_monitor->waitHistogram();
    quint64 top = 1;
    for (int b = 0; b < int(wait.buckets.size()) && b < m_waitBars->count(); ++b) {
        m_waitBars->replace(b, double(wait.buckets[b].second));
        top = std::max(top, wait.buckets[b].second);
    }
    setCountRange(m_waitAxis, double(top));
}

void PoolPanel::restyle()
{
    styleChart(m_chart);
    styleChart(m_waitChart);
    for (int g = 0; g < 4; ++g) {
        QPen pen(kGaugeColors[std::size_t(g)]);
        pen.setWidthF(2);
        m_lines[std::size_t(g)]->setPen(pen);
    }
    m_waitBars->setColor(kGaugeColors[Waiters]);
}

void PoolPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void PoolPanel::servePrometheus(bool on)
{
    if (!on) {
        m_endpoint->close();
        m_endpointStatus->hide();
        return;
    }
    // Prometheus exporters conventionally use 9464; any free port when it is taken.
    auto port = m_endpoint->listen(9464);
    if (!port)
        port = m_endpoint->listen(0);
    if (!port) {
        QMessageBox::warning(this, tr("Prometheus endpoint"), port.error());
        return;
    }
    m_endpointStatus->setText(u"http://127.0.0.1:%1/metrics"_s.arg(*port));
    m_endpointStatus->show();
}

void PoolPanel::exportMetrics(bool prometheus)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the pool metrics"),
                                                      prometheus ? u"metrics.prom"_s : u"metrics.json"_s);
    if (path.isEmpty())
        return;
    const db::MetricsSnapshot snapshot = m_monitor->metrics();
    const QByteArray bytes = prometheus ? db::metricsToPrometheus(snapshot).toUtf8()
                                        : QJsonDocument(db::metricsToPrismaJson(snapshot)).toJson(QJsonDocument::Indented);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace facet::ui
