// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "InspectCommand.h"

#include "ColumnTypes.h"
#include "DiagnosticRenderer.h"
#include "ResolvedSchema.h"
#include "ResolvedSchemaJson.h"
#include "SchemaLoader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

using namespace facet::schema;

QString expressionText(const std::optional<Expression> &e)
{
    if (!e)
        return {};
    switch (e->kind) {
    case Expression::Kind::String: return u'"' + e->text + u'"';
    case Expression::Kind::Function: {
        QStringList args;
        for (const Argument &a : e->arguments().arguments)
            args.append(a.value.isString() ? u'"' + a.value.text + u'"' : a.value.text);
        return e->text + u'(' + args.join(u", "_s) + u')';
    }
    case Expression::Kind::Array: {
        QStringList items;
        for (const Expression &x : e->elements())
            items.append(x.isString() ? u'"' + x.text + u'"' : x.text);
        return u'[' + items.join(u", "_s) + u']';
    }
    default: return e->text;
    }
}

QJsonObject configJson(const ResolvedSchema &schema)
{
    QJsonArray datasources;
    for (const DatasourceConfig &d : schema.datasources) {
        QJsonObject o{{u"name"_s, d.name},
                      {u"provider"_s, d.providerText},
                      {u"schemas"_s, QJsonArray::fromStringList(d.schemas)},
                      {u"relationMode"_s, d.relationMode == RelationMode::Prisma ? u"prisma"_s : u"foreignKeys"_s}};
        if (d.url)
            o.insert(u"url"_s, expressionText(d.url)); // as written: env("X") is not resolved here
        datasources.append(o);
    }
    QJsonArray generators;
    for (const GeneratorConfig &g : schema.generators) {
        QJsonObject config;
        for (const ConfigProperty &p : g.properties)
            config.insert(p.name.name, p.value ? expressionText(p.value) : QString());
        generators.append(QJsonObject{{u"name"_s, g.name},
                                      {u"provider"_s, g.provider ? QJsonValue(*g.provider) : QJsonValue()},
                                      {u"output"_s, g.output ? QJsonValue(*g.output) : QJsonValue()},
                                      {u"previewFeatures"_s, QJsonArray::fromStringList(g.previewFeatures)},
                                      {u"properties"_s, config}});
    }
    return QJsonObject{{u"datasources"_s, datasources}, {u"generators"_s, generators}};
}

QString typeText(const ResolvedField &f)
{
    QString text = f.kind == FieldKind::Unsupported ? u"Unsupported(\""_s + f.typeName + u"\")"_s : f.typeName;
    if (f.isList())
        text += u"[]"_s;
    else if (f.isOptional())
        text += u'?';
    return text;
}

QString defaultText(const DefaultValue &d)
{
    QString value;
    switch (d.kind) {
    case DefaultValue::Kind::Literal:
        value = d.literalType == DefaultValue::LiteralType::String ? u'"' + d.value + u'"' : d.value;
        break;
    case DefaultValue::Kind::List:
        value = u'[' + QStringList(d.elements.begin(), d.elements.end()).join(u", "_s) + u']';
        break;
    case DefaultValue::Kind::Function: {
        QStringList args;
        for (const Argument &a : d.functionArguments)
            args.append((a.name ? a.name->name + u": "_s : QString())
                        + (a.value.isString() ? u'"' + a.value.text + u'"' : a.value.text));
        value = d.function + u'(' + args.join(u", "_s) + u')';
        break;
    }
    }
    return u"default "_s + value + (d.source == DefaultValue::Source::Client ? u" (client)"_s : u" (database)"_s);
}

QString columnsText(const std::vector<IndexField> &fields)
{
    QStringList parts;
    for (const IndexField &f : fields) {
        QString p = f.path;
        if (f.sort)
            p += *f.sort == SortOrder::Desc ? u" desc"_s : u" asc"_s;
        if (f.length)
            p += u" length "_s + QString::number(*f.length);
        if (f.ops)
            p += u" ops "_s + *f.ops;
        parts.append(p);
    }
    return u'(' + parts.join(u", "_s) + u')';
}

void printText(const ResolvedSchema &schema, QTextStream &out)
{
    for (const DatasourceConfig &d : schema.datasources) {
        out << "datasource " << d.name << ": " << d.providerText;
        if (d.relationMode == RelationMode::Prisma)
            out << ", relationMode prisma";
        if (!d.schemas.isEmpty())
            out << ", schemas " << d.schemas.join(u", "_s);
        if (d.url)
            out << ", url " << expressionText(d.url);
        out << "\n";
    }
    for (const GeneratorConfig &g : schema.generators)
        out << "generator " << g.name << ": " << g.provider.value_or(QString()) << "\n";

    for (const ResolvedModel &m : schema.models) {
        out << "\n" << (m.isView() ? "view " : "model ") << m.name << " -> ";
        if (m.databaseSchema)
            out << *m.databaseSchema << ".";
        out << m.tableName;
        if (m.isIgnored)
            out << " (ignored)";
        out << "\n";
        for (const ResolvedField &f : m.fields) {
            out << "  " << f.name << " " << typeText(f);
            if (f.hasColumn())
                out << "  column " << f.columnName << " " << f.columnType;
            if (f.isId)
                out << "  id";
            if (f.isUnique)
                out << "  unique";
            if (f.defaultValue)
                out << "  " << defaultText(*f.defaultValue);
            if (f.isUpdatedAt)
                out << "  updatedAt";
            if (f.isReadOnly)
                out << "  read-only";
            if (f.isIgnored)
                out << "  ignored";
            if (f.relation) {
                out << "  relation " << f.relation->name;
                if (!f.relation->fields.isEmpty())
                    out << " (" << f.relation->fields.join(u", "_s) << ") -> (" << f.relation->references.join(u", "_s)
                        << ") onDelete " << referentialActionName(f.relation->effectiveOnDelete) << " onUpdate "
                        << referentialActionName(f.relation->effectiveOnUpdate);
            }
            out << "\n";
        }
        if (m.primaryKey)
            out << "  primary key " << columnsText(m.primaryKey->fields)
                << (m.primaryKey->databaseName.isEmpty() ? QString() : u" "_s + m.primaryKey->databaseName) << "\n";
        for (const Index &i : m.indexes) {
            out << "  " << (i.kind == Index::Kind::Unique ? "unique " : i.kind == Index::Kind::Fulltext ? "fulltext " : "index ")
                << columnsText(i.fields) << " " << i.databaseName << "\n";
        }
        if (const ResolvedField *v = m.versionField())
            out << "  version guard " << v->name << "\n";
    }
    for (const ResolvedEnum &e : schema.enums) {
        out << "\nenum " << e.name << " -> " << e.databaseName << ":";
        for (const ResolvedEnumValue &v : e.values)
            out << " " << v.name << (v.mappedName ? u"=\""_s + v.databaseLabel + u'"' : QString());
        out << "\n";
    }
    for (const JoinTable *j : schema.joinTables()) {
        out << "\njoin table " << j->name << ": A -> " << schema.model(j->modelA).name << " " << j->columnTypeA
            << ", B -> " << schema.model(j->modelB).name << " " << j->columnTypeB << "\n";
    }
}

} // namespace

QString defaultSchemaPath()
{
    for (const QString &candidate : {u"prisma/schema.prisma"_s, u"schema.prisma"_s}) {
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

int runInspect(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption schemaOption(u"schema"_s, u"schema.prisma file or folder"_s, u"path"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"print JSON (Prisma DMMF datamodel keys)"_s);
    parser.addOption(schemaOption);
    parser.addOption(jsonOption);
    if (!parser.parse(QStringList{u"facet inspect"_s} + arguments)) {
        io.err << "facet inspect: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "facet inspect: unexpected argument " << parser.positionalArguments().front() << "\n";
        return ExitUsage;
    }
    QString path = parser.value(schemaOption);
    if (path.isEmpty()) {
        path = defaultSchemaPath();
        if (path.isEmpty()) {
            io.err << "facet inspect: no schema found (looked for prisma/schema.prisma and schema.prisma); use --schema\n";
            return ExitUsage;
        }
    }
    auto sources = loadSchemaPath(path);
    if (!sources) {
        io.err << sources.error().message << "\n";
        return ExitUsage;
    }
    const ValidatedSchema validated = validateSchema(*sources);
    if (validated.diagnostics.hasErrors() || validated.diagnostics.hasWarnings())
        io.err << renderDiagnostics(validated.diagnostics, validated.parsed.sources);
    if (validated.hasErrors())
        return ExitInvalidInput;

    if (parser.isSet(jsonOption)) {
        const QJsonObject document{{u"datamodel"_s, datamodelJson(validated.resolved)},
                                   {u"config"_s, configJson(validated.resolved)}};
        io.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        printText(validated.resolved, io.out);
    }
    return ExitOk;
}

} // namespace facet::cli
