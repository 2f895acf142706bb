// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "Navigator.h"

#include "filter/FilterBar.h"
#include "shell/MainWindow.h"
#include "workspace/ModelPage.h"

#include <QAction>
#include <QStyle>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace facet::ui {

Navigator::Navigator(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_back(new QAction(window->style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), window))
    , m_forward(new QAction(window->style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), window))
{
    m_back->setObjectName(u"actionBack"_s);
    m_forward->setObjectName(u"actionForward"_s);
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_back->setToolTip(tr("Back to the previous records (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    connect(m_back, &QAction::triggered, this, &Navigator::back);
    connect(m_forward, &QAction::triggered, this, &Navigator::forward);
    window->addAction(m_back);
    window->addAction(m_forward);
    updateActions();
}

relation::Place Navigator::currentPlace() const
{
    const auto *page = qobject_cast<ModelPage *>(m_window->tabs()->currentWidget());
    if (!page)
        return {};
    return {page->entryName(), page->filterBar()->conditions()};
}

void Navigator::go(const relation::Place &place)
{
    m_history.visit(currentPlace(), place);
    show(place);
    updateActions();
}

void Navigator::back()
{
    if (const auto place = m_history.back(currentPlace()))
        show(*place);
    updateActions();
}

void Navigator::forward()
{
    if (const auto place = m_history.forward(currentPlace()))
        show(*place);
    updateActions();
}

void Navigator::show(const relation::Place &place)
{
    if (!m_window->openEntry(place.model))
        return;
    if (auto *page = qobject_cast<ModelPage *>(m_window->tabs()->currentWidget()))
        page->filterBar()->setConditions(place.chips);
}

void Navigator::updateActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

} // namespace facet::ui
