// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The editing workflow on PostgreSQL 17 (the `servers` fixture), offscreen: a model without a version or
// @updatedAt field is guarded by xmin (the grid says so); an edit, a concurrent writer changing the same
// field, a save that conflicts and writes nothing, "keep mine", and a second save that stores mine.
#include "browse/ModelListModel.h"
#include "core/Connection.h"
#include "edit/ConflictDialog.h"
#include "edit/EditBar.h"
#include "edit/ProjectChanges.h"
#include "edit/ReviewPanel.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "workspace/ModelPage.h"

#include "FirstCell.h"
#include "OpenConnection.h"
#include "TestServers.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

class TestEditWorkflowPg : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<db::Connection> m_writer;

    QString scalar(const QString &sql) { return test::firstCellText(*m_writer, sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        auto pg = test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        m_url = pg->url;
        auto c = test::openTestConnection(m_url);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        m_writer = std::move(*c);
        for (const QString &sql : {u"DROP TABLE IF EXISTS ui_edit_post"_s,
                                   u"CREATE TABLE ui_edit_post (id int PRIMARY KEY, title text NOT NULL, note text)"_s,
                                   u"INSERT INTO ui_edit_post SELECT g, 'title ' || g, NULL FROM generate_series(1, 10) g"_s})
            QVERIFY2(m_writer->execute(db::Statement(sql)), qPrintable(sql));
    }

    void cleanupTestCase()
    {
        if (m_writer)
            (void)m_writer->execute(db::Statement(u"DROP TABLE IF EXISTS ui_edit_post"_s));
        m_writer.reset();
        db::PoolRegistry::shared().shutdownAll();
    }

    void conflictOnXminGuardThenKeepMine()
    {
        const QString schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("datasource db {\n  provider = \"postgresql\"\n}\nmodel Post {\n  id Int @id\n  title String\n"
                "  note String?\n  @@map(\"ui_edit_post\")\n}\n");
        f.close();
        auto sources = grid::GridSources::forDatabase(schema, m_url);
        QVERIFY2(sources->problem().isEmpty(), qPrintable(sources->problem()));
        models::SchemaEntry entry;
        entry.name = u"Post"_s;
        entry.databaseName = u"ui_edit_post"_s;
        ui::ModelPage page(entry, sources);
        page.resize(900, 500);
        page.show();
        grid::GridModel *model = page.gridView()->gridModel();
        QTRY_VERIFY(model->isRowLoaded(9));
        QVERIFY2(page.editBar()->guardLabel()->text().contains(u"xmin"_s), qPrintable(page.editBar()->guardLabel()->text()));

        QVERIFY(model->setData(model->index(0, 1), QVariant::fromValue(db::Value::fromString(u"mine"_s)), Qt::EditRole));
        QVERIFY(model->index(0, 1).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(scalar(u"UPDATE ui_edit_post SET title = 'theirs', note = 'by them' WHERE id = 1 RETURNING title"_s), u"theirs"_s);

        ui::ReviewPanel review;
        review.setProject(sources->changes());
        QSignalSpy shown(&review, &ui::ReviewPanel::conflictsShown);
        QSignalSpy finished(sources->changes(), &edit::ProjectChanges::saveFinished);
        page.editBar()->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(scalar(u"SELECT title FROM ui_edit_post WHERE id = 1"_s), u"theirs"_s);
        QCOMPARE(sources->changes()->changes().rowCount(), 1);

        ui::ConflictDialog *dialog = review.conflictDialog();
        QCOMPARE(dialog->conflicts().size(), 1);
        const edit::RowConflict &conflict = dialog->conflicts().front();
        bool sawTitle = false;
        for (const edit::ConflictField &field : conflict.fields) {
            if (field.field != u"title"_s)
                continue;
            sawTitle = true;
            QCOMPARE(field.original.toString(), u"title 1"_s);
            QCOMPARE(field.theirs.toString(), u"theirs"_s);
            QCOMPARE(field.mine.toString(), u"mine"_s);
        }
        QVERIFY(sawTitle);
        QVERIFY(dialog->keepMine(0));
        finished.clear();
        dialog->saveAgainButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT title || '/' || note FROM ui_edit_post WHERE id = 1"_s), u"mine/by them"_s);
        QTRY_VERIFY(model->isRowLoaded(0));
        QCOMPARE(model->index(0, 1).data().toString(), u"mine"_s);
    }

    void xminCatchesAConcurrentChangeOfAnotherColumn()
    {
        // The grid read xmin with the row, so a writer that changes only `note` still makes an edit of
        // `title` conflict (the original values of the changed column would not have noticed).
        auto sources = grid::GridSources::forDatabase(m_dir.filePath(u"schema.prisma"_s), m_url);
        QVERIFY2(sources->problem().isEmpty(), qPrintable(sources->problem()));
        models::SchemaEntry entry;
        entry.name = u"Post"_s;
        entry.databaseName = u"ui_edit_post"_s;
        ui::ModelPage page(entry, sources);
        page.show();
        grid::GridModel *model = page.gridView()->gridModel();
        QVERIFY(model->options().readXmin);
        QTRY_VERIFY(model->isRowLoaded(1));
        QVERIFY(model->setData(model->index(1, 1), QVariant::fromValue(db::Value::fromString(u"mine 2"_s)), Qt::EditRole));
        QCOMPARE(scalar(u"UPDATE ui_edit_post SET note = 'by them' WHERE id = 2 RETURNING note"_s), u"by them"_s);
        QSignalSpy finished(sources->changes(), &edit::ProjectChanges::saveFinished);
        page.editBar()->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(scalar(u"SELECT title FROM ui_edit_post WHERE id = 2"_s), u"title 2"_s);
        sources->changes()->changes().discardAll();
    }
};

QTEST_MAIN(TestEditWorkflowPg)
#include "tst_edit_workflow_pg.moc"
