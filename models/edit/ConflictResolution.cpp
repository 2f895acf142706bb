// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ConflictResolution.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

std::expected<void, QString> keepMine(ChangeSet &changes, const RowConflict &conflict)
{
    const RowId id = conflict.row.id();
    const StagedRow *current = changes.row(id);
    if (!current)
        return std::unexpected(u"%1 (%2) has no staged change any more"_s.arg(conflict.row.model, describeKey(conflict.row.key)));
    if (conflict.rowGone) {
        if (current->kind == StagedRow::Kind::Delete) {
            changes.replaceRow(id, std::nullopt);
            return {};
        }
        return std::unexpected(u"%1 (%2) was deleted by someone else; take theirs or insert it again"_s.arg(
            conflict.row.model, describeKey(conflict.row.key)));
    }
    StagedRow rebased = *current;
    rebased.snapshot = conflict.theirs;
    QList<CellChange> cells;
    for (CellChange cell : rebased.cells) {
        cell.original = conflict.theirs.values.value(cell.field);
        if (!(cell.original == cell.value))
            cells.append(cell);
    }
    rebased.cells = cells;
    if (rebased.kind == StagedRow::Kind::Update && rebased.cells.isEmpty())
        changes.replaceRow(id, std::nullopt);
    else
        changes.replaceRow(id, rebased);
    return {};
}

void takeTheirs(ChangeSet &changes, const RowConflict &conflict)
{
    changes.discardRow(conflict.row.id());
}

} // namespace facet::edit
