// SPDX-License-Identifier: MIT
// Relations (prisma-engines psl-core validations/relations.rs, relations/{one_to_one,one_to_many,
// many_to_many/implicit}.rs, relation_fields.rs): both sides present, `fields`/`references` on the right
// side with matching arity and types, references to a unique criterion, 1-1 on unique fields, referential
// actions the provider and relation mode allow.
#include "validate/ValidationContext.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::relations {

namespace {

struct Side {
    const ResolvedModel *model = nullptr;
    const ResolvedField *field = nullptr;

    explicit operator bool() const { return field != nullptr; }
    [[nodiscard]] const FieldRelationInfo &info() const { return *field->relation; }
    [[nodiscard]] bool hasFields() const { return field->relation && !field->relation->fields.isEmpty(); }
    [[nodiscard]] bool hasReferences() const { return field->relation && !field->relation->references.isEmpty(); }
    [[nodiscard]] bool hasActions() const
    {
        return field->relation && (field->relation->onDelete || field->relation->onUpdate);
    }
};

Side side(const Context &ctx, ModelId model, int field)
{
    Side s;
    if (!model.isValid() || static_cast<size_t>(model.index) >= ctx.schema.models.size())
        return s;
    s.model = &ctx.schema.models[static_cast<size_t>(model.index)];
    if (field >= 0 && static_cast<size_t>(field) < s.model->fields.size())
        s.field = &s.model->fields[static_cast<size_t>(field)];
    return s;
}

const Attribute *relationAttribute(const Context &ctx, const ResolvedModel &model, const ResolvedField &field)
{
    const Field *ast = ctx.astFieldOf(model, field);
    return ast ? ast->attribute(u"relation") : nullptr;
}

QString actionName(ReferentialAction a)
{
    return referentialActionName(a);
}

bool sameType(const ResolvedField &a, const ResolvedField &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case FieldKind::Scalar: return a.scalarType == b.scalarType;
    case FieldKind::Enum: return a.enumId == b.enumId;
    case FieldKind::Composite: return a.compositeType == b.compositeType;
    case FieldKind::Unsupported: return a.typeName == b.typeName;
    default: return false;
    }
}

// ---- cycles of cascading referential actions (relations.rs `cycles`) ----

// A complete inline relation, from its referencing (forward) side.
struct Inline {
    const Relation *relation = nullptr;
    Side forward;
    Side back;
};

std::vector<Inline> completeInlineRelations(const Context &ctx)
{
    std::vector<Inline> out;
    for (const Relation &r : ctx.schema.relations) {
        if (r.kind == Relation::Kind::ImplicitManyToMany)
            continue;
        Inline i{&r, side(ctx, r.modelA, r.fieldA), side(ctx, r.modelB, r.fieldB)};
        if (i.forward && i.back)
            out.push_back(i);
    }
    return out;
}

bool referencingRequired(const Side &forward)
{
    for (const QString &name : forward.info().fields) {
        const ResolvedField *f = forward.model->field(name);
        if (f && f->isRequired())
            return true;
    }
    return false;
}

ReferentialAction onDelete(const Inline &i, const Context &ctx)
{
    if (i.forward.info().onDelete)
        return *i.forward.info().onDelete;
    if (!referencingRequired(i.forward))
        return ReferentialAction::SetNull;
    return ctx.connector.referentialActions(ctx.relationMode).contains(ReferentialAction::Restrict)
        ? ReferentialAction::Restrict
        : ReferentialAction::NoAction;
}

ReferentialAction onUpdate(const Inline &i)
{
    return i.forward.info().onUpdate.value_or(ReferentialAction::Cascade);
}

bool triggersModification(ReferentialAction a)
{
    return a != ReferentialAction::NoAction && a != ReferentialAction::Restrict;
}

// `path` empty: the self-relation message; else the cycle through `path`.
Diagnostic cascadeError(const Inline &relation, const Context &ctx, const QString &path)
{
    const ReferentialAction del = onDelete(relation, ctx);
    const ReferentialAction upd = onUpdate(relation);
    const bool showDelete = !relation.forward.info().onDelete && triggersModification(del);
    const bool showUpdate = !relation.forward.info().onUpdate && triggersModification(upd);
    return catalog::cascadingReferentialActions(path, showDelete ? std::optional(actionName(del)) : std::nullopt,
                                                showUpdate ? std::optional(actionName(upd)) : std::nullopt,
                                                relation.forward.field->span);
}

bool detectsCycles(const Context &ctx)
{
    return ctx.connector.referenceCycleDetection || ctx.relationMode != RelationMode::ForeignKeys;
}

// The complete inline relations, and for each model (by index) the ones whose forward side it holds, in
// relation order. Built once per schema: rebuilding the list for every relation, and scanning all of it at
// every step of the walk, made validation quadratic in the number of relations (docs/BENCHMARKS.md, issue 3).
struct InlineGraph {
    std::vector<Inline> all;
    std::vector<std::vector<const Inline *>> byForwardModel;
};

InlineGraph inlineGraph(const Context &ctx)
{
    InlineGraph graph;
    graph.all = completeInlineRelations(ctx);
    graph.byForwardModel.resize(ctx.schema.models.size());
    const ResolvedModel *first = ctx.schema.models.data();
    for (const Inline &i : graph.all)
        graph.byForwardModel[static_cast<size_t>(i.forward.model - first)].push_back(&i);
    return graph;
}

void cycles(const Inline &relation, const InlineGraph &graph, Context &ctx)
{
    if (!detectsCycles(ctx))
        return;
    QSet<const ResolvedField *> visited;
    std::vector<std::pair<const Inline *, QStringList>> stack;
    auto hop = [](const Inline &i) { return i.forward.model->name + u'.' + i.forward.field->name; };
    stack.push_back({&relation, {hop(relation)}});
    const ResolvedModel *parent = relation.forward.model;
    while (!stack.empty()) {
        const auto [next, path] = stack.back();
        stack.pop_back();
        visited.insert(next->forward.field);
        const ResolvedModel *related = ctx.relatedModel(*next->forward.field);
        if (!related)
            continue;
        if (!triggersModification(onDelete(*next, ctx)) && !triggersModification(onUpdate(*next)))
            continue;
        if (next->forward.model == related) {
            ctx.error(cascadeError(relation, ctx, QString()));
            return;
        }
        if (related == parent) {
            ctx.error(cascadeError(relation, ctx, path.join(u" → "_s)));
            return;
        }
        for (const Inline *candidate : graph.byForwardModel[static_cast<size_t>(related - ctx.schema.models.data())]) {
            if (!visited.contains(candidate->forward.field))
                stack.push_back({candidate, path + QStringList{hop(*candidate)}});
        }
    }
}

// ---- inline relations (1-1, 1-n) ----

// Most databases need the referenced columns in the order of the unique constraint (SQL Server does).
void referencingFieldsInCorrectOrder(const Side &forward, const ResolvedModel &referenced, Context &ctx)
{
    const QStringList &references = forward.info().references;
    if (references.size() <= 1 || ctx.connector.relationFieldsInArbitraryOrder)
        return;
    for (const UniqueCriterion &c : uniqueCriteria(referenced)) {
        if (c.fields.size() != static_cast<size_t>(references.size()))
            continue;
        bool same = true;
        for (size_t i = 0; i < c.fields.size(); ++i) {
            const int f = c.fields[i];
            if (f < 0 || static_cast<size_t>(f) >= referenced.fields.size()
                || referenced.fields[static_cast<size_t>(f)].name != references[static_cast<qsizetype>(i)])
                same = false;
        }
        if (same)
            return;
    }
    ctx.error(catalog::relationReferencesOrder(referenced.name, references, forward.field->span));
}

void referencesUniqueFields(const Side &forward, Context &ctx)
{
    if (!forward || !forward.hasReferences() || !forward.field->relation)
        return;
    const ResolvedModel *referenced = ctx.relatedModel(*forward.field);
    if (!referenced)
        return;
    QStringList references = forward.info().references;
    QStringList sortedReferences = references;
    sortedReferences.sort();
    for (const UniqueCriterion &c : uniqueCriteria(*referenced)) {
        QStringList names;
        for (int i : c.fields) {
            if (i >= 0 && static_cast<size_t>(i) < referenced->fields.size())
                names.append(referenced->fields[static_cast<size_t>(i)].name);
        }
        names.sort();
        if (names == sortedReferences) {
            referencingFieldsInCorrectOrder(forward, *referenced, ctx);
            return;
        }
    }
    ctx.error(catalog::relationReferencesNotUnique(referenced->name, references, forward.field->span));
}

void sameLengthInReferencingAndReferenced(const Side &forward, Context &ctx)
{
    if (!forward || !forward.hasFields() || !forward.hasReferences())
        return;
    if (forward.info().fields.size() != forward.info().references.size())
        ctx.error(catalog::relationFieldsReferencesLength(forward.info().span));
}

void fieldArity(const Side &forward, Context &ctx)
{
    if (!forward || !forward.field->isRequired() || !forward.hasFields())
        return;
    bool anyOptional = false;
    for (const QString &name : forward.info().fields) {
        const ResolvedField *f = forward.model->field(name);
        if (f && !f->isRequired())
            anyOptional = true;
    }
    if (anyOptional)
        ctx.error(catalog::relationFieldArity(forward.field->name, forward.info().fields, forward.field->span));
}

void referencingScalarFieldTypes(const Side &forward, Context &ctx)
{
    if (!forward || !forward.hasFields())
        return;
    const ResolvedModel *referenced = ctx.relatedModel(*forward.field);
    if (!referenced)
        return;
    const QStringList &fields = forward.info().fields;
    const QStringList &references = forward.info().references;
    for (qsizetype i = 0; i < std::min(fields.size(), references.size()); ++i) {
        const ResolvedField *a = forward.model->field(fields[i]);
        const ResolvedField *b = referenced->field(references[i]);
        if (a && b && !sameType(*a, *b))
            ctx.error(catalog::relationTypeMismatch(a->name, forward.model->name, b->name, referenced->name,
                                                    forward.field->span));
    }
}

void requiredRelationCannotUseSetNull(const Side &forward, Context &ctx)
{
    if (!forward || !forward.field->relation)
        return;
    if (forward.hasFields()) {
        bool anyRequired = false;
        for (const QString &name : forward.info().fields) {
            const ResolvedField *f = forward.model->field(name);
            if (f && f->isRequired())
                anyRequired = true;
        }
        if (!anyRequired)
            return;
    }
    const bool warn = ctx.connector.setNullOnNonNullableWithForeignKeys && ctx.relationMode == RelationMode::ForeignKeys;
    const Span span = forward.field->span;
    if (forward.info().onDelete == ReferentialAction::SetNull)
        ctx.push(catalog::relationSetNullOnRequired(u"onDelete", warn, span));
    if (forward.info().onUpdate == ReferentialAction::SetNull)
        ctx.push(catalog::relationSetNullOnRequired(u"onUpdate", warn, span));
}

void missingOppositeField(const Side &present, Context &ctx)
{
    const ResolvedModel *related = ctx.relatedModel(*present.field);
    ctx.error(catalog::relationMissingOppositeField(containerName(*present.model), present.model->name,
                                                    present.field->name, related ? related->name : QString(),
                                                    present.field->span));
}

void oneToOne(const Side &forward, const Side &back, Context &ctx)
{
    // both_sides_are_defined
    if (!back) {
        if (forward)
            missingOppositeField(forward, ctx);
        return;
    }
    if (!forward)
        return;
    const QString &fn = forward.field->name, &fm = forward.model->name;
    const QString &bn = back.field->name, &bm = back.model->name;

    // fields_and_references_are_defined
    if (!forward.hasFields() && !back.hasFields()) {
        ctx.error(catalog::oneToOneArgumentMissingBoth(u"fields", fn, fm, bn, bm, forward.field->span));
        ctx.error(catalog::oneToOneArgumentMissingBoth(u"fields", bn, bm, fn, fm, back.field->span));
    }
    if (!forward.hasReferences() && !back.hasReferences()) {
        ctx.error(catalog::oneToOneArgumentMissingBoth(u"references", fn, fm, bn, bm, forward.field->span));
        ctx.error(catalog::oneToOneArgumentMissingBoth(u"references", bn, bm, fn, fm, back.field->span));
    }
    // fields_and_references_defined_on_one_side_only
    if (forward.hasReferences() && back.hasReferences()) {
        ctx.error(catalog::oneToOneArgumentOnBoth(u"references", fn, fm, bn, bm, forward.field->span));
        ctx.error(catalog::oneToOneArgumentOnBoth(u"references", fn, fm, bn, bm, back.field->span));
    }
    if (forward.hasFields() && back.hasFields()) {
        ctx.error(catalog::oneToOneArgumentOnBoth(u"fields", fn, fm, bn, bm, forward.field->span));
        ctx.error(catalog::oneToOneArgumentOnBoth(u"fields", fn, fm, bn, bm, back.field->span));
    }
    // referential_actions
    if (forward.hasActions() && back.hasActions()) {
        ctx.error(catalog::oneToOneActionsOnBoth(bn, bm, fn, fm, back.field->span));
        ctx.error(catalog::oneToOneActionsOnBoth(fn, fm, bn, bm, forward.field->span));
    } else if (back.hasActions()) {
        ctx.error(catalog::oneToOneBackSideActions(bn, bm, fn, fm, back.field->span));
    }
    // fields_must_be_a_unique_constraint
    if (forward.hasFields()) {
        QStringList wanted = forward.info().fields;
        wanted.sort();
        bool unique = false;
        for (const UniqueCriterion &c : uniqueCriteria(*forward.model)) {
            QStringList names;
            for (int i : c.fields) {
                if (i >= 0 && static_cast<size_t>(i) < forward.model->fields.size())
                    names.append(forward.model->fields[static_cast<size_t>(i)].name);
            }
            names.sort();
            if (names == wanted)
                unique = true;
        }
        if (!unique)
            ctx.error(catalog::oneToOneFieldsNotUnique(forward.info().fields, forward.field->span));
    }
    // The next three only run on an otherwise clean schema (Prisma checks `errors().is_empty()`).
    if (ctx.hasErrors())
        return;
    if (forward.hasFields() && back.hasReferences()) {
        ctx.error(catalog::oneToOneFieldsReferencesMixup(true, fn, fm, bn, bm, forward.field->span));
        ctx.error(catalog::oneToOneFieldsReferencesMixup(true, fn, fm, bn, bm, back.field->span));
    }
    if (forward.hasReferences() && back.hasFields())
        ctx.error(catalog::oneToOneFieldsReferencesMixup(false, fn, fm, bn, bm, forward.field->span));
    if (ctx.hasErrors())
        return;
    if (back.field->isRequired())
        ctx.error(catalog::oneToOneBackSideRequired(bn, bm, fm, back.field->span));
    if (ctx.hasErrors())
        return;
    if (forward.field->isRequired() && (back.hasFields() || back.hasReferences()))
        ctx.error(catalog::oneToOneArgumentsOnWrongSide(bm, bn, fm, fn, back.field->span));
}

void oneToMany(const Side &forward, const Side &back, Context &ctx)
{
    // both_sides_are_defined
    if (forward && !back) {
        missingOppositeField(forward, ctx);
        return;
    }
    if (!forward && back) {
        missingOppositeField(back, ctx);
        return;
    }
    if (!forward || !back)
        return;
    // fields_and_references_are_defined
    if (!forward.hasFields())
        ctx.error(catalog::oneToManyFieldsMissing(forward.field->name, forward.model->name, forward.field->span));
    if (!forward.hasReferences())
        ctx.error(catalog::oneToManyReferencesMissing(forward.field->name, forward.model->name, forward.field->span));
    if (back.hasFields() || back.hasReferences())
        ctx.error(catalog::oneToManyBackSideArguments(back.field->name, back.model->name, forward.field->name,
                                                      forward.model->name, back.field->span));
    // referential_actions
    if (back.hasActions())
        ctx.error(catalog::oneToManyBackSideActions(back.field->name, back.model->name, forward.field->name,
                                                    forward.model->name, back.field->span));
}

void implicitManyToMany(const Side &a, const Side &b, Context &ctx)
{
    if (!a || !b)
        return;
    // supports_implicit_relations
    if (!ctx.connector.implicitManyToMany) {
        ctx.error(catalog::implicitManyToManyNotSupported(ctx.connector.name, a.field->span));
        ctx.error(catalog::implicitManyToManyNotSupported(ctx.connector.name, b.field->span));
    }
    // validate_singular_id
    for (const Side *s : {&a, &b}) {
        const ResolvedModel *related = ctx.relatedModel(*s->field);
        if (!related)
            continue;
        if (!related->primaryKey || related->primaryKey->fields.size() != 1)
            ctx.error(catalog::implicitManyToManyWithoutId(s->field->name, s->model->name, related->name,
                                                           s->field->span));
    }
    // validate_no_referential_actions
    for (const Side *s : {&a, &b}) {
        const Attribute *attribute = relationAttribute(ctx, *s->model, *s->field);
        if (!attribute)
            continue;
        for (QStringView argument : {u"onDelete", u"onUpdate"}) {
            if (const std::optional<Span> span = argumentSpan(*attribute, argument))
                ctx.error(catalog::implicitManyToManyActions(*span));
        }
    }
    // cannot_define_references_argument
    for (const Side *s : {&a, &b}) {
        const Attribute *attribute = relationAttribute(ctx, *s->model, *s->field);
        if (attribute && attribute->arguments.named(u"references"))
            ctx.error(catalog::implicitManyToManyReferences(s->field->span));
    }
}

} // namespace

void ignoredRelatedModel(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    const ResolvedModel *related = ctx.relatedModel(field);
    if (!related || !related->isIgnored || field.isIgnored || model.isIgnored)
        return;
    ctx.error(catalog::relatedModelIgnored(field.name, model.name, related->name, field.span));
}

void referentialActions(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (!field.relation)
        return;
    const Attribute *attribute = relationAttribute(ctx, model, field);
    const QList<ReferentialAction> allowed = ctx.connector.referentialActions(ctx.relationMode);
    auto check = [&](const std::optional<ReferentialAction> &action, QStringView argument) {
        if (!action || allowed.contains(*action))
            return;
        QStringList allowedNames; // only for the message: building it for every relation field showed in profiles
        for (ReferentialAction a : allowed)
            allowedNames.append(actionName(a));
        QString hint;
        if (ctx.relationMode == RelationMode::Prisma && *action == ReferentialAction::NoAction
            && ctx.connector.emulatedActions.contains(ReferentialAction::Restrict)) {
            hint = u". `NoAction` is not implemented for "_s + ctx.connector.name
                + u" when using `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at "
                  u"https://pris.ly/d/relation-mode"_s;
        }
        const std::optional<Span> span = attribute ? argumentSpan(*attribute, argument) : std::nullopt;
        ctx.error(catalog::referentialActionNotAllowed(actionName(*action), allowedNames, hint, span.value_or(field.span)));
    };
    check(field.relation->onDelete, u"onDelete");
    check(field.relation->onUpdate, u"onUpdate");
}

void foreignKeyMap(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (!field.relation || !field.relation->map || ctx.connector.namedForeignKeys)
        return;
    const Attribute *attribute = relationAttribute(ctx, model, field);
    ctx.error(catalog::namedForeignKeysNotSupported(attribute ? attribute->span : field.span));
}

void missingRelationIndexes(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (!ctx.connector.suggestRelationIndexes || ctx.relationMode != RelationMode::Prisma || !field.relation
        || field.relation->fields.isEmpty())
        return;
    const QStringList &wanted = field.relation->fields;
    auto leftwise = [&](const std::vector<IndexField> &columns) {
        if (columns.size() < static_cast<size_t>(wanted.size()))
            return false;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (columns[static_cast<size_t>(i)].path != wanted[i])
                return false;
        }
        return true;
    };
    for (const Index &index : model.indexes) {
        if (leftwise(index.fields))
            return;
    }
    if (model.primaryKey && leftwise(model.primaryKey->fields))
        return;
    const Attribute *attribute = relationAttribute(ctx, model, field);
    ctx.warning(catalog::missingIndexOnEmulatedRelation(attribute ? attribute->span : field.span));
}

void connectorSpecific(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    // MySQL accepts SET DEFAULT in DDL but InnoDB ignores it (mysql_datamodel_connector.rs).
    if (ctx.connector.provider != Provider::MySQL || ctx.relationMode != RelationMode::ForeignKeys || !field.relation)
        return;
    const Attribute *attribute = relationAttribute(ctx, model, field);
    for (auto [action, argument] : {std::pair{field.relation->onDelete, u"onDelete"},
                                    std::pair{field.relation->onUpdate, u"onUpdate"}}) {
        if (action != ReferentialAction::SetDefault)
            continue;
        const std::optional<Span> span = attribute ? argumentSpan(*attribute, argument) : std::nullopt;
        ctx.warning(catalog::mysqlSetDefault(span.value_or(field.span)));
    }
}

namespace {

void validateRelation(const Relation &relation, const InlineGraph &graph, Context &ctx)
{
    const Side a = side(ctx, relation.modelA, relation.fieldA);
    const Side b = side(ctx, relation.modelB, relation.fieldB);
    if (relation.kind == Relation::Kind::ImplicitManyToMany) {
        implicitManyToMany(a, b, ctx);
        return;
    }
    if (a && b && a.field->relation)
        cycles(Inline{&relation, a, b}, graph, ctx);
    // Side A is the forward side (it holds `fields`); when it is missing, B is a lone back side.
    const Side &forward = a;
    const Side &back = b;
    referencesUniqueFields(forward, ctx);
    sameLengthInReferencingAndReferenced(forward, ctx);
    fieldArity(forward, ctx);
    referencingScalarFieldTypes(forward, ctx);
    requiredRelationCannotUseSetNull(forward, ctx);
    if (relation.kind == Relation::Kind::OneToOne)
        oneToOne(forward, back, ctx);
    else
        oneToMany(forward, back, ctx);
}

} // namespace

void validateRelations(Context &ctx)
{
    const InlineGraph graph = detectsCycles(ctx) ? inlineGraph(ctx) : InlineGraph{};
    for (const Relation &relation : ctx.schema.relations)
        validateRelation(relation, graph, ctx);
}

} // namespace facet::schema::validate::relations
