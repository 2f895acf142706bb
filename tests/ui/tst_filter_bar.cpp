// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The filter builder in a model tab, offscreen, over a real SQLite file: a condition typed in the editor row
// becomes a chip that filters the grid and shows its Prisma where; a value the column cannot hold is refused
// with a message and sends nothing; removing the chip shows every row again; each tab keeps its own chips;
// relation fields take some/none/every or is/isNot/null with one nested condition on the related model.
#include "browse/ModelListModel.h"
#include "filter/FilterBar.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "pool/PoolRegistry.h"
#include "theme/Theme.h"
#include "workspace/ModelPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
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

models::SchemaEntry ownerEntry()
{
    models::SchemaEntry e;
    e.name = u"Owner"_s;
    e.databaseName = u"owner"_s;
    return e;
}

/// A relation condition through the editor row: relation field, its operator, then (unless "(any)") a field
/// of the related model, its operator and a value.
bool addRelationByEditor(ui::FilterBar &bar, const QString &field, const QString &op, const QString &nestedField,
                         const QString &nestedOp = {}, const QString &value = {})
{
    QTest::mouseClick(bar.findChild<QToolButton *>(u"filterAddButton"_s), Qt::LeftButton);
    bar.fieldBox()->setCurrentIndex(bar.fieldBox()->findText(field));
    bar.operatorBox()->setCurrentIndex(bar.operatorBox()->findText(op));
    if (bar.nestedFieldBox()->isVisibleTo(&bar))
        bar.nestedFieldBox()->setCurrentIndex(bar.nestedFieldBox()->findText(nestedField));
    if (bar.nestedOperatorBox()->isVisibleTo(&bar))
        bar.nestedOperatorBox()->setCurrentIndex(bar.nestedOperatorBox()->findText(nestedOp));
    if (bar.valueEdit()->isVisibleTo(&bar))
        bar.valueEdit()->setText(value);
    const qsizetype before = bar.conditions().size();
    QTest::mouseClick(bar.findChild<QPushButton *>(u"filterApply"_s), Qt::LeftButton);
    return bar.conditions().size() == before + 1;
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
            QVERIFY(q.exec(u"CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT NOT NULL, note TEXT, done BOOLEAN NOT NULL, "
                           "owner_id INTEGER)"_s));
            // Ann owns items 1-50, Bob 51-60, Cid none; the rest have no owner.
            QVERIFY(q.exec(u"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
                           "INSERT INTO item SELECT i, CASE WHEN i % 10 = 0 THEN 'Tenth ' || i ELSE 'title ' || i END, "
                           "CASE WHEN i % 3 = 0 THEN NULL ELSE 'n' END, i % 2 = 0, "
                           "CASE WHEN i <= 50 THEN 1 WHEN i <= 60 THEN 2 END FROM s"_s.arg(Rows)));
            QVERIFY(q.exec(u"CREATE TABLE owner (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s));
            QVERIFY(q.exec(u"INSERT INTO owner VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cid')"_s));
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
  id      Int     @id
  title   String
  note    String?
  done    Boolean
  ownerId Int?    @map("owner_id")
  owner   Owner?  @relation(fields: [ownerId], references: [id])
  @@map("item")
}
model Owner {
  id    Int    @id
  name  String
  items Item[]
  @@map("owner")
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

    void relationChipsFilterThroughTheRelation()
    {
        auto sources = grid::GridSources::forDatabase(m_schema, m_url);
        ui::ModelPage items(itemEntry(), sources);
        items.resize(1100, 600);
        items.show();
        QVERIFY(QTest::qWaitForWindowExposed(&items));
        grid::GridModel *itemModel = items.gridView()->gridModel();
        QTRY_COMPARE(itemModel->rowCount(), Rows);
        ui::FilterBar &bar = *items.filterBar();

        // To-one, optional: is with a nested condition, then is null.
        QVERIFY(addRelationByEditor(bar, u"owner (Owner)"_s, u"is"_s, u"name"_s, u"equals"_s, u"Ann"_s));
        QTRY_VERIFY(itemModel->isCountExact() && itemModel->rowCount() == 50);
        QCOMPARE(bar.chipButtons().front()->text(), u"owner is: name = \"Ann\"  ✕"_s);
        QCOMPARE(bar.whereLabel()->text(), u"where: {\"owner\":{\"is\":{\"name\":{\"equals\":\"Ann\"}}}}"_s);
        bar.clearConditions();
        QVERIFY(addRelationByEditor(bar, u"owner (Owner)"_s, u"is null"_s, {}));
        QVERIFY(!bar.nestedFieldBox()->isVisibleTo(&bar)); // no nested condition for a null check
        QTRY_VERIFY(itemModel->isCountExact() && itemModel->rowCount() == Rows - 60);
        QCOMPARE(bar.chipButtons().front()->text(), u"owner is null  ✕"_s);

        // To-many: the operators are some/none/every; "(any)" is "has any".
        ui::ModelPage owners(ownerEntry(), sources);
        owners.resize(1100, 600);
        owners.show();
        grid::GridModel *ownerModel = owners.gridView()->gridModel();
        QTRY_COMPARE(ownerModel->rowCount(), 3);
        ui::FilterBar &ownerBar = *owners.filterBar();
        QVERIFY(addRelationByEditor(ownerBar, u"items (Item[])"_s, u"some"_s, u"(any)"_s));
        QCOMPARE(ownerBar.operatorBox()->count(), 3);
        QTRY_VERIFY(ownerModel->isCountExact() && ownerModel->rowCount() == 2);
        QCOMPARE(ownerBar.chipButtons().front()->text(), u"items some (any)  ✕"_s);
        ownerBar.clearConditions();

        // every with no condition would match every owner: refused, nothing sent.
        QTRY_VERIFY(ownerModel->isCountExact() && ownerModel->rowCount() == 3);
        QVERIFY(!addRelationByEditor(ownerBar, u"items (Item[])"_s, u"every"_s, u"(any)"_s));
        QVERIFY2(ownerBar.errorLabel()->text().contains(u"every needs a condition"_s), qPrintable(ownerBar.errorLabel()->text()));
        // Owners all of whose items are tenths: only Cid, who has none (as in Prisma).
        QVERIFY(addRelationByEditor(ownerBar, u"items (Item[])"_s, u"every"_s, u"title"_s, u"startsWith"_s, u"Tenth"_s));
        QTRY_VERIFY(ownerModel->isCountExact() && ownerModel->rowCount() == 1);
        QCOMPARE(ownerBar.chipButtons().front()->text(), u"items every: title startsWith \"Tenth\"  ✕"_s);
        // A refused nested value names the relation and the field.
        QVERIFY(!addRelationByEditor(ownerBar, u"items (Item[])"_s, u"none"_s, u"id"_s, u"gt"_s, u"ten"_s));
        QVERIFY2(ownerBar.errorLabel()->text().startsWith(u"items → id: Int"_s), qPrintable(ownerBar.errorLabel()->text()));
        QTest::mouseClick(ownerBar.chipButtons().front(), Qt::LeftButton);
        QTRY_VERIFY(ownerModel->isCountExact() && ownerModel->rowCount() == 3);
        QVERIFY(bar.conditions().size() == 1); // the other tab kept its chip
    }

    /// Pictures of the builder with relation chips and the editor row on a relation, light and dark: saved in
    /// FACET_GALLERY_DIR when set, else in a temporary folder. Checks both schemes rendered and differ.
    void relationGallery()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariableIsSet("FACET_GALLERY_DIR") ? qEnvironmentVariable("FACET_GALLERY_DIR")
                                                                           : scratch.path();
        ui::ModelPage owners(ownerEntry(), grid::GridSources::forDatabase(m_schema, m_url));
        owners.resize(1000, 360);
        owners.show();
        QVERIFY(QTest::qWaitForWindowExposed(&owners));
        grid::GridModel *model = owners.gridView()->gridModel();
        QTRY_COMPARE(model->rowCount(), 3);
        ui::FilterBar &bar = *owners.filterBar();
        QVERIFY(addRelationByEditor(bar, u"items (Item[])"_s, u"some"_s, u"title"_s, u"contains"_s, u"Tenth"_s));
        QVERIFY(addRelationByEditor(bar, u"items (Item[])"_s, u"none"_s, u"id"_s, u"gt"_s, u"55"_s)); // Ann
        QTRY_VERIFY(model->isCountExact() && model->rowCount() == 1 && !model->data(model->index(0, 1)).toString().isEmpty());
        // The editor row open on a relation, as a user sees it while adding the next condition.
        QTest::mouseClick(bar.findChild<QToolButton *>(u"filterAddButton"_s), Qt::LeftButton);
        bar.fieldBox()->setCurrentIndex(bar.fieldBox()->findText(u"items (Item[])"_s));
        bar.operatorBox()->setCurrentIndex(bar.operatorBox()->findText(u"every"_s));
        bar.nestedFieldBox()->setCurrentIndex(bar.nestedFieldBox()->findText(u"done"_s));
        QImage shots[2];
        for (const ui::ColorScheme scheme : {ui::ColorScheme::Light, ui::ColorScheme::Dark}) {
            ui::applyColorScheme(*qApp, scheme);
            QTest::qWait(0);
            const QImage image = owners.grab().toImage();
            const QString name = scheme == ui::ColorScheme::Light ? u"light"_s : u"dark"_s;
            QVERIFY(image.save(QDir(dir).filePath(u"relation-filter-%1.png"_s.arg(name))));
            shots[scheme == ui::ColorScheme::Light ? 0 : 1] = image;
        }
        ui::applyColorScheme(*qApp, ui::ColorScheme::Light);
        QVERIFY(!shots[0].isNull() && shots[0].size() == shots[1].size());
        QVERIFY(shots[0] != shots[1]);
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
