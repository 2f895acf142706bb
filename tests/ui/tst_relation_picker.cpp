// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The relation picker searching a related model by its display field, through a real SqliteConnection on
// a connection pool (a SQLite file in a temporary folder): typed text narrows the list, case-insensitively
// and with LIKE wildcards taken literally; picking fills the foreign-key editor with the key.
#include "cellinput/CellRoles.h"
#include "cellinput/RelationSearch.h"
#include "editors/CellEditorDelegate.h"
#include "editors/RelationPickerDialog.h"
#include "editors/TextCellEditors.h"
#include "pool/ConnectionPool.h"
#include "url/ConnectionUrl.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::cellinput;

class TestRelationPicker : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<db::ConnectionPool> m_pool;
    RelationTarget m_authors;

private Q_SLOTS:
    void initTestCase()
    {
        auto url = db::ConnectionUrl::parse(u"file:"_s + m_dir.filePath(u"picker.db"_s));
        QVERIFY(url);
        db::PoolOptions options = db::PoolOptions::fromUrl(*url);
        options.connectionLimit = 1;
        m_pool = db::ConnectionPool::create(*url, options);
        const auto setup = m_pool->runBlocking(db::QueryOrigin::Migration, u"setup"_s, [](db::Connection &c) {
            return c.executeBatch({
                db::Statement(u"CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s),
                db::Statement(u"INSERT INTO author (id, name) VALUES (1, 'Ada Lovelace'), (2, 'Alan Turing'), "
                              "(3, 'Grace Hopper'), (4, '100% Adams'), (5, 'Barbara Liskov')"_s),
            });
        });
        QVERIFY2(setup, setup ? "" : qPrintable(setup.error().message));

        m_authors.model = u"Author"_s;
        m_authors.table.name = u"author"_s;
        m_authors.table.model = u"Author"_s;
        db::ColumnSpec id{u"id"_s, {}, false, true};
        id.type.kind = db::ScalarKind::Int;
        db::ColumnSpec name{u"name"_s, {}, false, false};
        name.type.kind = db::ScalarKind::String;
        m_authors.table.columns = {id, name};
        m_authors.table.primaryKey = {u"id"_s};
        m_authors.keyColumns = {u"id"_s};
        m_authors.displayColumn = u"name"_s;
        m_authors.displayField = u"name"_s;
    }

    void cleanupTestCase() { m_pool.reset(); }

    void searchNarrowsCaseInsensitively()
    {
        ui::RelationPickerDialog dialog(poolRelationSearch(m_pool, m_authors), m_authors);
        QSignalSpy shown(&dialog, &ui::RelationPickerDialog::resultsShown);
        dialog.show();
        QTRY_COMPARE(dialog.results()->count(), 5); // empty text: every record, ordered by name
        QVERIFY(dialog.results()->item(0)->text().startsWith(u"100% Adams"_s));

        QTest::keyClicks(dialog.searchField(), u"AD"_s);
        QTRY_COMPARE(dialog.results()->count(), 2);
        QVERIFY(dialog.results()->item(0)->text().startsWith(u"100% Adams"_s));
        QVERIFY(dialog.results()->item(1)->text().startsWith(u"Ada Lovelace"_s));
        QCOMPARE(dialog.status(), u"2 record(s)"_s);

        // % is the user's text, not a wildcard.
        dialog.searchField()->setText(u"0%"_s);
        QTRY_COMPARE(dialog.results()->count(), 1);
        QTRY_VERIFY(dialog.status().contains(u"1 record"_s));

        dialog.searchField()->setText(u"nobody"_s);
        QTRY_COMPARE(dialog.status(), u"No Author has “nobody” in name"_s);
        QCOMPARE(dialog.results()->count(), 0);
    }

    void pickingFillsTheForeignKey()
    {
        db::ColumnType fk;
        fk.kind = db::ScalarKind::Int;
        CellColumn authorId{u"authorId"_s, fk, false, {}};
        ui::LineCellEditor editor(authorId);
        editor.setRelationPicker(poolRelationSearch(m_pool, m_authors), m_authors);
        editor.show();
        // The picker is modal: drive it from inside its own event loop.
        bool picked = false;
        QTimer::singleShot(0, this, [&picked] {
            auto *dialog = qobject_cast<ui::RelationPickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->searchField(), u"hop"_s);
            QTRY_COMPARE(dialog->results()->count(), 1);
            QTest::keyClick(dialog->searchField(), Qt::Key_Return);
            picked = true;
        });
        QTest::mouseClick(editor.findChild<QToolButton *>(u"pickRelation"_s), Qt::LeftButton);
        QVERIFY(picked);
        QCOMPARE(*editor.value(), db::Value::fromInt(3));
        QCOMPARE(editor.lineEdit()->text(), u"3"_s);
    }

    void delegateOffersThePickerForRelationCells()
    {
        db::ColumnType fk;
        fk.kind = db::ScalarKind::Int;
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), toVariant(db::Value::fromInt(1)), Qt::EditRole);
        model.setData(model.index(0, 0), QVariant::fromValue(CellColumn{u"authorId"_s, fk, false, {}}), CellColumnRole);
        model.setData(model.index(0, 0), QVariant::fromValue(m_authors), RelationTargetRole);
        QTableView view;
        ui::CellEditorDelegate delegate;
        delegate.setRelationSearchFactory([this](const RelationTarget &t) { return poolRelationSearch(m_pool, t); });
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(0, 0));
        view.edit(model.index(0, 0));
        auto *editor = view.findChild<ui::CellEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->findChild<QToolButton *>(u"pickRelation"_s));
        bool picked = false;
        QTimer::singleShot(0, this, [&picked] {
            auto *dialog = qobject_cast<ui::RelationPickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->searchField(), u"liskov"_s);
            QTRY_COMPARE(dialog->results()->count(), 1);
            QTest::keyClick(dialog->searchField(), Qt::Key_Return);
            picked = true;
        });
        QTest::keyClick(editor->focusProxy(), Qt::Key_Space, Qt::ControlModifier); // keyboard: Ctrl+Space
        QVERIFY(picked);
        QTest::keyClick(editor->focusProxy(), Qt::Key_Return);
        QTRY_VERIFY(!view.findChild<ui::CellEditor *>());
        QCOMPARE(*valueFromVariant(model.data(model.index(0, 0), Qt::EditRole)), db::Value::fromInt(5));
    }

    void searchErrorsAreShown()
    {
        RelationTarget broken = m_authors;
        broken.table.name = u"no_such_table"_s;
        ui::RelationPickerDialog dialog(poolRelationSearch(m_pool, broken), broken);
        QTRY_VERIFY(dialog.status().startsWith(u"Search failed: "_s));
        QVERIFY(dialog.status().contains(u"no_such_table"_s));
    }

    void staleAnswersAreDropped()
    {
        // A search whose answers the test releases in reverse order: the older answer must not replace the newer.
        QList<std::shared_ptr<QPromise<db::Result<QList<RelationCandidate>>>>> pending;
        RelationSearch manual = [&pending](const QString &, int) {
            auto promise = std::make_shared<QPromise<db::Result<QList<RelationCandidate>>>>();
            promise->start();
            pending.append(promise);
            return promise->future();
        };
        ui::RelationPickerDialog dialog(manual, m_authors);
        dialog.searchField()->setText(u"a"_s);
        QTRY_COMPARE(pending.size(), 2);
        const auto answer = [](QString display) {
            return db::Result<QList<RelationCandidate>>(QList<RelationCandidate>{{{db::Value::fromInt(1)}, display}});
        };
        pending[1]->addResult(answer(u"newest"_s));
        pending[1]->finish();
        QTRY_COMPARE(dialog.results()->count(), 1);
        pending[0]->addResult(answer(u"stale"_s));
        pending[0]->finish();
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(dialog.results()->item(0)->text().startsWith(u"newest"_s));
    }
};

QTEST_MAIN(TestRelationPicker)
#include "tst_relation_picker.moc"
