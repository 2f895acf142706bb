// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ConflictDialog.h"

#include "edit/ConflictResolution.h"
#include "cellinput/CellRoles.h"
#include "edit/ModelChanges.h"
#include "edit/ProjectChanges.h"
#include "editors/CellEditor.h"
#include "editors/CellEditorDelegate.h"
#include "grid/CellText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {
constexpr int ConflictIndexRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
constexpr int MineValueRole = Qt::UserRole + 3; ///< the db::Value in the Mine column (its text is the display)
constexpr int MineColumn = 3;

/// The Mine column's editor: the grid's type-aware editors, fed from and writing to MineValueRole (a tree
/// item's display and edit roles are one, and the display must stay text).
class MineDelegate final : public CellEditorDelegate {
public:
    using CellEditorDelegate::CellEditorDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *cell = qobject_cast<CellEditor *>(editor))
            cell->setValue(cellinput::valueFromVariant(index.data(MineValueRole)).value_or(db::Value::null()));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *cell = qobject_cast<CellEditor *>(editor);
        if (!cell)
            return;
        if (const auto value = cell->value())
            model->setData(index, cellinput::toVariant(*value), MineValueRole);
    }
};

QString titleOf(const edit::RowConflict &c)
{
    const QString what = edit::kindName(c.row.kind) + u' ' + c.row.model + u" ("_s + edit::describeKey(c.row.key) + u')';
    return c.rowGone ? QObject::tr("%1: deleted by someone else").arg(what)
                     : QObject::tr("%1: changed by someone else").arg(what);
}
} // namespace

ConflictDialog::ConflictDialog(edit::ProjectChanges *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take Theirs"), this))
    , m_editMine(new QPushButton(tr("Edit Mine"), this))
    , m_saveAgain(new QPushButton(tr("Save Again"), this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Conflicts: nothing was saved"));
    setModal(false);
    auto *intro = new QLabel(tr("These rows changed in the database after Facet read them. The save was rolled back "
                                "and every staged edit kept. Resolve each row, then save again."),
                             this);
    intro->setWordWrap(true);
    m_tree->setObjectName(u"conflictTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Field"), tr("Original"), tr("Theirs (now)"), tr("Mine (staged)")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_message->setObjectName(u"conflictMessage"_s);
    m_message->setWordWrap(true);
    m_keepMine->setObjectName(u"conflictKeepMine"_s);
    m_keepMine->setToolTip(tr("My staged values on top of the row as it is now; edit them further in the grid"));
    m_takeTheirs->setObjectName(u"conflictTakeTheirs"_s);
    m_takeTheirs->setToolTip(tr("Drop my staged change of this row"));
    m_editMine->setObjectName(u"conflictEditMine"_s);
    m_editMine->setToolTip(tr("Type the value to save for the selected field, on top of theirs "
                              "(or press Enter or double-click on the field)"));
    m_tree->setItemDelegateForColumn(MineColumn, new MineDelegate(m_tree));
    // Only the Mine column is ever edited: Enter or a double-click anywhere on a field's line opens it there.
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) {
        if (item->flags() & Qt::ItemIsEditable)
            m_tree->editItem(item, MineColumn);
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const auto value = cellinput::valueFromVariant(item->data(MineColumn, MineValueRole));
        if (column != MineColumn || !value || item->data(0, FieldRole).toString().isEmpty())
            return;
        // Applied after the editor has closed: applying rebuilds the tree under it.
        QMetaObject::invokeMethod(this, [this, index = item->data(0, ConflictIndexRole).toInt(),
                                         field = item->data(0, FieldRole).toString(), v = *value] {
            editMine(index, field, v);
        }, Qt::QueuedConnection);
    });
    connect(m_editMine, &QPushButton::clicked, this, &ConflictDialog::editCurrentField);
    m_saveAgain->setObjectName(u"conflictSaveAgain"_s);
    m_saveAgain->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { keepMine(selectedConflict()); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { takeTheirs(selectedConflict()); });
    connect(m_saveAgain, &QPushButton::clicked, this, [this] {
        if (m_project->save())
            hide();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_editMine);
    buttons->addStretch(1);
    buttons->addWidget(m_saveAgain);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::hide);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    resize(760, 420);
}

void ConflictDialog::setConflicts(QList<edit::RowConflict> conflicts)
{
    m_conflicts = std::move(conflicts);
    m_edited.clear();
    m_message->clear();
    rebuild();
}

void ConflictDialog::rebuild()
{
    const QSignalBlocker quiet(m_tree); // filling items is not the user editing them (itemChanged)
    m_tree->clear();
    const QColor both = palette().color(QPalette::Base).lightness() < 128 ? QColor(140, 40, 40, 120) : QColor(255, 180, 180);
    const QColor edited = palette().color(QPalette::Base).lightness() < 128 ? QColor(120, 100, 20, 110) : QColor(255, 220, 120, 140);
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const edit::RowConflict &c = m_conflicts.at(i);
        const QString title = m_edited.contains(i) ? tr("%1 (resolved: edited, saved on top of theirs)").arg(titleOf(c)) : titleOf(c);
        auto *top = new QTreeWidgetItem(m_tree, {title});
        top->setData(0, ConflictIndexRole, i);
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const edit::ConflictField &f : c.fields) {
            auto *item = new QTreeWidgetItem(top, {f.field, grid::cellText(f.original), c.rowGone ? tr("(deleted)") : grid::cellText(f.theirs),
                                                   f.changedByMe ? grid::cellText(f.mine) : QString()});
            item->setData(0, ConflictIndexRole, i);
            item->setData(0, FieldRole, f.field);
            if (editable(c, f.field)) {
                // What the editor starts from: mine where I staged the field, else theirs.
                item->setData(MineColumn, MineValueRole, cellinput::toVariant(f.changedByMe ? f.mine : f.theirs));
                item->setData(MineColumn, cellinput::CellColumnRole, QVariant::fromValue(*cellColumnOf(c, f.field)));
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setToolTip(MineColumn, tr("Enter or double-click: type the value to save on top of theirs"));
            }
            if (f.changedByThem)
                item->setFont(2, bold);
            if (f.changedByMe)
                item->setFont(3, bold);
            if (m_edited.contains(i) && f.changedByMe) {
                // Resolved here: tinted as a staged cell is in the grid.
                for (int col = 0; col < 4; ++col)
                    item->setBackground(col, edited);
                item->setToolTip(0, tr("Mine is saved on top of theirs"));
            } else if (f.changedByThem && f.changedByMe && f.theirs != f.mine) {
                for (int col = 0; col < 4; ++col)
                    item->setBackground(col, both);
                item->setToolTip(0, tr("Changed by both: keeping mine overwrites theirs"));
            }
        }
        top->setExpanded(true);
    }
    for (int col = 0; col < 4; ++col)
        m_tree->resizeColumnToContents(col);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void ConflictDialog::updateButtons()
{
    const bool any = !m_conflicts.isEmpty();
    m_keepMine->setEnabled(any);
    m_takeTheirs->setEnabled(any);
    m_editMine->setEnabled(any);
    m_saveAgain->setEnabled(m_edited.size() == m_conflicts.size() && !m_project->changes().isEmpty());
}

std::optional<cellinput::CellColumn> ConflictDialog::cellColumnOf(const edit::RowConflict &conflict, const QString &field) const
{
    auto model = m_project->schema()->model(conflict.row.model);
    const mapping::ModelColumn *column = model ? (*model)->column(field) : nullptr;
    if (!column)
        return std::nullopt;
    return cellinput::cellColumn(*column);
}

bool ConflictDialog::editable(const edit::RowConflict &conflict, const QString &field) const
{
    if (conflict.rowGone || conflict.row.kind != edit::StagedRow::Kind::Update)
        return false;
    // What the grid lets the user edit (not a key, not the version field), by the model's own rules.
    const edit::ModelChanges *model = m_project->model(conflict.row.model);
    const edit::EditSchema::Model *editModel = model ? model->editModel() : nullptr;
    const mapping::ModelColumn *column = editModel ? editModel->column(field) : nullptr;
    return column && model->isEditable(int(column - editModel->table.columns.constData()));
}

bool ConflictDialog::editMine(int index, const QString &field, const db::Value &value)
{
    if (index < 0 || index >= m_conflicts.size())
        return false;
    if (auto edited = edit::editMine(m_project->changes(), m_conflicts.at(index), {{field, value}}); !edited) {
        m_message->setText(edited.error());
        rebuild(); // the cell shows mine again
        return false;
    }
    // The row stays listed (more fields may be edited), now resolved, with the typed value as mine.
    edit::RowConflict &c = m_conflicts[index];
    for (edit::ConflictField &f : c.fields) {
        if (f.field == field) {
            f.mine = value;
            f.changedByMe = true;
        }
    }
    m_edited.insert(index);
    m_message->setText(m_edited.size() == m_conflicts.size()
                           ? tr("Every conflict is resolved: save again to write the changes.")
                           : QString());
    rebuild();
    m_project->markGridsStale();
    return true;
}

bool ConflictDialog::editCurrentField()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEditable)) {
        m_message->setText(tr("Select a field of a changed row to edit (not its key or version field)."));
        return false;
    }
    m_tree->setCurrentItem(item, MineColumn);
    m_tree->editItem(item, MineColumn);
    return true;
}

int ConflictDialog::selectedConflict() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, ConflictIndexRole).toInt() : (m_conflicts.isEmpty() ? -1 : 0);
}

bool ConflictDialog::keepMine(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return false;
    if (auto kept = edit::keepMine(m_project->changes(), m_conflicts.at(index)); !kept) {
        m_message->setText(kept.error());
        return false;
    }
    resolved(index);
    return true;
}

void ConflictDialog::takeTheirs(int index)
{
    if (index < 0 || index >= m_conflicts.size())
        return;
    edit::takeTheirs(m_project->changes(), m_conflicts.at(index));
    resolved(index);
}

void ConflictDialog::resolved(int index)
{
    m_conflicts.removeAt(index);
    QSet<int> edited;
    for (int i : std::as_const(m_edited)) {
        if (i != index)
            edited.insert(i > index ? i - 1 : i);
    }
    m_edited = edited;
    m_message->setText(m_edited.size() == m_conflicts.size() ? tr("Every conflict is resolved: save again to write the changes.")
                                                             : QString());
    rebuild();
    // Someone else's values are now the base: the grids re-read to show them.
    m_project->markGridsStale();
}

} // namespace facet::ui
