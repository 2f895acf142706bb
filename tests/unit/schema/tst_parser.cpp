// SPDX-License-Identifier: MIT
// The AST the parser builds: node kinds, arities, attributes, expressions, documentation, and that
// spans point at the exact text (so validation can underline one argument).
#include "DiagnosticRenderer.h"
#include "ParsedSchema.h"
#include "StringLiteral.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

QString textOf(const ParsedSchema &parsed, const Span &span)
{
    return parsed.sources.text(span).toString();
}

const char16_t *kSchema = uR"(/// The users.
/// Second line.
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique @db.VarChar(255) /// login name
  // plain comment, not documentation
  /// Shown in the client.
  name      String?
  tags      String[]
  raw       Unsupported("circle")?
  posts     Post[]   @relation("UserPosts", fields: [id], references: [id], onDelete: Cascade,)
  createdAt DateTime @default(now())

  @@index([email(ops: raw("gin_trgm_ops")), createdAt(sort: Desc)], type: Gin)
  @@map("users")
}

view Stats {
  count Int @unique
}

type Address {
  number Int
}

enum Role {
  /// Can do anything.
  ADMIN @map("admin") // not a doc
  USER
  @@map("roles")
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
  extensions = [pg_trgm, postgis(schema: "x", version: "3.1")]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}
)";

} // namespace

class TstParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryKindOfTopLevelItem()
    {
        const ParsedSchema parsed = parseSchemaText(QString::fromUtf16(kSchema));
        QVERIFY2(!parsed.hasErrors(), qPrintable(renderDiagnostics(parsed.diagnostics, parsed.sources)));
        QCOMPARE(parsed.ast.models().size(), size_t(1));
        QCOMPARE(parsed.ast.views().size(), size_t(1));
        QCOMPARE(parsed.ast.compositeTypes().size(), size_t(1));
        QCOMPARE(parsed.ast.enums().size(), size_t(1));
        QCOMPARE(parsed.ast.datasources().size(), size_t(1));
        QCOMPARE(parsed.ast.generators().size(), size_t(1));
        for (const Top &top : parsed.ast.tops)
            QCOMPARE(top.file.index, 0);
    }

    void fieldsKeepTypeArityAndAttributes()
    {
        const ParsedSchema parsed = parseSchemaText(QString::fromUtf16(kSchema));
        const Model *user = parsed.ast.findModel(u"User");
        QVERIFY(user);
        QCOMPARE(user->fields.size(), size_t(7));
        QCOMPARE(user->documentation, std::optional<QString>(u"The users.\nSecond line."_s));

        const Field *email = user->field(u"email");
        QVERIFY(email);
        QCOMPARE(email->type.name, u"String"_s);
        QCOMPARE(email->arity, FieldArity::Required);
        QCOMPARE(email->documentation, std::optional<QString>(u"login name"_s));
        const Attribute *varchar = email->attribute(u"db.VarChar");
        QVERIFY(varchar);
        QCOMPARE(varchar->arguments.positional(0)->value.text, u"255"_s);
        QCOMPARE(varchar->arguments.positional(0)->value.kind, Expression::Kind::Numeric);

        const Field *name = user->field(u"name");
        QCOMPARE(name->arity, FieldArity::Optional);
        QCOMPARE(name->documentation, std::optional<QString>(u"Shown in the client."_s));
        QCOMPARE(user->field(u"tags")->arity, FieldArity::List);

        const Field *raw = user->field(u"raw");
        QCOMPARE(raw->type.kind, FieldType::Kind::Unsupported);
        QCOMPARE(raw->type.name, u"circle"_s);
        QCOMPARE(raw->arity, FieldArity::Optional);
        QCOMPARE(textOf(parsed, raw->type.span), u"\"circle\""_s);
        QCOMPARE(textOf(parsed, raw->typeSpan), u"Unsupported(\"circle\")?"_s);

        const Attribute *relation = user->field(u"posts")->attribute(u"relation");
        QVERIFY(relation->arguments.trailingComma.has_value());
        QCOMPARE(relation->stringArgument(u"name"), std::optional<QString>(u"UserPosts"_s));
        QCOMPARE(relation->argument(u"onDelete")->value.asConstant(), std::optional<QString>(u"Cascade"_s));
        const Argument *fields = relation->arguments.named(u"fields");
        QVERIFY(fields && fields->value.isArray());
        QCOMPARE(fields->value.elements().front().text, u"id"_s);

        const Attribute *createdDefault = user->field(u"createdAt")->attribute(u"default");
        QVERIFY(createdDefault->argument(u"value")->value.isFunction());
        QCOMPARE(createdDefault->argument(u"value")->value.text, u"now"_s);
    }

    void blockAttributesAndIndexFieldArguments()
    {
        const ParsedSchema parsed = parseSchemaText(QString::fromUtf16(kSchema));
        const Model *user = parsed.ast.findModel(u"User");
        QCOMPARE(user->mappedName(), std::optional<QString>(u"users"_s));
        const Attribute *index = user->blockAttribute(u"index");
        QVERIFY(index);
        const Expression &fields = index->arguments.positional(0)->value;
        QCOMPARE(fields.elements().size(), size_t(2));
        const Expression &email = fields.elements()[0];
        QCOMPARE(email.kind, Expression::Kind::Function);
        QCOMPARE(email.text, u"email"_s);
        const Expression &ops = email.arguments().named(u"ops")->value;
        QCOMPARE(ops.text, u"raw"_s);
        QCOMPARE(ops.arguments().positional(0)->value.asString(), std::optional<QString>(u"gin_trgm_ops"_s));
        QCOMPARE(fields.elements()[1].arguments().named(u"sort")->value.asConstant(), std::optional<QString>(u"Desc"_s));
        QCOMPARE(index->arguments.named(u"type")->value.asConstant(), std::optional<QString>(u"Gin"_s));
    }

    void spansPointAtExactText()
    {
        const ParsedSchema parsed = parseSchemaText(QString::fromUtf16(kSchema));
        const Model *user = parsed.ast.findModel(u"User");
        const Field *posts = user->field(u"posts");
        const Attribute *relation = posts->attribute(u"relation");
        QCOMPARE(textOf(parsed, posts->name.span), u"posts"_s);
        QCOMPARE(textOf(parsed, posts->type.span), u"Post"_s);
        QCOMPARE(textOf(parsed, posts->typeSpan), u"Post[]"_s);
        QCOMPARE(textOf(parsed, relation->name.span), u"relation"_s);
        QVERIFY(textOf(parsed, relation->span).startsWith(u"@relation(\"UserPosts\""_s));
        QVERIFY(textOf(parsed, relation->span).endsWith(u"Cascade,)"_s));
        QCOMPARE(textOf(parsed, relation->arguments.positional(0)->span), u"\"UserPosts\""_s);
        QCOMPARE(textOf(parsed, relation->arguments.named(u"fields")->span), u"fields: [id]"_s);
        QCOMPARE(textOf(parsed, relation->arguments.named(u"fields")->value.span), u"[id]"_s);
        QCOMPARE(textOf(parsed, relation->arguments.named(u"onDelete")->name->span), u"onDelete"_s);
        QCOMPARE(textOf(parsed, *relation->arguments.trailingComma), u","_s);
        // Prisma's field span runs through the line break.
        QVERIFY(textOf(parsed, posts->span).startsWith(u"posts "_s));
        QVERIFY(textOf(parsed, posts->span).endsWith(u"Cascade,)\n"_s));
        QVERIFY(textOf(parsed, user->span).startsWith(u"model User {"_s));
        QVERIFY(textOf(parsed, user->span).endsWith(u"@@map(\"users\")\n}"_s));
        const Expression &ops = user->blockAttribute(u"index")->arguments.positional(0)->value.elements()[0];
        QCOMPARE(textOf(parsed, ops.span), u"email(ops: raw(\"gin_trgm_ops\"))"_s);
        QCOMPARE(textOf(parsed, ops.nameSpan), u"email"_s);
    }

    void enumsAndConfigBlocks()
    {
        const ParsedSchema parsed = parseSchemaText(QString::fromUtf16(kSchema));
        const Enum *role = parsed.ast.findEnum(u"Role");
        QVERIFY(role);
        QCOMPARE(role->values.size(), size_t(2));
        QCOMPARE(role->values[0].documentation, std::optional<QString>(u"Can do anything."_s));
        QCOMPARE(role->values[0].attribute(u"map")->stringArgument(u"name"), std::optional<QString>(u"admin"_s));
        QCOMPARE(role->values[1].documentation, std::nullopt);
        QCOMPARE(role->mappedName(), std::optional<QString>(u"roles"_s));

        const ConfigBlock *db = parsed.ast.datasources().front();
        QCOMPARE(db->name.name, u"db"_s);
        QCOMPARE(db->property(u"provider")->value->asString(), std::optional<QString>(u"postgresql"_s));
        const Expression &url = *db->property(u"url")->value;
        QCOMPARE(url.text, u"env"_s);
        QCOMPARE(url.arguments().positional(0)->value.asString(), std::optional<QString>(u"DATABASE_URL"_s));
        const Expression &extensions = *db->property(u"extensions")->value;
        QCOMPARE(extensions.elements().size(), size_t(2));
        QCOMPARE(extensions.elements()[1].arguments().named(u"version")->value.asString(), std::optional<QString>(u"3.1"_s));
        QCOMPARE(textOf(parsed, db->property(u"url")->span), u"url      = env(\"DATABASE_URL\")"_s);
    }

    void grammarQuirksMatchPrisma()
    {
        // Keywords are plain prefixes in Prisma's PEG grammar: "models {" is a model named "s".
        ParsedSchema parsed = parseSchemaText(u"models {\n  id Int @id\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.ast.models().front()->name.name, u"s"_s);
        // Implicit blanks between tokens: "String ?" is optional, "@ id" an attribute.
        parsed = parseSchemaText(u"model A {\n  id Int @ id\n  b String ?\n  c Int[] @default ([1, -2.5])\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        const Model *a = parsed.ast.findModel(u"A");
        QCOMPARE(a->field(u"b")->arity, FieldArity::Optional);
        QVERIFY(a->field(u"id")->attribute(u"id"));
        const Expression &list = a->field(u"c")->attribute(u"default")->arguments.positional(0)->value;
        QCOMPARE(list.elements()[1].text, u"-2.5"_s);
        // A single field without brackets where a list is expected (dub's @@index(userId)).
        parsed = parseSchemaText(u"model A {\n  id Int @id\n  @@index(id)\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        QCOMPARE(parsed.ast.findModel(u"A")->blockAttribute(u"index")->arguments.positional(0)->value.asConstant(),
                 std::optional<QString>(u"id"_s));
    }

    void emptyArgumentIsKeptNotReported()
    {
        const ParsedSchema parsed = parseSchemaText(u"model A {\n  id Int @id\n  b Int @relation(fields: , references: [id])\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        const Attribute *relation = parsed.ast.findModel(u"A")->field(u"b")->attribute(u"relation");
        QCOMPARE(relation->arguments.emptyArguments.size(), size_t(1));
        QCOMPARE(relation->arguments.emptyArguments.front().name, u"fields"_s);
        QVERIFY(relation->arguments.named(u"references"));
    }

    void blockCommentsAreDocumentation()
    {
        // Recent Prisma accepts /* */ comments and turns them into documentation (text trimmed).
        const ParsedSchema parsed = parseSchemaText(
            u"/**\n * User doc\n */\nmodel User {\n  id Int @id /* trailing */\n  /* inside\n     model */\n  name String\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        const Model *user = parsed.ast.findModel(u"User");
        QCOMPARE(user->documentation, std::optional<QString>(u"*\n * User doc"_s));
        QCOMPARE(user->field(u"id")->documentation, std::optional<QString>(u"trailing"_s));
        QCOMPARE(user->field(u"name")->documentation, std::optional<QString>(u"inside\n     model"_s));
    }

    void docCommentSeparatedByBlankLineIsNotAttached()
    {
        const ParsedSchema parsed = parseSchemaText(u"/// floating\n\nmodel A {\n  id Int @id\n}\n"_s);
        QCOMPARE(parsed.ast.findModel(u"A")->documentation, std::nullopt);
    }

    void crlfFilesParseLikeLf()
    {
        const QString lf = QString::fromUtf16(kSchema);
        QString crlf = lf;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        const ParsedSchema a = parseSchemaText(lf);
        const ParsedSchema b = parseSchemaText(crlf);
        QVERIFY(!b.hasErrors());
        QCOMPARE(b.ast.tops.size(), a.ast.tops.size());
        const Field *email = b.ast.findModel(u"User")->field(u"email");
        QCOMPARE(email->documentation, std::optional<QString>(u"login name"_s));
        QCOMPARE(b.sources.file(FileId{0}).position(email->name.span.start).line, 5);
        QVERIFY(textOf(b, email->span).endsWith(u"\r\n"_s));
    }

    void unicodeWhitespaceSeparatesTokens()
    {
        // U+00A0 and U+3000 are space separators (Zs), like tab.
        const ParsedSchema parsed = parseSchemaText(u"model\u00A0A {\n  id\u3000Int\t@id\n}\n"_s);
        QVERIFY(!parsed.hasErrors());
        QVERIFY(parsed.ast.findModel(u"A")->field(u"id"));
    }

    void legacyFieldsAreDroppedAfterReporting()
    {
        const ParsedSchema parsed = parseSchemaText(u"model A {\n  id Int @id\n  b String!\n  c [Int]\n  d: Int\n}\n"_s);
        QCOMPARE(parsed.diagnostics.errors().size(), size_t(3));
        QCOMPARE(parsed.ast.findModel(u"A")->fields.size(), size_t(1));
    }

    void typeAliasIsKeptAndFlagged()
    {
        const ParsedSchema parsed = parseSchemaText(u"type Id = String @id\n"_s);
        QCOMPARE(parsed.diagnostics.errors().size(), size_t(1));
        QCOMPARE(parsed.ast.typeAliases().size(), size_t(1));
        QCOMPARE(parsed.ast.typeAliases().front()->base.name, u"String"_s);
        QCOMPARE(parsed.ast.typeAliases().front()->attributes.front().name.name, u"id"_s);
    }

    void unclosedBlockKeepsItsContent()
    {
        const ParsedSchema parsed = parseSchemaText(u"model A {\n  id Int @id\n  name String"_s);
        QCOMPARE(parsed.diagnostics.errors().size(), size_t(2)); // the unfinished line and the block
        const Model *a = parsed.ast.findModel(u"A");
        QVERIFY(a && !a->closed);
        QVERIFY(a->field(u"id"));
    }

    void stringEscapes_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("decoded");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("firstErrorStart");
        QTest::addColumn<int>("firstErrorEnd");
        QTest::newRow("plain") << u"abc"_s << u"abc"_s << 0 << 0 << 0;
        QTest::newRow("json escapes") << uR"(\"\\\/\b\f\n\r\t)"_s << u"\"\\/\b\f\n\r\t"_s << 0 << 0 << 0;
        QTest::newRow("bmp unicode") << uR"(\u00e9t\u00C9)"_s << u"étÉ"_s << 0 << 0 << 0;
        QTest::newRow("surrogate pair") << uR"(\uD83D\uDE00!)"_s << u"😀!"_s << 0 << 0 << 0;
        QTest::newRow("unknown escape dropped") << uR"(C:\Users)"_s << u"C:sers"_s << 1 << 2 << 4;
        QTest::newRow("short unicode") << uR"(x\u12G4y)"_s << u"xG4y"_s << 1 << 1 << 5;
        QTest::newRow("lone low surrogate") << uR"(\uDE00\uD83D)"_s << u""_s << 1 << 0 << 12;
        QTest::newRow("high surrogate alone") << uR"(\uD83Dab)"_s << u"ab"_s << 1 << 0 << 6;
        QTest::newRow("u at end") << uR"(a\u)"_s << u"a"_s << 1 << 1 << 3;
    }
    void stringEscapes()
    {
        QFETCH(QString, content);
        QFETCH(QString, decoded);
        QFETCH(int, errors);
        QFETCH(int, firstErrorStart);
        QFETCH(int, firstErrorEnd);
        Diagnostics diagnostics;
        QCOMPARE(unescapeStringLiteral(content, FileId{0}, 0, diagnostics), decoded);
        QCOMPARE(int(diagnostics.errors().size()), errors);
        if (errors > 0) {
            QCOMPARE(diagnostics.errors().front().span.start, firstErrorStart);
            QCOMPARE(diagnostics.errors().front().span.end, firstErrorEnd);
        }
    }

    void multipleFilesKeepTheirFileId()
    {
        SourceSet set;
        set.add(u"a.prisma"_s, u"model A {\n  id Int @id\n}\n"_s);
        set.add(u"b.prisma"_s, u"enum B {\n  X\n}\n%\n"_s);
        const ParsedSchema parsed = parseSchema(set);
        QCOMPARE(parsed.ast.tops.size(), size_t(2));
        QCOMPARE(parsed.ast.tops[1].file.index, 1);
        QCOMPARE(parsed.ast.findEnum(u"B")->name.span.file.index, 1);
        QCOMPARE(parsed.diagnostics.errors().front().span.file.index, 1);
    }
};

QTEST_GUILESS_MAIN(TstParser)
#include "tst_parser.moc"
