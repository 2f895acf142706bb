// SPDX-License-Identifier: MIT
#include "StringLiteral.h"

#include "DiagnosticCatalog.h"

#include <QChar>

#include <algorithm>
#include <optional>

namespace facet::schema {

namespace {

struct Codepoint {
    int consumed = 0;              // characters matched, "\u" included
    std::optional<char16_t> value; // nullopt when the escape is malformed
};

// One `\uXXXX` at the start of `slice` (Prisma's parse_codepoint).
Codepoint parseCodepoint(QStringView slice)
{
    if (slice.size() < 4 || !slice.startsWith(u"\\u"))
        return {0, std::nullopt};
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const qsizetype index = 2 + i;
        const char16_t c = index < slice.size() ? slice[index].unicode() : char16_t(0);
        int nibble = -1;
        if (c >= u'0' && c <= u'9')
            nibble = c - u'0';
        else if (c >= u'a' && c <= u'f')
            nibble = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            nibble = c - u'A' + 10;
        if (nibble < 0)
            return {2 + i, std::nullopt};
        value = char16_t(value | (nibble << ((3 - i) * 4)));
    }
    return {6, value};
}

struct Decoded {
    int advance = 0; // characters to skip from the backslash
    QString text;    // empty when nothing could be decoded
};

// Prisma's try_parse_unicode_codepoint: one escape, or a UTF-16 surrogate pair of two escapes.
Decoded decodeUnicode(QStringView slice, FileId file, int sliceOffset, Diagnostics &diagnostics)
{
    const auto report = [&](int consumed) {
        const int length = std::min(static_cast<int>(slice.size()), consumed);
        diagnostics.push(catalog::invalidUnicodeEscape(Span{file, sliceOffset, sliceOffset + length}));
    };

    const Codepoint first = parseCodepoint(slice);
    if (!first.value) {
        report(std::max(first.consumed, 2));
        return {first.consumed, {}};
    }
    if (!QChar::isSurrogate(*first.value))
        return {6, QString(QChar(*first.value))};

    const Codepoint second = parseCodepoint(slice.mid(6));
    if (!second.value) {
        report(first.consumed);
        return {first.consumed, {}};
    }
    if (QChar::isHighSurrogate(*first.value) && QChar::isLowSurrogate(*second.value)) {
        const QChar pair[2] = {QChar(*first.value), QChar(*second.value)};
        return {12, QString(pair, 2)};
    }
    report(first.consumed + second.consumed);
    return {12, {}};
}

} // namespace

QString unescapeStringLiteral(QStringView content, FileId file, int contentStart, Diagnostics &diagnostics)
{
    // Nearly every literal has no escape: one copy instead of a character-by-character append, which was
    // a visible share of parse time on large schemas (docs/BENCHMARKS.md, issue 3).
    if (!content.contains(u'\\'))
        return content.toString();
    QString out;
    out.reserve(content.size());
    const int size = static_cast<int>(content.size());
    int i = 0;
    while (i < size) {
        const char16_t c = content[i].unicode();
        if (c != u'\\' || i + 1 >= size) {
            out += QChar(c);
            ++i;
            continue;
        }
        const char16_t escaped = content[i + 1].unicode();
        switch (escaped) {
        case u'"': out += u'"'; i += 2; continue;
        case u'\\': out += u'\\'; i += 2; continue;
        case u'/': out += u'/'; i += 2; continue;
        case u'b': out += QChar(0x08); i += 2; continue;
        case u'f': out += QChar(0x0C); i += 2; continue;
        case u'n': out += u'\n'; i += 2; continue;
        case u'r': out += u'\r'; i += 2; continue;
        case u't': out += u'\t'; i += 2; continue;
        case u'u': {
            const Decoded decoded = decodeUnicode(content.mid(i), file, contentStart + i, diagnostics);
            out += decoded.text;
            i += std::max(decoded.advance, 2);
            continue;
        }
        default: {
            // The escaped character may be a surrogate pair: the span covers all of it.
            const int length = (QChar::isHighSurrogate(escaped) && i + 2 < size) ? 3 : 2;
            diagnostics.push(catalog::unknownEscapeSequence(Span{file, contentStart + i, contentStart + i + length}));
            i += length;
            continue;
        }
        }
    }
    return out;
}

} // namespace facet::schema
