// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "relation/NavigationHistory.h"

#include <QObject>

class QAction;

namespace facet::ui {

class MainWindow;

/// Relation navigation across a window's tabs, with back/forward history (Alt+Left / Alt+Right and the
/// toolbar's arrows): going to a place opens (or focuses) the model's tab and sets its chips to the place's.
class Navigator final : public QObject {
    Q_OBJECT
public:
    explicit Navigator(MainWindow *window);

    /// Goes to `place`, remembering where the user was.
    void go(const relation::Place &place);
    void back();
    void forward();
    /// The current tab's model and chips (empty model when the current tab is no model).
    [[nodiscard]] relation::Place currentPlace() const;
    [[nodiscard]] QAction *backAction() const { return m_back; }
    [[nodiscard]] QAction *forwardAction() const { return m_forward; }

private:
    void show(const relation::Place &place);
    void updateActions();

    MainWindow *m_window;
    relation::NavigationHistory m_history;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace facet::ui
