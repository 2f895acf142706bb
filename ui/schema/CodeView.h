// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QPlainTextEdit>

namespace facet::ui {

/// A read-only source view with a line-number gutter and marks on the lines that have problems.
class CodeView final : public QPlainTextEdit {
    Q_OBJECT
public:
    /// A problem to mark: 1-based line and column, and whether it is only a warning.
    struct Mark {
        int line = 0;
        int column = 0;
        bool warning = false;
    };

    explicit CodeView(QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    [[nodiscard]] const QList<Mark> &marks() const { return m_marks; }
    [[nodiscard]] int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeViewGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);
    void applyMarks();

    QWidget *m_gutter;
    QList<Mark> m_marks;
};

} // namespace facet::ui
