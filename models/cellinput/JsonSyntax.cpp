// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/JsonSyntax.h"

#include <cctype>

using namespace Qt::StringLiterals;

namespace facet::cellinput {

namespace {

// Deep enough for any document a person edits in a cell, shallow enough that hostile nesting cannot exhaust
// the stack (the schema parser stops at the same depth).
constexpr int MaxDepth = 512;

class Checker {
public:
    explicit Checker(QStringView text)
        : m_text(text)
    {
    }

    std::optional<JsonSyntaxError> run()
    {
        skipSpace();
        if (!value(0))
            return m_error;
        skipSpace();
        if (m_pos < m_text.size()) {
            fail(u"unexpected '%1' after the value"_s.arg(m_text[m_pos]));
            return m_error;
        }
        return std::nullopt;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }

    bool fail(const QString &reason)
    {
        JsonSyntaxError e;
        e.reason = reason;
        e.offset = m_pos;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == u'\n') {
                ++e.line;
                e.column = 1;
            } else if (!m_text[i].isLowSurrogate()) {
                ++e.column;
            }
        }
        m_error = e;
        return false;
    }

    bool expected(const QString &what)
    {
        if (atEnd())
            return fail(u"unexpected end, expected %1"_s.arg(what));
        return fail(u"expected %1, found '%2'"_s.arg(what, m_text[m_pos]));
    }

    bool value(int depth)
    {
        if (depth > MaxDepth)
            return fail(u"nested deeper than %1 levels"_s.arg(MaxDepth));
        if (atEnd())
            return fail(u"unexpected end, expected a value"_s);
        switch (peek().unicode()) {
        case u'{': return object(depth);
        case u'[': return array(depth);
        case u'"': return string();
        case u't': return literal(u"true");
        case u'f': return literal(u"false");
        case u'n': return literal(u"null");
        default:
            if (peek() == u'-' || (peek() >= u'0' && peek() <= u'9'))
                return number();
            return expected(u"a value"_s);
        }
    }

    bool literal(QStringView word)
    {
        for (const QChar c : word) {
            if (atEnd() || peek() != c)
                return expected(u"'%1'"_s.arg(word));
            ++m_pos;
        }
        return true;
    }

    bool digits()
    {
        if (atEnd() || peek() < u'0' || peek() > u'9')
            return expected(u"a digit"_s);
        while (!atEnd() && peek() >= u'0' && peek() <= u'9')
            ++m_pos;
        return true;
    }

    bool number()
    {
        if (peek() == u'-')
            ++m_pos;
        if (peek() == u'0') {
            ++m_pos;
            if (!atEnd() && peek() >= u'0' && peek() <= u'9')
                return fail(u"a number cannot have a leading zero"_s);
        } else if (!digits()) {
            return false;
        }
        if (peek() == u'.') {
            ++m_pos;
            if (!digits())
                return false;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_pos;
            if (peek() == u'+' || peek() == u'-')
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    bool string()
    {
        ++m_pos; // opening quote
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(u"a control character must be escaped inside a string"_s);
            if (c == u'\\') {
                ++m_pos;
                if (atEnd())
                    break;
                const QChar e = peek();
                if (e == u'u') {
                    ++m_pos;
                    for (int i = 0; i < 4; ++i, ++m_pos) {
                        if (atEnd() || !isxdigit(peek().toLatin1()))
                            return expected(u"four hex digits after \\u"_s);
                    }
                    continue;
                }
                if (!QStringView(u"\"\\/bfnrt").contains(e))
                    return fail(u"'\\%1' is not a JSON escape"_s.arg(e));
            }
            ++m_pos;
        }
        return fail(u"unexpected end inside a string (missing '\"')"_s);
    }

    bool array(int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == u']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u']') {
                ++m_pos;
                return true;
            }
            return expected(u"',' or ']'"_s);
        }
    }

    bool object(int depth)
    {
        ++m_pos;
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (peek() != u'"')
                return expected(u"a quoted key"_s);
            if (!string())
                return false;
            skipSpace();
            if (peek() != u':')
                return expected(u"':'"_s);
            ++m_pos;
            skipSpace();
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}') {
                ++m_pos;
                return true;
            }
            return expected(u"',' or '}'"_s);
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    JsonSyntaxError m_error;
};

} // namespace

std::optional<JsonSyntaxError> findJsonSyntaxError(QStringView text)
{
    return Checker(text).run();
}

} // namespace facet::cellinput
