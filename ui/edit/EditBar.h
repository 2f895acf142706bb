// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/SaveOutcome.h"

#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QToolButton;

namespace facet::edit {
class ModelChanges;
class ProjectChanges;
}

namespace facet::ui {

class GridView;

/// Makes a model tab's grid editable and carries its editing commands: the grid's model gets the project's
/// change set as its overlay and edit intake; the bar shows the model's guard, how much is staged, the last
/// refusal or save error, and (once per start) the offer to restore staged changes a crash left in the journal.
///
/// Keys (in the tab): Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+S save, Ctrl+Shift+N set NULL on the selected cells,
/// Ctrl+Del (or Delete in the grid) delete the selected rows (after showing what the delete would do; staged
/// inserts in the selection are discarded instead, without asking when the selection holds nothing else),
/// Ctrl+I insert a row.
class EditBar final : public QWidget {
    Q_OBJECT
public:
    EditBar(GridView *view, edit::ProjectChanges *project, QWidget *parent);

    [[nodiscard]] QLabel *guardLabel() const { return m_guard; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QFrame *journalBanner() const { return m_banner; }
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }
    [[nodiscard]] QAction *saveAction() const { return m_save; }
    [[nodiscard]] QAction *setNullAction() const { return m_setNull; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QAction *insertAction() const { return m_insert; }

    /// Stages the delete of the grid's selected rows and discards the selected staged inserts, as one undo step,
    /// without asking (what the confirmation runs).
    void stageDeleteOfSelection();

Q_SIGNALS:
    /// The delete impact of the selected rows was computed and is being shown (for tests and the record view).
    void deleteImpactShown(const QString &text, bool blocked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void showMessage(const QString &text, bool error);
    void setNullOnSelection();
    void askDeleteOfSelection();
    void insertRow();
    void onSaveFinished(const edit::SaveOutcome &outcome);
    [[nodiscard]] QList<int> selectedLoadedRows() const;
    /// The staged inserts among the selected rows (their insert numbers).
    [[nodiscard]] QList<int> selectedInsertIds() const;

    GridView *m_view;
    edit::ProjectChanges *m_project;
    edit::ModelChanges *m_model;
    QLabel *m_guard;
    QLabel *m_staged;
    QLabel *m_message;
    QFrame *m_banner;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_save;
    QAction *m_setNull;
    QAction *m_delete;
    QAction *m_insert;
};

} // namespace facet::ui
