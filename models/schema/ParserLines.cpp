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

void Parser::parseFieldAttributes(Diagnostics &diagnostics)
{
    // Collected in a buffer reused from line to line, then moved into a vector of the exact size by the caller:
    // one allocation per line instead of a growing vector's two or three (and no spare capacity kept).
    m_fieldAttributes.clear();
    while (true) {
        Attribute &attribute = m_fieldAttributes.emplace_back();
        if (!parseAttribute(attribute, false, diagnostics)) {
            m_fieldAttributes.pop_back();
            break;
        }
        m_lexer.skipWhitespace();
    }
}

std::vector<Attribute> Parser::takeExactly(std::vector<Attribute> &buffer)
{
    std::vector<Attribute> out;
    if (buffer.empty())
        return out;
    out.reserve(buffer.size());
    std::move(buffer.begin(), buffer.end(), std::back_inserter(out));
    buffer.clear();
    return out;
}

bool Parser::parseFieldLine(std::optional<QString> &pendingDoc, const Model &owner)
{
    // field_declaration = identifier ~ LEGACY_COLON? ~ field_type? ~ field_attribute* ~ trailing_comment? ~ NEWLINE
    const int start = m_lexer.pos();
    Range name;
    if (!m_lexer.eatIdentifier(name))
        return false;
    m_lexer.skipWhitespace();
    int colon = -1;
    if (m_lexer.peek() == u':' && !m_lexer.atEnd()) {
        colon = m_lexer.pos();
        m_lexer.eat(u':');
        m_lexer.skipWhitespace();
    }
    // The field is built where it will stay; a line that does not match (or a field that is dropped) takes
    // it off again.
    Field &field = m_modelFields.emplace_back();
    // Type escapes first, then the attributes' diagnostics: the order Prisma reports them in.
    Diagnostics diagnostics;
    TypeForm form = TypeForm::Required;
    const bool typed = parseFieldType(field.type, form, field.typeSpan, diagnostics);
    if (typed)
        m_lexer.skipWhitespace();
    parseFieldAttributes(diagnostics);
    std::optional<QString> trailingDoc = parseTrailingComment();
    m_lexer.skipWhitespace();
    if (!m_lexer.eatNewline()) {
        m_modelFields.pop_back();
        m_fieldAttributes.clear();
        m_lexer.reset(start);
        return false;
    }
    const Span lineSpan = span(start, m_lexer.pos());
    std::optional<QString> doc = std::exchange(pendingDoc, std::nullopt);

    // Same order of checks as prisma-engines parse_field.rs / parse_types.rs: the legacy forms stop
    // the field (it is dropped, like Prisma does) before its attributes are looked at.
    const auto drop = [&](Diagnostic diagnostic) {
        m_diagnostics.push(std::move(diagnostic));
        m_modelFields.pop_back();
        m_fieldAttributes.clear();
        return true;
    };
    if (colon >= 0)
        return drop(catalog::legacyColon(span(colon, colon + 1)));
    if (typed) {
        switch (form) {
        case TypeForm::LegacyRequired:
            return drop(catalog::legacyRequiredType(field.typeSpan));
        case TypeForm::LegacyList:
            return drop(catalog::legacyListType(field.typeSpan));
        case TypeForm::OptionalList:
            return drop(catalog::optionalList(field.typeSpan));
        default:
            break;
        }
    }
    m_diagnostics.append(diagnostics);
    if (!typed) {
        const QString blockType = owner.kind == Model::Kind::Model  ? u"model"_s
                                  : owner.kind == Model::Kind::View ? u"view"_s
                                                                    : u"type"_s;
        return drop(catalog::fieldMissingType(blockType, owner.name.name, lineSpan));
    }

    field.name = identifier(name);
    field.arity = form == TypeForm::Optional ? FieldArity::Optional
                  : form == TypeForm::List   ? FieldArity::List
                                             : FieldArity::Required;
    field.attributes = takeExactly(m_fieldAttributes);
    field.span = lineSpan;
    if (doc && trailingDoc)
        field.documentation = *doc + u'\n' + *trailingDoc;
    else
        field.documentation = doc ? std::move(doc) : std::move(trailingDoc);

    if (owner.kind == Model::Kind::CompositeType) {
        for (const Attribute &attribute : field.attributes) {
            const QString &attributeName = attribute.name.name;
            if (attributeName == u"relation"_s || attributeName == u"unique"_s || attributeName == u"id"_s)
                m_diagnostics.push(catalog::compositeTypeFieldAttribute(attributeName, field.span));
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
    parseFieldAttributes(diagnostics);
    std::optional<QString> trailing = parseTrailingComment();
    m_lexer.skipWhitespace();
    if (!m_lexer.eatNewline()) {
        m_fieldAttributes.clear();
        m_lexer.reset(start);
        return std::nullopt;
    }
    m_diagnostics.append(diagnostics);
    value.attributes = takeExactly(m_fieldAttributes);
    value.name = identifier(name);
    value.span = span(start, m_lexer.pos());
    if (doc && trailing)
        value.documentation = *doc + u'\n' + *trailing;
    else
        value.documentation = doc ? std::move(doc) : std::move(trailing);
    return value;
}

bool Parser::parseBlockAttributeLine(std::vector<Attribute> &into, Diagnostics &diagnostics)
{
    // block_attribute ~ NEWLINE, with block_attribute = "@@" ~ path ~ arguments_list? ~ trailing_comment?
    if (m_lexer.peek() != u'@')
        return false; // before the emplace: most lines that get here are blank or comments
    const int start = m_lexer.pos();
    Attribute &attribute = into.emplace_back();
    if (parseAttribute(attribute, true, diagnostics)) {
        m_lexer.skipWhitespace();
        parseTrailingComment();
        m_lexer.skipWhitespace();
        if (m_lexer.eatNewline())
            return true;
    }
    into.pop_back();
    m_lexer.reset(start);
    return false;
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
            if (parseExpression(property.value.emplace(), diagnostics)) {
                end = m_lexer.pos();
            } else {
                property.value.reset();
                m_lexer.reset(save);
            }
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
