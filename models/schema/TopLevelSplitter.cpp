// SPDX-License-Identifier: MIT
#include "TopLevelSplitter.h"

namespace facet::schema {

std::vector<int> topLevelCuts(QStringView text, int targetSize)
{
    std::vector<int> cuts;
    const qsizetype size = text.size();
    qsizetype lastCut = 0;
    // The "}" that ends the next stretch is at or after this offset.
    qsizetype from = qsizetype(targetSize) - 1;
    while (from < size) {
        const qsizetype brace = text.indexOf(u'}', from); // vectorised: a few per block to look at
        // A cut at the very end would leave an empty last stretch: nothing to gain.
        if (brace < 0 || brace + 1 >= size)
            break;
        const char16_t before = brace > 0 ? text[brace - 1].unicode() : u'\n';
        if (before != u'\n' && before != u'\r') {
            from = brace + 1;
            continue;
        }
        lastCut = brace + 1;
        cuts.push_back(int(lastCut));
        from = lastCut + targetSize - 1;
    }
    return cuts;
}

} // namespace facet::schema
