// SPDX-License-Identifier: MIT
// Pass 2 (prisma-engines psl/parser-database/src/types.rs): what each field type refers to.
#include "DiagnosticCatalog.h"
#include "ResolveContext.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

// Prisma suggests the right spelling when only the case is wrong ("string" → "String").
std::optional<QString> caseSuggestion(const Context &context, const QString &name)
{
    for (ScalarType t : {ScalarType::String, ScalarType::Boolean, ScalarType::Int, ScalarType::BigInt, ScalarType::Float,
                         ScalarType::Decimal, ScalarType::DateTime, ScalarType::Json, ScalarType::Bytes}) {
        if (scalarTypeName(t).compare(name, Qt::CaseInsensitive) == 0)
            return scalarTypeName(t);
    }
    for (auto it = context.tops.cbegin(); it != context.tops.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return std::nullopt;
}

void resolveField(const Context &context, ResolvedField &field, const Field &ast, bool inCompositeType)
{
    if (ast.type.kind == FieldType::Kind::Unsupported) {
        field.kind = FieldKind::Unsupported;
        return;
    }
    if (const auto scalar = scalarTypeFromName(ast.type.name)) {
        field.kind = FieldKind::Scalar;
        field.scalarType = scalar;
        return;
    }
    if (const auto it = context.tops.constFind(ast.type.name); it != context.tops.cend()) {
        switch (it->kind) {
        case TopRef::Kind::Model:
        case TopRef::Kind::View:
            if (!inCompositeType) {
                field.kind = FieldKind::Relation;
                field.relatedModel = ModelId{it->index};
                return;
            }
            break; // a composite type cannot point to a model: reported by validation as unknown below
        case TopRef::Kind::CompositeType:
            field.kind = FieldKind::Composite;
            field.compositeType = CompositeTypeId{it->index};
            return;
        case TopRef::Kind::Enum:
            field.kind = FieldKind::Enum;
            field.enumId = EnumId{it->index};
            return;
        }
    }
    field.kind = FieldKind::Unresolved;
    if (ast.type.name.isEmpty())
        return; // the parser already reported a missing type
    if (const auto suggestion = caseSuggestion(context, ast.type.name); suggestion && !inCompositeType)
        context.report(catalog::typeNotFoundForCase(ast.type.name, *suggestion, ast.type.span));
    else
        context.report(catalog::typeNotFound(ast.type.name, ast.type.span));
}

void resolveBlock(const Context &context, ResolvedModel &model)
{
    const Model *ast = context.top(model.topIndex).model();
    for (ResolvedField &field : model.fields)
        resolveField(context, field, ast->fields[static_cast<size_t>(field.astIndex)],
                     model.kind == ResolvedModel::Kind::CompositeType);
}

} // namespace

void resolveTypes(Context &context)
{
    // A field's type is looked up among the top-level names; only the field is written.
    forEachBlock(context, blocksInSourceOrder(context.result), resolveBlock);
}

} // namespace facet::schema::resolve
