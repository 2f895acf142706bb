// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "browse/ModelListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using facet::models::ModelListModel;
using facet::models::SchemaEntry;

class TestModelListModel : public QObject {
    Q_OBJECT
private:
    static QList<SchemaEntry> sample()
    {
        SchemaEntry user;
        user.name = u"User"_s;
        user.databaseName = u"users"_s;
        user.fieldCount = 9;
        user.documentation = u"A person."_s;
        SchemaEntry role;
        role.kind = SchemaEntry::Kind::Enum;
        role.name = u"Role"_s;
        role.databaseName = u"Role"_s;
        role.fieldCount = 3;
        return {user, role};
    }

private Q_SLOTS:
    void passesTheItemModelTester()
    {
        ModelListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sample());
        model.setRowEstimate(u"users"_s, 42);
        model.setEntries({});
        model.setEntries(sample());
    }

    void exposesNamesTablesAndCounts()
    {
        ModelListModel model;
        model.setEntries(sample());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex user = model.index(0);
        QCOMPARE(user.data(Qt::DisplayRole).toString(), u"User"_s);
        QCOMPARE(user.data(ModelListModel::DatabaseNameRole).toString(), u"users"_s);
        QCOMPARE(user.data(ModelListModel::RowEstimateRole).toLongLong(), -1);
        QVERIFY(user.data(Qt::ToolTipRole).toString().contains(u"User → users"_s));
        QVERIFY(user.data(Qt::ToolTipRole).toString().contains(u"A person."_s));
        QCOMPARE(user.data(ModelListModel::SearchTextRole).toString(), u"User users"_s);
        QCOMPARE(model.index(1).data(ModelListModel::SearchTextRole).toString(), u"Role"_s);
        QCOMPARE(model.entry(u"Role"_s)->fieldCount, 3);
        QCOMPARE(model.entry(u"Nope"_s), nullptr);
    }

    void rowEstimateUpdatesOnlyTheMatchingTable()
    {
        ModelListModel model;
        model.setEntries(sample());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRowEstimate(u"users"_s, 5000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0).data(ModelListModel::RowEstimateRole).toLongLong(), 5000);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"rows"_s));
        // Enums have no table: an enum whose name equals a table name must not pick up a count.
        model.setRowEstimate(u"Role"_s, 7);
        QCOMPARE(model.index(1).data(ModelListModel::RowEstimateRole).toLongLong(), -1);
    }
};

QTEST_GUILESS_MAIN(TestModelListModel)
#include "tst_model_list_model.moc"
