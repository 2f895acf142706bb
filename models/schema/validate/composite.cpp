// SPDX-License-Identifier: MIT
// Composite `type` blocks (prisma-engines psl-core validations/composite_types.rs): MongoDB only, and at
// least one field.
#include "validate/ValidationContext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::composite {

// detect_composite_cycles: follows required composite fields from every field of every type, the way
// Prisma walks them (a stack, the first type entered as the cycle's anchor), and reports a field that
// closes a cycle. Errors come out ordered by the type the closing field points at, as in Prisma. Prisma's
// walk never ends on a loop that does not pass through its anchor; Facet stops a path once it is longer
// than the number of types, which finds every cycle Prisma reports.
void detectCompositeCycles(Context &ctx)
{
    const auto &types = ctx.schema.compositeTypes;
    struct Step {
        int type = -1;
        int field = -1;
        std::vector<int> path; // type indices, root first; empty = start a new walk
    };
    std::vector<Step> stack;
    for (size_t t = 0; t < types.size(); ++t) {
        for (size_t f = 0; f < types[t].fields.size(); ++f) {
            if (types[t].fields[f].isRequired())
                stack.push_back({static_cast<int>(t), static_cast<int>(f), {}});
        }
    }
    std::vector<int> visited;
    std::vector<std::pair<int, Diagnostic>> errors;
    while (!stack.empty()) {
        Step step = std::move(stack.back());
        stack.pop_back();
        if (step.path.empty()) {
            visited.clear();
            step.path = {step.type};
        }
        const ResolvedModel &owner = types[static_cast<size_t>(step.type)];
        const ResolvedField &field = owner.fields[static_cast<size_t>(step.field)];
        if (field.kind != FieldKind::Composite || !field.compositeType.isValid())
            continue;
        const int target = field.compositeType.index;
        if (target == step.type) {
            errors.push_back({target, catalog::compositeTypeSelfCycle(owner.name, field.name, field.span)});
        } else if (!visited.empty() && visited.front() == target) {
            QStringList names;
            for (auto it = step.path.rbegin(); it != step.path.rend(); ++it)
                names.append(u'`' + types[static_cast<size_t>(*it)].name + u'`');
            errors.push_back({target, catalog::compositeTypeCycle(owner.name, field.name, names.join(u" → "_s), field.span)});
        } else if (step.path.size() <= types.size()) {
            visited.push_back(target);
            const ResolvedModel &next = types[static_cast<size_t>(target)];
            for (size_t f = 0; f < next.fields.size(); ++f) {
                if (!next.fields[f].isRequired())
                    continue;
                std::vector<int> path = step.path;
                path.push_back(target);
                stack.push_back({target, static_cast<int>(f), std::move(path)});
            }
        }
    }
    std::stable_sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &e : errors)
        ctx.error(std::move(e.second));
}

void compositeTypesSupported(const ResolvedModel &type, Context &ctx)
{
    if (!ctx.connector.compositeTypes)
        ctx.error(catalog::compositeTypesNotSupported(ctx.connector.name, type.span));
}

void moreThanOneField(const ResolvedModel &type, Context &ctx)
{
    if (type.fields.empty())
        ctx.error(catalog::compositeTypeWithoutFields(type.span));
}

} // namespace facet::schema::validate::composite
