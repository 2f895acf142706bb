// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SchemaView.h"

#include "CodeView.h"
#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {
constexpr int FileRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;
constexpr int ColumnRole = Qt::UserRole + 3;
}

SchemaView::SchemaView(QWidget *parent)
    : QWidget(parent)
    , m_fileChooser(new QComboBox(this))
    , m_editor(new CodeView(this))
    , m_diagnostics(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    setObjectName(u"schemaView"_s);
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setObjectName(u"schemaEditor"_s);
    m_diagnostics->setObjectName(u"schemaDiagnostics"_s);
    m_diagnostics->setWordWrap(true);
    m_diagnostics->setAccessibleName(tr("Schema problems"));
    m_fileChooser->setObjectName(u"schemaFileChooser"_s);
    m_summary->setObjectName(u"schemaSummary"_s);

    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Prisma"_s));
    refreshTheme();

    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_summary);
    problemsLayout->addWidget(m_diagnostics, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_editor);
    splitter->addWidget(problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_fileChooser);
    layout->addWidget(splitter, 1);

    connect(m_fileChooser, &QComboBox::currentIndexChanged, this, &SchemaView::showFile);
    connect(m_diagnostics, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showLocation(item->data(FileRole).toString(), item->data(LineRole).toInt(), item->data(ColumnRole).toInt());
    });
    connect(m_diagnostics, &QListWidget::itemClicked, m_diagnostics, &QListWidget::itemActivated);
}

void SchemaView::setOutline(const models::SchemaOutline &outline)
{
    m_files = outline.files;
    m_problems = outline.diagnostics;
    {
        const QSignalBlocker block(m_fileChooser);
        m_fileChooser->clear();
        for (const models::SchemaFileText &f : m_files)
            m_fileChooser->addItem(f.path);
    }
    m_fileChooser->setVisible(m_files.size() > 1);
    showFile(0);

    m_diagnostics->clear();
    int errors = 0;
    for (const models::SchemaProblem &p : outline.diagnostics) {
        errors += p.warning ? 0 : 1;
        const QString where = p.line > 0 ? u"%1:%2:%3"_s.arg(p.file).arg(p.line).arg(p.column) : p.file;
        auto *item = new QListWidgetItem(u"%1 %2\n%3"_s.arg(p.warning ? tr("warning") : tr("error"), where, p.message));
        item->setToolTip(p.rendered);
        item->setData(FileRole, p.file);
        item->setData(LineRole, p.line);
        item->setData(ColumnRole, p.column);
        item->setForeground(palette().brush(p.warning ? QPalette::WindowText : QPalette::BrightText));
        m_diagnostics->addItem(item);
    }
    const int warnings = int(outline.diagnostics.size()) - errors;
    m_summary->setText(outline.diagnostics.isEmpty()
                           ? tr("No problems: the schema is valid.")
                           : tr("%1 errors, %2 warnings — click one to jump to it").arg(errors).arg(warnings));
    m_diagnostics->setVisible(!outline.diagnostics.isEmpty());
}

QString SchemaView::currentFile() const
{
    const int i = m_fileChooser->currentIndex();
    return i >= 0 && i < m_files.size() ? m_files.at(i).path : QString();
}

void SchemaView::showFile(int index)
{
    if (index < 0 || index >= m_files.size()) {
        m_editor->clear();
        m_editor->setMarks({});
        return;
    }
    if (m_fileChooser->currentIndex() != index) {
        const QSignalBlocker block(m_fileChooser);
        m_fileChooser->setCurrentIndex(index);
    }
    m_editor->setPlainText(m_files.at(index).text);
    QList<CodeView::Mark> marks;
    for (const models::SchemaProblem &p : std::as_const(m_problems)) {
        if (p.file == m_files.at(index).path && p.line > 0)
            marks << CodeView::Mark{p.line, p.column, p.warning};
    }
    m_editor->setMarks(marks);
}

bool SchemaView::showLocation(const QString &file, int line, int column)
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path != file)
            continue;
        if (currentFile() != file)
            showFile(i);
        if (line <= 0)
            return true;
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return false;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::min(column - 1, block.length() - 1));
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
        m_editor->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void SchemaView::refreshTheme()
{
    const KSyntaxHighlighting::Theme theme = syntaxThemeForPalette();
    m_highlighter->setTheme(theme);
    // The editor takes the theme's own background and text colours so highlighted text stays readable.
    QPalette editorPalette = m_editor->palette();
    editorPalette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    editorPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_editor->setPalette(editorPalette);
    m_highlighter->rehighlight();
}

void SchemaView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refreshTheme();
    QWidget::changeEvent(event);
}

} // namespace facet::ui
