// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The pure parts of introspection: catalog cells read whatever kind the driver produced, type names
// normalised to the spelling Prisma Migrate writes, referential actions named as in Prisma, MySQL ENUM
// labels and SQLite foreign key names recovered from text; and the catalog queries are in the resources.
#include "introspect/CatalogText.h"
#include "introspect/Introspector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet::db;
using namespace facet::db::catalog;

class TestCatalogText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsCellsOfAnyKind()
    {
        QCOMPARE(text(Value::fromString(u"a"_s)), u"a"_s);
        QVERIFY(text(Value()).isNull());
        QCOMPARE(text(Value::fromBigInt(5)), u"5"_s);
        QCOMPARE(integer(Value::fromString(u" 42 "_s)), 42);
        QCOMPARE(integer(Value::fromDecimal(*Decimal::parse(u"65"))), 65);
        QCOMPARE(integer(Value(), 7), 7);
        QVERIFY(boolean(Value::fromString(u"YES"_s)));
        QVERIFY(!boolean(Value::fromString(u"NO"_s)));
        QVERIFY(boolean(Value::fromBigInt(1)));
        QVERIFY(boolean(Value::fromBool(true)));
        QVERIFY(!optionalText(Value()));
        QCOMPARE(*optionalText(Value::fromString(QString())), QString());
    }

    void normalisesPostgresTypes_data()
    {
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << u"integer"_s << u"integer"_s;
        QTest::newRow("timestamp(3)") << u"timestamp(3) without time zone"_s << u"timestamp(3)"_s;
        QTest::newRow("timestamp") << u"timestamp without time zone"_s << u"timestamp"_s;
        QTest::newRow("timestamptz(6)") << u"timestamp(6) with time zone"_s << u"timestamptz(6)"_s;
        QTest::newRow("timetz") << u"time with time zone"_s << u"timetz"_s;
        QTest::newRow("time(2)") << u"time(2) without time zone"_s << u"time(2)"_s;
        QTest::newRow("varchar") << u"character varying(191)"_s << u"varchar(191)"_s;
        QTest::newRow("varchar unbounded") << u"character varying"_s << u"varchar"_s;
        QTest::newRow("char") << u"character(1)"_s << u"char(1)"_s;
        QTest::newRow("bpchar") << u"bpchar"_s << u"char"_s;
        QTest::newRow("numeric") << u"numeric(65,30)"_s << u"decimal(65,30)"_s;
        QTest::newRow("varbit") << u"bit varying(4)"_s << u"varbit(4)"_s;
        QTest::newRow("double") << u"double precision"_s << u"double precision"_s;
        QTest::newRow("array") << u"character varying(10)[]"_s << u"varchar(10)[]"_s;
        QTest::newRow("tz array") << u"timestamp(3) with time zone[]"_s << u"timestamptz(3)[]"_s;
        QTest::newRow("upper") << u"JSONB"_s << u"jsonb"_s;
    }

    void normalisesPostgresTypes()
    {
        QFETCH(QString, formatted);
        QFETCH(QString, expected);
        QCOMPARE(normalizePgType(formatted), expected);
    }

    void readsPostgresTypmods()
    {
        QCOMPARE(pgTypeLimits(u"varchar", 191 + 4).maxLength, 191);
        QCOMPARE(pgTypeLimits(u"varchar", -1).maxLength, -1);
        const TypeLimits decimal = pgTypeLimits(u"numeric", ((65 << 16) | 30) + 4);
        QCOMPARE(decimal.precision, 65);
        QCOMPARE(decimal.scale, 30);
        QCOMPARE(pgTypeLimits(u"timestamp", 3).precision, 3);
        QCOMPARE(pgTypeLimits(u"timestamptz", -1).precision, -1);
        QCOMPARE(pgTypeLimits(u"bit", 8).maxLength, 8);
    }

    void namesActionsAsPrismaDoes()
    {
        QCOMPARE(referentialActionName(pgAction(u"c")), u"Cascade"_s);
        QCOMPARE(referentialActionName(pgAction(u"r")), u"Restrict"_s);
        QCOMPARE(referentialActionName(pgAction(u"n")), u"SetNull"_s);
        QCOMPARE(referentialActionName(pgAction(u"d")), u"SetDefault"_s);
        QCOMPARE(referentialActionName(pgAction(u"a")), u"NoAction"_s);
        QCOMPARE(referentialActionName(*actionFromRule(u"SET NULL")), u"SetNull"_s);
        QCOMPARE(referentialActionName(*actionFromRule(u"no action")), u"NoAction"_s);
        QCOMPARE(referentialActionName(*actionFromRule(u"RESTRICT")), u"Restrict"_s);
        QCOMPARE(referentialActionName(*actionFromRule(u"SET DEFAULT")), u"SetDefault"_s);
        QVERIFY(!actionFromRule(u"EXPLODE"));
    }

    void normalisesMySqlTypes()
    {
        QCOMPARE(normalizeMySqlType(u"int(11)"), u"int"_s);
        QCOMPARE(normalizeMySqlType(u"bigint(20) unsigned"), u"bigint unsigned"_s);
        QCOMPARE(normalizeMySqlType(u"tinyint(1)"), u"tinyint(1)"_s);
        QCOMPARE(normalizeMySqlType(u"tinyint(4)"), u"tinyint"_s);
        QCOMPARE(normalizeMySqlType(u"VARCHAR(191)"), u"varchar(191)"_s);
        QCOMPARE(normalizeMySqlType(u"decimal(65,30)"), u"decimal(65,30)"_s);
        QCOMPARE(normalizeMySqlType(u"ENUM('USER','Admin')"), u"enum('USER','Admin')"_s);
    }

    void readsMySqlEnumLabels()
    {
        QCOMPARE(mySqlEnumLabels(u"enum('USER','ADMIN')"), (QStringList{u"USER"_s, u"ADMIN"_s}));
        QCOMPARE(mySqlEnumLabels(u"enum('it''s','a,b','')"), (QStringList{u"it's"_s, u"a,b"_s, u""_s}));
        QVERIFY(mySqlEnumLabels(u"varchar(10)").isEmpty());
    }

    void baseTypeNames()
    {
        QCOMPARE(baseTypeName(u"varchar(191)"), u"varchar"_s);
        QCOMPARE(baseTypeName(u"text[]"), u"text"_s);
        QCOMPARE(baseTypeName(u"int unsigned"), u"int"_s);
        QCOMPARE(baseTypeName(u"double precision"), u"double precision"_s);
        QCOMPARE(lowerOutsideQuotes(u"ENUM('A','b''C') \"Role\""), u"enum('A','b''C') \"Role\""_s);
    }

    void findsSqliteForeignKeyNames()
    {
        const QString sql = uR"(CREATE TABLE "posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "author_id" INTEGER NOT NULL,
    "a" INTEGER, "b" INTEGER,
    CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "we""ird" FOREIGN KEY ("a", "b") REFERENCES "pairs" ("x", "y"),
    constraint bare foreign key (`b`) references t(id)
))"_s;
        const QHash<QString, QString> names = sqliteForeignKeyNames(sql);
        QCOMPARE(names.value(columnsKey({u"author_id"_s})), u"posts_author_id_fkey"_s);
        QCOMPARE(names.value(columnsKey({u"a"_s, u"b"_s})), u"we\"ird"_s);
        QCOMPARE(names.value(columnsKey({u"b"_s})), u"bare"_s);
        QCOMPARE(unquoteSqliteIdentifier(u"[x y]"), u"x y"_s);
    }

    void catalogQueriesAreCompiledIn()
    {
        for (const char16_t *name : {u"postgres/tables", u"postgres/columns", u"postgres/indexes",
                                     u"postgres/foreign_keys", u"postgres/enums", u"postgres/views",
                                     u"mysql/tables", u"mysql/columns", u"mysql/indexes", u"mysql/foreign_keys",
                                     u"mysql/views", u"mysql/mariadb_json_checks", u"sqlite/tables",
                                     u"sqlite/columns", u"sqlite/indexes", u"sqlite/foreign_keys", u"sqlite/views"}) {
            const QString sql = catalogSql(QStringView(name));
            QVERIFY2(sql.startsWith(u"SELECT"_s), qPrintable(QString::fromUtf16(name)));
            QVERIFY(!sql.contains(u"--"_s));
        }
        // Parameterised by schema, never spliced.
        QVERIFY(catalogSql(u"postgres/columns").contains(u"n.nspname = $1"_s));
        QVERIFY(catalogSql(u"mysql/columns").contains(u"c.TABLE_SCHEMA = ?"_s));
        QVERIFY(catalogSql(u"nope").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogText)
#include "tst_catalog_text.moc"
