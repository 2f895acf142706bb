// SPDX-License-Identifier: MIT
#include "SourceFile.h"

#include <algorithm>

namespace facet::schema {

SourceFile::SourceFile(QString path, QString text)
    : m_path(std::move(path))
    , m_text(std::move(text))
{
    const qsizetype size = m_text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c == u'\r') {
            if (i + 1 < size && m_text.at(i + 1) == u'\n')
                ++i; // "\r\n" is one line break
            m_lineStarts.push_back(static_cast<int>(i + 1));
        } else if (c == u'\n') {
            m_lineStarts.push_back(static_cast<int>(i + 1));
        }
    }
}

int SourceFile::lineStart(int line) const
{
    const int clamped = std::clamp(line, 1, lineCount());
    return m_lineStarts[static_cast<size_t>(clamped - 1)];
}

int SourceFile::lineEnd(int line) const
{
    const int clamped = std::clamp(line, 1, lineCount());
    int end = clamped < lineCount() ? m_lineStarts[static_cast<size_t>(clamped)] : static_cast<int>(m_text.size());
    // Step back over the line break that ends this line (none on the last line).
    if (clamped < lineCount()) {
        if (end > 0 && m_text.at(end - 1) == u'\n')
            --end;
        if (end > 0 && m_text.at(end - 1) == u'\r')
            --end;
    }
    return end;
}

QStringView SourceFile::lineText(int line) const
{
    const int start = lineStart(line);
    return QStringView(m_text).mid(start, lineEnd(line) - start);
}

int SourceFile::lineAt(int offset) const
{
    // upper_bound finds the first line starting after the offset; the line before it holds the offset.
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), std::max(offset, 0));
    return static_cast<int>(it - m_lineStarts.begin());
}

SourceFile::Position SourceFile::position(int offset) const
{
    const int clamped = std::clamp(offset, 0, static_cast<int>(m_text.size()));
    const int line = lineAt(clamped);
    return {line, clamped - lineStart(line) + 1};
}

std::optional<int> SourceFile::offset(Position position) const
{
    if (position.line < 1 || position.line > lineCount() || position.column < 1)
        return std::nullopt;
    const int start = lineStart(position.line);
    return std::min(start + position.column - 1, lineEnd(position.line));
}

FileId SourceSet::add(SourceFile file)
{
    m_files.push_back(std::move(file));
    return FileId{static_cast<int>(m_files.size()) - 1};
}

std::optional<FileId> SourceSet::findByPath(QStringView path) const
{
    for (size_t i = 0; i < m_files.size(); ++i) {
        if (m_files[i].path() == path)
            return FileId{static_cast<int>(i)};
    }
    return std::nullopt;
}

QStringView SourceSet::text(const Span &span) const
{
    if (span.file.index < 0 || span.file.index >= size())
        return {};
    const QString &text = file(span.file).text();
    if (span.start < 0 || span.end > text.size() || span.start > span.end)
        return {};
    return QStringView(text).mid(span.start, span.length());
}

} // namespace facet::schema
