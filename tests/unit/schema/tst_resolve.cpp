// SPDX-License-Identifier: MIT
// Resolution details the conformance test against Prisma cannot see (Prisma's DMMF has no column types,
// join tables or version guard): column types per provider, constraint and join-table names, default
// sources, relation sides and defaults, resolution diagnostics and partial resolution of broken schemas.
#include "ColumnTypes.h"
#include "ResolvedSchema.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::schema;

namespace {

struct Resolved {
    ParsedSchema parsed;
    Diagnostics diagnostics;
    ResolvedSchema schema;
};

Resolved resolve(const QString &text)
{
    Resolved r;
    r.parsed = parseSchemaText(text);
    r.diagnostics = r.parsed.diagnostics;
    r.schema = resolveSchema(r.parsed, r.diagnostics);
    return r;
}

QString datasource(const QString &provider)
{
    return u"datasource db {\n  provider = \""_s + provider + u"\"\n}\n"_s;
}

QStringList messages(const Diagnostics &diagnostics)
{
    QStringList list;
    for (const Diagnostic &d : diagnostics.errors())
        list.append(d.message);
    return list;
}

const ResolvedField &field(const ResolvedSchema &schema, QStringView model, QStringView name)
{
    const ResolvedModel *m = schema.findModel(model);
    Q_ASSERT(m);
    const ResolvedField *f = m->field(name);
    Q_ASSERT(f);
    return *f;
}

const QString columnTypesModel = uR"(
enum Role {
  USER @map("user")
  ADMIN
  @@map("role_kind")
}
model T {
  id     Int      @id @default(autoincrement())
  big    BigInt   @default(autoincrement())
  s      String
  b      Boolean
  f      Float
  d      Decimal
  at     DateTime
  j      Json
  bytes  Bytes
  role   Role
  other  Unsupported("circle")?
}
)"_s;

} // namespace

class TestResolve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnTypesPerProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("expected");
        const QList<std::tuple<const char *, const char *, const char *>> rows = {
            {"postgresql", "id", "SERIAL"},          {"postgresql", "big", "BIGSERIAL"},
            {"postgresql", "s", "TEXT"},             {"postgresql", "b", "BOOLEAN"},
            {"postgresql", "f", "DOUBLE PRECISION"}, {"postgresql", "d", "DECIMAL(65,30)"},
            {"postgresql", "at", "TIMESTAMP(3)"},    {"postgresql", "j", "JSONB"},
            {"postgresql", "bytes", "BYTEA"},        {"postgresql", "role", "\"role_kind\""},
            {"postgresql", "other", "circle"},       {"mysql", "id", "INTEGER"},
            {"mysql", "s", "VARCHAR(191)"},          {"mysql", "b", "BOOLEAN"},
            {"mysql", "f", "DOUBLE"},                {"mysql", "at", "DATETIME(3)"},
            {"mysql", "j", "JSON"},                  {"mysql", "bytes", "LONGBLOB"},
            {"mysql", "role", "ENUM('user', 'ADMIN')"}, {"sqlite", "id", "INTEGER"},
            {"sqlite", "s", "TEXT"},                 {"sqlite", "f", "REAL"},
            {"sqlite", "d", "DECIMAL"},              {"sqlite", "at", "DATETIME"},
            {"sqlite", "j", "JSONB"},                {"sqlite", "bytes", "BLOB"},
            {"sqlite", "role", "TEXT"},
        };
        for (const auto &[provider, name, expected] : rows)
            QTest::addRow("%s %s", provider, name) << QString::fromLatin1(provider) << QString::fromLatin1(name)
                                                   << QString::fromLatin1(expected);
    }

    void columnTypesPerProvider()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fieldName);
        QFETCH(QString, expected);
        const Resolved r = resolve(datasource(provider) + columnTypesModel);
        QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(messages(r.diagnostics).join(u'\n')));
        QCOMPARE(field(r.schema, u"T", fieldName).columnType, expected);
    }

    // Native types upper-case their name and keep their arguments; MySQL spells its unsigned types apart;
    // a name beyond ASCII gets Qt's full case mapping.
    void nativeColumnTypes()
    {
        QCOMPARE(nativeColumnType(NativeType{u"VarChar"_s, {u"200"_s}, {}}, Provider::PostgreSQL), u"VARCHAR(200)"_s);
        QCOMPARE(nativeColumnType(NativeType{u"Decimal"_s, {u"12"_s, u"2"_s}, {}}, Provider::MySQL), u"DECIMAL(12,2)"_s);
        QCOMPARE(nativeColumnType(NativeType{u"UnsignedInt"_s, {}, {}}, Provider::MySQL), u"INTEGER UNSIGNED"_s);
        QCOMPARE(nativeColumnType(NativeType{u"UnsignedTinyInt"_s, {u"1"_s}, {}}, Provider::MySQL), u"TINYINT(1) UNSIGNED"_s);
        QCOMPARE(nativeColumnType(NativeType{u"Uuid"_s, {}, {}}, Provider::PostgreSQL), u"UUID"_s);
        QCOMPARE(nativeColumnType(NativeType{u"Straße"_s, {u"1"_s}, {}}, Provider::PostgreSQL), u"STRASSE(1)"_s);
    }

    void columnTypeOtherProviders()
    {
        // The same field on another provider than the datasource's.
        const Resolved r = resolve(datasource(u"postgresql"_s) + columnTypesModel);
        const ResolvedField &s = field(r.schema, u"T", u"s");
        QCOMPARE(effectiveColumnType(r.schema, s, Provider::MySQL), u"VARCHAR(191)"_s);
        QCOMPARE(effectiveColumnType(r.schema, s, Provider::CockroachDB), u"STRING"_s);
        QCOMPARE(effectiveColumnType(r.schema, s, Provider::SqlServer), u"NVARCHAR(1000)"_s);
    }

    void nativeAndListColumnTypes()
    {
        const Resolved pg = resolve(datasource(u"postgresql"_s) + uR"(
model N {
  id    String   @id @db.Uuid
  name  String   @db.VarChar(255)
  at    DateTime @db.Timestamptz(6)
  f     Float    @db.DoublePrecision
  small Int      @default(autoincrement()) @db.SmallInt
  tags  String[]
  nums  Int[]    @db.Integer
})"_s);
        QCOMPARE(field(pg.schema, u"N", u"id").columnType, u"UUID"_s);
        QCOMPARE(field(pg.schema, u"N", u"name").columnType, u"VARCHAR(255)"_s);
        QCOMPARE(field(pg.schema, u"N", u"at").columnType, u"TIMESTAMPTZ(6)"_s);
        QCOMPARE(field(pg.schema, u"N", u"f").columnType, u"DOUBLE PRECISION"_s);
        QCOMPARE(field(pg.schema, u"N", u"small").columnType, u"SMALLSERIAL"_s);
        QCOMPARE(field(pg.schema, u"N", u"tags").columnType, u"TEXT[]"_s);
        QCOMPARE(field(pg.schema, u"N", u"nums").columnType, u"INTEGER[]"_s);
        const NativeType &native = *field(pg.schema, u"N", u"name").nativeType;
        QCOMPARE(native.name, u"VarChar"_s);
        QCOMPARE(native.arguments, QStringList{u"255"_s});

        const Resolved my = resolve(datasource(u"mysql"_s) + uR"(
model M {
  id  Int    @id @db.UnsignedInt
  big BigInt @db.UnsignedBigInt
  d   Decimal @db.Decimal(10, 2)
  t   String @db.LongText
})"_s);
        QCOMPARE(field(my.schema, u"M", u"id").columnType, u"INTEGER UNSIGNED"_s);
        QCOMPARE(field(my.schema, u"M", u"big").columnType, u"BIGINT UNSIGNED"_s);
        QCOMPARE(field(my.schema, u"M", u"d").columnType, u"DECIMAL(10,2)"_s);
        QCOMPARE(field(my.schema, u"M", u"t").columnType, u"LONGTEXT"_s);
    }

    void constraintNames()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model User {
  id    Int    @id
  email String @unique
  notes Note[]
}
model Note {
  id        Int      @id
  ownerId   Int      @map("owner_id")
  updatedAt DateTime
  owner     User     @relation(fields: [ownerId], references: [id])
  @@index([ownerId, updatedAt])
  @@unique([ownerId, id], map: "custom")
  @@map("notes")
})"_s);
        const ResolvedModel &user = *r.schema.findModel(u"User");
        QCOMPARE(user.primaryKey->databaseName, u"User_pkey"_s);
        QCOMPARE(user.indexes.at(0).databaseName, u"User_email_key"_s);
        const ResolvedModel &note = *r.schema.findModel(u"Note");
        QCOMPARE(note.tableName, u"notes"_s);
        QCOMPARE(note.indexes.at(0).databaseName, u"notes_owner_id_updatedAt_idx"_s);
        QCOMPARE(note.indexes.at(1).databaseName, u"custom"_s);
        QCOMPARE(note.field(u"owner")->relation->foreignKeyName, u"notes_owner_id_fkey"_s);

        // Cut before the suffix so the name fits PostgreSQL's 63 characters.
        const QString longTable = QString(60, u'x');
        const QString name = constraintName(longTable, {u"column"_s}, u"_key", Provider::PostgreSQL);
        QCOMPARE(name, QString(58, u'x') + u"_key"_s);
        QCOMPARE(constraintName(u"T", {u"a"_s}, u"_idx", Provider::SQLite), u"T_a_idx"_s);

        const Resolved my = resolve(datasource(u"mysql"_s) + u"model K {\n  id Int @id\n}\n"_s);
        QCOMPARE(my.schema.findModel(u"K")->primaryKey->databaseName, u"PRIMARY"_s);
    }

    void joinTableNaming()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model Role {
  id          Int          @id @default(autoincrement())
  permissions Permission[]
}
model Permission {
  id    String @id
  roles Role[]
}
model Person {
  id        Int      @id
  following Person[] @relation("Follows")
  followers Person[] @relation("Follows")
}
)"_s);
        QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(messages(r.diagnostics).join(u'\n')));
        const auto tables = r.schema.joinTables();
        QCOMPARE(tables.size(), size_t(2));
        // Model names in byte order: Permission < Role.
        const JoinTable &pr = *tables[0];
        QCOMPARE(pr.name, u"_PermissionToRole"_s);
        QCOMPARE(r.schema.model(pr.modelA).name, u"Permission"_s);
        QCOMPARE(r.schema.model(pr.modelB).name, u"Role"_s);
        QCOMPARE(pr.columnTypeA, u"TEXT"_s);
        QCOMPARE(pr.columnTypeB, u"INTEGER"_s); // SERIAL belongs to the referenced table
        QCOMPARE(pr.uniqueName, u"_PermissionToRole_AB_pkey"_s);
        QVERIFY(pr.uniqueIsPrimaryKey);
        QCOMPARE(pr.indexNameB, u"_PermissionToRole_B_index"_s);
        QCOMPARE(pr.foreignKeyNameA, u"_PermissionToRole_A_fkey"_s);
        const JoinTable &follows = *tables[1];
        QCOMPARE(follows.name, u"_Follows"_s);
        // Self-relation: A is the side whose field name sorts first ("followers" < "following").
        const Relation &self = r.schema.relations.at(static_cast<size_t>(
            r.schema.findModel(u"Person")->field(u"following")->relation->relation.index));
        QCOMPARE(self.kind, Relation::Kind::ImplicitManyToMany);
        QVERIFY(self.isSelfRelation);
        QCOMPARE(r.schema.findModel(u"Person")->fields.at(static_cast<size_t>(self.fieldA)).name, u"followers"_s);

        const Resolved sqlite = resolve(datasource(u"sqlite"_s) + uR"(
model Post {
  id   Int   @id
  tags Tag[]
}
model Tag {
  id    Int    @id
  posts Post[]
})"_s);
        QCOMPARE(sqlite.schema.joinTables().at(0)->name, u"_PostToTag"_s);
        QCOMPARE(sqlite.schema.joinTables().at(0)->uniqueName, u"_PostToTag_AB_unique"_s);
        QVERIFY(!sqlite.schema.joinTables().at(0)->uniqueIsPrimaryKey);
    }

    void relationSidesAndDefaults()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model User {
  id      Int      @id
  posts   Post[]
  profile Profile?
}
model Post {
  id       Int   @id
  authorId Int
  author   User  @relation(fields: [authorId], references: [id])
  editorId Int?
  editor   Editor? @relation(fields: [editorId], references: [id])
}
model Editor {
  id    Int    @id
  posts Post[]
}
model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id], onDelete: Cascade)
})"_s);
        QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(messages(r.diagnostics).join(u'\n')));
        const ResolvedField &author = field(r.schema, u"Post", u"author");
        QCOMPARE(author.relation->name, u"PostToUser"_s);
        QCOMPARE(author.relation->effectiveOnDelete, ReferentialAction::Restrict);
        QCOMPARE(author.relation->effectiveOnUpdate, ReferentialAction::Cascade);
        QVERIFY(!author.relation->onDelete.has_value());
        QCOMPARE(field(r.schema, u"Post", u"editor").relation->effectiveOnDelete, ReferentialAction::SetNull);
        QVERIFY(field(r.schema, u"Post", u"authorId").isReadOnly);
        QVERIFY(!field(r.schema, u"Post", u"id").isReadOnly);

        const Relation &posts = r.schema.relation(author.relation->relation);
        QCOMPARE(posts.kind, Relation::Kind::OneToMany);
        QCOMPARE(r.schema.model(posts.modelA).name, u"Post"_s); // the side holding the foreign key
        QCOMPARE(r.schema.model(posts.modelB).name, u"User"_s);
        QCOMPARE(r.schema.model(posts.modelB).fields.at(static_cast<size_t>(posts.fieldB)).name, u"posts"_s);

        const ResolvedField &user = field(r.schema, u"Profile", u"user");
        const Relation &profile = r.schema.relation(user.relation->relation);
        QCOMPARE(profile.kind, Relation::Kind::OneToOne);
        QCOMPARE(r.schema.model(profile.modelA).name, u"Profile"_s);
        QCOMPARE(user.relation->effectiveOnDelete, ReferentialAction::Cascade);
        QCOMPARE(field(r.schema, u"User", u"profile").relation->relation, user.relation->relation);
    }

    void versionGuard()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model A {
  id        Int      @id
  updatedAt DateTime @updatedAt
  version   Int      @default(0)
}
model B {
  id        Int      @id
  touched   DateTime @updatedAt
}
model C {
  id      Int    @id
  version String
}
model D {
  id      Int    @id
  version BigInt
})"_s);
        QCOMPARE(r.schema.findModel(u"A")->versionGuard, ResolvedModel::VersionGuard::VersionField);
        QCOMPARE(r.schema.findModel(u"A")->versionField()->name, u"version"_s);
        QCOMPARE(r.schema.findModel(u"B")->versionGuard, ResolvedModel::VersionGuard::UpdatedAt);
        QCOMPARE(r.schema.findModel(u"B")->versionField()->name, u"touched"_s);
        QCOMPARE(r.schema.findModel(u"C")->versionGuard, ResolvedModel::VersionGuard::None);
        QVERIFY(!r.schema.findModel(u"C")->versionField());
        QCOMPARE(r.schema.findModel(u"D")->versionField()->name, u"version"_s);
    }

    void defaultSources_data()
    {
        QTest::addColumn<QString>("declaration");
        QTest::addColumn<bool>("client");
        QTest::addColumn<QString>("function");
        QTest::newRow("uuid") << u"String @default(uuid())"_s << true << u"uuid"_s;
        QTest::newRow("uuid7") << u"String @default(uuid(7))"_s << true << u"uuid"_s;
        QTest::newRow("cuid") << u"String @default(cuid(2))"_s << true << u"cuid"_s;
        QTest::newRow("nanoid") << u"String @default(nanoid(8))"_s << true << u"nanoid"_s;
        QTest::newRow("ulid") << u"String @default(ulid())"_s << true << u"ulid"_s;
        QTest::newRow("now") << u"DateTime @default(now())"_s << false << u"now"_s;
        QTest::newRow("autoincrement") << u"Int @default(autoincrement())"_s << false << u"autoincrement"_s;
        QTest::newRow("dbgenerated") << u"String @default(dbgenerated(\"gen()\"))"_s << false << u"dbgenerated"_s;
        QTest::newRow("literal") << u"Int @default(3)"_s << false << QString();
        QTest::newRow("string") << u"String @default(\"a\\nb\")"_s << false << QString();
    }

    void defaultSources()
    {
        QFETCH(QString, declaration);
        QFETCH(bool, client);
        QFETCH(QString, function);
        const Resolved r = resolve(datasource(u"postgresql"_s) + u"model M {\n  id Int @id\n  v "_s + declaration
                                   + u"\n}\n"_s);
        const ResolvedField &v = field(r.schema, u"M", u"v");
        QVERIFY(v.defaultValue.has_value());
        QCOMPARE(v.defaultValue->source == DefaultValue::Source::Client, client);
        if (function.isEmpty()) {
            QCOMPARE(v.defaultValue->kind, DefaultValue::Kind::Literal);
        } else {
            QCOMPARE(v.defaultValue->kind, DefaultValue::Kind::Function);
            QCOMPARE(v.defaultValue->function, function);
        }
        if (declaration.contains(u"a\\nb"))
            QCOMPARE(v.defaultValue->value, u"a\nb"_s);
    }

    void indexFields()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model I {
  id    Int    @id
  title String
  body  String
  @@index(title)
  @@index([title(sort: Desc, length: 10), body(ops: raw("gin_trgm_ops"))], type: Gin, map: "x")
  @@unique([title, body], name: "tb")
})"_s);
        const ResolvedModel &m = *r.schema.findModel(u"I");
        QCOMPARE(m.indexes.size(), size_t(3));
        QCOMPARE(m.indexes[0].fields.size(), size_t(1));
        QCOMPARE(m.indexes[0].fields[0].path, u"title"_s);
        const Index &gin = m.indexes[1];
        QCOMPARE(gin.algorithm, std::optional<QString>(u"Gin"_s));
        QCOMPARE(gin.databaseName, u"x"_s);
        QCOMPARE(gin.fields[0].sort, std::optional<SortOrder>(SortOrder::Desc));
        QCOMPARE(gin.fields[0].length, std::optional<int>(10));
        QCOMPARE(gin.fields[1].ops, std::optional<QString>(u"gin_trgm_ops"_s));
        QVERIFY(gin.fields[1].opsIsRaw);
        QCOMPARE(m.indexes[2].kind, Index::Kind::Unique);
        QCOMPARE(m.indexes[2].name, std::optional<QString>(u"tb"_s));
        QCOMPARE(m.indexes[2].databaseName, u"I_title_body_key"_s);
    }

    void configuration()
    {
        const Resolved r = resolve(uR"(
datasource main {
  provider     = "postgres"
  url          = env("DATABASE_URL")
  relationMode = "prisma"
  schemas      = ["a", "b"]
}
generator zod {
  provider        = "zod-prisma-types"
  output          = "./zod"
  previewFeatures = ["views", "multiSchema"]
  custom          = true
}
model M {
  id Int @id @main.Integer
})"_s);
        QVERIFY2(!r.diagnostics.hasErrors(), qPrintable(messages(r.diagnostics).join(u'\n')));
        QCOMPARE(r.schema.provider(), Provider::PostgreSQL);
        QCOMPARE(r.schema.relationMode(), RelationMode::Prisma);
        QCOMPARE(r.schema.datasource()->schemas, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(r.schema.datasource()->url->isFunction());
        QCOMPARE(r.schema.datasource()->url->text, u"env"_s);
        QCOMPARE(r.schema.generators.at(0).output, std::optional<QString>(u"./zod"_s));
        QCOMPARE(r.schema.previewFeatures(), (QStringList{u"views"_s, u"multiSchema"_s}));
        QVERIFY(r.schema.generators.at(0).properties.size() == 4);
        // Native types use the datasource's name as prefix.
        QCOMPARE(field(r.schema, u"M", u"id").nativeType->name, u"Integer"_s);
    }

    void resolutionDiagnostics_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << u"model A {\n  id Int @id\n  b Bogus\n}"_s
                                      << u"Type \"Bogus\" is neither a built-in type, nor refers to another model, "
                                         u"composite type, or enum."_s;
        QTest::newRow("case suggestion") << u"model A {\n  id Int @id\n  b string\n}"_s
                                         << u"Type \"string\" is neither a built-in type, nor refers to another model, "
                                            u"composite type, or enum. Did you mean \"String\"?"_s;
        QTest::newRow("duplicate model") << u"model A {\n  id Int @id\n}\nenum A {\n  X\n}"_s
                                         << u"The enum \"A\" cannot be defined because a model with that name already exists."_s;
        QTest::newRow("duplicate field") << u"model A {\n  id Int @id\n  id String\n}"_s
                                         << u"Field \"id\" is already defined on model \"A\"."_s;
        QTest::newRow("duplicate value") << u"model A {\n  id Int @id\n}\nenum E {\n  X\n  X\n}"_s
                                         << u"Value \"X\" is already defined on enum \"E\"."_s;
        QTest::newRow("reserved scalar") << u"model String {\n  id Int @id\n}"_s
                                         << u"\"String\" is a reserved scalar type name and cannot be used."_s;
        QTest::newRow("reserved name") << u"model delete {\n  id Int @id\n}"_s
                                       << u"Error validating model \"delete\": The model name `delete` is invalid. It is a "
                                          u"reserved name. Please change it. Read more at https://pris.ly/d/naming-models"_s;
        QTest::newRow("unknown attribute") << u"model A {\n  id Int @id @bogus\n}"_s
                                           << u"Attribute not known: \"@bogus\"."_s;
        QTest::newRow("repeated attribute") << u"model A {\n  id Int @id @id\n}"_s
                                            << u"Attribute \"@id\" can only be defined once."_s;
        QTest::newRow("no such argument") << u"model A {\n  id Int @id(foo: 1)\n}"_s << u"No such argument."_s;
        QTest::newRow("map needs a string") << u"model A {\n  id Int @id @map(1)\n}"_s
                                            << u"Expected a string value, but received numeric value `1`."_s;
        QTest::newRow("missing fields") << u"model A {\n  id Int @id\n  @@index()\n}"_s
                                        << u"Argument \"fields\" is missing."_s;
        QTest::newRow("unknown index field") << u"model A {\n  id Int @id\n  @@index([nope])\n}"_s
                                             << u"Error validating model \"A\": The index definition refers to the "
                                                u"unknown fields: nope."_s;
        QTest::newRow("unknown id field") << u"model A {\n  a Int\n  @@id([a, nope])\n}"_s
                                          << u"Error validating model \"A\": The multi field id declaration refers to "
                                             u"the unknown field `nope`."_s;
        QTest::newRow("ambiguous relation")
            << u"model A {\n  id Int @id\n  b1 B[]\n  b2 B[]\n}\nmodel B {\n  id Int @id\n  aId Int\n  a A @relation(fields: [aId], references: [id])\n}"_s
            << u"Error validating model \"A\": Ambiguous relation detected. The fields `b1` and `b2` in model `A` both "
               u"refer to `B`. Please provide different relation names for them by adding `@relation(<name>)."_s;
    }

    void resolutionDiagnostics()
    {
        QFETCH(QString, body);
        QFETCH(QString, message);
        const Resolved r = resolve(datasource(u"postgresql"_s) + body);
        QVERIFY2(r.diagnostics.hasErrors(), "expected an error");
        QCOMPARE(r.diagnostics.errors().front().message, message);
    }

    void brokenSchemaResolvesPartially()
    {
        const Resolved r = resolve(datasource(u"postgresql"_s) + uR"(
model Good {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}
model Post {
  id     Int     @id
  goodId Int
  good   Good    @relation(fields: [goodId], references: [id])
  weird  Missing
}
model Good {
  other Int @id
}
enum E {
  A
})"_s);
        QVERIFY(r.diagnostics.hasErrors());
        QCOMPARE(r.diagnostics.errors().front().message,
                 u"The model \"Good\" cannot be defined because a model with that name already exists."_s);
        // The first Good wins; Post keeps every field, the unknown one marked Unresolved.
        QCOMPARE(r.schema.models.size(), size_t(2));
        const ResolvedModel &good = *r.schema.findModel(u"Good");
        QCOMPARE(good.fields.size(), size_t(3));
        QVERIFY(good.field(u"email")->isUnique);
        QCOMPARE(good.field(u"id")->columnType, u"SERIAL"_s);
        QCOMPARE(field(r.schema, u"Post", u"weird").kind, FieldKind::Unresolved);
        QCOMPARE(field(r.schema, u"Post", u"good").relation->name, u"GoodToPost"_s);
        QCOMPARE(r.schema.enums.size(), size_t(1));
        // Prisma runs every pass on a broken schema: the unknown type comes after the duplicate name.
        QCOMPARE(r.diagnostics.errors().size(), size_t(2));
        QCOMPARE(r.diagnostics.errors().back().message,
                 u"Type \"Missing\" is neither a built-in type, nor refers to another model, composite type, or enum."_s);
    }

    void garbageNeverCrashes()
    {
        const Resolved r = resolve(u"model { @@id([ ]) }\nmodel X {\n  a X? @relation(fields: [b], references: [c])\n  "
                                   u"@@unique\n  @@index(fields: 1)\n}\nenum {\n}\n"_s);
        QVERIFY(r.diagnostics.hasErrors());
        const ValidatedSchema v = validateSchemaText(u"datasource db {\n provider = 1\n}\nmodel A {\n id A[] @id\n}\n"_s);
        QVERIFY(v.hasErrors());
    }

    void validateFacadeCollectsEverything()
    {
        const ValidatedSchema v = validateSchemaText(datasource(u"sqlite"_s) + u"model A {\n  id Int @id\n}\n"_s);
        QVERIFY2(!v.hasErrors(), qPrintable(messages(v.diagnostics).join(u'\n')));
        QCOMPARE(v.resolved.models.size(), size_t(1));
        QCOMPARE(astModel(v.parsed, v.resolved.models.front())->name.name, u"A"_s);
        QCOMPARE(astField(v.parsed, v.resolved.models.front(), v.resolved.models.front().fields.front())->name.name,
                 u"id"_s);
    }
};

QTEST_GUILESS_MAIN(TestResolve)
#include "tst_resolve.moc"
