// SPDX-License-Identifier: MIT
// `view` blocks (prisma-engines psl-core validations/views.rs and the view rules of
// parser-database): the `views` preview feature, and no primary keys or indexes on a view.
#include "validate/ValidationContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::validate::views {

void viewDefinitionWithoutPreviewFlag(const ResolvedModel &view, Context &ctx)
{
    if (!ctx.hasPreviewFeature(u"views"))
        ctx.error(catalog::viewsNeedPreviewFeature(view.span));
}

void viewsHaveNoPrimaryKeyOrIndexes(const ResolvedModel &view, Context &ctx)
{
    const Model *ast = ctx.astModelOf(view);
    if (!ast)
        return;
    for (const Field &f : ast->fields) {
        if (const Attribute *id = f.attribute(u"id"))
            ctx.error(catalog::viewPrimaryKey(id->span));
    }
    for (const Attribute &a : ast->attributes) {
        if (a.name.name == u"id")
            ctx.error(catalog::viewPrimaryKey(a.span));
        else if (a.name.name == u"index")
            ctx.error(catalog::viewIndex(a.span));
    }
}

} // namespace facet::schema::validate::views
