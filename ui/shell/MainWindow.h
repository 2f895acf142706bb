// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "theme/Theme.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QMenu;
class QTabWidget;
class QLabel;
class QSplitter;

namespace facet::models {
class ModelListModel;
}
namespace facet::grid {
class GridSources;
}

namespace facet::ui {

class ModelSidebar;
class Navigator;
class ReviewPanel;
class SchemaView;
class WelcomePage;

/// The studio's shell: it hosts the sidebar, the tabs and the status bar, and owns the window-level actions.
/// Panels own their own behaviour; this class only places them (no data access here).
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(models::ModelListModel *models, QWidget *parent = nullptr);

    [[nodiscard]] ModelSidebar *sidebar() const { return m_sidebar; }
    [[nodiscard]] WelcomePage *welcomePage() const { return m_welcome; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] SchemaView *schemaView() const { return m_schemaView; }
    /// Relation navigation with back/forward history across this window's tabs.
    [[nodiscard]] Navigator *navigator() const { return m_navigator; }

    /// Closes every model tab (a new project is about to be shown); the project and schema tabs stay.
    void closeModelTabs();
    /// Brings the schema tab to the front.
    void showSchemaTab();

    /// Opens (or focuses) the tab of a schema entry by its Prisma name. Returns false for unknown names.
    bool openEntry(const QString &name);
    void setConnectionText(const QString &text);
    /// Where model tabs read their records from; open tabs re-open their grids on the new sources.
    void setGridSources(std::shared_ptr<grid::GridSources> sources);

    /// Places the query-timing and connection-pool panels (issue 6) in bottom docks, hidden until asked
    /// for, with View menu entries (Ctrl+Shift+Q, Ctrl+Shift+P). The panels bring their own data.
    void addMonitorPanels(QWidget *queryPanel, QWidget *poolPanel);
    [[nodiscard]] QDockWidget *queryDock() const { return m_queryDock; }
    [[nodiscard]] QDockWidget *poolDock() const { return m_poolDock; }
    /// The review panel of staged changes (issue 5), in a right dock (Ctrl+Shift+R).
    [[nodiscard]] ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    [[nodiscard]] QDockWidget *reviewDock() const { return m_reviewDock; }

Q_SIGNALS:
    void colorSchemeRequested(facet::ui::ColorScheme scheme);
    /// The user picked a schema file or a project folder to open.
    void openSchemaRequested(const QString &path);

private:
    void createActions();
    void installEditPanels(); // MainWindowEditing.cpp
    void showAuditLog();      // MainWindowEditing.cpp
    void closeTab(int index);
    [[nodiscard]] int fixedTabCount() const { return 2; } // project and schema tabs

    models::ModelListModel *m_models;
    QSplitter *m_splitter;
    ModelSidebar *m_sidebar;
    QTabWidget *m_tabs;
    WelcomePage *m_welcome;
    SchemaView *m_schemaView;
    QLabel *m_connection;
    std::shared_ptr<grid::GridSources> m_gridSources;
    QMenu *m_viewMenu = nullptr;
    QDockWidget *m_queryDock = nullptr;
    QDockWidget *m_poolDock = nullptr;
    Navigator *m_navigator = nullptr;
    ReviewPanel *m_reviewPanel = nullptr;
    QDockWidget *m_reviewDock = nullptr;
};

} // namespace facet::ui
