// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Relations both ways in the studio window, offscreen, over a real SQLite file: foreign-key cells show the
// related record's display field, read with one statement per loaded page (counted on the pool's query
// bus, as the query panel sees them); a foreign key opens its record, a back-relation opens the other model
// filtered to this record (a chip), back/forward return through those places; the record view shows every
// field, NULL apart from empty, and the relation's label.
#include "browse/ModelListModel.h"
#include "browse/SchemaEntries.h"
#include "bus/BusNotifier.h"
#include "bus/QueryBus.h"
#include "filter/FilterBar.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/ConnectionPool.h"
#include "pool/PoolRegistry.h"
#include "cellinput/CellRoles.h"
#include "edit/ProjectChanges.h"
#include "edit/RecordModel.h"
#include "record/RecordView.h"
#include "relation/Navigator.h"
#include "relation/RelationActions.h"
#include "relation/RelationLabels.h"
#include "shell/MainWindow.h"
#include "theme/Theme.h"
#include "workspace/ModelPage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QDir>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int Users = 1200;
constexpr int Posts = 1200; // post i is written by user i (every key distinct), post 7k has no author

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}

ui::ModelPage *currentPage(ui::MainWindow &window)
{
    return qobject_cast<ui::ModelPage *>(window.tabs()->currentWidget());
}
} // namespace

class TestRelations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_schema;
    QString m_url;
    models::ModelListModel m_models;
    std::unique_ptr<ui::MainWindow> m_window;
    std::shared_ptr<grid::GridSources> m_sources;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"blog.db"_s);
        m_url = u"file:"_s + db;
        {
            auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
            conn.setDatabaseName(db);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(u"CREATE TABLE User (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT)"_s));
            QVERIFY(q.exec(u"CREATE TABLE Post (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, "
                           "authorId INTEGER REFERENCES User(id))"_s));
            QVERIFY(q.exec(u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO User SELECT i, 'user' || i || '@example.com', 'User ' || i FROM s"_s.arg(Users)));
            QVERIFY(q.exec(u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO Post SELECT i, 'Post ' || i, CASE WHEN i % 2 = 0 THEN NULL ELSE '' END, "
                           "CASE WHEN i % 7 = 0 THEN NULL ELSE i END FROM s"_s.arg(Posts)));
            conn.close();
        }
        QSqlDatabase::removeDatabase(u"seed"_s);
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(m_schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(datasource db {
  provider = "sqlite"
  url      = env("FACET_TEST_RELATIONS_URL_NOT_SET")
}
model User {
  id    Int     @id
  email String
  name  String?
  posts Post[]
}
model Post {
  id       Int     @id
  title    String
  body     String?
  authorId Int?
  author   User?   @relation(fields: [authorId], references: [id])
}
)");
        f.close();
        const models::SchemaOutline outline = models::loadSchemaOutline(m_schema);
        QVERIFY2(!outline.hasErrors, qPrintable(outline.problems.join(u'\n')));
        m_models.setEntries(outline.entries);
        m_window = std::make_unique<ui::MainWindow>(&m_models);
        m_sources = grid::GridSources::forDatabase(m_schema, m_url);
        QVERIFY2(m_sources->problem().isEmpty(), qPrintable(m_sources->problem()));
        m_window->setGridSources(m_sources);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        db::PoolRegistry::shared().shutdownAll();
    }

    void foreignKeysShowLabelsReadOncePerPage()
    {
        auto subscription = m_sources->pool()->bus()->subscribe();
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *page = currentPage(*m_window);
        QVERIFY(page && page->relationLabels());
        grid::GridModel *model = page->gridView()->gridModel();
        QSignalSpy pages(model, &grid::GridModel::rowsLoaded);
        connect(page->relationLabels(), &relation::RelationLabels::labelsFailed, this,
                [](const QString &m) { qWarning("labels: %s", qPrintable(m)); });
        const int authorId = 3;
        // User's display field: no name/title... "name" is first in the preference list.
        QCOMPARE(page->relationLabels()->links().front().displayField, u"name"_s);
        QTRY_VERIFY(loaded(*model, 0));
        QTRY_COMPARE(model->data(model->index(0, authorId)).toString(), u"1 · User 1"_s);
        QCOMPARE(model->data(model->index(6, authorId)).toString(), u"NULL"_s); // post 7 has no author

        // Walk every row: each page's keys are new, so one label statement per page, never per row.
        for (int row = 0; row < model->rowCount(); row += 50) {
            page->gridView()->scrollTo(model->index(row, 0));
            QTRY_VERIFY(loaded(*model, row));
        }
        QTRY_VERIFY(loaded(*model, model->rowCount() - 1));
        const int last = model->rowCount() - 1;
        QTRY_COMPARE(model->data(model->index(last, authorId)).toString(), u"1200 · User 1200"_s);
        // Label statements against the page windows the grid read (both seen on the bus, as the query panel
        // sees them): at most one per window; N+1 would be one per row, about a thousand.
        int labelStatements = 0;
        int pageWindows = 0;
        QTRY_VERIFY([&] {
            for (const db::QueryEvent &e : subscription->drain()) {
                labelStatements += e.action.startsWith(u"labels Post.author"_s) ? 1 : 0;
                pageWindows += e.model == u"Post"_s && e.sql.contains(u"LIMIT"_s) ? 1 : 0;
            }
            return labelStatements >= 1;
        }());
        QVERIFY2(labelStatements <= pageWindows && pageWindows < Posts / 10,
                 qPrintable(u"%1 label statements for %2 page windows"_s.arg(labelStatements).arg(pageWindows)));
        qInfo("%d label statements for %d page windows, %d rows", labelStatements, pageWindows, Posts);
    }

    void displayFieldCanBeChosen()
    {
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *page = currentPage(*m_window);
        grid::GridModel *model = page->gridView()->gridModel();
        page->gridView()->scrollToTop();
        QTRY_VERIFY(loaded(*model, 0));
        page->relationLabels()->setDisplayField(3, u"email"_s);
        QTRY_COMPARE(model->data(model->index(0, 3)).toString(), u"1 · user1@example.com"_s);
        page->relationLabels()->setDisplayField(3, u"name"_s);
        QTRY_COMPARE(model->data(model->index(0, 3)).toString(), u"1 · User 1"_s);
    }

    void relationsNavigateWithHistory()
    {
        ui::Navigator *navigator = m_window->navigator();
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *posts = currentPage(*m_window);
        posts->filterBar()->clearConditions();
        grid::GridModel *postModel = posts->gridView()->gridModel();
        QTRY_VERIFY(postModel->isCountExact() && postModel->rowCount() == Posts && loaded(*postModel, 4));

        // Enter on the author cell of post 5 opens user 5.
        posts->gridView()->setFocus();
        posts->gridView()->setCurrentIndex(postModel->index(4, 3));
        QTest::keyClick(posts->gridView(), Qt::Key_Return);
        ui::ModelPage *users = currentPage(*m_window);
        QCOMPARE(users->entryName(), u"User"_s);
        QCOMPARE(users->filterBar()->conditions().size(), 1);
        QCOMPARE(users->filterBar()->conditions().front().label(), u"id = 5"_s);
        grid::GridModel *userModel = users->gridView()->gridModel();
        QTRY_VERIFY(userModel->isCountExact() && userModel->rowCount() == 1 && loaded(*userModel, 0));
        QCOMPARE(userModel->data(userModel->index(0, 2)).toString(), u"User 5"_s);

        // The back-relation of user 5 lists its posts: a chip "authorId = 5" on Post.
        QCOMPARE(users->relationActions()->backLinks().size(), 1);
        const auto back = users->relationActions()->backPlace(0, users->relationActions()->backLinks().front());
        QVERIFY(back);
        navigator->go(*back);
        QCOMPARE(currentPage(*m_window), posts);
        QCOMPARE(posts->filterBar()->conditions().front().label(), u"authorId = 5"_s);
        QTRY_VERIFY(postModel->isCountExact() && postModel->rowCount() == 1 && loaded(*postModel, 0));
        QCOMPARE(postModel->data(postModel->index(0, 1)).toString(), u"Post 5"_s);

        // Alt+Left: back to user 5; again: the unfiltered posts; Alt+Right forward to user 5.
        QVERIFY(navigator->backAction()->isEnabled());
        QVERIFY(!navigator->forwardAction()->isEnabled());
        navigator->backAction()->trigger();
        QCOMPARE(currentPage(*m_window), users);
        QCOMPARE(users->filterBar()->conditions().front().label(), u"id = 5"_s);
        navigator->backAction()->trigger();
        QCOMPARE(currentPage(*m_window), posts);
        QVERIFY(posts->filterBar()->conditions().isEmpty());
        QTRY_VERIFY(postModel->isCountExact() && postModel->rowCount() == Posts);
        QVERIFY(!navigator->backAction()->isEnabled());
        QCOMPARE(navigator->forwardAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
        QCOMPARE(navigator->backAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
        navigator->forwardAction()->trigger();
        QCOMPARE(currentPage(*m_window), users);
        QVERIFY(navigator->forwardAction()->isEnabled());
        navigator->forwardAction()->trigger();
        QCOMPARE(currentPage(*m_window), posts);
        QCOMPARE(posts->filterBar()->conditions().front().label(), u"authorId = 5"_s);
        QVERIFY(!navigator->forwardAction()->isEnabled());
        posts->filterBar()->clearConditions();
    }

    void recordViewShowsEveryField()
    {
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *page = currentPage(*m_window);
        grid::GridModel *model = page->gridView()->gridModel();
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == Posts);
        page->gridView()->scrollToTop();
        QTRY_VERIFY(loaded(*model, 2));
        QTRY_VERIFY(model->data(model->index(2, 3)).toString().contains(u"User 3"_s));
        ui::RecordView *view = page->openRecordView(2); // post 3: body '' (not NULL)
        QVERIFY(view);
        QStringList fields = view->fieldNames();
        fields.sort();
        QCOMPARE(fields, (QStringList{u"authorId"_s, u"body"_s, u"id"_s, u"title"_s}));
        QCOMPARE(view->fieldText(u"id"_s), u"3"_s);
        QCOMPARE(view->fieldText(u"title"_s), u"Post 3"_s);
        QCOMPARE(view->fieldText(u"body"_s), QString());
        QCOMPARE(view->fieldText(u"authorId"_s), u"3"_s);
        auto *label = view->findChild<QLabel *>(u"recordLabel_authorId"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), u"User 3"_s);
        view->close();

        ui::RecordView *second = page->openRecordView(1); // post 2: body NULL
        QVERIFY(second);
        QCOMPARE(second->fieldText(u"body"_s), u"NULL"_s);
        // The foreign key edits with the relation picker, and Open follows the staged value.
        edit::RecordModel *form = second->recordModel();
        const QModelIndex author = form->index(form->columnOfField(u"authorId"), 0);
        QVERIFY(author.data(cellinput::RelationTargetRole).canConvert<cellinput::RelationTarget>());
        QCOMPARE(author.data(cellinput::RelationTargetRole).value<cellinput::RelationTarget>().keyColumns, QStringList{u"id"_s});
        QVERIFY(form->setData(author, QVariant::fromValue(db::Value::fromInt(4)), Qt::EditRole));
        QSignalSpy staged(page, &ui::ModelPage::navigateRequested);
        QTest::mouseClick(second->findChild<QPushButton *>(u"recordOpen_authorId"_s), Qt::LeftButton);
        QCOMPARE(staged.count(), 1);
        QCOMPARE(staged.front().front().value<relation::Place>().chips.front().label(), u"id = 4"_s);
        QVERIFY(m_sources->changes()->changes().undo());
        QVERIFY(m_sources->changes()->changes().isEmpty());
        QVERIFY(m_window->openEntry(u"Post"_s));
        // Open author from the record view goes to that user.
        QSignalSpy navigate(page, &ui::ModelPage::navigateRequested);
        QTest::mouseClick(second->findChild<QPushButton *>(u"recordOpen_authorId"_s), Qt::LeftButton);
        QCOMPARE(navigate.count(), 1);
        second->close();
        QCOMPARE(currentPage(*m_window)->entryName(), u"User"_s);
        QCOMPARE(currentPage(*m_window)->filterBar()->conditions().front().label(), u"id = 2"_s);

        // Double-clicking a row header asks for the record view too.
        QVERIFY(m_window->openEntry(u"Post"_s));
        QSignalSpy record(page->relationActions(), &ui::RelationActions::recordRequested);
        Q_EMIT page->gridView()->verticalHeader()->sectionDoubleClicked(0);
        QCOMPARE(record.count(), 1);
        const auto views = page->findChildren<ui::RecordView *>();
        QVERIFY(!views.isEmpty());
        for (auto *v : views)
            v->close();
    }

    /// README pictures: the grid with chips and the record view, light and dark. With FACET_GALLERY_DIR set
    /// (docs/screenshots) they are saved there; otherwise into a temporary folder. Checks that both schemes
    /// rendered and differ.
    void gridForeignKeyEditsWithThePicker()
    {
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *page = currentPage(*m_window);
        ui::GridView *view = page->gridView();
        grid::GridModel *model = view->gridModel();
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == Posts);
        view->scrollToTop();
        QTRY_VERIFY(loaded(*model, 0));
        // Column 3 is authorId (a foreign key to User.id); column 1 is title (no relation).
        const QModelIndex author = model->index(0, 3);
        QVERIFY(author.data(cellinput::RelationTargetRole).canConvert<cellinput::RelationTarget>());
        const auto target = author.data(cellinput::RelationTargetRole).value<cellinput::RelationTarget>();
        QCOMPARE(target.model, u"User"_s);
        QCOMPARE(target.keyColumns, QStringList{u"id"_s});
        QVERIFY(!model->index(0, 1).data(cellinput::RelationTargetRole).isValid());
        // The grid's editor on that cell offers the picker; a plain text cell's does not.
        view->setCurrentIndex(author);
        view->edit(author);
        QTRY_VERIFY(view->viewport()->findChild<QToolButton *>(u"pickRelation"_s));
        QTest::keyClick(view->viewport()->focusWidget() ? view->viewport()->focusWidget() : view, Qt::Key_Escape);
        QTRY_VERIFY(!view->viewport()->findChild<QToolButton *>(u"pickRelation"_s));
        QTRY_VERIFY(!view->viewport()->findChild<QLabel *>(u"message"_s));
        const QModelIndex title = model->index(0, 1);
        view->setCurrentIndex(title);
        view->edit(title);
        QTRY_VERIFY(view->viewport()->findChild<QLabel *>(u"message"_s)); // an editor is open
        QVERIFY(!view->viewport()->findChild<QToolButton *>(u"pickRelation"_s));
        QTest::keyClick(view->viewport()->focusWidget() ? view->viewport()->focusWidget() : view, Qt::Key_Escape);
    }

    void gallery()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariableIsSet("FACET_GALLERY_DIR") ? qEnvironmentVariable("FACET_GALLERY_DIR")
                                                                           : scratch.path();
        QVERIFY(m_window->openEntry(u"Post"_s));
        ui::ModelPage *page = currentPage(*m_window);
        grid::GridModel *model = page->gridView()->gridModel();
        const mapping::ModelTable &table = model->modelTable();
        page->filterBar()->setConditions(
            {*filter::makeCondition(*table.byField(u"title"), filter::ConditionOp::StartsWith, {u"post 1"_s}, true),
             *filter::makeCondition(*table.byField(u"authorId"), filter::ConditionOp::IsNotNull, {})});
        QTRY_VERIFY(model->isCountExact() && model->rowCount() > 0 && loaded(*model, 0));
        QTRY_VERIFY(model->data(model->index(0, 3)).toString().contains(u"User"_s));
        QImage shots[2];
        for (const ui::ColorScheme scheme : {ui::ColorScheme::Light, ui::ColorScheme::Dark}) {
            ui::applyColorScheme(*qApp, scheme);
            const QString name = scheme == ui::ColorScheme::Light ? u"light"_s : u"dark"_s;
            m_window->resize(1200, 640);
            QTest::qWait(0);
            const QImage window = m_window->grab().toImage();
            QVERIFY(window.save(QDir(dir).filePath(u"grid-chips-%1.png"_s.arg(name))));
            ui::RecordView *view = page->openRecordView(0);
            QVERIFY(view);
            QVERIFY(QTest::qWaitForWindowExposed(view));
            const QImage record = view->grab().toImage();
            QVERIFY(record.save(QDir(dir).filePath(u"record-view-%1.png"_s.arg(name))));
            view->close();
            shots[scheme == ui::ColorScheme::Light ? 0 : 1] = window;
        }
        QVERIFY(!shots[0].isNull() && shots[0].size() == shots[1].size());
        QVERIFY(shots[0] != shots[1]);
        ui::applyColorScheme(*qApp, ui::ColorScheme::Light);
        page->filterBar()->clearConditions();
    }
};

QTEST_MAIN(TestRelations)
#include "tst_relations.moc"
