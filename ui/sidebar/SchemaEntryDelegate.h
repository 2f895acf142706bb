// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QStyledItemDelegate>

namespace facet::ui {

/// Draws a sidebar entry: a kind badge (M, V, E), the Prisma name, and dimmed beside it the table name when
/// @@map renames it and the estimated row count when known.
class SchemaEntryDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace facet::ui
