// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/CellEditor.h"

#include "editors/RelationPickerDialog.h"

#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace facet::ui {

CellEditor::CellEditor(cellinput::CellColumn column, QWidget *parent)
    : QFrame(parent)
    , m_column(std::move(column))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(3, 3, 3, 3);
    outer->setSpacing(2);
    m_row = new QHBoxLayout;
    m_row->setSpacing(2);
    outer->addLayout(m_row);

    m_nullBadge = new QLabel(u"NULL"_s, this);
    m_nullBadge->setObjectName(u"nullBadge"_s);
    m_nullBadge->setToolTip(tr("Database NULL: no value (not an empty text)"));
    m_nullBadge->setStyleSheet(u"QLabel { font-style: italic; padding: 0 6px; }"_s);
    m_nullBadge->setForegroundRole(QPalette::PlaceholderText);
    m_nullBadge->hide();

    if (m_column.nullable) {
        m_nullButton = new QToolButton(this);
        m_nullButton->setObjectName(u"setNull"_s);
        m_nullButton->setText(tr("NULL"));
        m_nullButton->setCheckable(true);
        m_nullButton->setToolTip(tr("Set NULL: no value, distinct from an empty text (Ctrl+Shift+N)"));
        m_nullButton->setFocusPolicy(Qt::NoFocus);
        connect(m_nullButton, &QToolButton::toggled, this, [this](bool on) { setNull(on); });
    }

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    outer->addWidget(m_message);
}

void CellEditor::setInput(QWidget *input, bool multiLine)
{
    m_input = input;
    m_multiLine = multiLine;
    // The editor is as tall as its content; stretching a one-line input only adds empty frame.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_row->addWidget(input, 1);
    m_row->addWidget(m_nullBadge);
    if (m_nullButton)
        m_row->addWidget(m_nullButton, 0, multiLine ? Qt::AlignTop : Qt::Alignment());
    setFocusProxy(input);
    watchKeys(input);
}

QToolButton *CellEditor::addSideButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::TabFocus);
    addSideWidget(button);
    return button;
}

void CellEditor::addSideWidget(QWidget *widget)
{
    // Before the NULL badge and toggle, which stay last so they are in the same place in every editor.
    const int at = m_row->indexOf(m_nullBadge);
    m_row->insertWidget(at < 0 ? m_row->count() : at, widget, 0, m_multiLine ? Qt::AlignTop : Qt::Alignment());
    watchKeys(widget);
}

void CellEditor::watchKeys(QWidget *widget)
{
    widget->installEventFilter(this);
    for (QWidget *child : widget->findChildren<QWidget *>())
        child->installEventFilter(this);
}

bool CellEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    return QFrame::eventFilter(watched, event);
}

void CellEditor::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QFrame::keyPressEvent(event);
}

bool CellEditor::handleKey(const QKeyEvent *key)
{
    {
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT cancelRequested();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (mods == Qt::ControlModifier || (!m_multiLine && mods == Qt::NoModifier)) {
                tryCommit();
                return true;
            }
        }
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            // Tab leaves the cell like in a spreadsheet, but only with a value that can be stored: with
            // invalid input the editor stays, with its message, instead of dropping what was typed.
            refreshMessage();
            if (value())
                Q_EMIT moveRequested(key->key() == Qt::Key_Backtab || (mods & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_N && mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
            if (m_column.nullable)
                setNull(!m_null);
            return true;
        }
        if (key->key() == Qt::Key_Space && mods == Qt::ControlModifier && m_relationSearch) {
            pickRelation();
            return true;
        }
        // Typing over NULL starts a value, as typing over any selected text replaces it.
        const bool textInput = qobject_cast<QLineEdit *>(m_input) || qobject_cast<QPlainTextEdit *>(m_input);
        if (m_null && textInput && !key->text().isEmpty() && key->text()[0].isPrint()
            && !(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
            setNull(false);
    }
    return false;
}

void CellEditor::setValue(const db::Value &value)
{
    if (value.isNull() && m_column.nullable) {
        setNull(true);
        return;
    }
    if (!value.isNull())
        loadValue(value);
    setNull(false);
    refreshMessage();
}

cellinput::InputResult<db::Value> CellEditor::value() const
{
    if (m_null)
        return db::Value::null();
    return readValue();
}

void CellEditor::setNull(bool null)
{
    null = null && m_column.nullable;
    const bool changed = null != m_null;
    m_null = null;
    if (m_nullButton && m_nullButton->isChecked() != null) {
        const QSignalBlocker block(m_nullButton);
        m_nullButton->setChecked(null);
    }
    showNull(null);
    refreshMessage();
    if (changed)
        Q_EMIT edited();
}

void CellEditor::showNull(bool null)
{
    // Text inputs turn read-only rather than disabled: a disabled widget drops the keyboard focus, the item
    // view would take that as "editing finished", and the keys that undo NULL would go nowhere.
    if (auto *line = qobject_cast<QLineEdit *>(m_input))
        line->setReadOnly(null);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(m_input))
        text->setReadOnly(null);
    else if (m_input)
        m_input->setEnabled(!null);
    m_nullBadge->setVisible(null);
}

QString CellEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CellEditor::inputChanged()
{
    refreshMessage();
    Q_EMIT edited();
}

void CellEditor::refreshMessage()
{
    const auto v = value();
    const QString text = v ? QString() : v.error().message;
    if (m_message->text() != text)
        m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool CellEditor::tryCommit()
{
    refreshMessage();
    if (const auto v = value(); !v) {
        if (v.error().position >= 0)
            showFault(v.error().position);
        return false;
    }
    Q_EMIT commitRequested();
    return true;
}

void CellEditor::setRelationPicker(cellinput::RelationSearch search, cellinput::RelationTarget target)
{
    m_relationSearch = std::move(search);
    m_relationTarget = std::move(target);
    QToolButton *pick = addSideButton(u"…"_s, tr("Pick a %1 by %2 (Ctrl+Space)").arg(m_relationTarget.model,
                                                                                       m_relationTarget.displayField));
    pick->setObjectName(u"pickRelation"_s);
    connect(pick, &QToolButton::clicked, this, &CellEditor::pickRelation);
}

void CellEditor::pickRelation()
{
    RelationPickerDialog dialog(m_relationSearch, m_relationTarget, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosen() || dialog.chosen()->key.isEmpty())
        return;
    // The foreign key column holds the referenced key (single-column relations: the first key value).
    setValue(dialog.chosen()->key.first());
    inputChanged();
}

} // namespace facet::ui
