// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <vector>

namespace facet::schema {

// The cheap pre-scan behind the parallel parse (ParallelParse.h): where a schema file can be cut into
// stretches that the parser can take on separately.
//
// It walks the text once, skipping `//` and `///` comments, `/* */` comments and string literals (with
// their escapes), counting braces, and offers the offset just after each "}" that closes a top-level
// block. From those it keeps the first one past every `targetSize` characters. Only a suggestion: the
// parser itself confirms each cut (it must reach exactly that offset between two top-level items with no
// comment pending, see Parser::parseChunk) and the file is parsed in one piece when it does not.
// Returns no cuts when the structure is not clean: a brace closed that was never opened, a block left
// open at the end, a string that meets a line break or the end, a "/*" never closed.
[[nodiscard]] std::vector<int> topLevelCuts(QStringView text, int targetSize);

} // namespace facet::schema
