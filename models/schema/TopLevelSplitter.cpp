// SPDX-License-Identifier: MIT
#include "TopLevelSplitter.h"

namespace facet::schema {

namespace {

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

std::vector<int> topLevelCuts(QStringView text, int targetSize)
{
    std::vector<int> cuts;
    const qsizetype size = text.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.utf16());
    int depth = 0;
    qsizetype lastCut = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        switch (c) {
        case u'{':
            ++depth;
            break;
        case u'}':
            if (--depth < 0)
                return {};
            // A cut at the very end would leave an empty last stretch: nothing to gain.
            if (depth == 0 && i + 1 - lastCut >= targetSize && i + 1 < size) {
                lastCut = i + 1;
                cuts.push_back(int(lastCut));
            }
            break;
        case u'"':
            // A JSON string: a raw line break (or the end) before the closing quote is a broken line.
            for (++i;; ++i) {
                if (i >= size || isLineBreak(chars[i]))
                    return {};
                if (chars[i] == u'\\') {
                    ++i; // the escaped character: a quote here does not close the string
                    if (i >= size || isLineBreak(chars[i]))
                        return {};
                } else if (chars[i] == u'"') {
                    break;
                }
            }
            break;
        case u'/':
            if (i + 1 < size && chars[i + 1] == u'/') {
                while (i + 1 < size && !isLineBreak(chars[i + 1]))
                    ++i;
            } else if (i + 1 < size && chars[i + 1] == u'*') {
                qsizetype close = text.indexOf(u"*/", i + 2);
                if (close < 0)
                    return {};
                i = close + 1;
            }
            break;
        default:
            break;
        }
    }
    if (depth != 0)
        return {};
    return cuts;
}

} // namespace facet::schema
