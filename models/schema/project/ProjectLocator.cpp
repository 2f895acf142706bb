// SPDX-License-Identifier: MIT
#include "project/ProjectLocator.h"

#include "project/ProjectCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

namespace msg = catalog::project;

QString absoluteIn(const QString &directory, const QString &path)
{
    return QDir::cleanPath(QDir(directory).absoluteFilePath(path));
}

// The nearest package.json from `directory` upwards (readPackageUp / find-up), skipping the one of the
// generated client, with its parsed object. Unreadable or invalid files are skipped, as Prisma does.
struct PackageJson {
    QString path;
    QJsonObject object;
};

std::optional<PackageJson> findPackageJson(const QString &directory)
{
    QDir dir(directory);
    while (true) {
        const QString path = dir.filePath(u"package.json"_s);
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
            if (document.isObject() && document.object().value(u"name"_s).toString() != u".prisma/client")
                return PackageJson { path, document.object() };
        }
        if (!dir.cdUp())
            return std::nullopt;
    }
}

enum class Lookup { Found, NotFound, WrongType };

Lookup lookupFileOrFolder(const QString &path, bool &isFolder)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Lookup::NotFound;
    isFolder = info.isDir();
    return info.isFile() || info.isDir() ? Lookup::Found : Lookup::WrongType;
}

class Locator {
public:
    Locator(const ProjectOptions &options, Project &project) : m_options(options), m_project(project) { }

    std::expected<SchemaLocation, ProjectDiagnostics> locate()
    {
        SchemaLocation location;
        if (!m_options.schemaArgument.isEmpty()) {
            location.source = SchemaLocation::Source::Argument;
            location.path = absoluteIn(m_project.directory, m_options.schemaArgument);
            location.tried.append(m_project.displayPath(location.path));
            const Lookup found = lookupFileOrFolder(location.path, location.isFolder);
            if (found != Lookup::Found)
                return fail(
                    msg::schemaArgumentNotFound(m_project.displayPath(location.path), found == Lookup::WrongType));
            return location;
        }
        if (m_project.config && m_project.config->schema) {
            const PrismaConfig &config = *m_project.config;
            const auto evaluated
                = evaluateSetting(*config.schema, m_project.environment, config.path, u"schema", u"pass --schema.");
            if (!evaluated)
                return fail(evaluated.error());
            if (evaluated->value) {
                location.source = SchemaLocation::Source::PrismaConfig;
                location.path = absoluteIn(config.directory(), *evaluated->value);
                location.tried.append(m_project.displayPath(location.path));
                const Lookup found = lookupFileOrFolder(location.path, location.isFolder);
                if (found != Lookup::Found)
                    return fail(msg::configSchemaNotFound(m_project.displayPath(location.path), config.fileName(),
                        found == Lookup::WrongType, { config.path, config.schema->line, config.schema->column }));
                return location;
            }
        }
        if (const auto package = findPackageJson(m_project.directory)) {
            const QJsonValue prisma = package->object.value(u"prisma"_s);
            const QJsonValue schema = prisma.toObject().value(u"schema"_s);
            if (!schema.isUndefined() && !schema.isNull()) {
                if (!schema.isString())
                    return fail(msg::packageJsonSchemaNotString(m_project.displayPath(package->path)));
                location.source = SchemaLocation::Source::PackageJson;
                location.packageJson = package->path;
                location.path = absoluteIn(QFileInfo(package->path).absolutePath(), schema.toString());
                location.tried.append(m_project.displayPath(location.path));
                const Lookup found = lookupFileOrFolder(location.path, location.isFolder);
                if (found != Lookup::Found)
                    return fail(msg::packageJsonSchemaNotFound(m_project.displayPath(location.path),
                        m_project.displayPath(package->path), found == Lookup::WrongType));
                return location;
            }
        }
        location.source = SchemaLocation::Source::DefaultLocation;
        const QDir dir(m_project.directory);
        struct Default {
            QString relative;
            bool folder;
        };
        for (const Default &candidate : { Default { u"schema.prisma"_s, false },
                 Default { u"prisma/schema.prisma"_s, false }, Default { u"prisma/schema"_s, true } }) {
            const QString path = QDir::cleanPath(dir.filePath(candidate.relative));
            const QFileInfo info(path);
            const bool matches = candidate.folder ? info.isDir() : info.isFile();
            if (matches) {
                location.path = path;
                location.isFolder = candidate.folder;
                location.tried.append(candidate.relative);
                return location;
            }
            const QString expected = candidate.folder ? u"directory"_s : u"file"_s;
            location.tried.append(candidate.relative + u": "_s
                + (info.exists() ? QString(u"expected "_s + expected) : QString(expected + u" not found"_s)));
        }
        return fail(msg::schemaNotFound(location.tried));
    }

private:
    std::unexpected<ProjectDiagnostics> fail(ProjectDiagnostic diagnostic)
    {
        ProjectDiagnostics all = m_project.diagnostics;
        all.push_back(std::move(diagnostic));
        return std::unexpected(std::move(all));
    }

    const ProjectOptions &m_options;
    Project &m_project;
};

void loadEnvFile(Project &project, const QString &path, bool expand)
{
    const auto file = readDotEnvFile(path);
    if (!file) {
        project.diagnostics.push_back(file.error());
        return;
    }
    project.environment.loadDotEnv(*file, expand, project.diagnostics);
}

// Prisma 7 style: only what the config's own dotenv import loads.
void loadConfigEnv(Project &project)
{
    const QString path = QDir(project.directory).filePath(u".env"_s);
    if (!project.config->loadsDotEnv || !QFileInfo(path).isFile())
        return;
    project.rootEnvPath = path;
    loadEnvFile(project, path, false);
}

// Prisma ≤ 6: getEnvPaths + tryLoadEnvs(…, { conflictCheck: 'error' }).
void loadPrismaSixEnv(Project &project, const ProjectOptions &options)
{
    QString rootEnv;
    if (const auto package = findPackageJson(project.directory)) {
        const QString candidate = QFileInfo(package->path).absoluteDir().filePath(u".env"_s);
        if (QFileInfo(candidate).isFile())
            rootEnv = candidate;
    }
    QStringList schemaCandidates;
    if (!options.schemaArgument.isEmpty())
        schemaCandidates.append(
            QFileInfo(absoluteIn(project.directory, options.schemaArgument)).absoluteDir().filePath(u".env"_s));
    if (project.schema.source == SchemaLocation::Source::PackageJson)
        schemaCandidates.append(QFileInfo(project.schema.path).absoluteDir().filePath(u".env"_s));
    schemaCandidates.append(absoluteIn(project.directory, u"prisma/.env"_s));
    schemaCandidates.append(absoluteIn(project.directory, u".env"_s));
    QString schemaEnv;
    for (const QString &candidate : std::as_const(schemaCandidates)) {
        if (QFileInfo(candidate).isFile()) {
            schemaEnv = QDir::cleanPath(candidate);
            break;
        }
    }
    if (!rootEnv.isEmpty()) {
        project.rootEnvPath = rootEnv;
        loadEnvFile(project, rootEnv, true);
    }
    if (schemaEnv.isEmpty() || QFileInfo(schemaEnv).canonicalFilePath() == QFileInfo(rootEnv).canonicalFilePath())
        return;
    const auto schemaFile = readDotEnvFile(schemaEnv);
    if (!schemaFile) {
        project.diagnostics.push_back(schemaFile.error());
        return;
    }
    if (!rootEnv.isEmpty()) {
        const auto rootFile = readDotEnvFile(rootEnv);
        QStringList same;
        QStringList shadowed;
        for (const QString &key : schemaFile->keys()) {
            if (!rootFile || !rootFile->find(key))
                continue;
            // Prisma compares with the root file's parsed values after expansion.
            const auto rootValue = project.environment.value(key);
            if (rootValue && rootValue->value == schemaFile->find(key)->value)
                same.append(key);
            else
                shadowed.append(key);
        }
        const QString rootName = project.displayPath(rootEnv);
        const QString schemaName = project.displayPath(schemaEnv);
        if (!same.isEmpty()) {
            project.diagnostics.push_back(msg::envConflict(rootName, schemaName, same));
            return; // Prisma throws before loading the schema .env
        }
        if (!shadowed.isEmpty())
            project.diagnostics.push_back(msg::envShadowed(rootName, schemaName, shadowed));
    }
    project.schemaEnvPath = schemaEnv;
    project.environment.loadDotEnv(*schemaFile, true, project.diagnostics);
}

} // namespace

QString Project::displayPath(const QString &path) const
{
    const QString relative = QDir(directory).relativeFilePath(path);
    return relative.startsWith(u"../"_s) ? path : relative;
}

QString Project::configName() const
{
    return config ? displayPath(config->path) : QString();
}

std::expected<Project, ProjectDiagnostics> openProject(const ProjectOptions &options)
{
    Project project;
    project.directory
        = QDir::cleanPath(QDir(options.directory.isEmpty() ? QDir::currentPath() : options.directory).absolutePath());
    project.environment = options.environment ? Environment(*options.environment) : Environment::fromProcess();

    const QString configPath = findPrismaConfig(project.directory);
    if (!configPath.isEmpty()) {
        project.config = readPrismaConfig(configPath);
        project.diagnostics.insert(
            project.diagnostics.end(), project.config->diagnostics.begin(), project.config->diagnostics.end());
        loadConfigEnv(project); // before the schema: `schema: env("…")` may read it
    }
    auto location = Locator(options, project).locate();
    if (!location)
        return std::unexpected(std::move(location.error()));
    project.schema = std::move(*location);
    if (!project.config)
        loadPrismaSixEnv(project, options);
    return project;
}

} // namespace facet::schema
