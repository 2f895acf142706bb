// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/ChoiceCellEditors.h"

#include <QCheckBox>
#include <QComboBox>

using namespace Qt::StringLiterals;

namespace facet::ui {

EnumCellEditor::EnumCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_combo(new QComboBox(this))
{
    QList<cellinput::EnumChoice> choices = this->column().enumChoices;
    // Without the schema's enum (an introspected MySQL ENUM), the labels the database reports are the choices.
    if (choices.isEmpty())
        for (const QString &label : this->column().type.enumLabels)
            choices.append({label, label});
    for (const cellinput::EnumChoice &choice : std::as_const(choices)) {
        const QString text = choice.label == choice.name ? choice.name : u"%1  —  %2"_s.arg(choice.name, choice.label);
        m_combo->addItem(text, choice.name);
        m_combo->setItemData(m_combo->count() - 1, tr("Stored in the database as '%1'").arg(choice.label),
                             Qt::ToolTipRole);
    }
    m_combo->setMinimumContentsLength(12);
    setInput(m_combo, false);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { inputChanged(); });
}

void EnumCellEditor::loadValue(const db::Value &value)
{
    const QString name = cellinput::editableText(value, column());
    const int index = m_combo->findData(name);
    if (index < 0 && !name.isEmpty()) {
        // A label the schema does not know (the database has drifted): show it rather than pretend.
        m_combo->addItem(tr("%1 (not in the schema)").arg(name), name);
        m_combo->setCurrentIndex(m_combo->count() - 1);
        return;
    }
    m_combo->setCurrentIndex(index);
}

cellinput::InputResult<db::Value> EnumCellEditor::readValue() const
{
    if (m_combo->currentIndex() < 0)
        return std::unexpected(cellinput::InputError{u"%1: pick a value"_s.arg(column().label())});
    return cellinput::parseCellText(m_combo->currentData().toString(), column());
}

BooleanCellEditor::BooleanCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_check(new QCheckBox(this))
{
    m_check->setTristate(this->column().nullable);
    m_check->setText(u"false"_s);
    setInput(m_check, false);
    connect(m_check, &QCheckBox::checkStateChanged, this, [this](Qt::CheckState state) {
        m_check->setText(state == Qt::PartiallyChecked ? u"NULL"_s : state == Qt::Checked ? u"true"_s : u"false"_s);
        if ((state == Qt::PartiallyChecked) != isNull())
            setNull(state == Qt::PartiallyChecked);
        else
            inputChanged();
    });
}

void BooleanCellEditor::loadValue(const db::Value &value)
{
    m_check->setCheckState(value.kind() == db::ScalarKind::Boolean && value.toBool() ? Qt::Checked : Qt::Unchecked);
}

cellinput::InputResult<db::Value> BooleanCellEditor::readValue() const
{
    return db::Value::fromBool(m_check->checkState() == Qt::Checked);
}

void BooleanCellEditor::showNull(bool null)
{
    // The check box shows NULL as its third state and stays usable: clicking leaves NULL.
    if (null)
        m_check->setCheckState(Qt::PartiallyChecked);
    else if (m_check->checkState() == Qt::PartiallyChecked)
        m_check->setCheckState(Qt::Unchecked);
}

} // namespace facet::ui
