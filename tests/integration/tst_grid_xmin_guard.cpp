// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The grid's side of the xmin guard on PostgreSQL 17 (the `servers` fixture): a model without a version or
// @updatedAt field is opened through GridSources (which reads xmin with every page), edited through the
// GridModel → ModelChanges → ChangeSet path and saved by ProjectChanges. A concurrent writer that changes
// only an unrelated column must make the save conflict — which the original-values guard cannot see, as the
// last test shows with a grid that reads no xmin.
#include "edit/ModelChanges.h"
#include "edit/ProjectChanges.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "pool/PoolRegistry.h"

#include "FirstCell.h"
#include "OpenConnection.h"
#include "TestServers.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int TitleColumn = 1;
constexpr int NoteColumns = 3;

/// The xmin cell the grid read after the row's columns, or empty when it read none.
QString xminOf(const grid::Row *row)
{
    return row && row->size() == NoteColumns + 1 && row->back().kind() == db::ScalarKind::String ? row->back().toString()
                                                                                                 : QString();
}
} // namespace

class TestGridXminGuard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    std::unique_ptr<db::Connection> m_writer;
    std::shared_ptr<grid::GridSources> m_sources;

    QString scalar(const QString &sql) { return test::firstCellText(*m_writer, sql); }

    /// A grid on Note as the studio opens it, wired to a fresh change set (no journal, no audit log).
    struct Session {
        std::unique_ptr<edit::ProjectChanges> project; // outlives the grid, which points at its ModelChanges
        std::unique_ptr<grid::GridModel> grid;
        edit::ModelChanges *changes = nullptr;
    };

    Session open(std::optional<grid::GridModel::Options> options = std::nullopt)
    {
        Session s;
        auto opened = m_sources->openModel(u"Note"_s, nullptr);
        if (!opened)
            return s;
        s.grid.reset(*opened);
        if (options) // the same table and columns, read the way the caller says
            s.grid = std::make_unique<grid::GridModel>(m_sources->pool(), s.grid->modelTable(), s.grid->gridColumns(), *options);
        auto schema = std::make_shared<const edit::EditSchema>(m_sources->schema().resolved, m_sources->provider());
        s.project = std::make_unique<edit::ProjectChanges>(std::move(schema), m_sources->pool(), QString(), QString());
        s.changes = s.project->model(u"Note"_s);
        s.grid->setOverlay(s.changes);
        s.grid->setEditing(s.changes);
        QObject::connect(s.project.get(), &edit::ProjectChanges::gridsStale, s.grid.get(), &grid::GridModel::refresh);
        return s;
    }

    /// Stages a new title for the row with id `id` (row id - 1 of the grid, ordered by id) and saves.
    static edit::SaveOutcome::Status stageAndSave(Session &s, int id, const QString &title)
    {
        const int row = id - 1;
        if (!QTest::qWaitFor([&] { return s.grid->isRowLoaded(row); }))
            return edit::SaveOutcome::Status::Failed;
        if (!s.grid->setData(s.grid->index(row, TitleColumn), QVariant::fromValue(db::Value::fromString(title)), Qt::EditRole))
            return edit::SaveOutcome::Status::Failed;
        QSignalSpy finished(s.project.get(), &edit::ProjectChanges::saveFinished);
        if (!s.project->save() || !finished.wait(20000))
            return edit::SaveOutcome::Status::Failed;
        return finished.front().front().value<edit::SaveOutcome>().status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pg = test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        m_url = pg->url;
        auto c = test::openTestConnection(m_url);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        m_writer = std::move(*c);
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(m_schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("datasource db {\n  provider = \"postgresql\"\n}\nmodel Note {\n  id Int @id\n  title String\n"
                "  views Int\n  @@map(\"grid_xmin_note\")\n}\n");
        f.close();
        m_sources = grid::GridSources::forDatabase(m_schema, m_url);
        QVERIFY2(m_sources->problem().isEmpty(), qPrintable(m_sources->problem()));
    }

    void init()
    {
        for (const QString &sql : {u"DROP TABLE IF EXISTS grid_xmin_note"_s,
                                   u"CREATE TABLE grid_xmin_note (id int PRIMARY KEY, title text NOT NULL, views int NOT NULL)"_s,
                                   u"INSERT INTO grid_xmin_note SELECT g, 'title ' || g, 0 FROM generate_series(1, 20) g"_s})
            QVERIFY2(m_writer->execute(db::Statement(sql)), qPrintable(sql));
    }

    void cleanupTestCase()
    {
        if (m_writer)
            (void)m_writer->execute(db::Statement(u"DROP TABLE IF EXISTS grid_xmin_note"_s));
        m_writer.reset();
        m_sources.reset();
        db::PoolRegistry::shared().shutdownAll();
    }

    void gridReadsXminAndSaysSo()
    {
        Session s = open();
        QVERIFY(s.grid);
        QVERIFY(s.grid->options().readXmin);
        QCOMPARE(s.grid->columnCount(), NoteColumns); // xmin is no grid column
        QTRY_VERIFY(s.grid->isRowLoaded(4));
        const QString xmin = xminOf(s.grid->originalRow(4));
        QVERIFY(!xmin.isEmpty());
        QCOMPARE(xmin, scalar(u"SELECT xmin::text FROM grid_xmin_note WHERE id = 5"_s));
        QVERIFY2(s.changes->guardText(s.grid->options().readXmin).contains(u"xmin"_s),
                 qPrintable(s.changes->guardText(s.grid->options().readXmin)));
        QVERIFY(s.changes->guardText(false).startsWith(u"guard: original values"_s));

        // The staged row keeps the xmin it was read with: the guard's base.
        QVERIFY(s.grid->setData(s.grid->index(4, TitleColumn), QVariant::fromValue(db::Value::fromString(u"x"_s)), Qt::EditRole));
        const QList<edit::StagedRow> staged = s.project->changes().rows();
        QCOMPARE(staged.size(), 1);
        QCOMPARE(staged.front().snapshot.xmin, xmin);
    }

    void unrelatedConcurrentChangeConflicts()
    {
        Session s = open();
        QVERIFY(s.grid);
        QTRY_VERIFY(s.grid->isRowLoaded(2));
        // Another client changes a column the edit does not touch, after the grid read the row.
        QCOMPARE(scalar(u"UPDATE grid_xmin_note SET views = 7 WHERE id = 3 RETURNING views::text"_s), u"7"_s);
        QCOMPARE(int(stageAndSave(s, 3, u"mine"_s)), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(scalar(u"SELECT title || '/' || views FROM grid_xmin_note WHERE id = 3"_s), u"title 3/7"_s);
        QCOMPARE(s.project->changes().rowCount(), 1); // the staged edit stays for the conflict view
    }

    void saveThenSaveAgainAfterRefresh()
    {
        Session s = open();
        QVERIFY(s.grid);
        QCOMPARE(int(stageAndSave(s, 6, u"first"_s)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(s.project->changes().rowCount(), 0);
        // The save told the grid to re-read: the row shows the new title and carries the new xmin.
        const QString xminNow = scalar(u"SELECT xmin::text FROM grid_xmin_note WHERE id = 6"_s);
        QTRY_VERIFY(s.grid->isRowLoaded(5) && xminOf(s.grid->originalRow(5)) == xminNow);
        QCOMPARE(s.grid->index(5, TitleColumn).data().toString(), u"first"_s);
        QCOMPARE(int(stageAndSave(s, 6, u"second"_s)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT title FROM grid_xmin_note WHERE id = 6"_s), u"second"_s);
    }

    void withoutXminTheUnrelatedChangeGoesUnseen()
    {
        // The same edit from a grid that reads no xmin: the guard falls back to the original value of the
        // changed column, which the writer did not touch, so the save goes through. This is what the
        // conflict test above would see if the grid did not read xmin.
        grid::GridModel::Options options;
        options.readXmin = false;
        Session s = open(options);
        QVERIFY(s.grid);
        QVERIFY(s.changes->guardText(s.grid->options().readXmin).startsWith(u"guard: original values"_s));
        QTRY_VERIFY(s.grid->isRowLoaded(2));
        QCOMPARE(s.grid->originalRow(2)->size(), NoteColumns);
        QCOMPARE(scalar(u"UPDATE grid_xmin_note SET views = 7 WHERE id = 3 RETURNING views::text"_s), u"7"_s);
        QCOMPARE(int(stageAndSave(s, 3, u"mine"_s)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT title || '/' || views FROM grid_xmin_note WHERE id = 3"_s), u"mine/7"_s);
    }
};

QTEST_GUILESS_MAIN(TestGridXminGuard)
#include "tst_grid_xmin_guard.moc"
