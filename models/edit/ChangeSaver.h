// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"
#include "edit/EditSchema.h"
#include "edit/SaveOutcome.h"

namespace facet::edit {

struct SaveOptions {
    /// Statements per executeBatch round trip (PostgreSQL pipeline; one explicit transaction elsewhere).
    int batchSize = 1000;
    QString action = QStringLiteral("save changes"); ///< for the query panel's grouping
    /// PostgreSQL: runs of same-shaped guarded updates as one set-based statement each (BulkUpdate.h). A
    /// database error inside such a statement re-runs the save without grouping, so the error still points
    /// at its row.
    bool groupUpdates = true;
};

/// Saves staged rows in one transaction on `connection` (any thread; blocking — the studio runs it on the
/// pool's worker). Every update and delete is guarded (SavePlan); one guarded statement affecting no row is a
/// conflict: the transaction rolls back, every conflicting row is re-read ("theirs") and reported, nothing is
/// written. A database error (unique, foreign key, check, not-null, lost connection) rolls back and is
/// reported against its row and field with the Prisma code. On success every written row is re-read
/// (RETURNING, else SELECT by key inside the same transaction) so defaults and new guard values show.
[[nodiscard]] SaveOutcome saveChanges(db::Connection &connection, const EditSchema &schema, const QList<StagedRow> &rows,
                                      const SaveOptions &options = {});

/// A row read by the caller (the grid's page: `cells` in the order of `columns`, database column names) as the
/// change set keeps it: values by field, enum text as Enum, JSON text as Json, xmin when a column is named so.
[[nodiscard]] RowSnapshot rowSnapshot(const EditSchema::Model &model, const QStringList &columns,
                                      const QList<db::Value> &cells);

/// Re-reads the current state of a row ("theirs"); std::nullopt when it no longer exists.
[[nodiscard]] db::Result<std::optional<RowSnapshot>> readRow(db::Connection &connection, const EditSchema::Model &model,
                                                             const db::RowKey &key);

} // namespace facet::edit
