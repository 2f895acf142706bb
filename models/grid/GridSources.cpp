// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "GridSources.h"

#include "grid/GridColumn.h"
#include "grid/GridModel.h"

#include "edit/ModelGuard.h"
#include "edit/ProjectChanges.h"

#include "SchemaLoader.h"
#include "pool/PoolRegistry.h"
#include "project/DatasourceUrl.h"
#include "project/ProjectLocator.h"
#include "url/ConnectionUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace facet::grid {

namespace {
QString firstError(const schema::ProjectDiagnostics &diagnostics)
{
    for (const schema::ProjectDiagnostic &d : diagnostics) {
        if (d.isError())
            return d.message + (d.file.isEmpty() ? QString() : u" ("_s + QDir::toNativeSeparators(d.file) + u')');
    }
    return diagnostics.empty() ? u"unknown problem"_s : diagnostics.front().message;
}

/// Where `prisma` would run for this schema: the folder above `prisma/` (where .env and package.json
/// usually are), else the schema's own folder.
QString projectFolder(const QFileInfo &schema)
{
    QDir dir = schema.isDir() ? QDir(schema.absoluteFilePath()) : schema.absoluteDir();
    for (int up = 0; up < 2; ++up) {
        if (dir.dirName() == u"prisma"_s || dir.dirName() == u"schema"_s)
            dir.cdUp();
    }
    return dir.absolutePath();
}

bool loadSchema(const QString &path, schema::ValidatedSchema &into, QString &problem)
{
    auto sources = schema::loadSchemaPath(path);
    if (!sources) {
        problem = sources.error().message;
        return false;
    }
    into = schema::validateSchema(*sources);
    if (into.hasErrors()) {
        problem = QObject::tr("The schema has errors (see the Schema tab); fix them to browse data.");
        return false;
    }
    return true;
}
} // namespace

std::shared_ptr<GridSources> GridSources::unavailable(const QString &reason)
{
    auto sources = std::make_shared<GridSources>();
    sources->m_problem = reason;
    return sources;
}

std::shared_ptr<GridSources> GridSources::forDatabase(const QString &schemaPath, const QString &url)
{
    auto sources = std::make_shared<GridSources>();
    if (loadSchema(schemaPath, sources->m_schema, sources->m_problem))
        sources->connect(url, url, QString());
    return sources;
}

std::shared_ptr<GridSources> GridSources::forProject(const QString &schemaPath)
{
    auto sources = std::make_shared<GridSources>();
    const QFileInfo info(schemaPath);
    schema::ProjectOptions options;
    options.directory = projectFolder(info);
    options.schemaArgument = info.absoluteFilePath();
    auto project = schema::openProject(options);
    if (!project)
        return unavailable(firstError(project.error()));
    if (!loadSchema(project->schema.path, sources->m_schema, sources->m_problem))
        return sources;
    schema::DatasourceUrlOptions urlOptions;
    urlOptions.workingDirectory = project->directory;
    auto url = schema::resolveDatasourceUrl(*project, sources->m_schema.parsed, urlOptions);
    if (!url) {
        sources->m_problem = QObject::tr("No database to connect to: %1").arg(firstError(url.error()));
        return sources;
    }
    sources->connect(url->url, url->displayUrl(), url->description);
    return sources;
}

void GridSources::connect(const QString &url, const QString &display, const QString &origin)
{
    const schema::Provider schemaProvider = m_schema.resolved.provider();
    const auto provider = mapping::connectorProvider(schemaProvider);
    if (!provider) {
        m_problem = QObject::tr("The datasource provider \"%1\" is not one Facet connects to (postgresql, mysql, sqlite).")
                        .arg(schema::providerName(schemaProvider));
        return;
    }
    m_provider = *provider;
    const auto parsed = db::ConnectionUrl::parse(url);
    if (!parsed) {
        m_problem = QObject::tr("The database URL %1 cannot be used: %2").arg(display, parsed.error().toDbError().summary());
        return;
    }
    const bool matches = (parsed->provider() == db::UrlProvider::PostgreSql) == (m_provider == db::Provider::PostgreSQL)
                         && (parsed->provider() == db::UrlProvider::MySql) == (m_provider == db::Provider::MySQL);
    if (!matches) {
        m_problem = QObject::tr("The database URL %1 does not match the datasource provider \"%2\".")
                        .arg(display, db::providerName(m_provider));
        return;
    }
    db::ConnectOptions connect;
    connect.applicationName = u"Facet"_s;
    auto pool = db::PoolRegistry::shared().pool(url, connect);
    if (!pool) {
        m_problem = QObject::tr("Cannot connect to %1: %2").arg(display, pool.error().summary());
        return;
    }
    m_pool = *pool;
    m_connectionText = u"%1 · %2"_s.arg(db::Dialect(m_provider).providerDisplayName(), display);
    if (!origin.isEmpty())
        m_connectionText += u" ("_s + origin + u')';
}

std::expected<GridModel *, QString> GridSources::openModel(const QString &modelName, QObject *parent) const
{
    if (!m_problem.isEmpty())
        return std::unexpected(m_problem);
    const schema::ResolvedModel *model = m_schema.resolved.findModel(modelName);
    if (!model)
        return std::unexpected(QObject::tr("The schema has no model or view named %1.").arg(modelName));
    auto table = mapping::modelTable(m_schema.resolved, *model, m_provider);
    if (!table)
        return std::unexpected(table.error());
    QList<GridColumn> columns = gridColumns(*model, *table);
    GridModel::Options options;
    // Edits staged from this grid are guarded by xmin only if the rows were read with it (ModelChanges).
    options.readXmin = edit::readsXmin(*model, m_provider);
    return new GridModel(m_pool, std::move(*table), std::move(columns), options, parent);
}

} // namespace facet::grid

namespace facet::grid {

edit::ProjectChanges *GridSources::changes() const
{
    if (!m_problem.isEmpty() || !m_pool)
        return nullptr;
    if (!m_changes) {
        auto schema = std::make_shared<const edit::EditSchema>(m_schema.resolved, m_provider);
        m_changes = std::make_shared<edit::ProjectChanges>(
            std::move(schema), m_pool, m_connectionText, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
    return m_changes.get();
}

} // namespace facet::grid
