// SPDX-License-Identifier: MIT
// Real-world schemas (../shared/corpus) parse without a single error, and concrete facts hold.
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
#include "SchemaLoader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QString corpusDir()
{
    const QString shared = qEnvironmentVariable("FACET_SHARED");
    if (!shared.isEmpty())
        return shared + u"/corpus"_s;
    return qEnvironmentVariable("FACET_SOURCE_DIR") + u"/../shared/corpus"_s;
}

ParsedSchema load(const QString &relative)
{
    const auto sources = loadSchemaPath(corpusDir() + u'/' + relative);
    if (!sources)
        qFatal("%s", qPrintable(sources.error().message));
    return parseSchema(*sources);
}

} // namespace

class TstCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(corpusDir()).exists())
            QSKIP(qPrintable(u"corpus not found at "_s + corpusDir() + u" (set FACET_SHARED)"_s));
    }

    void parsesWithoutErrors_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *name : {"epic-stack.prisma", "documenso.prisma", "umami.prisma", "trigger.dev-database.prisma",
                                 "trigger.dev-run-ops.prisma", "dub"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void parsesWithoutErrors()
    {
        QFETCH(QString, path);
        const ParsedSchema parsed = load(path);
        QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(renderDiagnostics(parsed.diagnostics, parsed.sources)));
        QVERIFY(!parsed.ast.models().empty());
    }

    void demoSchemaParses()
    {
        const auto sources = loadSchemaPath(qEnvironmentVariable("FACET_SOURCE_DIR") + u"/resources/demo/schema.prisma"_s);
        QVERIFY(sources.has_value());
        const ParsedSchema parsed = parseSchema(*sources);
        QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(renderDiagnostics(parsed.diagnostics, parsed.sources)));
        QCOMPARE(parsed.ast.datasources().size(), size_t(1));
    }

    void epicStackFacts()
    {
        const ParsedSchema parsed = load(u"epic-stack.prisma"_s);
        QCOMPARE(parsed.ast.models().size(), size_t(11));
        QCOMPARE(parsed.ast.enums().size(), size_t(0));
        const Model *note = parsed.ast.findModel(u"Note");
        QVERIFY(note);
        const Field *owner = note->field(u"owner");
        QVERIFY(owner);
        QCOMPARE(owner->type.name, u"User"_s);
        const Attribute *relation = owner->attribute(u"relation");
        QVERIFY(relation);
        QCOMPARE(relation->argument(u"onDelete")->value.asConstant(), std::optional<QString>(u"Cascade"_s));
        QCOMPARE(relation->arguments.named(u"fields")->value.elements().front().text, u"ownerId"_s);
        const Field *id = note->field(u"id");
        QCOMPARE(id->attribute(u"default")->argument(u"value")->value.text, u"cuid"_s);
        QVERIFY(note->blockAttribute(u"index"));
    }

    void dubIsOneSchemaOfManyFiles()
    {
        const auto sources = loadSchemaPath(corpusDir() + u"/dub"_s);
        QVERIFY(sources.has_value());
        QCOMPARE(sources->size(), 37);
        const ParsedSchema parsed = parseSchema(*sources);
        QCOMPARE(parsed.ast.datasources().size(), size_t(1));
        const ConfigBlock *db = parsed.ast.datasources().front();
        QCOMPARE(db->property(u"relationMode")->value->asString(), std::optional<QString>(u"prisma"_s));
        QVERIFY(parsed.sources.file(db->span.file).path().endsWith(u"dub/schema.prisma"_s));
        const Model *user = parsed.ast.findModel(u"User");
        QVERIFY(user);
        QCOMPARE(user->field(u"name")->arity, FieldArity::Optional);
        QCOMPARE(user->field(u"accounts")->arity, FieldArity::List);
        QCOMPARE(user->field(u"defaultWorkspace")->documentation, std::nullopt); // `//` is not documentation
        // `@@index(sentMail)`: a bare field where a list is expected.
        QCOMPARE(user->blockAttributes(u"index").front()->arguments.positional(0)->value.asConstant(),
                 std::optional<QString>(u"sentMail"_s));
        const Field *token = parsed.ast.findModel(u"Account")->field(u"refresh_token");
        QVERIFY(token->attribute(u"db.Text"));
        int files = 0;
        for (int i = 0; i < parsed.sources.size(); ++i)
            files += parsed.sources.file(FileId{i}).path().endsWith(u".prisma"_s) ? 1 : 0;
        QCOMPARE(files, 37);
    }

    void documensoFacts()
    {
        const ParsedSchema parsed = load(u"documenso.prisma"_s);
        QCOMPARE(parsed.ast.models().size(), size_t(51));
        QCOMPARE(parsed.ast.enums().size(), size_t(30));
        QCOMPARE(parsed.ast.generators().size(), size_t(4));
        const ConfigBlock *db = parsed.ast.datasources().front();
        QCOMPARE(db->property(u"directUrl")->value->text, u"env"_s);
    }
};

QTEST_GUILESS_MAIN(TstCorpus)
#include "tst_corpus.moc"
