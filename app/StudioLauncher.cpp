// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "StudioLauncher.h"

#include "ScreenshotWait.h"

#include "EditDemo.h"

#include "browse/ModelListModel.h"
#include "browse/RowCountProbe.h"
#include "browse/SchemaEntries.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoPreparation.h"
#include "monitor/PoolMonitor.h"
#include "monitor/QueryMonitor.h"
#include "monitor/SyntheticWorkload.h"
#include "monitor/PoolPanel.h"
#include "monitor/QueryPanel.h"
#include "grid/GridSources.h"
#include "pool/PoolRegistry.h"
#include "ResolvedSchema.h"
#include "SchemaLoader.h"
#include "schema/SchemaView.h"
#include "shell/MainWindow.h"
#include "workspace/WelcomePage.h"

#include <QApplication>
#include <QDockWidget>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace facet::app {

StudioLauncher::StudioLauncher(StudioOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_models(std::make_unique<models::ModelListModel>())
{
}

StudioLauncher::~StudioLauncher()
{
    if (m_workloadStarter.joinable())
        m_workloadStarter.join();
    m_workload.reset(); // stops its threads before the pools go
    // Grids first (they hold the pools), then the pools, while the application object still exists: QtSql
    // connections close on their worker threads and need it.
    m_window.reset();
    db::PoolRegistry::shared().shutdownAll();
}

bool StudioLauncher::start()
{
    auto &app = *qobject_cast<QApplication *>(QCoreApplication::instance());
    ui::applyColorScheme(app, m_options.colorScheme);
    app.setWindowIcon(QIcon(u":/facet/icons/facet.svg"_s));

    m_window = std::make_unique<ui::MainWindow>(m_models.get());
    connect(m_window.get(), &ui::MainWindow::colorSchemeRequested, this,
            [&app](ui::ColorScheme scheme) { ui::applyColorScheme(app, scheme); });
    connect(m_window.get(), &ui::MainWindow::openSchemaRequested, this,
            [this](const QString &path) { openProject(path); });

    if (!m_options.schemaPath.isEmpty() && !QFileInfo::exists(m_options.schemaPath)) {
        std::fprintf(stderr, "facet: the schema '%s' does not exist\n", m_options.schemaPath.toLocal8Bit().constData());
        return false;
    }
    createMonitorPanels();
    if (!openProject(m_options.schemaPath))
        return false;
    if (!m_options.panel.isEmpty()) {
        QDockWidget *dock = m_options.panel == u"query"_s ? m_window->queryDock() : m_window->poolDock();
        m_window->resize(1400, 1000);
        dock->show();
        m_window->resizeDocks({dock}, {640}, Qt::Vertical);
        if (m_options.panel == u"server"_s)
            m_poolPanel->tabs()->setCurrentIndex(1);
    }
    m_window->show();
    if (!m_options.workloadUrl.isEmpty())
        startWorkload();
    if (!m_options.openEntry.isEmpty() && !m_window->openEntry(m_options.openEntry)) {
        std::fprintf(stderr, "facet: the schema has no model, view or enum named '%s'\n",
                     m_options.openEntry.toLocal8Bit().constData());
        return false;
    }
    if (m_options.openSchemaTab)
        m_window->showSchemaTab();
    if (!m_demo && !m_options.screenshotPath.isEmpty())
        takeScreenshotSoon();
    return true;
}

bool StudioLauncher::openProject(const QString &requestedPath)
{
    const bool demo = requestedPath.isEmpty();
    // A previous project's background work must not report into the new one.
    m_counts.reset();
    m_demo.reset();
    QString schemaPath = requestedPath;
    if (demo) {
        auto extracted = demo::DemoDatabase::extractProject();
        if (!extracted) {
            std::fprintf(stderr, "facet: %s\n", extracted.error().message.toLocal8Bit().constData());
            return false;
        }
        schemaPath = *extracted;
        m_demoSchemaPath = schemaPath;
    }

    const models::SchemaOutline outline = models::loadSchemaOutline(schemaPath);
    // N+1 findings name relations of this project's schema (a second, cheap parse; the outline keeps no AST).
    if (auto sources = schema::loadSchemaPath(schemaPath); sources && m_options.workloadUrl.isEmpty()) {
        auto validated = std::make_shared<schema::ValidatedSchema>(schema::validateSchema(*sources));
        m_queryMonitor->nPlusOne()->setSchema(std::shared_ptr<const schema::ResolvedSchema>(validated, &validated->resolved));
    }
    m_window->closeModelTabs();
    m_models->setEntries(outline.entries);
    m_window->schemaView()->setOutline(outline);

    const QFileInfo info(schemaPath);
    ui::ProjectSummary summary;
    summary.title = demo ? tr("Demo project") : (info.isDir() ? info.fileName() : info.dir().dirName());
    summary.schemaPath = QDir::toNativeSeparators(schemaPath);
    summary.provider = outline.provider.isEmpty() ? tr("(no datasource)") : outline.provider;
    summary.models = outline.count(models::SchemaEntry::Kind::Model);
    summary.enums = outline.count(models::SchemaEntry::Kind::Enum);
    summary.views = outline.count(models::SchemaEntry::Kind::View);
    summary.problems = outline.problems;
    summary.database = demo ? QDir::toNativeSeparators(demo::DemoDatabase::defaultPath()) : tr("not connected");
    m_window->welcomePage()->setSummary(summary);
    m_window->welcomePage()->showStatus(QString());
    m_window->setWindowTitle(demo ? u"Facet — Demo"_s : u"Facet — "_s + summary.title);
    if (demo) {
        m_window->setConnectionText(QString());
        m_window->setGridSources(grid::GridSources::unavailable(tr("The demo database is being prepared…")));
    } else {
        auto sources = grid::GridSources::forProject(schemaPath);
        m_window->setConnectionText(sources->problem().isEmpty() ? sources->connectionText() : tr("Not connected"));
        m_window->welcomePage()->showStatus(sources->problem());
        m_window->setGridSources(std::move(sources));
    }
    if (outline.hasErrors && !demo)
        m_window->showSchemaTab();
    if (demo)
        prepareDemo();
    return true;
}

void StudioLauncher::prepareDemo()
{
    m_demo = std::make_unique<demo::DemoPreparation>(demo::DemoDatabase::defaultPath());
    ui::WelcomePage *welcome = m_window->welcomePage();
    connect(m_demo.get(), &demo::DemoPreparation::progress, welcome,
            [welcome](qint64 done, qint64 total, const QString &stage) {
                welcome->showProgress(tr("Creating the demo database (first run only): writing %1…").arg(stage),
                                      done, total);
            });
    connect(welcome, &ui::WelcomePage::cancelRequested, m_demo.get(), &demo::DemoPreparation::cancel);
    connect(m_demo.get(), &demo::DemoPreparation::ready, this,
            [this](const QString &path, bool) { onDemoReady(path); });
    connect(m_demo.get(), &demo::DemoPreparation::failed, welcome, [this, welcome](const QString &message) {
        welcome->hideProgress();
        welcome->showStatus(tr("The demo database could not be created: %1").arg(message));
        m_window->setConnectionText(tr("Demo database unavailable"));
        if (!m_options.screenshotPath.isEmpty())
            takeScreenshotSoon();
    });
    m_window->setConnectionText(tr("Preparing the demo database…"));
    m_demo->start(m_options.demoScale);
}

void StudioLauncher::onDemoReady(const QString &databasePath)
{
    ui::WelcomePage *welcome = m_window->welcomePage();
    welcome->hideProgress();
    welcome->showStatus(QString());
    m_window->setConnectionText(u"SQLite · "_s + QDir::toNativeSeparators(databasePath));
    m_window->setGridSources(grid::GridSources::forDatabase(m_demoSchemaPath, u"file:"_s + databasePath));

    QStringList tables;
    for (const models::SchemaEntry &e : m_models->entries()) {
        if (e.kind != models::SchemaEntry::Kind::Enum)
            tables << e.databaseName;
    }
    m_counts = std::make_unique<models::RowCountProbe>();
    connect(m_counts.get(), &models::RowCountProbe::counted, m_models.get(), &models::ModelListModel::setRowEstimate);
    if (!m_options.editDemo.isEmpty())
        runEditDemo(*m_window, m_options.editDemo, [this] {
            if (!m_options.screenshotPath.isEmpty())
                takeScreenshotSoon();
        });
    else if (!m_options.screenshotPath.isEmpty())
        connect(m_counts.get(), &models::RowCountProbe::finished, this, &StudioLauncher::takeScreenshotSoon);
    db::QtSqlOptions options;
    options.database = databasePath;
    options.connectOptions = u"QSQLITE_OPEN_READONLY"_s;
    m_counts->start(options, tables);
}

void StudioLauncher::createMonitorPanels()
{
    db::PoolRegistry &registry = db::PoolRegistry::shared();
    m_queryMonitor = std::make_unique<monitor::QueryMonitor>(registry.bus());
    m_poolMonitor = std::make_unique<monitor::PoolMonitor>(monitor::PoolMonitor::Source::of(registry));
    m_poolMonitor->start();
    m_queryPanel = new ui::QueryPanel(m_queryMonitor.get());
    m_queryPanel->setParameterMasking(registry.masking());
    m_poolPanel = new ui::PoolPanel(m_poolMonitor.get());
    m_window->addMonitorPanels(m_queryPanel, m_poolPanel);
}

void StudioLauncher::startWorkload()
{
    auto pool = db::PoolRegistry::shared().pool(m_options.workloadUrl);
    if (!pool) {
        std::fprintf(stderr, "facet: --workload: %s\n", pool.error().summary().toLocal8Bit().constData());
        return;
    }
    // The workload's own tables, so N+1 findings can name the relation.
    auto schema = std::make_shared<schema::ValidatedSchema>(schema::validateSchemaText(monitor::SyntheticWorkload::schemaText()));
    m_queryMonitor->nPlusOne()->setSchema(std::shared_ptr<const schema::ResolvedSchema>(schema, &schema->resolved));
    monitor::SyntheticWorkload::Options options;
    options.statementsPerSecond = m_options.workloadRate;
    options.workers = 4; // more workers than a small pool has connections: the pool panel shows waiters
    options.slowEveryLeases = std::max(10, m_options.workloadRate / 40); // a ~1.2 s statement every few seconds
    m_workload = std::make_shared<monitor::SyntheticWorkload>(*pool, options);
    m_window->setConnectionText(tr("Workload · %1 statements/s").arg(m_options.workloadRate));
    // Creating the tables is blocking: off the GUI thread.
    m_workloadStarter = std::jthread([workload = m_workload] {
        if (auto prepared = workload->prepare(); !prepared) {
            std::fprintf(stderr, "facet: --workload: %s\n", prepared.error().summary().toLocal8Bit().constData());
            return;
        }
        workload->start();
    });
}

void StudioLauncher::takeScreenshotSoon()
{
    if (m_screenshotScheduled)
        return;
    m_screenshotScheduled = true;
    // Give layouts and the first paint a moment to settle, then wait for the grid's rows and relation labels
    // (signals, not time) and grab what the user would see; with a workload, let it run long enough to fill
    // the panels.
    QTimer::singleShot(m_options.workloadUrl.isEmpty() ? 400 : 9000, this,
                       [this] { whenCurrentTabSettled(*m_window, [this] { saveScreenshot(); }); });
}

void StudioLauncher::saveScreenshot()
{
    if (m_options.panel == u"query"_s) {
        m_queryPanel->selectNewest(true);
        m_queryPanel->refreshNow();
    }
    // The conflict and record views are windows of their own: the screen shows both (Xvfb has no window
    // manager).
    const QPixmap shot = !m_options.editDemo.isEmpty() && m_options.editDemo != u"staged"_s
                             ? m_window->screen()->grabWindow(0, 0, 0, m_window->frameGeometry().right() + 1,
                                                              m_window->frameGeometry().bottom() + 1)
                             : m_window->grab();
    const bool saved = shot.save(m_options.screenshotPath, "PNG");
    if (!saved)
        std::fprintf(stderr, "facet: could not write the screenshot to %s\n",
                     m_options.screenshotPath.toLocal8Bit().constData());
    else
        std::printf("facet: saved a screenshot to %s\n", m_options.screenshotPath.toLocal8Bit().constData());
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace facet::app
