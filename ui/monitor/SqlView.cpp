// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SqlView.h"

#include "schema/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

QString dialectDefinition(db::Provider provider)
{
    switch (provider) {
    case db::Provider::PostgreSQL: return u"SQL (PostgreSQL)"_s;
    case db::Provider::MySQL: return u"SQL (MySQL)"_s;
    case db::Provider::SQLite: return u"SQL"_s;
    }
    return u"SQL"_s;
}

} // namespace

SqlView::SqlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(u"sqlView"_s);
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Select a statement to see its SQL"));
    m_highlighter->setTheme(syntaxThemeForPalette());
    m_highlighter->setDefinition(syntaxRepository().definitionForName(dialectDefinition(m_provider)));
}

void SqlView::setSql(const QString &sql, db::Provider provider)
{
    if (provider != m_provider) {
        m_provider = provider;
        m_highlighter->setDefinition(syntaxRepository().definitionForName(dialectDefinition(provider)));
    }
    setPlainText(sql);
}

QString SqlView::definitionName() const
{
    return m_highlighter->definition().name();
}

void SqlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setTheme(syntaxThemeForPalette());
        m_highlighter->rehighlight();
    }
}

} // namespace facet::ui
