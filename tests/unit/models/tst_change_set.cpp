// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The change set without a database: values refused before staging (Int range, Decimal precision and scale,
// enum labels, NULL in a required field; JSON null, SQL NULL and "" kept apart), undo/redo and discard,
// client-side defaults of inserts, the review's SQL with the model's guard, the journal's round trip and
// the changeset file's checks.
#include "edit/ChangeJournal.h"
#include "edit/ChangeReview.h"
#include "edit/ChangeSet.h"
#include "edit/ChangesetFile.h"
#include "edit/ClientDefaults.h"
#include "edit/ConflictResolution.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;
using edit::ChangeSet;

namespace {

const QString SchemaText = uR"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}
enum Role {
  USER
  ADMIN @map("admin")
}
model Item {
  id        Int      @id @default(autoincrement())
  count     Int
  small     Int      @db.SmallInt
  price     Decimal  @db.Decimal(5, 2)
  data      Json?
  role      Role     @default(USER)
  label     String?
  uid       String   @default(uuid(7))
  cid       String   @default(cuid(2))
  ul        String   @default(ulid())
  nano      String   @default(nanoid(8))
  at        DateTime @default(now())
  updatedAt DateTime @updatedAt
}
model Post {
  id      Int    @id
  title   String
  version Int    @default(0)
}
)"_s;

edit::EditSchemaPtr makeSchema()
{
    auto validated = schema::validateSchemaText(SchemaText);
    if (validated.hasErrors())
        qFatal("test schema invalid");
    return std::make_shared<const edit::EditSchema>(std::move(validated.resolved), db::Provider::PostgreSQL);
}

db::RowKey key(int id)
{
    return {{u"id"_s, db::Value::fromInt(id)}};
}

edit::RowSnapshot itemRow()
{
    edit::RowSnapshot s;
    s.values = {{u"id"_s, db::Value::fromInt(1)},
                {u"count"_s, db::Value::fromInt(3)},
                {u"small"_s, db::Value::fromInt(1)},
                {u"price"_s, db::Value::fromDecimal(*db::Decimal::parse(u"1.50"))},
                {u"data"_s, db::Value()},
                {u"role"_s, db::Value::fromEnum(u"Role"_s, u"USER"_s)},
                {u"label"_s, db::Value()},
                {u"updatedAt"_s, db::Value::fromDateTime(*db::DateTime::fromUnixMillis(1'700'000'000'000))}};
    s.xmin = u"4711"_s;
    return s;
}

db::Value dec(const QString &text)
{
    return db::Value::fromDecimal(*db::Decimal::parse(text));
}

} // namespace

class TestChangeSet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesValuesTheColumnCannotHold_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<db::Value>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("smallint range") << u"small"_s << db::Value::fromInt(40000) << u"Item.small"_s;
        QTest::newRow("decimal scale") << u"price"_s << dec(u"1.234"_s) << u"Item.price"_s;
        QTest::newRow("decimal precision") << u"price"_s << dec(u"1234.5"_s) << u"Item.price"_s;
        QTest::newRow("wrong kind") << u"count"_s << db::Value::fromString(u"3"_s) << u"Item.count holds"_s;
        QTest::newRow("bigint into int") << u"count"_s << db::Value::fromBigInt(5) << u"Item.count holds"_s;
        QTest::newRow("required null") << u"count"_s << db::Value() << u"Item.count is required"_s;
        QTest::newRow("unknown enum label") << u"role"_s << db::Value::fromEnum(u"Role"_s, u"ADMIN"_s) << u"not a value of the enum Role"_s;
    }
    void refusesValuesTheColumnCannotHold()
    {
        QFETCH(QString, field);
        QFETCH(db::Value, value);
        QFETCH(QString, message);
        ChangeSet changes(makeSchema());
        QSignalSpy changed(&changes, &ChangeSet::changed);
        auto r = changes.stageUpdate(u"Item"_s, key(1), field, value, itemRow());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(message), qPrintable(r.error()));
        QVERIFY(changes.isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void acceptsWhatFitsAndKeepsNullKindsApart()
    {
        ChangeSet changes(makeSchema());
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"price"_s, dec(u"999.99"_s), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"role"_s, db::Value::fromEnum(u"Role"_s, u"admin"_s), itemRow()));
        // JSON null is a value, distinct from the SQL NULL that was read; "" is distinct from NULL.
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"data"_s, db::Value::fromJson(db::Json::jsonNull()), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"label"_s, db::Value::fromString(QString()), itemRow()));
        QCOMPARE(changes.row(edit::rowIdOf(u"Item"_s, key(1)))->cells.size(), 4);
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"label"_s)->kind(), db::ScalarKind::String);
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"data"_s)->kind(), db::ScalarKind::Json);
        // Setting a cell back to what was read unstages it.
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"label"_s, db::Value(), itemRow()));
        QVERIFY(!changes.stagedValue(u"Item"_s, key(1), u"label"_s));
        QCOMPARE(changes.rowState(u"Item"_s, key(1)), ChangeSet::RowState::Updated);
        QCOMPARE(changes.rowState(u"Item"_s, key(2)), ChangeSet::RowState::Clean);
        // Key fields and the version field are not edited in place.
        QVERIFY(!changes.stageUpdate(u"Item"_s, key(1), u"id"_s, db::Value::fromInt(9), itemRow()));
        edit::RowSnapshot post;
        post.values = {{u"id"_s, db::Value::fromInt(1)}, {u"title"_s, db::Value::fromString(u"a"_s)}, {u"version"_s, db::Value::fromInt(0)}};
        QVERIFY(!changes.stageUpdate(u"Post"_s, key(1), u"version"_s, db::Value::fromInt(5), post));
    }

    void undoRedoAndDiscard()
    {
        ChangeSet changes(makeSchema());
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(4), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(5), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(2), u"count"_s, db::Value::fromInt(6), itemRow()));
        QCOMPARE(changes.rowCount(), 2);
        QVERIFY(changes.undo());
        QCOMPARE(changes.rowCount(), 1);
        QVERIFY(changes.undo());
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 4);
        QVERIFY(changes.redo());
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 5);
        QVERIFY(changes.redo());
        QVERIFY(!changes.redo());
        QCOMPARE(changes.rowCount(), 2);

        QVERIFY(changes.discardCell(edit::rowIdOf(u"Item"_s, key(2)), u"count"_s));
        QCOMPARE(changes.rowCount(), 1);
        changes.discardAll();
        QVERIFY(changes.isEmpty());
        QVERIFY(changes.undo()); // discarding is undoable too
        QCOMPARE(changes.rowCount(), 1);
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 5);

        // Delete: replaces a staged update, and refuses updates while staged.
        QVERIFY(changes.stageDelete(u"Item"_s, key(1), itemRow()));
        QCOMPARE(changes.rowState(u"Item"_s, key(1)), ChangeSet::RowState::Deleted);
        QVERIFY(!changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(7), itemRow()));
        QVERIFY(changes.undo());
        QCOMPARE(changes.rowState(u"Item"_s, key(1)), ChangeSet::RowState::Updated);
    }

    void groupIsOneStepOneJournalWriteOneSignal()
    {
        ChangeSet changes(makeSchema());
        int writes = 0;
        bool refuse = false;
        changes.setBeforeCommit([&](const QList<edit::StagedRow> &) -> std::expected<void, QString> {
            ++writes;
            if (refuse)
                return std::unexpected(u"disk full"_s);
            return {};
        });
        QSignalSpy changed(&changes, &ChangeSet::changed);
        changes.beginGroup();
        for (int id = 1; id <= 3; ++id)
            QVERIFY(changes.stageUpdate(u"Item"_s, key(id), u"count"_s, db::Value::fromInt(10 + id), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(99), itemRow())); // same row again
        QCOMPARE(writes, 0);
        QVERIFY(changes.endGroup());
        QCOMPARE(writes, 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changes.rowCount(), 3);
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 99);
        QVERIFY(changes.undo()); // the whole group at once, the twice-changed row back to nothing
        QVERIFY(changes.isEmpty());
        QVERIFY(changes.redo());
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 99);

        // A journal that refuses the group undoes all of it.
        refuse = true;
        changes.beginGroup();
        QVERIFY(changes.stageUpdate(u"Item"_s, key(4), u"count"_s, db::Value::fromInt(1), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(5), itemRow()));
        QVERIFY(!changes.endGroup());
        QCOMPARE(changes.rowCount(), 3);
        QCOMPARE(changes.stagedValue(u"Item"_s, key(1), u"count"_s)->toInt(), 99);
        // And a single step it refuses is refused with the journal's message.
        auto single = changes.stageUpdate(u"Item"_s, key(5), u"count"_s, db::Value::fromInt(1), itemRow());
        QVERIFY(!single);
        QCOMPARE(single.error(), u"disk full"_s);
        QCOMPARE(changes.rowState(u"Item"_s, key(5)), ChangeSet::RowState::Clean);
    }

    void insertsGenerateClientDefaults()
    {
        ChangeSet changes(makeSchema());
        auto id = changes.stageInsert(u"Item"_s, {{u"count"_s, db::Value::fromInt(1)}});
        QVERIFY2(id, qPrintable(id ? QString() : id.error()));
        const edit::StagedRow *row = changes.row(edit::rowIdOfInsert(u"Item"_s, *id));
        QVERIFY(row);
        QVERIFY(!row->cell(u"id")); // autoincrement: the database's
        QVERIFY(!row->cell(u"role")); // a literal default: the database's
        const QString uid = row->cell(u"uid")->value.toString();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s).match(uid).hasMatch(), qPrintable(uid));
        QVERIFY(QRegularExpression(u"^[a-z][0-9a-z]{23}$"_s).match(row->cell(u"cid")->value.toString()).hasMatch());
        QVERIFY(QRegularExpression(u"^[0-9A-HJKMNP-TV-Z]{26}$"_s).match(row->cell(u"ul")->value.toString()).hasMatch());
        QCOMPARE(row->cell(u"nano")->value.toString().size(), 8);
        QCOMPARE(row->cell(u"at")->value.kind(), db::ScalarKind::DateTime);
        QCOMPARE(row->cell(u"updatedAt")->value.kind(), db::ScalarKind::DateTime);
        QVERIFY(changes.setInsertValue(u"Item"_s, *id, u"label"_s, db::Value::fromString(u"x"_s)));
        QCOMPARE(changes.insertedRows(u"Item"_s).size(), 1);
        // Two ids generated apart are different.
        QVERIFY(edit::generateUuidV4() != edit::generateUuidV4());
        QVERIFY(edit::generateCuid(1) != edit::generateCuid(1));
        QVERIFY(edit::generateCuid(1).startsWith(u'c'));
        QCOMPARE(edit::generateCuid(1).size(), 25);
    }

    void editMineRebasesOnTheirsAndRefusesWhatCannotBeEdited()
    {
        const auto schema = makeSchema();
        ChangeSet changes(schema);
        edit::RowSnapshot read;
        read.values = {{u"id"_s, db::Value::fromInt(7)}, {u"title"_s, db::Value::fromString(u"a"_s)}, {u"version"_s, db::Value::fromInt(3)}};
        QVERIFY(changes.stageUpdate(u"Post"_s, key(7), u"title"_s, db::Value::fromString(u"mine"_s), read));
        edit::RowConflict conflict;
        conflict.row = *changes.row(edit::rowIdOf(u"Post"_s, key(7)));
        conflict.theirs.values = read.values;
        conflict.theirs.values.insert(u"title"_s, db::Value::fromString(u"theirs"_s));
        conflict.theirs.values.insert(u"version"_s, db::Value::fromInt(4));

        // Refused: the key, the version field, a value of the wrong kind; the staged row stays as it was.
        QVERIFY(!edit::editMine(changes, conflict, {{u"id"_s, db::Value::fromInt(8)}}));
        QVERIFY(!edit::editMine(changes, conflict, {{u"version"_s, db::Value::fromInt(9)}}));
        const auto wrongKind = edit::editMine(changes, conflict, {{u"title"_s, db::Value::fromInt(9)}});
        QVERIFY(!wrongKind);
        QVERIFY2(wrongKind.error().contains(u"Post.title"_s), qPrintable(wrongKind.error()));
        QCOMPARE(changes.row(conflict.row.id())->snapshot.values.value(u"version"_s).toBigInt(), 3);

        QSignalSpy changed(&changes, &ChangeSet::changed);
        QVERIFY(edit::editMine(changes, conflict, {{u"title"_s, db::Value::fromString(u"typed"_s)}}));
        QCOMPARE(changed.size(), 1);
        const edit::StagedRow *row = changes.row(conflict.row.id());
        QCOMPARE(row->snapshot.values.value(u"version"_s).toBigInt(), 4); // the next save expects theirs
        QCOMPARE(row->cell(u"title")->original.toString(), u"theirs"_s);
        QCOMPARE(row->cell(u"title")->value.toString(), u"typed"_s);
        // The review's guard follows: the update now expects their version.
        auto review = edit::reviewChanges(*schema, db::Dialect(db::Provider::PostgreSQL), changes.rows());
        QVERIFY(review && review->size() == 1);
        const QString reviewed = review->front().changes.join(u'\n');
        QVERIFY2(reviewed.contains(u"version: 4 → 5 (guard)"_s), qPrintable(reviewed));
        QVERIFY(changes.undo()); // one step
        QCOMPARE(changes.row(conflict.row.id())->cell(u"title")->value.toString(), u"mine"_s);

        // A row someone deleted, or a staged delete, has no values to edit.
        edit::RowConflict gone = conflict;
        gone.rowGone = true;
        QVERIFY(!edit::editMine(changes, gone, {{u"title"_s, db::Value::fromString(u"x"_s)}}));
        QVERIFY(changes.stageDelete(u"Post"_s, key(7), read));
        const auto onDelete = edit::editMine(changes, conflict, {{u"title"_s, db::Value::fromString(u"x"_s)}});
        QVERIFY(!onDelete);
        QVERIFY2(onDelete.error().contains(u"delete"_s), qPrintable(onDelete.error()));
    }

    void reviewShowsChangesAndTheExactSql()
    {
        const auto schema = makeSchema();
        ChangeSet changes(schema);
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"count"_s, db::Value::fromInt(4), itemRow()));
        edit::RowSnapshot post;
        post.values = {{u"id"_s, db::Value::fromInt(7)}, {u"title"_s, db::Value::fromString(u"a"_s)}, {u"version"_s, db::Value::fromInt(3)}};
        QVERIFY(changes.stageDelete(u"Post"_s, key(7), post));
        auto review = edit::reviewChanges(*schema, db::Dialect(db::Provider::PostgreSQL), changes.rows());
        QVERIFY2(review, qPrintable(review ? QString() : review.error()));
        QCOMPARE(review->size(), 2);
        const edit::ReviewEntry &update = review->at(0);
        QCOMPARE(update.title, u"update Item (id=1)"_s);
        QVERIFY(update.changes.contains(u"count: 3 → 4"_s));
        QVERIFY2(update.sql.startsWith(u"UPDATE \"Item\" SET \"count\" = $1, \"updatedAt\" = $2"_s), qPrintable(update.sql));
        QVERIFY2(update.sql.contains(u"WHERE \"id\" = $3 AND \"updatedAt\" = $4"_s), qPrintable(update.sql));
        QVERIFY(update.guard.contains(u"@updatedAt"_s));
        const edit::ReviewEntry &del = review->at(1);
        QVERIFY2(del.sql.startsWith(u"DELETE FROM \"Post\" WHERE \"id\" = $1 AND \"version\" = $2"_s), qPrintable(del.sql));
        QVERIFY(del.sql.contains(u"$2 = 3"_s));
    }

    void reviewShowsTheGroupedStatementOnPostgres()
    {
        const auto schema = makeSchema();
        ChangeSet changes(schema);
        for (int id = 1; id <= 3; ++id) {
            edit::RowSnapshot post;
            post.values = {{u"id"_s, db::Value::fromInt(id)}, {u"title"_s, db::Value::fromString(u"a"_s)}, {u"version"_s, db::Value::fromInt(id)}};
            QVERIFY(changes.stageUpdate(u"Post"_s, key(id), u"title"_s, db::Value::fromString(u"b"_s), post));
        }
        auto review = edit::reviewChanges(*schema, db::Dialect(db::Provider::PostgreSQL), changes.rows());
        QVERIFY(review);
        QCOMPARE(review->size(), 3);
        QVERIFY2(review->at(0).sql.startsWith(u"UPDATE \"Post\" AS t SET \"title\" = v.\"c0\", \"version\" = t.\"version\" + 1 "
                                              "FROM unnest($1::int4[], $2::text[], $3::int4[])"_s),
                 qPrintable(review->at(0).sql));
        QVERIFY(review->at(0).sql.contains(u"$3 = [1,2,3]"_s));
        QVERIFY(review->at(1).sql.contains(u"first row of this run (3 rows)"_s));
        // Other databases: one statement per row.
        auto mysql = edit::reviewChanges(*schema, db::Dialect(db::Provider::MySQL), changes.rows());
        QVERIFY(mysql);
        QVERIFY(mysql->at(1).sql.startsWith(u"UPDATE `Post` SET `title` = ?"_s));
    }

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        const auto schema = makeSchema();
        const QString path = dir.filePath(u"journal.json"_s);
        ChangeSet changes(schema);
        edit::ChangeJournal journal(path, u"postgresql://u:****@h/db"_s, schema);
        journal.attach(changes);
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"price"_s, dec(u"2.25"_s), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"data"_s, db::Value::fromJson(db::Json::jsonNull()), itemRow()));
        QVERIFY(changes.stageUpdate(u"Item"_s, key(1), u"role"_s, db::Value::fromEnum(u"Role"_s, u"admin"_s), itemRow()));
        QVERIFY(changes.stageInsert(u"Item"_s, {{u"count"_s, db::Value::fromInt(9)}}));
        QVERIFY(QFile::exists(path)); // written on each step, before it is announced

        auto restored = edit::ChangeJournal::read(path, *schema);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error()));
        QCOMPARE(restored->connection, u"postgresql://u:****@h/db"_s);
        ChangeSet again(schema);
        again.restore(restored->rows);
        QCOMPARE(again.rowCount(), 2);
        const edit::StagedRow *row = again.row(edit::rowIdOf(u"Item"_s, key(1)));
        QVERIFY(row);
        QCOMPARE(row->snapshot.xmin, u"4711"_s);
        QVERIFY(row->cell(u"price")->value == dec(u"2.25"_s));
        QVERIFY(row->cell(u"data")->value == db::Value::fromJson(db::Json::jsonNull()));
        QVERIFY(row->cell(u"data")->original.isNull());
        QVERIFY(row->cell(u"role")->value == db::Value::fromEnum(u"Role"_s, u"admin"_s));
        QCOMPARE(again.insertedRows(u"Item"_s).size(), 1);

        changes.discardAll();
        QVERIFY(!QFile::exists(path)); // nothing staged: no journal
    }

    void changesetFileIsCheckedWithPlaces_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("version") << QByteArray(R"({"changes": []})") << u"\"version\""_s;
        QTest::newRow("model") << QByteArray(R"({"version": 1, "changes": [{"model": "Nope"}]})") << u"changes[0].model"_s;
        QTest::newRow("no guard value")
            << QByteArray(R"({"version": 1, "changes": [{"model": "Post", "update": [{"where": {"id": 1}, "data": {"title": "x"}}]}]})")
            << u"changes[0].update[0].expected: Post is guarded by version field"_s;
        QTest::newRow("value")
            << QByteArray(R"({"version": 1, "changes": [{"model": "Item", "create": [{"count": 1, "small": 99999, "price": "1"}]}]})")
            << u"changes[0].create[0]: Item.small"_s;
        QTest::newRow("key")
            << QByteArray(R"({"version": 1, "changes": [{"model": "Post", "delete": [{"where": {"title": "a"}, "expected": {"version": 1}}]}]})")
            << u"changes[0].delete[0].where: \"title\" is not a key field"_s;
    }
    void changesetFileIsCheckedWithPlaces()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto rows = edit::parseChangeset(json, *makeSchema());
        QVERIFY(!rows);
        QVERIFY2(rows.error().contains(message), qPrintable(rows.error()));
    }

    void changesetFileBecomesStagedRows()
    {
        const QByteArray json = R"({"version": 1, "changes": [
            {"model": "Post", "create": [{"id": 5, "title": "new"}],
             "update": [{"where": {"id": 1}, "expected": {"version": 2}, "data": {"title": "b"}}],
             "delete": [{"where": {"id": 2}, "expected": {"version": 0}}]},
            {"model": "Item", "update": [{"where": {"id": 1}, "expected": {"updatedAt": "2023-11-14T22:13:20.000Z"},
                                          "data": {"price": "12.5", "data": {"$prisma": "JsonNull"}, "role": "ADMIN"}}]}]})";
        auto rows = edit::parseChangeset(json, *makeSchema());
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error()));
        QCOMPARE(rows->size(), 4);
        QCOMPARE(int(rows->at(0).kind), int(edit::StagedRow::Kind::Insert));
        QCOMPARE(int(rows->at(1).kind), int(edit::StagedRow::Kind::Update));
        QCOMPARE(rows->at(1).snapshot.values.value(u"version"_s).toInt(), 2);
        QCOMPARE(int(rows->at(2).kind), int(edit::StagedRow::Kind::Delete));
        const edit::StagedRow &item = rows->at(3);
        QVERIFY(item.cell(u"price")->value == dec(u"12.5"_s));
        QVERIFY(item.cell(u"data")->value == db::Value::fromJson(db::Json::jsonNull()));
        QVERIFY(item.cell(u"role")->value == db::Value::fromEnum(u"Role"_s, u"admin"_s)); // by name in, label stored
    }
};

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_change_set.moc"
