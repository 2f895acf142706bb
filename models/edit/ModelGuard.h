// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "core/Connection.h"

#include <QString>

namespace facet::edit {

/// How saves of one model prove that nobody changed a row since Facet read it, chosen from the schema:
/// a `version` Int/BigInt field (incremented on every save, the seed's optimistic-locking pattern), else an
/// @updatedAt field (compared, then set to now), else PostgreSQL's xmin, else the original values of the
/// changed columns (every column for a delete). The grid shows `describe()` in the model's header.
struct ModelGuard {
    enum class Kind { Version, UpdatedAt, Xmin, OriginalValues };
    Kind kind = Kind::OriginalValues;
    QString field;  ///< Version / UpdatedAt: the Prisma field
    QString column; ///< Version / UpdatedAt: its database column

    /// "version field `version`", "@updatedAt field `updatedAt`", "PostgreSQL xmin", "original values".
    [[nodiscard]] QString describe() const;
    /// "version", "updatedAt", "xmin", "originalValues": the changeset file's and the audit log's spelling.
    [[nodiscard]] QString kindName() const;
};

[[nodiscard]] ModelGuard guardFor(const schema::ResolvedModel &model, db::Provider provider);

/// Whether reads of the model's rows must carry PostgreSQL's xmin for saves to be guarded by it: an editable
/// table (views have no xmin) whose guard is xmin.
[[nodiscard]] bool readsXmin(const schema::ResolvedModel &model, db::Provider provider);

} // namespace facet::edit
