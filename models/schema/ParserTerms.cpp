// SPDX-License-Identifier: MIT
// Terms inside a line: field types, attributes, argument lists and expressions.
// Alternatives are tried in the grammar's order (PEG ordered choice); a failed alternative restores
// the cursor and drops the diagnostics it collected.
#include "Parser.h"
#include "StringLiteral.h"

using namespace Qt::StringLiterals;

namespace facet::schema {

bool Parser::parseBaseType(FieldType &out, Diagnostics &diagnostics)
{
    // base_type = unsupported_type | identifier;  unsupported_type = "Unsupported(" ~ string_literal ~ ")"
    const int start = m_lexer.pos();
    if (m_lexer.eat(u"Unsupported(")) {
        m_lexer.skipWhitespace();
        Range whole;
        Range content;
        if (m_lexer.eatString(whole, content)) {
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u')')) {
                out.kind = FieldType::Kind::Unsupported;
                out.name = stringValue(content, diagnostics);
                out.span = span(whole);
                return true;
            }
        }
        m_lexer.reset(start);
    }
    Range name;
    if (!m_lexer.eatIdentifier(name))
        return false;
    out.kind = FieldType::Kind::Supported;
    out.name = slice(name);
    out.span = span(name);
    return true;
}

bool Parser::parseFieldType(TypeSyntax &out)
{
    // field_type = unsupported_optional_list_type | list_type | optional_type
    //            | legacy_required_type | legacy_list_type | base_type
    const int start = m_lexer.pos();
    if (m_lexer.eat(u'[')) {
        m_lexer.skipWhitespace();
        if (parseBaseType(out.base, out.diagnostics)) {
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u']')) {
                out.form = TypeForm::LegacyList;
                out.span = span(start, m_lexer.pos());
                return true;
            }
        }
        m_lexer.reset(start);
        out.diagnostics = Diagnostics();
        return false;
    }
    if (!parseBaseType(out.base, out.diagnostics))
        return false;
    const int baseEnd = m_lexer.pos();
    m_lexer.skipWhitespace();
    if (m_lexer.eat(u"[]")) {
        const int listEnd = m_lexer.pos();
        m_lexer.skipWhitespace();
        if (m_lexer.eat(u'?')) {
            out.form = TypeForm::OptionalList;
        } else {
            m_lexer.reset(listEnd);
            out.form = TypeForm::List;
        }
    } else if (m_lexer.eat(u'?')) {
        out.form = TypeForm::Optional;
    } else if (m_lexer.eat(u'!')) {
        out.form = TypeForm::LegacyRequired;
    } else {
        m_lexer.reset(baseEnd);
        out.form = TypeForm::Required;
    }
    out.span = span(start, m_lexer.pos());
    return true;
}

std::optional<Attribute> Parser::parseAttribute(bool block, Diagnostics &diagnostics)
{
    // field_attribute = "@" ~ path ~ arguments_list?;  block_attribute = "@@" ~ path ~ arguments_list? …
    const int start = m_lexer.pos();
    if (!m_lexer.eat(block ? u"@@" : u"@"))
        return std::nullopt;
    m_lexer.skipWhitespace();
    Range path;
    if (!m_lexer.eatPath(path)) {
        m_lexer.reset(start);
        return std::nullopt;
    }
    Attribute attribute;
    attribute.name = identifier(path);
    const int pathEnd = m_lexer.pos();
    m_lexer.skipWhitespace();
    Diagnostics argumentDiagnostics;
    if (m_lexer.peek() == u'(' && parseArgumentsList(attribute.arguments, argumentDiagnostics)) {
        attribute.hasArguments = true;
        diagnostics.append(argumentDiagnostics);
    } else {
        m_lexer.reset(pathEnd);
        attribute.arguments.span = span(pathEnd, pathEnd);
    }
    attribute.span = span(start, m_lexer.pos());
    return attribute;
}

bool Parser::parseArgumentsList(ArgumentsList &out, Diagnostics &diagnostics)
{
    // arguments_list = "(" ~ (argument ~ ("," ~ argument)*)? ~ trailing_comma? ~ ")"
    const int start = m_lexer.pos();
    if (!m_lexer.eat(u'('))
        return false;
    ArgumentsList list;
    Diagnostics local;
    m_lexer.skipWhitespace();
    if (parseArgument(list, local)) {
        while (true) {
            const int save = m_lexer.pos();
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u',')) {
                m_lexer.skipWhitespace();
                if (parseArgument(list, local))
                    continue;
            }
            m_lexer.reset(save);
            break;
        }
    }
    m_lexer.skipWhitespace();
    const int commaStart = m_lexer.pos();
    if (m_lexer.eat(u','))
        list.trailingComma = span(commaStart, commaStart + 1);
    m_lexer.skipWhitespace();
    if (!m_lexer.eat(u')')) {
        m_lexer.reset(start);
        return false;
    }
    list.span = span(start, m_lexer.pos());
    out = std::move(list);
    diagnostics.append(local);
    return true;
}

bool Parser::parseArgument(ArgumentsList &out, Diagnostics &diagnostics)
{
    // argument = named_argument | empty_argument | expression
    const int start = m_lexer.pos();
    Range name;
    if (m_lexer.eatIdentifier(name)) {
        m_lexer.skipWhitespace();
        if (m_lexer.eat(u':')) {
            const int afterColon = m_lexer.pos();
            m_lexer.skipWhitespace();
            if (auto value = parseExpression(diagnostics)) {
                out.arguments.push_back(Argument{identifier(name), std::move(*value), span(start, m_lexer.pos())});
                return true;
            }
            m_lexer.reset(afterColon);
            out.emptyArguments.push_back(identifier(name));
            return true;
        }
        m_lexer.reset(start);
    }
    if (auto value = parseExpression(diagnostics)) {
        const Span valueSpan = value->span;
        out.arguments.push_back(Argument{std::nullopt, std::move(*value), valueSpan});
        return true;
    }
    return false;
}

std::optional<Expression> Parser::parseExpression(Diagnostics &diagnostics)
{
    // expression = function_call | array_expression | numeric_literal | string_literal | path
    if (m_expressionDepth >= maxExpressionDepth)
        return std::nullopt;
    struct DepthGuard {
        int &depth;
        explicit DepthGuard(int &d) : depth(++d) {}
        ~DepthGuard() { --depth; }
    } guard(m_expressionDepth);
    const int start = m_lexer.pos();
    Range path;
    if (m_lexer.eatPath(path)) {
        m_lexer.skipWhitespace();
        ArgumentsList arguments;
        if (m_lexer.peek() == u'(' && parseArgumentsList(arguments, diagnostics)) {
            Expression call;
            call.mutableArguments() = std::move(arguments);
            call.kind = Expression::Kind::Function;
            call.text = slice(path);
            call.nameSpan = span(path);
            call.span = span(start, m_lexer.pos());
            return call;
        }
        // A path that starts with a letter can only be the `path` alternative: the array, number and string
        // rules all fail on a letter. Taking it here saves scanning it a second time (a digit may still
        // start a number, which comes first in the grammar).
        const char16_t first = m_lexer.text()[start].unicode();
        if ((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')) {
            m_lexer.reset(path.end);
            Expression constant;
            constant.kind = Expression::Kind::Constant;
            constant.text = slice(path);
            constant.span = span(path);
            return constant;
        }
        m_lexer.reset(start);
    }

    if (m_lexer.eat(u'[')) {
        Expression array;
        array.kind = Expression::Kind::Array;
        Diagnostics local;
        m_lexer.skipWhitespace();
        if (auto first = parseExpression(local)) {
            array.mutableElements().push_back(std::move(*first));
            while (true) {
                const int save = m_lexer.pos();
                m_lexer.skipWhitespace();
                if (m_lexer.eat(u',')) {
                    m_lexer.skipWhitespace();
                    if (auto next = parseExpression(local)) {
                        array.mutableElements().push_back(std::move(*next));
                        continue;
                    }
                }
                m_lexer.reset(save);
                break;
            }
        }
        m_lexer.skipWhitespace();
        if (!m_lexer.eat(u']')) {
            m_lexer.reset(start);
            return std::nullopt;
        }
        array.span = span(start, m_lexer.pos());
        diagnostics.append(local);
        return array;
    }

    Range range;
    if (m_lexer.eatNumber(range)) {
        Expression number;
        number.kind = Expression::Kind::Numeric;
        number.text = slice(range);
        number.span = span(range);
        return number;
    }

    Range content;
    if (m_lexer.eatString(range, content)) {
        Expression string;
        string.kind = Expression::Kind::String;
        string.text = stringValue(content, diagnostics);
        string.span = span(range);
        return string;
    }

    if (m_lexer.eatPath(range)) {
        Expression constant;
        constant.kind = Expression::Kind::Constant;
        constant.text = slice(range);
        constant.span = span(range);
        return constant;
    }
    return std::nullopt;
}

} // namespace facet::schema
