// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "CellDelegate.h"

#include "grid/GridModel.h"
#include "theme/Theme.h"

#include <QPainter>

namespace facet::ui {

void CellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool loading = index.data(grid::GridModel::IsLoadingRole).toBool();
    const bool null = !loading && index.data(grid::GridModel::IsNullRole).toBool();
    if (loading || null) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->font.setItalic(null);
    }
    if (index.data(grid::GridModel::RowStateRole).toInt() == int(grid::RowState::Deleted))
        option->font.setStrikeOut(true);
}

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto state = grid::RowState(index.data(grid::GridModel::RowStateRole).toInt());
    if (state == grid::RowState::Deleted) {
        // Staged for delete: the whole row reddened (and struck through, initStyleOption).
        painter->fillRect(option.rect, isDarkPalette() ? QColor(140, 40, 40, 110) : QColor(255, 170, 170, 120));
    } else if (index.data(grid::GridModel::StagedRole).toBool()) {
        // Staged but not saved: a tint that reads on both light and dark palettes.
        const QColor tint = isDarkPalette() ? QColor(120, 100, 20, 110) : QColor(255, 220, 120, 140);
        painter->fillRect(option.rect, tint);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace facet::ui
