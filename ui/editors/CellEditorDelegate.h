// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/RelationSearch.h"

#include <QStyledItemDelegate>

#include <functional>

namespace facet::ui {

/// Inline type-aware editing for any item model that follows cellinput/CellRoles.h: the cell's
/// CellColumnRole picks the editor, Qt::EditRole (a db::Value) fills it, and a commit writes the exact
/// db::Value back with setData(…, Qt::EditRole). Invalid input is never written: the editor keeps its
/// message and stays open. Cells without CellColumnRole get Qt's default editor.
///
/// Keys are the editor's (Enter/Ctrl+Enter commit, Tab/Shift+Tab commit and move to the next/previous cell,
/// Esc cancels, Ctrl+Shift+N sets NULL); focus leaving the editor commits valid input as Qt's delegates do.
class CellEditorDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    /// For cells with RelationTargetRole: the search to run for a target (e.g. poolRelationSearch on the
    /// tab's pool). Without it relation cells get the plain editor of their key type.
    using RelationSearchFactory = std::function<cellinput::RelationSearch(const cellinput::RelationTarget &)>;

    explicit CellEditorDelegate(QObject *parent = nullptr);
    void setRelationSearchFactory(RelationSearchFactory factory) { m_relationSearch = std::move(factory); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    RelationSearchFactory m_relationSearch;
};

} // namespace facet::ui
