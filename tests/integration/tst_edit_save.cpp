// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The editing core against real databases (PostgreSQL, MariaDB, SQLite; one body): a save of staged updates,
// inserts and deletes in one transaction with database defaults read back; a guard that matches no row rolls
// the whole save back and reports original / theirs / mine; "keep mine" re-bases and saves; a unique
// violation and a foreign-key violation roll back and point at the row and field with the Prisma code; the
// delete impact counts cascading rows; the audit log records what was saved.
#include "EditTestData.h"

#include "edit/AuditLog.h"
#include "edit/ChangeSaver.h"
#include "edit/ChangeSet.h"
#include "edit/ConflictResolution.h"
#include "edit/DeleteImpact.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::test;
using edit::StagedRow;

namespace {

db::RowKey intKey(int id)
{
    return {{u"id"_s, db::Value::fromInt(id)}};
}

} // namespace

class TestEditSave : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_provider;
    std::unique_ptr<db::Connection> m_conn;  ///< the studio's connection
    std::unique_ptr<db::Connection> m_other; ///< someone else writing meanwhile
    edit::EditSchemaPtr m_schema;

    const edit::EditSchema::Model &model(const QString &name) { return **m_schema->model(name); }

    edit::RowSnapshot read(const QString &modelName, const db::RowKey &key)
    {
        auto r = edit::readRow(*m_conn, model(modelName), key);
        if (!r || !*r)
            qFatal("cannot read %s", qPrintable(modelName));
        return **r;
    }

    // Fresh tables: author 1 "ann" with posts 1..3, author 2 "bob" with none, one note.
    void setUp(const QString &provider)
    {
        m_provider = provider;
        const QString url = editTestUrl(provider, m_dir.filePath(u"edit-save.db"_s));
        m_conn = openEditConnection(url);
        m_other = openEditConnection(url);
        m_schema = editSchema(provider);
        for (const QString &sql : editDdl(m_conn->provider()))
            exec(*m_conn, sql);
        db::Connection &c = *m_conn;
        exec(c, u"INSERT INTO %1 (name) VALUES ('ann'), ('bob')"_s.arg(q(c, u"EdAuthor"_s)));
        for (int i = 1; i <= 3; ++i)
            exec(c, u"INSERT INTO %1 (title, %2) VALUES (%3, 1)"_s.arg(q(c, u"EdPost"_s), q(c, u"authorId"_s), ph(c, 1)),
                 {db::Value::fromString(u"post %1"_s.arg(i))});
        exec(c, u"INSERT INTO %1 (id, body) VALUES ('n1', 'first')"_s.arg(q(c, u"EdNote"_s)));
    }

    QString scalar(const QString &sql)
    {
        auto r = m_other->execute(db::Statement(sql));
        if (!r || r->rows.isEmpty())
            return u"<none>"_s;
        const db::Value v = r->rows.front().front();
        return v.isNull() ? u"NULL"_s : v.kind() == db::ScalarKind::String ? v.toString() : QString::number(v.toBigInt());
    }

    QString postTitle(int id) { return scalar(u"SELECT title FROM %1 WHERE id = %2"_s.arg(q(*m_other, u"EdPost"_s)).arg(id)); }

    static void providers()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void savesUpdatesInsertsDeletesInOneTransaction_data() { providers(); }
    void savesUpdatesInsertsDeletesInOneTransaction()
    {
        QFETCH(QString, provider);
        setUp(provider);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(1), u"title"_s, db::Value::fromString(u"edited"_s), read(u"EdPost"_s, intKey(1))));
        auto inserted = changes.stageInsert(u"EdPost"_s, {{u"title"_s, db::Value::fromString(u"new"_s)}, {u"authorId"_s, db::Value::fromInt(2)}});
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error()));
        QVERIFY(changes.stageDelete(u"EdPost"_s, intKey(3), read(u"EdPost"_s, intKey(3))));
        auto note = changes.stageInsert(u"EdNote"_s, {{u"body"_s, db::Value::fromString(u"hello"_s)}});
        QVERIFY(note);

        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QVERIFY2(outcome.status == edit::SaveOutcome::Status::Saved,
                 qPrintable(outcome.failure ? outcome.failure->describe() : u"conflict"_s));
        QCOMPARE(outcome.savedRows.size(), 4);
        QCOMPARE(postTitle(1), u"edited"_s);
        QCOMPARE(scalar(u"SELECT version FROM %1 WHERE id = 1"_s.arg(q(*m_other, u"EdPost"_s))), u"1"_s);
        QCOMPARE(postTitle(3), u"<none>"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1 WHERE title = 'new' AND views = 0"_s.arg(q(*m_other, u"EdPost"_s))), u"1"_s);

        // Database defaults show after the save: the new post's id and views, the note's createdAt.
        const edit::SavedRow &post = outcome.savedRows[1];
        QCOMPARE(post.key.size(), 1);
        QVERIFY(!post.key.front().value.isNull());
        QCOMPARE(post.stored.values.value(u"views"_s).toBigInt(), 0);
        const edit::SavedRow &savedNote = outcome.savedRows[3];
        QCOMPARE(savedNote.stored.values.value(u"id"_s).toString().size(), 36); // uuid() generated by Facet
        QCOMPARE(savedNote.stored.values.value(u"createdAt"_s).kind(), db::ScalarKind::DateTime);

        changes.markSaved(outcome.savedIds());
        QVERIFY(changes.isEmpty());

        // The audit log records every field change of the save.
        edit::AuditLog audit(m_dir.filePath(u"audit-%1.jsonl"_s.arg(provider)));
        QVERIFY(audit.append(outcome, u"masked"_s, *m_schema));
        auto entries = audit.read();
        QVERIFY(entries);
        const auto titleEdit = std::find_if(entries->begin(), entries->end(), [](const edit::AuditEntry &e) {
            return e.action == u"update"_s && e.field == u"title"_s;
        });
        QVERIFY(titleEdit != entries->end());
        QCOMPARE(titleEdit->oldValue.toString(), u"post 1"_s);
        QCOMPARE(titleEdit->newValue.toString(), u"edited"_s);
        QVERIFY(edit::auditEntriesToCsv(*entries).startsWith("at,connection,model,action,key,field,old,new"));
    }

    void conflictRollsBackEverythingAndKeepMineSaves_data() { providers(); }
    void conflictRollsBackEverythingAndKeepMineSaves()
    {
        QFETCH(QString, provider);
        setUp(provider);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(1), u"title"_s, db::Value::fromString(u"mine 1"_s), read(u"EdPost"_s, intKey(1))));
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(2), u"title"_s, db::Value::fromString(u"mine 2"_s), read(u"EdPost"_s, intKey(2))));
        // Someone else changes post 2 after Facet read it.
        exec(*m_other, u"UPDATE %1 SET title = 'theirs', views = 7, version = version + 1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s)));

        const edit::SaveOutcome first = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(first.status), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(first.conflicts.size(), 1);
        const edit::RowConflict &conflict = first.conflicts.front();
        QCOMPARE(edit::describeKey(conflict.row.key), u"id=2"_s);
        const auto title = std::find_if(conflict.fields.begin(), conflict.fields.end(), [](const edit::ConflictField &f) { return f.field == u"title"_s; });
        QVERIFY(title != conflict.fields.end());
        QCOMPARE(title->original.toString(), u"post 2"_s);
        QCOMPARE(title->theirs.toString(), u"theirs"_s);
        QCOMPARE(title->mine.toString(), u"mine 2"_s);
        QVERIFY(title->changedByMe && title->changedByThem);
        // Nothing half-saved: post 1 kept its title; the staged changes are still there.
        QCOMPARE(postTitle(1), u"post 1"_s);
        QCOMPARE(changes.rowCount(), 2);

        QVERIFY(edit::keepMine(changes, conflict));
        const edit::SaveOutcome second = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QVERIFY2(second.status == edit::SaveOutcome::Status::Saved, qPrintable(second.failure ? second.failure->describe() : u"conflict"_s));
        QCOMPARE(postTitle(1), u"mine 1"_s);
        QCOMPARE(postTitle(2), u"mine 2"_s);
        // Their other change survives: keep mine applies only my fields on top of theirs.
        QCOMPARE(scalar(u"SELECT views FROM %1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s))), u"7"_s);
        QCOMPARE(scalar(u"SELECT version FROM %1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s))), u"2"_s);
    }

    void conflictEditSavesTheTypedValueOnTopOfTheirs_data() { providers(); }
    void conflictEditSavesTheTypedValueOnTopOfTheirs()
    {
        QFETCH(QString, provider);
        setUp(provider);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(2), u"title"_s, db::Value::fromString(u"mine"_s), read(u"EdPost"_s, intKey(2))));
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(2), u"views"_s, db::Value::fromInt(3), read(u"EdPost"_s, intKey(2))));
        exec(*m_other, u"UPDATE %1 SET title = 'theirs', views = 7, version = version + 1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s)));
        const edit::SaveOutcome first = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(first.status), int(edit::SaveOutcome::Status::Conflict));
        const edit::RowConflict conflict = first.conflicts.front();

        // Refusals change nothing: a value the column cannot hold, the version field, an unknown field.
        const StagedRow before = *changes.row(conflict.row.id());
        auto tooBig = edit::editMine(changes, conflict, {{u"views"_s, db::Value::fromBigInt(1LL << 40)}});
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().contains(u"views"_s), qPrintable(tooBig.error()));
        QVERIFY(!edit::editMine(changes, conflict, {{u"version"_s, db::Value::fromInt(9)}}));
        QVERIFY(!edit::editMine(changes, conflict, {{u"nope"_s, db::Value::fromInt(9)}}));
        QCOMPARE(changes.row(conflict.row.id())->snapshot.values, before.snapshot.values);

        // The typed title replaces mine; my views stay; the guard now expects theirs.
        QVERIFY(edit::editMine(changes, conflict, {{u"title"_s, db::Value::fromString(u"typed"_s)}}));
        const StagedRow *edited = changes.row(conflict.row.id());
        QVERIFY(edited);
        QCOMPARE(edited->cell(u"title")->value.toString(), u"typed"_s);
        QCOMPARE(edited->cell(u"title")->original.toString(), u"theirs"_s);
        QCOMPARE(edited->cell(u"views")->value.toBigInt(), 3);
        QCOMPARE(edited->snapshot.values.value(u"version"_s).toBigInt(), 1);
        // One undo step: undo brings back my row as it was before the resolution.
        QVERIFY(changes.undo());
        QCOMPARE(changes.row(conflict.row.id())->cell(u"title")->value.toString(), u"mine"_s);
        QVERIFY(changes.redo());

        const edit::SaveOutcome second = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QVERIFY2(second.status == edit::SaveOutcome::Status::Saved, qPrintable(second.failure ? second.failure->describe() : u"conflict"_s));
        QCOMPARE(postTitle(2), u"typed"_s);
        QCOMPARE(scalar(u"SELECT views FROM %1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s))), u"3"_s);
        QCOMPARE(scalar(u"SELECT version FROM %1 WHERE id = 2"_s.arg(q(*m_other, u"EdPost"_s))), u"2"_s); // guard advanced

        // Typing theirs back for every field I changed leaves nothing to save for the row.
        edit::ChangeSet again(m_schema);
        QVERIFY(again.stageUpdate(u"EdPost"_s, intKey(3), u"title"_s, db::Value::fromString(u"mine 3"_s), read(u"EdPost"_s, intKey(3))));
        exec(*m_other, u"UPDATE %1 SET title = 'theirs 3', version = version + 1 WHERE id = 3"_s.arg(q(*m_other, u"EdPost"_s)));
        const edit::SaveOutcome third = edit::saveChanges(*m_conn, *m_schema, again.rows());
        QCOMPARE(int(third.status), int(edit::SaveOutcome::Status::Conflict));
        QVERIFY(edit::editMine(again, third.conflicts.front(), {{u"title"_s, db::Value::fromString(u"theirs 3"_s)}}));
        QVERIFY(again.isEmpty());
    }

    void modelWithoutVersionIsGuardedToo_data() { providers(); }
    void modelWithoutVersionIsGuardedToo()
    {
        QFETCH(QString, provider);
        setUp(provider);
        const db::RowKey key{{u"id"_s, db::Value::fromString(u"n1"_s)}};
        QCOMPARE(int(model(u"EdNote"_s).guard.kind),
                 int(provider == u"postgresql"_s ? edit::ModelGuard::Kind::Xmin : edit::ModelGuard::Kind::OriginalValues));
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdNote"_s, key, u"body"_s, db::Value::fromString(u"mine"_s), read(u"EdNote"_s, key)));
        exec(*m_other, u"UPDATE %1 SET body = 'theirs' WHERE id = 'n1'"_s.arg(q(*m_other, u"EdNote"_s)));
        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(scalar(u"SELECT body FROM %1 WHERE id = 'n1'"_s.arg(q(*m_other, u"EdNote"_s))), u"theirs"_s);

        // Take theirs drops my change.
        edit::takeTheirs(changes, outcome.conflicts.front());
        QVERIFY(changes.isEmpty());
    }

    void updatedAtGuardDetectsTheirChangeAndMovesOn_data() { providers(); }
    void updatedAtGuardDetectsTheirChangeAndMovesOn()
    {
        QFETCH(QString, provider);
        setUp(provider);
        QCOMPARE(int(model(u"EdTask"_s).guard.kind), int(edit::ModelGuard::Kind::UpdatedAt));
        edit::ChangeSet setup(m_schema);
        QVERIFY(setup.stageInsert(u"EdTask"_s, {{u"id"_s, db::Value::fromInt(1)}})); // @updatedAt generated by Facet
        QVERIFY(edit::saveChanges(*m_conn, *m_schema, setup.rows()).status == edit::SaveOutcome::Status::Saved);

        const edit::RowSnapshot asRead = read(u"EdTask"_s, intKey(1));
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdTask"_s, intKey(1), u"done"_s, db::Value::fromBool(true), asRead));
        const edit::SaveOutcome saved = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QVERIFY2(saved.status == edit::SaveOutcome::Status::Saved, qPrintable(saved.failure ? saved.failure->describe() : u"conflict: the guard did not match the value read"_s));
        const db::Value newStamp = saved.savedRows.front().stored.values.value(u"updatedAt"_s);
        QVERIFY(!(newStamp == asRead.values.value(u"updatedAt"_s)));

        // A second edit still holding the first reading is a conflict: the save moved updatedAt on.
        edit::ChangeSet stale(m_schema);
        QVERIFY(stale.stageUpdate(u"EdTask"_s, intKey(1), u"done"_s, db::Value::fromBool(true), asRead));
        QCOMPARE(stale.rowCount(), 1);
        QCOMPARE(int(edit::saveChanges(*m_conn, *m_schema, stale.rows()).status), int(edit::SaveOutcome::Status::Conflict));
    }

    void lostConnectionRollsBackAndKeepsEveryEdit()
    {
        setUp(u"postgresql"_s);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(1), u"title"_s, db::Value::fromString(u"edited"_s), read(u"EdPost"_s, intKey(1))));
        exec(*m_other, u"SELECT pg_terminate_backend(%1)"_s.arg(m_conn->sessionId()));
        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Failed));
        QVERIFY2(outcome.failure->error.prismaCode.startsWith(u"P1"_s), qPrintable(outcome.failure->error.summary()));
        QCOMPARE(changes.rowCount(), 1);
        QCOMPARE(postTitle(1), u"post 1"_s);
    }

    void uniqueViolationRollsBackAndPointsAtRowAndField_data() { providers(); }
    void uniqueViolationRollsBackAndPointsAtRowAndField()
    {
        QFETCH(QString, provider);
        setUp(provider);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(1), u"title"_s, db::Value::fromString(u"edited"_s), read(u"EdPost"_s, intKey(1))));
        QVERIFY(changes.stageInsert(u"EdAuthor"_s, {{u"name"_s, db::Value::fromString(u"ann"_s)}}));
        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Failed));
        QVERIFY(outcome.failure);
        QCOMPARE(outcome.failure->error.prismaCode, u"P2002"_s);
        QVERIFY(outcome.failure->row);
        QCOMPARE(outcome.failure->row->model, u"EdAuthor"_s);
        QCOMPARE(outcome.failure->field, u"name"_s);
        QCOMPARE(postTitle(1), u"post 1"_s); // rolled back
        QCOMPARE(changes.rowCount(), 2);     // every staged edit kept
    }

    void errorInsideAGroupedUpdateStillPointsAtItsRow_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("postgresql") << u"postgresql"_s; // grouped into one set-based UPDATE there
        QTest::newRow("mysql") << u"mysql"_s;           // one statement per row: the same answer
    }
    void errorInsideAGroupedUpdateStillPointsAtItsRow()
    {
        QFETCH(QString, provider);
        setUp(provider);
        exec(*m_conn, u"ALTER TABLE %1 ADD CONSTRAINT views_not_negative CHECK (views >= 0)"_s.arg(q(*m_conn, u"EdPost"_s)));
        edit::ChangeSet changes(m_schema);
        for (int id = 1; id <= 3; ++id) {
            QVERIFY(changes.stageUpdate(u"EdPost"_s, intKey(id), u"views"_s, db::Value::fromInt(id == 2 ? -5 : 10),
                                        read(u"EdPost"_s, intKey(id))));
        }
        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Failed));
        QVERIFY(outcome.failure->row);
        QCOMPARE(edit::describeKey(outcome.failure->row->key), u"id=2"_s);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM %1 WHERE views = 10"_s.arg(q(*m_other, u"EdPost"_s))), u"0"_s);
    }

    void foreignKeyViolationNamesTheRelationField_data() { providers(); }
    void foreignKeyViolationNamesTheRelationField()
    {
        QFETCH(QString, provider);
        setUp(provider);
        edit::ChangeSet changes(m_schema);
        QVERIFY(changes.stageInsert(u"EdPost"_s, {{u"title"_s, db::Value::fromString(u"orphan"_s)}, {u"authorId"_s, db::Value::fromInt(999)}}));
        const edit::SaveOutcome outcome = edit::saveChanges(*m_conn, *m_schema, changes.rows());
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Failed));
        QCOMPARE(outcome.failure->error.prismaCode, u"P2003"_s);
        QVERIFY(outcome.failure->row);
        QCOMPARE(outcome.failure->row->model, u"EdPost"_s);
        if (provider != u"sqlite"_s) // SQLite says only "FOREIGN KEY constraint failed", naming no constraint
            QCOMPARE(outcome.failure->field, u"authorId"_s);
    }

    void deleteImpactCountsCascadingRows_data() { providers(); }
    void deleteImpactCountsCascadingRows()
    {
        QFETCH(QString, provider);
        setUp(provider);
        auto impact = edit::deleteImpact(*m_conn, *m_schema, u"EdAuthor"_s, read(u"EdAuthor"_s, intKey(1)));
        QVERIFY2(impact, qPrintable(impact ? QString() : impact.error().summary()));
        QCOMPARE(impact->cascades.size(), 1);
        QCOMPARE(impact->cascades.front().model, u"EdPost"_s);
        QCOMPARE(impact->cascades.front().rows, 3);
        QVERIFY(!impact->isBlocked());
        auto none = edit::deleteImpact(*m_conn, *m_schema, u"EdAuthor"_s, read(u"EdAuthor"_s, intKey(2)));
        QVERIFY(none);
        QVERIFY(none->cascades.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEditSave)
#include "tst_edit_save.moc"
