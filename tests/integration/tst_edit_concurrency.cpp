// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Zero lost updates (issue 5, "Done when"): two staged change sets (A and B, each on its own connection, as
// two studio windows) and an independent writer (W, plain SQL as an application would) update the same
// rows over 1,000 random rounds per database. Actors read rows at random moments, so their snapshots go
// stale exactly as they do for people; saves are real transactions. A history records every committed
// change in commit order. Checked on every save and at the end:
//   - a save succeeds only if every row it writes was read at the latest committed state (otherwise it
//     would have overwritten a change it never saw: a lost update);
//   - a save that reports a conflict changed nothing (none of its values are in the database) and at
//     least one of its rows really was stale;
//   - afterwards every row holds exactly the last committed change of the history.
// Rows of EdPost use the version guard; rows of EdNote the xmin guard (PostgreSQL) or the original values.
// Run alone: ctest -L concurrency.
#include "EditTestData.h"

#include "edit/ChangeSaver.h"
#include "edit/ChangeSet.h"
#include "edit/ConflictResolution.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::test;

namespace {

constexpr int Rounds = 1000;
constexpr int PostRows = 6;
constexpr int NoteRows = 4;

struct Target {
    QString model;
    db::RowKey key;
    QString field; ///< the text field actors change
};

struct State {
    QString text;
    qint64 version = 0; ///< EdPost only
    bool operator==(const State &) const = default;
};

struct Actor {
    QString name;
    std::unique_ptr<db::Connection> connection;
    std::unique_ptr<edit::ChangeSet> changes;
    QHash<edit::RowId, edit::RowSnapshot> reads; ///< the last time this actor read each row
};

} // namespace

class TestEditConcurrency : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void noLostUpdates_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("postgresql") << u"postgresql"_s;
        QTest::newRow("mysql") << u"mysql"_s;
        QTest::newRow("sqlite") << u"sqlite"_s;
    }

    void noLostUpdates()
    {
        QFETCH(QString, provider);
        const QString url = editTestUrl(provider, m_dir.filePath(u"concurrency.db"_s));
        auto writer = openEditConnection(url);
        const edit::EditSchemaPtr schema = editSchema(provider);
        for (const QString &sql : editDdl(writer->provider()))
            exec(*writer, sql);
        db::Connection &w = *writer;
        exec(w, u"INSERT INTO %1 (name) VALUES ('ann')"_s.arg(q(w, u"EdAuthor"_s)));

        QList<Target> targets;
        QHash<edit::RowId, State> current; // the history's last entry per row
        QHash<edit::RowId, int> commits;
        for (int i = 1; i <= PostRows; ++i) {
            exec(w, u"INSERT INTO %1 (id, title, %2) VALUES (%3, 'p%3', 1)"_s.arg(q(w, u"EdPost"_s), q(w, u"authorId"_s)).arg(i));
            targets.append({u"EdPost"_s, {{u"id"_s, db::Value::fromInt(i)}}, u"title"_s});
            current.insert(edit::rowIdOf(u"EdPost"_s, targets.last().key), {u"p%1"_s.arg(i), 0});
        }
        for (int i = 1; i <= NoteRows; ++i) {
            exec(w, u"INSERT INTO %1 (id, body) VALUES ('n%2', 'n%2')"_s.arg(q(w, u"EdNote"_s)).arg(i));
            targets.append({u"EdNote"_s, {{u"id"_s, db::Value::fromString(u"n%1"_s.arg(i))}}, u"body"_s});
            current.insert(edit::rowIdOf(u"EdNote"_s, targets.last().key), {u"n%1"_s.arg(i), 0});
        }

        std::array<Actor, 2> actors;
        actors[0].name = u"A"_s;
        actors[1].name = u"B"_s;
        for (Actor &a : actors) {
            a.connection = openEditConnection(url);
            a.changes = std::make_unique<edit::ChangeSet>(schema);
        }

        auto stateOf = [&](const Target &t, const edit::RowSnapshot &s) {
            return State{s.values.value(t.field).toString(),
                         t.model == u"EdPost"_s ? s.values.value(u"version"_s).toBigInt() : 0};
        };
        auto targetOf = [&](const edit::RowId &id) -> const Target & {
            for (const Target &t : targets) {
                if (edit::rowIdOf(t.model, t.key) == id)
                    return t;
            }
            qFatal("unknown row");
        };

        QRandomGenerator random(20261126u + quint32(provider.size()));
        int saves = 0, conflicts = 0, writes = 0, savedRows = 0;
        for (int round = 0; round < Rounds; ++round) {
            const Target &t = targets[random.bounded(int(targets.size()))];
            const edit::RowId id = edit::rowIdOf(t.model, t.key);
            const int action = random.bounded(10);
            if (action < 2) { // the independent writer changes the row
                const QString token = u"W%1"_s.arg(round);
                const QString sql = t.model == u"EdPost"_s
                    ? u"UPDATE %1 SET title = %2, version = version + 1 WHERE id = %3"_s.arg(q(w, t.model), ph(w, 1), ph(w, 2))
                    : u"UPDATE %1 SET body = %2 WHERE id = %3"_s.arg(q(w, t.model), ph(w, 1), ph(w, 2));
                exec(w, sql, {db::Value::fromString(token), t.key.front().value});
                State &s = current[id];
                s = {token, t.model == u"EdPost"_s ? s.version + 1 : 0};
                ++commits[id];
                ++writes;
                continue;
            }
            Actor &a = actors[size_t(random.bounded(2))];
            if (action < 5) { // read the row (a grid refresh)
                auto r = edit::readRow(*a.connection, **schema->model(t.model), t.key);
                QVERIFY(r && *r);
                a.reads.insert(id, **r);
            } else if (action < 8) { // stage a change on what this actor last read
                if (!a.reads.contains(id) || a.changes->row(id))
                    continue;
                const QString token = u"%1%2"_s.arg(a.name).arg(round);
                auto staged = a.changes->stageUpdate(t.model, t.key, t.field, db::Value::fromString(token), a.reads.value(id));
                QVERIFY2(staged, qPrintable(staged ? QString() : staged.error()));
            } else { // save everything staged
                if (a.changes->isEmpty())
                    continue;
                const QList<edit::StagedRow> rows = a.changes->rows();
                bool anyStale = false;
                for (const edit::StagedRow &r : rows)
                    anyStale = anyStale || !(stateOf(targetOf(r.id()), r.snapshot) == current.value(r.id()));
                const edit::SaveOutcome outcome = edit::saveChanges(*a.connection, *schema, rows);
                ++saves;
                if (outcome.status == edit::SaveOutcome::Status::Saved) {
                    // Every row written must have been read at the latest committed state.
                    QVERIFY2(!anyStale, qPrintable(u"round %1: %2 saved over a change it never read (lost update)"_s.arg(round).arg(a.name)));
                    for (const edit::SavedRow &saved : outcome.savedRows) {
                        const Target &st = targetOf(saved.id);
                        const State next = stateOf(st, saved.stored);
                        const State before = current.value(saved.id);
                        if (st.model == u"EdPost"_s)
                            QCOMPARE(next.version, before.version + 1);
                        current.insert(saved.id, next);
                        ++commits[saved.id];
                        ++savedRows;
                    }
                    a.changes->markSaved(outcome.savedIds());
                } else {
                    QVERIFY2(outcome.status == edit::SaveOutcome::Status::Conflict,
                             qPrintable(outcome.failure ? outcome.failure->describe() : QString()));
                    QVERIFY2(anyStale, qPrintable(u"round %1: a conflict although every row was current"_s.arg(round)));
                    ++conflicts;
                    // Nothing of the save reached the database.
                    for (const edit::StagedRow &r : rows) {
                        auto now = edit::readRow(w, **schema->model(r.model), r.key);
                        QVERIFY(now && *now);
                        QCOMPARE(stateOf(targetOf(r.id()), **now), current.value(r.id()));
                    }
                    // Resolve each conflict as a person would: keep mine (re-based on theirs) or take theirs.
                    for (const edit::RowConflict &c : outcome.conflicts) {
                        QCOMPARE(stateOf(targetOf(c.row.id()), c.theirs), current.value(c.row.id()));
                        if (random.bounded(2) == 0)
                            QVERIFY(edit::keepMine(*a.changes, c));
                        else
                            edit::takeTheirs(*a.changes, c);
                        a.reads.insert(c.row.id(), c.theirs);
                    }
                }
            }
        }

        // Every row holds the last committed change.
        for (const Target &t : targets) {
            auto now = edit::readRow(w, **schema->model(t.model), t.key);
            QVERIFY(now && *now);
            QCOMPARE(stateOf(t, **now), current.value(edit::rowIdOf(t.model, t.key)));
        }
        qInfo("%s: %d rounds, %d saves (%d rows), %d conflicts, %d independent writes", qPrintable(provider), Rounds, saves,
              savedRows, conflicts, writes);
        QVERIFY(saves > 50 && conflicts > 5 && savedRows > 50); // the rounds really exercised both outcomes
    }
};

QTEST_GUILESS_MAIN(TestEditConcurrency)
#include "tst_edit_concurrency.moc"
