// SPDX-License-Identifier: MIT
// Hostile inputs of a size the prefix tests cannot reach: a 10 MB schema, invalid UTF-8 and NUL bytes in a
// file, 100,000-deep brackets and parentheses, strings left open at the end of the file. Each must give
// diagnostics (or a load error), never a crash or a hang. No timing is asserted: CTest's timeout catches hangs.
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
#include "SchemaLoader.h"

#include "../../bench/GeneratedSchema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

// Every diagnostic must point inside the text and render.
void checkDiagnostics(const ParsedSchema &parsed)
{
    for (const auto *list : { &parsed.diagnostics.errors(), &parsed.diagnostics.warnings() }) {
        for (const Diagnostic &diagnostic : *list) {
            const SourceFile &file = parsed.sources.file(diagnostic.span.file);
            QVERIFY(diagnostic.span.start >= 0);
            QVERIFY(diagnostic.span.start <= diagnostic.span.end);
            QVERIFY(diagnostic.span.end <= file.text().size());
        }
    }
    // Rendering everything at once is what `facet inspect` does.
    QVERIFY(parsed.diagnostics.isEmpty() || !renderDiagnostics(parsed.diagnostics, parsed.sources).isEmpty());
}

// A generated schema of `models` models with relations, enums and attributes (about 1 KB per model).
QString generatedSchema(int models)
{
    QString text = u"datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"_s;
    text += u"enum Status {\n  ACTIVE\n  INACTIVE @map(\"inactive\")\n}\n\n"_s;
    for (int i = 0; i < models; ++i) {
        const QString name = u"Model"_s + QString::number(i);
        const QString previous = u"Model"_s + QString::number(i == 0 ? models - 1 : i - 1);
        text += u"/// Model number "_s + QString::number(i) + u"\nmodel "_s + name + u" {\n"_s
            + u"  id        Int      @id @default(autoincrement())\n"_s
            + u"  uuid      String   @unique @default(uuid(7)) @db.Uuid\n"_s
            + u"  title     String   @db.VarChar(255)\n"_s + u"  amount    Decimal  @default(0) @db.Decimal(12, 2)\n"_s
            + u"  tags      String[]\n"_s + u"  status    Status   @default(ACTIVE)\n"_s + u"  data      Json?\n"_s
            + u"  createdAt DateTime @default(now()) @map(\"created_at\")\n"_s + u"  updatedAt DateTime @updatedAt\n"_s
            + u"  parentId  Int?\n"_s + u"  parent    "_s + previous + u"? @relation(\"P"_s + QString::number(i)
            + u"\", fields: [parentId], references: [id], onDelete: Cascade)\n"_s + u"  children  "_s + previous
            + u"[] @relation(\"P"_s + QString::number(i == models - 1 ? 0 : i + 1) + u"\")\n"_s
            + u"\n  @@index([title(sort: Desc), createdAt], map: \"idx_"_s + QString::number(i) + u"\")\n"_s
            + u"  @@map(\"model_"_s + QString::number(i) + u"\")\n}\n\n"_s;
    }
    return text;
}

ParsedSchema loadAndParse(const QByteArray &bytes, QString *loadError = nullptr)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"schema.prisma"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    const auto sources = loadSchemaPath(path);
    if (!sources) {
        if (loadError)
            *loadError = sources.error().message;
        return {};
    }
    return parseSchema(*sources);
}

} // namespace

class TstRobustnessLarge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tenMegabyteSchema()
    {
        QString text = generatedSchema(10);
        while (text.size() < 10 * 1024 * 1024)
            text += generatedSchema(1000).mid(200); // distinct enough, names repeat (validation's business)
        const ParsedSchema parsed = parseSchemaText(text);
        QVERIFY(parsed.ast.models().size() > 9000);
        checkDiagnostics(parsed);
    }

    // The benchmark's 1,000-model schema (valid for Prisma 7's own parser) parses without a diagnostic.
    void benchmarkSchemaParsesCleanly()
    {
        const std::string generated = facet::bench::generatedSchema(1000);
        const ParsedSchema parsed = parseSchemaText(QString::fromStdString(generated));
        QVERIFY2(
            parsed.diagnostics.isEmpty(), qPrintable(renderDiagnostics(parsed.diagnostics, parsed.sources).left(2000)));
        QCOMPARE(parsed.ast.models().size(), size_t(1000));
    }

    void tenMegabytesOfGarbage()
    {
        QByteArray bytes;
        bytes.reserve(10 * 1024 * 1024);
        quint32 state = 12345;
        const QByteArray alphabet = "model{}[]()@@\"\\ \t\n=:,.?!/*abcXYZ019";
        while (bytes.size() < 10 * 1024 * 1024) {
            state = state * 1103515245u + 12345u;
            bytes.append(alphabet.at(int((state >> 16) % quint32(alphabet.size()))));
        }
        const ParsedSchema parsed = parseSchemaText(QString::fromLatin1(bytes));
        QVERIFY(parsed.hasErrors());
        checkDiagnostics(parsed);
    }

    void invalidUtf8IsALoadError()
    {
        QString error;
        const QByteArray bytes = "model A {\n  id Int @id\n  name String @default(\"\xC3\x28\xFF\xFE\")\n}\n";
        loadAndParse(bytes, &error);
        QVERIFY2(error.contains(u"not valid UTF-8"_s), qPrintable(error));
    }

    void overlongAndSurrogateUtf8()
    {
        // An overlong "/" and an encoded surrogate are invalid UTF-8 too.
        for (const QByteArray &bytes : { QByteArray("model A {\xC0\xAF}\n"), QByteArray("model A {\xED\xA0\x80}\n") }) {
            QString error;
            loadAndParse(bytes, &error);
            QVERIFY2(error.contains(u"not valid UTF-8"_s), bytes.toHex().constData());
        }
    }

    void nulBytesInAFile()
    {
        QByteArray bytes = "model A {\n  id Int @id\n}\n";
        bytes.insert(9, QByteArray(3, '\0'));
        bytes.append(QByteArray(1000, '\0'));
        bytes.append("model B {\n  id Int @id @default(\"a\0b\")\n}\n", 40);
        const ParsedSchema parsed = loadAndParse(bytes);
        QVERIFY(parsed.hasErrors());
        checkDiagnostics(parsed);
    }

    void deepNesting_data()
    {
        QTest::addColumn<QString>("text");
        constexpr int depth = 100000;
        const QString head = u"model A {\n  id Int @default("_s;
        QTest::newRow("parentheses") << head + QString(depth, u'(') + u"\n}\n"_s;
        QTest::newRow("brackets") << head + QString(depth, u'[') + u"\n}\n"_s;
        QTest::newRow("closed brackets") << head + QString(depth, u'[') + QString(depth, u']') + u")\n}\n"_s;
        QString calls;
        for (int i = 0; i < depth; ++i)
            calls += u"f("_s;
        QTest::newRow("function calls") << head + calls + u"\n}\n"_s;
        QTest::newRow("closed function calls") << head + calls + QString(depth, u')') + u")\n}\n"_s;
        QString named;
        for (int i = 0; i < depth / 4; ++i)
            named += u"a: ["_s;
        QTest::newRow("named arguments and arrays") << head + named + u"\n}\n"_s;
        QTest::newRow("datasource value") << u"datasource db {\n  url = "_s + QString(depth, u'[') + u"\n}\n"_s;
        QTest::newRow("block attribute") << u"model A {\n  id Int\n  @@index("_s + QString(depth, u'[') + u"\n}\n"_s;
        QTest::newRow("braces") << QString(depth, u'{');
        QTest::newRow("open block comments") << QString(u"/* "_s).repeated(depth);
    }
    void deepNesting()
    {
        QFETCH(QString, text);
        const ParsedSchema parsed = parseSchemaText(text);
        QVERIFY(parsed.hasErrors());
        checkDiagnostics(parsed);
    }

    // The depth bound must not reject what real schemas write.
    void moderateNestingStillParses()
    {
        const QString text = u"model A {\n  id Int @default("_s + QString(100, u'[') + u"1"_s + QString(100, u']')
            + u")\n  b Int @default(f(g(h(1, [2, [3]]))))\n}\n"_s;
        const ParsedSchema parsed = parseSchemaText(text);
        QVERIFY2(!parsed.hasErrors(), qPrintable(renderDiagnostics(parsed.diagnostics, parsed.sources)));
        QCOMPARE(parsed.ast.models().front()->fields.size(), size_t(2));
    }

    void unterminatedAtEndOfFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("string in attribute") << u"model A {\n  id Int @default(\""_s;
        QTest::newRow("string with escape") << u"model A {\n  id String @default(\"abc\\"_s;
        QTest::newRow("unicode escape") << u"model A {\n  id String @default(\"\\u12"_s;
        QTest::newRow("string in config") << u"datasource db {\n  url = \"postgresql://"_s;
        QTest::newRow("unsupported type") << u"model A {\n  id Unsupported(\"circle"_s;
        QTest::newRow("block comment") << u"model A {\n  id Int /* open"_s;
        QTest::newRow("attribute") << u"model A {\n  id Int @"_s;
        QTest::newRow("block attribute") << u"model A {\n  @@"_s;
        QTest::newRow("argument list") << u"model A {\n  id Int @default(a:"_s;
        QTest::newRow("ten thousand open strings") << QString(10000, u'"');
    }
    void unterminatedAtEndOfFile()
    {
        QFETCH(QString, text);
        const ParsedSchema parsed = parseSchemaText(text);
        QVERIFY(parsed.hasErrors());
        checkDiagnostics(parsed);
    }
};

QTEST_GUILESS_MAIN(TstRobustnessLarge)
#include "tst_robustness_large.moc"
