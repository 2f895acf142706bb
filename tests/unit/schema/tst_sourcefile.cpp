// SPDX-License-Identifier: MIT
// SourceFile line/column math, SourceSet, loadSchemaPath and the diagnostic renderer's layout.
#include "DiagnosticCatalog.h"
#include "DiagnosticRenderer.h"
#include "SchemaLoader.h"
#include "SourceFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {
void writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

class TstSourceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionCountsEveryNewlineForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QString mixed = u"ab\ncd\r\nef\rgh"_s;
        QTest::newRow("start") << mixed << 0 << 1 << 1;
        QTest::newRow("before \\n") << mixed << 2 << 1 << 3;
        QTest::newRow("after \\n") << mixed << 3 << 2 << 1;
        QTest::newRow("at \\r of \\r\\n") << mixed << 5 << 2 << 3;
        QTest::newRow("at \\n of \\r\\n") << mixed << 6 << 2 << 4;
        QTest::newRow("after \\r\\n") << mixed << 7 << 3 << 1;
        QTest::newRow("after lone \\r") << mixed << 10 << 4 << 1;
        QTest::newRow("end of file") << mixed << 12 << 4 << 3;
        QTest::newRow("past the end clamps") << mixed << 99 << 4 << 3;
        QTest::newRow("empty file") << QString() << 0 << 1 << 1;
        QTest::newRow("after final newline") << u"a\n"_s << 2 << 2 << 1;
        // Columns are UTF-16 code units, as Prisma's language server reports them.
        QTest::newRow("emoji is two columns") << u"😀x"_s << 2 << 1 << 3;
    }
    void positionCountsEveryNewlineForm()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const SourceFile file(u"s.prisma"_s, text);
        QCOMPARE(file.position(offset), (SourceFile::Position{line, column}));
    }

    void linesAndOffsetsRoundTrip()
    {
        const SourceFile file(u"s.prisma"_s, u"ab\r\ncd\n\nlast"_s);
        QCOMPARE(file.lineCount(), 4);
        QCOMPARE(file.lineText(1), u"ab");
        QCOMPARE(file.lineText(2), u"cd");
        QCOMPARE(file.lineText(3), u"");
        QCOMPARE(file.lineText(4), u"last");
        for (int offset = 0; offset <= file.text().size(); ++offset) {
            const auto position = file.position(offset);
            const auto back = file.offset(position);
            QVERIFY(back.has_value());
            // Offsets inside a "\r\n" map to the line end, everything else round-trips exactly.
            QVERIFY2(*back == offset || file.text().at(offset - 1) == u'\r', qPrintable(QString::number(offset)));
        }
        QCOMPARE(file.offset({5, 1}), std::nullopt);
        QCOMPARE(file.offset({2, 99}), std::optional<int>(6));
    }

    void sourceSetFindsFilesAndSpanText()
    {
        SourceSet set;
        const FileId a = set.add(u"a.prisma"_s, u"model A {}"_s);
        const FileId b = set.add(u"b.prisma"_s, u"enum B {}"_s);
        QCOMPARE(a.index, 0);
        QCOMPARE(b.index, 1);
        QCOMPARE(set.findByPath(u"b.prisma"), std::optional<FileId>(b));
        QCOMPARE(set.findByPath(u"c.prisma"), std::nullopt);
        QCOMPARE(set.text(Span{b, 5, 6}), u"B");
        QVERIFY(set.text(Span{b, 5, 99}).isEmpty());
    }

    void loadsSingleFileWithBomAndKeepsPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"schema.txt"_s);
        writeBytes(path, QByteArray("\xEF\xBB\xBFmodel A {\n}\n"));
        const auto loaded = loadSchemaPath(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->size(), 1);
        QCOMPARE(loaded->files().front().path(), path);
        QCOMPARE(loaded->files().front().text(), u"model A {\n}\n"_s);
    }

    void loadsFolderRecursivelySorted()
    {
        QTemporaryDir dir;
        writeBytes(dir.filePath(u"b.prisma"_s), "// b\n");
        writeBytes(dir.filePath(u"a.prisma"_s), "// a\n");
        writeBytes(dir.filePath(u"sub/c.prisma"_s), "// c\n");
        writeBytes(dir.filePath(u"notes.txt"_s), "not a schema\n");
        writeBytes(dir.filePath(u"upper.PRISMA"_s), "// extension is case-sensitive, as in Prisma\n");
        const auto loaded = loadSchemaPath(dir.path());
        QVERIFY(loaded.has_value());
        QStringList names;
        for (const SourceFile &file : loaded->files())
            names.append(QDir(dir.path()).relativeFilePath(file.path()));
        QCOMPARE(names, (QStringList{u"a.prisma"_s, u"b.prisma"_s, u"sub/c.prisma"_s}));
    }

    void loadErrorsNameThePath()
    {
        QTemporaryDir dir;
        const auto missing = loadSchemaPath(dir.filePath(u"nope.prisma"_s));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().kind, LoadError::Kind::NotFound);
        QVERIFY(missing.error().message.contains(u"nope.prisma"_s));

        QDir(dir.path()).mkpath(u"empty"_s);
        writeBytes(dir.filePath(u"empty/readme.md"_s), "x");
        const auto empty = loadSchemaPath(dir.filePath(u"empty"_s));
        QVERIFY(!empty.has_value());
        QCOMPARE(empty.error().kind, LoadError::Kind::NoSchemaFiles);
        QCOMPARE(empty.error().message, catalog::noSchemaFiles(dir.filePath(u"empty"_s)));

        writeBytes(dir.filePath(u"bad/ok.prisma"_s), "// fine\n");
        writeBytes(dir.filePath(u"bad/latin1.prisma"_s), "// caf\xE9\n");
        const auto invalid = loadSchemaPath(dir.filePath(u"bad"_s));
        QVERIFY(!invalid.has_value());
        QCOMPARE(invalid.error().kind, LoadError::Kind::InvalidUtf8);
        QVERIFY(invalid.error().message.contains(u"latin1.prisma"_s));
    }

    void unreadableFileIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: file permissions do not stop reading");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.prisma"_s);
        writeBytes(path, "// x\n");
        QFile::setPermissions(path, QFileDevice::Permissions());
        const auto loaded = loadSchemaPath(path);
        QVERIFY(!loaded.has_value());
        QCOMPARE(loaded.error().kind, LoadError::Kind::Unreadable);
    }

    void rendersCaretForEmptySpan()
    {
        SourceSet set;
        const FileId id = set.add(u"schema.prisma"_s, u"model A {\n  id Int\n}\n"_s);
        const Diagnostic diagnostic = catalog::parserError(u"BLOCK_CLOSE", Span{id, 14, 14});
        QCOMPARE(renderDiagnostic(diagnostic, set),
                 u"error: Unexpected token. Expected one of: BLOCK_CLOSE\n"
                 u"  -->  schema.prisma:2\n"
                 u"   | \n"
                 u" 1 | model A {\n"
                 u" 2 |   id Int\n"
                 u"   |     ^ Unexpected token.\n"
                 u"   | \n"_s);
    }

    void rendersWarningsFirstAndColourOnRequest()
    {
        SourceSet set;
        const FileId id = set.add(u"s.prisma"_s, u"x\n"_s);
        Diagnostics diagnostics;
        diagnostics.pushError(catalog::invalidTopLevelLine(Span{id, 0, 2}));
        diagnostics.pushWarning(Diagnostic{Severity::Error, u"careful"_s, Span{id, 0, 1}});
        const QString plain = renderDiagnostics(diagnostics, set);
        QVERIFY(plain.startsWith(u"warning: careful\n"_s));
        QVERIFY(plain.contains(u"\nerror: Error validating: This line is invalid."_s));
        QVERIFY(!plain.contains(u'\x1b'));
        const QString coloured = renderDiagnostic(diagnostics.errors().front(), set, RenderOptions{true});
        QVERIFY(coloured.startsWith(u"\x1b[1;91merror\x1b[0m: \x1b[1m"_s));
        QVERIFY(coloured.contains(u"\x1b[4ms.prisma:1\x1b[0m"_s));
    }

    void rendersThreeDigitLineNumbers()
    {
        QString text;
        for (int i = 0; i < 120; ++i)
            text += u"// line\n"_s;
        SourceSet set;
        const FileId id = set.add(u"s.prisma"_s, text);
        const QString out = renderDiagnostic(Diagnostic{Severity::Error, u"m"_s, Span{id, 8 * 109, 8 * 109 + 2}}, set);
        QVERIFY2(out.contains(u"\n109 | // line\n110 | // line\n"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TstSourceFile)
#include "tst_sourcefile.moc"
