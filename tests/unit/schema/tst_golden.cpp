// SPDX-License-Identifier: MIT
// Golden diagnostics, in Prisma's validation-test format (psl/psl/tests/validation_tests.rs):
// each tests/data/prisma/{parser,validation}/**/*.prisma is a schema followed by the expected rendered diagnostics
// as a trailing block of "// " lines (the block is part of the parsed text, as in Prisma). A folder
// holding `expected.diagnostics` is one multi-file schema (its .prisma files, named relative to the
// folder) with the expectation in that file. FACET_UPDATE_EXPECT=1 rewrites the expectations.
// parser/ cases go through the parser only; validation/ cases through the whole facade (parse, resolve,
// validate: validateSchema), so they show what `facet inspect` and the studio show.
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QString dataRoot(const QString &suite = u"parser"_s)
{
    return qEnvironmentVariable("FACET_TEST_DATA") + u"/prisma/"_s + suite;
}

bool updating()
{
    return qEnvironmentVariableIsSet("FACET_UPDATE_EXPECT");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text.toUtf8());
}

// Offset where the trailing comment block starts (just after a "\n" followed by "//"), or -1.
qsizetype trailingCommentStart(const QString &text)
{
    qsizetype index = -1;
    for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1)) {
        const QStringView next = QStringView(text).mid(i + 1, 2);
        if (next.size() < 2)
            continue; // end of file
        if (next == u"//") {
            if (index < 0)
                index = i + 1;
        } else {
            index = -1;
        }
    }
    return index;
}

QString expectationOf(const QString &text)
{
    const qsizetype start = trailingCommentStart(text);
    if (start < 0)
        return {};
    QString out;
    const QStringList lines = text.mid(start).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        if (line.endsWith(u'\r'))
            line.chop(1);
        out += (line.startsWith(u"// "_s) ? line.mid(3) : line == u"//"_s ? QString() : line) + u'\n';
    }
    return out;
}

QString withExpectation(const QString &text, const QString &rendered)
{
    const qsizetype start = trailingCommentStart(text);
    QString out = start < 0 ? text : text.left(start);
    if (!rendered.isEmpty() && !out.endsWith(u'\n'))
        out += u'\n';
    const QStringList lines = rendered.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        out += u"// "_s + lines[i] + u'\n';
    }
    return out;
}

QString renderSingle(const QString &text, bool validate)
{
    ParsedSchema parsed = parseSchemaText(text, u"schema.prisma"_s);
    if (validate) {
        const ValidatedSchema validated = validateSchema(std::move(parsed));
        return renderDiagnostics(validated.diagnostics, validated.parsed.sources);
    }
    return renderDiagnostics(parsed.diagnostics, parsed.sources);
}

QString renderFolder(const QString &folder, bool validate)
{
    QStringList files;
    QDirIterator it(folder, {u"*.prisma"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    SourceSet sources;
    for (const QString &relative : std::as_const(files))
        sources.add(relative, readText(folder + u'/' + relative));
    ParsedSchema parsed = parseSchema(sources);
    if (validate) {
        const ValidatedSchema validated = validateSchema(std::move(parsed));
        return renderDiagnostics(validated.diagnostics, validated.parsed.sources);
    }
    return renderDiagnostics(parsed.diagnostics, parsed.sources);
}

} // namespace

class TstGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &suite : {u"parser"_s, u"validation"_s})
            QVERIFY2(QDir(dataRoot(suite)).exists(), qPrintable(u"missing golden folder "_s + dataRoot(suite)));
    }

    void diagnostics_data() { addCases(u"parser"_s, 25); }
    void diagnostics() { check(false); }

    void validation_data() { addCases(u"validation"_s, 40); }
    void validation() { check(true); }

private:
    static void addCases(const QString &suite, qsizetype minimum)
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("folder");
        QStringList cases;
        QStringList folders;
        QDirIterator it(dataRoot(suite), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            if (info.fileName() == u"expected.diagnostics"_s)
                folders.append(info.absolutePath());
            else if (info.suffix() == u"prisma"_s)
                cases.append(info.absoluteFilePath());
        }
        for (const QString &folder : std::as_const(folders))
            cases.erase(std::remove_if(cases.begin(), cases.end(),
                                       [&](const QString &c) { return c.startsWith(folder + u'/'); }),
                        cases.end());
        cases.sort();
        folders.sort();
        for (const QString &path : std::as_const(cases))
            QTest::newRow(qPrintable(QDir(dataRoot(suite)).relativeFilePath(path))) << path << false;
        for (const QString &path : std::as_const(folders))
            QTest::newRow(qPrintable(QDir(dataRoot(suite)).relativeFilePath(path))) << path << true;
        QVERIFY2(cases.size() + folders.size() >= minimum,
                 qPrintable(u"expected at least %1 golden cases in "_s.arg(minimum) + suite));
    }

    static void check(bool validate)
    {
        QFETCH(QString, path);
        QFETCH(bool, folder);
        if (folder) {
            const QString expectedPath = path + u"/expected.diagnostics"_s;
            const QString actual = renderFolder(path, validate);
            if (updating())
                writeText(expectedPath, actual);
            else
                QCOMPARE(actual, readText(expectedPath));
            return;
        }
        QString text = readText(path);
        if (updating()) {
            // The expectation is part of the parsed text, so iterate until it describes itself.
            for (int round = 0; round < 4 && renderSingle(text, validate) != expectationOf(text); ++round)
                text = withExpectation(text, renderSingle(text, validate));
            writeText(path, text);
        }
        QCOMPARE(renderSingle(text, validate), expectationOf(text));
    }
};

QTEST_GUILESS_MAIN(TstGolden)
#include "tst_golden.moc"
