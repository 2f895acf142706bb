// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "WelcomePage.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"welcomePage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(u"schemaProblems"_s);
    m_problems->hide();
    m_status->setObjectName(u"welcomeStatus"_s);
    m_status->setWordWrap(true);
    m_progress->setObjectName(u"taskProgress"_s);
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(u"taskCancel"_s);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_problems);
    layout->addSpacing(8);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &WelcomePage::cancelRequested);
    hideProgress();
}

void WelcomePage::setSummary(const ProjectSummary &s)
{
    m_title->setText(s.title);
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style='padding-right:16px; opacity:0.7'>%1</td><td>%2</td></tr>"_s.arg(label, value.toHtmlEscaped());
    };
    QString html = u"<table>"_s;
    html += row(tr("Schema"), s.schemaPath);
    html += row(tr("Provider"), s.provider);
    html += row(tr("Database"), s.database);
    html += row(tr("Contents"), tr("%1 models, %2 enums, %3 views").arg(s.models).arg(s.enums).arg(s.views));
    html += u"</table><p>"_s
            + tr("Open a model from the list on the left (type to filter, <b>Ctrl+K</b> to jump there, "
                 "<b>Enter</b> to open).")
            + u"</p>"_s;
    m_details->setText(html);
    // The first problem in full (Prisma's layout); the schema tab lists them all with their positions.
    m_problems->setVisible(!s.problems.isEmpty());
    if (!s.problems.isEmpty()) {
        QString text = s.problems.first();
        if (s.problems.size() > 1)
            text += u"\n\n"_s + tr("…and %n more on the Schema tab.", nullptr, int(s.problems.size() - 1));
        m_problems->setText(text);
    }
}

void WelcomePage::showProgress(const QString &what, qint64 done, qint64 total)
{
    m_status->setText(what);
    m_status->show();
    // QProgressBar is int-based; show permille so totals beyond 2^31 rows still work.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
    m_progress->show();
    m_cancel->show();
}

void WelcomePage::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

void WelcomePage::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace facet::ui
