// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "CommandLine.h"

#include <QObject>

#include <memory>
#include <thread>

namespace facet::models {
class ModelListModel;
class RowCountProbe;
}
namespace facet::demo {
class DemoPreparation;
}
namespace facet::monitor {
class PoolMonitor;
class QueryMonitor;
class SyntheticWorkload;
}
namespace facet::ui {
class MainWindow;
class PoolPanel;
class QueryPanel;
}

namespace facet::app {

/// Wires the studio together for one run: reads the schema, prepares the demo database when no schema was
/// given, creates the main window and feeds it. Holds no logic of its own beyond the wiring.
class StudioLauncher final : public QObject {
    Q_OBJECT
public:
    explicit StudioLauncher(StudioOptions options, QObject *parent = nullptr);
    ~StudioLauncher() override;

    /// Shows the window; false when the studio cannot start (the reason was printed).
    bool start();

private:
    /// Shows a project: reads its schema, refreshes sidebar, project and schema tabs. An empty path is the demo.
    bool openProject(const QString &schemaPath);
    void prepareDemo();
    void onDemoReady(const QString &databasePath);
    void takeScreenshotSoon();
    void saveScreenshot();
    /// The query and pool panels over the process-wide pool registry; with --workload, the load that feeds them.
    void createMonitorPanels();
    void startWorkload();

    StudioOptions m_options;
    QString m_demoSchemaPath;
    std::unique_ptr<models::ModelListModel> m_models;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<demo::DemoPreparation> m_demo;
    std::unique_ptr<models::RowCountProbe> m_counts;
    std::unique_ptr<monitor::QueryMonitor> m_queryMonitor;
    std::unique_ptr<monitor::PoolMonitor> m_poolMonitor;
    std::shared_ptr<monitor::SyntheticWorkload> m_workload;
    std::jthread m_workloadStarter;
    bool m_screenshotScheduled = false;
    ui::QueryPanel *m_queryPanel = nullptr;
    ui::PoolPanel *m_poolPanel = nullptr;
};

} // namespace facet::app
