// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The editing side of the main window (issue 5): the review dock and the audit log viewer. Kept apart from
// MainWindow.cpp so the shell's layout code stays short.
#include "MainWindow.h"

#include "edit/AuditLogDialog.h"
#include "edit/ProjectChanges.h"
#include "edit/ReviewPanel.h"
#include "grid/GridSources.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace facet::ui {

void MainWindow::installEditPanels()
{
    m_reviewPanel = new ReviewPanel(this);
    m_reviewDock = new QDockWidget(tr("&Review Changes"), this);
    m_reviewDock->setObjectName(u"reviewDock"_s);
    m_reviewDock->setWidget(m_reviewPanel);
    m_reviewDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea | Qt::LeftDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_reviewDock);
    m_reviewDock->hide();
    QAction *toggle = m_reviewDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    toggle->setObjectName(u"action_reviewDock"_s);
    m_viewMenu->insertAction(m_viewMenu->actions().value(4), toggle);
    QAction *audit = new QAction(tr("&Audit Log…"), this);
    audit->setObjectName(u"actionAuditLog"_s);
    connect(audit, &QAction::triggered, this, &MainWindow::showAuditLog);
    m_viewMenu->insertAction(m_viewMenu->actions().value(5), audit);
    // The first staged change of a session brings the review dock up: the user sees what will be saved.
    // Only once: a user who closes the dock again keeps it closed.
    auto first = std::make_shared<QMetaObject::Connection>();
    *first = connect(m_reviewPanel->list()->model(), &QAbstractItemModel::rowsInserted, this, [this, first] {
        disconnect(*first);
        m_reviewDock->show();
    });
}

void MainWindow::showAuditLog()
{
    const auto *project = m_gridSources ? m_gridSources->changes() : nullptr;
    auto *dialog = new AuditLogDialog(project ? project->auditPath() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace facet::ui
