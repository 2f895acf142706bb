// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "CommandTarget.h"

#include "mapping/ModelTable.h"

#include "DiagnosticRenderer.h"
#include "SchemaLoader.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

std::unexpected<CommandFailure> failure(int code, const QString &line)
{
    return std::unexpected(CommandFailure{code, line});
}

QString diagnosticLine(const schema::ProjectDiagnostic &d)
{
    QString text = d.message;
    if (!d.file.isEmpty())
        text += u" ("_s + d.file + (d.line > 0 ? u':' + QString::number(d.line) : QString()) + u')';
    return oneLine(text);
}

} // namespace

QString oneLine(QString text)
{
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    return text.trimmed();
}

QString firstError(const schema::ProjectDiagnostics &diagnostics)
{
    for (const schema::ProjectDiagnostic &d : diagnostics) {
        if (d.isError())
            return diagnosticLine(d);
    }
    return diagnostics.empty() ? u"unknown problem"_s : diagnosticLine(diagnostics.front());
}

std::expected<CommandTarget, CommandFailure> findCommandTarget(const QString &schemaArgument, const QString &urlArgument,
                                                               Io &io)
{
    schema::ProjectOptions options;
    options.directory = QDir::currentPath();
    options.schemaArgument = schemaArgument;
    auto project = schema::openProject(options);
    if (!project)
        return failure(ExitUsage, firstError(project.error()));
    if (schema::hasErrors(project->diagnostics))
        return failure(ExitInvalidInput, firstError(project->diagnostics));

    auto sources = schema::loadSchemaPath(project->schema.path);
    if (!sources)
        return failure(ExitUsage, oneLine(sources.error().message));
    CommandTarget target{schema::validateSchema(*sources), {}, {}};
    if (target.validated.hasErrors()) {
        // Prisma's own rendering (several lines per diagnostic, with the source), as `facet inspect` prints it.
        io.err << schema::renderDiagnostics(target.validated.diagnostics, target.validated.parsed.sources);
        return failure(ExitInvalidInput, u"the schema is invalid (%1)"_s.arg(project->displayPath(project->schema.path)));
    }
    const schema::Provider schemaProvider = target.validated.resolved.provider();
    const auto provider = mapping::connectorProvider(schemaProvider);
    if (!provider) {
        return failure(ExitInvalidInput, u"the datasource provider \"%1\" is not one Facet connects to (postgresql, mysql, sqlite)"_s
                                             .arg(schema::providerName(schemaProvider)));
    }
    target.provider = *provider;

    schema::DatasourceUrlOptions urlOptions;
    urlOptions.urlArgument = urlArgument;
    urlOptions.workingDirectory = QDir::currentPath();
    auto url = schema::resolveDatasourceUrl(*project, target.validated.parsed, urlOptions);
    if (!url)
        return failure(urlArgument.isEmpty() ? ExitInvalidInput : ExitUsage, firstError(url.error()));
    target.url = std::move(*url);
    return target;
}

} // namespace facet::cli
