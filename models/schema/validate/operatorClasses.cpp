// SPDX-License-Identifier: MIT
// PostgreSQL's generalized indexes (GiST, GIN, SP-GiST, BRIN): which operator class fits which index type,
// native type and Prisma type, and which native types cannot be indexed (the PostgreSQL connector's
// validate_model: compatible_native_types, generalized_index_validations and spgist_indexed_column_count in psl-core postgres_datamodel_connector/validations.rs). B-tree and
// hash indexes only check that their operator class is one of theirs.
#include "validate/ValidationContext.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace facet::schema::validate::indexes {

namespace {

// The index type an operator class belongs to (OperatorClass::supports_index_type).
bool operatorClassFits(const QString &opclass, const QString &algorithm)
{
    if (opclass == u"InetOps")
        return algorithm == u"Gist" || algorithm == u"SpGist";
    if (opclass == u"JsonbOps" || opclass == u"JsonbPathOps" || opclass == u"ArrayOps")
        return algorithm == u"Gin";
    if (opclass == u"TextOps")
        return algorithm == u"SpGist";
    return algorithm == u"Brin"; // every other class is a BRIN bloom / minmax / inclusion class
}

// IndexAlgorithm::supports_field_type: what an index type can hold without an explicit operator class.
bool algorithmTakesField(const QString &algorithm, const ResolvedField &field)
{
    if (field.kind == FieldKind::Unsupported || algorithm == u"BTree" || algorithm == u"Hash")
        return true;
    if (field.kind != FieldKind::Scalar || !field.scalarType)
        return algorithm == u"Gin" && field.isList();
    const ScalarType type = *field.scalarType;
    if (algorithm == u"Gist" || algorithm == u"SpGist")
        return type == ScalarType::String;
    if (algorithm == u"Gin")
        return type == ScalarType::Json || field.isList();
    switch (type) {
    case ScalarType::String:
    case ScalarType::Bytes:
    case ScalarType::DateTime:
    case ScalarType::Float:
    case ScalarType::Int:
    case ScalarType::BigInt:
    case ScalarType::Decimal: return true; // BRIN
    case ScalarType::Boolean:
    case ScalarType::Json: break;
    }
    return false;
}

// BRIN: the operator classes each native type takes (besides none at all).
const QHash<QString, QStringList> &brinClassesByNativeType()
{
    static const QHash<QString, QStringList> table{
        {u"Bit"_s, {u"BitMinMaxOps"_s}},
        {u"VarBit"_s, {u"VarBitMinMaxOps"_s}},
        {u"Char"_s, {u"BpcharBloomOps"_s, u"BpcharMinMaxOps"_s}},
        {u"Date"_s, {u"DateBloomOps"_s, u"DateMinMaxOps"_s, u"DateMinMaxMultiOps"_s}},
        {u"Real"_s, {u"Float4BloomOps"_s, u"Float4MinMaxOps"_s, u"Float4MinMaxMultiOps"_s}},
        {u"DoublePrecision"_s, {u"Float8BloomOps"_s, u"Float8MinMaxOps"_s, u"Float8MinMaxMultiOps"_s}},
        {u"Inet"_s, {u"InetInclusionOps"_s, u"InetBloomOps"_s, u"InetMinMaxOps"_s, u"InetMinMaxMultiOps"_s}},
        {u"SmallInt"_s, {u"Int2BloomOps"_s, u"Int2MinMaxOps"_s, u"Int2MinMaxMultiOps"_s}},
        {u"Integer"_s, {u"Int4BloomOps"_s, u"Int4MinMaxOps"_s, u"Int4MinMaxMultiOps"_s}},
        {u"BigInt"_s, {u"Int8BloomOps"_s, u"Int8MinMaxOps"_s, u"Int8MinMaxMultiOps"_s}},
        {u"Decimal"_s, {u"NumericBloomOps"_s, u"NumericMinMaxOps"_s, u"NumericMinMaxMultiOps"_s}},
        {u"Oid"_s, {u"OidBloomOps"_s, u"OidMinMaxOps"_s, u"OidMinMaxMultiOps"_s}},
        {u"ByteA"_s, {u"ByteaBloomOps"_s, u"ByteaMinMaxOps"_s}},
        {u"Text"_s, {u"TextBloomOps"_s, u"TextMinMaxOps"_s}},
        {u"VarChar"_s, {u"TextBloomOps"_s, u"TextMinMaxOps"_s}},
        {u"Timestamp"_s, {u"TimestampBloomOps"_s, u"TimestampMinMaxOps"_s, u"TimestampMinMaxMultiOps"_s}},
        {u"Timestamptz"_s, {u"TimestampTzBloomOps"_s, u"TimestampTzMinMaxOps"_s, u"TimestampTzMinMaxMultiOps"_s}},
        {u"Time"_s, {u"TimeBloomOps"_s, u"TimeMinMaxOps"_s, u"TimeMinMaxMultiOps"_s}},
        {u"Timetz"_s, {u"TimeTzBloomOps"_s, u"TimeTzMinMaxOps"_s, u"TimeTzMinMaxMultiOps"_s}},
        {u"Uuid"_s, {u"UuidBloomOps"_s, u"UuidMinMaxOps"_s, u"UuidMinMaxMultiOps"_s}},
    };
    return table;
}

// BRIN on a field without a native type: the Prisma types whose default column a class family fits.
struct PrismaTypeFamily {
    ScalarType type;
    QStringList classes;
};
const std::vector<PrismaTypeFamily> &brinFamilies()
{
    static const std::vector<PrismaTypeFamily> families{
        {ScalarType::Float, {u"Float8BloomOps"_s, u"Float8MinMaxOps"_s, u"Float8MinMaxMultiOps"_s}},
        {ScalarType::Int, {u"Int4BloomOps"_s, u"Int4MinMaxOps"_s, u"Int4MinMaxMultiOps"_s}},
        {ScalarType::BigInt, {u"Int8BloomOps"_s, u"Int8MinMaxOps"_s, u"Int8MinMaxMultiOps"_s}},
        {ScalarType::Decimal, {u"NumericBloomOps"_s, u"NumericMinMaxOps"_s, u"NumericMinMaxMultiOps"_s}},
        {ScalarType::Bytes, {u"ByteaBloomOps"_s, u"ByteaMinMaxOps"_s}},
        {ScalarType::String, {u"TextBloomOps"_s, u"TextMinMaxOps"_s}},
        {ScalarType::DateTime, {u"TimestampBloomOps"_s, u"TimestampMinMaxOps"_s, u"TimestampMinMaxMultiOps"_s}},
    };
    return families;
}

bool isScalar(const ResolvedField &field, ScalarType type)
{
    return field.kind == FieldKind::Scalar && field.scalarType == type;
}

struct FieldInIndex {
    const ResolvedField &field;
    std::optional<QString> nativeType;
    std::optional<QString> opclass;
    QString algorithm;
    QString attribute; // "@@index", "@@unique", "@unique"
    Span span;         // the index attribute
};

// The fallback of every index type (Prisma's `err_f`): what is wrong with this native type / class pair.
void mismatch(const FieldInIndex &f, Context &ctx)
{
    if (f.nativeType && f.opclass)
        ctx.error(catalog::operatorClassNativeTypeMismatch(f.attribute, *f.opclass, *f.nativeType, f.field.name, f.span));
    else if (f.nativeType)
        ctx.error(catalog::operatorClassMissingForNativeType(f.attribute, f.algorithm, *f.nativeType, f.span));
    else if (f.opclass)
        ctx.error(catalog::operatorClassNeedsNativeType(f.attribute, *f.opclass, f.field.name, f.span));
    else if (!algorithmTakesField(f.algorithm, f.field))
        ctx.error(catalog::indexTypeFieldTypeMismatch(f.attribute, f.algorithm, f.field.name, f.span));
}

void gist(const FieldInIndex &f, Context &ctx)
{
    if (f.nativeType == u"Inet" && f.opclass == u"InetOps")
        return;
    mismatch(f, ctx);
}

void gin(const FieldInIndex &f, Context &ctx)
{
    const bool json = isScalar(f.field, ScalarType::Json);
    const bool jsonbClass = f.opclass == u"JsonbOps" || f.opclass == u"JsonbPathOps";
    if (!f.nativeType && !f.opclass && json)
        return;
    if (!f.opclass && f.field.isList())
        return;
    if (f.nativeType == u"JsonB" && (!f.opclass || jsonbClass))
        return;
    if (!f.nativeType && jsonbClass) {
        if (!json)
            ctx.error(catalog::operatorClassFieldTypeMismatch(f.attribute, *f.opclass, f.field.name, u"Json", f.span));
        return;
    }
    if (f.opclass == u"ArrayOps") {
        if (!f.field.isList())
            ctx.error(catalog::arrayOpsOnScalar(f.attribute, f.field.name, f.span));
        return;
    }
    mismatch(f, ctx);
}

void spgist(const FieldInIndex &f, Context &ctx)
{
    const bool string = isScalar(f.field, ScalarType::String);
    if (f.nativeType == u"Inet" && (!f.opclass || f.opclass == u"InetOps"))
        return;
    if (!f.nativeType && !f.opclass && string)
        return;
    if (!f.nativeType && f.opclass == u"TextOps") {
        if (!string)
            ctx.error(catalog::operatorClassFieldTypeMismatch(f.attribute, *f.opclass, f.field.name, u"String", f.span));
        return;
    }
    if ((f.nativeType == u"Text" || f.nativeType == u"VarChar" || f.nativeType == u"Char")
        && (!f.opclass || f.opclass == u"TextOps"))
        return;
    mismatch(f, ctx);
}

void brin(const FieldInIndex &f, Context &ctx)
{
    if (f.nativeType) {
        const auto classes = brinClassesByNativeType().constFind(*f.nativeType);
        if (classes != brinClassesByNativeType().cend() && (!f.opclass || classes->contains(*f.opclass)))
            return;
        mismatch(f, ctx);
        return;
    }
    for (const PrismaTypeFamily &family : brinFamilies()) {
        if (!f.opclass && isScalar(f.field, family.type))
            return;
        if (f.opclass && family.classes.contains(*f.opclass)) {
            if (!isScalar(f.field, family.type))
                ctx.error(catalog::operatorClassFieldTypeMismatch(f.attribute, *f.opclass, f.field.name, scalarTypeName(family.type),
                                                                  f.span));
            return;
        }
    }
    mismatch(f, ctx);
}

} // namespace

bool isKnownOperatorClass(const QString &name)
{
    static const QSet<QString> known = [] {
        QSet<QString> all{u"InetOps"_s, u"JsonbOps"_s, u"JsonbPathOps"_s, u"ArrayOps"_s, u"TextOps"_s};
        for (const QStringList &classes : brinClassesByNativeType())
            all.unite(QSet<QString>(classes.begin(), classes.end()));
        return all;
    }();
    return known.contains(name);
}

void postgresOperatorClasses(const ResolvedModel &model, const Index &index, Context &ctx)
{
    if (ctx.connector.provider != Provider::PostgreSQL)
        return;
    // compatible_native_types: PostgreSQL cannot index or make unique an `xml` column (the first one is reported).
    for (const IndexField &column : index.fields) {
        if (column.fieldIndex < 0 || static_cast<size_t>(column.fieldIndex) >= model.fields.size())
            continue;
        const ResolvedField &field = model.fields[static_cast<size_t>(column.fieldIndex)];
        if (field.nativeType && field.nativeType->name == u"Xml") {
            ctx.error(catalog::xmlColumnIndexed(index.kind == Index::Kind::Unique, field.span));
            break;
        }
    }

    const QString algorithm = index.algorithm.value_or(u"BTree"_s);
    const QString attribute = index.fromFieldAttribute ? u"@unique"_s
        : index.kind == Index::Kind::Unique         ? u"@@unique"_s
        : index.kind == Index::Kind::Fulltext       ? u"@@fulltext"_s
                                                    : u"@@index"_s;
    for (const IndexField &column : index.fields) {
        // An unknown class was reported while reading the attribute (attributes.cpp), as Prisma does.
        if (column.opsIsRaw || (column.ops && !isKnownOperatorClass(*column.ops)) || column.fieldIndex < 0 || static_cast<size_t>(column.fieldIndex) >= model.fields.size())
            continue;
        const ResolvedField &field = model.fields[static_cast<size_t>(column.fieldIndex)];
        FieldInIndex f{field, field.nativeType ? std::optional(field.nativeType->name) : std::nullopt, column.ops,
                       algorithm, attribute, index.span};
        if (f.opclass && !operatorClassFits(*f.opclass, algorithm)) {
            ctx.error(catalog::operatorClassNotForIndexType(attribute, *f.opclass, algorithm, index.span));
            continue;
        }
        if (algorithm == u"Gist")
            gist(f, ctx);
        else if (algorithm == u"Gin")
            gin(f, ctx);
        else if (algorithm == u"SpGist")
            spgist(f, ctx);
        else if (algorithm == u"Brin")
            brin(f, ctx);
    }
    if (algorithm == u"SpGist" && index.fields.size() > 1)
        ctx.error(catalog::spgistMultiColumn(attribute, index.span));
}

} // namespace facet::schema::validate::indexes
