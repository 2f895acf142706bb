// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <array>

namespace facet::schema {

// Character-level scanner for the Prisma schema language.
//
// Prisma's grammar is a PEG (datamodel.pest) without a separate token stream: the same characters
// can be a number or the start of an identifier depending on the rule being tried, and the parser
// backtracks freely. So this "lexer" offers one matcher per terminal of that grammar on a movable
// cursor; each matcher either consumes its token and returns true, or leaves the cursor untouched.
// The Parser saves and restores pos() to backtrack exactly where the PEG would.
class Lexer
{
public:
    struct Range {
        int start = 0;
        int end = 0;
    };

    explicit Lexer(QStringView text)
        : m_text(text)
    {
    }

    [[nodiscard]] int pos() const { return m_pos; }
    void reset(int pos) { m_pos = pos; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    // Inline: the parser calls these for every character, and an out-of-line call per character was a
    // visible share of parse time on large schemas (docs/BENCHMARKS.md, issue 3).
    [[nodiscard]] char16_t peek(int ahead = 0) const
    {
        const qsizetype index = qsizetype(m_pos) + ahead;
        return index >= 0 && index < m_text.size() ? m_text[index].unicode() : char16_t(0);
    }
    [[nodiscard]] QStringView text() const { return m_text; }

    [[nodiscard]] bool lookingAt(QStringView literal) const;
    bool eat(QStringView literal);
    bool eat(char16_t c)
    {
        if (atEnd() || m_text[m_pos].unicode() != c)
            return false;
        ++m_pos;
        return true;
    }

    // WHITESPACE: Unicode space separators (category Zs) and tab; never a line break.
    static bool isWhitespace(char16_t c)
    {
        // ASCII first: the only Zs character below U+0080 is the space, and the Unicode table lookup is
        // what made whitespace skipping costly.
        if (c < 0x80)
            return c == u' ' || c == u'\t';
        return isUnicodeSpaceSeparator(c);
    }
    void skipWhitespace()
    {
        // On a local index: stepping m_pos itself stored it on every character (the compiler cannot keep it
        // in a register across the text's loads), and aligned columns make runs of ten spaces common.
        const char16_t *text = reinterpret_cast<const char16_t *>(m_text.utf16());
        const qsizetype size = m_text.size();
        qsizetype p = m_pos;
        while (p < size && isWhitespace(text[p]))
            ++p;
        m_pos = static_cast<int>(p);
    }

    // NEWLINE: "\n", "\r\n" or "\r".
    [[nodiscard]] bool atNewline() const;
    bool eatNewline();
    // Offset of the next line break (or the end of the text) from the cursor.
    [[nodiscard]] int lineEnd() const;
    void skipToLineEnd() { m_pos = lineEnd(); }

    // identifier = ASCII_ALPHANUMERIC ~ ("_" | "-" | ASCII_ALPHANUMERIC)*
    bool eatIdentifier(Range &out);
    // path = identifier ~ ("." ~ path?)*   (so "db.VarChar", and also "a." and "a..b")
    bool eatPath(Range &out);
    // numeric_literal = "-"? ~ ASCII_DIGIT+ ~ ("." ~ ASCII_DIGIT+)?
    bool eatNumber(Range &out);
    // string_literal: JSON string syntax. `content` excludes the quotes; `escaped` says whether it holds a
    // backslash (so the parser need not look for one again). Raw control characters (U+0000–U+001F, so
    // also a line break) end the match as a failure, like Prisma's grammar.
    bool eatString(Range &whole, Range &content, bool &escaped);
    // "//" comment up to the line break; `isDoc` for "///". `content` is the text after the slashes.
    bool eatComment(Range &content, bool &isDoc);
    // "/* … */", possibly over several lines (recent Prisma). Fails when there is no closing "*/".
    bool eatBlockComment(Range &whole);

    static bool isAsciiAlnum(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    }

private:
    static bool isUnicodeSpaceSeparator(char16_t c);
    // ASCII_ALPHANUMERIC | "_" | "-", by table: identifiers are most of a schema's characters.
    static bool isIdentifierTail(char16_t c)
    {
        static constexpr auto table = [] {
            std::array<bool, 128> t{};
            for (int i = 0; i < 128; ++i)
                t[size_t(i)] = (i >= 'a' && i <= 'z') || (i >= 'A' && i <= 'Z') || (i >= '0' && i <= '9') || i == '_' || i == '-';
            return t;
        }();
        return c < 128 && table[c];
    }

    QStringView m_text;
    int m_pos = 0;
};

} // namespace facet::schema
