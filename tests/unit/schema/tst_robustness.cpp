// SPDX-License-Identifier: MIT
// The parser terminates and never crashes on any input: every prefix of real schemas, and garbage.
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Parsing and rendering every diagnostic must work; spans must stay inside the file.
void parseAndRender(const QString &text)
{
    const ParsedSchema parsed = parseSchemaText(text);
    for (const auto *list : {&parsed.diagnostics.errors(), &parsed.diagnostics.warnings()}) {
        for (const Diagnostic &diagnostic : *list) {
            QVERIFY(diagnostic.span.start >= 0);
            QVERIFY(diagnostic.span.start <= diagnostic.span.end);
            QVERIFY(diagnostic.span.end <= text.size());
            QVERIFY(!renderDiagnostic(diagnostic, parsed.sources).isEmpty());
        }
    }
}

} // namespace

class TstRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPrefixOfSmallSchemas_data()
    {
        QTest::addColumn<QString>("path");
        const QString source = qEnvironmentVariable("FACET_SOURCE_DIR");
        QString shared = qEnvironmentVariable("FACET_SHARED");
        if (shared.isEmpty())
            shared = source + u"/../shared"_s;
        QTest::newRow("demo") << source + u"/resources/demo/schema.prisma"_s;
        QTest::newRow("epic-stack") << shared + u"/corpus/epic-stack.prisma"_s;
        QTest::newRow("dub/link") << shared + u"/corpus/dub/link.prisma"_s;
    }
    void everyPrefixOfSmallSchemas()
    {
        QFETCH(QString, path);
        const QString text = readFile(path);
        if (text.isEmpty())
            QSKIP(qPrintable(u"not found: "_s + path));
        for (qsizetype length = 0; length <= text.size(); ++length) {
            parseAndRender(text.left(length));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"failed on a prefix of length "_s + QString::number(length)));
        }
    }

    void randomGarbageAndMutations()
    {
        // Characters that matter to the grammar, so random text reaches deep into every rule.
        const QString alphabet = u"model enum type view datasource generator {}[]()@@:,=\"\\/*!?.-_ \t\r\n\u00A0aZ09"_s;
        const QString seedText = readFile(qEnvironmentVariable("FACET_SOURCE_DIR") + u"/resources/demo/schema.prisma"_s);
        QRandomGenerator random(20260101); // fixed seed: failures must be reproducible
        for (int round = 0; round < 3000; ++round) {
            QString text;
            if (round % 2 == 0 || seedText.isEmpty()) {
                const int length = random.bounded(200);
                for (int i = 0; i < length; ++i)
                    text += alphabet.at(random.bounded(int(alphabet.size())));
            } else {
                text = seedText;
                for (int edits = random.bounded(1, 8); edits > 0; --edits) {
                    const int at = random.bounded(int(text.size()) + 1);
                    if (random.bounded(2) == 0)
                        text.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    else if (at < text.size())
                        text.remove(at, random.bounded(1, 20));
                }
            }
            parseAndRender(text);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(u"failed on input: "_s + text));
        }
    }

    void pathologicalInputs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("only braces") << QString(5000, u'{');
        QTest::newRow("only closing braces") << QString(5000, u'}');
        QTest::newRow("nested parens") << u"model A {\n  id Int @default("_s + QString(3000, u'(') + u"\n}\n"_s;
        QTest::newRow("nested arrays") << u"model A {\n  id Int @default("_s + QString(3000, u'[') + u"\n}\n"_s;
        QTest::newRow("unterminated string") << u"model A {\n  id Int @default(\"abc"_s;
        QTest::newRow("lone backslash") << u"model A {\n  a String @default(\"\\"_s;
        QTest::newRow("nul characters") << QString(10, QChar(0));
        QTest::newRow("lone surrogate") << u"model A {\n  a String @default(\"\\"_s + QChar(0xD800);
        QTest::newRow("unclosed block comment") << u"/* /* /*"_s;
    }
    void pathologicalInputs()
    {
        QFETCH(QString, text);
        parseAndRender(text);
    }
};

QTEST_GUILESS_MAIN(TstRobustness)
#include "tst_robustness.moc"
