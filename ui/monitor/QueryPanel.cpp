// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "QueryPanel.h"

#include "LiveText.h"
#include "MonitorStyle.h"
#include "QueryCharts.h"
#include "SqlView.h"
#include "bus/ParameterMasking.h"
#include "monitor/LogExport.h"
#include "monitor/QueryMonitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

// The query tables select one statement at a time (the SQL view follows it).
QTableView *makeQueryTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = makeMonitorTable(model, name, parent);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

QueryPanel::QueryPanel(monitor::QueryMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_tabs(new QTabWidget(this))
    , m_sql(new SqlView(this))
    , m_charts(new QueryCharts(this))
    , m_summary(new LiveText(this))
    , m_redraw(new QTimer(this))
{
    setObjectName(u"queryPanel"_s);
    auto *logStyle = new FlagStyler(monitor::QueryLogModel::SlowRole, monitor::QueryLogModel::FailedRole, 0, this);
    logStyle->setSourceModel(monitor->filter());
    m_log = makeQueryTable(logStyle, u"queryLog"_s, m_tabs);
    auto *groupStyle = new FlagStyler(monitor::FingerprintStatsModel::NPlusOneRole, 0, 0, this);
    groupStyle->setSourceModel(monitor->groups());
    m_groups = makeQueryTable(groupStyle, u"queryGroups"_s, m_tabs);
    m_nPlusOne = makeQueryTable(monitor->nPlusOne(), u"nPlusOne"_s, m_tabs);

    const QFontMetrics fm = fontMetrics();
    const std::pair<int, int> logWidths[] = {{monitor::QueryLogModel::Time, fm.horizontalAdvance(u"00:00:00.000 "_s)},
                                             {monitor::QueryLogModel::Origin, fm.horizontalAdvance(u"introspection"_s)},
                                             {monitor::QueryLogModel::Model, fm.horizontalAdvance(u"ModelName"_s)}};
    for (auto [column, width] : logWidths)
        m_log->setColumnWidth(column, width + 12);
    for (int c = monitor::QueryLogModel::QueueWait; c <= monitor::QueryLogModel::Status; ++c)
        m_log->setColumnWidth(c, fm.horizontalAdvance(u"Exec ms 0"_s) + 8);
    m_groups->setColumnWidth(monitor::FingerprintStatsModel::Fingerprint, 420);
    m_nPlusOne->setColumnWidth(monitor::NPlusOneModel::Fingerprint, 380);
    m_nPlusOne->setColumnWidth(monitor::NPlusOneModel::Action, 140);

    m_tabs->setObjectName(u"queryTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_groups, tr("Statements"));
    m_tabs->addTab(m_nPlusOne, tr("N+1"));

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_sql);
    bottom->addWidget(m_charts);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 5);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_summary->setObjectName(u"querySummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createFilterBar());
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_log->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueryPanel::showSelected);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        m_sql->setSql(i.data(monitor::FingerprintStatsModel::SampleSqlRole).toString(),
                      db::Provider(i.data(monitor::FingerprintStatsModel::ProviderRole).toInt()));
    });
    connect(m_nPlusOne->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        QString sql = i.data(monitor::NPlusOneModel::SampleSqlRole).toString();
        if (const QString hint = i.data(monitor::NPlusOneModel::HintRole).toString(); !hint.isEmpty())
            sql += u"\n-- N+1: "_s + hint;
        m_sql->setSql(sql, db::Provider(i.data(monitor::NPlusOneModel::ProviderRole).toInt()));
    });
    // Follow the newest row unless the user scrolled up to read.
    connect(m_log->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_log->verticalScrollBar()->maximum() - 2; });
    connect(m_monitor, &monitor::QueryMonitor::updated, this, &QueryPanel::onUpdated);
    // Charts are the costly part: redraw them at most four times a second, and only when something changed.
    m_redraw->setInterval(250);
    connect(m_redraw, &QTimer::timeout, this, [this] {
        if (m_dirty && isVisible())
            refreshNow();
    });
    m_redraw->start();
    updateSummary();
}

QWidget *QueryPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_origin = new QComboBox(bar);
    m_origin->setObjectName(u"originFilter"_s);
    m_origin->addItem(tr("All origins"), -1);
    for (auto origin : {db::QueryOrigin::Grid, db::QueryOrigin::Save, db::QueryOrigin::Console, db::QueryOrigin::Migration,
                        db::QueryOrigin::Introspection, db::QueryOrigin::Cli, db::QueryOrigin::Panel, db::QueryOrigin::Internal})
        m_origin->addItem(db::originName(origin), int(origin));
    m_model = new QLineEdit(bar);
    m_model->setObjectName(u"modelFilter"_s);
    m_model->setPlaceholderText(tr("Model"));
    m_model->setMaximumWidth(120);
    m_slowOnly = new QCheckBox(tr("Slow"), bar);
    m_slowOnly->setObjectName(u"slowOnly"_s);
    m_failedOnly = new QCheckBox(tr("Failed"), bar);
    m_failedOnly->setObjectName(u"failedOnly"_s);
    m_showValues = new QCheckBox(tr("Values"), bar);
    m_showValues->setObjectName(u"showParameterValues"_s);
    m_showValues->setToolTip(tr("Show parameter values in clear. Off: each connection's masking applies (text, "
                                "Json and bytes by length only). Applies to statements from now on."));
    m_showValues->setEnabled(false);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"querySearch"_s);
    m_search->setPlaceholderText(tr("Search SQL, action, error…"));
    m_search->setClearButtonEnabled(true);
    m_threshold = new QSpinBox(bar);
    m_threshold->setObjectName(u"slowThreshold"_s);
    m_threshold->setRange(0, 600000);
    m_threshold->setSingleStep(100);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setPrefix(tr("slow ≥ "));
    m_threshold->setValue(int(m_monitor->log()->slowThresholdMs()));
    m_pause = new QToolButton(bar);
    m_pause->setObjectName(u"pauseLog"_s);
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    auto *clear = new QToolButton(bar);
    clear->setObjectName(u"clearLog"_s);
    clear->setText(tr("Clear"));
    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(u"exportLog"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Log as JSON lines…"), this, [this] { exportLog(false); });
    exportMenu->addAction(tr("Log as CSV…"), this, [this] { exportLog(true); });
    exportButton->setMenu(exportMenu);

    row->addWidget(m_origin);
    row->addWidget(m_model);
    row->addWidget(m_slowOnly);
    row->addWidget(m_failedOnly);
    row->addWidget(m_showValues);
    row->addWidget(m_search, 1);
    row->addWidget(m_threshold);
    row->addWidget(m_pause);
    row->addWidget(clear);
    row->addWidget(exportButton);

    monitor::QueryLogFilter *filter = m_monitor->filter();
    connect(m_origin, &QComboBox::currentIndexChanged, this, [this, filter] {
        const int value = m_origin->currentData().toInt();
        filter->setOrigin(value < 0 ? std::nullopt : std::optional(db::QueryOrigin(value)));
    });
    connect(m_model, &QLineEdit::textChanged, filter, &monitor::QueryLogFilter::setModelName);
    connect(m_slowOnly, &QCheckBox::toggled, filter, &monitor::QueryLogFilter::setSlowOnly);
    connect(m_failedOnly, &QCheckBox::toggled, filter, &monitor::QueryLogFilter::setFailedOnly);
    connect(m_search, &QLineEdit::textChanged, filter, &monitor::QueryLogFilter::setSearch);
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int ms) {
        m_monitor->log()->setSlowThresholdMs(ms);
        m_monitor->filter()->invalidate();
    });
    connect(m_pause, &QToolButton::toggled, m_monitor, &monitor::QueryMonitor::setPaused);
    connect(m_monitor, &monitor::QueryMonitor::pausedChanged, this, [this](bool paused) {
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(clear, &QToolButton::clicked, m_monitor, &monitor::QueryMonitor::clear);
    connect(m_showValues, &QCheckBox::toggled, this, [this](bool clearValues) {
        if (m_masking)
            m_masking->setOverride(clearValues ? std::optional(db::MaskPolicy::None) : std::nullopt);
    });
    return bar;
}

void QueryPanel::setParameterMasking(std::shared_ptr<db::ParameterMasking> masking)
{
    m_masking = std::move(masking);
    m_showValues->setEnabled(bool(m_masking));
    m_showValues->setChecked(m_masking && m_masking->override() == db::MaskPolicy::None);
}

void QueryPanel::onUpdated()
{
    m_dirty = true;
    if (m_follow && !m_monitor->isPaused())
        m_log->scrollToBottom();
}

void QueryPanel::refreshNow()
{
    m_dirty = false;
    m_charts->refresh(m_monitor->timeline());
    updateSummary();
}

void QueryPanel::updateSummary()
{
    const monitor::QueryLogModel &log = *m_monitor->log();
    const QLocale locale;
    QString text = tr("%1 statements · %2 slow · %3 failed · %4 shapes · %5 N+1")
                       .arg(locale.toString(qulonglong(m_monitor->timeline().total())), locale.toString(log.slowCount()),
                            locale.toString(log.failedCount()), locale.toString(m_monitor->groups()->rowCount()),
                            locale.toString(m_monitor->nPlusOne()->rowCount()));
    if (log.evictedTotal() > 0)
        text += tr(" · showing the newest %1").arg(locale.toString(log.size()));
    if (m_monitor->droppedTotal() > 0)
        text += tr(" · %1 not shown (the panel fell behind)").arg(locale.toString(qulonglong(m_monitor->droppedTotal())));
    m_summary->setText(text);
}

void QueryPanel::selectNewest(bool preferSlow)
{
    QAbstractItemModel *model = m_log->model();
    int row = model->rowCount() - 1;
    if (preferSlow) {
        for (int r = row; r >= 0; --r) {
            if (model->index(r, 0).data(monitor::QueryLogModel::SlowRole).toBool()) {
                row = r;
                break;
            }
        }
    }
    if (row < 0)
        return;
    m_follow = false;
    m_log->setCurrentIndex(model->index(row, 0));
    m_log->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
    showSelected();
}

void QueryPanel::showSelected()
{
    const QModelIndex current = m_log->currentIndex();
    if (!current.isValid())
        return;
    QString sql = current.data(monitor::QueryLogModel::SqlRole).toString();
    const QString params = current.data(monitor::QueryLogModel::ParamsRole).toString();
    if (params != u"[]"_s)
        sql += u"\n-- params: "_s + params;
    const QString error = current.data(monitor::QueryLogModel::ErrorRole).toString();
    if (!error.isEmpty())
        sql += u"\n-- error: "_s + error;
    m_sql->setSql(sql, db::Provider(current.data(monitor::QueryLogModel::ProviderRole).toInt()));
}

void QueryPanel::exportLog(bool csv)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the query log"),
                                                      csv ? u"queries.csv"_s : u"queries.jsonl"_s,
                                                      csv ? tr("CSV (*.csv)") : tr("JSON lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray bytes = csv ? monitor::queryLogToCsv(*m_monitor->log()) : monitor::queryLogToJsonLines(*m_monitor->log());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace facet::ui
