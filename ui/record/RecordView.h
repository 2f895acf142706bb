// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "relation/NavigationHistory.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace facet::db {
class ConnectionPool;
}
namespace facet::edit {
class ProjectChanges;
class RecordModel;
}
namespace facet::grid {
class GridModel;
}

namespace facet::ui {

class RelationActions;

/// One record as a form, for support work: every field of the row with its Prisma type, foreign keys with
/// their related record's label and an Open button, the back-relations as buttons that list them.
///
/// Editable through the project's ChangeSet, the same one the grid stages into (edit::RecordModel): each
/// field opens the grid's type-aware editor (Set NULL distinct from empty, refusals shown under the input and
/// in the form's message line, the relation picker on foreign keys), a committed value is staged at once and
/// tinted like a staged grid cell; undo and redo act on the same history as the grid's, and the form follows
/// every change of the set (a grid edit, an undo, a save). Works on a staged insert too. Keys: Tab / Shift+Tab
/// move between fields (committing the one being edited), Enter (Ctrl+Enter in multi-line text) stages, Esc
/// cancels the edit in progress, F2 / Enter / typing start one, Ctrl+Z / Ctrl+Shift+Z undo / redo, Ctrl+S saves.
class RecordView final : public QDialog {
    Q_OBJECT
public:
    /// `project` nullptr (or a model that cannot be edited) shows the record read-only; `pool` runs the
    /// relation picker's searches.
    RecordView(const grid::GridModel &model, int row, edit::ProjectChanges *project, const RelationActions *relations,
               std::shared_ptr<db::ConnectionPool> pool, QWidget *parent = nullptr);

    /// The value shown for a field ("NULL" for database NULL), for tests and copying.
    [[nodiscard]] QString fieldText(const QString &field) const;
    [[nodiscard]] QStringList fieldNames() const;
    [[nodiscard]] edit::RecordModel *recordModel() const { return m_record; }
    [[nodiscard]] QTableView *fieldView() const { return m_view; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    /// Starts editing a field (as F2 on it does).
    bool editField(const QString &field);

Q_SIGNALS:
    void navigateRequested(const facet::relation::Place &place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildRelations(QWidget *panel);
    void updateRelations();
    void updateTitle();
    void showMessage(const QString &text, bool error);

    edit::ProjectChanges *m_project;
    /// The grid's (re-created, and the old one deleted, when the tab reconnects): the form then loses its links.
    QPointer<const RelationActions> m_relations;
    QPointer<const grid::GridModel> m_grid;
    edit::RecordModel *m_record = nullptr;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace facet::ui
