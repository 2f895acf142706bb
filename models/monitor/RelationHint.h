// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QString>
#include <QStringList>

namespace facet::schema {
struct ResolvedSchema;
}

namespace facet::monitor {

/// The table a statement reads and the columns its WHERE clause compares with a value (`= ?`, `IN (?+)`),
/// read from a fingerprint (SqlFingerprint's normalised text), identifiers unquoted and unqualified.
struct ReadShape {
    QString table;
    QStringList filterColumns;
};

[[nodiscard]] ReadShape readShapeOf(const QString &fingerprint);

/// When `fingerprint` is a select on a model's table filtered by the foreign-key columns of a relation the
/// schema knows, a hint naming that relation: `User.posts (relation "PostToUser" via Post.authorId): load it
/// with include or a join`; empty otherwise.
[[nodiscard]] QString relationHint(const schema::ResolvedSchema &schema, const QString &fingerprint);

} // namespace facet::monitor
