// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"
#include "edit/StagedRow.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace facet::edit {

/// One field of a conflicting row: what Facet read, what the database holds now, what the user staged.
struct ConflictField {
    QString field;
    db::Value original;
    db::Value theirs;
    db::Value mine;
    bool changedByThem = false; ///< theirs differs from original
    bool changedByMe = false;   ///< the user staged this field
};

/// A staged update or delete whose guard matched no row.
struct RowConflict {
    StagedRow row;            ///< the staged row as it was saved
    bool rowGone = false;     ///< the row no longer exists (deleted by someone else)
    RowSnapshot theirs;       ///< the row re-read after the rollback (empty when gone)
    QList<ConflictField> fields; ///< every field of the model
};

/// A database error during a save, pointed at the row and field it concerns.
struct SaveFailure {
    db::DbError error;        ///< with its Prisma code
    std::optional<StagedRow> row; ///< the row whose statement failed, when known
    QString field;            ///< the field concerned (from the error's column or constraint fields), when known
    /// "Post (id=5).slug: P2002 Unique constraint failed on the fields: (`slug`)".
    [[nodiscard]] QString describe() const;
};

/// One saved change, for the audit log.
struct SavedChange {
    QString model;
    db::RowKey key;           ///< for inserts: the key the database gave the row
    StagedRow::Kind kind = StagedRow::Kind::Update;
    QString field;            ///< empty for a whole-row delete
    db::Value oldValue;
    db::Value newValue;
};

/// A row after its save, as the database stored it (database defaults and the new guard value included).
struct SavedRow {
    RowId id;
    db::RowKey key;
    RowSnapshot stored;
};

struct SaveOutcome {
    enum class Status { Saved, Conflict, Failed };
    Status status = Status::Saved;
    QList<RowConflict> conflicts;   ///< Conflict: every row whose guard matched nothing (all rolled back)
    std::optional<SaveFailure> failure; ///< Failed: the error (all rolled back)
    QList<SavedRow> savedRows;      ///< Saved: every row written, re-read
    QList<SavedChange> changes;     ///< Saved: field by field, for the audit log
    QDateTime savedAt;              ///< Saved: the commit time (UTC)
    int statements = 0;

    [[nodiscard]] QList<RowId> savedIds() const;
};

} // namespace facet::edit
