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
    if (m_lexer.peek() == u'U' && m_lexer.eat(u"Unsupported(")) {
        m_lexer.skipWhitespace();
        Range whole;
        Range content;
        bool escaped = false;
        if (m_lexer.eatString(whole, content, escaped)) {
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u')')) {
                out.kind = FieldType::Kind::Unsupported;
                out.name = stringValue(content, escaped, diagnostics);
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

bool Parser::parseFieldType(FieldType &base, TypeForm &form, Span &typeSpan, Diagnostics &diagnostics)
{
    // field_type = unsupported_optional_list_type | list_type | optional_type
    //            | legacy_required_type | legacy_list_type | base_type
    const int start = m_lexer.pos();
    if (m_lexer.eat(u'[')) {
        Diagnostics local; // kept only if the legacy list matches
        m_lexer.skipWhitespace();
        if (parseBaseType(base, local)) {
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u']')) {
                form = TypeForm::LegacyList;
                typeSpan = span(start, m_lexer.pos());
                diagnostics.append(local);
                return true;
            }
            base = FieldType();
        }
        m_lexer.reset(start);
        return false;
    }
    if (!parseBaseType(base, diagnostics))
        return false;
    const int baseEnd = m_lexer.pos();
    m_lexer.skipWhitespace();
    const char16_t next = m_lexer.peek();
    if (next == u'[' && m_lexer.peek(1) == u']') {
        m_lexer.reset(m_lexer.pos() + 2);
        const int listEnd = m_lexer.pos();
        m_lexer.skipWhitespace();
        if (m_lexer.eat(u'?')) {
            form = TypeForm::OptionalList;
        } else {
            m_lexer.reset(listEnd);
            form = TypeForm::List;
        }
    } else if (m_lexer.eat(u'?')) {
        form = TypeForm::Optional;
    } else if (m_lexer.eat(u'!')) {
        form = TypeForm::LegacyRequired;
    } else {
        m_lexer.reset(baseEnd);
        form = TypeForm::Required;
    }
    typeSpan = span(start, m_lexer.pos());
    return true;
}

bool Parser::parseAttribute(Attribute &out, bool block, Diagnostics &diagnostics)
{
    // field_attribute = "@" ~ path ~ arguments_list?;  block_attribute = "@@" ~ path ~ arguments_list? …
    const int start = m_lexer.pos();
    if (!m_lexer.eat(u'@') || (block && !m_lexer.eat(u'@'))) {
        m_lexer.reset(start);
        return false;
    }
    m_lexer.skipWhitespace();
    Range path;
    if (!m_lexer.eatPath(path)) {
        m_lexer.reset(start);
        return false;
    }
    out.name = identifier(path);
    const int pathEnd = m_lexer.pos();
    m_lexer.skipWhitespace();
    // parseArgumentsList keeps its diagnostics only when the list matches.
    if (m_lexer.peek() == u'(' && parseArgumentsList(out.arguments, diagnostics)) {
        out.hasArguments = true;
    } else {
        m_lexer.reset(pathEnd);
        out.arguments.span = span(pathEnd, pathEnd);
    }
    out.span = span(start, m_lexer.pos());
    return true;
}

bool Parser::parseArgumentsList(ArgumentsList &out, Diagnostics &diagnostics)
{
    // arguments_list = "(" ~ (argument ~ ("," ~ argument)*)? ~ trailing_comma? ~ ")"
    const int start = m_lexer.pos();
    if (!m_lexer.eat(u'('))
        return false;
    Diagnostics local;
    m_lexer.skipWhitespace();
    if (parseArgument(out, local)) {
        while (true) {
            const int save = m_lexer.pos();
            m_lexer.skipWhitespace();
            if (m_lexer.eat(u',')) {
                m_lexer.skipWhitespace();
                if (parseArgument(out, local))
                    continue;
            }
            m_lexer.reset(save);
            break;
        }
    }
    m_lexer.skipWhitespace();
    const int commaStart = m_lexer.pos();
    if (m_lexer.eat(u','))
        out.trailingComma = span(commaStart, commaStart + 1);
    m_lexer.skipWhitespace();
    if (!m_lexer.eat(u')')) {
        out = ArgumentsList();
        m_lexer.reset(start);
        return false;
    }
    out.span = span(start, m_lexer.pos());
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
            Argument &argument = out.arguments.emplace_back();
            if (parseExpression(argument.value, diagnostics)) {
                argument.name = identifier(name);
                argument.span = span(start, m_lexer.pos());
                return true;
            }
            out.arguments.pop_back();
            m_lexer.reset(afterColon);
            out.emptyArguments.push_back(identifier(name));
            return true;
        }
        m_lexer.reset(start);
    }
    // Built in place, so rule out an empty list's `)` first: an empty vector should not be left with a block.
    const char16_t first = m_lexer.peek();
    if (!Lexer::isAsciiAlnum(first) && first != u'[' && first != u'-' && first != u'"')
        return false;
    Argument &argument = out.arguments.emplace_back();
    if (parseExpression(argument.value, diagnostics)) {
        argument.span = argument.value.span;
        return true;
    }
    out.arguments.pop_back();
    return false;
}

bool Parser::parseExpression(Expression &out, Diagnostics &diagnostics)
{
    // expression = function_call | array_expression | numeric_literal | string_literal | path
    if (m_expressionDepth >= maxExpressionDepth)
        return false;
    struct DepthGuard {
        int &depth;
        explicit DepthGuard(int &d) : depth(++d) {}
        ~DepthGuard() { --depth; }
    } guard(m_expressionDepth);
    const int start = m_lexer.pos();
    Range path;
    if (m_lexer.eatPath(path)) {
        m_lexer.skipWhitespace();
        if (m_lexer.peek() == u'(') {
            if (parseArgumentsList(out.mutableArguments(), diagnostics)) {
                out.kind = Expression::Kind::Function;
                out.text = slice(path);
                out.nameSpan = span(path);
                out.span = span(start, m_lexer.pos());
                return true;
            }
            out = Expression();
        }
        // A path that starts with a letter can only be the `path` alternative: the array, number and string
        // rules all fail on a letter. Taking it here saves scanning it a second time (a digit may still
        // start a number, which comes first in the grammar).
        const char16_t first = m_lexer.text()[start].unicode();
        if ((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')) {
            m_lexer.reset(path.end);
            out.kind = Expression::Kind::Constant;
            out.text = slice(path);
            out.span = span(path);
            return true;
        }
        m_lexer.reset(start);
    }

    if (m_lexer.eat(u'[')) {
        Diagnostics local;
        m_lexer.skipWhitespace();
        std::vector<Expression> &elements = out.mutableElements();
        if (parseExpression(elements.emplace_back(), local)) {
            while (true) {
                const int save = m_lexer.pos();
                m_lexer.skipWhitespace();
                if (m_lexer.eat(u',')) {
                    m_lexer.skipWhitespace();
                    if (parseExpression(elements.emplace_back(), local))
                        continue;
                    elements.pop_back();
                }
                m_lexer.reset(save);
                break;
            }
        } else {
            out = Expression(); // `[]` has no parts, like every expression without elements
        }
        m_lexer.skipWhitespace();
        if (!m_lexer.eat(u']')) {
            out = Expression();
            m_lexer.reset(start);
            return false;
        }
        out.kind = Expression::Kind::Array;
        out.span = span(start, m_lexer.pos());
        diagnostics.append(local);
        return true;
    }

    Range range;
    if (m_lexer.eatNumber(range)) {
        out.kind = Expression::Kind::Numeric;
        out.text = slice(range);
        out.span = span(range);
        return true;
    }

    Range content;
    bool escaped = false;
    if (m_lexer.eatString(range, content, escaped)) {
        out.kind = Expression::Kind::String;
        out.text = stringValue(content, escaped, diagnostics);
        out.span = span(range);
        return true;
    }

    if (m_lexer.eatPath(range)) {
        out.kind = Expression::Kind::Constant;
        out.text = slice(range);
        out.span = span(range);
        return true;
    }
    return false;
}

} // namespace facet::schema
