// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/ChangeSet.h"
#include "edit/SaveOutcome.h"

#include <QHash>

#include <expected>

namespace facet::edit {

/// "Keep mine on top of theirs": the row's guard and originals are re-based on the row as it is now (theirs),
/// my staged values stay; cells where theirs already equals mine drop out. Fails for an update of a row that
/// someone deleted (there is nothing to put mine on top of; take theirs, or insert it again). A delete of a
/// row that is gone is dropped: what it wanted has happened. One undo step.
std::expected<void, QString> keepMine(ChangeSet &changes, const RowConflict &conflict);

/// "Take theirs": drops my staged change of the row (the grid re-reads it). One undo step.
void takeTheirs(ChangeSet &changes, const RowConflict &conflict);

/// "Edit": the values the user typed in the conflict view (by field) become the staged values on top of
/// theirs: the row is re-based as by keepMine (the guard expects theirs on the next save), my other staged
/// cells stay, and each typed value replaces mine for its field (a value equal to theirs unstages the field).
/// Every value passes the checks of any staging (checkStagedValue, no key or version field); one refused value
/// changes nothing and the error names the field. Fails for a row someone deleted and for a staged delete
/// (a delete has no values to edit: keep mine or take theirs). One undo step.
std::expected<void, QString> editMine(ChangeSet &changes, const RowConflict &conflict,
                                      const QHash<QString, db::Value> &values);

} // namespace facet::edit
