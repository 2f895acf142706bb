// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// What `make screenshot` waits for (app/ScreenshotWait), offscreen on PostgreSQL 17 (the `servers` fixture): a
// model tab is not settled while its rows are in but the relation labels are held back (another session locks
// the related table), and is settled — showing every label in view — once they arrive; a tab that is no model
// grid is settled at once.
#include "ScreenshotWait.h"

#include "browse/ModelListModel.h"
#include "browse/SchemaEntries.h"
#include "core/Connection.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "relation/RelationLabels.h"
#include "shell/MainWindow.h"
#include "workspace/ModelPage.h"

#include "OpenConnection.h"
#include "TestServers.h"

#include <QApplication>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int AuthorColumn = 2; // Post: id, title, authorId
}

class TestScreenshotWait : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    models::ModelListModel m_models;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<db::Connection> m_other; ///< the session that holds the related table locked

    bool run(const QString &sql)
    {
        auto r = m_other->execute(db::Statement(sql));
        if (!r)
            qWarning("%s: %s", qPrintable(sql), qPrintable(r.error().summary()));
        return r.has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pg = test::TestServers::postgres();
        QVERIFY2(pg, qPrintable(pg.error()));
        auto c = test::openTestConnection(pg->url);
        QVERIFY2(c, qPrintable(c ? QString() : c.error()));
        m_other = std::move(*c);
        for (const QString &sql : {u"DROP TABLE IF EXISTS sw_post, sw_user"_s,
                                   u"CREATE TABLE sw_user (id int PRIMARY KEY, name text NOT NULL)"_s,
                                   u"CREATE TABLE sw_post (id int PRIMARY KEY, title text NOT NULL, author_id int NOT NULL)"_s,
                                   u"INSERT INTO sw_user SELECT g, 'User ' || g FROM generate_series(1, 300) g"_s,
                                   u"INSERT INTO sw_post SELECT g, 'Post ' || g, g FROM generate_series(1, 300) g"_s})
            QVERIFY(run(sql));
        const QString schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("datasource db {\n  provider = \"postgresql\"\n}\n"
                "model User {\n  id Int @id\n  name String\n  posts Post[]\n  @@map(\"sw_user\")\n}\n"
                "model Post {\n  id Int @id\n  title String\n  authorId Int @map(\"author_id\")\n"
                "  author User @relation(fields: [authorId], references: [id])\n  @@map(\"sw_post\")\n}\n");
        f.close();
        const models::SchemaOutline outline = models::loadSchemaOutline(schema);
        QVERIFY(!outline.hasErrors);
        m_models.setEntries(outline.entries);
        m_window = std::make_unique<ui::MainWindow>(&m_models);
        auto sources = grid::GridSources::forDatabase(schema, pg->url);
        QVERIFY2(sources->problem().isEmpty(), qPrintable(sources->problem()));
        m_window->setGridSources(sources);
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        if (m_other) // a failed test may have left the lock: release it before the pool waits for its workers
            (void)m_other->execute(db::Statement(u"ROLLBACK"_s));
        m_window.reset();
        db::PoolRegistry::shared().shutdownAll();
        if (m_other)
            (void)m_other->execute(db::Statement(u"DROP TABLE IF EXISTS sw_post, sw_user"_s));
    }

    void nonGridTabIsSettledAtOnce()
    {
        m_window->tabs()->setCurrentIndex(0); // the project page
        QVERIFY(!qobject_cast<ui::ModelPage *>(m_window->tabs()->currentWidget()));
        bool ready = false;
        app::whenCurrentTabSettled(*m_window, [&] { ready = true; });
        QTRY_VERIFY(ready);
    }

    void gridIsSettledOnceVisibleLabelsArrived()
    {
        // Labels read sw_user, which another session holds locked: the rows come, their labels cannot yet.
        QVERIFY(run(u"BEGIN"_s));
        QVERIFY(run(u"LOCK TABLE sw_user IN ACCESS EXCLUSIVE MODE"_s));
        QVERIFY(m_window->openEntry(u"Post"_s));
        auto *page = qobject_cast<ui::ModelPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page && page->relationLabels());
        grid::GridModel *model = page->gridView()->gridModel();
        bool ready = false;
        QStringList shown; // the author cells in view when the wait said "settled"
        app::whenCurrentTabSettled(*m_window, [&] {
            ready = true;
            ui::GridView *view = page->gridView();
            const int last = view->rowAt(view->viewport()->height() - 1);
            for (int row = std::max(0, view->rowAt(0)); row <= (last < 0 ? model->rowCount() - 1 : last); ++row)
                shown << model->index(row, AuthorColumn).data().toString();
        });
        QTRY_VERIFY(model->isRowLoaded(20));
        QTRY_VERIFY(!page->relationLabels()->labelsCover(0, 20)); // asked for, not answered
        QCoreApplication::processEvents(); // every check the loaded rows queued has run
        QVERIFY(!ready);
        QCOMPARE(model->index(0, AuthorColumn).data().toString(), u"1"_s);

        QVERIFY(run(u"COMMIT"_s));
        QTRY_VERIFY(ready);
        QVERIFY(shown.size() >= 5);
        for (qsizetype i = 0; i < shown.size(); ++i)
            QCOMPARE(shown[i], u"%1 · User %1"_s.arg(i + 1));
    }
};

QTEST_MAIN(TestScreenshotWait)
#include "tst_screenshot_wait.moc"
