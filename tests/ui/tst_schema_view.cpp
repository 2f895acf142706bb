// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The schema tab: Facet's bundled Prisma highlighting, and diagnostics that jump to their line.
#include "browse/SchemaEntries.h"
#include "schema/CodeView.h"
#include "schema/SchemaView.h"
#include "schema/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace facet;

class TestSchemaView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &relative, const QByteArray &text)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void bundlesAPrismaDefinition()
    {
        const KSyntaxHighlighting::Definition def = ui::syntaxRepository().definitionForName(u"Prisma"_s);
        QVERIFY2(def.isValid(), "the Prisma syntax definition is not bundled");
        QVERIFY(def.extensions().contains(u"*.prisma"_s));
        QCOMPARE(ui::syntaxRepository().definitionForFileName(u"schema.prisma"_s).name(), u"Prisma"_s);
    }

    void highlightsKeywordsAndAttributes()
    {
        const QString path = write(u"valid/schema.prisma"_s,
                                   "model User {\n  id Int @id @default(autoincrement())\n  // note\n}\n");
        ui::SchemaView view;
        view.setOutline(models::loadSchemaOutline(path));
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextBlock first = view.editor()->document()->firstBlock();
        QCOMPARE(first.text(), u"model User {"_s);
        // The highlighter formats "model" differently from the model's name.
        const QList<QTextLayout::FormatRange> formats = first.layout()->formats();
        QVERIFY(!formats.isEmpty());
        QCOMPARE(formats.first().start, 0);
        QCOMPARE(formats.first().length, 5);
        const QTextBlock fieldLine = first.next();
        QVERIFY(fieldLine.layout()->formats().size() >= 3); // type, attributes, function
        QVERIFY(!view.diagnosticsList()->isVisible());
    }

    void diagnosticsJumpToTheirFileAndLine()
    {
        const QString folder = m_dir.filePath(u"broken"_s);
        write(u"broken/a.prisma"_s, "datasource db {\n  provider = \"sqlite\"\n}\n");
        write(u"broken/b.prisma"_s, "model Post {\n  id Int @id\n  this is not valid\n}\n");
        const models::SchemaOutline outline = models::loadSchemaOutline(folder);
        QVERIFY(outline.hasErrors);
        ui::SchemaView view;
        view.setOutline(outline);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.diagnosticsList()->count() >= 1);
        auto *chooser = view.findChild<QComboBox *>(u"schemaFileChooser"_s);
        QCOMPARE(chooser->count(), 2);
        QVERIFY(view.currentFile().endsWith(u"a.prisma"_s));

        QListWidgetItem *item = view.diagnosticsList()->item(0);
        QVERIFY(item->text().contains(u"b.prisma:3"_s));
        const QRect rect = view.diagnosticsList()->visualItemRect(item);
        QTest::mouseClick(view.diagnosticsList()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(view.currentFile().endsWith(u"b.prisma"_s));
        QCOMPARE(view.editor()->textCursor().blockNumber(), 2);
        QCOMPARE(view.editor()->textCursor().block().text(), u"  this is not valid"_s);
        // The problem line is marked in the gutter and tinted; a.prisma had none.
        ui::CodeView *code = view.editor();
        QVERIFY(code);
        QCOMPARE(code->marks().size(), 1);
        QCOMPARE(code->marks().first().line, 3);
        QCOMPARE(code->extraSelections().size(), 1);
        QCOMPARE(code->extraSelections().first().cursor.block().blockNumber(), 2);
    }

    void validationProblemsAreListedNotOnlyParseErrors()
    {
        // Parses fine; only resolution and validation find these: an unknown type and a model without an id.
        const QString path = write(u"semantic/schema.prisma"_s,
                                   "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n"
                                   "  b  Foo\n}\n\nmodel B {\n  name String\n}\n");
        const models::SchemaOutline outline = models::loadSchemaOutline(path);
        QVERIFY(outline.hasErrors);
        QStringList messages;
        for (const auto &p : outline.diagnostics)
            messages << u"%1: %2"_s.arg(p.line).arg(p.message);
        QVERIFY2(messages.join(u'\n').contains(u"7: Type \"Foo\" is neither a built-in type"_s), qPrintable(messages.join(u'\n')));
        // The models that can be trusted are still listed.
        QCOMPARE(outline.count(models::SchemaEntry::Kind::Model), 2);
    }

    void aMissingPathIsOneProblemWithoutAFile()
    {
        const models::SchemaOutline outline = models::loadSchemaOutline(m_dir.filePath(u"nope.prisma"_s));
        QVERIFY(outline.hasErrors);
        QCOMPARE(outline.diagnostics.size(), 1);
        QVERIFY(outline.diagnostics.first().message.contains(u"nope.prisma"_s));
        ui::SchemaView view;
        view.setOutline(outline);
        QCOMPARE(view.diagnosticsList()->count(), 1);
        QVERIFY(view.editor()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestSchemaView)
#include "tst_schema_view.moc"
