// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The record grid in a model tab, offscreen, over a real SQLite file: the tab shows rows, keyboard navigation
// reaches the far end of the table, header clicks sort on the database, and a project without a database
// URL gets an error panel instead of a grid.
#include "browse/ModelListModel.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "url/ConnectionUrl.h"
#include "workspace/ModelPage.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int Rows = 5000;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

models::SchemaEntry itemEntry()
{
    models::SchemaEntry e;
    e.name = u"Item"_s;
    e.databaseName = u"item"_s;
    return e;
}

bool loaded(grid::GridModel &model, int row)
{
    return row < model.rowCount() && !model.data(model.index(row, 0), grid::GridModel::IsLoadingRole).toBool();
}
} // namespace

class TestGridView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_schema;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString db = m_dir.filePath(u"items.db"_s);
        m_url = u"file:"_s + db;
        {
            auto conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"seed"_s);
            conn.setDatabaseName(db);
            QVERIFY(conn.open());
            QSqlQuery q(conn);
            QVERIFY(q.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT NOT NULL, note TEXT)"_s));
            QVERIFY(q.exec(u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO item SELECT i, 'title ' || (%1 - i), CASE WHEN i % 3 = 0 THEN NULL ELSE 'n' END FROM s"_s.arg(Rows)));
            conn.close();
        }
        QSqlDatabase::removeDatabase(u"seed"_s);
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QVERIFY(writeFile(m_schema, uR"(datasource db {
  provider = "sqlite"
  url      = env("FACET_TEST_GRID_URL_NOT_SET")
}
model Item {
  id    Int     @id
  title String
  note  String?
  @@map("item")
}
)"_s));
    }

    void cleanupTestCase() { db::PoolRegistry::shared().shutdownAll(); }

    void tabShowsRowsAndKeyboardReachesTheEnd()
    {
        ui::ModelPage page(itemEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::GridView *view = page.gridView();
        QVERIFY(view);
        grid::GridModel *model = view->gridModel();
        QVERIFY(model);
        QTRY_VERIFY(loaded(*model, 0));
        QTRY_COMPARE(model->rowCount(), Rows);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"title"_s);
        QCOMPARE(model->headerData(2, Qt::Horizontal, grid::GridModel::HeaderTypeRole).toString(), u"String?"_s);

        view->setFocus();
        view->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), Rows - 1);
        QTRY_VERIFY(loaded(*model, Rows - 1));
        QCOMPARE(model->index(view->currentIndex().row(), 0).data().toString(), QString::number(Rows));
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->currentIndex().column(), 0);
        QTest::keyClick(view, Qt::Key_PageDown);
        const int afterPage = view->currentIndex().row();
        QVERIFY(afterPage > 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), afterPage + 1);
        QTRY_VERIFY(loaded(*model, afterPage + 1));
        QCOMPARE(model->index(view->currentIndex().row(), 0).data().toString(), QString::number(afterPage + 2));
        QVERIFY(model->loadedPages() <= model->options().maxPages);
    }

    void headerClickSortsOnTheDatabase()
    {
        ui::ModelPage page(itemEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grid::GridModel *model = page.gridView()->gridModel();
        QTRY_VERIFY(loaded(*model, 0));
        QHeaderView *header = page.gridView()->horizontalHeader();
        const QPoint title(header->sectionViewportPosition(1) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(model->sortKeys().size(), 1);
        QCOMPARE(model->sortKeys().front().column, u"title"_s);
        QTRY_VERIFY(loaded(*model, 0));
        // Text order: "title 0" (id 5000) first, then "title 1" (id 4999), "title 10" (id 4990).
        QCOMPARE(model->data(model->index(0, 0)).toString(), u"5000"_s);
        QCOMPARE(model->data(model->index(1, 0)).toString(), u"4999"_s);
        QCOMPARE(model->data(model->index(2, 0)).toString(), u"4990"_s);
    }

    void whereBoxFiltersAndExplainsMistakes()
    {
        ui::ModelPage page(itemEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grid::GridModel *model = page.gridView()->gridModel();
        QTRY_COMPARE(model->rowCount(), Rows);
        page.whereEdit()->setText(u"{ \"id\": { \"lte\": 10 }, \"note\": null }"_s);
        QTest::keyClick(page.whereEdit(), Qt::Key_Return);
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == 3); // ids 3, 6, 9 have no note
        QTRY_VERIFY(loaded(*model, 2));
        QCOMPARE(model->data(model->index(2, 0)).toString(), u"9"_s);
        QVERIFY(page.whereError()->isHidden());

        page.whereEdit()->setText(u"{ \"title\": { \"containz\": \"x\" } }"_s);
        QTest::keyClick(page.whereEdit(), Qt::Key_Return);
        QVERIFY(page.whereError()->isVisibleTo(&page));
        QVERIFY2(page.whereError()->text().contains(u"containz"_s), qPrintable(page.whereError()->text()));
        QCOMPARE(model->rowCount(), 3); // a refused filter changes nothing

        page.whereEdit()->clear();
        QTRY_COMPARE(model->rowCount(), Rows);
    }

    void projectWithoutAUrlShowsWhy()
    {
        qunsetenv("FACET_TEST_GRID_URL_NOT_SET");
        qunsetenv("DATABASE_URL");
        auto sources = grid::GridSources::forProject(m_schema);
        QVERIFY(!sources->problem().isEmpty());
        ui::ModelPage page(itemEntry(), sources);
        page.show();
        QVERIFY(!page.gridView());
        QVERIFY(page.problemLabel()->isVisibleTo(&page));
        QVERIFY2(page.problemLabel()->text().contains(u"FACET_TEST_GRID_URL_NOT_SET"_s), qPrintable(page.problemLabel()->text()));
    }

    void unreachableServerShowsTheErrorPanel()
    {
        // A port nobody listens on: the pool opens lazily, so the failure arrives as the first read's error.
        const QString url = u"postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2"_s;
        const QString schema = m_dir.filePath(u"pg.prisma"_s);
        QVERIFY(writeFile(schema, u"datasource db {\n  provider = \"postgresql\"\n  url = \"%1\"\n}\nmodel Item {\n  id Int @id\n  @@map(\"item\")\n}\n"_s.arg(url)));
        ui::ModelPage page(itemEntry(), grid::GridSources::forProject(schema));
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.problemLabel()->isVisibleTo(&page), 15000);
        QVERIFY2(page.problemLabel()->text().contains(u"P1001"_s) || page.problemLabel()->text().contains(u"reach"_s),
                 qPrintable(page.problemLabel()->text()));
        QVERIFY(!page.problemLabel()->text().contains(u"secret"_s));
    }
};

QTEST_MAIN(TestGridView)
#include "tst_grid_view.moc"
