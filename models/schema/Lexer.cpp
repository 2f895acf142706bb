// SPDX-License-Identifier: MIT
#include "Lexer.h"

#include <QChar>

namespace facet::schema {

bool Lexer::lookingAt(QStringView literal) const
{
    // A plain loop over the (short, ASCII) keyword: QStringView::startsWith is an out-of-line call that
    // was a visible share of parse time, called several times per line (docs/BENCHMARKS.md, issue 3).
    const qsizetype n = literal.size();
    if (n == 0)
        return true;
    if (m_pos < 0 || m_text.size() - m_pos < n)
        return false;
    const QChar *at = m_text.data() + m_pos;
    for (qsizetype i = 0; i < n; ++i) {
        if (at[i] != literal[i])
            return false;
    }
    return true;
}

bool Lexer::eat(QStringView literal)
{
    if (!lookingAt(literal))
        return false;
    m_pos += static_cast<int>(literal.size());
    return true;
}

bool Lexer::isUnicodeSpaceSeparator(char16_t c)
{
    return QChar::category(char32_t(c)) == QChar::Separator_Space;
}

bool Lexer::atNewline() const
{
    const char16_t c = peek();
    return !atEnd() && (c == u'\n' || c == u'\r');
}

bool Lexer::eatNewline()
{
    if (eat(u'\n'))
        return true;
    if (eat(u'\r')) {
        eat(u'\n');
        return true;
    }
    return false;
}

int Lexer::lineEnd() const
{
    qsizetype i = m_pos;
    while (i < m_text.size() && m_text[i] != u'\n' && m_text[i] != u'\r')
        ++i;
    return static_cast<int>(i);
}

bool Lexer::eatIdentifier(Range &out)
{
    if (atEnd() || !isAsciiAlnum(peek()))
        return false;
    const int start = m_pos;
    const QChar *text = m_text.data();
    const qsizetype size = m_text.size();
    qsizetype p = m_pos + 1;
    while (p < size && isIdentifierTail(text[p].unicode()))
        ++p;
    m_pos = static_cast<int>(p);
    out = {start, m_pos};
    return true;
}

bool Lexer::eatPath(Range &out)
{
    Range part;
    if (!eatIdentifier(part))
        return false;
    while (eat(u'.')) {
        Range ignored;
        eatIdentifier(ignored); // `path?` after the dot is optional
    }
    out = {part.start, m_pos};
    return true;
}

bool Lexer::eatNumber(Range &out)
{
    const int start = m_pos;
    const auto isDigit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    int p = start;
    if (peek() == u'-')
        ++p;
    if (!isDigit(peek(p - start)))
        return false;
    while (isDigit(peek(p - start)))
        ++p;
    // The fraction needs at least one digit after the dot; otherwise the dot is not part of the number.
    if (peek(p - start) == u'.' && isDigit(peek(p - start + 1))) {
        p += 2;
        while (isDigit(peek(p - start)))
            ++p;
    }
    m_pos = p;
    out = {start, p};
    return true;
}

bool Lexer::eatString(Range &whole, Range &content, bool &escaped)
{
    const int start = m_pos;
    if (peek() != u'"')
        return false;
    int p = start + 1;
    const int size = static_cast<int>(m_text.size());
    bool sawEscape = false;
    while (p < size) {
        const char16_t c = m_text[p].unicode();
        if (c == u'"') {
            whole = {start, p + 1};
            content = {start + 1, p};
            escaped = sawEscape;
            m_pos = p + 1;
            return true;
        }
        if (c == u'\\') {
            // string_escape = "\\" ~ ANY: any one character, a line break included.
            if (p + 1 >= size)
                return false;
            sawEscape = true;
            p += (QChar::isHighSurrogate(m_text[p + 1].unicode()) && p + 2 < size) ? 3 : 2;
            continue;
        }
        if (c < 0x20)
            return false;
        ++p;
    }
    return false;
}

bool Lexer::eatComment(Range &content, bool &isDoc)
{
    if (!lookingAt(u"//"))
        return false;
    isDoc = lookingAt(u"///");
    const int contentStart = m_pos + (isDoc ? 3 : 2);
    m_pos = contentStart;
    skipToLineEnd();
    content = {contentStart, m_pos};
    return true;
}

bool Lexer::eatBlockComment(Range &whole)
{
    if (!lookingAt(u"/*"))
        return false;
    const qsizetype close = m_text.indexOf(u"*/", m_pos + 2);
    if (close < 0)
        return false;
    whole = {m_pos, static_cast<int>(close) + 2};
    m_pos = whole.end;
    return true;
}

} // namespace facet::schema
