// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

class QPlainTextEdit;
class QToolButton;

namespace facet::ui {

/// Json text, validated as typed with the line and column of the first fault. JSON `null` and database
/// NULL are two explicit choices side by side: "JSON null" writes the JSON literal, the NULL toggle
/// stores no value at all. "Format" re-indents valid text (the exact text is what gets stored).
class JsonCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit JsonCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_edit; }
    /// Sets the JSON literal null (not database NULL).
    void setJsonNull();

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;
    void showFault(qsizetype position) override;

private:
    void format();

    QPlainTextEdit *m_edit;
    QToolButton *m_jsonNull;
    QToolButton *m_format;
};

} // namespace facet::ui
