// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QStyledItemDelegate>

namespace facet::ui {

/// Paints grid cells so that what a value is stays visible: SQL NULL in italics and dimmed (never mistaken
/// for the text "NULL" or an empty string), rows still loading dimmed, staged cells tinted.
class CellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace facet::ui
