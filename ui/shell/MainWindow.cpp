// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "MainWindow.h"

#include "browse/ModelListModel.h"
#include "grid/GridSources.h"
#include "relation/Navigator.h"
#include "schema/SchemaView.h"
#include "sidebar/ModelSidebar.h"
#include "edit/ReviewPanel.h"
#include "workspace/ModelPage.h"
#include "workspace/WelcomePage.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace facet::ui {

MainWindow::MainWindow(models::ModelListModel *models, QWidget *parent)
    : QMainWindow(parent)
    , m_models(models)
    , m_splitter(new QSplitter(this))
    , m_sidebar(new ModelSidebar(models, m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_welcome(new WelcomePage(m_tabs))
    , m_schemaView(new SchemaView(m_tabs))
    , m_connection(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Facet"_s);
    setWindowIcon(QIcon(u":/facet/icons/facet.svg"_s));

    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_welcome, tr("Project"));
    m_tabs->addTab(m_schemaView, tr("Schema"));
    // The project and schema tabs belong to the project, not to a model: they have no close button.
    for (int i = 0; i < fixedTabCount(); ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }

    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({210, 990}); // room for "Account  accounts  400"; the grid gets the rest
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_connection->setObjectName(u"connectionLabel"_s);
    statusBar()->addPermanentWidget(m_connection);

    connect(m_sidebar, &ModelSidebar::entryActivated, this, &MainWindow::openEntry);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    createActions();
    // Back/forward across relation navigations (issue 5, browsing).
    m_navigator = new Navigator(this);
    QToolBar *navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(u"navigationToolBar"_s);
    navigation->setMovable(false);
    navigation->addAction(m_navigator->backAction());
    navigation->addAction(m_navigator->forwardAction());
    installEditPanels();
    resize(1200, 760);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openSchema = file->addAction(tr("&Open Schema File…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Prisma schema"), QString(),
                                                          tr("Prisma schema (*.prisma);;All files (*)"));
        if (!path.isEmpty())
            Q_EMIT openSchemaRequested(path);
    });
    openSchema->setObjectName(u"actionOpenSchema"_s);
    QAction *openFolder = file->addAction(tr("Open Project &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                          this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open a folder of .prisma files"));
        if (!path.isEmpty())
            Q_EMIT openSchemaRequested(path);
    });
    openFolder->setObjectName(u"actionOpenFolder"_s);
    file->addSeparator();
    QAction *closeTabAction = file->addAction(tr("&Close Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    // Ctrl+W everywhere, plus whatever the platform calls "Close" (Ctrl+F4 on some desktops).
    QList<QKeySequence> closeKeys{QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Close))
        if (!closeKeys.contains(k))
            closeKeys << k;
    closeTabAction->setShortcuts(closeKeys);
    closeTabAction->setObjectName(u"actionCloseTab"_s);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction *findModel = view->addAction(tr("&Find Model…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] {
        m_sidebar->show();
        m_sidebar->focusFilter();
    });
    findModel->setObjectName(u"actionFindModel"_s);
    QAction *toggleSidebar = view->addAction(tr("Show &Sidebar"), QKeySequence(Qt::CTRL | Qt::Key_B));
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    connect(toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    view->addAction(tr("&Next Tab"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                    [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    view->addAction(tr("&Previous Tab"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    view->addSeparator();
    QMenu *scheme = view->addMenu(tr("&Colour Scheme"));
    auto *schemes = new QActionGroup(this);
    const std::pair<QString, ColorScheme> choices[] = {
        {tr("Follow &System"), ColorScheme::System}, {tr("&Light"), ColorScheme::Light}, {tr("&Dark"), ColorScheme::Dark}};
    for (const auto &[label, value] : choices) {
        QAction *a = scheme->addAction(label);
        a->setCheckable(true);
        a->setChecked(value == ColorScheme::System);
        schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, value] { Q_EMIT colorSchemeRequested(value); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Facet"), this, [this] {
        QMessageBox::about(this, tr("About Facet"),
                           tr("<h3>Facet %1</h3><p>A native studio for projects that use Prisma.</p>"
                              "<p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

bool MainWindow::openEntry(const QString &name)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ModelPage *>(m_tabs->widget(i)); page && page->entryName() == name) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    const models::SchemaEntry *entry = m_models->entry(name);
    if (!entry)
        return false;
    auto *page = new ModelPage(*entry, m_gridSources, m_tabs);
    connect(page, &ModelPage::navigateRequested, m_navigator, &Navigator::go);
    const int index = m_tabs->addTab(page, entry->name);
    m_tabs->setTabToolTip(index, entry->databaseName);
    m_tabs->setCurrentIndex(index);
    return true;
}

void MainWindow::addMonitorPanels(QWidget *queryPanel, QWidget *poolPanel)
{
    auto dock = [this](QWidget *panel, const QString &title, const QString &name, const QKeySequence &keys) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(panel);
        d->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
        addDockWidget(Qt::BottomDockWidgetArea, d);
        d->hide();
        QAction *toggle = d->toggleViewAction();
        toggle->setShortcut(keys);
        toggle->setObjectName(u"action_"_s + name);
        m_viewMenu->insertAction(m_viewMenu->actions().value(4), toggle); // after the tab entries
        return d;
    };
    m_queryDock = dock(queryPanel, tr("&Query Timing"), u"queryDock"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_poolDock = dock(poolPanel, tr("Connection &Pool"), u"poolDock"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    tabifyDockWidget(m_queryDock, m_poolDock);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connection->setText(text);
}

void MainWindow::setGridSources(std::shared_ptr<grid::GridSources> sources)
{
    m_gridSources = std::move(sources);
    if (m_reviewPanel)
        m_reviewPanel->setProject(m_gridSources ? m_gridSources->changes() : nullptr);
    for (int i = fixedTabCount(); i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<ModelPage *>(m_tabs->widget(i)))
            page->setSources(m_gridSources);
    }
}

void MainWindow::closeModelTabs()
{
    while (m_tabs->count() > fixedTabCount())
        closeTab(m_tabs->count() - 1);
}

void MainWindow::showSchemaTab()
{
    m_tabs->setCurrentWidget(m_schemaView);
}

void MainWindow::closeTab(int index)
{
    if (index < fixedTabCount() || index >= m_tabs->count())
        return; // the project and schema tabs stay
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    page->deleteLater();
}

} // namespace facet::ui
