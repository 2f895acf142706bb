// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ConflictResolution.h"

#include "edit/StagedValueCheck.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

/// My staged row with its guard and originals taken from theirs; cells theirs already agrees with drop out.
StagedRow rebasedOnTheirs(const StagedRow &mine, const RowConflict &conflict)
{
    StagedRow rebased = mine;
    rebased.snapshot = conflict.theirs;
    QList<CellChange> cells;
    for (CellChange cell : rebased.cells) {
        cell.original = conflict.theirs.values.value(cell.field);
        if (!(cell.original == cell.value))
            cells.append(cell);
    }
    rebased.cells = cells;
    return rebased;
}

/// The re-based row as the change set should hold it: an update left with no cells is no change at all.
std::optional<StagedRow> keptOrDropped(StagedRow row)
{
    if (row.kind == StagedRow::Kind::Update && row.cells.isEmpty())
        return std::nullopt;
    return row;
}

QString describeRow(const RowConflict &conflict)
{
    return u"%1 (%2)"_s.arg(conflict.row.model, describeKey(conflict.row.key));
}

} // namespace

std::expected<void, QString> keepMine(ChangeSet &changes, const RowConflict &conflict)
{
    const RowId id = conflict.row.id();
    const StagedRow *current = changes.row(id);
    if (!current)
        return std::unexpected(u"%1 has no staged change any more"_s.arg(describeRow(conflict)));
    if (conflict.rowGone) {
        if (current->kind == StagedRow::Kind::Delete) {
            changes.replaceRow(id, std::nullopt);
            return {};
        }
        return std::unexpected(u"%1 was deleted by someone else; take theirs or insert it again"_s.arg(describeRow(conflict)));
    }
    changes.replaceRow(id, keptOrDropped(rebasedOnTheirs(*current, conflict)));
    return {};
}

void takeTheirs(ChangeSet &changes, const RowConflict &conflict)
{
    changes.discardRow(conflict.row.id());
}

std::expected<void, QString> editMine(ChangeSet &changes, const RowConflict &conflict,
                                      const QHash<QString, db::Value> &values)
{
    const RowId id = conflict.row.id();
    const StagedRow *current = changes.row(id);
    if (!current)
        return std::unexpected(u"%1 has no staged change any more"_s.arg(describeRow(conflict)));
    if (conflict.rowGone)
        return std::unexpected(u"%1 was deleted by someone else; take theirs or insert it again"_s.arg(describeRow(conflict)));
    if (current->kind != StagedRow::Kind::Update)
        return std::unexpected(u"%1 is staged for %2; only an update's values can be edited (keep mine or take theirs)"_s
                                   .arg(describeRow(conflict), kindName(current->kind)));
    auto model = changes.schema()->model(conflict.row.model);
    if (!model)
        return std::unexpected(model.error());
    const EditSchema::Model &m = **model;

    // Every value is checked before anything changes, so a refusal leaves the row as it was.
    StagedRow edited = rebasedOnTheirs(*current, conflict);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &field = it.key();
        const mapping::ModelColumn *column = m.column(field);
        if (!column)
            return std::unexpected(u"%1 has no field \"%2\" that can be edited"_s.arg(conflict.row.model, field));
        if (auto fixed = m.checkEditable(*column); !fixed)
            return std::unexpected(fixed.error());
        auto checked = checkStagedValue(conflict.row.model, *column, it.value());
        if (!checked)
            return std::unexpected(checked.error());
        const db::Value theirs = conflict.theirs.values.value(field);
        edited.cells.removeIf([&](const CellChange &c) { return c.field == field; });
        if (!(*checked == theirs))
            edited.cells.append({field, theirs, *checked});
    }
    changes.replaceRow(id, keptOrDropped(std::move(edited)));
    return {};
}

} // namespace facet::edit
