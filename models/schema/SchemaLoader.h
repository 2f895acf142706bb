// SPDX-License-Identifier: MIT
#pragma once

#include "SourceFile.h"

#include <QString>

#include <expected>

namespace facet::schema {

struct LoadError {
    enum class Kind { NotFound, Unreadable, InvalidUtf8, NoSchemaFiles };
    Kind kind = Kind::NotFound;
    QString path;    // the file or folder the message names
    QString message; // one line from DiagnosticCatalog, ready to show
};

// Loads a schema the way Prisma's CLI does (prisma/prisma packages/schema-files-loader):
// - a file is loaded as the whole schema, whatever its extension;
// - a folder contributes every file whose name ends in ".prisma", in subfolders too, following
//   symlinks (each real file once). Files are sorted by their path relative to the folder
//   (ordinal comparison) so FileIds and diagnostic order are the same on every machine; Prisma
//   itself uses readdir order.
// SourceFile::path() is the path as given joined with the relative path, like Prisma's messages.
// A UTF-8 byte-order mark at the start of a file is dropped. Any unreadable or invalid-UTF-8 file
// fails the whole load, naming that file.
std::expected<SourceSet, LoadError> loadSchemaPath(const QString &path);

} // namespace facet::schema
