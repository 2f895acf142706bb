// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "SourceFile.h"

#include <QString>

namespace facet::schema {

struct RenderOptions {
    // ANSI colours exactly as Prisma's `colored` output (bold bright red/yellow title, blue gutter).
    bool colour = false;
};

// Renders one diagnostic in Prisma's layout (psl/diagnostics/src/pretty_print.rs):
//
//   error: <message>
//     -->  <file>:<line>
//      |
//    4 | <previous line>
//    5 | <offending line>
//      |     ^ Unexpected token.        (only when the highlighted text is empty)
//    6 | <more lines while the span continues>
//      |
//
// Every line ends with "\n"; the gutter lines keep Prisma's trailing space ("   | ").
// Differences from Prisma, on purpose: lines are split on every newline form ("\r\n" and a lone "\r"
// too, Prisma splits on "\n" only and would print the "\r"), and the caret is indented by UTF-16 code
// units rather than bytes.
QString renderDiagnostic(const Diagnostic &diagnostic, const SourceSet &sources, RenderOptions options = {});

// All diagnostics, warnings first and then errors, each in the order reported (as Prisma prints them).
QString renderDiagnostics(const Diagnostics &diagnostics, const SourceSet &sources, RenderOptions options = {});

} // namespace facet::schema
