// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The filter builder in a model tab, offscreen, over a real SQLite file: a condition typed in the editor row
// becomes a chip that filters the grid and shows its Prisma where; a value the column cannot hold is refused
// with a message and sends nothing; removing the chip shows every row again; each tab keeps its own chips.
#include "browse/ModelListModel.h"
#include "filter/FilterBar.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "workspace/ModelPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {
constexpr int Rows = 500;

models::SchemaEntry itemEntry()
{
    models::SchemaEntry e;
    e.name = u"Item"_s;
    e.databaseName = u"item"_s;
    return e;
}

/// Picks field, operator and value in the editor row and clicks Add, as a user would.
bool addByEditor(ui::FilterBar &bar, const QString &field, const QString &op, const QString &value, bool insensitive = false)
{
    QTest::mouseClick(bar.findChild<QToolButton *>(u"filterAddButton"_s), Qt::LeftButton);
    bar.fieldBox()->setCurrentIndex(bar.fieldBox()->findText(field));
    bar.operatorBox()->setCurrentIndex(bar.operatorBox()->findText(op));
    if (bar.valueEdit()->isVisibleTo(&bar))
        bar.valueEdit()->setText(value);
    else if (bar.choiceBox()->isVisibleTo(&bar))
        bar.choiceBox()->setCurrentIndex(bar.choiceBox()->findText(value));
    bar.insensitiveBox()->setChecked(insensitive);
    const qsizetype before = bar.conditions().size();
    QTest::mouseClick(bar.findChild<QPushButton *>(u"filterApply"_s), Qt::LeftButton);
    return bar.conditions().size() == before + 1;
}
} // namespace

class TestFilterBar : public QObject {
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
            QVERIFY(q.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT NOT NULL, note TEXT, done BOOLEAN NOT NULL)"_s));
            QVERIFY(q.exec(u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO item SELECT i, CASE WHEN i % 10 = 0 THEN 'Tenth ' || i ELSE 'title ' || i END, "
                           "CASE WHEN i % 3 = 0 THEN NULL ELSE 'n' END, i % 2 = 0 FROM s"_s.arg(Rows)));
            conn.close();
        }
        QSqlDatabase::removeDatabase(u"seed"_s);
        m_schema = m_dir.filePath(u"schema.prisma"_s);
        QFile f(m_schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(datasource db {
  provider = "sqlite"
  url      = env("FACET_TEST_GRID_URL_NOT_SET")
}
model Item {
  id    Int     @id
  title String
  note  String?
  done  Boolean
  @@map("item")
}
)");
    }

    void cleanupTestCase() { db::PoolRegistry::shared().shutdownAll(); }

    void chipFiltersShowsItsWhereAndRemoves()
    {
        ui::ModelPage page(itemEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grid::GridModel *model = page.gridView()->gridModel();
        QTRY_COMPARE(model->rowCount(), Rows);
        ui::FilterBar &bar = *page.filterBar();

        QVERIFY(addByEditor(bar, u"title"_s, u"startsWith"_s, u"tenth"_s, true));
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == Rows / 10);
        QCOMPARE(bar.chipButtons().size(), 1);
        QVERIFY2(bar.chipButtons().front()->text().contains(u"title startsWith \"tenth\""_s),
                 qPrintable(bar.chipButtons().front()->text()));
        QCOMPARE(bar.whereLabel()->text(),
                 u"where: {\"title\":{\"mode\":\"insensitive\",\"startsWith\":\"tenth\"}}"_s);

        QVERIFY(addByEditor(bar, u"done"_s, u"equals"_s, u"false"_s)); // Boolean: a picker, not typed text
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == 0); // every tenth row is even, so done
        QVERIFY(addByEditor(bar, u"note"_s, u"is null"_s, {}));
        QCOMPARE(bar.chipButtons().size(), 3);

        // Remove the Boolean chip: tenths with no note remain (i divisible by 30).
        QTest::mouseClick(bar.chipButtons().at(1), Qt::LeftButton);
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == Rows / 30);
        QCOMPARE(bar.conditions().size(), 2);

        bar.clearConditions();
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == Rows);
        QVERIFY(bar.whereLabel()->isHidden());
    }

    void refusedValueSendsNothing()
    {
        ui::ModelPage page(itemEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        grid::GridModel *model = page.gridView()->gridModel();
        QTRY_COMPARE(model->rowCount(), Rows);
        const quint64 generation = model->generation();
        ui::FilterBar &bar = *page.filterBar();
        QVERIFY(!addByEditor(bar, u"id"_s, u"gt"_s, u"ten"_s));
        QVERIFY(bar.errorLabel()->isVisibleTo(&bar));
        QVERIFY2(bar.errorLabel()->text().startsWith(u"id: Int"_s), qPrintable(bar.errorLabel()->text()));
        QVERIFY(!addByEditor(bar, u"id"_s, u"in"_s, u"1, 2, x"_s));
        QVERIFY2(bar.errorLabel()->text().contains(u"value 3"_s), qPrintable(bar.errorLabel()->text()));
        QVERIFY(bar.conditions().isEmpty());
        QCOMPARE(model->generation(), generation); // no query was started

        QVERIFY(addByEditor(bar, u"id"_s, u"in"_s, u"1, 2, 3"_s));
        QVERIFY(bar.errorLabel()->isHidden());
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == 3);
    }

    void chipsStayWithTheirTab()
    {
        auto sources = grid::GridSources::forDatabase(m_schema, m_url);
        ui::ModelPage first(itemEntry(), sources);
        ui::ModelPage second(itemEntry(), sources);
        first.show();
        second.show();
        QTRY_COMPARE(first.gridView()->gridModel()->rowCount(), Rows);
        QTRY_COMPARE(second.gridView()->gridModel()->rowCount(), Rows);
        QVERIFY(addByEditor(*first.filterBar(), u"id"_s, u"lte"_s, u"5"_s));
        QTRY_VERIFY(first.gridView()->gridModel()->isCountExact() && first.gridView()->gridModel()->rowCount() == 5);
        QVERIFY(second.filterBar()->conditions().isEmpty());
        QCOMPARE(second.gridView()->gridModel()->rowCount(), Rows);

        // Switching the tab to its fields and back, and re-opening the data side, keeps the chips.
        first.showFields(true);
        first.showFields(false);
        first.setSources(sources);
        QCOMPARE(first.filterBar()->conditions().size(), 1);
        QTRY_VERIFY(first.gridView()->gridModel()->isCountExact() && first.gridView()->gridModel()->rowCount() == 5);
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filter_bar.moc"
