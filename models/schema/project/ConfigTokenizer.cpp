// SPDX-License-Identifier: MIT
#include "project/ConfigTokenizer.h"

#include "SourceFile.h"

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() == 0x200C || c.unicode() == 0x200D;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Reads the escape sequence starting at the backslash text[i]; appends its value (when `out`) and returns
// the index after it. Malformed \x/\u escapes (a SyntaxError in JavaScript) keep the letter.
qsizetype readEscape(QStringView text, qsizetype i, QString *out)
{
    const qsizetype n = text.size();
    if (i + 1 >= n)
        return n;
    const QChar c = text.at(i + 1);
    auto append = [out](QStringView s) {
        if (out)
            out->append(s);
    };
    switch (c.unicode()) {
    case u'n':
        append(u"\n");
        return i + 2;
    case u't':
        append(u"\t");
        return i + 2;
    case u'r':
        append(u"\r");
        return i + 2;
    case u'b':
        append(u"\b");
        return i + 2;
    case u'f':
        append(u"\f");
        return i + 2;
    case u'v':
        append(u"\v");
        return i + 2;
    case u'0':
        append(QStringView(u"\0", 1));
        return i + 2;
    case u'\r':
        return (i + 2 < n && text.at(i + 2) == u'\n') ? i + 3 : i + 2; // line continuation
    case u'\n':
    case 0x2028:
    case 0x2029:
        return i + 2;
    case u'x':
        if (i + 3 < n && hexValue(text.at(i + 2)) >= 0 && hexValue(text.at(i + 3)) >= 0) {
            const char16_t value = char16_t(hexValue(text.at(i + 2)) * 16 + hexValue(text.at(i + 3)));
            append(QStringView(&value, 1));
            return i + 4;
        }
        break;
    case u'u': {
        if (i + 2 < n && text.at(i + 2) == u'{') {
            qsizetype j = i + 3;
            char32_t value = 0;
            while (j < n && hexValue(text.at(j)) >= 0 && value <= 0x10FFFF)
                value = value * 16 + char32_t(hexValue(text.at(j++)));
            if (j < n && text.at(j) == u'}' && j > i + 3 && value <= 0x10FFFF) {
                if (out)
                    out->append(QString::fromUcs4(&value, 1));
                return j + 1;
            }
            break;
        }
        if (i + 5 < n) {
            int value = 0;
            bool ok = true;
            for (qsizetype k = i + 2; k < i + 6 && ok; ++k) {
                ok = hexValue(text.at(k)) >= 0;
                value = value * 16 + hexValue(text.at(k));
            }
            if (ok) {
                const char16_t unit = char16_t(value);
                append(QStringView(&unit, 1));
                return i + 6;
            }
        }
        break;
    }
    default:
        break;
    }
    if (out)
        out->append(c);
    return i + 2;
}

// '…' or "…" from the opening quote at text[i].
qsizetype readString(QStringView text, qsizetype i, QString *cooked, bool &terminated)
{
    const QChar quote = text.at(i);
    qsizetype j = i + 1;
    while (j < text.size()) {
        const QChar c = text.at(j);
        if (c == quote) {
            terminated = true;
            return j + 1;
        }
        if (c == u'\\') {
            j = readEscape(text, j, cooked);
            continue;
        }
        if (c == u'\n' || c == u'\r')
            break; // a raw line break ends an unterminated string
        if (cooked)
            cooked->append(c);
        ++j;
    }
    terminated = false;
    return j;
}

qsizetype skipComment(QStringView text, qsizetype i)
{
    if (text.at(i + 1) == u'/') {
        while (i < text.size() && !isLineBreak(text.at(i)))
            ++i;
        return i;
    }
    const qsizetype end = text.indexOf(u"*/", i + 2);
    return end < 0 ? text.size() : end + 2;
}

bool atComment(QStringView text, qsizetype i)
{
    return text.at(i) == u'/' && i + 1 < text.size() && (text.at(i + 1) == u'/' || text.at(i + 1) == u'*');
}

// `…` from the backtick at text[i]. Substitutions are walked with an explicit stack (no recursion, so
// deeply nested templates cannot overflow anything).
qsizetype readTemplate(QStringView text, qsizetype i, ConfigToken &token)
{
    struct Frame {
        bool isTemplate;
        int braces;
    };
    std::vector<Frame> stack { { true, 0 } };
    qsizetype j = i + 1;
    const qsizetype n = text.size();
    while (j < n) {
        Frame &top = stack.back();
        const QChar c = text.at(j);
        if (top.isTemplate) {
            QString *cooked = (stack.size() == 1 && !token.hasSubstitution) ? &token.text : nullptr;
            if (c == u'`') {
                stack.pop_back();
                ++j;
                if (stack.empty()) {
                    token.terminated = true;
                    return j;
                }
            } else if (c == u'\\') {
                j = readEscape(text, j, cooked);
            } else if (c == u'$' && j + 1 < n && text.at(j + 1) == u'{') {
                if (stack.size() == 1)
                    token.hasSubstitution = true;
                stack.push_back({ false, 0 });
                j += 2;
            } else {
                if (cooked)
                    cooked->append(c);
                ++j;
            }
            continue;
        }
        if (c == u'`') {
            stack.push_back({ true, 0 });
            ++j;
        } else if (c == u'{') {
            ++top.braces;
            ++j;
        } else if (c == u'}') {
            if (top.braces == 0)
                stack.pop_back();
            else
                --top.braces;
            ++j;
        } else if (c == u'\'' || c == u'"') {
            bool ignored = false;
            j = readString(text, j, nullptr, ignored);
        } else if (atComment(text, j)) {
            j = skipComment(text, j);
        } else {
            ++j;
        }
    }
    token.terminated = false;
    return n;
}

} // namespace

std::vector<ConfigToken> tokenizeConfig(QStringView text)
{
    std::vector<ConfigToken> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (text.startsWith(u"#!")) // hashbang line
        while (i < n && !isLineBreak(text.at(i)))
            ++i;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.unicode() == 0xFEFF) {
            ++i;
            continue;
        }
        if (atComment(text, i)) {
            i = skipComment(text, i);
            continue;
        }
        ConfigToken token;
        token.offset = static_cast<int>(i);
        if (c == u'\'' || c == u'"') {
            token.kind = ConfigToken::Kind::String;
            i = readString(text, i, &token.text, token.terminated);
        } else if (c == u'`') {
            token.kind = ConfigToken::Kind::Template;
            i = readTemplate(text, i, token);
            if (token.hasSubstitution)
                token.text.clear();
        } else if (isIdentifierStart(c)) {
            token.kind = ConfigToken::Kind::Identifier;
            qsizetype j = i + 1;
            while (j < n && isIdentifierPart(text.at(j)))
                ++j;
            token.text = text.mid(i, j - i).toString();
            i = j;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && text.at(i + 1).isDigit())) {
            token.kind = ConfigToken::Kind::Number;
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == u'.' || text.at(j) == u'_'))
                ++j;
            token.text = text.mid(i, j - i).toString();
            i = j;
        } else {
            token.kind = ConfigToken::Kind::Punctuator;
            qsizetype length = 1;
            for (QStringView multi : { u"...", u"??", u"||", u"=>", u"?.", u"&&" }) {
                if (text.mid(i).startsWith(multi)) {
                    length = multi.size();
                    break;
                }
            }
            token.text = text.mid(i, length).toString();
            i += length;
        }
        tokens.push_back(std::move(token));
    }

    // Positions in one pass over the line table.
    const SourceFile positions(QString(), text.toString());
    for (ConfigToken &token : tokens) {
        const SourceFile::Position at = positions.position(token.offset);
        token.line = at.line;
        token.column = at.column;
    }
    return tokens;
}

} // namespace facet::schema
