// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/EditSchema.h"
#include "edit/SaveOutcome.h"
#include "edit/StagedRow.h"

#include <QByteArray>
#include <QJsonObject>

#include <expected>

namespace facet::edit {

/// Reads a changeset file (docs/CHANGESET.md) into staged rows, checked like edits in the studio (every
/// value through checkStagedValue, client-side defaults generated for creates). Fails with one line naming
/// the place: `changes[1].update[0].data.views: 2147483648 is out of range for Int`.
[[nodiscard]] std::expected<QList<StagedRow>, QString> parseChangeset(const QByteArray &json, const EditSchema &schema);

/// The conflict report `facet apply` prints (exit 3): per row the model, key, operation, whether the row is
/// gone, and original / theirs / mine of every field that I or they changed.
[[nodiscard]] QJsonObject conflictsToJson(const QList<RowConflict> &conflicts, const EditSchema &schema);

/// What `facet apply` prints after a save: counts, and every created row as stored (database defaults too).
[[nodiscard]] QJsonObject savedToJson(const SaveOutcome &outcome, const QList<StagedRow> &rows, const EditSchema &schema);

} // namespace facet::edit
