// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "Span.h"

#include <QString>

#include <optional>
#include <vector>

namespace facet::schema {

// A message about a project file (prisma.config.ts, a .env file, package.json) or the datasource URL.
// Unlike schema Diagnostics these name a path and a line/column instead of a Span of a SourceSet, and they
// render without source lines on purpose: .env and config files hold passwords.
// Build them with the factories in ProjectCatalog.h.
struct ProjectDiagnostic {
    Severity severity = Severity::Error;
    QString message;
    QString file; // as Facet found it (absolute); empty when about no file
    int line = 0; // 1-based; 0 = the file as a whole
    int column = 0; // 1-based, UTF-16 code units; 0 = the line as a whole
    std::optional<Span> schemaSpan; // set when the place is in the schema (the datasource's `url = env("X")`)

    // "error: <message>\n  -->  <file>:<line>:<column>\n" (Prisma's first two lines, without the source).
    [[nodiscard]] QString render() const;
    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
};

using ProjectDiagnostics = std::vector<ProjectDiagnostic>;

[[nodiscard]] bool hasErrors(const ProjectDiagnostics &diagnostics);
[[nodiscard]] QString renderAll(const ProjectDiagnostics &diagnostics);

} // namespace facet::schema
