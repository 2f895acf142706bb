// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

// How an item model (the grid, the record view) and the cell editors (ui/editors/CellEditorDelegate) talk.
//
//  - Qt::EditRole carries the cell's exact value: QVariant::fromValue(db::Value). SQL NULL is a db::Value
//    of kind Null, never an invalid QVariant, so "no value" and "not loaded" stay apart. setData(index,
//    QVariant::fromValue(value), Qt::EditRole) is how the delegate hands back what the user committed;
//    the value always passes db::checkValueFits for the column.
//  - CellColumnRole carries QVariant::fromValue(cellinput::CellColumn): the Prisma field, its ColumnType,
//    nullability and enum choices. The delegate needs it to pick and configure the editor; a model that
//    returns nothing here gets a plain text editor for String.
//  - RelationTargetRole (optional) on a relation's scalar (foreign key) column carries
//    QVariant::fromValue(cellinput::RelationTarget); the delegate then offers the relation picker.
//
// Qt 6 registers these types on first use, so no Q_DECLARE_METATYPE is needed (tests/support/ValueLiterals.h
// declares db::Value for data-driven tests; both ways work together).
#include "cellinput/CellColumn.h"
#include "value/Value.h"

#include <QVariant>

namespace facet::cellinput {

enum CellRole : int {
    CellValueRole = Qt::EditRole,
    CellColumnRole = Qt::UserRole + 0x0E00,
    RelationTargetRole,
};

[[nodiscard]] inline QVariant toVariant(const db::Value &value)
{
    return QVariant::fromValue(value);
}

/// The db::Value in `v`, or std::nullopt when `v` holds something else (a model that does not follow the
/// convention).
[[nodiscard]] inline std::optional<db::Value> valueFromVariant(const QVariant &v)
{
    if (v.metaType() != QMetaType::fromType<db::Value>())
        return std::nullopt;
    return v.value<db::Value>();
}

} // namespace facet::cellinput
