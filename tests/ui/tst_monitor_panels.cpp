// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The query-timing and connection-pool panels on the offscreen platform, showing what real statements on a
// SQLite pool produced: the log and its filter bar, the highlighted SQL, the charts, the pool gauges and rows,
// the docks and their View menu entries, and the chart theme following the colour scheme.
#include "browse/ModelListModel.h"
#include "monitor/LiveText.h"
#include "monitor/PoolMonitor.h"
#include "monitor/PoolPanel.h"
#include "monitor/QueryCharts.h"
#include "monitor/QueryMonitor.h"
#include "monitor/QueryPanel.h"
#include "monitor/ServerActivityModel.h"
#include "monitor/SqlView.h"
#include "pool/PoolRegistry.h"
#include "shell/MainWindow.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;

class TestMonitorPanels : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<db::PoolRegistry> m_registry;
    std::shared_ptr<db::ConnectionPool> m_pool;
    std::unique_ptr<monitor::QueryMonitor> m_queries;
    std::unique_ptr<monitor::PoolMonitor> m_pools;
    models::ModelListModel m_models;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::QueryPanel *m_queryPanel = nullptr;
    ui::PoolPanel *m_poolPanel = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_registry = std::make_unique<db::PoolRegistry>();
        auto pool = m_registry->pool(u"file:"_s + m_dir.filePath(u"panels.db"_s));
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().summary()));
        m_pool = *pool;
        m_queries = std::make_unique<monitor::QueryMonitor>(m_registry->bus());
        m_pools = std::make_unique<monitor::PoolMonitor>(monitor::PoolMonitor::Source::of(*m_registry));
        m_window = std::make_unique<ui::MainWindow>(&m_models);
        m_queryPanel = new ui::QueryPanel(m_queries.get());
        m_poolPanel = new ui::PoolPanel(m_pools.get());
        m_window->addMonitorPanels(m_queryPanel, m_poolPanel);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_queries.reset();
        m_pools.reset();
        m_pool.reset();
        m_registry.reset();
    }

    void theDocksAreInTheViewMenu()
    {
        QDockWidget *query = m_window->queryDock();
        QDockWidget *pool = m_window->poolDock();
        QVERIFY(query && pool);
        QCOMPARE(query->widget(), m_queryPanel);
        QCOMPARE(pool->widget(), m_poolPanel);
        QVERIFY(!query->isVisible());
        auto *toggle = m_window->findChild<QAction *>(u"action_queryDock"_s);
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        QCOMPARE(m_window->findChild<QAction *>(u"action_poolDock"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        toggle->trigger();
        QTRY_VERIFY(query->isVisible());
        QVERIFY(m_queryPanel->isVisible());
    }

    void theQueryPanelShowsTheStatementsThatRan()
    {
        auto ran = m_pool->runBlocking(db::QueryOrigin::Grid, u"open Thing"_s, [](db::Connection &c) -> db::Result<void> {
            for (int i = 0; i < 30; ++i) {
                db::Statement s(u"SELECT ? AS n"_s, {db::Value::fromInt(i)});
                s.model = u"Thing"_s;
                if (auto r = c.execute(s); !r)
                    return std::unexpected(r.error());
            }
            (void)c.execute(db::Statement(u"SELECT * FROM panel_missing_table"_s)); // fails on purpose
            return {};
        });
        QVERIFY(ran);
        QSignalSpy updated(m_queries.get(), &monitor::QueryMonitor::updated);
        QTRY_VERIFY(m_queries->log()->size() >= 31); // the bus notifier drains on its own
        QTableView *log = m_queryPanel->logView();
        QCOMPARE(log->model()->rowCount(), m_queries->log()->size());
        QVERIFY(updated.size() >= 1);

        auto *failedOnly = m_queryPanel->findChild<QCheckBox *>(u"failedOnly"_s);
        failedOnly->setChecked(true);
        QCOMPARE(log->model()->rowCount(), 1);
        const QModelIndex failedRow = log->model()->index(0, 0);
        QVERIFY(failedRow.data(Qt::ForegroundRole).isValid()); // failed rows are coloured
        log->setCurrentIndex(failedRow);
        QVERIFY(m_queryPanel->sqlView()->toPlainText().contains(u"panel_missing_table"_s));
        QCOMPARE(m_queryPanel->sqlView()->definitionName(), u"SQL"_s); // SQLite's dialect
        failedOnly->setChecked(false);

        auto *slowOnly = m_queryPanel->findChild<QCheckBox *>(u"slowOnly"_s);
        slowOnly->setChecked(true);
        QCOMPARE(log->model()->rowCount(), 0); // nothing takes a second here
        m_queryPanel->findChild<QSpinBox *>(u"slowThreshold"_s)->setValue(0); // now everything is slow
        QCOMPARE(log->model()->rowCount(), m_queries->log()->size());
        QVERIFY(log->model()->index(0, 0).data(Qt::BackgroundRole).isValid());
        slowOnly->setChecked(false);

        m_queryPanel->refreshNow();
        QCOMPARE(qsizetype(m_queryPanel->charts()->plottedPoints()), qsizetype(m_queries->timeline().total()));
        QVERIFY2(m_queryPanel->summary()->text().contains(u"1 failed"_s), qPrintable(m_queryPanel->summary()->text()));
        QVERIFY(m_queryPanel->groupsView()->model()->rowCount() >= 2);
    }

    void thePoolPanelShowsThePool()
    {
        m_window->poolDock()->show();
        m_pools->refresh();
        QCOMPARE(m_poolPanel->gauge(ui::PoolPanel::Open)->value(), 1);
        QCOMPARE(m_poolPanel->gauge(ui::PoolPanel::Waiters)->value(), 0);
        QCOMPARE(m_poolPanel->connectionsView()->model()->rowCount(), 1);
        QSignalSpy refreshed(m_poolPanel->serverModel(), &monitor::ServerActivityModel::refreshed);
        m_poolPanel->refreshServerView();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(m_poolPanel->serverModel()->rowCount(), 0);
        QVERIFY(m_poolPanel->serverModel()->status().contains(u"SQLite"_s));
    }

    void chartsFollowTheColourScheme()
    {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        auto *view = m_queryPanel->findChild<QChartView *>(u"queryTimeChart"_s);
        QVERIFY(view);
        ui::applyColorScheme(*app, ui::ColorScheme::Dark);
        QTRY_COMPARE(view->chart()->theme(), QChart::ChartThemeDark);
        ui::applyColorScheme(*app, ui::ColorScheme::Light);
        QTRY_COMPARE(view->chart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestMonitorPanels)
#include "tst_monitor_panels.moc"
