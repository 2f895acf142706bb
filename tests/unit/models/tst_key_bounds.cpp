// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// grid/KeyBounds: reading PostgreSQL's histogram text and interpolating a key at a fraction of the rows.
#include "grid/KeyBounds.h"

#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

class TestKeyBounds : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void arrayTextIsSplitIntoItsElements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("elements");
        QTest::newRow("integers") << u"{1,20,300}"_s << QStringList{u"1"_s, u"20"_s, u"300"_s};
        QTest::newRow("quoted text") << u"{\"name 1\",\"name 10\",plain}"_s
                                     << QStringList{u"name 1"_s, u"name 10"_s, u"plain"_s};
        QTest::newRow("escapes") << u"{\"a \\\"b\\\"\",\"c\\\\d\",\"e,f\"}"_s
                                 << QStringList{u"a \"b\""_s, u"c\\d"_s, u"e,f"_s};
        QTest::newRow("empty string element") << u"{\"\",x}"_s << QStringList{QString(), u"x"_s};
        QTest::newRow("empty array") << u"{}"_s << QStringList{};
    }

    void arrayTextIsSplitIntoItsElements()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, elements);
        const auto parsed = grid::parsePgArrayText(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, elements);
    }

    void malformedArrayTextIsRefused()
    {
        QVERIFY(!grid::parsePgArrayText(u"1,2"_s));
        QVERIFY(!grid::parsePgArrayText(u"{\"open,2}"_s));
        QVERIFY(!grid::parsePgArrayText(u"{1,NULL,3}"_s));
        QVERIFY(!grid::parsePgArrayText(u"{{1,2},{3,4}}"_s));
        QVERIFY(!grid::parsePgArrayText(u"{\"a\"b}"_s));
    }

    void integerKeysAreInterpolatedWithinTheirBucket()
    {
        const QList<db::Value> bounds{db::Value::fromBigInt(0), db::Value::fromBigInt(100), db::Value::fromBigInt(1100)};
        QCOMPARE(grid::interpolateKey(bounds, 0.25)->toBigInt(), 50);   // half-way through the first bucket
        QCOMPARE(grid::interpolateKey(bounds, 0.75)->toBigInt(), 600);  // half-way through the second
        QCOMPARE(grid::interpolateKey(bounds, 1.5)->toBigInt(), 1100);  // clamped
        const QList<db::Value> descending{db::Value::fromBigInt(1100), db::Value::fromBigInt(100), db::Value::fromBigInt(0)};
        QCOMPARE(grid::interpolateKey(descending, 0.25)->toBigInt(), 600);
        QVERIFY(!grid::interpolateKey({db::Value::fromBigInt(1)}, 0.5)); // one bound: nothing to interpolate
    }

    void intKeysStayInt()
    {
        const QList<db::Value> bounds{db::Value::fromInt(2), db::Value::fromInt(6000)};
        const auto key = grid::interpolateKey(bounds, 0.5);
        QVERIFY(key);
        QCOMPARE(key->kind(), db::ScalarKind::Int);
        QCOMPARE(key->toBigInt(), 3001);
    }

    void textKeysTakeTheirBucketsLowerBound()
    {
        const QList<db::Value> bounds{db::Value::fromString(u"a"_s), db::Value::fromString(u"m"_s),
                                      db::Value::fromString(u"z"_s)};
        QCOMPARE(grid::interpolateKey(bounds, 0.7)->toString(), u"m"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyBounds)
#include "tst_key_bounds.moc"
