// SPDX-License-Identifier: MIT
// The parallel parse (models/schema/ParallelParse.h) must give exactly what the sequential parse gives:
// every item with every span, name, documentation and attribute, and every diagnostic in the same order.
// Each case parses the same sources both ways and compares a complete dump of the AST and diagnostics;
// the resolved schema (datamodel JSON) and the validation diagnostics are compared too.
#include "ParallelParse.h"
#include "ParsedSchema.h"
#include "Parser.h"
#include "ResolvedSchema.h"
#include "ResolvedSchemaJson.h"
#include "TopLevelSplitter.h"

#include "../../bench/GeneratedSchema.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QString spanText(const Span &span)
{
    return u"%1:%2-%3"_s.arg(span.file.index).arg(span.start).arg(span.end);
}

QString optionalText(const std::optional<QString> &text)
{
    return text ? u"\"%1\""_s.arg(*text) : u"-"_s;
}

void dumpExpression(QString &out, const Expression &expression);

void dumpArguments(QString &out, const ArgumentsList &list)
{
    out += u"("_s + spanText(list.span);
    for (const Argument &argument : list.arguments) {
        out += u" "_s + (argument.name ? argument.name->name + u"@"_s + spanText(argument.name->span) : u"_"_s)
            + u"="_s;
        dumpExpression(out, argument.value);
        out += u"@"_s + spanText(argument.span);
    }
    for (const Identifier &empty : list.emptyArguments)
        out += u" empty:"_s + empty.name + u"@"_s + spanText(empty.span);
    if (list.trailingComma)
        out += u" trailing@"_s + spanText(*list.trailingComma);
    out += u")"_s;
}

void dumpExpression(QString &out, const Expression &expression)
{
    out += u"{%1 \"%2\" %3 %4"_s.arg(int(expression.kind)).arg(expression.text, spanText(expression.span),
                                                                 spanText(expression.nameSpan));
    dumpArguments(out, expression.arguments());
    for (const Expression &element : expression.elements())
        dumpExpression(out, element);
    out += u"}"_s;
}

void dumpAttributes(QString &out, const std::vector<Attribute> &attributes)
{
    for (const Attribute &attribute : attributes) {
        out += u"  @"_s + attribute.name.name + u" "_s + spanText(attribute.name.span) + u" "_s
            + spanText(attribute.span) + (attribute.hasArguments ? u" args"_s : u""_s);
        dumpArguments(out, attribute.arguments);
        out += u"\n"_s;
    }
}

QString dumpAst(const SchemaAst &ast)
{
    QString out;
    for (const Top &top : ast.tops) {
        out += u"top file %1\n"_s.arg(top.file.index);
        if (const Model *model = top.model()) {
            out += u"model %1 %2 %3 %4 %5 closed=%6 doc=%7\n"_s.arg(int(model->kind))
                       .arg(model->name.name, spanText(model->name.span), spanText(model->span),
                            spanText(model->innerSpan))
                       .arg(model->closed)
                       .arg(optionalText(model->documentation));
            for (const Field &field : model->fields) {
                out += u" field %1 %2 type %3 %4 %5 %6 arity %7 %8 doc=%9\n"_s.arg(field.name.name, spanText(field.name.span))
                           .arg(int(field.type.kind))
                           .arg(field.type.name, spanText(field.type.span), spanText(field.typeSpan))
                           .arg(int(field.arity))
                           .arg(spanText(field.span), optionalText(field.documentation));
                dumpAttributes(out, field.attributes);
            }
            dumpAttributes(out, model->attributes);
        } else if (const Enum *enumeration = top.enumeration()) {
            out += u"enum %1 %2 %3 %4 closed=%5 doc=%6\n"_s
                       .arg(enumeration->name.name, spanText(enumeration->name.span), spanText(enumeration->span),
                            spanText(enumeration->innerSpan))
                       .arg(enumeration->closed)
                       .arg(optionalText(enumeration->documentation));
            for (const EnumValue &value : enumeration->values) {
                out += u" value %1 %2 %3 doc=%4\n"_s.arg(value.name.name, spanText(value.name.span),
                                                         spanText(value.span), optionalText(value.documentation));
                dumpAttributes(out, value.attributes);
            }
            dumpAttributes(out, enumeration->attributes);
        } else if (const ConfigBlock *block = top.config()) {
            out += u"config %1 %2 %3 %4 %5 closed=%6 doc=%7\n"_s.arg(int(block->kind))
                       .arg(block->name.name, spanText(block->name.span), spanText(block->span),
                            spanText(block->innerSpan))
                       .arg(block->closed)
                       .arg(optionalText(block->documentation));
            for (const ConfigProperty &property : block->properties) {
                out += u" property %1 %2 %3 "_s.arg(property.name.name, spanText(property.name.span),
                                                    spanText(property.span));
                if (property.value)
                    dumpExpression(out, *property.value);
                out += u"\n"_s;
            }
        } else if (const TypeAlias *alias = top.typeAlias()) {
            out += u"alias %1 %2 %3 %4 %5\n"_s.arg(alias->name.name, spanText(alias->name.span), alias->base.name,
                                                  spanText(alias->base.span), spanText(alias->span));
            dumpAttributes(out, alias->attributes);
        }
    }
    return out;
}

QString dumpDiagnostics(const Diagnostics &diagnostics)
{
    QString out;
    for (const auto *list : {&diagnostics.errors(), &diagnostics.warnings()}) {
        for (const Diagnostic &diagnostic : *list)
            out += u"%1 %2 %3\n"_s.arg(int(diagnostic.severity)).arg(spanText(diagnostic.span), diagnostic.message);
        out += u"--\n"_s;
    }
    return out;
}

// Parses (and validates) the sources sequentially and with several thread counts; all must agree.
void compareBothWays(const SourceSet &sources)
{
    const ParsedSchema sequential = parseSchema(sources, ParseOptions{1});
    const QString ast = dumpAst(sequential.ast);
    const QString diagnostics = dumpDiagnostics(sequential.diagnostics);
    QVERIFY(!ast.isEmpty());
    for (int threads : {2, 3, 8}) {
        const ParsedSchema parallel = parseSchema(sources, ParseOptions{threads});
        QCOMPARE(dumpAst(parallel.ast), ast);
        QCOMPARE(dumpDiagnostics(parallel.diagnostics), diagnostics);
    }
    const ValidatedSchema validatedSequential = validateSchema(sources, ParseOptions{1});
    const ValidatedSchema validatedParallel = validateSchema(sources, ParseOptions{4});
    QCOMPARE(dumpDiagnostics(validatedParallel.diagnostics), dumpDiagnostics(validatedSequential.diagnostics));
    QCOMPARE(QJsonDocument(datamodelJson(validatedParallel.resolved)).toJson(),
             QJsonDocument(datamodelJson(validatedSequential.resolved)).toJson());
}

SourceSet oneFile(const QString &text)
{
    SourceSet sources;
    sources.add(u"schema.prisma"_s, text);
    return sources;
}

QString generated(int models)
{
    return QString::fromStdString(facet::bench::generatedSchema(models));
}

// A generated schema of 150 models (about 130 KB, so it is cut) with `snippet` put in after model 75.
QString withSnippetInTheMiddle(const QString &snippet)
{
    QString text = generated(150);
    const qsizetype at = text.indexOf(u"\n/// Model number 75."_s);
    Q_ASSERT(at > 0);
    text.insert(at, snippet);
    return text;
}

} // namespace

// Text replacements applied to a generated schema, in order.
using Replacements = QList<std::pair<QString, QString>>;

class TstParallelParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedSchemaBothWays()
    {
        compareBothWays(oneFile(generated(1000)));
    }

    // The cuts of a clean schema are all confirmed by the parser (otherwise the parallel parse would
    // always fall back, silently): each stretch ends exactly where the next one starts.
    void cutsOfACleanSchemaAreConfirmed()
    {
        const SourceSet sources = oneFile(generated(1000));
        const SourceFile &file = sources.file(FileId{0});
        const std::vector<int> cuts = topLevelCuts(file.text(), 64 * 1024);
        QVERIFY(cuts.size() >= 10);
        int start = 0;
        for (int cut : cuts) {
            QCOMPARE(file.text().at(cut - 1), u'}');
            Diagnostics diagnostics;
            Parser parser(file, FileId{0}, diagnostics);
            const Parser::Chunk chunk = parser.parseChunk(start, cut);
            QCOMPARE(chunk.end, cut);
            QVERIFY(!chunk.docPending);
            QVERIFY(diagnostics.isEmpty());
            start = cut;
        }
    }

    // The splitter only looks at "}" that start a line, the first one past every target size; it does not
    // read the text between them (the parser confirms the cuts).
    void splitterOffersBracesThatStartALine()
    {
        const QString text = u"model A {\n  a String @default(\"}\") // }\n  /* } */\n}\nmodel B {\n}\r}\nenum C {\n  X\n}\n"_s;
        const std::vector<int> cuts = topLevelCuts(text, 1);
        QCOMPARE(cuts.size(), size_t(4)); // after A, B, the stray "}" after a lone CR, and C
        QVERIFY(text.mid(cuts[0]).startsWith(u"\nmodel B"_s));
        QVERIFY(text.mid(cuts[1]).startsWith(u"\r}"_s));
        QVERIFY(text.mid(cuts[2]).startsWith(u"\nenum C"_s));
        QCOMPARE(cuts[3], text.size() - 1);
        // Never at the very end (an empty last stretch), never after a "}" inside a line.
        QVERIFY(topLevelCuts(u"model A {\n}"_s, 1).empty());
        QVERIFY(topLevelCuts(u"model A {\n  id Int }\n"_s, 1).empty());
        QVERIFY(topLevelCuts(u"}"_s, 1).empty());
        QVERIFY(topLevelCuts(QString(), 1).empty());
    }

    void splitterKeepsStretchesAtLeastTheTargetSize()
    {
        const QString text = generated(1000);
        const int target = 10000;
        const std::vector<int> cuts = topLevelCuts(text, target);
        QVERIFY(cuts.size() >= 50);
        int start = 0;
        for (int cut : cuts) {
            QVERIFY(cut - start >= target);
            QCOMPARE(text.at(cut - 1), u'}');
            start = cut;
        }
        QVERIFY(start < text.size());
    }

    // A "}" at the start of a line inside a block comment looks like a block end to the splitter: the parser
    // does not confirm those cuts and the file is parsed again in one piece, with the same result.
    void unconfirmedCutsFallBackToOnePiece()
    {
        QString comment = u"/*\n"_s;
        for (int i = 0; i < 30000; ++i)
            comment += u"}\n"_s;
        comment += u"*/\n"_s;
        const QString text = comment + generated(150);
        const std::vector<int> cuts = topLevelCuts(text, 32 * 1024);
        QVERIFY(!cuts.empty());
        QVERIFY(cuts.front() < comment.size()); // the first cut is inside the comment
        compareBothWays(oneFile(text));
        compareBothWays(oneFile(generated(150) + comment));
    }

    // Odd text at a cut or inside a stretch: the result must not change, whether the parser confirms
    // the cuts or the file falls back to one piece.
    void trickyTextBothWays_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::newRow("comment after a closing brace") << u"\nmodel Tricky {\n  id Int @id\n} // end\n/// doc\n"_s;
        QTest::newRow("doc comment then blank line") << u"\n/// floating\n\nmodel Tricky {\n  id Int @id\n}\n"_s;
        QTest::newRow("braces in strings") << u"\nmodel Tricky {\n  id Int @id\n  a String @default(\"}{\\\"}\")\n}\n"_s;
        QTest::newRow("braces in comments") << u"\nmodel Tricky {\n  id Int @id // }\n  /* }\n  } */\n}\n"_s;
        QTest::newRow("brace in an invalid line") << u"\nmodel Tricky {\n  id Int @id\n  what } ever\n}\n"_s;
        QTest::newRow("stray closing brace") << u"\n}\n"_s;
        QTest::newRow("unclosed block") << u"\nmodel Tricky {\n  id Int @id\n"_s;
        QTest::newRow("unterminated string") << u"\nmodel Tricky {\n  a String @default(\"oops)\n}\n"_s;
        QTest::newRow("arbitrary block") << u"\nsomething {\n  whatever\n}\n"_s;
        QTest::newRow("item right after a brace") << u"\nmodel Tricky {\n  id Int @id\n}model After {\n  id Int @id\n}\n"_s;
        QTest::newRow("NUL and replacement characters") << u"\nmodel Tricky {\n  id Int @id \0 \uFFFD\n}\n"_s;
        QTest::newRow("CRLF and lone CR") << u"\r\nmodel Tricky {\r\n  id Int @id\r}\r\n"_s;
        QTest::newRow("type alias") << u"\ntype Alias = String @default(\"}\")\n"_s;
        QTest::newRow("deep nesting") << u"\nmodel Tricky {\n  a Int @default("_s + QString(300, u'[') + u")\n}\n"_s;
    }

    void trickyTextBothWays()
    {
        QFETCH(QString, snippet);
        compareBothWays(oneFile(withSnippetInTheMiddle(snippet)));
        // The same text at the very start and the very end of the file.
        compareBothWays(oneFile(snippet + generated(150)));
        compareBothWays(oneFile(generated(150) + snippet));
    }

    // Random damage to braces, quotes, slashes and line breaks all over a schema: both ways must agree.
    void damagedSchemasBothWays()
    {
        QRandomGenerator random(20261126); // fixed: a failure can be replayed
        const QString clean = generated(120);
        const QString damage = u"{}\"/\n\\*"_s;
        for (int round = 0; round < 16; ++round) {
            QString text = clean;
            const int edits = 1 + int(random.bounded(4));
            for (int i = 0; i < edits; ++i) {
                const qsizetype at = random.bounded(int(text.size()));
                if (random.bounded(2) == 0)
                    text.remove(at, 1);
                else
                    text.insert(at, damage.at(random.bounded(int(damage.size()))));
            }
            compareBothWays(oneFile(text));
            if (QTest::currentTestFailed())
                qWarning() << "damage round" << round;
        }
    }

    // Errors in every block of a generated schema, from each stage that runs groups of blocks on threads: the same
    // errors in the same order as from one loop. Each row replaces text of the generated schema.
    void errorsInEveryBlockBothWays_data()
    {
        QTest::addColumn<Replacements>("replacements");
        QTest::addColumn<int>("minimumErrors");
        // Resolve (attributes pass): unknown attributes, arguments where none are taken, unknown index fields.
        QTest::newRow("resolve") << Replacements{
            {u"@db.Uuid"_s, u"@db.Uuid @unknown(1)"_s},
            {u"@updatedAt"_s, u"@updatedAt(now())"_s},
            {u"@@index("_s, u"@@index(nope, "_s}} << 600;
        // Attribute checks, some reported where Prisma was visiting rather than at their span (order anchors): the
        // anchors of each group must still name the right error once the groups' lists are joined.
        QTest::newRow("attribute checks") << Replacements{
            {u"version   Int      @default(0)"_s, u"version   Int      @id @default(0)"_s},
            {u"counter   BigInt   @default(0)"_s, u"counter   BigInt   @default(\"zero\")"_s}} << 400;
        // The validation pipeline (no earlier error, so it runs): native type arguments, index names clashing
        // across models, unknown default functions.
        QTest::newRow("pipeline") << Replacements{
            {u"@db.VarChar(200)"_s, u"@db.VarChar(200, 4)"_s},
            {u"@@index([title, createdAt])"_s, u"@@index([title, createdAt], map: \"same_name\")"_s},
            {u"@default(now())"_s, u"@default(later())"_s}} << 600;
    }

    void errorsInEveryBlockBothWays()
    {
        QFETCH(Replacements, replacements);
        QFETCH(int, minimumErrors);
        QString text = generated(200);
        for (const auto &[from, to] : replacements)
            text.replace(from, to);
        const SourceSet sources = oneFile(text);
        QVERIFY(validateSchema(sources, ParseOptions{1}).diagnostics.errors().size() >= size_t(minimumErrors));
        compareBothWays(sources);
    }

    // Ambiguous relations in every model (pass 4 finds them per model, on threads for large schemas).
    void relationAmbiguitiesInEveryModelBothWays()
    {
        // Without relation names, each model's two relation fields to its neighbour cannot be told apart. Prisma
        // stops at the first ambiguous field, so the one error must be the first model's whatever the threads.
        QString text = generated(200);
        text.replace(QRegularExpression(u"@relation\\(\"[A-Za-z0-9]+\"\\)"_s), QString());
        text.replace(QRegularExpression(u"@relation\\(\"[A-Za-z0-9]+\", "_s), u"@relation("_s);
        const SourceSet sources = oneFile(text);
        const ValidatedSchema sequential = validateSchema(sources, ParseOptions{1});
        QCOMPARE(sequential.diagnostics.errors().size(), size_t(1));
        QVERIFY(sequential.diagnostics.errors().front().message.contains(u"Ambiguous relation detected"_s));
        QVERIFY(sequential.diagnostics.errors().front().message.contains(u"model `Model0`"_s));
        compareBothWays(sources);
    }

    // Relation errors (validateRelations, the pipeline's last step, runs beside the model checks on large clean
    // schemas): alone, and after model check errors, when its early report must be dropped and it runs again.
    void relationErrorsBothWays()
    {
        QString text = generated(200);
        text.replace(u"references: [id]"_s, u"references: [title]"_s);
        SourceSet sources = oneFile(text);
        QVERIFY(validateSchema(sources, ParseOptions{1}).diagnostics.errors().size() >= 199);
        compareBothWays(sources);

        // A one-to-one relation whose back side is required: Prisma reports it only on an otherwise clean schema.
        const QString oneToOne = u"model OneA {\n  id Int @id\n  b  OneB\n}\n"
                                 u"model OneB {\n  id  Int  @id\n  aId Int  @unique\n"
                                 u"  a   OneA @relation(fields: [aId], references: [id])\n}\n"_s;
        const auto backSideRequired = [](const ValidatedSchema &validated) {
            return std::ranges::count_if(validated.diagnostics.errors(), [](const Diagnostic &d) {
                return d.message.contains(u"OneA"_s) && d.message.contains(u"required"_s);
            });
        };
        sources = oneFile(generated(200) + oneToOne);
        QCOMPARE(backSideRequired(validateSchema(sources, ParseOptions{1})), 1);
        QCOMPARE(backSideRequired(validateSchema(sources, ParseOptions{4})), 1);
        compareBothWays(sources);

        sources = oneFile(generated(200).replace(u"@db.VarChar(200)"_s, u"@db.VarChar(200, 4)"_s) + oneToOne);
        QVERIFY(validateSchema(sources, ParseOptions{1}).diagnostics.errors().size() >= 200);
        QCOMPARE(backSideRequired(validateSchema(sources, ParseOptions{1})), 0);
        QCOMPARE(backSideRequired(validateSchema(sources, ParseOptions{4})), 0);
        compareBothWays(sources);
    }

    // A folder: files of every size, parsed in parallel and cut, joined in file order.
    void severalFilesBothWays()
    {
        SourceSet sources;
        sources.add(u"a.prisma"_s, generated(150));
        sources.add(u"b.prisma"_s, u"model Small {\n  id Int @id\n}\n"_s);
        sources.add(u"c.prisma"_s, withSnippetInTheMiddle(u"\nmodel Tricky {\n  what } ever\n}\n"_s));
        sources.add(u"d.prisma"_s, u"/// dangling doc"_s);
        sources.add(u"e.prisma"_s, generated(200).replace(u"Model"_s, u"Other"_s));
        compareBothWays(sources);
    }

    void threadCountFollowsTheRequestThenTheEnvironment()
    {
        QCOMPARE(parseThreadCount(3), 3);
        qputenv("FACET_SCHEMA_THREADS", "1");
        QCOMPARE(parseThreadCount(0), 1);
        qputenv("FACET_SCHEMA_THREADS", "5");
        QCOMPARE(parseThreadCount(0), 5);
        QCOMPARE(parseThreadCount(2), 2);
        qunsetenv("FACET_SCHEMA_THREADS");
        QVERIFY(parseThreadCount(0) >= 1);
    }
};

QTEST_GUILESS_MAIN(TstParallelParse)
#include "tst_parallel_parse.moc"
