// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SchemaEntries.h"

#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"
#include "SchemaLoader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::models {

namespace {

QString typeText(const schema::Field &field)
{
    QString text = field.type.kind == schema::FieldType::Kind::Unsupported
                       ? u"Unsupported(\"%1\")"_s.arg(field.type.name)
                       : field.type.name;
    if (field.isOptional())
        text += u'?';
    else if (field.isList())
        text += u"[]"_s;
    return text;
}

// Attributes exactly as the user wrote them, so the field list reads like the schema file.
QString attributesText(const schema::SourceSet &sources, const std::vector<schema::Attribute> &attributes)
{
    QStringList parts;
    for (const schema::Attribute &a : attributes)
        parts << sources.text(a.span).toString().trimmed();
    return parts.join(u' ');
}

SchemaEntry modelEntry(const schema::ValidatedSchema &validated, const schema::ResolvedModel &model)
{
    SchemaEntry e;
    e.kind = model.isView() ? SchemaEntry::Kind::View : SchemaEntry::Kind::Model;
    e.name = model.name;
    e.databaseName = model.tableName;
    e.documentation = model.documentation.value_or(QString());
    e.fieldCount = int(model.fields.size());
    const schema::Model *ast = schema::astModel(validated.parsed, model);
    for (const schema::ResolvedField &f : model.fields) {
        FieldSummary s;
        s.name = f.name;
        // A relation field (its type is another model) has no column of its own; its scalar fields do.
        s.databaseName = f.kind == schema::FieldKind::Relation ? QString() : f.columnName;
        s.columnType = f.kind == schema::FieldKind::Relation ? QString() : f.columnType;
        s.documentation = f.documentation.value_or(QString());
        if (const schema::Field *astField = ast ? ast->field(f.name) : nullptr) {
            s.type = typeText(*astField);
            s.attributes = attributesText(validated.parsed.sources, astField->attributes);
        } else {
            s.type = f.typeName;
        }
        e.fields.append(s);
    }
    return e;
}

SchemaEntry enumEntry(const schema::ResolvedEnum &enumeration)
{
    SchemaEntry e;
    e.kind = SchemaEntry::Kind::Enum;
    e.name = enumeration.name;
    e.databaseName = enumeration.databaseName;
    e.documentation = enumeration.documentation.value_or(QString());
    e.fieldCount = int(enumeration.values.size());
    for (const schema::ResolvedEnumValue &v : enumeration.values) {
        FieldSummary s;
        s.name = v.name;
        s.databaseName = v.databaseLabel;
        s.documentation = v.documentation.value_or(QString());
        e.fields.append(s);
    }
    return e;
}

} // namespace

int SchemaOutline::count(SchemaEntry::Kind kind) const
{
    return int(std::ranges::count_if(entries, [kind](const SchemaEntry &e) { return e.kind == kind; }));
}

SchemaOutline loadSchemaOutline(const QString &path)
{
    SchemaOutline outline;
    outline.schemaPath = path;
    auto sources = schema::loadSchemaPath(path);
    if (!sources) {
        outline.hasErrors = true;
        SchemaProblem p;
        p.file = sources.error().path;
        p.message = sources.error().message;
        p.rendered = sources.error().message;
        outline.diagnostics << p;
        outline.problems << p.rendered;
        return outline;
    }
    // Parse, resolve and validate: the sidebar shows what can be trusted, the schema tab every problem.
    const schema::ValidatedSchema validated = schema::validateSchema(*sources);
    const schema::ParsedSchema &parsed = validated.parsed;
    if (const schema::DatasourceConfig *ds = validated.resolved.datasource())
        outline.provider = ds->providerText;
    for (const schema::ResolvedModel &m : validated.resolved.models) {
        if (m.kind != schema::ResolvedModel::Kind::CompositeType && !m.isIgnored)
            outline.entries.append(modelEntry(validated, m));
    }
    for (const schema::ResolvedEnum &e : validated.resolved.enums)
        outline.entries.append(enumEntry(e));

    for (const schema::SourceFile &f : parsed.sources.files())
        outline.files << SchemaFileText{f.path(), f.text()};
    outline.hasErrors = validated.hasErrors();
    for (const auto *list : {&validated.diagnostics.errors(), &validated.diagnostics.warnings()}) {
        for (const schema::Diagnostic &d : *list) {
            const schema::SourceFile &file = parsed.sources.file(d.span.file);
            const auto position = file.position(d.span.start);
            SchemaProblem p;
            p.warning = d.severity == schema::Severity::Warning;
            p.file = file.path();
            p.line = position.line;
            p.column = position.column;
            p.message = d.message;
            p.rendered = schema::renderDiagnostic(d, parsed.sources).trimmed();
            outline.diagnostics << p;
            outline.problems << p.rendered;
        }
    }
    return outline;
}

} // namespace facet::models
