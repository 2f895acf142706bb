// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <vector>

namespace facet::schema {

// Where the parallel parse (ParallelParse.h) may cut a schema file into stretches that the parser can take
// on separately: the offset just after a "}" that starts a line (how every block of a formatted schema
// ends), the first one past every `targetSize` characters.
//
// Only a suggestion, found without reading the text in between: it runs on the calling thread before the
// parse threads start, and an exact pre-scan (comments, strings, brace depth) cost an eighth of the parse's
// instructions there (docs/BENCHMARKS.md, issue 3). The parser itself confirms each cut (it must reach
// exactly that offset between two top-level items with no comment pending, see Parser::parseChunk), and
// the file is parsed in one piece when it does not, so a "}" inside a block comment costs time, never a
// different result.
[[nodiscard]] std::vector<int> topLevelCuts(QStringView text, int targetSize);

} // namespace facet::schema
