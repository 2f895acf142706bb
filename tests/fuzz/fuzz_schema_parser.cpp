// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes, read as UTF-8 (invalid sequences replaced, NULs kept), must parse and every
// diagnostic must point inside its file and render. Crashes, sanitizer reports, hangs (-timeout) and the
// abort below are findings.
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace facet::schema;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedSchema parsed = parseSchemaText(text);
    for (const auto *list : { &parsed.diagnostics.errors(), &parsed.diagnostics.warnings() }) {
        for (const Diagnostic &diagnostic : *list) {
            const Span &span = diagnostic.span;
            if (span.file.index != 0 || span.start < 0 || span.start > span.end || span.end > text.size())
                std::abort(); // a span outside the file: the studio would highlight garbage
            if (renderDiagnostic(diagnostic, parsed.sources).isEmpty())
                std::abort();
        }
    }
    // Walking the AST touches every node the parser built.
    qsizetype names = 0;
    for (const Model *model : parsed.ast.models())
        names += model->name.name.size() + qsizetype(model->fields.size());
    for (const Enum *enumeration : parsed.ast.enums())
        names += qsizetype(enumeration->values.size());
    return names < 0 ? 1 : 0;
}
