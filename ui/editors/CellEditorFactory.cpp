// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/CellEditorFactory.h"

#include "editors/BytesCellEditor.h"
#include "editors/ChoiceCellEditors.h"
#include "editors/DateTimeCellEditor.h"
#include "editors/JsonCellEditor.h"
#include "editors/TextCellEditors.h"

namespace facet::ui {

CellEditor *createCellEditor(const cellinput::CellColumn &column, QWidget *parent)
{
    if (column.type.isList)
        return new ListCellEditor(column, parent);
    switch (column.type.kind) {
    case db::ScalarKind::Json:
        return new JsonCellEditor(column, parent);
    case db::ScalarKind::Bytes:
        return new BytesCellEditor(column, parent);
    case db::ScalarKind::Boolean:
        return new BooleanCellEditor(column, parent);
    case db::ScalarKind::Enum:
        return new EnumCellEditor(column, parent);
    case db::ScalarKind::DateTime:
        return new DateTimeCellEditor(column, parent);
    case db::ScalarKind::String:
        if (!column.type.isUuid)
            return new TextCellEditor(column, parent);
        break;
    default:
        break;
    }
    return new LineCellEditor(column, parent);
}

} // namespace facet::ui
