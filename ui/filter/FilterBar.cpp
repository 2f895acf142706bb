// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "FilterBar.h"

#include "filter/RelationCondition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

using filter::ConditionOp;
using filter::FilterCondition;
using filter::RelationOp;

namespace {
// The field box marks relation fields with this role so a scalar field of the same name can never be taken
// for one.
constexpr int RelationRole = Qt::UserRole + 1;
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_add(new QToolButton(this))
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_editor(new QWidget(this))
    , m_field(new QComboBox(m_editor))
    , m_op(new QComboBox(m_editor))
    , m_nestedField(new QComboBox(m_editor))
    , m_nestedOp(new QComboBox(m_editor))
    , m_value(new QLineEdit(m_editor))
    , m_choice(new QComboBox(m_editor))
    , m_insensitive(new QCheckBox(tr("Aa ignore case"), m_editor))
    , m_apply(new QPushButton(tr("Add"), m_editor))
    , m_error(new QLabel(this))
    , m_whereJson(new QLabel(this))
{
    setObjectName(u"filterBar"_s);
    m_add->setObjectName(u"filterAddButton"_s);
    m_add->setText(tr("+ Filter"));
    m_add->setToolTip(tr("Add a condition on a field (chips combine with AND)"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, [this] { beginCondition(); });

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);

    m_field->setObjectName(u"filterField"_s);
    m_op->setObjectName(u"filterOperator"_s);
    m_nestedField->setObjectName(u"filterNestedField"_s);
    m_nestedField->setToolTip(tr("A field of the related model"));
    m_nestedOp->setObjectName(u"filterNestedOperator"_s);
    m_value->setObjectName(u"filterValue"_s);
    m_choice->setObjectName(u"filterChoice"_s);
    m_insensitive->setObjectName(u"filterInsensitive"_s);
    m_apply->setObjectName(u"filterApply"_s);
    m_apply->setAutoDefault(false);
    auto *cancel = new QToolButton(m_editor);
    cancel->setText(u"✕"_s);
    cancel->setToolTip(tr("Close without adding"));
    cancel->setAutoRaise(true);
    connect(cancel, &QToolButton::clicked, this, [this] {
        m_editor->hide();
        m_error->hide();
    });
    connect(m_field, &QComboBox::currentIndexChanged, this, &FilterBar::fillOperators);
    connect(m_op, &QComboBox::currentIndexChanged, this, &FilterBar::fillNestedOperators);
    connect(m_nestedField, &QComboBox::currentIndexChanged, this, &FilterBar::fillNestedOperators);
    connect(m_nestedOp, &QComboBox::currentIndexChanged, this, &FilterBar::updateValueEditor);
    connect(m_value, &QLineEdit::returnPressed, this, &FilterBar::commitEditor);
    connect(m_apply, &QPushButton::clicked, this, &FilterBar::commitEditor);
    auto *editorLayout = new QHBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_field);
    editorLayout->addWidget(m_op);
    editorLayout->addWidget(m_nestedField);
    editorLayout->addWidget(m_nestedOp);
    editorLayout->addWidget(m_value, 1);
    editorLayout->addWidget(m_choice, 1);
    editorLayout->addWidget(m_insensitive);
    editorLayout->addWidget(m_apply);
    editorLayout->addWidget(cancel);
    m_editor->hide();

    m_error->setObjectName(u"filterError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_whereJson->setObjectName(u"filterWhereJson"_s);
    m_whereJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_whereJson->setForegroundRole(QPalette::PlaceholderText);
    m_whereJson->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whereJson->setWordWrap(true);
    m_whereJson->hide();

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_add);
    top->addWidget(m_chips);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    layout->addWidget(m_whereJson);
}

void FilterBar::setModelTable(const mapping::ModelTable &table)
{
    m_table = table;
    fillFields();
}

void FilterBar::setRelations(const QList<mapping::RelationTarget> &relations)
{
    m_relations = relations;
    fillFields();
}

void FilterBar::fillFields()
{
    const QString current = m_field->currentText();
    m_field->blockSignals(true);
    m_field->clear();
    for (const mapping::ModelColumn &c : m_table.columns) {
        if (!filter::operatorsFor(c).isEmpty())
            m_field->addItem(c.field);
    }
    if (!m_relations.isEmpty() && m_field->count() > 0)
        m_field->insertSeparator(m_field->count());
    for (const mapping::RelationTarget &r : m_relations) {
        m_field->addItem(r.toMany ? tr("%1 (%2[])").arg(r.field, r.model) : tr("%1 (%2)").arg(r.field, r.model), r.field);
        m_field->setItemData(m_field->count() - 1, true, RelationRole);
    }
    m_field->setCurrentIndex(std::max(0, m_field->findText(current)));
    m_field->blockSignals(false);
    fillOperators();
}

const mapping::RelationTarget *FilterBar::currentRelation() const
{
    if (!m_field->currentData(RelationRole).toBool())
        return nullptr;
    const QString field = m_field->currentData().toString();
    for (const mapping::RelationTarget &r : m_relations) {
        if (r.field == field)
            return &r;
    }
    return nullptr;
}

const mapping::ModelColumn *FilterBar::currentColumn() const
{
    if (const mapping::RelationTarget *relation = currentRelation())
        return m_nestedField->currentIndex() > 0 ? relation->related.byField(m_nestedField->currentText()) : nullptr;
    return m_table.byField(m_field->currentText());
}

ConditionOp FilterBar::currentOp() const
{
    return ConditionOp((currentRelation() ? m_nestedOp : m_op)->currentData().toInt());
}

void FilterBar::fillOperators()
{
    const mapping::RelationTarget *relation = currentRelation();
    m_op->blockSignals(true);
    m_op->clear();
    m_nestedField->blockSignals(true);
    m_nestedField->clear();
    if (relation) {
        for (RelationOp op : filter::relationOperatorsFor(*relation))
            m_op->addItem(filter::relationOperatorName(op), int(op));
        m_nestedField->addItem(tr("(any)"));
        for (const mapping::ModelColumn &c : relation->related.columns) {
            if (!filter::operatorsFor(c).isEmpty())
                m_nestedField->addItem(c.field);
        }
    } else if (const mapping::ModelColumn *column = currentColumn()) {
        for (ConditionOp op : filter::operatorsFor(*column))
            m_op->addItem(filter::operatorName(op), int(op));
    }
    m_nestedField->blockSignals(false);
    m_op->blockSignals(false);
    fillNestedOperators();
}

void FilterBar::fillNestedOperators()
{
    const mapping::RelationTarget *relation = currentRelation();
    const bool nested = relation && filter::takesNestedCondition(RelationOp(m_op->currentData().toInt()));
    m_nestedField->setVisible(nested);
    m_nestedOp->blockSignals(true);
    m_nestedOp->clear();
    const mapping::ModelColumn *column = nested ? currentColumn() : nullptr;
    if (column) {
        for (ConditionOp op : filter::operatorsFor(*column))
            m_nestedOp->addItem(filter::operatorName(op), int(op));
    }
    m_nestedOp->setVisible(column != nullptr);
    m_nestedOp->blockSignals(false);
    updateValueEditor();
}

void FilterBar::updateValueEditor()
{
    const mapping::ModelColumn *column = currentColumn();
    const ConditionOp op = currentOp();
    // A relation with no nested field ("(any)", is null) takes no value.
    const int arity = column ? filter::valueArity(op) : 0;
    const db::ScalarKind kind = column ? column->spec.type.kind : db::ScalarKind::String;
    // Enums and Boolean pick from their values (one value); in/notIn type a comma-separated list.
    const bool picker = arity == 1 && (kind == db::ScalarKind::Enum || kind == db::ScalarKind::Boolean);
    m_choice->clear();
    if (picker && kind == db::ScalarKind::Boolean) {
        m_choice->addItems({u"true"_s, u"false"_s});
    } else if (picker && column) {
        QStringList names = column->enumLabelByName.keys();
        names.sort();
        m_choice->addItems(names);
    }
    m_choice->setVisible(picker);
    m_value->setVisible(arity != 0 && !picker);
    m_value->setPlaceholderText(arity < 0 ? tr("values, separated by commas") : tr("value"));
    m_insensitive->setVisible(kind == db::ScalarKind::String && arity != 0);
}

void FilterBar::beginCondition(const QString &field)
{
    if (!field.isEmpty() && m_field->findText(field) >= 0)
        m_field->setCurrentIndex(m_field->findText(field));
    m_editor->show();
    if (m_value->isVisible())
        m_value->setFocus();
    else
        m_op->setFocus();
}

std::expected<FilterCondition, QString> FilterBar::editorCondition() const
{
    const mapping::ModelColumn *column = currentColumn();
    const mapping::RelationTarget *relation = currentRelation();
    std::optional<FilterCondition> scalar;
    if (column) {
        const ConditionOp op = currentOp();
        QStringList texts;
        if (filter::valueArity(op) < 0) {
            for (const QString &part : m_value->text().split(u','))
                texts << (column->spec.type.kind == db::ScalarKind::String ? part : part.trimmed());
        } else if (filter::valueArity(op) == 1) {
            texts << (m_choice->isVisible() ? m_choice->currentText() : m_value->text());
        }
        auto condition = filter::makeCondition(*column, op, texts, m_insensitive->isVisible() && m_insensitive->isChecked());
        if (!condition)
            return std::unexpected(relation ? relation->field + u" → "_s + condition.error() : condition.error());
        scalar = std::move(*condition);
    }
    if (!relation) {
        if (!scalar)
            return std::unexpected(tr("pick a field"));
        return *scalar;
    }
    const RelationOp op = RelationOp(m_op->currentData().toInt());
    return filter::makeRelationCondition(*relation, op, filter::takesNestedCondition(op) ? scalar : std::nullopt);
}

bool FilterBar::commitEditor()
{
    if (m_field->currentIndex() < 0)
        return false;
    auto condition = editorCondition();
    if (!condition) {
        m_error->setText(condition.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_error->clear();
    m_value->clear();
    m_editor->hide();
    addCondition(*condition);
    return true;
}

void FilterBar::addCondition(const FilterCondition &condition)
{
    if (m_conditions.contains(condition))
        return;
    m_conditions.append(condition);
    rebuildChips();
    Q_EMIT conditionsChanged();
}

void FilterBar::removeCondition(int index)
{
    if (index < 0 || index >= m_conditions.size())
        return;
    m_conditions.removeAt(index);
    rebuildChips();
    Q_EMIT conditionsChanged();
}

void FilterBar::clearConditions()
{
    if (m_conditions.isEmpty())
        return;
    m_conditions.clear();
    rebuildChips();
    Q_EMIT conditionsChanged();
}

void FilterBar::setConditions(const QList<FilterCondition> &conditions)
{
    if (conditions == m_conditions)
        return;
    m_conditions = conditions;
    rebuildChips();
    Q_EMIT conditionsChanged();
}

QList<QToolButton *> FilterBar::chipButtons() const
{
    return m_chips->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
}

void FilterBar::changeEvent(QEvent *event)
{
    // The chips' style sheet resolves palette colours when applied: a scheme switch needs them anew.
    if (event->type() == QEvent::PaletteChange)
        rebuildChips();
    QWidget::changeEvent(event);
}

void FilterBar::rebuildChips()
{
    for (QToolButton *chip : chipButtons())
        delete chip;
    for (int i = 0; i < m_conditions.size(); ++i) {
        auto *chip = new QToolButton(m_chips);
        chip->setObjectName(u"filterChip"_s);
        chip->setText(m_conditions.at(i).label() + u"  ✕"_s);
        chip->setToolTip(tr("Remove this condition"));
        // A rounded, tinted pill that reads as one removable token.
        chip->setStyleSheet(u"QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px;"
                            " background: palette(alternate-base); }"_s);
        connect(chip, &QToolButton::clicked, this, [this, i] { removeCondition(i); });
        m_chipLayout->addWidget(chip);
        chip->setVisible(true); // now, not on the layout's queued show: a grab right after must see it
    }
    const QString where = filter::composeWhere(m_conditions);
    m_whereJson->setText(where.isEmpty() ? QString() : u"where: "_s + where);
    m_whereJson->setVisible(!where.isEmpty());
}

} // namespace facet::ui
