// SPDX-License-Identifier: MIT
#include "SchemaLoader.h"

#include "DiagnosticCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

std::expected<QString, LoadError> readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(LoadError{LoadError::Kind::Unreadable, path, catalog::fileUnreadable(path, file.errorString())});
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(LoadError{LoadError::Kind::Unreadable, path, catalog::fileUnreadable(path, file.errorString())});
    // The default flags drop a leading BOM; a stateless decoder reports any invalid sequence.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::unexpected(LoadError{LoadError::Kind::InvalidUtf8, path, catalog::invalidUtf8(path)});
    return text;
}

} // namespace

std::expected<SourceSet, LoadError> loadSchemaPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(LoadError{LoadError::Kind::NotFound, path, catalog::pathNotFound(path)});

    SourceSet sources;
    if (!info.isDir()) {
        auto text = readUtf8(path);
        if (!text)
            return std::unexpected(text.error());
        sources.add(path, std::move(*text));
        return sources;
    }

    const QDir root(path);
    QStringList relativePaths;
    QSet<QString> seenCanonical; // a symlinked file or folder must not add the same file twice
    QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (!entry.fileName().endsWith(u".prisma"_s))
            continue;
        const QString canonical = entry.canonicalFilePath();
        if (!canonical.isEmpty() && seenCanonical.contains(canonical))
            continue;
        seenCanonical.insert(canonical);
        relativePaths.append(root.relativeFilePath(entry.filePath()));
    }
    if (relativePaths.isEmpty())
        return std::unexpected(LoadError{LoadError::Kind::NoSchemaFiles, path, catalog::noSchemaFiles(path)});

    std::sort(relativePaths.begin(), relativePaths.end());
    for (const QString &relative : std::as_const(relativePaths)) {
        const QString display = QDir::cleanPath(path + u'/' + relative);
        auto text = readUtf8(display);
        if (!text)
            return std::unexpected(text.error());
        sources.add(display, std::move(*text));
    }
    return sources;
}

} // namespace facet::schema
