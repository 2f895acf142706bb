// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/DbError.h"

#include <QString>

#include <atomic>
#include <functional>

namespace facet::demo {

/// How many rows the demo seed wrote, per table.
struct DemoCounts {
    qint64 users = 0;
    qint64 tags = 0;
    qint64 posts = 0;
    qint64 postTags = 0;
    qint64 accounts = 0;
    qint64 transfers = 0;
    [[nodiscard]] qint64 total() const { return users + tags + posts + postTags + accounts + transfers; }
};

/// Progress of the demo set-up: rows written so far out of the rows planned, and what is being written.
using DemoProgress = std::function<void(qint64 done, qint64 total, const QString &stage)>;

/// The bundled demo: schema.prisma and its migration (Prisma's own layout, from resources/demo/), applied to a
/// SQLite file in the user's data folder the way `prisma migrate deploy` would (including `_prisma_migrations`),
/// then seeded with realistic data. Blocking; run it off the GUI thread (DemoPreparation does).
class DemoDatabase final {
public:
    /// Seed format version, kept in PRAGMA user_version; a file with another value is recreated.
    static constexpr int SeedVersion = 1;

    /// <data folder>/demo/demo.db, from QStandardPaths::AppDataLocation.
    [[nodiscard]] static QString defaultPath();

    /// Folder holding the demo's schema.prisma and migrations/ as files, extracted from the resources so the
    /// schema reader and the migration view see an ordinary Prisma project.
    [[nodiscard]] static QString projectFolder();

    /// True when `path` holds a complete demo database of the current seed version.
    [[nodiscard]] static bool isReady(const QString &path);

    /// Writes the demo project files (schema.prisma, migrations/) to projectFolder(); returns the schema path.
    [[nodiscard]] static db::Result<QString> extractProject();

    /// Creates the database at `path` from scratch: builds it next to `path` and renames it into place only
    /// when complete, so a cancelled or failed run never leaves a half-seeded demo behind.
    /// `scale` multiplies the row counts (1.0 = the default demo, at least 100,000 transfers).
    [[nodiscard]] static db::Result<DemoCounts> create(const QString &path, const DemoProgress &progress = {},
                                                       const std::atomic<bool> *cancel = nullptr,
                                                       double scale = 1.0);
};

} // namespace facet::demo
