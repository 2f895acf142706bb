// SPDX-License-Identifier: MIT
#include "Ast.h"
#include "TextHash.h"

namespace facet::schema {

namespace {

template<typename T>
const Attribute *findAttribute(const std::vector<Attribute> &attributes, T name)
{
    for (const Attribute &attribute : attributes) {
        if (text::equal(attribute.name.name, name))
            return &attribute;
    }
    return nullptr;
}

std::optional<QString> mapArgument(const Attribute *map)
{
    return map ? map->stringArgument(u"name") : std::nullopt;
}

} // namespace

const Argument *ArgumentsList::named(QStringView name) const
{
    for (const Argument &argument : arguments) {
        if (argument.name && text::equal(argument.name->name, name))
            return &argument;
    }
    return nullptr;
}

const Argument *ArgumentsList::positional(int index) const
{
    for (const Argument &argument : arguments) {
        if (argument.name)
            continue;
        if (index-- == 0)
            return &argument;
    }
    return nullptr;
}

const Argument *ArgumentsList::argument(QStringView name) const
{
    if (const Argument *byName = named(name))
        return byName;
    return positional(0);
}

// constinit: no guard on each access, no static-initialisation order to worry about.
constinit const ExpressionParts noExpressionParts{};

Expression::Expression(const Expression &other)
    : kind(other.kind)
    , text(other.text)
    , span(other.span)
    , nameSpan(other.nameSpan)
    , m_parts(other.m_parts ? std::make_unique<ExpressionParts>(*other.m_parts) : nullptr)
{
}

Expression &Expression::operator=(const Expression &other)
{
    if (this != &other)
        *this = Expression(other);
    return *this;
}

ArgumentsList &Expression::mutableArguments()
{
    if (!m_parts)
        m_parts = std::make_unique<ExpressionParts>();
    return m_parts->arguments;
}

std::vector<Expression> &Expression::mutableElements()
{
    if (!m_parts)
        m_parts = std::make_unique<ExpressionParts>();
    return m_parts->elements;
}

std::optional<QString> Expression::asString() const
{
    return kind == Kind::String ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> Expression::asConstant() const
{
    return kind == Kind::Constant ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> Attribute::stringArgument(QStringView name) const
{
    const Argument *found = argument(name);
    return found ? found->value.asString() : std::nullopt;
}

const Attribute *Field::attribute(QStringView name) const
{
    return findAttribute(attributes, name);
}

const Field *Model::field(QStringView name) const
{
    for (const Field &field : fields) {
        if (text::equal(field.name.name, name))
            return &field;
    }
    return nullptr;
}

const Attribute *Model::blockAttribute(QStringView name) const
{
    return findAttribute(attributes, name);
}

std::vector<const Attribute *> Model::blockAttributes(QStringView name) const
{
    std::vector<const Attribute *> out;
    for (const Attribute &attribute : attributes) {
        if (text::equal(attribute.name.name, name))
            out.push_back(&attribute);
    }
    return out;
}

std::optional<QString> Model::mappedName() const
{
    return mapArgument(blockAttribute(u"map"));
}

const Attribute *EnumValue::attribute(QStringView name) const
{
    return findAttribute(attributes, name);
}

const EnumValue *Enum::value(QStringView name) const
{
    for (const EnumValue &value : values) {
        if (value.name.name == name)
            return &value;
    }
    return nullptr;
}

const Attribute *Enum::blockAttribute(QStringView name) const
{
    return findAttribute(attributes, name);
}

std::optional<QString> Enum::mappedName() const
{
    return mapArgument(blockAttribute(u"map"));
}

const ConfigProperty *ConfigBlock::property(QStringView name) const
{
    for (const ConfigProperty &property : properties) {
        if (property.name.name == name)
            return &property;
    }
    return nullptr;
}

namespace {

template<typename Node, typename Predicate>
std::vector<const Node *> collect(const std::vector<Top> &tops, Predicate keep)
{
    std::vector<const Node *> out;
    for (const Top &top : tops) {
        if (const Node *node = std::get_if<Node>(&top.node); node && keep(*node))
            out.push_back(node);
    }
    return out;
}

} // namespace

std::vector<const Model *> SchemaAst::models() const
{
    return collect<Model>(tops, [](const Model &m) { return m.kind == Model::Kind::Model; });
}

std::vector<const Model *> SchemaAst::views() const
{
    return collect<Model>(tops, [](const Model &m) { return m.kind == Model::Kind::View; });
}

std::vector<const Model *> SchemaAst::compositeTypes() const
{
    return collect<Model>(tops, [](const Model &m) { return m.kind == Model::Kind::CompositeType; });
}

std::vector<const Enum *> SchemaAst::enums() const
{
    return collect<Enum>(tops, [](const Enum &) { return true; });
}

std::vector<const ConfigBlock *> SchemaAst::datasources() const
{
    return collect<ConfigBlock>(tops, [](const ConfigBlock &c) { return c.kind == ConfigBlock::Kind::Datasource; });
}

std::vector<const ConfigBlock *> SchemaAst::generators() const
{
    return collect<ConfigBlock>(tops, [](const ConfigBlock &c) { return c.kind == ConfigBlock::Kind::Generator; });
}

std::vector<const TypeAlias *> SchemaAst::typeAliases() const
{
    return collect<TypeAlias>(tops, [](const TypeAlias &) { return true; });
}

const Model *SchemaAst::findModel(QStringView name) const
{
    for (const Top &top : tops) {
        if (const Model *model = top.model(); model && model->name.name == name)
            return model;
    }
    return nullptr;
}

const Enum *SchemaAst::findEnum(QStringView name) const
{
    for (const Top &top : tops) {
        if (const Enum *enumeration = top.enumeration(); enumeration && enumeration->name.name == name)
            return enumeration;
    }
    return nullptr;
}

} // namespace facet::schema
