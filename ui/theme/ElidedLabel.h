// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QLabel>

namespace facet::ui {

/// A one-line QLabel that may be narrower than its text and then ends it with "…" instead of forcing the window
/// wider: status lines beside toolbars (the edit bar's guard) must not set the window's minimum width, or a
/// studio with a dock open no longer fits a laptop screen. text() stays the whole text.
class ElidedLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace facet::ui
