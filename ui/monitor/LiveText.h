// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

namespace facet::ui {

/// One line of status text that changes several times a second (the panels' summaries). Unlike QLabel,
/// setText() only repaints: it never asks the window to lay itself out again, which with charts and large
/// tables in the same window cost tens of milliseconds per change under load.
class LiveText final : public QWidget {
    Q_OBJECT
public:
    explicit LiveText(QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

/// 1, 2, 5, 10, 20, 50, … : the smallest such number at least `value`, so an axis range changes rarely.
[[nodiscard]] double niceCeiling(double value);

} // namespace facet::ui
