// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/JsonCellEditor.h"

#include "editors/TextCellEditors.h"

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

// Re-indents valid JSON by its tokens, so numbers, escapes and key order stay exactly as typed (a
// QJsonDocument round trip would turn big numbers into doubles).
QString indentJson(const QString &text)
{
    QString out;
    int depth = 0;
    bool inString = false;
    const auto newline = [&] {
        out += u'\n';
        out += QString(depth * 2, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u' ': case u'\t': case u'\n': case u'\r':
            break;
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{': case u'[': {
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text[j].isSpace())
                ++j;
            if (j < text.size() && (text[j] == u'}' || text[j] == u']')) {
                out += c;
                out += text[j];
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}': case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

JsonCellEditor::JsonCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QPlainTextEdit(this))
{
    configureMultiLine(m_edit, true, tr("JSON (Ctrl+Enter to commit)"));
    setInput(m_edit, true);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { inputChanged(); });
    m_jsonNull = addSideButton(tr("JSON null"), tr("The JSON literal null — a value, unlike database NULL"));
    m_jsonNull->setObjectName(u"jsonNull"_s);
    connect(m_jsonNull, &QToolButton::clicked, this, &JsonCellEditor::setJsonNull);
    m_format = addSideButton(tr("Format"), tr("Indent the JSON text"));
    m_format->setObjectName(u"format"_s);
    connect(m_format, &QToolButton::clicked, this, &JsonCellEditor::format);
}

void JsonCellEditor::setJsonNull()
{
    setNull(false);
    m_edit->setPlainText(u"null"_s);
    m_edit->moveCursor(QTextCursor::End);
}

void JsonCellEditor::format()
{
    const auto v = readValue();
    if (!v || v->kind() != db::ScalarKind::Json)
        return;
    m_edit->setPlainText(indentJson(v->toJson().text()));
}

void JsonCellEditor::showFault(qsizetype position)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(int(std::min<qsizetype>(position, m_edit->toPlainText().size())));
    m_edit->setTextCursor(cursor);
}

void JsonCellEditor::loadValue(const db::Value &value)
{
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(cellinput::editableText(value, column()));
}

cellinput::InputResult<db::Value> JsonCellEditor::readValue() const
{
    return cellinput::parseCellText(m_edit->toPlainText(), column());
}

void JsonCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    m_format->setEnabled(!null);
    if (null) {
        const QSignalBlocker block(m_edit);
        m_edit->clear();
    }
}

} // namespace facet::ui
