// SPDX-License-Identifier: MIT
#pragma once

#include "Span.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace facet::schema {

// One schema file held in memory: its display path, its text and a table of line starts.
//
// Lines end at "\n", "\r\n" or a lone "\r" (the three NEWLINE forms of Prisma's grammar).
// Positions are 1-based. Columns count UTF-16 code units (QString indices) + 1, which is what
// Prisma's language server and `prisma-schema-wasm` lint report; Prisma's own text renderer counts
// bytes instead, which only differs on lines with non-ASCII text before the position.
class SourceFile
{
public:
    struct Position {
        int line = 1;
        int column = 1;
        bool operator==(const Position &) const = default;
    };

    SourceFile() = default;
    SourceFile(QString path, QString text);

    // The name diagnostics print after "-->" (as given when loading, e.g. "prisma/schema.prisma").
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &text() const { return m_text; }

    [[nodiscard]] int lineCount() const { return static_cast<int>(m_lineStarts.size()); }
    // Offset of the first character of a 1-based line (clamped to the file).
    [[nodiscard]] int lineStart(int line) const;
    // Offset just before the newline characters ending the 1-based line.
    [[nodiscard]] int lineEnd(int line) const;
    // Text of the 1-based line without its newline characters.
    [[nodiscard]] QStringView lineText(int line) const;
    // 1-based line containing the offset (offsets past the end map onto the last line).
    [[nodiscard]] int lineAt(int offset) const;
    [[nodiscard]] Position position(int offset) const;
    // Inverse of position(); nullopt when the line does not exist. Columns past the line end clamp.
    [[nodiscard]] std::optional<int> offset(Position position) const;

private:
    QString m_path;
    QString m_text;
    std::vector<int> m_lineStarts{0};
};

// The files that form one schema (a single file, or every .prisma file of a folder).
class SourceSet
{
public:
    FileId add(SourceFile file);
    FileId add(QString path, QString text) { return add(SourceFile(std::move(path), std::move(text))); }

    [[nodiscard]] const SourceFile &file(FileId id) const { return m_files.at(static_cast<size_t>(id.index)); }
    [[nodiscard]] const std::vector<SourceFile> &files() const { return m_files; }
    [[nodiscard]] int size() const { return static_cast<int>(m_files.size()); }
    [[nodiscard]] bool isEmpty() const { return m_files.empty(); }
    [[nodiscard]] std::optional<FileId> findByPath(QStringView path) const;
    // The text a span covers, or an empty view when the span does not fit its file.
    [[nodiscard]] QStringView text(const Span &span) const;

private:
    std::vector<SourceFile> m_files;
};

} // namespace facet::schema
