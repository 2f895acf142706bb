// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The editing workflow in a model tab, offscreen, over a real SQLite file: an edit is staged (and shown as
// staged through the grid's roles), survives a sort, undoes and redoes, is reviewed with its SQL and saved
// (rows re-read, audit log appended); a concurrent writer makes the save conflict, the conflict view shows
// original / theirs / mine and "keep mine" saves mine on top of theirs; a unique violation keeps every
// staged edit and points at the row; staged edits come back from the journal after the window is gone.
#include "browse/ModelListModel.h"
#include "edit/AuditLog.h"
#include "edit/ConflictDialog.h"
#include "edit/EditBar.h"
#include "edit/ProjectChanges.h"
#include "edit/RecordModel.h"
#include "edit/ReviewPanel.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "record/RecordView.h"
#include "workspace/ModelPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int Rows = 20;
constexpr int IdColumn = 0;
constexpr int TitleColumn = 1;
constexpr int NoteColumn = 2;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

models::SchemaEntry postEntry()
{
    models::SchemaEntry e;
    e.name = u"Post"_s;
    e.databaseName = u"post"_s;
    return e;
}

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}

/// The grid row showing the post with this id (loaded rows only), or -1.
int rowOfId(grid::GridModel &model, int id)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (loaded(model, r) && model.data(model.index(r, IdColumn)).toString() == QString::number(id))
            return r;
    }
    return -1;
}

bool stage(grid::GridModel &model, int row, int column, const QString &text)
{
    return model.setData(model.index(row, column), QVariant::fromValue(db::Value::fromString(text)), Qt::EditRole);
}
} // namespace

class TestEditWorkflow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_schema;
    QString m_db;
    QString m_url;
    std::shared_ptr<grid::GridSources> m_sources;

    /// A second writer on the same file, outside Facet's pool.
    QString query(const QString &sql)
    {
        auto conn = QSqlDatabase::database(u"writer"_s);
        QSqlQuery q(conn);
        if (!q.exec(sql))
            return u"ERROR "_s + q.lastError().text();
        return q.next() ? q.value(0).toString() : QString();
    }

    struct Tab {
        std::unique_ptr<ui::ModelPage> page;
        grid::GridModel *model = nullptr;
        ui::EditBar *bar = nullptr;
    };
    Tab openTab()
    {
        Tab t;
        t.page = std::make_unique<ui::ModelPage>(postEntry(), m_sources);
        t.page->resize(900, 500);
        t.page->show();
        t.model = t.page->gridView() ? t.page->gridView()->gridModel() : nullptr;
        t.bar = t.page->editBar();
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The journal and the audit log go to the app data folder: keep them in the test's folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        m_db = m_dir.filePath(u"posts.db"_s);
        m_url = u"file:"_s + m_db;
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QVERIFY(writeFile(m_schema, uR"(datasource db {
  provider = "sqlite"
}
model Post {
  id      Int     @id
  title   String  @unique
  note    String?
  version Int     @default(0)
  @@map("post")
}
)"_s));
        auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        conn.setDatabaseName(m_db);
        QVERIFY(conn.open());
    }

    void init()
    {
        QCOMPARE(query(u"DROP TABLE IF EXISTS post"_s), QString());
        QCOMPARE(query(u"CREATE TABLE post (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, note TEXT, version INTEGER NOT NULL DEFAULT 0)"_s), QString());
        for (int i = 1; i <= Rows; ++i)
            QCOMPARE(query(u"INSERT INTO post (id, title, note) VALUES (%1, 'title %2', 'note %1')"_s.arg(i).arg(i, 2, 10, QChar(u'0'))), QString());
        m_sources = grid::GridSources::forDatabase(m_schema, m_url);
        QVERIFY2(m_sources->problem().isEmpty(), qPrintable(m_sources->problem()));
        QVERIFY(m_sources->changes());
        m_sources->changes()->changes().discardAll();
    }

    void cleanup() { m_sources.reset(); }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(u"writer"_s);
        db::PoolRegistry::shared().shutdownAll();
    }

    void editIsStagedReviewedAndSaved()
    {
        Tab tab = openTab();
        QVERIFY(tab.model && tab.bar);
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY2(tab.bar->guardLabel()->text().contains(u"version"_s), qPrintable(tab.bar->guardLabel()->text()));
        const QModelIndex title = tab.model->index(0, TitleColumn);
        QVERIFY(tab.model->flags(title) & Qt::ItemIsEditable);
        QVERIFY(!(tab.model->flags(tab.model->index(0, IdColumn)) & Qt::ItemIsEditable)); // the key

        QVERIFY(stage(*tab.model, 0, TitleColumn, u"edited"_s));
        QVERIFY(title.data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(title.data().toString(), u"edited"_s);
        QCOMPARE(title.data(grid::GridModel::RowStateRole).toInt(), int(grid::RowState::Edited));
        QVERIFY(!tab.model->index(0, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(query(u"SELECT title FROM post WHERE id = 1"_s), u"title 01"_s); // nothing sent yet

        ui::ReviewPanel review;
        review.setProject(m_sources->changes());
        QCOMPARE(review.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *entry = review.list()->topLevelItem(0);
        QVERIFY2(entry->text(0).contains(u"Post"_s), qPrintable(entry->text(0)));
        QStringList children;
        for (int i = 0; i < entry->childCount(); ++i)
            children << entry->child(i)->text(0);
        const QString all = children.join(u'\n');
        QVERIFY2(all.contains(u"title"_s) && all.contains(u"edited"_s), qPrintable(all));
        QVERIFY2(all.contains(u"UPDATE"_s) && all.contains(u"version"_s), qPrintable(all));

        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        review.saveButton()->click();
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        const auto outcome = finished.front().front().value<edit::SaveOutcome>();
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(query(u"SELECT title || '/' || version FROM post WHERE id = 1"_s), u"edited/1"_s);
        QVERIFY(m_sources->changes()->changes().isEmpty());
        // The grid re-reads: the saved value now comes from the database, not the overlay.
        QTRY_VERIFY(loaded(*tab.model, 0));
        QCOMPARE(tab.model->index(0, TitleColumn).data().toString(), u"edited"_s);
        QVERIFY(!tab.model->index(0, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(0, 3).data().toString(), u"1"_s);

        auto audit = edit::AuditLog(m_sources->changes()->auditPath()).read();
        QVERIFY2(audit, qPrintable(audit.error()));
        const auto logged = std::find_if(audit->cbegin(), audit->cend(), [](const edit::AuditEntry &e) {
            return e.model == u"Post"_s && e.field == u"title"_s;
        });
        QVERIFY(logged != audit->cend());
        QCOMPARE(logged->oldValue.toString(), u"title 01"_s);
        QCOMPARE(logged->newValue.toString(), u"edited"_s);
    }

    void typingInACellStagesThroughTheEditor()
    {
        Tab tab = openTab();
        QVERIFY(QTest::qWaitForWindowActive(tab.page.get()));
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        // The grid's model stays a well-behaved model with editing plugged in.
        QAbstractItemModelTester tester(tab.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ui::GridView *view = tab.page->gridView();
        view->setFocus();
        view->setCurrentIndex(tab.model->index(1, TitleColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view);
        QWidget *input = QApplication::focusWidget();
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, u"typed"_s);
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier); // multi-line String: Ctrl+Enter commits
        QTRY_VERIFY(tab.model->index(1, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(1, TitleColumn).data().toString(), u"typed"_s);
        QCOMPARE(m_sources->changes()->changes().rowCount(), 1);
        // Keys outside the editor: Ctrl+Z in the tab undoes.
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!tab.model->index(1, TitleColumn).data(grid::GridModel::StagedRole).toBool());
    }

    void stagedEditSurvivesSortAndUndoRedo()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY(stage(*tab.model, 2, NoteColumn, u"mine"_s)); // id 3
        tab.model->sort(TitleColumn, Qt::DescendingOrder);
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        const int row = rowOfId(*tab.model, 3);
        QCOMPARE(row, Rows - 3);
        QVERIFY(tab.model->index(row, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(row, NoteColumn).data().toString(), u"mine"_s);

        tab.page->setFocus();
        tab.bar->undoAction()->trigger();
        QVERIFY(!tab.model->index(row, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(row, NoteColumn).data().toString(), u"note 3"_s);
        tab.bar->redoAction()->trigger();
        QVERIFY(tab.model->index(row, NoteColumn).data(grid::GridModel::StagedRole).toBool());

        // Set NULL on the selected cell: staged NULL, distinct from empty text.
        tab.page->gridView()->setCurrentIndex(tab.model->index(row, NoteColumn));
        tab.bar->setNullAction()->trigger();
        QVERIFY(tab.model->index(row, NoteColumn).data(grid::GridModel::IsNullRole).toBool());
        QVERIFY(tab.model->index(row, NoteColumn).data(grid::GridModel::StagedRole).toBool());
    }

    void conflictShowsTheirsAndKeepMineSaves()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY(stage(*tab.model, 0, TitleColumn, u"mine"_s));
        // Someone else changes the row after Facet read it (and bumps the version, as Prisma Client code does).
        QCOMPARE(query(u"UPDATE post SET note = 'theirs', version = version + 1 WHERE id = 1"_s), QString());

        ui::ReviewPanel review;
        review.setProject(m_sources->changes());
        QSignalSpy shown(&review, &ui::ReviewPanel::conflictsShown);
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        tab.bar->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(query(u"SELECT title || '/' || note FROM post WHERE id = 1"_s), u"title 01/theirs"_s);
        QCOMPARE(m_sources->changes()->changes().rowCount(), 1); // the staged edit stays
        QVERIFY2(tab.bar->messageLabel()->text().contains(u"conflict"_s), qPrintable(tab.bar->messageLabel()->text()));

        ui::ConflictDialog *dialog = review.conflictDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->conflicts().size(), 1);
        QTreeWidgetItem *row = dialog->tree()->topLevelItem(0);
        QHash<QString, QStringList> fields;
        for (int i = 0; i < row->childCount(); ++i)
            fields.insert(row->child(i)->text(0), {row->child(i)->text(1), row->child(i)->text(2), row->child(i)->text(3)});
        QCOMPARE(fields.value(u"note"_s), (QStringList{u"note 1"_s, u"theirs"_s, QString()}));
        QCOMPARE(fields.value(u"title"_s), (QStringList{u"title 01"_s, u"title 01"_s, u"mine"_s}));

        QVERIFY(dialog->keepMine(0));
        QVERIFY(dialog->saveAgainButton()->isEnabled());
        finished.clear();
        dialog->saveAgainButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(query(u"SELECT title || '/' || note || '/' || version FROM post WHERE id = 1"_s), u"mine/theirs/2"_s);
    }

    void conflictViewEditSavesTheTypedValue()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY(stage(*tab.model, 0, TitleColumn, u"mine"_s));
        QVERIFY(stage(*tab.model, 0, NoteColumn, u"my note"_s));
        QCOMPARE(query(u"UPDATE post SET title = 'theirs', version = version + 1 WHERE id = 1"_s), QString());
        ui::ReviewPanel review;
        review.setProject(m_sources->changes());
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        tab.bar->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        ui::ConflictDialog *dialog = review.conflictDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->saveAgainButton()->isEnabled());
        QTreeWidgetItem *row = dialog->tree()->topLevelItem(0);
        QTreeWidgetItem *title = nullptr;
        QTreeWidgetItem *version = nullptr;
        for (int i = 0; i < row->childCount(); ++i) {
            if (row->child(i)->text(0) == u"title"_s)
                title = row->child(i);
            if (row->child(i)->text(0) == u"version"_s)
                version = row->child(i);
        }
        QVERIFY(title && version);
        QVERIFY(title->flags() & Qt::ItemIsEditable);
        QVERIFY(!(version->flags() & Qt::ItemIsEditable)); // the guard's version field is the save's business

        // Typed in the Mine cell with the field's editor: committed with Ctrl+Enter (multi-line String).
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        dialog->tree()->setFocus();
        dialog->tree()->setCurrentItem(title, 0);
        QTest::keyClick(dialog->tree(), Qt::Key_Return); // Enter on the field opens its Mine cell
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != dialog->tree());
        QWidget *input = QApplication::focusWidget();
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, u"typed"_s);
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(dialog->isEdited(0));
        QVERIFY(dialog->saveAgainButton()->isEnabled());
        // Staged on top of theirs: the grid shows the typed title, my note stays staged.
        QTRY_VERIFY(loaded(*tab.model, 0));
        QCOMPARE(tab.model->index(0, TitleColumn).data().toString(), u"typed"_s);
        QCOMPARE(tab.model->index(0, NoteColumn).data().toString(), u"my note"_s);
        // A value the field cannot hold is refused in the view, the row stays as it was.
        QVERIFY(!dialog->editMine(0, u"title"_s, db::Value::fromInt(4)));
        QVERIFY(!dialog->findChild<QLabel *>(u"conflictMessage"_s)->text().isEmpty());
        dialog->tree()->setCurrentItem(dialog->tree()->topLevelItem(0));
        QVERIFY(!dialog->editCurrentField()); // a row's title line has no value to type
        QCOMPARE(dialog->conflicts().size(), 1);

        finished.clear();
        dialog->saveAgainButton()->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(query(u"SELECT title || '/' || note || '/' || version FROM post WHERE id = 1"_s), u"typed/my note/2"_s);
    }

    void uniqueViolationKeepsEditsAndPointsAtTheRow()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY(stage(*tab.model, 1, NoteColumn, u"fine"_s));        // id 2
        QVERIFY(stage(*tab.model, 4, TitleColumn, u"title 07"_s));   // id 5: taken by id 7
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        tab.bar->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.front().front().value<edit::SaveOutcome>();
        QCOMPARE(int(outcome.status), int(edit::SaveOutcome::Status::Failed));
        QCOMPARE(m_sources->changes()->changes().rowCount(), 2);
        QVERIFY(tab.model->index(1, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QVERIFY(tab.model->index(4, TitleColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(query(u"SELECT note FROM post WHERE id = 2"_s), u"note 2"_s); // rolled back
        const QString message = tab.bar->messageLabel()->text();
        QVERIFY2(message.contains(u"P2002"_s) && message.contains(u"id=5"_s), qPrintable(message));
        QCOMPARE(tab.page->gridView()->currentIndex().row(), 4);
        QCOMPARE(tab.page->gridView()->currentIndex().column(), TitleColumn);
    }

    void journalRestoresAfterTheWindowIsGone()
    {
        {
            Tab tab = openTab();
            QTRY_VERIFY(loaded(*tab.model, Rows - 1));
            QVERIFY(stage(*tab.model, 5, NoteColumn, u"unsaved"_s)); // id 6
            QVERIFY(QFile::exists(m_sources->changes()->journalPath()));
        }
        // As after a crash: the window and the project's change set are gone, the journal is on disk.
        m_sources = grid::GridSources::forDatabase(m_schema, m_url);
        QCOMPARE(m_sources->changes()->pendingJournal().size(), 1);
        QVERIFY(m_sources->changes()->changes().isEmpty());
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QVERIFY(tab.bar->journalBanner()->isVisible());
        QVERIFY(!tab.model->index(5, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        tab.bar->journalBanner()->findChild<QPushButton *>(u"journalRestore"_s)->click();
        QVERIFY(!tab.bar->journalBanner()->isVisible());
        QVERIFY(tab.model->index(5, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(5, NoteColumn).data().toString(), u"unsaved"_s);
        m_sources->changes()->changes().discardAll(); // leaves no journal for the next test
        QVERIFY(!QFile::exists(m_sources->changes()->journalPath()));
    }

    void insertedRowShowsInTheGridAndSaves()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        QAbstractItemModelTester tester(tab.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.bar->insertAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 1);
        const int row = Rows;
        QCOMPARE(tab.model->index(row, TitleColumn).data(grid::GridModel::RowStateRole).toInt(), int(grid::RowState::Inserted));
        QCOMPARE(tab.model->headerData(row, Qt::Vertical).toString(), u"+1"_s);
        QVERIFY(tab.model->flags(tab.model->index(row, TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(tab.model->flags(tab.model->index(row, IdColumn)) & Qt::ItemIsEditable); // a new row's key
        QVERIFY(tab.model->setData(tab.model->index(row, IdColumn), QVariant::fromValue(*db::Value::intChecked(100)), Qt::EditRole));
        QVERIFY(stage(*tab.model, row, TitleColumn, u"inserted"_s));
        QCOMPARE(tab.model->index(row, TitleColumn).data().toString(), u"inserted"_s);
        // Undo drops the title, redo brings it back; the row stays until its insert is undone.
        tab.bar->undoAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 1);
        QVERIFY(tab.model->index(row, TitleColumn).data().toString() != u"inserted"_s);
        tab.bar->redoAction()->trigger();
        QCOMPARE(tab.model->index(row, TitleColumn).data().toString(), u"inserted"_s);
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        tab.bar->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        const auto outcome = finished.front().front().value<edit::SaveOutcome>();
        QVERIFY2(outcome.status == edit::SaveOutcome::Status::Saved,
                 qPrintable(outcome.failure ? outcome.failure->describe() : u"conflict"_s));
        QCOMPARE(query(u"SELECT id FROM post WHERE title = 'inserted'"_s), u"100"_s);
        QTRY_COMPARE(tab.model->rowCount(), Rows + 1); // re-read: now a database row
        QTRY_VERIFY(loaded(*tab.model, Rows));
        QCOMPARE(tab.model->index(Rows, 3).data().toString(), u"0"_s); // the version's database default
    }

    void recordViewEditsThroughTheSameChangeSet()
    {
        Tab tab = openTab();
        QVERIFY(QTest::qWaitForWindowActive(tab.page.get()));
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        ui::RecordView *view = tab.page->openRecordView(0); // post 1
        QVERIFY(view);
        view->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), view);
        edit::RecordModel *record = view->recordModel();
        QAbstractItemModelTester tester(record, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!(record->flags(record->index(IdColumn, 0)) & Qt::ItemIsEditable)); // the key
        QVERIFY(!(record->flags(record->index(3, 0)) & Qt::ItemIsEditable));        // the version field
        QVERIFY(record->flags(record->index(NoteColumn, 0)) & Qt::ItemIsEditable);

        // Typed in the form: staged in the project's change set, so the grid shows it too.
        QVERIFY(view->editField(u"note"_s));
        QWidget *input = QApplication::focusWidget();
        QVERIFY(input && input != view->fieldView());
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, u"from form"_s);
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier); // multi-line String: Ctrl+Enter stages
        QTRY_VERIFY(record->index(NoteColumn, 0).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(view->fieldText(u"note"_s), u"from form"_s);
        QVERIFY(tab.model->index(0, NoteColumn).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(tab.model->index(0, NoteColumn).data().toString(), u"from form"_s);
        QCOMPARE(m_sources->changes()->changes().rowCount(), 1);

        // Tab commits the field being edited and moves to the next one; Esc cancels an edit in progress.
        QVERIFY(view->editField(u"title"_s));
        input = QApplication::focusWidget();
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, u"tabbed"_s);
        QTest::keyClick(input, Qt::Key_Tab);
        QTRY_COMPARE(tab.model->index(0, TitleColumn).data().toString(), u"tabbed"_s);
        QTRY_COMPARE(view->fieldView()->currentIndex().row(), NoteColumn);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget() != view->fieldView()); // editing note
        input = QApplication::focusWidget();
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(input, u"never staged"_s);
        QTest::keyClick(input, Qt::Key_Escape);
        QTRY_VERIFY(QApplication::focusWidget() == view->fieldView());
        QCOMPARE(view->fieldText(u"note"_s), u"from form"_s);
        QCOMPARE(view->fieldText(u"title"_s), u"tabbed"_s);

        // A value the field cannot hold is refused in the form, with the field named; nothing is staged.
        QVERIFY(!record->setData(record->index(TitleColumn, 0), QVariant::fromValue(db::Value::fromInt(5)), Qt::EditRole));
        QVERIFY(view->messageLabel()->isVisible());
        QVERIFY2(view->messageLabel()->text().contains(u"title"_s), qPrintable(view->messageLabel()->text()));
        QCOMPARE(view->fieldText(u"title"_s), u"tabbed"_s);

        // Undo in the grid's tab reverts the form; redo from the form brings it back in the grid.
        tab.page->setFocus();
        tab.bar->undoAction()->trigger(); // the title
        tab.bar->undoAction()->trigger(); // the note
        QVERIFY(!record->index(NoteColumn, 0).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(view->fieldText(u"note"_s), u"note 1"_s);
        QCOMPARE(view->fieldText(u"title"_s), u"title 01"_s);
        view->findChild<QPushButton *>(u"recordRedo"_s)->click();
        QCOMPARE(tab.model->index(0, NoteColumn).data().toString(), u"from form"_s);
        QCOMPARE(view->fieldText(u"note"_s), u"from form"_s);

        // Saved from the form: the database holds it and the form shows the row as saved.
        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        view->findChild<QPushButton *>(u"recordSave"_s)->click();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        QCOMPARE(query(u"SELECT note || '/' || version FROM post WHERE id = 1"_s), u"from form/1"_s);
        QVERIFY(!record->index(NoteColumn, 0).data(grid::GridModel::StagedRole).toBool());
        QCOMPARE(view->fieldText(u"note"_s), u"from form"_s);
        QTRY_COMPARE(view->fieldText(u"version"_s), u"1"_s); // the re-read row, with the new version
        view->close();
    }

    void recordViewEditsAStagedInsert()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        tab.bar->insertAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 1);
        ui::RecordView *view = tab.page->openRecordView(Rows);
        QVERIFY(view);
        edit::RecordModel *record = view->recordModel();
        QAbstractItemModelTester tester(record, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(record->isInsert());
        QVERIFY(record->flags(record->index(IdColumn, 0)) & Qt::ItemIsEditable); // a new row's key
        QVERIFY(record->setData(record->index(IdColumn, 0), QVariant::fromValue(*db::Value::intChecked(200)), Qt::EditRole));
        QVERIFY(record->setData(record->index(TitleColumn, 0), QVariant::fromValue(db::Value::fromString(u"from form"_s)), Qt::EditRole));
        QCOMPARE(tab.model->index(Rows, TitleColumn).data().toString(), u"from form"_s);
        QVERIFY(record->index(TitleColumn, 0).data(grid::GridModel::StagedRole).toBool());
        // A grid edit of the insert shows in the form.
        QVERIFY(stage(*tab.model, Rows, NoteColumn, u"from grid"_s));
        QCOMPARE(view->fieldText(u"note"_s), u"from grid"_s);

        QSignalSpy finished(m_sources->changes(), &edit::ProjectChanges::saveFinished);
        tab.bar->saveAction()->trigger();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(int(finished.front().front().value<edit::SaveOutcome>().status), int(edit::SaveOutcome::Status::Saved));
        // The form now shows the saved row (its key, the database's default for version) and edits it as one.
        QVERIFY(!record->isInsert());
        QCOMPARE(view->fieldText(u"id"_s), u"200"_s);
        QCOMPARE(view->fieldText(u"version"_s), u"0"_s);
        QVERIFY(record->setData(record->index(NoteColumn, 0), QVariant::fromValue(db::Value::fromString(u"after save"_s)), Qt::EditRole));
        QCOMPARE(m_sources->changes()->changes().rows().front().kind, edit::StagedRow::Kind::Update);
        view->close();
    }

    void deleteDiscardsStagedInsertsAndStagesSavedRows()
    {
        Tab tab = openTab();
        QVERIFY(QTest::qWaitForWindowActive(tab.page.get()));
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        tab.bar->insertAction()->trigger();
        tab.bar->insertAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 2);
        ui::GridView *grid = tab.page->gridView();

        // Delete on a staged insert discards it at once: nothing in the database to confirm.
        grid->setFocus();
        grid->selectionModel()->setCurrentIndex(tab.model->index(Rows, TitleColumn), QItemSelectionModel::ClearAndSelect);
        QSignalSpy impact(tab.bar, &ui::EditBar::deleteImpactShown);
        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(tab.model->rowCount(), Rows + 1);
        QCOMPARE(impact.size(), 0);
        QCOMPARE(tab.model->headerData(Rows, Qt::Vertical).toString(), u"+2"_s); // the other insert stays
        QCOMPARE(m_sources->changes()->changes().rowCount(), 1);
        tab.bar->undoAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 2);

        // Mixed: a saved row and a staged insert; the confirmation counts only the saved row.
        grid->clearSelection();
        grid->selectionModel()->select(tab.model->index(7, TitleColumn), QItemSelectionModel::Select);
        grid->selectionModel()->select(tab.model->index(Rows + 1, TitleColumn), QItemSelectionModel::Select);
        tab.bar->deleteAction()->trigger();
        QTRY_COMPARE(impact.size(), 1);
        const QString text = impact.front().at(0).toString();
        QVERIFY2(text.contains(u"Delete 1 row"_s) && text.contains(u"1 staged insert"_s), qPrintable(text));
        QCOMPARE(m_sources->changes()->changes().rowCount(), 2); // nothing yet
        tab.bar->stageDeleteOfSelection();
        QCOMPARE(tab.model->rowCount(), Rows + 1);
        QCOMPARE(tab.model->index(7, TitleColumn).data(grid::GridModel::RowStateRole).toInt(), int(grid::RowState::Deleted));
        QCOMPARE(tab.model->headerData(Rows, Qt::Vertical).toString(), u"+1"_s);
        // One undo step for both.
        tab.bar->undoAction()->trigger();
        QCOMPARE(tab.model->rowCount(), Rows + 2);
        QCOMPARE(tab.model->index(7, TitleColumn).data(grid::GridModel::RowStateRole).toInt(), int(grid::RowState::Clean));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"deleteImpactBox"_s)
                w->close();
        }
    }

    void deleteShowsImpactThenStrikesTheRow()
    {
        Tab tab = openTab();
        QTRY_VERIFY(loaded(*tab.model, Rows - 1));
        tab.page->gridView()->setCurrentIndex(tab.model->index(7, TitleColumn));
        QSignalSpy impact(tab.bar, &ui::EditBar::deleteImpactShown);
        tab.bar->deleteAction()->trigger();
        QTRY_COMPARE(impact.size(), 1);
        QVERIFY(!impact.front().at(1).toBool()); // nothing refers to a post here
        QCOMPARE(m_sources->changes()->changes().rowCount(), 0); // only staged on confirmation
        tab.bar->stageDeleteOfSelection();
        QCOMPARE(tab.model->index(7, TitleColumn).data(grid::GridModel::RowStateRole).toInt(), int(grid::RowState::Deleted));
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == u"deleteImpactBox"_s)
                w->close();
        }
    }
};

QTEST_MAIN(TestEditWorkflow)
#include "tst_edit_workflow.moc"
