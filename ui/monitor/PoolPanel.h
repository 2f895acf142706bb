// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

#include <array>

class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTimer;
class QValueAxis;

namespace facet::monitor {
class PoolMonitor;
class PrometheusEndpoint;
class ServerActivityModel;
}

namespace facet::ui {

class LiveText;

/// The connection-pool panel: gauges (open, busy, idle, waiters against the limit) and their chart over time,
/// the wait-time histogram, a row per pooled connection (leaks flagged with their borrower), and the server's
/// own session list with the studio's sessions marked. Metrics export as Prisma JSON or Prometheus text.
class PoolPanel final : public QWidget {
    Q_OBJECT
public:
    PoolPanel(monitor::PoolMonitor *monitor, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *connectionsView() const { return m_connections; }
    [[nodiscard]] QTableView *serverView() const { return m_server; }
    [[nodiscard]] monitor::ServerActivityModel *serverModel() const { return m_serverModel; }
    [[nodiscard]] QProgressBar *gauge(int which) const { return m_gauges[std::size_t(which)]; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] monitor::PrometheusEndpoint *prometheusEndpoint() const { return m_endpoint; }

    enum Gauge { Open, Busy, Idle, Waiters };

    /// Refreshes the server view now (it also refreshes every few seconds while visible).
    void refreshServerView();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onUpdated();
    void restyle();
    void exportMetrics(bool prometheus);
    void servePrometheus(bool on);

    monitor::PoolMonitor *m_monitor;
    monitor::ServerActivityModel *m_serverModel;
    std::array<QProgressBar *, 4> m_gauges{};
    LiveText *m_limit;
    QChart *m_chart;
    QChartView *m_chartView;
    std::array<QLineSeries *, 4> m_lines{};
    QValueAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QChart *m_waitChart;
    QChartView *m_waitView;
    QBarSet *m_waitBars;
    QValueAxis *m_waitAxis;
    QTabWidget *m_tabs;
    QTableView *m_connections;
    QTableView *m_server;
    QLabel *m_serverStatus;
    QTimer *m_serverTimer;
    monitor::PrometheusEndpoint *m_endpoint;
    QLabel *m_endpointStatus;
};

} // namespace facet::ui
