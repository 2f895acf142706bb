// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The main window on the offscreen platform, fed with the bundled demo schema.
#include "browse/ModelListModel.h"
#include "browse/SchemaEntries.h"
#include "shell/MainWindow.h"
#include "sidebar/ModelSidebar.h"
#include "workspace/ModelPage.h"
#include "workspace/WelcomePage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    models::ModelListModel m_models;
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        const QString schema = qEnvironmentVariable("FACET_SOURCE_DIR") + u"/resources/demo/schema.prisma"_s;
        const models::SchemaOutline outline = models::loadSchemaOutline(schema);
        QVERIFY2(!outline.hasErrors, qPrintable(outline.problems.join(u'\n')));
        QCOMPARE(outline.provider, u"sqlite"_s);
        m_models.setEntries(outline.entries);
        m_window = std::make_unique<ui::MainWindow>(&m_models);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void sidebarListsTheDemoModelsAndEnums()
    {
        QAbstractItemModelTester tester(&m_models, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList names;
        for (const auto &e : m_models.entries())
            names << e.name;
        for (const auto &expected : {u"User"_s, u"Post"_s, u"Tag"_s, u"Account"_s, u"Transfer"_s, u"Role"_s,
                                     u"PostStatus"_s, u"Currency"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        QCOMPARE(m_window->sidebar()->visibleCount(), 8);
        QCOMPARE(m_models.entry(u"User"_s)->databaseName, u"users"_s);
    }

    void filterMatchesPrismaAndTableNames()
    {
        ui::ModelSidebar *sidebar = m_window->sidebar();
        sidebar->setFilterText(u"transfers"_s); // the @@map name finds the model
        QCOMPARE(sidebar->visibleCount(), 1);
        sidebar->setFilterText(u"post"_s);
        QCOMPARE(sidebar->visibleCount(), 2); // Post and PostStatus
        sidebar->setFilterText(QString());
        QCOMPARE(sidebar->visibleCount(), 8);
    }

    void keyboardOpensAModelFromTheFilter()
    {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        auto *filter = m_window->findChild<QLineEdit *>(u"sidebarFilter"_s);
        QVERIFY(filter);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"account"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        auto *page = qobject_cast<ui::ModelPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->entryName(), u"Account"_s);
        // The field list shows the declared type and the @map column name.
        QTableWidget *fields = page->fieldTable();
        bool sawBalance = false;
        for (int row = 0; row < fields->rowCount(); ++row) {
            if (fields->item(row, 0)->text() == u"ownerId"_s)
                QCOMPARE(fields->item(row, 1)->text(), u"owner_id"_s);
            if (fields->item(row, 0)->text() == u"owner"_s) // a relation field has no column
                QCOMPARE(fields->item(row, 1)->text(), u"(relation)"_s);
            if (fields->item(row, 0)->text() == u"balance"_s) {
                sawBalance = true;
                QCOMPARE(fields->item(row, 2)->text(), u"Decimal"_s);
                QCOMPARE(fields->item(row, 3)->text(), u"DECIMAL"_s); // what Migrate writes on SQLite
                QCOMPARE(fields->item(row, 4)->text(), u"@default(0)"_s);
            }
        }
        QVERIFY(sawBalance);
        filter->clear();
    }

    void openingTwiceFocusesTheExistingTabAndCtrlWClosesIt()
    {
        const int before = m_window->tabs()->count();
        QVERIFY(m_window->openEntry(u"User"_s));
        QVERIFY(m_window->openEntry(u"Post"_s));
        QVERIFY(m_window->openEntry(u"User"_s));
        QCOMPARE(m_window->tabs()->count(), before + 2);
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), u"User"_s);
        QVERIFY(!m_window->openEntry(u"NoSuchModel"_s));
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->count(), before + 1);
        // The project tab is never closed.
        m_window->tabs()->setCurrentIndex(0);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->tabs()->count(), before + 1);
    }

    void welcomePageShowsProgressAndCancels()
    {
        ui::WelcomePage *welcome = m_window->welcomePage();
        m_window->tabs()->setCurrentIndex(0);
        welcome->showProgress(u"Creating the demo database"_s, 50'000, 200'000);
        auto *bar = welcome->findChild<QProgressBar *>(u"taskProgress"_s);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->value(), 250);
        bool cancelled = false;
        connect(welcome, &ui::WelcomePage::cancelRequested, this, [&] { cancelled = true; });
        auto *cancel = welcome->findChild<QWidget *>(u"taskCancel"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(cancelled);
        welcome->hideProgress();
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
