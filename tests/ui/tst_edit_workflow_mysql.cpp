// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The editing workflow on MariaDB (the `servers` fixture), offscreen, as the SQLite and PostgreSQL tests run
// it: edit → stage → save; a concurrent writer → the save conflicts and writes nothing → "keep mine" or
// "take theirs" → saved. A version-guarded model, a model guarded by the original values (MariaDB has no
// xmin; the grid says so), and a unique violation that keeps every edit and points at the row (MariaDB names
// only the index, not the column).
#include "browse/ModelListModel.h"
#include "core/Connection.h"
#include "value/Decimal.h"
#include "edit/ConflictDialog.h"
#include "edit/EditBar.h"
#include "edit/ProjectChanges.h"
#include "edit/ReviewPanel.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "workspace/ModelPage.h"

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

namespace {
constexpr int Rows = 10;
constexpr int TitleColumn = 1; // Post: id, title, note, version; Note: id, body, tag
constexpr int NoteColumn = 2;

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}

bool stage(grid::GridModel &model, int row, int column, const QString &text)
{
    return model.setData(model.index(row, column), QVariant::fromValue(db::Value::fromString(text)), Qt::EditRole);
}
} // namespace

class TestEditWorkflowMySql : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    std::unique_ptr<db::Connection> m_writer;
    std::shared_ptr<grid::GridSources> m_sources;

    QString scalar(const QString &sql)
    {
        auto r = m_writer->execute(db::Statement(sql));
        if (!r)
            return u"ERROR "_s + r.error().summary();
        if (r->rows.isEmpty())
            return {};
        const db::Value &v = r->rows.front().front();
        switch (v.kind()) { // CONCAT over a binary or JSON argument comes back as bytes
        case db::ScalarKind::String: return v.toString();
        case db::ScalarKind::Bytes: return QString::fromUtf8(v.toBytes());
        default: return u"not text: "_s + db::scalarKindName(v.kind());
        }
    }

    bool run(const QString &sql)
    {
        auto r = m_writer->execute(db::Statement(sql));
        if (!r)
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().summary()));
        return r.has_value();
    }

    std::unique_ptr<ui::ModelPage> openPage(const QString &model, const QString &table)
    {
        models::SchemaEntry entry;
        entry.name = model;
        entry.databaseName = table;
        auto page = std::make_unique<ui::ModelPage>(entry, m_sources);
        page->resize(900, 500);
        page->show();
        return page;
    }

    /// Saves through the edit bar; the outcome's status.
    edit::SaveOutcome::Status save(ui::ModelPage &page)
    {
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        page.editBar()->saveAction()->trigger();
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 20000))
            return edit::SaveOutcome::Status::Failed;
        return finished.front().front().value<edit::SaveOutcome>().status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        auto my = test::TestServers::mysql();
        QVERIFY2(my, qPrintable(my.error()));
        m_url = my->url;
        auto c = test::openTestConnection(m_url);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        m_writer = std::move(*c);
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(m_schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(datasource db {
  provider = "mysql"
}
model Post {
  id      Int     @id
  title   String  @unique
  note    String?
  version Int     @default(0)
  @@map("ui_my_post")
}
model Note {
  id   Int     @id
  body String
  tag  String?
  @@map("ui_my_note")
}
model Task {
  id        Int      @id
  title     String
  price     Decimal  @db.Decimal(10, 2)
  meta      Json?
  updatedAt DateTime @updatedAt
  @@map("ui_my_task")
}
)");
        f.close();
    }

    void init()
    {
        QVERIFY(run(u"DROP TABLE IF EXISTS ui_my_post, ui_my_note, ui_my_task"_s));
        QVERIFY(run(u"CREATE TABLE ui_my_task (id INT PRIMARY KEY, title VARCHAR(191) NOT NULL, price DECIMAL(10, 2) NOT NULL, "
                    "meta JSON NULL, updatedAt DATETIME(3) NOT NULL) ENGINE=InnoDB"_s));
        QVERIFY(run(u"INSERT INTO ui_my_task VALUES (1, 'task 1', 1.50, '{\"a\": 1}', '2026-01-01 10:00:00.000'), "
                    "(2, 'task 2', 2.25, NULL, '2026-01-01 10:00:00.000')"_s));
        QVERIFY(run(u"CREATE TABLE ui_my_post (id INT PRIMARY KEY, title VARCHAR(191) NOT NULL, note VARCHAR(191) NULL, "
                    "version INT NOT NULL DEFAULT 0, UNIQUE INDEX ui_my_post_title_key (title)) ENGINE=InnoDB"_s));
        QVERIFY(run(u"CREATE TABLE ui_my_note (id INT PRIMARY KEY, body VARCHAR(191) NOT NULL, tag VARCHAR(191) NULL) ENGINE=InnoDB"_s));
        QStringList posts;
        QStringList notes;
        for (int i = 1; i <= Rows; ++i) {
            posts << u"(%1, 'title %2', 'note %1')"_s.arg(i).arg(i, 2, 10, QChar(u'0'));
            notes << u"(%1, 'body %1', NULL)"_s.arg(i);
        }
        QVERIFY(run(u"INSERT INTO ui_my_post (id, title, note) VALUES "_s + posts.join(u", "_s)));
        QVERIFY(run(u"INSERT INTO ui_my_note VALUES "_s + notes.join(u", "_s)));
        m_sources = grid::GridSources::forDatabase(m_schema, m_url);
        QVERIFY2(m_sources->problem().isEmpty(), qPrintable(m_sources->problem()));
        QVERIFY(m_sources->changes());
        m_sources->changes()->changes().discardAll();
    }

    void cleanup() { m_sources.reset(); }

    void cleanupTestCase()
    {
        if (m_writer)
            (void)m_writer->execute(db::Statement(u"DROP TABLE IF EXISTS ui_my_post, ui_my_note, ui_my_task"_s));
        m_writer.reset();
        db::PoolRegistry::shared().shutdownAll();
    }

    void editIsStagedAndSaved()
    {
        auto page = openPage(u"Post"_s, u"ui_my_post"_s);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, Rows - 1));
        QVERIFY2(page->editBar()->guardLabel()->text().contains(u"version"_s), qPrintable(page->editBar()->guardLabel()->text()));
        QVERIFY(stage(*model, 0, TitleColumn, u"edited"_s));
        QVERIFY(model->index(0, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(scalar(u"SELECT title FROM ui_my_post WHERE id = 1"_s), u"title 01"_s); // nothing sent yet
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT CONCAT(title, '/', version) FROM ui_my_post WHERE id = 1"_s), u"edited/1"_s);
        QVERIFY(m_sources->changes()->changes().isEmpty());
        QTRY_VERIFY(loaded(*model, 0));
        QCOMPARE(model->index(0, TitleColumn).data().toString(), u"edited"_s);
        QVERIFY(!model->index(0, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(model->index(0, 3).data().toString(), u"1"_s);
    }

    void versionConflictThenKeepMine()
    {
        auto page = openPage(u"Post"_s, u"ui_my_post"_s);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, Rows - 1));
        QVERIFY(stage(*model, 0, TitleColumn, u"mine"_s));
        QVERIFY(run(u"UPDATE ui_my_post SET note = 'theirs', version = version + 1 WHERE id = 1"_s));

        ui::ReviewPanel review;
        review.setProject(m_sources->changes());
        QSignalSpy shown(&review, &ui::ReviewPanel::conflictsShown);
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(scalar(u"SELECT CONCAT(title, '/', note) FROM ui_my_post WHERE id = 1"_s), u"title 01/theirs"_s);
        QCOMPARE(m_sources->changes()->changes().rowCount(), 1);
        QVERIFY2(page->editBar()->messageLabel()->text().contains(u"conflict"_s), qPrintable(page->editBar()->messageLabel()->text()));

        ui::ConflictDialog *dialog = review.conflictDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->conflicts().size(), 1);
        bool sawNote = false;
        for (const edit::ConflictField &field : dialog->conflicts().front().fields) {
            if (field.field != u"note"_s)
                continue;
            sawNote = true;
            QCOMPARE(field.original.toString(), u"note 1"_s);
            QCOMPARE(field.theirs.toString(), u"theirs"_s);
            QVERIFY(field.changedByThem && !field.changedByMe);
        }
        QVERIFY(sawNote);
        QVERIFY(dialog->keepMine(0));
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        dialog->saveAgainButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT CONCAT(title, '/', note, '/', version) FROM ui_my_post WHERE id = 1"_s), u"mine/theirs/2"_s);
    }

    void originalValuesConflictThenTakeTheirs()
    {
        auto page = openPage(u"Note"_s, u"ui_my_note"_s);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, Rows - 1));
        const QString guard = page->editBar()->guardLabel()->text();
        QVERIFY2(guard.contains(u"original values"_s) && !guard.contains(u"xmin"_s), qPrintable(guard));
        QVERIFY(!model->options().readXmin);
        QVERIFY(stage(*model, 2, TitleColumn, u"mine"_s)); // id 3, body
        QVERIFY(run(u"UPDATE ui_my_note SET body = 'theirs' WHERE id = 3"_s));

        ui::ReviewPanel review;
        review.setProject(m_sources->changes());
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(scalar(u"SELECT body FROM ui_my_note WHERE id = 3"_s), u"theirs"_s);
        ui::ConflictDialog *dialog = review.conflictDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->conflicts().size(), 1);
        dialog->takeTheirs(0);
        QTRY_VERIFY(m_sources->changes()->changes().isEmpty()); // nothing left to save
        QTRY_VERIFY(loaded(*model, 2));
        QTRY_COMPARE(model->index(2, TitleColumn).data().toString(), u"theirs"_s);
        QVERIFY(!model->index(2, TitleColumn).data(grid::GridModel::StagedRole).toBool());

        // An edit of a column the writer did not touch goes through: the original values guard only the
        // changed columns (the xmin guard, on PostgreSQL, would not allow it; see tst_grid_xmin_guard).
        QVERIFY(stage(*model, 3, NoteColumn, u"tagged"_s)); // id 4, tag
        QVERIFY(run(u"UPDATE ui_my_note SET body = 'theirs too' WHERE id = 4"_s));
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT CONCAT(body, '/', tag) FROM ui_my_note WHERE id = 4"_s), u"theirs too/tagged"_s);
    }

    void updatedAtGuardSavesTwiceThenConflicts()
    {
        auto page = openPage(u"Task"_s, u"ui_my_task"_s);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, 1));
        QVERIFY2(page->editBar()->guardLabel()->text().contains(u"@updatedAt"_s), qPrintable(page->editBar()->guardLabel()->text()));
        // Decimal and Json as MariaDB returns them (exact digits; JSON as LONGTEXT) stage and save unchanged.
        QVERIFY(model->setData(model->index(0, 2), QVariant::fromValue(db::Value::fromDecimal(*db::Decimal::parse(u"12.34"_s))),
                               Qt::EditRole));
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT CONCAT(price, '/', meta) FROM ui_my_task WHERE id = 1"_s), u"12.34/{\"a\": 1}"_s);
        const QString first = scalar(u"SELECT CAST(updatedAt AS CHAR) FROM ui_my_task WHERE id = 1"_s);
        QVERIFY2(first > u"2026-01-01 10:00:00.000"_s, qPrintable(first));
        // Straight away again, from the re-read row: the guard moved on with the first save, so no conflict.
        QTRY_VERIFY(loaded(*model, 0) && !model->index(0, 2).data(grid::GridModel::StagedRole).toBool());
        QVERIFY(stage(*model, 0, TitleColumn, u"again"_s));
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(scalar(u"SELECT title FROM ui_my_task WHERE id = 1"_s), u"again"_s);

        // Another client saves the row through Prisma (which sets updatedAt): the edit of row 2 conflicts.
        QTRY_VERIFY(loaded(*model, 1));
        QVERIFY(stage(*model, 1, TitleColumn, u"mine"_s));
        QVERIFY(run(u"UPDATE ui_my_task SET price = 9.99, updatedAt = NOW(3) WHERE id = 2"_s));
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Conflict));
        QCOMPARE(scalar(u"SELECT CONCAT(title, '/', price) FROM ui_my_task WHERE id = 2"_s), u"task 2/9.99"_s);
        m_sources->changes()->changes().discardAll();
    }

    void uniqueViolationKeepsEditsAndPointsAtTheRow()
    {
        auto page = openPage(u"Post"_s, u"ui_my_post"_s);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, Rows - 1));
        QVERIFY(stage(*model, 1, NoteColumn, u"fine"_s));       // id 2
        QVERIFY(stage(*model, 4, TitleColumn, u"title 07"_s));  // id 5: taken by id 7
        QCOMPARE(int(save(*page)), int(edit::SaveOutcome::Status::Failed));
        QCOMPARE(m_sources->changes()->changes().rowCount(), 2);
        QVERIFY(model->index(1, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QVERIFY(model->index(4, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(scalar(u"SELECT note FROM ui_my_post WHERE id = 2"_s), u"note 2"_s); // rolled back
        const QString message = page->editBar()->messageLabel()->text();
        QVERIFY2(message.contains(u"P2002"_s) && message.contains(u"id=5"_s), qPrintable(message));
        QCOMPARE(page->gridView()->currentIndex().row(), 4);
        QCOMPARE(page->gridView()->currentIndex().column(), TitleColumn);
    }
};

QTEST_MAIN(TestEditWorkflowMySql)
#include "tst_edit_workflow_mysql.moc"
