// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The filter builder's chips against a real database, through the same path as the tab: conditions checked
// by makeCondition → composeWhere → parseWhere (the raw box's parser) → GridModel::setFilter → rows. The rows
// the grid shows are compared with a hand-written SQL WHERE on the same table. Built twice: SQLite (a temp
// file) and, with FACET_FILTER_POSTGRES, PostgreSQL 17 from the test servers.
#include "filter/FilterCondition.h"
#include "grid/GridModel.h"
#include "mapping/WhereFilter.h"

#include "ResolvedSchema.h"
#include "pool/ConnectionPool.h"
#include "url/ConnectionUrl.h"

#ifdef FACET_FILTER_POSTGRES
#include "TestServers.h"
#endif

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;
using filter::ConditionOp;

namespace {
constexpr int Rows = 200;

struct Chip {
    QString field;
    ConditionOp op;
    QStringList texts;
    bool insensitive = false;
};
} // namespace

Q_DECLARE_METATYPE(QList<Chip>)

class TestFilterBuilder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_table;
    db::Provider m_provider = db::Provider::SQLite;
    std::shared_ptr<db::ConnectionPool> m_pool;
    mapping::ModelTable m_model;

    void exec(const QString &sql)
    {
        auto r = m_pool->runBlocking(db::QueryOrigin::Internal, u"test"_s,
                                     [sql](db::Connection &c) { return c.execute(db::Statement(sql)); });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().summary()));
    }

    QList<qint64> idsBySql(const QString &where)
    {
        auto r = m_pool->runBlocking(db::QueryOrigin::Internal, u"test"_s, [&](db::Connection &c) {
            return c.execute(db::Statement(u"SELECT id FROM %1 WHERE %2 ORDER BY id"_s.arg(m_table, where)));
        });
        QList<qint64> ids;
        if (!r)
            qWarning("expected rows: %s", qPrintable(r.error().summary()));
        else
            for (const auto &row : r->rows)
                ids << row.front().toBigInt();
        return ids;
    }

    /// The ids the grid shows under `filter`, top to bottom (the grid orders by the key).
    QList<qint64> idsByGrid(db::Filter filter)
    {
        grid::GridModel model(m_pool, m_model, {});
        model.setFilter(std::move(filter));
        QList<qint64> ids;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact() || !model.errorText().isEmpty(), 20000); }();
        if (!model.errorText().isEmpty()) {
            qWarning("grid: %s", qPrintable(model.errorText()));
            return {-1};
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(!model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool(), 20000);
            }();
            ids << model.data(model.index(row, 0), grid::GridModel::ValueRole).value<db::Value>().toBigInt();
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString url;
        QString provider;
#ifdef FACET_FILTER_POSTGRES
        auto pg = facet::test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        url = pg->url;
        provider = u"postgresql"_s;
        m_provider = db::Provider::PostgreSQL;
        m_table = u"filter_post_%1"_s.arg(QCoreApplication::applicationPid());
#else
        QVERIFY(m_dir.isValid());
        url = u"file:"_s + m_dir.filePath(u"filter.db"_s);
        provider = u"sqlite"_s;
        m_table = u"filter_post"_s;
#endif
        auto parsed = db::ConnectionUrl::parse(url);
        QVERIFY(parsed);
        m_pool = db::ConnectionPool::create(*parsed, db::PoolOptions::fromUrl(*parsed));
        const QString enumName = m_table + u"_status"_s;
        const QString schema = uR"(datasource db {
  provider = "%1"
  url      = "%2"
}
enum Status {
  DRAFT
  PUBLISHED
  ARCHIVED
  @@map("%4")
}
model Post {
  id        Int      @id
  title     String
  status    Status
  score     Decimal? @db.Decimal(10, 2)
  views     BigInt
  published Boolean
  note      String?
  @@map("%3")
}
)"_s.arg(provider, url, m_table, enumName);
        const schema::ValidatedSchema validated = schema::validateSchemaText(
            m_provider == db::Provider::SQLite ? QString(schema).replace(u" @db.Decimal(10, 2)"_s, QString())
                                                 .replace(u"enum Status {\n  DRAFT\n  PUBLISHED\n  ARCHIVED\n  @@map(\"%1\")\n}\n"_s.arg(enumName), QString())
                                                 .replace(u"Status\n"_s, u"String\n"_s)
                                               : schema);
        QVERIFY2(!validated.hasErrors(), "schema");
        auto table = mapping::modelTable(validated.resolved, *validated.resolved.findModel(u"Post"), m_provider);
        QVERIFY2(table, qPrintable(table ? QString() : table.error()));
        m_model = *table;

        const bool pgsql = m_provider == db::Provider::PostgreSQL;
        const QString series = pgsql ? u"SELECT i FROM generate_series(1, %1) AS g(i)"_s.arg(Rows)
                                     : u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) SELECT i FROM s"_s.arg(Rows);
        exec(u"DROP TABLE IF EXISTS %1"_s.arg(m_table));
        if (pgsql) {
            exec(u"DROP TYPE IF EXISTS \"%1\""_s.arg(enumName));
            exec(u"CREATE TYPE \"%1\" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED')"_s.arg(enumName));
        }
        exec(u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, title TEXT NOT NULL, status %2 NOT NULL, score %3, "
             "views BIGINT NOT NULL, published BOOLEAN NOT NULL, note TEXT)"_s
                 .arg(m_table, pgsql ? u"\"%1\""_s.arg(enumName) : u"TEXT"_s, pgsql ? u"NUMERIC(10,2)"_s : u"DECIMAL"_s));
        const QString statusCast = pgsql ? u"::\"%1\""_s.arg(enumName) : QString();
        exec(u"INSERT INTO %1 (id, title, status, score, views, published, note) SELECT i, "
             "CASE i % 4 WHEN 0 THEN 'Abc ' || i WHEN 1 THEN 'xaBy ' || i ELSE 'other ' || i END, "
             "(CASE i % 3 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'PUBLISHED' ELSE 'ARCHIVED' END)%3, "
             "CASE WHEN i % 5 = 0 THEN NULL ELSE (i % 4) * 0.75 END, i * 10, i % 2 = 0, "
             "CASE WHEN i % 7 = 0 THEN NULL ELSE 'n' END FROM (%2) AS seed"_s.arg(m_table, series, statusCast));
    }

    void cleanupTestCase()
    {
#ifdef FACET_FILTER_POSTGRES
        if (m_pool) {
            exec(u"DROP TABLE IF EXISTS %1"_s.arg(m_table));
            exec(u"DROP TYPE IF EXISTS \"%1_status\""_s.arg(m_table));
        }
#endif
        if (m_pool)
            m_pool->shutdown();
    }

    void chipsSelectTheRowsTheirWhereSays_data()
    {
        QTest::addColumn<QList<Chip>>("chips");
        QTest::addColumn<QString>("sqlWhere");
        QTest::addColumn<QString>("rawWhere");
        QTest::newRow("contains, case-insensitive")
            << QList<Chip>{{u"title"_s, ConditionOp::Contains, {u"AB"_s}, true}}
            << u"lower(title) LIKE '%ab%'"_s << QString();
        QTest::newRow("startsWith, case-sensitive")
            << QList<Chip>{{u"title"_s, ConditionOp::StartsWith, {u"Ab"_s}}} << u"substr(title, 1, 2) = 'Ab'"_s
            << QString();
        QTest::newRow("endsWith") << QList<Chip>{{u"title"_s, ConditionOp::EndsWith, {u"7"_s}}}
                                  << u"substr(title, length(title), 1) = '7'"_s << QString();
        QTest::newRow("BigInt gte and Boolean equals")
            << QList<Chip>{{u"views"_s, ConditionOp::Gte, {u"1500"_s}}, {u"published"_s, ConditionOp::Equals, {u"true"_s}}}
            << u"views >= 1500 AND published"_s << QString();
        QTest::newRow("Int lt") << QList<Chip>{{u"id"_s, ConditionOp::Lt, {u"13"_s}}} << u"id < 13"_s << QString();
        QTest::newRow("Decimal in") << QList<Chip>{{u"score"_s, ConditionOp::In, {u"1.50"_s, u"2.25"_s}}}
                                    << u"score IN (1.5, 2.25)"_s << QString();
        QTest::newRow("Decimal lte") << QList<Chip>{{u"score"_s, ConditionOp::Lte, {u"0.75"_s}}}
                                     << u"score <= 0.75"_s << QString();
        QTest::newRow("is null") << QList<Chip>{{u"note"_s, ConditionOp::IsNull, {}}} << u"note IS NULL"_s << QString();
        QTest::newRow("is not null and not")
            << QList<Chip>{{u"score"_s, ConditionOp::IsNotNull, {}}, {u"id"_s, ConditionOp::Not, {u"1"_s}}}
            << u"score IS NOT NULL AND id <> 1"_s << QString();
        QTest::newRow("enum notIn") << QList<Chip>{{u"status"_s, ConditionOp::NotIn, {u"DRAFT"_s, u"ARCHIVED"_s}}}
                                    << u"status = 'PUBLISHED'"_s << QString();
        QTest::newRow("enum equals") << QList<Chip>{{u"status"_s, ConditionOp::Equals, {u"ARCHIVED"_s}}}
                                     << u"status = 'ARCHIVED'"_s << QString();
        QTest::newRow("chips AND the raw where box")
            << QList<Chip>{{u"id"_s, ConditionOp::Lte, {u"40"_s}}} << u"id <= 40 AND (note IS NULL OR id = 3)"_s
            << u"{\"OR\": [{\"note\": null}, {\"id\": 3}]}"_s;
    }

    void chipsSelectTheRowsTheirWhereSays()
    {
        QFETCH(QList<Chip>, chips);
        QFETCH(QString, sqlWhere);
        QFETCH(QString, rawWhere);
        QList<filter::FilterCondition> conditions;
        for (const Chip &chip : chips) {
            const mapping::ModelColumn *column = m_model.byField(chip.field);
            QVERIFY(column);
            auto condition = filter::makeCondition(*column, chip.op, chip.texts, chip.insensitive);
            QVERIFY2(condition, qPrintable(condition ? QString() : condition.error()));
            conditions << *condition;
        }
        const QString where = filter::composeWhere(conditions, rawWhere);
        auto parsed = mapping::parseWhere(where, m_model);
        QVERIFY2(parsed, qPrintable(where + u" → "_s + (parsed ? QString() : parsed.error().render())));
        const QList<qint64> expected = idsBySql(sqlWhere);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < Rows);
        QCOMPARE(idsByGrid(std::move(*parsed)), expected);
    }
};

QTEST_GUILESS_MAIN(TestFilterBuilder)
#include "tst_filter_builder.moc"
