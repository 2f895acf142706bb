// SPDX-License-Identifier: MIT
// Pass 3 (prisma-engines psl/parser-database/src/attributes.rs): field, block and enum attributes.
// Block attributes are visited in Prisma's order: ignore, id, map, schema, index, unique, fulltext, shardKey.
#include "AttributeReader.h"
#include "Attributes.h"

#include "DiagnosticCatalog.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

std::optional<QString> readName(const Context &context, const Attribute &attribute)
{
    ArgumentReader arguments(context, attribute);
    if (!arguments.usable())
        return std::nullopt;
    std::optional<QString> name = arguments.stringValue(arguments.defaultArgument(u"name"));
    arguments.finish();
    return name;
}

void readNoArguments(const Context &context, const Attribute &attribute)
{
    ArgumentReader arguments(context, attribute);
    arguments.finish();
}

std::optional<bool> readBool(const Expression *e)
{
    if (e && e->isConstant() && (e->text == u"true" || e->text == u"false"))
        return e->text == u"true";
    return std::nullopt;
}

QStringList readFieldNames(const Expression *e)
{
    QStringList names;
    if (!e)
        return names;
    if (e->isArray()) {
        for (const Expression &element : e->elements())
            names.append(element.text);
    } else if (e->isConstant()) {
        names.append(e->text);
    }
    return names;
}

// `sort`, `length` on @id / @unique (the field itself is the only column).
IndexField singleFieldColumn(ArgumentReader &arguments, int fieldIndex, const ResolvedField &field)
{
    IndexField column;
    column.path = field.name;
    column.fieldIndex = fieldIndex;
    column.span = field.nameSpan;
    if (const Expression *sort = arguments.optional(u"sort"); sort && sort->isConstant())
        column.sort = sort->text == u"Desc" ? SortOrder::Desc : SortOrder::Asc;
    if (const Expression *length = arguments.optional(u"length"); length && length->kind == Expression::Kind::Numeric)
        column.length = length->text.toInt();
    return column;
}

NativeType readNativeType(const Attribute &attribute)
{
    NativeType type;
    // The part after `<datasource>.` (datasourceScoped() only hands out dotted names); not section(), which
    // splits the whole path and was a visible cost per field on large schemas.
    const QString &path = attribute.name.name;
    const qsizetype dot = path.indexOf(u'.');
    type.name = dot < 0 ? QString() : path.mid(dot + 1);
    type.span = attribute.span;
    for (const Argument &a : attribute.arguments.arguments)
        type.arguments.append(a.value.text);
    return type;
}

void readRelation(const Context &context, const Attribute &attribute, ResolvedField &field)
{
    ArgumentReader arguments(context, attribute);
    FieldRelationInfo info;
    info.span = attribute.span;
    if (arguments.usable()) {
        if (const Expression *name = arguments.defaultArgument(u"name", false))
            info.explicitName = arguments.stringValue(name);
        info.fields = readFieldNames(arguments.optional(u"fields"));
        info.references = readFieldNames(arguments.optional(u"references"));
        if (const Expression *a = arguments.optional(u"onDelete"); a && a->isConstant())
            info.onDelete = referentialActionFromName(a->text);
        if (const Expression *a = arguments.optional(u"onUpdate"); a && a->isConstant())
            info.onUpdate = referentialActionFromName(a->text);
        if (const Expression *map = arguments.optional(u"map"))
            info.map = arguments.stringValue(map);
        arguments.finish();
    }
    field.relation = std::move(info);
}

void resolveFieldAttributes(const Context &context, ResolvedModel &model, int fieldIndex, const Field &ast)
{
    ResolvedField &field = model.fields[static_cast<size_t>(fieldIndex)];
    AttributeSet attributes(context, ast.attributes);

    if (const Attribute *a = attributes.single(u"ignore")) {
        readNoArguments(context, *a);
        field.isIgnored = true;
    }
    if (field.kind == FieldKind::Relation) {
        if (const Attribute *a = attributes.single(u"relation"))
            readRelation(context, *a, field);
        else {
            field.relation.emplace();
            field.relation->span = field.span;
        }
    } else if (const Attribute *a = attributes.single(u"relation")) {
        context.report(catalog::relationOnScalarField(a->span));
        readNoArguments(context, *a); // Prisma visits none of its arguments: each is "No such argument."
    }
    if (const Attribute *a = attributes.single(u"id")) {
        ArgumentReader arguments(context, *a);
        field.isId = true;
        PrimaryKey key;
        key.span = a->span;
        if (arguments.usable()) {
            if (const Expression *map = arguments.optional(u"map"))
                key.map = arguments.stringValue(map);
            key.clustered = readBool(arguments.optional(u"clustered"));
            key.fields.push_back(singleFieldColumn(arguments, fieldIndex, field));
            arguments.finish();
        } else {
            key.fields.push_back(IndexField{field.name, fieldIndex, {}, {}, {}, false, field.nameSpan});
        }
        // Several @id fields are reported by validation; the first one is the key.
        if (!model.primaryKey)
            model.primaryKey = std::move(key);
    }
    if (const Attribute *a = attributes.single(u"unique")) {
        ArgumentReader arguments(context, *a);
        field.isUnique = true;
        Index index;
        index.kind = Index::Kind::Unique;
        index.fromFieldAttribute = true;
        index.span = a->span;
        if (arguments.usable()) {
            if (const Expression *map = arguments.optional(u"map"))
                index.map = arguments.stringValue(map);
            index.clustered = readBool(arguments.optional(u"clustered"));
            index.fields.push_back(singleFieldColumn(arguments, fieldIndex, field));
            arguments.finish();
        } else {
            index.fields.push_back(IndexField{field.name, fieldIndex, {}, {}, {}, false, field.nameSpan});
        }
        model.indexes.push_back(std::move(index));
    }
    if (const Attribute *a = attributes.single(u"map")) {
        if (auto name = readName(context, *a)) {
            field.mappedName = name;
            field.columnName = *name;
        }
    }
    if (const Attribute *a = attributes.single(u"default"))
        readDefault(context, *a, field);
    if (const Attribute *a = attributes.single(u"updatedAt")) {
        readNoArguments(context, *a);
        field.isUpdatedAt = true;
    }
    if (const Attribute *a = attributes.single(u"shardKey")) {
        readNoArguments(context, *a);
        field.isShardKey = true;
        model.shardKey.push_back(QStringList{field.name});
    }
    if (const Attribute *a = attributes.datasourceScoped())
        field.nativeType = readNativeType(*a);
    attributes.finish();
}

Index readBlockIndex(const Context &context, const Attribute &attribute, const ResolvedModel &model, Index::Kind kind)
{
    Index index;
    index.kind = kind;
    index.span = attribute.span;
    ArgumentReader arguments(context, attribute);
    if (!arguments.usable())
        return index;
    const QString what = kind == Index::Kind::Unique ? u"unique index"_s : u"index"_s;
    if (const Expression *fields = arguments.defaultArgument(u"fields"))
        index.fields = readIndexFields(context, *fields, model, what, attribute.span);
    const Expression *name = kind == Index::Kind::Fulltext ? nullptr : arguments.optional(u"name");
    const Expression *map = arguments.optional(u"map");
    if (kind == Index::Kind::Normal && name && map) {
        context.report(catalog::indexNameAndMap(attribute.span));
    } else if (kind == Index::Kind::Normal && name) {
        index.map = arguments.stringValue(name); // legacy: `name` is `map` on @@index
    } else {
        if (name)
            index.name = arguments.stringValue(name);
        if (map)
            index.map = arguments.stringValue(map);
    }
    if (kind != Index::Kind::Fulltext) {
        index.clustered = readBool(arguments.optional(u"clustered"));
        (void)arguments.optional(u"where"); // preview `partialIndexes`: accepted, not modelled
    }
    if (kind == Index::Kind::Normal) {
        if (const Expression *type = arguments.optional(u"type"); type && type->isConstant())
            index.algorithm = type->text;
    }
    arguments.finish();
    return index;
}

void resolveModelAttributes(const Context &context, ResolvedModel &model)
{
    const Model *ast = context.top(model.topIndex).model();
    for (size_t i = 0; i < model.fields.size(); ++i)
        resolveFieldAttributes(context, model, static_cast<int>(i),
                               ast->fields[static_cast<size_t>(model.fields[i].astIndex)]);
    if (model.kind == ResolvedModel::Kind::CompositeType)
        return; // the parser already rejected block attributes on composite types

    AttributeSet attributes(context, ast->attributes);
    if (const Attribute *a = attributes.single(u"ignore")) {
        readNoArguments(context, *a);
        model.isIgnored = true;
    }
    if (const Attribute *a = attributes.single(u"id")) {
        ArgumentReader arguments(context, *a);
        PrimaryKey key;
        key.isCompound = true;
        key.span = a->span;
        if (arguments.usable()) {
            if (const Expression *fields = arguments.defaultArgument(u"fields"))
                key.fields = readIndexFields(context, *fields, model, u"multi field id", a->span);
            if (const Expression *name = arguments.optional(u"name"))
                key.name = arguments.stringValue(name);
            if (const Expression *map = arguments.optional(u"map"))
                key.map = arguments.stringValue(map);
            key.clustered = readBool(arguments.optional(u"clustered"));
            arguments.finish();
        }
        // @id together with @@id is reported by validation; @@id wins here as it names every column.
        model.primaryKey = std::move(key);
        for (const IndexField &f : model.primaryKey->fields) {
            if (f.fieldIndex >= 0 && model.primaryKey->fields.size() == 1)
                model.fields[static_cast<size_t>(f.fieldIndex)].isId = true;
        }
    }
    if (const Attribute *a = attributes.single(u"map")) {
        if (auto name = readName(context, *a)) {
            model.mappedName = name;
            model.tableName = *name;
        }
    }
    if (const Attribute *a = attributes.single(u"schema"))
        model.databaseSchema = readName(context, *a);
    for (const Attribute *a : attributes.repeated(u"index"))
        model.indexes.push_back(readBlockIndex(context, *a, model, Index::Kind::Normal));
    for (const Attribute *a : attributes.repeated(u"unique")) {
        Index index = readBlockIndex(context, *a, model, Index::Kind::Unique);
        // DMMF marks the field of a one-column @@unique as unique too.
        if (index.fields.size() == 1 && index.fields.front().fieldIndex >= 0 && !index.fields.front().path.contains(u'.'))
            model.fields[static_cast<size_t>(index.fields.front().fieldIndex)].isUnique = true;
        model.indexes.push_back(std::move(index));
    }
    for (const Attribute *a : attributes.repeated(u"fulltext"))
        model.indexes.push_back(readBlockIndex(context, *a, model, Index::Kind::Fulltext));
    if (const Attribute *a = attributes.single(u"shardKey")) {
        ArgumentReader arguments(context, *a);
        if (arguments.usable()) {
            model.shardKey.push_back(readFieldNames(arguments.defaultArgument(u"fields")));
            arguments.finish();
        }
    }
    attributes.finish();
}

void resolveEnumAttributes(const Context &context, ResolvedEnum &enumeration)
{
    const Enum *ast = context.top(enumeration.topIndex).enumeration();
    size_t next = 0;
    for (const EnumValue &value : ast->values) {
        // Duplicate values were dropped by the names pass; match by name.
        if (next >= enumeration.values.size() || enumeration.values[next].name != value.name.name
            || enumeration.values[next].span != value.span)
            continue;
        ResolvedEnumValue &resolved = enumeration.values[next++];
        AttributeSet attributes(context, value.attributes);
        if (const Attribute *a = attributes.single(u"map")) {
            if (auto name = readName(context, *a)) {
                resolved.mappedName = name;
                resolved.databaseLabel = *name;
            }
        }
        attributes.finish();
    }
    AttributeSet attributes(context, ast->attributes);
    if (const Attribute *a = attributes.single(u"map")) {
        if (auto name = readName(context, *a)) {
            enumeration.mappedName = name;
            enumeration.databaseName = *name;
        }
    }
    if (const Attribute *a = attributes.single(u"schema"))
        enumeration.databaseSchema = readName(context, *a);
    attributes.finish();
}

} // namespace

void resolveAttributes(Context &context)
{
    // Models and composite types, then enums (Prisma's order in attributes.rs). A block's attributes read only
    // the AST and the configuration and write only that block.
    forEachBlock(context, blocksInSourceOrder(context.result), resolveModelAttributes);
    for (ResolvedEnum &e : context.result.enums)
        resolveEnumAttributes(context, e);
}

} // namespace facet::schema::resolve
