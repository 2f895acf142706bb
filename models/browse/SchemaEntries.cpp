// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SchemaEntries.h"

#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
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

SchemaEntry modelEntry(const schema::ParsedSchema &parsed, const schema::Model &model, SchemaEntry::Kind kind)
{
    SchemaEntry e;
    e.kind = kind;
    e.name = model.name.name;
    e.databaseName = model.mappedName().value_or(model.name.name);
    e.documentation = model.documentation.value_or(QString());
    e.fieldCount = int(model.fields.size());
    for (const schema::Field &f : model.fields) {
        FieldSummary s;
        s.name = f.name.name;
        const schema::Attribute *map = f.attribute(u"map");
        s.databaseName = map ? map->stringArgument(u"name").value_or(f.name.name) : f.name.name;
        // A relation field (its type is another model) has no column of its own; its scalar fields do.
        if (const schema::Model *target = parsed.ast.findModel(f.type.name);
            target && target->kind != schema::Model::Kind::CompositeType)
            s.databaseName.clear();
        s.type = typeText(f);
        s.attributes = attributesText(parsed.sources, f.attributes);
        s.documentation = f.documentation.value_or(QString());
        e.fields.append(s);
    }
    return e;
}

SchemaEntry enumEntry(const schema::Enum &enumeration)
{
    SchemaEntry e;
    e.kind = SchemaEntry::Kind::Enum;
    e.name = enumeration.name.name;
    e.databaseName = enumeration.mappedName().value_or(enumeration.name.name);
    e.documentation = enumeration.documentation.value_or(QString());
    e.fieldCount = int(enumeration.values.size());
    for (const schema::EnumValue &v : enumeration.values) {
        FieldSummary s;
        s.name = v.name.name;
        const schema::Attribute *map = v.attribute(u"map");
        s.databaseName = map ? map->stringArgument(u"name").value_or(v.name.name) : v.name.name;
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
    const schema::ParsedSchema parsed = schema::parseSchema(*sources);
    for (const schema::ConfigBlock *ds : parsed.ast.datasources()) {
        if (const schema::ConfigProperty *provider = ds->property(u"provider"); provider && provider->value) {
            outline.provider = provider->value->asString().value_or(QString());
            break;
        }
    }
    for (const schema::Model *m : parsed.ast.models())
        outline.entries.append(modelEntry(parsed, *m, SchemaEntry::Kind::Model));
    for (const schema::Model *v : parsed.ast.views())
        outline.entries.append(modelEntry(parsed, *v, SchemaEntry::Kind::View));
    for (const schema::Enum *e : parsed.ast.enums())
        outline.entries.append(enumEntry(*e));

    for (const schema::SourceFile &f : parsed.sources.files())
        outline.files << SchemaFileText{f.path(), f.text()};
    outline.hasErrors = parsed.hasErrors();
    for (const auto *list : {&parsed.diagnostics.errors(), &parsed.diagnostics.warnings()}) {
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
