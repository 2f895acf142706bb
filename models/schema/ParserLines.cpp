// SPDX-License-Identifier: MIT
// Line-level rules of the grammar: a field, an enum value, a block attribute, a `key = value`.
// Each either matches its whole line, line break included, or restores the cursor so the caller can
// try the next rule (and finally the catch-all). Diagnostics found inside a line are only kept when
// the line matches, as with Prisma, which builds its AST after the PEG parse succeeded.
#include "DiagnosticCatalog.h"
#include "Parser.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace facet::schema {

std::optional<QString> Parser::parseTrailingComment()
{
    // trailing_comment = ${ doc_comment | multi_line_comment | comment }: `///` and `/* */` text
    // becomes documentation.
    std::optional<QString> doc;
    eatAnyComment(m_lexer.pos(), doc);
    return doc;
}

std::optional<Parser::FieldSyntax> Parser::parseFieldLine()
{
    // field_declaration = identifier ~ LEGACY_COLON? ~ field_type? ~ field_attribute* ~ trailing_comment? ~ NEWLINE
    const int start = m_lexer.pos();
    FieldSyntax syntax;
    if (!m_lexer.eatIdentifier(syntax.name))
        return std::nullopt;
    m_lexer.skipWhitespace();
    if (m_lexer.peek() == u':' && !m_lexer.atEnd()) {
        syntax.colon = Range{m_lexer.pos(), m_lexer.pos() + 1};
        m_lexer.eat(u':');
        m_lexer.skipWhitespace();
    }
    TypeSyntax type;
    if (parseFieldType(type)) {
        syntax.type = std::move(type);
        m_lexer.skipWhitespace();
    }
    // Collected in a buffer reused from line to line, then moved into a vector of the exact size: one
    // allocation per field instead of a growing vector's two or three (and no spare capacity kept).
    m_fieldAttributes.clear();
    while (true) {
        const int save = m_lexer.pos();
        auto attribute = parseAttribute(false, syntax.attributeDiagnostics);
        if (!attribute) {
            m_lexer.reset(save);
            break;
        }
        m_fieldAttributes.push_back(std::move(*attribute));
        m_lexer.skipWhitespace();
    }
    syntax.trailingDoc = parseTrailingComment();
    m_lexer.skipWhitespace();
    if (!m_lexer.eatNewline()) {
        m_lexer.reset(start);
        return std::nullopt;
    }
    syntax.attributes.reserve(m_fieldAttributes.size());
    std::move(m_fieldAttributes.begin(), m_fieldAttributes.end(), std::back_inserter(syntax.attributes));
    m_fieldAttributes.clear();
    syntax.span = span(start, m_lexer.pos());
    return syntax;
}

bool Parser::buildField(FieldSyntax &syntax, std::optional<QString> doc, const Model &owner)
{
    // Same order of checks as prisma-engines parse_field.rs / parse_types.rs: the legacy forms stop
    // the field (it is dropped, like Prisma does) before its attributes are looked at.
    if (syntax.colon) {
        m_diagnostics.push(catalog::legacyColon(span(*syntax.colon)));
        return false;
    }
    if (syntax.type) {
        switch (syntax.type->form) {
        case TypeForm::LegacyRequired:
            m_diagnostics.push(catalog::legacyRequiredType(syntax.type->span));
            return false;
        case TypeForm::LegacyList:
            m_diagnostics.push(catalog::legacyListType(syntax.type->span));
            return false;
        case TypeForm::OptionalList:
            m_diagnostics.push(catalog::optionalList(syntax.type->span));
            return false;
        default:
            break;
        }
        m_diagnostics.append(syntax.type->diagnostics);
    }
    m_diagnostics.append(syntax.attributeDiagnostics);

    const QString blockType = owner.kind == Model::Kind::Model  ? u"model"_s
                              : owner.kind == Model::Kind::View ? u"view"_s
                                                                : u"type"_s;
    if (!syntax.type) {
        m_diagnostics.push(catalog::fieldMissingType(blockType, owner.name.name, syntax.span));
        return false;
    }

    Field &field = m_modelFields.emplace_back();
    field.name = identifier(syntax.name);
    field.type = std::move(syntax.type->base);
    field.typeSpan = syntax.type->span;
    field.arity = syntax.type->form == TypeForm::Optional ? FieldArity::Optional
                  : syntax.type->form == TypeForm::List   ? FieldArity::List
                                                          : FieldArity::Required;
    field.attributes = std::move(syntax.attributes);
    field.span = syntax.span;
    if (doc && syntax.trailingDoc)
        field.documentation = *doc + u'\n' + *syntax.trailingDoc;
    else
        field.documentation = doc ? std::move(doc) : std::move(syntax.trailingDoc);

    if (owner.kind == Model::Kind::CompositeType) {
        for (const Attribute &attribute : field.attributes) {
            const QString &name = attribute.name.name;
            if (name == u"relation"_s || name == u"unique"_s || name == u"id"_s)
                m_diagnostics.push(catalog::compositeTypeFieldAttribute(name, field.span));
        }
    }
    return true;
}

std::optional<EnumValue> Parser::parseEnumValueLine(std::optional<QString> doc)
{
    // enum_value_declaration = identifier ~ field_attribute* ~ trailing_comment? ~ NEWLINE
    const int start = m_lexer.pos();
    Range name;
    if (!m_lexer.eatIdentifier(name))
        return std::nullopt;
    EnumValue value;
    Diagnostics diagnostics;
    m_lexer.skipWhitespace();
    while (true) {
        const int save = m_lexer.pos();
        auto attribute = parseAttribute(false, diagnostics);
        if (!attribute) {
            m_lexer.reset(save);
            break;
        }
        value.attributes.push_back(std::move(*attribute));
        m_lexer.skipWhitespace();
    }
    std::optional<QString> trailing = parseTrailingComment();
    m_lexer.skipWhitespace();
    if (!m_lexer.eatNewline()) {
        m_lexer.reset(start);
        return std::nullopt;
    }
    m_diagnostics.append(diagnostics);
    value.name = identifier(name);
    value.span = span(start, m_lexer.pos());
    if (doc && trailing)
        value.documentation = *doc + u'\n' + *trailing;
    else
        value.documentation = doc ? std::move(doc) : std::move(trailing);
    return value;
}

std::optional<Attribute> Parser::parseBlockAttributeLine(Diagnostics &diagnostics)
{
    // block_attribute ~ NEWLINE, with block_attribute = "@@" ~ path ~ arguments_list? ~ trailing_comment?
    const int start = m_lexer.pos();
    auto attribute = parseAttribute(true, diagnostics);
    if (attribute) {
        m_lexer.skipWhitespace();
        parseTrailingComment();
        m_lexer.skipWhitespace();
        if (m_lexer.eatNewline())
            return attribute;
    }
    m_lexer.reset(start);
    return std::nullopt;
}

std::optional<ConfigProperty> Parser::parseKeyValueLine(Diagnostics &diagnostics)
{
    // (key_value ~ NEWLINE), key_value = identifier ~ "=" ~ expression? ~ trailing_comment?
    // (the value became optional in recent Prisma, which then reports the missing value itself).
    const int start = m_lexer.pos();
    Range name;
    if (m_lexer.eatIdentifier(name)) {
        m_lexer.skipWhitespace();
        if (m_lexer.eat(u'=')) {
            ConfigProperty property;
            property.name = identifier(name);
            int end = m_lexer.pos();
            const int save = m_lexer.pos();
            m_lexer.skipWhitespace();
            property.value = parseExpression(diagnostics);
            if (property.value)
                end = m_lexer.pos();
            else
                m_lexer.reset(save);
            m_lexer.skipWhitespace();
            parseTrailingComment();
            m_lexer.skipWhitespace();
            if (m_lexer.eatNewline()) {
                property.span = span(start, end);
                return property;
            }
        }
    }
    m_lexer.reset(start);
    return std::nullopt;
}

} // namespace facet::schema
