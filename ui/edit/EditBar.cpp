// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/EditBar.h"

#include "edit/ModelChanges.h"
#include "edit/ProjectChanges.h"
#include "grid/GridModel.h"
#include "grid/GridView.h"
#include "theme/ElidedLabel.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;

namespace facet::ui {

EditBar::EditBar(GridView *view, edit::ProjectChanges *project, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_project(project)
    , m_model(project->model(view->gridModel()->modelTable().table.model))
    , m_guard(new ElidedLabel(this))
    , m_staged(new QLabel(this))
    , m_message(new QLabel(this))
    , m_banner(new QFrame(this))
{
    setObjectName(u"editBar"_s);
    grid::GridModel *model = view->gridModel();
    model->setOverlay(m_model);
    const bool editable = m_model->editModel() != nullptr;
    if (editable) {
        model->setEditing(m_model);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    }

    auto action = [this, parent](const QString &text, const QKeySequence &keys, const QString &name, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(keys);
        a->setObjectName(name);
        // Only while focus is in this tab: every tab has its own bar.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(u"%1 (%2)"_s.arg(text, keys.toString(QKeySequence::NativeText)));
        parent->addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    edit::ChangeSet &changes = m_project->changes();
    m_insert = action(tr("Insert Row"), QKeySequence(Qt::CTRL | Qt::Key_I), u"actionInsertRow"_s, [this] { insertRow(); });
    m_delete = action(tr("Delete Rows…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), u"actionDeleteRows"_s,
                      [this] { askDeleteOfSelection(); });
    m_setNull = action(tr("Set NULL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"actionSetNull"_s,
                       [this] { setNullOnSelection(); });
    m_undo = action(tr("Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z), u"actionUndo"_s, [&changes] { changes.undo(); });
    m_redo = action(tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), u"actionRedo"_s,
                    [&changes] { changes.redo(); });
    m_save = action(tr("Save"), QKeySequence(Qt::CTRL | Qt::Key_S), u"actionSave"_s, [this] { m_project->save(); });

    m_guard->setObjectName(u"editGuard"_s);
    m_guard->setText(m_model->guardText(model->options().readXmin));
    m_guard->setToolTip(m_guard->text() + u"\n"_s + tr("How a save proves nobody changed the row since Facet read it"));
    m_guard->setForegroundRole(QPalette::PlaceholderText);
    m_staged->setObjectName(u"editStaged"_s);
    m_message->setObjectName(u"editMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction *a : {m_insert, m_delete, m_setNull, m_undo, m_redo, m_save}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setEnabled(editable);
        row->addWidget(b);
    }
    row->addSpacing(8);
    row->addWidget(m_staged);
    row->addStretch(1);
    row->addWidget(m_guard);

    // The journal's offer: non-modal, the grid stays usable while it shows.
    m_banner->setObjectName(u"journalBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    auto *bannerText = new QLabel(m_banner);
    bannerText->setForegroundRole(QPalette::ToolTipText);
    bannerText->setWordWrap(true);
    auto *restore = new QPushButton(tr("Restore"), m_banner);
    restore->setObjectName(u"journalRestore"_s);
    auto *discard = new QPushButton(tr("Discard"), m_banner);
    discard->setObjectName(u"journalDiscard"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(restore);
    bannerLayout->addWidget(discard);
    const auto &pending = m_project->pendingJournal();
    bannerText->setText(
        !m_project->journalProblem().isEmpty()
            ? tr("Staged changes from an earlier session cannot be restored: %1").arg(m_project->journalProblem())
            : tr("%n staged change(s) from an earlier session were not saved.", nullptr, int(pending.size())));
    restore->setEnabled(!pending.isEmpty());
    m_banner->setVisible(!pending.isEmpty() || !m_project->journalProblem().isEmpty());
    connect(restore, &QPushButton::clicked, m_project, &edit::ProjectChanges::restoreJournal);
    connect(discard, &QPushButton::clicked, m_project, &edit::ProjectChanges::discardJournal);
    connect(m_project, &edit::ProjectChanges::journalResolved, m_banner, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(&changes, &edit::ChangeSet::changed, this, [this, model] {
        model->overlayChanged();
        updateState();
    });
    connect(m_project, &edit::ProjectChanges::gridsStale, model, &grid::GridModel::refresh);
    view->installEventFilter(this);
    connect(m_project, &edit::ProjectChanges::saveStarted, this, [this] {
        showMessage(tr("Saving…"), false);
        updateState();
    });
    connect(m_project, &edit::ProjectChanges::saveFinished, this, &EditBar::onSaveFinished);
    connect(model, &grid::GridModel::editRefused, this,
            [this](const QModelIndex &, const QString &message) { showMessage(message, true); });
    updateState();
}

void EditBar::updateState()
{
    const edit::ChangeSet &changes = m_project->changes();
    const bool editable = m_model->editModel() != nullptr;
    m_undo->setEnabled(editable && changes.canUndo());
    m_redo->setEnabled(editable && changes.canRedo());
    m_save->setEnabled(editable && !changes.isEmpty() && !m_project->isSaving());
    m_setNull->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_insert->setEnabled(editable);
    m_staged->setText(changes.isEmpty() ? tr("nothing staged")
                                        : tr("%n row(s) staged in this project", nullptr, int(changes.rowCount())));
}

void EditBar::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(200, 40, 40) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setForegroundRole(QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

QList<int> EditBar::selectedInsertIds() const
{
    std::set<int> ids;
    const grid::GridModel *model = m_view->gridModel();
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        if (const auto id = model->insertIdOf(i.row()))
            ids.insert(*id);
    }
    if (ids.empty() && m_view->selectionModel()->selectedIndexes().isEmpty() && m_view->currentIndex().isValid()) {
        if (const auto id = model->insertIdOf(m_view->currentIndex().row()))
            ids.insert(*id);
    }
    return {ids.begin(), ids.end()};
}

bool EditBar::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the grid (not in an open cell editor, which has the focus then) is the Delete Rows action.
    if (watched == m_view && event->type() == QEvent::KeyPress && m_delete->isEnabled()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier && QApplication::focusWidget() == m_view) {
            askDeleteOfSelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<int> EditBar::selectedLoadedRows() const
{
    std::set<int> rows;
    const grid::GridModel *model = m_view->gridModel();
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        if (model->isRowLoaded(i.row()))
            rows.insert(i.row());
    }
    if (rows.empty() && m_view->currentIndex().isValid() && model->isRowLoaded(m_view->currentIndex().row()))
        rows.insert(m_view->currentIndex().row());
    return {rows.begin(), rows.end()};
}

void EditBar::setNullOnSelection()
{
    grid::GridModel *model = m_view->gridModel();
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    edit::ChangeSet &changes = m_project->changes();
    changes.beginGroup(); // one undo step for the whole selection
    QString refused;
    for (const QModelIndex &i : std::as_const(cells)) {
        if (!(model->flags(i) & Qt::ItemIsEditable))
            continue;
        if (!model->setData(i, QVariant::fromValue(db::Value::null()), Qt::EditRole) && refused.isEmpty())
            refused = m_message->text();
    }
    if (auto closed = changes.endGroup(); !closed)
        refused = closed.error();
    showMessage(refused, !refused.isEmpty());
}

void EditBar::askDeleteOfSelection()
{
    const QList<int> rows = selectedLoadedRows();
    const QList<int> inserts = selectedInsertIds();
    if (rows.isEmpty() && inserts.isEmpty()) {
        showMessage(tr("Select the rows to delete."), true);
        return;
    }
    if (rows.isEmpty()) {
        // Only staged inserts: nothing in the database to weigh, so they go at once (one undo step).
        stageDeleteOfSelection();
        return;
    }
    // Count what the relation actions would do before anything is staged; the counts run on the pool. Staged
    // inserts in the selection are not in the database: nothing refers to them, they are only discarded.
    struct Tally {
        int pending = 0;
        edit::DeleteImpact total;
        QString error;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(rows.size());
    const grid::GridModel *model = m_view->gridModel();
    for (int row : rows) {
        m_project->deleteImpact(m_model->model(), m_model->snapshot(*model->originalRow(row)),
                                [this, tally, count = rows.size(), discarded = inserts.size()](db::Result<edit::DeleteImpact> impact) {
                                    if (!impact)
                                        tally->error = impact.error().summary();
                                    else {
                                        tally->total.cascades += impact->cascades;
                                        tally->total.blocks += impact->blocks;
                                        tally->total.setNull += impact->setNull;
                                    }
                                    if (--tally->pending > 0)
                                        return;
                                    if (!tally->error.isEmpty()) {
                                        showMessage(tr("What the delete would do cannot be read: %1").arg(tally->error), true);
                                        return;
                                    }
                                    const QString effect = tally->total.describe();
                                    const bool blocked = tally->total.isBlocked();
                                    QString text =
                                        tr("Delete %n row(s) of %1?", nullptr, int(count)).arg(m_model->model())
                                        + (effect.isEmpty() ? tr("\nNo other rows refer to them.") : u"\n"_s + effect);
                                    if (discarded > 0)
                                        text += tr("\nThe %n staged insert(s) in the selection are discarded.", nullptr, int(discarded));
                                    Q_EMIT deleteImpactShown(text, blocked);
                                    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete rows"), text,
                                                                QMessageBox::Cancel, this);
                                    box->setObjectName(u"deleteImpactBox"_s);
                                    box->setAttribute(Qt::WA_DeleteOnClose);
                                    if (blocked) {
                                        box->setIcon(QMessageBox::Warning);
                                        box->setInformativeText(tr("Rows that refer to these block the delete; "
                                                                   "delete or re-point them first."));
                                    } else {
                                        QPushButton *stage = box->addButton(tr("Stage Delete"), QMessageBox::AcceptRole);
                                        connect(stage, &QPushButton::clicked, this, &EditBar::stageDeleteOfSelection);
                                    }
                                    box->open();
                                });
    }
}

void EditBar::stageDeleteOfSelection()
{
    const grid::GridModel *model = m_view->gridModel();
    edit::ChangeSet &changes = m_project->changes();
    // Saved rows get a staged delete, staged inserts are discarded: one undo step for the whole selection.
    const QList<int> inserts = selectedInsertIds();
    changes.beginGroup();
    QString refused;
    for (int row : selectedLoadedRows()) {
        if (auto staged = m_model->stageDelete(*model->rowKey(row), *model->originalRow(row)); !staged && refused.isEmpty())
            refused = staged.error();
    }
    for (int insertId : inserts)
        changes.discardRow(edit::rowIdOfInsert(m_model->model(), insertId));
    if (auto closed = changes.endGroup(); !closed)
        refused = closed.error();
    if (refused.isEmpty() && !inserts.isEmpty())
        showMessage(tr("Discarded %n staged insert(s); undo brings them back.", nullptr, int(inserts.size())), false);
    else
        showMessage(refused, !refused.isEmpty());
}

void EditBar::insertRow()
{
    auto inserted = m_project->changes().stageInsert(m_model->model());
    if (!inserted) {
        showMessage(inserted.error(), true);
        return;
    }
    showMessage(tr("New %1 +%2 staged at the end of the grid with the schema's client-side defaults; fill in its "
                   "fields there. Database defaults show after the save.")
                    .arg(m_model->model())
                    .arg(*inserted),
                false);
    const grid::GridModel *model = m_view->gridModel();
    const QModelIndex first = model->index(model->rowCount() - 1, 0);
    m_view->scrollTo(first);
    m_view->setCurrentIndex(first);
}

void EditBar::onSaveFinished(const edit::SaveOutcome &outcome)
{
    updateState();
    switch (outcome.status) {
    case edit::SaveOutcome::Status::Saved:
        showMessage(tr("Saved %n row(s).", nullptr, int(outcome.savedRows.size())), false);
        return;
    case edit::SaveOutcome::Status::Conflict:
        showMessage(tr("Nothing was saved: %n row(s) changed in the database since they were read. "
                       "Resolve them in the conflict view, then save again.",
                       nullptr, int(outcome.conflicts.size())),
                    true);
        return;
    case edit::SaveOutcome::Status::Failed:
        break;
    }
    const edit::SaveFailure &failure = *outcome.failure;
    showMessage(tr("Nothing was saved, every staged edit is kept. %1").arg(failure.describe()), true);
    // Point at the row and field in this grid when it shows them.
    if (!failure.row || failure.row->model != m_model->model() || failure.row->kind == edit::StagedRow::Kind::Insert)
        return;
    const grid::GridModel *model = m_view->gridModel();
    int column = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (m_model->fieldOf(c) == failure.field)
            column = c;
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->isRowLoaded(row))
            continue;
        if (edit::rowIdOf(m_model->model(), *model->rowKey(row)) == failure.row->id()) {
            m_view->setCurrentIndex(model->index(row, column));
            m_view->scrollTo(model->index(row, column));
            return;
        }
    }
}

} // namespace facet::ui
