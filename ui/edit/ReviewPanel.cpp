// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ReviewPanel.h"

#include "edit/ChangeReview.h"
#include "edit/ConflictDialog.h"
#include "edit/ProjectChanges.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {
constexpr int RowIdRole = Qt::UserRole + 1;
constexpr int MaxListed = 500; ///< a review of thousands of rows lists the first ones; the save takes them all
} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_discard(new QPushButton(tr("Discard"), this))
    , m_discardAll(new QPushButton(tr("Discard All"), this))
    , m_save(new QPushButton(tr("Save"), this))
{
    setObjectName(u"reviewPanel"_s);
    m_list->setObjectName(u"reviewList"_s);
    // One column: a dock is narrow; the guard is the first line under each row, the SQL the last.
    m_list->setColumnCount(1);
    m_list->setHeaderHidden(true);
    m_list->setMinimumWidth(360);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_status->setObjectName(u"reviewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discard->setObjectName(u"reviewDiscard"_s);
    m_discard->setToolTip(tr("Drop the selected rows' staged changes"));
    m_discardAll->setObjectName(u"reviewDiscardAll"_s);
    m_save->setObjectName(u"reviewSave"_s);
    m_save->setToolTip(tr("Write every staged change in one transaction (Ctrl+S in a grid)"));
    connect(m_discard, &QPushButton::clicked, this, &ReviewPanel::discardSelected);
    connect(m_discardAll, &QPushButton::clicked, this, [this] {
        if (m_project)
            m_project->changes().discardAll();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_project)
            m_project->save();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addWidget(m_discardAll);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    rebuild();
}

void ReviewPanel::setProject(edit::ProjectChanges *project)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_project = project;
    if (m_conflicts) {
        m_conflicts->deleteLater();
        m_conflicts = nullptr;
    }
    if (project) {
        m_connections << connect(&project->changes(), &edit::ChangeSet::changed, this, &ReviewPanel::rebuild)
                      << connect(project, &edit::ProjectChanges::saveStarted, this, [this] {
                             m_status->setText(tr("Saving…"));
                             rebuild();
                         })
                      << connect(project, &edit::ProjectChanges::saveFinished, this, &ReviewPanel::onSaveFinished);
    }
    m_status->clear();
    rebuild();
}

void ReviewPanel::rebuild()
{
    m_list->clear();
    const bool saving = m_project && m_project->isSaving();
    if (!m_project) {
        m_status->setText(tr("Open a project with a database to edit its records."));
        for (QPushButton *b : {m_discard, m_discardAll, m_save})
            b->setEnabled(false);
        return;
    }
    const QList<edit::StagedRow> rows = m_project->changes().rows();
    const QList<edit::StagedRow> listed = rows.mid(0, MaxListed);
    const auto schema = m_project->schema();
    auto entries = edit::reviewChanges(*schema, db::Dialect(schema->provider()), listed);
    if (!entries) {
        m_status->setText(tr("The review cannot be built: %1").arg(entries.error()));
    } else {
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const edit::ReviewEntry &e : std::as_const(*entries)) {
            auto *top = new QTreeWidgetItem(m_list, {e.title});
            top->setData(0, RowIdRole, e.row);
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            auto *guard = new QTreeWidgetItem(top, {tr("guard: %1").arg(e.guard)});
            guard->setData(0, RowIdRole, e.row);
            guard->setForeground(0, palette().brush(QPalette::PlaceholderText));
            for (const QString &change : e.changes) {
                auto *c = new QTreeWidgetItem(top, {change});
                c->setToolTip(0, change);
                c->setData(0, RowIdRole, e.row);
                c->setFirstColumnSpanned(true);
            }
            auto *sql = new QTreeWidgetItem(top, {e.sql});
            sql->setData(0, RowIdRole, e.row);
            sql->setFont(0, mono);
            sql->setFirstColumnSpanned(true);
            sql->setToolTip(0, e.sql);
            top->setExpanded(true);
        }
        if (rows.size() > listed.size())
            new QTreeWidgetItem(m_list, {tr("… and %n more row(s)", nullptr, int(rows.size() - listed.size()))});
    }
    m_discard->setEnabled(!rows.isEmpty() && !saving);
    m_discardAll->setEnabled(!rows.isEmpty() && !saving);
    m_save->setEnabled(!rows.isEmpty() && !saving);
    const QString idle = tr("Nothing staged. Edit a cell (double-click or start typing), insert or delete rows.");
    if (rows.isEmpty() && !saving && m_status->text().isEmpty())
        m_status->setText(idle);
    else if (!rows.isEmpty() && m_status->text() == idle)
        m_status->setText(tr("Save writes these in one transaction; a row changed meanwhile stops the save."));
}

void ReviewPanel::discardSelected()
{
    if (!m_project)
        return;
    QStringList ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        const QString id = item->data(0, RowIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    edit::ChangeSet &changes = m_project->changes();
    changes.beginGroup(); // one undo step
    for (const QString &id : std::as_const(ids))
        changes.discardRow(id);
    (void)changes.endGroup();
}

void ReviewPanel::onSaveFinished(const edit::SaveOutcome &outcome)
{
    switch (outcome.status) {
    case edit::SaveOutcome::Status::Saved:
        m_status->setText(tr("Saved %n row(s) in one transaction (%1 statements) at %2.", nullptr, int(outcome.savedRows.size()))
                              .arg(outcome.statements)
                              .arg(outcome.savedAt.toLocalTime().toString(u"HH:mm:ss"_s)));
        break;
    case edit::SaveOutcome::Status::Failed:
        m_status->setText(tr("<b>Nothing was saved</b>; every staged edit is kept.<br>%1")
                              .arg(outcome.failure->describe().toHtmlEscaped()));
        break;
    case edit::SaveOutcome::Status::Conflict:
        m_status->setText(tr("<b>Nothing was saved</b>: %n row(s) changed in the database since they were read.",
                             nullptr, int(outcome.conflicts.size())));
        if (!m_conflicts)
            m_conflicts = new ConflictDialog(m_project, window());
        m_conflicts->setConflicts(outcome.conflicts);
        m_conflicts->show();
        m_conflicts->raise();
        Q_EMIT conflictsShown(m_conflicts);
        break;
    }
    rebuild();
}

} // namespace facet::ui
