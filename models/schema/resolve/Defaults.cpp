// SPDX-License-Identifier: MIT
// `@default(...)` (prisma-engines psl/parser-database/src/attributes/default.rs): what the value is and
// where it is produced. Whether it fits the field type is checked by validation.
#include "AttributeReader.h"
#include "Attributes.h"

using namespace Qt::StringLiterals;

namespace facet::schema::resolve {

namespace {

bool isClientSideFunction(QStringView name)
{
    return name == u"uuid" || name == u"cuid" || name == u"nanoid" || name == u"ulid";
}

void readLiteral(const Expression &e, DefaultValue::LiteralType &type, QString &value)
{
    value = e.text;
    switch (e.kind) {
    case Expression::Kind::Numeric: type = DefaultValue::LiteralType::Number; break;
    case Expression::Kind::String: type = DefaultValue::LiteralType::String; break;
    case Expression::Kind::Constant:
        type = (e.text == u"true" || e.text == u"false") ? DefaultValue::LiteralType::Boolean
                                                         : DefaultValue::LiteralType::EnumValue;
        break;
    default: type = DefaultValue::LiteralType::String; break;
    }
}

} // namespace

void readDefault(const Context &context, const Attribute &attribute, ResolvedField &field)
{
    ArgumentReader arguments(context, attribute);
    if (!arguments.usable())
        return;
    const Expression *value = arguments.defaultArgument(u"value");
    const Expression *map = arguments.optional(u"map");
    std::optional<QString> mapName = map ? arguments.stringValue(map) : std::nullopt;
    arguments.finish();
    if (!value)
        return;

    DefaultValue d;
    d.span = attribute.span;
    d.valueSpan = value->span;
    d.map = mapName;
    switch (value->kind) {
    case Expression::Kind::Function:
        d.kind = DefaultValue::Kind::Function;
        d.function = value->text;
        d.source = isClientSideFunction(value->text) ? DefaultValue::Source::Client : DefaultValue::Source::Database;
        for (const Argument &a : value->arguments().arguments)
            d.functionArguments.push_back(a);
        break;
    case Expression::Kind::Array:
        d.kind = DefaultValue::Kind::List;
        for (const Expression &e : value->elements()) {
            QString text;
            readLiteral(e, d.literalType, text);
            d.elements.push_back(text);
        }
        if (value->elements().empty() && field.kind == FieldKind::Enum)
            d.literalType = DefaultValue::LiteralType::EnumValue;
        break;
    default:
        d.kind = DefaultValue::Kind::Literal;
        readLiteral(*value, d.literalType, d.value);
        break;
    }
    field.defaultValue = std::move(d);
}

} // namespace facet::schema::resolve
