// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;

namespace facet::db {
class ParameterMasking;
}
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace facet::monitor {
class QueryMonitor;
}

namespace facet::ui {

class LiveText;
class QueryCharts;
class SqlView;

/// The query-timing panel: a live log of every statement the studio runs (filter bar, pause, clear, export),
/// the SQL of the selected row highlighted in its dialect, the duration chart and latency histogram, the
/// statements grouped by shape, and N+1 findings. It only shows a QueryMonitor; it runs nothing itself.
class QueryPanel final : public QWidget {
    Q_OBJECT
public:
    explicit QueryPanel(monitor::QueryMonitor *monitor, QWidget *parent = nullptr);

    /// Lets the panel's "Values" switch show parameters clear (MaskPolicy::None) instead of each pool's own
    /// masking, from the next statement on. Without it the switch stays disabled.
    void setParameterMasking(std::shared_ptr<db::ParameterMasking> masking);

    [[nodiscard]] QTableView *logView() const { return m_log; }
    [[nodiscard]] QTableView *groupsView() const { return m_groups; }
    [[nodiscard]] QTableView *nPlusOneView() const { return m_nPlusOne; }
    [[nodiscard]] QueryCharts *charts() const { return m_charts; }
    [[nodiscard]] SqlView *sqlView() const { return m_sql; }
    [[nodiscard]] LiveText *summary() const { return m_summary; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

    /// Redraws the charts and the summary now (normally a timer does this a few times a second).
    void refreshNow();
    /// Selects the newest row shown (the newest slow one when `preferSlow` and there is one) and shows its SQL.
    void selectNewest(bool preferSlow);

private:
    QWidget *createFilterBar();
    void showSelected();
    void updateSummary();
    void exportLog(bool csv);
    void onUpdated();

    monitor::QueryMonitor *m_monitor;
    QComboBox *m_origin;
    QLineEdit *m_model;
    QCheckBox *m_slowOnly;
    QCheckBox *m_failedOnly;
    QCheckBox *m_showValues;
    std::shared_ptr<db::ParameterMasking> m_masking;
    QLineEdit *m_search;
    QSpinBox *m_threshold;
    QToolButton *m_pause;
    QTabWidget *m_tabs;
    QTableView *m_log;
    QTableView *m_groups;
    QTableView *m_nPlusOne;
    SqlView *m_sql;
    QueryCharts *m_charts;
    LiveText *m_summary;
    QTimer *m_redraw;
    bool m_dirty = false;
    bool m_follow = true;
};

} // namespace facet::ui
