// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/CellColumn.h"
#include "edit/SaveOutcome.h"

#include <QDialog>
#include <QSet>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace facet::edit {
class ProjectChanges;
}

namespace facet::ui {

/// The conflict view: a save found rows that someone changed (or deleted) since Facet read them, so nothing
/// was written. Per conflicting row, per field: original (as read) / theirs (in the database now) / mine
/// (staged), fields changed by them or by me marked. Each row is resolved on its own: keep mine on top of
/// theirs (my cells re-based on their row; the cells stay editable in the grid), take theirs (my change
/// dropped), or edit: the value to save typed into a field's "Mine" cell (Enter or a double-click on the field,
/// or Edit Mine; the same type-aware editor and checks as the grid) becomes the staged value on top of theirs
/// (edit::editMine); an edited row stays listed, marked resolved, and takes further edits. "Save Again" saves once every row is
/// resolved. Non-modal: the grid stays usable.
class ConflictDialog final : public QDialog {
    Q_OBJECT
public:
    ConflictDialog(edit::ProjectChanges *project, QWidget *parent);

    void setConflicts(QList<edit::RowConflict> conflicts);
    [[nodiscard]] const QList<edit::RowConflict> &conflicts() const { return m_conflicts; }
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }
    [[nodiscard]] QPushButton *saveAgainButton() const { return m_saveAgain; }

    /// Resolves the conflict at `index` (into conflicts()); false with the reason shown when it cannot be.
    bool keepMine(int index);
    void takeTheirs(int index);
    /// "Edit": `value` for `field` of the conflict at `index`, on top of theirs; false with the reason shown.
    bool editMine(int index, const QString &field, const db::Value &value);
    /// Opens the typed editor on the current field's "Mine" cell; false when that field cannot be edited.
    bool editCurrentField();
    [[nodiscard]] bool isEdited(int index) const { return m_edited.contains(index); }

private:
    void rebuild();
    [[nodiscard]] int selectedConflict() const;
    void resolved(int index);
    void updateButtons();
    [[nodiscard]] bool editable(const edit::RowConflict &conflict, const QString &field) const;
    [[nodiscard]] std::optional<cellinput::CellColumn> cellColumnOf(const edit::RowConflict &conflict,
                                                                    const QString &field) const;

    edit::ProjectChanges *m_project;
    QList<edit::RowConflict> m_conflicts;
    QTreeWidget *m_tree;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_editMine;
    QSet<int> m_edited; ///< conflicts resolved by an edit (they stay listed and editable)
    QPushButton *m_saveAgain;
};

} // namespace facet::ui
