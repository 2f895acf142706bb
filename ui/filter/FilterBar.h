// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "filter/FilterCondition.h"
#include "mapping/ModelTable.h"
#include "mapping/RelationTarget.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace facet::ui {

/// The filter builder above a grid: "+ Filter" opens a row to pick a field, one of the operators its type
/// allows and a value (a picker for enums and Boolean, a "Aa" box for case-insensitive text); Add checks the
/// value with the editors' rules and turns the condition into a removable chip. The chips (AND) are shown
/// as the Prisma where they compose to. Each ModelPage owns one bar, so the chips are kept per tab.
/// Relation fields (after the scalar ones) offer some/none/every or is/isNot (and is null / is not null on
/// optional to-one relations) with one nested condition on a field of the related model, or "(any)" for
/// none: the chip reads `posts some: title contains "x"`.
class FilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// The model whose fields are offered; the chips stay (they name fields, which the table still has).
    void setModelTable(const mapping::ModelTable &table);
    /// The relation fields offered after the scalar ones (mapping::relationTargets of the model).
    void setRelations(const QList<mapping::RelationTarget> &relations);
    [[nodiscard]] const QList<filter::FilterCondition> &conditions() const { return m_conditions; }
    void addCondition(const filter::FilterCondition &condition);
    void removeCondition(int index);
    void clearConditions();
    /// Replaces every chip at once (one filter change), e.g. when navigation shows a place.
    void setConditions(const QList<filter::FilterCondition> &conditions);

    /// Opens the editor row on a field (the header menu's "Filter by this field").
    void beginCondition(const QString &field = {});
    /// Reads the editor row and adds its condition; false (and the message shown) when a value is refused.
    bool commitEditor();

    [[nodiscard]] QComboBox *fieldBox() const { return m_field; }
    [[nodiscard]] QComboBox *operatorBox() const { return m_op; }
    /// Relation fields: the related model's field ("(any)" first) and its operator.
    [[nodiscard]] QComboBox *nestedFieldBox() const { return m_nestedField; }
    [[nodiscard]] QComboBox *nestedOperatorBox() const { return m_nestedOp; }
    [[nodiscard]] QLineEdit *valueEdit() const { return m_value; }
    [[nodiscard]] QComboBox *choiceBox() const { return m_choice; }
    [[nodiscard]] QCheckBox *insensitiveBox() const { return m_insensitive; }
    [[nodiscard]] QLabel *errorLabel() const { return m_error; }
    [[nodiscard]] QLabel *whereLabel() const { return m_whereJson; }
    [[nodiscard]] QList<QToolButton *> chipButtons() const;

Q_SIGNALS:
    void conditionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFields();
    void fillOperators();
    void fillNestedOperators();
    void updateValueEditor();
    void rebuildChips();
    /// The relation field picked in the field box, or nullptr for a scalar field.
    [[nodiscard]] const mapping::RelationTarget *currentRelation() const;
    /// The column the value is for: the picked field, or the nested field of a relation (nullptr: "(any)").
    [[nodiscard]] const mapping::ModelColumn *currentColumn() const;
    [[nodiscard]] filter::ConditionOp currentOp() const;
    [[nodiscard]] std::expected<filter::FilterCondition, QString> editorCondition() const;

    mapping::ModelTable m_table;
    QList<mapping::RelationTarget> m_relations;
    QList<filter::FilterCondition> m_conditions;
    QToolButton *m_add;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QWidget *m_editor;
    QComboBox *m_field;
    QComboBox *m_op;
    QComboBox *m_nestedField;
    QComboBox *m_nestedOp;
    QLineEdit *m_value;
    QComboBox *m_choice;
    QCheckBox *m_insensitive;
    QPushButton *m_apply;
    QLabel *m_error;
    QLabel *m_whereJson;
};

} // namespace facet::ui
