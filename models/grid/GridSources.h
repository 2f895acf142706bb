// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "ResolvedSchema.h"
#include "core/Connection.h"

#include <QObject>
#include <QString>

#include <expected>
#include <memory>

namespace facet::db {
class ConnectionPool;
}

namespace facet::edit {
class ProjectChanges;
}

namespace facet::grid {

class GridModel;

/// What the studio needs to open a grid on any model of one project: the validated schema and a connection
/// pool on the project's database — or, when there is none, the reason, worded for the user (no URL, an
/// unusable URL, a provider Facet cannot reach, an invalid schema). The pool opens connections lazily, so an
/// unreachable server shows as the grid's first load error.
class GridSources final {
public:
    /// A project opened from a schema file or folder: the datasource URL is found the way Prisma's CLI finds
    /// it from the project folder (the schema's, or its parent for a `prisma/` folder): the schema's `url`,
    /// the Prisma config file, .env files, DATABASE_URL.
    [[nodiscard]] static std::shared_ptr<GridSources> forProject(const QString &schemaPath);
    /// A schema with a database URL chosen by Facet (the demo's SQLite file).
    [[nodiscard]] static std::shared_ptr<GridSources> forDatabase(const QString &schemaPath, const QString &url);
    /// No data yet, with the reason (the demo database is still being written).
    [[nodiscard]] static std::shared_ptr<GridSources> unavailable(const QString &reason);

    /// Empty when grids can open; else why not.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    /// "PostgreSQL · postgresql://facet:****@localhost/app (from .env, DATABASE_URL)", for the status bar.
    [[nodiscard]] const QString &connectionText() const { return m_connectionText; }
    [[nodiscard]] const std::shared_ptr<db::ConnectionPool> &pool() const { return m_pool; }
    /// The project's schema and provider (relation labels and navigation read the relations from it).
    [[nodiscard]] const schema::ValidatedSchema &schema() const { return m_schema; }
    [[nodiscard]] db::Provider provider() const { return m_provider; }

    /// A grid model on `modelName` (a model or view of the schema), owned by `parent`.
    [[nodiscard]] std::expected<GridModel *, QString> openModel(const QString &modelName, QObject *parent) const;

    /// The project's staged changes, shared by every model tab (created on first use, on the GUI thread, with
    /// its journal and audit log in the app's data folder); nullptr when grids cannot open.
    [[nodiscard]] edit::ProjectChanges *changes() const;

private:
    void connect(const QString &url, const QString &display, const QString &origin);

    schema::ValidatedSchema m_schema;
    db::Provider m_provider = db::Provider::SQLite;
    std::shared_ptr<db::ConnectionPool> m_pool;
    QString m_problem;
    QString m_connectionText;
    mutable std::shared_ptr<edit::ProjectChanges> m_changes;
};

} // namespace facet::grid
