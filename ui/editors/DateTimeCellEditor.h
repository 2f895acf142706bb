// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

class QComboBox;
class QLineEdit;

namespace facet::ui {

/// DateTime as ISO-8601 text (microseconds, any year 1–9999). On a zoned column (timestamptz) a zone
/// picker says how text typed without a zone is read — UTC (Prisma's reading) or this machine's offset —
/// and a value keeps the offset it was typed with. "Now" fills in the current time.
class DateTimeCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit DateTimeCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QComboBox *zonePicker() const { return m_zone; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;

private:
    void fillNow();

    QLineEdit *m_edit;
    QComboBox *m_zone = nullptr; ///< zoned columns only; item data = offset seconds
};

} // namespace facet::ui
