// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"

#include <QString>
#include <QStringView>

namespace facet::schema {

// Decodes the content of a string literal (between the quotes) with JSON escape rules, reporting bad
// escapes the way prisma-engines parse_expression.rs does: an unknown escape is dropped and reported;
// a malformed `\u` escape is reported and the text after it is kept; `\uD83D\uDE00` pairs decode to
// one character. `contentStart` is the offset of the content in its file, for the diagnostics' spans.
QString unescapeStringLiteral(QStringView content, FileId file, int contentStart, Diagnostics &diagnostics);

} // namespace facet::schema
