// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Labels of composite foreign keys (`@relation(fields: [orgId, memberNo], references: [orgId, number])`) on
// PostgreSQL, MariaDB (the `servers` fixture) and SQLite (a temp file): one label statement per page of the
// grid, never one per row, written with row values (`(a, b) IN (...)`) where the database has them; the label
// shows beside each column of the key; a key with a NULL part has none, a dangling key shows bare. The key
// lookup's two forms (row values, OR of ANDs) return the same rows on each database.
#include "dialect/KeyLookup.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "pool/ConnectionPool.h"
#include "pool/PoolRegistry.h"
#include "relation/RelationLabels.h"
#include "relation/RelationLinks.h"

#include "OpenConnection.h"
#include "TestServers.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int Badges = 450;
constexpr int OrgColumn = 2;    // Badge: id, title, orgId, memberNo
constexpr int MemberColumn = 3;

QString schemaText(const QString &provider)
{
    return uR"(datasource db {
  provider = "%1"
}
model Org {
  id      Int      @id
  name    String
  members Member[]
  @@map("rl_org")
}
model Member {
  orgId  Int     @map("org_id")
  number Int
  name   String
  org    Org     @relation(fields: [orgId], references: [id])
  badges Badge[]
  @@id([orgId, number])
  @@map("rl_member")
}
model Badge {
  id       Int     @id
  title    String
  orgId    Int?    @map("org_id")
  memberNo Int?    @map("member_no")
  member   Member? @relation(fields: [orgId, memberNo], references: [orgId, number])
  @@map("rl_badge")
}
)"_s.arg(provider);
}

/// Badge i belongs to member (i % 3 + 1, i % 5 + 1), named "M<org>.<number>"; badge 7 has no member number
/// (no relation), badge 8 points at member (3, 99), which does not exist.
QStringList tables()
{
    QStringList sql = {u"DROP TABLE IF EXISTS rl_badge"_s, u"DROP TABLE IF EXISTS rl_member"_s, u"DROP TABLE IF EXISTS rl_org"_s,
                       u"CREATE TABLE rl_org (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL)"_s,
                       u"CREATE TABLE rl_member (org_id INT NOT NULL, number INT NOT NULL, name VARCHAR(100) NOT NULL, "
                       "PRIMARY KEY (org_id, number))"_s,
                       u"CREATE TABLE rl_badge (id INT PRIMARY KEY, title VARCHAR(100) NOT NULL, org_id INT, member_no INT)"_s,
                       u"INSERT INTO rl_org VALUES (1, 'one'), (2, 'two'), (3, 'three')"_s};
    QStringList members;
    for (int org = 1; org <= 3; ++org) {
        for (int number = 1; number <= 5; ++number)
            members << u"(%1, %2, 'M%1.%2')"_s.arg(org).arg(number);
    }
    sql << u"INSERT INTO rl_member VALUES "_s + members.join(u", "_s);
    QStringList badges;
    for (int i = 1; i <= Badges; ++i) {
        const QString member = i == 7 ? u"NULL"_s : i == 8 ? u"99"_s : QString::number(i % 5 + 1);
        badges << u"(%1, 'badge %1', %2, %3)"_s.arg(i).arg(i == 8 ? 3 : i % 3 + 1).arg(member);
    }
    sql << u"INSERT INTO rl_badge VALUES "_s + badges.join(u", "_s);
    return sql;
}

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}
} // namespace

class TestRelationLabels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString urlOf(const QString &provider)
    {
        if (provider == u"postgresql"_s) {
            auto pg = test::TestServers::postgres();
            return pg ? pg->url : QString();
        }
        if (provider == u"mysql"_s) {
            auto my = test::TestServers::mysql();
            return my ? my->url : QString();
        }
        return u"file:"_s + m_dir.filePath(u"labels.db"_s);
    }

    /// The tables created, and the project's grid sources on them.
    std::shared_ptr<grid::GridSources> prepare(const QString &provider)
    {
        const QString url = urlOf(provider);
        if (url.isEmpty())
            return {};
        auto connection = test::openTestConnection(url);
        if (!connection)
            return {};
        for (const QString &sql : tables()) {
            if (!(*connection)->execute(db::Statement(sql))) {
                qWarning("%s failed", qPrintable(sql));
                return {};
            }
        }
        const QString schema = m_dir.filePath(provider + u".prisma"_s);
        QFile f(schema);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(schemaText(provider).toUtf8());
        f.close();
        auto sources = grid::GridSources::forDatabase(schema, url);
        if (!sources->problem().isEmpty())
            qWarning("%s", qPrintable(sources->problem()));
        return sources->problem().isEmpty() ? sources : nullptr;
    }

    static void providers()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase() { db::PoolRegistry::shared().shutdownAll(); }

    void compositeKeysAreLabelledOnceAPage_data() { providers(); }
    void compositeKeysAreLabelledOnceAPage()
    {
        QFETCH(QString, provider);
        auto sources = prepare(provider);
        QVERIFY(sources);
        const schema::ResolvedModel *badge = sources->schema().resolved.findModel(u"Badge"_s);
        QVERIFY(badge);
        auto opened = sources->openModel(u"Badge"_s, nullptr);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        grid::GridModel::Options options;
        options.pageSize = 100;
        options.maxPages = 10;
        grid::GridModel model(sources->pool(), (*opened)->modelTable(), (*opened)->gridColumns(), options);
        delete *opened;

        const QList<relation::ToOneLink> links = relation::toOneLinks(sources->schema().resolved, *badge, model.modelTable(),
                                                                      sources->provider());
        QCOMPARE(links.size(), 1);
        QVERIFY(links.front().isComposite());
        QCOMPARE(links.front().foreignKeyColumns, (QList<int>{OrgColumn, MemberColumn}));
        QCOMPARE(links.front().referencedFields, (QStringList{u"orgId"_s, u"number"_s}));
        QCOMPARE(links.front().displayField, u"name"_s);

        auto subscription = sources->pool()->bus()->subscribe();
        relation::RelationLabels labels(sources->pool(), &model, links);
        connect(&labels, &relation::RelationLabels::labelsFailed, this, [](const QString &m) { qWarning("labels: %s", qPrintable(m)); });
        QSignalSpy failed(&labels, &relation::RelationLabels::labelsFailed);
        QSignalSpy settled(&labels, &relation::RelationLabels::labelsSettled);
        QTRY_VERIFY(loaded(model, 0));
        // Badge 1: member (2, 2). The label shows beside both columns of the key.
        QTRY_COMPARE(model.index(0, OrgColumn).data().toString(), u"2 · M2.2"_s);
        QCOMPARE(model.index(0, MemberColumn).data().toString(), u"2 · M2.2"_s);
        QCOMPARE(model.index(0, 1).data().toString(), u"badge 1"_s); // no relation column: no label
        QCOMPARE(model.index(6, OrgColumn).data().toString(), u"2"_s);     // badge 7: NULL member number
        QCOMPARE(model.index(6, MemberColumn).data().toString(), u"NULL"_s);
        QCOMPARE(model.index(7, MemberColumn).data().toString(), u"99"_s); // badge 8: dangling, shows bare

        // Every page: the labels come with it, from at most one statement per page window.
        for (int row = 0; row < Badges; row += 50)
            QTRY_VERIFY(loaded(model, row));
        QTRY_VERIFY(loaded(model, Badges - 1));
        // Badge 450: member (1, 1).
        QTRY_COMPARE(model.index(Badges - 1, MemberColumn).data().toString(), u"1 · M1.1"_s);
        QCOMPARE(failed.size(), 0);
        // What `make screenshot` waits for: every loaded row's labels are in, and the labels said so.
        QTRY_VERIFY(labels.labelsCover(0, Badges - 1));
        QVERIFY(settled.size() >= 1);
        int labelStatements = 0;
        int pageWindows = 0;
        QString labelSql;
        for (const db::QueryEvent &e : subscription->drain()) {
            if (e.action.startsWith(u"labels Badge.member"_s)) {
                ++labelStatements;
                labelSql = e.sql;
            }
            pageWindows += e.model == u"Badge"_s && e.sql.contains(u"LIMIT"_s) ? 1 : 0;
        }
        QVERIFY2(labelStatements >= 1 && labelStatements <= pageWindows,
                 qPrintable(u"%1 label statements for %2 page windows"_s.arg(labelStatements).arg(pageWindows)));
        // Row values on all three (SQLite ≥ 3.15 spells the list as VALUES).
        QVERIFY2(labelSql.contains(provider == u"sqlite"_s ? u") IN (VALUES ("_s : u") IN (("_s), qPrintable(labelSql));
    }

    void rowValuesAndOrOfAndsAgree_data() { providers(); }
    void rowValuesAndOrOfAndsAgree()
    {
        QFETCH(QString, provider);
        auto sources = prepare(provider);
        QVERIFY(sources);
        auto member = mapping::modelTable(sources->schema().resolved, *sources->schema().resolved.findModel(u"Member"_s),
                                          sources->provider());
        QVERIFY(member);
        const QList<QList<db::Value>> keys = {{db::Value::fromInt(1), db::Value::fromInt(2)},
                                              {db::Value::fromInt(3), db::Value::fromInt(5)},
                                              {db::Value::fromInt(2), db::Value::fromInt(99)}, // no such member
                                              {db::Value::fromInt(2), db::Value::fromInt(4)}};
        const QStringList key = {u"org_id"_s, u"number"_s};
        QStringList results;
        for (db::KeyMatch match : {db::KeyMatch::RowValues, db::KeyMatch::OrOfAnds}) {
            auto names = sources->pool()
                             ->runBlocking(db::QueryOrigin::Grid, u"key lookup"_s,
                                   [&](db::Connection &c) -> db::Result<QStringList> {
                                       const db::Dialect d = db::Dialect::forServer(c.provider(), c.serverVersion());
                                       auto st = db::buildSelectByKeys(d, member->table, {u"name"_s}, key, keys, match);
                                       if (!st)
                                           return std::unexpected(st.error());
                                       auto r = c.execute(*st);
                                       if (!r)
                                           return std::unexpected(r.error());
                                       QStringList out;
                                       for (const QList<db::Value> &row : r->rows)
                                           out << row.front().toString();
                                       std::ranges::sort(out);
                                       return out;
                                   });
            QVERIFY2(names, qPrintable(names ? QString() : names.error().summary()));
            results << names->join(u',');
        }
        QCOMPARE(results.front(), u"M1.2,M2.4,M3.5"_s);
        QCOMPARE(results.back(), results.front());
    }
};

QTEST_GUILESS_MAIN(TestRelationLabels)
#include "tst_relation_labels.moc"
