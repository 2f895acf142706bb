// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/ProjectChanges.h"
#include "edit/SaveOutcome.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace facet::ui {

class ConflictDialog;

/// The review panel (a dock): every staged row of the project in save order with its guard, each field
/// old → new and the exact SQL that will run; discard the selected row or everything; save. The save runs
/// on a pool worker; the outcome shows here (saved, or the database error with its Prisma code) and a
/// conflict opens the conflict view.
class ReviewPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    /// The project whose staged changes are shown; nullptr when no database is open.
    void setProject(edit::ProjectChanges *project);
    [[nodiscard]] edit::ProjectChanges *project() const { return m_project; }

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *discardButton() const { return m_discard; }
    [[nodiscard]] QPushButton *discardAllButton() const { return m_discardAll; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    /// The conflict view of the last conflicting save (nullptr before one).
    [[nodiscard]] ConflictDialog *conflictDialog() const { return m_conflicts; }

Q_SIGNALS:
    /// A conflict view opened (the main window raises it; tests resolve through it).
    void conflictsShown(facet::ui::ConflictDialog *dialog);

private:
    void rebuild();
    void discardSelected();
    void onSaveFinished(const edit::SaveOutcome &outcome);

    QPointer<edit::ProjectChanges> m_project;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_discard;
    QPushButton *m_discardAll;
    QPushButton *m_save;
    ConflictDialog *m_conflicts = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace facet::ui
