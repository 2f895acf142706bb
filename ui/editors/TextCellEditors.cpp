// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/TextCellEditors.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace facet::ui {

void configureMultiLine(QPlainTextEdit *edit, bool monospace, const QString &placeholder)
{
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    if (monospace)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Five lines: enough to see the shape of a JSON object or a paragraph, small enough to open inline over
    // a grid without covering it. Longer content scrolls.
    const int lines = 5;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 36);
}

namespace {

QString placeholderFor(const cellinput::CellColumn &column)
{
    switch (column.type.kind) {
    case db::ScalarKind::Int:
    case db::ScalarKind::BigInt:
        return u"whole number"_s;
    case db::ScalarKind::Float:
        return u"number, NaN, Infinity"_s;
    case db::ScalarKind::Decimal:
        return column.type.precision >= 0 ? u"decimal, up to %1 digits after the point"_s.arg(std::max(0, column.type.scale))
                                          : u"decimal"_s;
    case db::ScalarKind::String:
        return column.type.isUuid ? u"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"_s : QString();
    default:
        return {};
    }
}

} // namespace

LineCellEditor::LineCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setPlaceholderText(placeholderFor(this->column()));
    m_edit->setFrame(false);
    const db::ScalarKind kind = this->column().type.kind;
    if (kind != db::ScalarKind::String && kind != db::ScalarKind::Enum)
        m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter); // numbers line up by their last digit
    if (this->column().type.isUuid)
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * (this->column().type.isUuid ? 38 : 16));
    setInput(m_edit, false);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { inputChanged(); });
}

void LineCellEditor::loadValue(const db::Value &value)
{
    m_edit->setText(cellinput::editableText(value, column()));
    m_edit->selectAll();
}

cellinput::InputResult<db::Value> LineCellEditor::readValue() const
{
    return cellinput::parseCellText(m_edit->text(), column());
}

void LineCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    if (null)
        m_edit->clear();
}

void LineCellEditor::showFault(qsizetype position)
{
    // Positions count in the text without its leading spaces (numbers are read trimmed).
    qsizetype lead = 0;
    const QString text = m_edit->text();
    while (lead < text.size() && text[lead].isSpace())
        ++lead;
    m_edit->setCursorPosition(int(std::min(text.size(), lead + position)));
}

TextCellEditor::TextCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QPlainTextEdit(this))
{
    configureMultiLine(m_edit, false, tr("text (Ctrl+Enter to commit)"));
    setInput(m_edit, true);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
}

void TextCellEditor::loadValue(const db::Value &value)
{
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(cellinput::editableText(value, column()));
    m_edit->selectAll();
}

cellinput::InputResult<db::Value> TextCellEditor::readValue() const
{
    return cellinput::parseCellText(m_edit->toPlainText(), column());
}

void TextCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    if (null) {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
}

ListCellEditor::ListCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QPlainTextEdit(this))
{
    const bool strings = this->column().type.kind == db::ScalarKind::String;
    configureMultiLine(m_edit, true,
                       strings ? tr("one element per line; \\n for a line break (Ctrl+Enter to commit)")
                               : tr("one element per line (Ctrl+Enter to commit)"));
    setInput(m_edit, true);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
}

void ListCellEditor::loadValue(const db::Value &value)
{
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(cellinput::editableText(value, column()));
}

cellinput::InputResult<db::Value> ListCellEditor::readValue() const
{
    return cellinput::parseCellText(m_edit->toPlainText(), column());
}

void ListCellEditor::showFault(qsizetype position)
{
    const QTextBlock line = m_edit->document()->findBlockByNumber(int(position));
    if (!line.isValid())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(line.position());
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
}

void ListCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    if (null) {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
}

} // namespace facet::ui
