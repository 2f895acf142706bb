// SPDX-License-Identifier: MIT
#include "DiagnosticRenderer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

// Escape sequences the Rust `colored` crate writes for the styles pretty_print.rs uses.
class Painter
{
public:
    Painter(bool enabled, Severity severity)
        : m_enabled(enabled)
        , m_primary(severity == Severity::Warning ? u"1;93"_s : u"1;91"_s)
    {
    }

    [[nodiscard]] QString paint(QStringView text, QStringView style) const
    {
        if (!m_enabled || text.isEmpty())
            return text.toString();
        return u"\x1b["_s + style + u'm' + text + u"\x1b[0m"_s;
    }
    [[nodiscard]] QString primary(QStringView text) const { return paint(text, m_primary); }
    [[nodiscard]] QString bold(QStringView text) const { return paint(text, u"1"); }
    [[nodiscard]] QString gutterColour(QStringView text) const { return paint(text, u"1;94"); }
    [[nodiscard]] QString underline(QStringView text) const { return paint(text, u"4"); }

private:
    bool m_enabled;
    QString m_primary;
};

QString gutter(int lineNumber)
{
    // Prisma: `{:2} | ` for numbered lines, "   | " for the blank gutter.
    if (lineNumber <= 0)
        return u"   | "_s;
    return QString::number(lineNumber).rightJustified(2, u' ') + u" | "_s;
}

} // namespace

QString renderDiagnostic(const Diagnostic &diagnostic, const SourceSet &sources, RenderOptions options)
{
    const Painter painter(options.colour, diagnostic.severity);
    const QString title = diagnostic.severity == Severity::Warning ? u"warning"_s : u"error"_s;

    QString out;
    out += painter.primary(title) + u": "_s + painter.bold(diagnostic.message) + u'\n';

    if (diagnostic.span.file.index < 0 || diagnostic.span.file.index >= sources.size()) {
        // No source to show (should not happen): keep the header so nothing is lost.
        return out;
    }
    const SourceFile &file = sources.file(diagnostic.span.file);
    const int textSize = static_cast<int>(file.text().size());
    const int start = std::clamp(diagnostic.span.start, 0, textSize);
    const int end = std::clamp(diagnostic.span.end, start, textSize);

    const int startLine = file.lineAt(start);
    const int endLine = file.lineAt(end);
    const QStringView line = file.lineText(startLine);
    const int startInLine = start - file.lineStart(startLine);
    const int endInLine = std::min(startInLine + (end - start), static_cast<int>(line.size()));

    const auto numbered = [&](int lineNumber) -> QString {
        if (lineNumber > 0 && lineNumber <= file.lineCount())
            return painter.gutterColour(gutter(lineNumber)) + file.lineText(lineNumber) + u'\n';
        return painter.gutterColour(gutter(lineNumber)) + u'\n';
    };

    out += u"  "_s + painter.gutterColour(u"-->") + u"  "_s
           + painter.underline(QString(file.path() + u':' + QString::number(startLine))) + u'\n';
    out += painter.gutterColour(gutter(0)) + u'\n';
    out += numbered(startLine - 1);

    const QStringView offending = line.mid(startInLine, std::max(0, endInLine - startInLine));
    out += painter.gutterColour(gutter(startLine)) + line.left(startInLine)
           + (options.colour ? painter.primary(offending) : offending.toString()) + line.mid(startInLine + offending.size())
           + u'\n';
    if (offending.isEmpty()) {
        out += painter.gutterColour(gutter(0)) + QString(startInLine, u' ') + painter.primary(u"^ Unexpected token.")
               + u'\n';
    }
    for (int lineNumber = startLine + 1; lineNumber <= endLine; ++lineNumber)
        out += numbered(lineNumber);
    out += painter.gutterColour(gutter(0)) + u'\n';
    return out;
}

QString renderDiagnostics(const Diagnostics &diagnostics, const SourceSet &sources, RenderOptions options)
{
    QString out;
    for (const Diagnostic &warning : diagnostics.warnings())
        out += renderDiagnostic(warning, sources, options);
    for (const Diagnostic &error : diagnostics.errors())
        out += renderDiagnostic(error, sources, options);
    return out;
}

} // namespace facet::schema
