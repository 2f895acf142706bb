// SPDX-License-Identifier: MIT
#include "ProjectDiagnostic.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema {

QString ProjectDiagnostic::render() const
{
    QString out = (severity == Severity::Error ? u"error: "_s : u"warning: "_s) + message + u'\n';
    if (!file.isEmpty()) {
        out += u"  -->  "_s + file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0)
                out += u':' + QString::number(column);
        }
        out += u'\n';
    }
    return out;
}

bool hasErrors(const ProjectDiagnostics &diagnostics)
{
    return std::ranges::any_of(diagnostics, &ProjectDiagnostic::isError);
}

QString renderAll(const ProjectDiagnostics &diagnostics)
{
    QString out;
    for (const ProjectDiagnostic &diagnostic : diagnostics)
        out += diagnostic.render();
    return out;
}

} // namespace facet::schema
