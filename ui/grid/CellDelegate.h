// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditorDelegate.h"

namespace facet::ui {

/// Paints grid cells so that what a value is stays visible: SQL NULL in italics and dimmed (never mistaken
/// for the text "NULL" or an empty string), rows still loading dimmed, staged cells tinted, rows staged for
/// delete struck through. Editing (when the model's flags allow it) uses the type-aware cell editors.
class CellDelegate final : public CellEditorDelegate {
    Q_OBJECT
public:
    using CellEditorDelegate::CellEditorDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace facet::ui
