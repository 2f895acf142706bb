// SPDX-License-Identifier: MIT
// Enums (prisma-engines psl-core validations/enums.rs): connector support, @@schema, database names.
#include "validate/ValidationContext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::enums {

namespace {

const Enum *astEnumOf(const Context &ctx, const ResolvedEnum &e)
{
    if (e.topIndex < 0 || static_cast<size_t>(e.topIndex) >= ctx.parsed.ast.tops.size())
        return nullptr;
    return ctx.parsed.ast.tops[static_cast<size_t>(e.topIndex)].enumeration();
}

std::optional<std::pair<QString, Span>> schemaAttribute(const Enum *ast)
{
    const Attribute *a = ast ? ast->blockAttribute(u"schema") : nullptr;
    const Argument *arg = a ? a->argument(u"name") : nullptr;
    if (!arg || !arg->value.isString())
        return std::nullopt;
    return std::pair{arg->value.text, arg->value.span};
}

} // namespace

void databaseNameClashes(Context &ctx)
{
    QSet<std::pair<QString, QString>> seen;
    for (const ResolvedEnum &e : ctx.schema.enums) {
        const auto key = std::pair{e.databaseSchema.value_or(QString()), e.databaseName};
        if (seen.contains(key))
            ctx.error(catalog::duplicateEnumDatabaseName(e.span));
        seen.insert(key);
    }
}

void connectorSupportsEnums(const ResolvedEnum &enumeration, Context &ctx)
{
    if (!ctx.connector.enums)
        ctx.error(catalog::enumsNotSupported(enumeration.name, enumeration.span));
}

void schemaChecks(const ResolvedEnum &enumeration, Context &ctx)
{
    const auto schema = schemaAttribute(astEnumOf(ctx, enumeration));
    if (!ctx.connector.multiSchema) {
        if (schema)
            ctx.error(catalog::schemaAttributeNotSupported(schema->second));
        return;
    }
    if (!ctx.datasource)
        return;
    if (schema && !ctx.datasource->schemas.contains(schema->first))
        ctx.error(catalog::schemaNotInDatasource(schema->second));
    const ConfigBlock *block = ctx.datasource->topIndex >= 0
            && static_cast<size_t>(ctx.datasource->topIndex) < ctx.parsed.ast.tops.size()
        ? ctx.parsed.ast.tops[static_cast<size_t>(ctx.datasource->topIndex)].config()
        : nullptr;
    if (!schema && block && block->property(u"schemas"))
        ctx.error(catalog::enumMissingSchemaAttribute(enumeration.span));
}

} // namespace facet::schema::validate::enums
