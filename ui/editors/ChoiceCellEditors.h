// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

class QCheckBox;
class QComboBox;

namespace facet::ui {

/// A Prisma enum: a picker of the enum's values in schema order, each shown by its Prisma name with the
/// database label beside it when @map makes them differ. The value stores the database label.
class EnumCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit EnumCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QComboBox *comboBox() const { return m_combo; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;

private:
    QComboBox *m_combo;
};

/// Boolean: a check box, tri-state on a nullable column (the third state is NULL). Space toggles.
class BooleanCellEditor final : public CellEditor {
    Q_OBJECT

public:
    explicit BooleanCellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);
    [[nodiscard]] QCheckBox *checkBox() const { return m_check; }

protected:
    void loadValue(const db::Value &value) override;
    [[nodiscard]] cellinput::InputResult<db::Value> readValue() const override;
    void showNull(bool null) override;

private:
    QCheckBox *m_check;
};

} // namespace facet::ui
