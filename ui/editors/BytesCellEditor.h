// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace facet::ui {

/// Bytes as hex or base64 (switching converts the text), loaded from or saved to a file. The size line
/// under the text says how many bytes the text holds.
class BytesCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit BytesCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_edit; }
    [[nodiscard]] cellinput::BytesFormat format() const;
    /// Shows the same bytes in another format; refused (false) while the text does not read as bytes.
    bool setFormat(cellinput::BytesFormat format);

    /// Replaces the value with a file's contents. The error names the file and the reason.
    [[nodiscard]] std::expected<void, QString> loadFile(const QString &path);
    /// Writes the current bytes to a file.
    [[nodiscard]] std::expected<void, QString> saveFile(const QString &path) const;

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;

private:
    void chooseLoad();
    void chooseSave();
    void updateSize();

    QPlainTextEdit *m_edit;
    QComboBox *m_format;
    QLabel *m_size;
};

} // namespace facet::ui
