// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

#include <array>

class QBarSet;
class QBarSeries;
class QChart;
class QChartView;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

namespace facet::monitor {
class QueryTimeline;
}

namespace facet::ui {

/// The query panel's charts: statement durations over the last minute (one colour per origin, log scale)
/// and the latency histogram since the last clear.
class QueryCharts final : public QWidget {
    Q_OBJECT
public:
    explicit QueryCharts(QWidget *parent = nullptr);

    /// Redraws from the timeline (the panel calls this a few times a second, not per statement).
    void refresh(const monitor::QueryTimeline &timeline);
    [[nodiscard]] int plottedPoints() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QChart *m_timeChart;
    QChartView *m_timeView;
    QValueAxis *m_timeAxis;
    QLogValueAxis *m_durationAxis;
    std::array<QScatterSeries *, 8> m_series{};
    QChart *m_histogramChart;
    QChartView *m_histogramView;
    QBarSet *m_bars;
    QValueAxis *m_countAxis;
};

} // namespace facet::ui
