// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The type-aware cell editors, driven by keys on the offscreen platform: refused input shows the message
// and commits nothing; valid input commits the exact db::Value; NULL, JSON null and "" stay three values.
// The delegate is exercised in a real QTableView over a model that follows cellinput/CellRoles.h.
#include "cellinput/CellRoles.h"
#include "editors/BytesCellEditor.h"
#include "editors/CellEditorDelegate.h"
#include "editors/CellEditorFactory.h"
#include "editors/ChoiceCellEditors.h"
#include "editors/DateTimeCellEditor.h"
#include "editors/JsonCellEditor.h"
#include "editors/TextCellEditors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::cellinput;
using facet::db::ScalarKind;
using facet::db::Value;

namespace {

CellColumn column(ScalarKind kind, bool nullable = true)
{
    CellColumn c;
    c.field = u"f"_s;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

Value dec(const QString &text)
{
    return Value::fromDecimal(*db::Decimal::parse(text));
}

// A one-cell table whose cell follows the EditRole/CellColumnRole convention.
struct OneCellGrid {
    QStandardItemModel model{1, 1};
    QTableView view;
    ui::CellEditorDelegate delegate;

    OneCellGrid(const CellColumn &c, const Value &initial)
    {
        model.setData(model.index(0, 0), toVariant(initial), Qt::EditRole);
        model.setData(model.index(0, 0), QVariant::fromValue(c), CellColumnRole);
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    ui::CellEditor *open()
    {
        view.setCurrentIndex(model.index(0, 0));
        view.edit(model.index(0, 0));
        return view.findChild<ui::CellEditor *>();
    }

    Value cell() const { return *valueFromVariant(model.data(model.index(0, 0), Qt::EditRole)); }
};

QWidget *focusTarget(ui::CellEditor *editor)
{
    return editor->focusProxy() ? editor->focusProxy() : editor;
}

} // namespace

class TestCellEditors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void intOutOfRangeIsRefusedAndNothingCommits()
    {
        ui::LineCellEditor editor(column(ScalarKind::Int));
        editor.show();
        QSignalSpy commits(&editor, &ui::CellEditor::commitRequested);
        QTest::keyClicks(editor.lineEdit(), u" 12x4"_s);
        QTest::keyClick(editor.lineEdit(), Qt::Key_Return);
        QCOMPARE(commits.count(), 0);
        QCOMPARE(editor.lineEdit()->cursorPosition(), 3); // on the 'x'
        editor.lineEdit()->clear();
        QTest::keyClicks(editor.lineEdit(), u"2147483648"_s);
        QTest::keyClick(editor.lineEdit(), Qt::Key_Return);
        QCOMPARE(commits.count(), 0);
        QCOMPARE(editor.message(), u"Int: 2147483648 is above the largest Int (2147483647)"_s);
        QVERIFY(editor.findChild<QLabel *>(u"message"_s)->isVisible());
        QTest::keyClick(editor.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(editor.message(), QString());
        QTest::keyClick(editor.lineEdit(), Qt::Key_Enter);
        QCOMPARE(commits.count(), 1);
        QCOMPARE(*editor.value(), Value::fromInt(214748364));
    }

    void delegateCommitsExactDecimal()
    {
        CellColumn money = column(ScalarKind::Decimal);
        money.type.precision = 10;
        money.type.scale = 2;
        OneCellGrid grid(money, dec(u"1.00"_s));
        ui::CellEditor *editor = grid.open();
        QVERIFY(editor);
        QWidget *input = focusTarget(editor);
        QCOMPARE(qobject_cast<QLineEdit *>(input)->text(), u"1.00"_s);
        QTest::keyClicks(input, u"12345678.999"_s); // replaces the selected text
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(editor->message(), u"Decimal(10,2): 3 digits after the point, the column keeps 2"_s);
        QCOMPARE(grid.cell(), dec(u"1.00"_s)); // nothing written
        QVERIFY(grid.view.findChild<ui::CellEditor *>()); // still open
        QTest::keyClick(input, Qt::Key_Backspace);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY(!grid.view.findChild<ui::CellEditor *>());
        const Value stored = grid.cell();
        QCOMPARE(stored, dec(u"12345678.99"_s));
        QCOMPARE(stored.toDecimal().toString(), u"12345678.99"_s);
    }

    void escapeCancels()
    {
        OneCellGrid grid(column(ScalarKind::BigInt), Value::fromBigInt(5));
        ui::CellEditor *editor = grid.open();
        QVERIFY(editor);
        QTest::keyClicks(focusTarget(editor), u"9223372036854775807"_s);
        QTest::keyClick(focusTarget(editor), Qt::Key_Escape);
        QTRY_VERIFY(!grid.view.findChild<ui::CellEditor *>());
        QCOMPARE(grid.cell(), Value::fromBigInt(5));
    }

    void setNullIsNotEmptyString()
    {
        OneCellGrid grid(column(ScalarKind::String), Value::fromString(u"text"_s));
        ui::CellEditor *editor = grid.open();
        QVERIFY(editor);
        auto *text = qobject_cast<QPlainTextEdit *>(focusTarget(editor));
        QVERIFY(text);
        QTest::keyClick(text, Qt::Key_Delete); // the text starts selected
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!grid.view.findChild<ui::CellEditor *>());
        QCOMPARE(grid.cell(), Value::fromString(u""_s));
        QVERIFY(!grid.cell().isNull());

        editor = grid.open();
        QVERIFY(editor);
        QTest::keyClick(focusTarget(editor), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(editor->isNull());
        QVERIFY(editor->findChild<QLabel *>(u"nullBadge"_s)->isVisible());
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!grid.view.findChild<ui::CellEditor *>());
        QCOMPARE(grid.cell(), Value::null());
    }

    void typingOverNullStartsAValue()
    {
        ui::LineCellEditor editor(column(ScalarKind::Int));
        editor.show();
        editor.setValue(Value::null());
        QVERIFY(editor.isNull());
        QTest::keyClicks(editor.lineEdit(), u"7"_s);
        QVERIFY(!editor.isNull());
        QCOMPARE(*editor.value(), Value::fromInt(7));
    }

    void tabDoesNotDropInvalidInput()
    {
        QStandardItemModel model(1, 2);
        for (int c = 0; c < 2; ++c) {
            model.setData(model.index(0, c), toVariant(Value::fromInt(c)), Qt::EditRole);
            model.setData(model.index(0, c), QVariant::fromValue(column(ScalarKind::Int)), CellColumnRole);
        }
        QTableView view;
        ui::CellEditorDelegate delegate;
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(0, 0));
        view.edit(model.index(0, 0));
        auto *editor = view.findChild<ui::CellEditor *>();
        QVERIFY(editor);
        QTest::keyClicks(focusTarget(editor), u"x"_s);
        QTest::keyClick(focusTarget(editor), Qt::Key_Tab);
        QCOMPARE(editor->message(), u"Int: 'x' is not a whole number ('x' at position 1)"_s);
        QCOMPARE(view.findChild<ui::CellEditor *>(), editor); // still open, input kept
        QCOMPARE(*valueFromVariant(model.data(model.index(0, 0), Qt::EditRole)), Value::fromInt(0));
        QTest::keyClick(focusTarget(editor), Qt::Key_Backspace);
        QTest::keyClicks(focusTarget(editor), u"41"_s);
        QTest::keyClick(focusTarget(editor), Qt::Key_Tab);
        QTRY_COMPARE(*valueFromVariant(model.data(model.index(0, 0), Qt::EditRole)), Value::fromInt(41));
        QTRY_COMPARE(view.currentIndex(), model.index(0, 1)); // and editing moved on to the next cell
    }

    void multiLineEnterIsALineBreak()
    {
        ui::TextCellEditor editor(column(ScalarKind::String));
        editor.show();
        QSignalSpy commits(&editor, &ui::CellEditor::commitRequested);
        QTest::keyClicks(editor.textEdit(), u"first"_s);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), u"second"_s);
        QCOMPARE(commits.count(), 0);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(commits.count(), 1);
        QCOMPARE(*editor.value(), Value::fromString(u"first\nsecond"_s));
    }

    void requiredColumnHasNoNull()
    {
        ui::LineCellEditor editor(column(ScalarKind::Int, false));
        editor.show();
        QVERIFY(!editor.findChild<QToolButton *>(u"setNull"_s));
        QTest::keyClick(editor.lineEdit(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!editor.isNull());
        QCOMPARE(editor.value().error().message, u"Int: a value is required"_s);
    }

    void jsonNullAndDatabaseNullAreTwoChoices()
    {
        ui::JsonCellEditor editor(column(ScalarKind::Json));
        editor.show();
        QTest::keyClicks(editor.textEdit(), u"{\"a\": "_s);
        QCOMPARE(editor.message(), u"Json: unexpected end, expected a value at line 1, column 7"_s);
        QTest::mouseClick(editor.findChild<QToolButton *>(u"jsonNull"_s), Qt::LeftButton);
        const Value jsonNull = *editor.value();
        QCOMPARE(jsonNull.kind(), ScalarKind::Json);
        QVERIFY(jsonNull.toJson().isJsonNull());
        QTest::mouseClick(editor.findChild<QToolButton *>(u"setNull"_s), Qt::LeftButton);
        QCOMPARE(*editor.value(), Value::null());
        QTest::mouseClick(editor.findChild<QToolButton *>(u"setNull"_s), Qt::LeftButton);
        QVERIFY(!editor.isNull());

        // A refused commit puts the cursor on the fault.
        editor.textEdit()->setPlainText(u"[1, 2,]"_s);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor.textEdit()->textCursor().position(), 6);

        editor.textEdit()->setPlainText(u"{\"big\":12345678901234567890.5,\"list\":[]}"_s);
        QTest::mouseClick(editor.findChild<QToolButton *>(u"format"_s), Qt::LeftButton);
        QCOMPARE(editor.textEdit()->toPlainText(), u"{\n  \"big\": 12345678901234567890.5,\n  \"list\": []\n}"_s);
    }

    void bytesFormatsAndFiles()
    {
        QTemporaryDir dir;
        const QByteArray payload("\x89PNG\r\n\x1a\n\x00\xff", 10);
        {
            QFile f(dir.filePath(u"in.bin"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(payload);
        }
        ui::BytesCellEditor editor(column(ScalarKind::Bytes));
        editor.show();
        QVERIFY(editor.loadFile(dir.filePath(u"in.bin"_s)).has_value());
        QCOMPARE(*editor.value(), Value::fromBytes(payload));
        QCOMPARE(editor.textEdit()->toPlainText(), u"89504e470d0a1a0a00ff"_s);
        QCOMPARE(editor.findChild<QLabel *>(u"size"_s)->text(), u"10 bytes"_s);
        QVERIFY(editor.setFormat(BytesFormat::Base64));
        QCOMPARE(editor.textEdit()->toPlainText(), u"iVBORw0KGgoA/w=="_s);
        QCOMPARE(*editor.value(), Value::fromBytes(payload));
        QVERIFY(editor.saveFile(dir.filePath(u"out.bin"_s)).has_value());
        QFile out(dir.filePath(u"out.bin"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), payload);

        QTest::keyClicks(editor.textEdit(), u"*"_s);
        QVERIFY(editor.message().startsWith(u"Bytes (base64): '*' at position"_s));
        QVERIFY(!editor.setFormat(BytesFormat::Hex)); // the text does not read as bytes: no conversion
        QVERIFY(!editor.loadFile(dir.filePath(u"missing.bin"_s)).has_value());
    }

    void enumPickerShowsNamesAndStoresLabels()
    {
        CellColumn role = column(ScalarKind::Enum, false);
        role.type.enumName = u"Role"_s;
        role.enumChoices = {{u"USER"_s, u"USER"_s}, {u"ADMIN"_s, u"admin"_s}};
        OneCellGrid grid(role, Value::fromEnum(u"Role"_s, u"USER"_s));
        auto *editor = qobject_cast<ui::EnumCellEditor *>(grid.open());
        QVERIFY(editor);
        QCOMPARE(editor->comboBox()->itemText(1), u"ADMIN  —  admin"_s);
        QCOMPARE(editor->comboBox()->currentIndex(), 0);
        QTest::keyClick(editor->comboBox(), Qt::Key_Down);
        QTest::keyClick(editor->comboBox(), Qt::Key_Return);
        QTRY_VERIFY(!grid.view.findChild<ui::CellEditor *>());
        QCOMPARE(grid.cell(), Value::fromEnum(u"Role"_s, u"admin"_s));
    }

    void enumWithoutSchemaUsesDatabaseLabels()
    {
        CellColumn size = column(ScalarKind::Enum, false);
        size.type.enumLabels = {u"S"_s, u"M"_s, u"L"_s};
        ui::EnumCellEditor editor(size);
        QCOMPARE(editor.comboBox()->count(), 3);
        editor.setValue(Value::fromEnum({}, u"M"_s));
        QCOMPARE(editor.comboBox()->currentText(), u"M"_s);
        QCOMPARE(*editor.value(), Value::fromEnum({}, u"M"_s));
    }

    void booleanIsTriStateWhenNullable()
    {
        ui::BooleanCellEditor editor(column(ScalarKind::Boolean));
        editor.show();
        editor.setValue(Value::fromBool(false));
        QTest::keyClick(editor.checkBox(), Qt::Key_Space);
        QCOMPARE(*editor.value(), Value::null()); // unchecked → partial (NULL)
        QVERIFY(editor.isNull());
        QTest::keyClick(editor.checkBox(), Qt::Key_Space);
        QCOMPARE(*editor.value(), Value::fromBool(true));
        editor.setValue(Value::null());
        QCOMPARE(editor.checkBox()->checkState(), Qt::PartiallyChecked);

        ui::BooleanCellEditor required(column(ScalarKind::Boolean, false));
        QVERIFY(!required.checkBox()->isTristate());
    }

    void dateTimeZonePicker()
    {
        CellColumn zoned = column(ScalarKind::DateTime);
        zoned.type.hasTimeZone = true;
        zoned.type.nativeName = u"timestamptz"_s;
        ui::DateTimeCellEditor editor(zoned);
        editor.show();
        QVERIFY(editor.zonePicker());
        QTest::keyClicks(editor.lineEdit(), u"1969-07-20 20:17:40"_s);
        QCOMPARE(editor.value()->toDateTime().toIso8601(), u"1969-07-20T20:17:40Z"_s);
        QTest::keyClicks(editor.lineEdit(), u"-05:00"_s);
        QCOMPARE(editor.value()->toDateTime().toIso8601(), u"1969-07-20T20:17:40-05:00"_s);
        QTest::mouseClick(editor.findChild<QToolButton *>(u"now"_s), Qt::LeftButton);
        QVERIFY(editor.value().has_value());

        CellColumn plain = column(ScalarKind::DateTime);
        plain.type.fractionDigits = 3;
        ui::DateTimeCellEditor millis(plain);
        QVERIFY(!millis.zonePicker());
        QTest::mouseClick(millis.findChild<QToolButton *>(u"now"_s), Qt::LeftButton);
        QVERIFY2(millis.value().has_value(), qPrintable(millis.message())); // "Now" fits the column's precision
        QTest::keyClicks(millis.lineEdit(), u"2038-01-19 03:14:08.0001"_s);
    }

    void listNamesTheElement()
    {
        CellColumn tags = column(ScalarKind::Int);
        tags.type.isList = true;
        ui::ListCellEditor editor(tags);
        editor.show();
        QTest::keyClicks(editor.textEdit(), u"1"_s);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), u"two"_s);
        QCOMPARE(editor.message(), u"Int[]: element 2: Int: 'two' is not a whole number ('t' at position 1)"_s);
        QTest::keyClick(editor.textEdit(), Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), u"two"_s); // the refused element is selected
        editor.textEdit()->setPlainText(u"1\n2"_s);
        QCOMPARE(*editor.value(), Value::fromList({Value::fromInt(1), Value::fromInt(2)}));
    }

    void factoryPicksTheKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("list");
        QTest::addColumn<QString>("className");
        QTest::newRow("Int") << int(ScalarKind::Int) << false << u"facet::ui::LineCellEditor"_s;
        QTest::newRow("String") << int(ScalarKind::String) << false << u"facet::ui::TextCellEditor"_s;
        QTest::newRow("Json") << int(ScalarKind::Json) << false << u"facet::ui::JsonCellEditor"_s;
        QTest::newRow("Bytes") << int(ScalarKind::Bytes) << false << u"facet::ui::BytesCellEditor"_s;
        QTest::newRow("Boolean") << int(ScalarKind::Boolean) << false << u"facet::ui::BooleanCellEditor"_s;
        QTest::newRow("Enum") << int(ScalarKind::Enum) << false << u"facet::ui::EnumCellEditor"_s;
        QTest::newRow("DateTime") << int(ScalarKind::DateTime) << false << u"facet::ui::DateTimeCellEditor"_s;
        QTest::newRow("String[]") << int(ScalarKind::String) << true << u"facet::ui::ListCellEditor"_s;
    }

    void factoryPicksTheKind()
    {
        QFETCH(int, kind);
        QFETCH(bool, list);
        QFETCH(QString, className);
        CellColumn c = column(ScalarKind(kind));
        c.type.isList = list;
        std::unique_ptr<ui::CellEditor> editor(ui::createCellEditor(c));
        QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), className);
    }
};

QTEST_MAIN(TestCellEditors)
#include "tst_cell_editors.moc"
