// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Renders every cell editor, with a typical value and with a refused one, in the light and the dark
// scheme, into one PNG for review (docs/screenshots/editors.png is made with it):
//
//     FACET_GALLERY_OUT=/facet/src/docs/screenshots/editors.png ctest -R tst_editor_gallery
//
// Without FACET_GALLERY_OUT the image goes to a temporary folder. The test checks what a review needs:
// every editor renders at a usable size, refusals show their message, and the two schemes differ.
#include "editors/BytesCellEditor.h"
#include "editors/CellEditorFactory.h"
#include "editors/ChoiceCellEditors.h"
#include "editors/JsonCellEditor.h"
#include "editors/TextCellEditors.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace facet;
using namespace facet::cellinput;
using facet::db::ScalarKind;
using facet::db::Value;

namespace {

CellColumn column(ScalarKind kind, bool nullable = true)
{
    CellColumn c;
    c.type.kind = kind;
    c.nullable = nullable;
    return c;
}

struct Sample {
    QString title;
    CellColumn column;
    Value value;
    QString typed; ///< typed over the value: shows a refusal
};

QList<Sample> samples()
{
    QList<Sample> list;
    list.append({u"Int"_s, column(ScalarKind::Int), Value::fromInt(42), u"2147483648"_s});
    CellColumn money = column(ScalarKind::Decimal, false);
    money.type.precision = 10;
    money.type.scale = 2;
    list.append({u"Decimal(10,2)"_s, money, Value::fromDecimal(*db::Decimal::parse(u"1999.90")), u"12.345"_s});
    CellColumn big = column(ScalarKind::BigInt);
    list.append({u"BigInt"_s, big, Value::fromBigInt(9223372036854775807), {}});
    CellColumn uuid = column(ScalarKind::String, false);
    uuid.type.isUuid = true;
    uuid.type.nativeName = u"uuid"_s;
    list.append({u"String (uuid)"_s, uuid, Value::fromString(u"0190f2c4-7d1e-7a33-9c51-1f0e8b2d4a77"_s), {}});
    list.append({u"String"_s, column(ScalarKind::String), Value::fromString(u"Two lines\nof text"_s), {}});
    list.append({u"String — NULL"_s, column(ScalarKind::String), Value::null(), {}});
    CellColumn zoned = column(ScalarKind::DateTime);
    zoned.type.hasTimeZone = true;
    zoned.type.nativeName = u"timestamptz"_s;
    list.append({u"DateTime (timestamptz)"_s, zoned,
                 Value::fromDateTime(*db::DateTime::parseIso8601(u"1969-07-20T20:17:40.5-05:00")), {}});
    CellColumn millis = column(ScalarKind::DateTime);
    millis.type.fractionDigits = 3;
    list.append({u"DateTime(3)"_s, millis, Value::fromDateTime(*db::DateTime::parseIso8601(u"2038-01-19T03:14:08")),
                 u"2023-02-29 10:00"_s});
    list.append({u"Json"_s, column(ScalarKind::Json),
                 Value::fromJson(*db::Json::parse(u"{\n  \"theme\": \"dark\",\n  \"size\": 12345678901234567890\n}"_s)),
                 {}});
    list.append({u"Json — invalid"_s, column(ScalarKind::Json), Value::null(), u"{\"a\": [1, 2,]}"_s});
    list.append({u"Bytes"_s, column(ScalarKind::Bytes), Value::fromBytes(QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16)),
                 {}});
    CellColumn role = column(ScalarKind::Enum, false);
    role.type.enumName = u"Role"_s;
    role.enumChoices = {{u"USER"_s, u"user"_s}, {u"ADMIN"_s, u"admin"_s}, {u"GUEST"_s, u"GUEST"_s}};
    list.append({u"Role (enum)"_s, role, Value::fromEnum(u"Role"_s, u"admin"_s), {}});
    list.append({u"Boolean?"_s, column(ScalarKind::Boolean), Value::fromBool(true), {}});
    CellColumn tags = column(ScalarKind::Int);
    tags.type.isList = true;
    list.append({u"Int[]"_s, tags, Value::fromList({Value::fromInt(3), Value::fromInt(5)}), u"3\n5\nseven"_s});
    return list;
}

void typeInto(ui::CellEditor *editor, const QString &text)
{
    editor->setNull(false);
    if (auto *line = editor->findChild<QLineEdit *>()) {
        line->selectAll();
        QTest::keyClicks(line, text);
    } else if (auto *plain = editor->findChild<QPlainTextEdit *>()) {
        plain->setPlainText(text);
    }
}

// One scheme's page: a two-column form of every sample.
QImage renderPage(ui::ColorScheme scheme, int &refusalsShown)
{
    ui::applyColorScheme(*qApp, scheme);
    QWidget page;
    page.setAutoFillBackground(true);
    auto *grid = new QGridLayout(&page);
    grid->setContentsMargins(16, 16, 16, 16);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(10);
    const QList<Sample> list = samples();
    const int half = int((list.size() + 1) / 2);
    for (int i = 0; i < list.size(); ++i) {
        const Sample &s = list[i];
        auto *label = new QLabel(s.title, &page);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        ui::CellEditor *editor = ui::createCellEditor(s.column, &page);
        editor->setValue(s.value);
        if (!s.typed.isEmpty())
            typeInto(editor, s.typed);
        if (auto *line = editor->findChild<QLineEdit *>())
            line->deselect(); // editors open with the text selected; unselected reads better in review
        if (auto *plain = editor->findChild<QPlainTextEdit *>()) {
            QTextCursor cursor = plain->textCursor();
            cursor.clearSelection();
            plain->setTextCursor(cursor);
        }
        if (!editor->message().isEmpty())
            ++refusalsShown;
        const int row = i % half;
        const int col = (i / half) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(editor, row, col + 1, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(half, 1);
    page.resize(1180, page.sizeHint().height());
    page.show();
    if (!QTest::qWaitForWindowExposed(&page))
        return {};
    return page.grab().toImage();
}

} // namespace

class TestEditorGallery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void renderLightAndDark()
    {
        int lightRefusals = 0;
        int darkRefusals = 0;
        const QImage light = renderPage(ui::ColorScheme::Light, lightRefusals);
        const QImage dark = renderPage(ui::ColorScheme::Dark, darkRefusals);
        QVERIFY(!light.isNull());
        QVERIFY(!dark.isNull());
        QVERIFY(light.width() >= 900);
        QVERIFY(light.height() >= 400);
        QCOMPARE(lightRefusals, 5); // Int, Decimal, DateTime(3), Json — invalid, Int[]
        QCOMPARE(darkRefusals, 5);
        QVERIFY(light.pixel(2, 2) != dark.pixel(2, 2)); // the schemes really differ

        // Stacked, light above dark.
        QImage sheet(std::max(light.width(), dark.width()), light.height() + dark.height(), QImage::Format_RGB32);
        QPainter p(&sheet);
        p.drawImage(0, 0, light);
        p.drawImage(0, light.height(), dark);
        p.end();

        QTemporaryDir fallback;
        const QString out = qEnvironmentVariableIsSet("FACET_GALLERY_OUT")
                                ? qEnvironmentVariable("FACET_GALLERY_OUT")
                                : fallback.filePath(u"editors.png"_s);
        QVERIFY2(sheet.save(out), qPrintable(out));
        qInfo("gallery: %s", qPrintable(out));
    }
};

QTEST_MAIN(TestEditorGallery)
#include "tst_editor_gallery.moc"
