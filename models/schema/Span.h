// SPDX-License-Identifier: MIT
#pragma once

#include <compare>

namespace facet::schema {

// Index of a file inside a SourceSet. A strong type so an offset can never be passed where a file is meant.
struct FileId {
    int index = 0;
    auto operator<=>(const FileId &) const = default;
};

// Half-open range [start, end) of UTF-16 code units (QString indices) in one file of a SourceSet.
// Prisma's spans are byte offsets; Facet keeps QString indices so a span maps straight onto a
// QTextCursor and matches the UTF-16 offsets Prisma's language server reports.
struct Span {
    FileId file;
    int start = 0;
    int end = 0;

    [[nodiscard]] int length() const { return end - start; }
    [[nodiscard]] bool isEmpty() const { return end <= start; }
    [[nodiscard]] bool contains(int offset) const { return offset >= start && offset < end; }
    [[nodiscard]] bool overlaps(const Span &other) const
    {
        return file == other.file && start < other.end && other.start < end;
    }
    bool operator==(const Span &) const = default;
};

} // namespace facet::schema
