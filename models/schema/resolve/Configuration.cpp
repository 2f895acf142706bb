// SPDX-License-Identifier: MIT
// Pass 0: datasource and generator blocks, read as written. URL resolution (env(), prisma.config.ts, .env)
// belongs to the connectors layer; here the expression is only kept.
#include "ResolveContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

QStringList stringList(const std::optional<Expression> &value)
{
    QStringList list;
    if (!value)
        return list;
    if (value->isArray()) {
        for (const Expression &e : value->elements()) {
            if (e.isString() || e.isConstant())
                list.append(e.text);
        }
    } else if (value->isString()) {
        list.append(value->text);
    }
    return list;
}

std::optional<Expression> propertyValue(const ConfigBlock &block, QStringView key)
{
    const ConfigProperty *p = block.property(key);
    return p ? p->value : std::nullopt;
}

} // namespace

void resolveConfiguration(Context &context)
{
    const auto &tops = context.parsed.ast.tops;
    for (size_t i = 0; i < tops.size(); ++i) {
        const ConfigBlock *block = tops[i].config();
        if (!block)
            continue;
        if (block->kind == ConfigBlock::Kind::Datasource) {
            DatasourceConfig ds;
            ds.name = block->name.name;
            ds.topIndex = static_cast<int>(i);
            ds.span = block->span;
            ds.properties = block->properties;
            if (const auto provider = propertyValue(*block, u"provider"); provider && provider->isString()) {
                ds.providerText = provider->text;
                ds.provider = providerFromString(provider->text);
            }
            // `referentialIntegrity` is the old name of `relationMode`.
            auto mode = propertyValue(*block, u"relationMode");
            if (!mode)
                mode = propertyValue(*block, u"referentialIntegrity");
            if (mode && mode->isString()) {
                ds.relationModeExplicit = true;
                ds.relationMode = mode->text == u"prisma" ? RelationMode::Prisma : RelationMode::ForeignKeys;
            }
            ds.schemas = stringList(propertyValue(*block, u"schemas"));
            ds.url = propertyValue(*block, u"url");
            ds.directUrl = propertyValue(*block, u"directUrl");
            ds.shadowDatabaseUrl = propertyValue(*block, u"shadowDatabaseUrl");
            if (context.result.datasources.empty())
                context.datasourceName = ds.name;
            context.result.datasources.push_back(std::move(ds));
        } else {
            GeneratorConfig g;
            g.name = block->name.name;
            g.topIndex = static_cast<int>(i);
            g.span = block->span;
            g.properties = block->properties;
            if (const auto provider = propertyValue(*block, u"provider"); provider && provider->isString())
                g.provider = provider->text;
            if (const auto output = propertyValue(*block, u"output"); output && output->isString())
                g.output = output->text;
            g.previewFeatures = stringList(propertyValue(*block, u"previewFeatures"));
            context.result.generators.push_back(std::move(g));
        }
    }
}

} // namespace facet::schema::resolve
