// SPDX-License-Identifier: MIT
#include "project/DatasourceUrl.h"

#include "project/ProjectCatalog.h"
#include "project/UrlMasking.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

namespace msg = catalog::project;

QStringView keyName(DatasourceUrlOptions::Key key)
{
    switch (key) {
    case DatasourceUrlOptions::Key::Url:
        return u"url";
    case DatasourceUrlOptions::Key::DirectUrl:
        return u"directUrl";
    case DatasourceUrlOptions::Key::ShadowDatabaseUrl:
        return u"shadowDatabaseUrl";
    }
    return u"url";
}

std::unexpected<ProjectDiagnostics> fail(ProjectDiagnostic diagnostic)
{
    return std::unexpected(ProjectDiagnostics { std::move(diagnostic) });
}

// "from .env next to the schema, DATABASE_URL"
QString variableDescription(const Project &project, const QString &variable, const EnvOrigin &origin)
{
    if (origin.kind == EnvOrigin::Kind::Process)
        return u"from the environment, "_s + variable;
    const QString folder = QFileInfo(origin.file).absolutePath();
    const QString schemaFolder
        = project.schema.isFolder ? project.schema.path : QFileInfo(project.schema.path).absolutePath();
    if (folder == project.directory)
        return u"from the project's .env, "_s + variable;
    if (folder == schemaFolder)
        return u"from .env next to the schema, "_s + variable;
    return u"from "_s + project.displayPath(origin.file) + u", "_s + variable;
}

// Makes a relative SQLite path absolute against `base`.
void resolveSqlite(DatasourceUrl &url, const QString &base)
{
    url.url = url.written;
    if (!url.written.startsWith(u"file:"_s))
        return;
    const QString rest = url.written.mid(5);
    const qsizetype query = rest.indexOf(u'?');
    const QString path = query < 0 ? rest : rest.left(query);
    const QString parameters = query < 0 ? QString() : rest.mid(query);
    if (path.startsWith(u"//"_s) || path.isEmpty())
        return;
    const QString absolute = QDir::isAbsolutePath(path) ? path : QDir::cleanPath(QDir(base).absoluteFilePath(path));
    url.sqlitePath = absolute;
    url.url = u"file:"_s + absolute + parameters;
}

// The datasource block and the file it is in.
struct DatasourceBlock {
    const ConfigBlock *block = nullptr;
    QString file;
};

DatasourceBlock findDatasource(const Project &project, const ParsedSchema &schema)
{
    for (const Top &top : schema.ast.tops) {
        if (const ConfigBlock *block = top.config(); block && block->kind == ConfigBlock::Kind::Datasource) {
            const QString path = schema.sources.file(top.file).path();
            return { block, QDir::cleanPath(QDir(project.directory).absoluteFilePath(path)) };
        }
    }
    return {};
}

QString configBase(const Project &project, const DatasourceBlock &datasource)
{
    if (project.config)
        return project.config->directory();
    if (!datasource.file.isEmpty())
        return QFileInfo(datasource.file).absolutePath();
    return project.directory;
}

std::expected<DatasourceUrl, ProjectDiagnostics> fromConfig(
    const Project &project, const ConfigSetting &setting, QStringView key, QStringView datasourceName)
{
    const PrismaConfig &config = *project.config;
    const QString qualified = u"datasource."_s + key;
    const auto evaluated
        = evaluateSetting(setting, project.environment, config.path, qualified, u"set DATABASE_URL or pass --url"_s);
    if (!evaluated)
        return fail(evaluated.error());
    DatasourceUrl url;
    url.source = DatasourceUrl::Source::PrismaConfig;
    url.file = config.path;
    url.line = setting.line;
    url.column = setting.column;
    if (!evaluated->value) {
        const ConfigTerm &last = setting.terms.back();
        return fail(msg::envVarNotFound(evaluated->undefinedVariable, { config.path, last.line, last.column }));
    }
    const ConfigTerm &term = *evaluated->term;
    url.written = *evaluated->value;
    if (term.kind == ConfigTerm::Kind::String) {
        url.description = u"from "_s + config.fileName() + u", a literal URL"_s;
    } else {
        url.variable = term.text;
        url.origin = project.environment.value(term.text)->origin;
        url.description = variableDescription(project, term.text, *url.origin);
    }
    if (url.written.isEmpty())
        return fail(msg::emptyUrl(datasourceName, url.variable, { config.path, term.line, term.column }));
    resolveSqlite(url, config.directory());
    return url;
}

std::expected<DatasourceUrl, ProjectDiagnostics> fromSchema(
    const Project &project, const ParsedSchema &schema, const DatasourceBlock &datasource, QStringView key)
{
    const ConfigProperty *property = datasource.block->property(key);
    const QString name = datasource.block->name.name;
    if (!property || !property->value)
        return fail(msg::noUrl(name, key, project.config.has_value()));
    const Expression &value = *property->value;
    const SourceFile::Position position = schema.sources.file(value.span.file).position(value.span.start);
    const msg::Place where { datasource.file, position.line, position.column };
    auto located = [&](ProjectDiagnostic diagnostic) {
        diagnostic.schemaSpan = value.span;
        return fail(std::move(diagnostic));
    };

    DatasourceUrl url;
    url.source = DatasourceUrl::Source::Schema;
    url.file = datasource.file;
    url.line = position.line;
    url.column = position.column;
    url.schemaSpan = value.span;
    if (value.isString()) {
        url.written = value.text;
        url.description = u"from the schema, a literal URL"_s;
    } else if (value.isFunction() && value.text == u"env" && value.arguments().positional()
        && value.arguments().positional()->value.isString()) {
        const QString variable = value.arguments().positional()->value.text;
        const auto found = project.environment.value(variable);
        if (!found)
            return located(msg::envVarNotFound(variable, where));
        url.written = found->value;
        url.variable = variable;
        url.origin = found->origin;
        url.description = variableDescription(project, variable, found->origin);
    } else {
        return located(msg::urlNotString(name, key, where));
    }
    if (url.written.isEmpty())
        return located(msg::emptyUrl(name, url.variable, where));
    resolveSqlite(url, QFileInfo(datasource.file).absolutePath());
    return url;
}

} // namespace

QString DatasourceUrl::displayUrl() const
{
    return maskUrlPassword(url);
}

std::expected<DatasourceUrl, ProjectDiagnostics> resolveDatasourceUrl(
    const Project &project, const ParsedSchema &schema, const DatasourceUrlOptions &options)
{
    const DatasourceBlock datasource = findDatasource(project, schema);
    const bool mainUrl = options.key == DatasourceUrlOptions::Key::Url;
    if (mainUrl && !options.urlArgument.isEmpty()) {
        DatasourceUrl url;
        url.source = DatasourceUrl::Source::UrlArgument;
        url.written = options.urlArgument;
        url.description = u"from --url"_s;
        resolveSqlite(url, options.workingDirectory.isEmpty() ? project.directory : options.workingDirectory);
        return url;
    }
    if (mainUrl && options.environmentOverride) {
        const auto value = project.environment.value(u"DATABASE_URL");
        if (value && value->origin.kind == EnvOrigin::Kind::Process && !value->value.isEmpty()) {
            DatasourceUrl url;
            url.source = DatasourceUrl::Source::EnvironmentOverride;
            url.written = value->value;
            url.variable = u"DATABASE_URL"_s;
            url.origin = value->origin;
            url.description = u"from the environment, DATABASE_URL"_s;
            resolveSqlite(url, configBase(project, datasource));
            return url;
        }
    }
    const QStringView key = keyName(options.key);
    const QString datasourceName = datasource.block ? datasource.block->name.name : u"db"_s;
    if (project.config) {
        const PrismaConfig &config = *project.config;
        const std::optional<ConfigSetting> &setting = options.key == DatasourceUrlOptions::Key::Url ? config.url
            : options.key == DatasourceUrlOptions::Key::DirectUrl                                   ? config.directUrl
                                                                  : config.shadowDatabaseUrl;
        if (setting)
            return fromConfig(project, *setting, key, datasourceName);
    }
    if (!datasource.block)
        return fail(msg::noDatasource());
    return fromSchema(project, schema, datasource, key);
}

} // namespace facet::schema
