// SPDX-License-Identifier: MIT
#pragma once

#include "Span.h"

#include <QString>

#include <vector>

namespace facet::schema {

enum class Severity { Error, Warning };

// One message about a place in the schema. Build these with the named factories in
// DiagnosticCatalog.h, never by hand, so the wording stays in one reviewable place.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString message;
    Span span;
};

// Accumulates diagnostics while parsing and validating. Passed by reference and never thrown:
// every stage keeps going and reports as much as it can, like Prisma's `Diagnostics`.
class Diagnostics
{
public:
    void push(Diagnostic diagnostic);
    void pushError(Diagnostic diagnostic);
    void pushWarning(Diagnostic diagnostic);
    // Inline for the empty case: the parser appends a line's (nearly always empty) diagnostics per line.
    void append(const Diagnostics &other)
    {
        if (!other.isEmpty())
            appendAll(other);
    }

    [[nodiscard]] const std::vector<Diagnostic> &errors() const { return m_errors; }
    [[nodiscard]] const std::vector<Diagnostic> &warnings() const { return m_warnings; }
    [[nodiscard]] bool hasErrors() const { return !m_errors.empty(); }
    [[nodiscard]] bool hasWarnings() const { return !m_warnings.empty(); }
    [[nodiscard]] bool isEmpty() const { return m_errors.empty() && m_warnings.empty(); }

private:
    void appendAll(const Diagnostics &other);

    std::vector<Diagnostic> m_errors;
    std::vector<Diagnostic> m_warnings;
};

} // namespace facet::schema
