// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "CodeView.h"

#include <QPainter>
#include <QTextBlock>

namespace facet::ui {

/// The gutter is a plain child widget that asks its editor to paint it (the pattern of Qt's code editor
/// example), so the editor keeps all the geometry in one place.
class CodeViewGutter final : public QWidget {
public:
    explicit CodeViewGutter(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    [[nodiscard]] QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeViewGutter(this))
{
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    connect(this, &QPlainTextEdit::textChanged, this, &CodeView::applyMarks);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int CodeView::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    // Room for the digits, a problem dot and a little air on both sides.
    return 18 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 2);
}

void CodeView::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    applyMarks();
    m_gutter->update();
}

void CodeView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Mark &m : std::as_const(m_marks)) {
        const QTextBlock block = document()->findBlockByNumber(m.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection line;
        QColor tint = m.warning ? QColor(0xd0, 0x9a, 0x1e) : QColor(0xe0, 0x3c, 0x3c);
        tint.setAlpha(40);
        line.format.setBackground(tint);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        selections << line;
    }
    setExtraSelections(selections);
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base).darker(pal.color(QPalette::Base).lightness() > 128 ? 104 : 80));
    QColor number = pal.color(QPalette::Text);
    number.setAlphaF(0.45f);

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            bool marked = false, onlyWarnings = true;
            for (const Mark &m : std::as_const(m_marks)) {
                if (m.line == line) {
                    marked = true;
                    onlyWarnings = onlyWarnings && m.warning;
                }
            }
            if (marked) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(onlyWarnings ? QColor(0xd0, 0x9a, 0x1e) : QColor(0xe0, 0x3c, 0x3c));
                painter.setRenderHint(QPainter::Antialiasing);
                painter.drawEllipse(QRectF(4, top + lineHeight / 2.0 - 3, 6, 6));
            }
            painter.setPen(number);
            painter.drawText(0, top, m_gutter->width() - 6, lineHeight, Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace facet::ui
