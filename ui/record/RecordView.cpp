// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RecordView.h"

#include "cellinput/CellInput.h"
#include "cellinput/CellRoles.h"
#include "edit/ProjectChanges.h"
#include "edit/RecordModel.h"
#include "grid/CellDelegate.h"
#include "grid/GridModel.h"
#include "relation/RelationActions.h"
#include "relation/RelationLabels.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

RecordView::RecordView(const grid::GridModel &model, int row, edit::ProjectChanges *project,
                       const RelationActions *relations, std::shared_ptr<db::ConnectionPool> pool, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_relations(relations)
    , m_grid(&model)
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"recordView"_s);
    const mapping::ModelTable &table = model.modelTable();
    setWindowTitle(tr("%1 record").arg(table.table.model));

    // The grid's editor description per column (enum choices in order), so the form edits exactly as a cell does.
    // Its relation picker targets likewise: the grid's foreign-key cells and the form's fields pick alike.
    QList<cellinput::CellColumn> cells;
    QHash<int, cellinput::RelationTarget> targets;
    for (int c = 0; c < table.columns.size(); ++c) {
        const QModelIndex index = model.index(row, c);
        const QVariant cell = index.data(cellinput::CellColumnRole);
        cells << (cell.canConvert<cellinput::CellColumn>() ? cell.value<cellinput::CellColumn>()
                                                           : cellinput::cellColumn(table.columns.at(c)));
        if (const QVariant target = index.data(cellinput::RelationTargetRole); target.canConvert<cellinput::RelationTarget>())
            targets.insert(c, target.value<cellinput::RelationTarget>());
    }
    edit::ChangeSet *changes = project ? &project->changes() : nullptr;
    if (const auto insertId = model.insertIdOf(row))
        m_record = new edit::RecordModel(changes, table, cells, *insertId, this);
    else
        m_record = new edit::RecordModel(changes, table, cells, model.rowKey(row).value_or(db::RowKey{}),
                                         model.originalRow(row) ? *model.originalRow(row) : grid::Row{}, this);
    const relation::RelationLabels *labels = relations ? relations->labels() : nullptr;
    if (labels) {
        m_record->setLabels(labels);
        connect(labels, &QObject::destroyed, m_record, [record = m_record] { record->setLabels(nullptr); });
        connect(labels, &relation::RelationLabels::labelsArrived, this, [this, labels] {
            m_record->setLabels(labels); // repaints the foreign keys with their labels
            updateRelations();
        });
    }
    m_record->setRelationTargets(std::move(targets));

    m_title->setObjectName(u"recordTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_message->setObjectName(u"recordMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_view->setObjectName(u"recordFields"_s);
    m_view->setModel(m_record);
    auto *delegate = new CellDelegate(m_view);
    if (pool) {
        delegate->setRelationSearchFactory(
            [pool](const cellinput::RelationTarget &target) { return cellinput::poolRelationSearch(pool, target); });
    }
    m_view->setItemDelegate(delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->verticalHeader()->setMinimumWidth(fontMetrics().horizontalAdvance(u'x') * 14);
    m_view->installEventFilter(this);
    connect(m_record, &edit::RecordModel::editRefused, this,
            [this](const QModelIndex &, const QString &message) { showMessage(message, true); });
    connect(m_record, &edit::RecordModel::recordChanged, this, [this] {
        updateTitle();
        updateRelations();
    });

    auto *relationPanel = new QWidget(this);
    buildRelations(relationPanel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (changes) {
        auto button = [this, buttons](const QString &text, const QKeySequence &keys, const QString &name, auto slot) {
            auto *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
            b->setObjectName(name);
            b->setAutoDefault(false);
            b->setToolTip(u"%1 (%2)"_s.arg(text, keys.toString(QKeySequence::NativeText)));
            connect(b, &QPushButton::clicked, this, slot);
            auto *a = new QAction(text, this);
            a->setShortcut(keys);
            connect(a, &QAction::triggered, this, slot);
            addAction(a);
            return b;
        };
        m_undo = button(tr("Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z), u"recordUndo"_s, [changes] { changes->undo(); });
        m_redo = button(tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), u"recordRedo"_s,
                        [changes] { changes->redo(); });
        m_save = button(tr("Save"), QKeySequence(Qt::CTRL | Qt::Key_S), u"recordSave"_s, [project] { project->save(); });
        connect(project, &edit::ProjectChanges::saveFinished, this, [this](const edit::SaveOutcome &outcome) {
            if (outcome.status == edit::SaveOutcome::Status::Saved)
                m_record->adoptSaved(outcome.savedRows);
            else
                showMessage(outcome.status == edit::SaveOutcome::Status::Conflict
                                ? tr("Nothing was saved: rows changed in the database since they were read; "
                                     "resolve them in the conflict view.")
                                : tr("Nothing was saved: %1").arg(outcome.failure ? outcome.failure->describe() : QString()),
                            true);
            updateTitle();
        });
        connect(project, &edit::ProjectChanges::saveStarted, this, &RecordView::updateTitle);
    }
    // The grid re-read the row (after a save, a conflict taken as theirs, a refresh): show the database's values.
    connect(&model, &grid::GridModel::rowsLoaded, this, [this](int first, int last) {
        if (!m_grid || m_record->isInsert() || !m_record->key())
            return;
        const edit::RowId id = m_record->rowId();
        const QString name = m_record->modelTable().table.model;
        for (int r = first; r <= last; ++r) {
            const auto key = m_grid->rowKey(r);
            if (key && edit::rowIdOf(name, *key) == id) {
                m_record->setOriginal(*m_grid->originalRow(r));
                return;
            }
        }
    });

    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_title);
    outer->addWidget(m_view, 1);
    outer->addWidget(m_message);
    outer->addWidget(relationPanel);
    outer->addWidget(buttons);
    updateTitle();
    updateRelations();
    const int relationRows = labels ? int(labels->links().size()) : 0;
    const int backRows = relations ? int(relations->backLinks().size()) : 0;
    resize(620, std::min(760, 150 + int(table.columns.size()) * (fontMetrics().height() + 12)
                                  + (relationRows + backRows) * 34));
    if (m_record->rowCount() > 0)
        m_view->setCurrentIndex(m_record->index(0, 0));
}

void RecordView::buildRelations(QWidget *panel)
{
    auto *layout = new QFormLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    const relation::RelationLabels *labels = m_relations ? m_relations->labels() : nullptr;
    if (labels) {
        for (const relation::ToOneLink &link : labels->links()) {
            const QString &fk = link.foreignKeyField;
            auto *row = new QWidget(panel);
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto *shown = new QLabel(row);
            shown->setObjectName(u"recordLabel_"_s + fk);
            rowLayout->addWidget(shown, 1);
            auto *open = new QPushButton(tr("Open %1").arg(link.targetModel), row);
            open->setObjectName(u"recordOpen_"_s + fk);
            open->setAutoDefault(false);
            // The place is taken when clicked: a relation picked in the form opens the record picked.
            connect(open, &QPushButton::clicked, this, [this, column = link.foreignKeyColumn] {
                if (!m_relations)
                    return;
                if (const auto place = m_relations->relatedPlaceFor(column, [this](int c) { return m_record->shownValue(c); }))
                    Q_EMIT navigateRequested(*place);
            });
            rowLayout->addWidget(open);
            layout->addRow(new QLabel(u"<b>%1</b> <span style='color:gray'>→ %2 (%3)</span>"_s.arg(
                                          link.relationField.toHtmlEscaped(), link.targetModel.toHtmlEscaped(), fk.toHtmlEscaped()),
                                      panel),
                           row);
        }
    }
    if (m_relations) {
        for (const relation::BackLink &link : m_relations->backLinks()) {
            auto *show = new QPushButton(tr("Show %1 (%2)").arg(link.field, link.sourceModel), panel);
            show->setObjectName(u"recordBackLink_"_s + link.field);
            show->setAutoDefault(false);
            connect(show, &QPushButton::clicked, this, [this, link] {
                if (!m_relations)
                    return;
                const int referenced = m_record->columnOfField(link.referencedField);
                if (const auto place = m_relations->backPlaceFor(link, m_record->originalValue(referenced)))
                    Q_EMIT navigateRequested(*place);
            });
            layout->addRow(new QLabel(u"<b>%1</b> <span style='color:gray'>%2%3</span>"_s.arg(
                                          link.field, link.sourceModel, link.list ? u"[]"_s : u"?"_s),
                                      panel),
                           show);
        }
    }
    panel->setVisible(layout->rowCount() > 0);
}

void RecordView::updateRelations()
{
    if (!m_relations)
        return;
    if (const relation::RelationLabels *labels = m_relations->labels()) {
        for (const relation::ToOneLink &link : labels->links()) {
            const db::Value value = m_record->shownValue(link.foreignKeyColumn);
            if (auto *shown = findChild<QLabel *>(u"recordLabel_"_s + link.foreignKeyField))
                shown->setText(value.isNull() ? tr("(none)") : labels->label(link.foreignKeyColumn, value, m_record->originalRow()));
            if (auto *open = findChild<QPushButton *>(u"recordOpen_"_s + link.foreignKeyField))
                open->setEnabled(m_relations->relatedPlaceFor(link.foreignKeyColumn, [this](int c) { return m_record->shownValue(c); }).has_value());
        }
    }
    // A staged insert is not in the database yet: nothing can point at it.
    for (const relation::BackLink &link : m_relations->backLinks()) {
        if (auto *show = findChild<QPushButton *>(u"recordBackLink_"_s + link.field))
            show->setEnabled(!m_record->isInsert()
                             && !m_record->originalValue(m_record->columnOfField(link.referencedField)).isNull());
    }
}

void RecordView::updateTitle()
{
    const QString model = m_record->modelTable().table.model;
    QString text;
    if (m_record->isInsert()) {
        text = m_record->exists() ? tr("%1 +%2: a staged insert, not saved yet").arg(model).arg(m_record->insertId())
                                  : tr("%1 +%2: this staged insert was discarded").arg(model).arg(m_record->insertId());
    } else {
        text = u"%1 (%2)"_s.arg(model, m_record->key() ? edit::describeKey(*m_record->key()) : QString());
        const edit::StagedRow *staged = m_project ? m_project->changes().row(m_record->rowId()) : nullptr;
        if (m_record->rowState() == edit::ChangeSet::RowState::Deleted)
            text += tr(": staged for delete");
        else if (staged)
            text += tr(": %n field(s) staged", nullptr, int(staged->cells.size()));
    }
    m_title->setText(text);
    if (m_project) {
        const edit::ChangeSet &changes = m_project->changes();
        m_undo->setEnabled(changes.canUndo());
        m_redo->setEnabled(changes.canRedo());
        m_save->setEnabled(!changes.isEmpty() && !m_project->isSaving());
    }
}

void RecordView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? QColor(200, 40, 40) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

bool RecordView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a field starts editing it (Enter inside the editor then stages it).
    // (The view has the focus only while no editor is open.)
    if (watched == m_view && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_view) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()
            && (m_record->flags(m_view->currentIndex()) & Qt::ItemIsEditable)) {
            showMessage({}, false);
            m_view->edit(m_view->currentIndex());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool RecordView::editField(const QString &field)
{
    const int column = m_record->columnOfField(field);
    if (column < 0)
        return false;
    const QModelIndex index = m_record->index(column, 0);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    return QApplication::focusWidget() != m_view;
}

QString RecordView::fieldText(const QString &field) const
{
    const int column = m_record->columnOfField(field);
    if (column < 0)
        return {};
    const QModelIndex index = m_record->index(column, 0);
    if (m_record->isInsert() && !m_record->isStaged(column))
        return {};
    const db::Value value = m_record->shownValue(column);
    if (value.isNull())
        return u"NULL"_s;
    return cellinput::editableText(value, index.data(cellinput::CellColumnRole).value<cellinput::CellColumn>());
}

QStringList RecordView::fieldNames() const
{
    return m_record->modelTable().fieldNames();
}

} // namespace facet::ui
