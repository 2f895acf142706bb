// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/CellEditorDelegate.h"

#include "cellinput/CellRoles.h"
#include "editors/CellEditorFactory.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>

namespace facet::ui {

namespace {

/// The editor over `cell`, grown right and down to its natural size (a message, a text area), inside the viewport.
void fitEditor(QWidget *editor, QRect r)
{
    const QSize hint = editor->sizeHint();
    r.setWidth(std::max(r.width(), hint.width()));
    r.setHeight(std::max(r.height(), hint.height()));
    if (const QWidget *viewport = editor->parentWidget()) {
        const QRect area = viewport->rect();
        if (r.right() > area.right())
            r.moveRight(area.right());
        if (r.bottom() > area.bottom())
            r.moveBottom(area.bottom());
        r.moveLeft(std::max(r.left(), area.left()));
        r.moveTop(std::max(r.top(), area.top()));
    }
    editor->setGeometry(r);
}

} // namespace

CellEditorDelegate::CellEditorDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *CellEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    const QVariant columnData = index.data(cellinput::CellColumnRole);
    if (!columnData.canConvert<cellinput::CellColumn>())
        return QStyledItemDelegate::createEditor(parent, option, index);
    CellEditor *editor = createCellEditor(columnData.value<cellinput::CellColumn>(), parent);
    const QVariant target = index.data(cellinput::RelationTargetRole);
    if (m_relationSearch && target.canConvert<cellinput::RelationTarget>()) {
        const auto relation = target.value<cellinput::RelationTarget>();
        editor->setRelationPicker(m_relationSearch(relation), relation);
    }
    auto *self = const_cast<CellEditorDelegate *>(this);
    connect(editor, &CellEditor::commitRequested, self, [self, editor] {
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
    connect(editor, &CellEditor::moveRequested, self, [self, editor](bool backward) {
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, backward ? QAbstractItemDelegate::EditPreviousItem
                                                  : QAbstractItemDelegate::EditNextItem);
    });
    // A refusal message appearing while typing makes the editor taller: it grows from where it is.
    connect(editor, &CellEditor::edited, editor, [editor] {
        if (editor->sizeHint().height() > editor->height() || editor->sizeHint().width() > editor->width())
            fitEditor(editor, editor->geometry());
    });
    connect(editor, &CellEditor::cancelRequested, self,
            [self, editor] { Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::RevertModelCache); });
    return editor;
}

void CellEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *cell = qobject_cast<CellEditor *>(editor);
    if (!cell) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    // A model that does not hand out db::Values yet gets an editor that starts empty rather than guessed.
    cell->setValue(cellinput::valueFromVariant(index.data(Qt::EditRole)).value_or(db::Value::null()));
}

void CellEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *cell = qobject_cast<CellEditor *>(editor);
    if (!cell) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const auto value = cell->value();
    if (!value)
        return; // refused input is never written; the editor shows why
    model->setData(index, cellinput::toVariant(*value), Qt::EditRole);
}

void CellEditorDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    if (!qobject_cast<CellEditor *>(editor)) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    fitEditor(editor, option.rect);
}

bool CellEditorDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter and Esc belong to the editor, which validates before committing (Tab too, see
    // CellEditor::moveRequested); Qt's default would commit whatever the input. Focus leaving the editor
    // keeps Qt's behaviour: valid input is written, invalid input is not (setModelData).
    if (qobject_cast<CellEditor *>(object) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape || key == Qt::Key_Tab
            || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace facet::ui
