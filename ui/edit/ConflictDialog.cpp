// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ConflictDialog.h"

#include "edit/ConflictResolution.h"
#include "edit/ProjectChanges.h"
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
    m_message->clear();
    rebuild();
}

void ConflictDialog::rebuild()
{
    m_tree->clear();
    const QColor both = palette().color(QPalette::Base).lightness() < 128 ? QColor(140, 40, 40, 120) : QColor(255, 180, 180);
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const edit::RowConflict &c = m_conflicts.at(i);
        auto *top = new QTreeWidgetItem(m_tree, {titleOf(c)});
        top->setData(0, ConflictIndexRole, i);
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const edit::ConflictField &f : c.fields) {
            auto *item = new QTreeWidgetItem(top, {f.field, grid::cellText(f.original), c.rowGone ? tr("(deleted)") : grid::cellText(f.theirs),
                                                   f.changedByMe ? grid::cellText(f.mine) : QString()});
            item->setData(0, ConflictIndexRole, i);
            if (f.changedByThem)
                item->setFont(2, bold);
            if (f.changedByMe)
                item->setFont(3, bold);
            if (f.changedByThem && f.changedByMe && f.theirs != f.mine) {
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
    const bool any = !m_conflicts.isEmpty();
    m_keepMine->setEnabled(any);
    m_takeTheirs->setEnabled(any);
    m_saveAgain->setEnabled(!any && !m_project->changes().isEmpty());
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
    m_message->setText(m_conflicts.isEmpty() ? tr("Every conflict is resolved: save again to write the changes.")
                                             : QString());
    rebuild();
    // Someone else's values are now the base: the grids re-read to show them.
    m_project->markGridsStale();
}

} // namespace facet::ui
