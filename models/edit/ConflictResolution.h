// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/ChangeSet.h"
#include "edit/SaveOutcome.h"

#include <expected>

namespace facet::edit {

/// "Keep mine on top of theirs": the row's guard and originals are re-based on the row as it is now (theirs),
/// my staged values stay; cells where theirs already equals mine drop out. Fails for an update of a row that
/// someone deleted (there is nothing to put mine on top of; take theirs, or insert it again). A delete of a
/// row that is gone is dropped: what it wanted has happened. One undo step.
std::expected<void, QString> keepMine(ChangeSet &changes, const RowConflict &conflict);

/// "Take theirs": drops my staged change of the row (the grid re-reads it). One undo step.
void takeTheirs(ChangeSet &changes, const RowConflict &conflict);

} // namespace facet::edit
