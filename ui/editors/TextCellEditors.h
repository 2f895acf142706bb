// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace facet::ui {

/// One line of text read by cellinput::parseCellText: Int, BigInt, Float, Decimal, uuid, and anything
/// without an editor of its own. The message under it updates as the user types.
class LineCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit LineCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;
    void showFault(qsizetype position) override;

private:
    QLineEdit *m_edit;
};

/// Multi-line text for String columns: Enter is a line break, Ctrl+Enter commits. The text is stored as
/// typed (spaces and line breaks included); an empty text is an empty string, NULL is the toggle.
class TextCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit TextCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;

private:
    QPlainTextEdit *m_edit;
};

/// The element texts of a list column (PostgreSQL array), one per line; each line is read as the element
/// type and the message names the line at fault.
class ListCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit ListCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;
    /// The position of a list error is the element, i.e. the line.
    void showFault(qsizetype position) override;

private:
    QPlainTextEdit *m_edit;
};

/// Sets up a plain-text input the way every multi-line editor here wants it: a few lines high, tab moves
/// focus, optional monospace.
void configureMultiLine(QPlainTextEdit *edit, bool monospace, const QString &placeholder);

} // namespace facet::ui
