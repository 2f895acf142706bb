// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/DateTimeCellEditor.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return u"%1%2:%3"_s.arg(QChar(seconds < 0 ? u'-' : u'+')).arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

DateTimeCellEditor::DateTimeCellEditor(cellinput::CellColumn column, QWidget *parent)
    : CellEditor(std::move(column), parent)
    , m_edit(new QLineEdit(this))
{
    const db::ColumnType &t = this->column().type;
    m_edit->setFrame(false);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(t.temporal == db::ColumnType::Temporal::Date   ? u"YYYY-MM-DD"_s
                               : t.temporal == db::ColumnType::Temporal::Time ? u"HH:MM:SS.ffffff"_s
                               : t.hasTimeZone                                ? u"YYYY-MM-DD HH:MM:SS.ffffff+HH:MM"_s
                                                                              : u"YYYY-MM-DD HH:MM:SS.ffffff"_s);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(u'0') * 33);
    setInput(m_edit, false);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { inputChanged(); });

    if (t.hasTimeZone) {
        m_zone = new QComboBox(this);
        m_zone->setObjectName(u"zone"_s);
        m_zone->setToolTip(tr("How a time typed without a zone is read"));
        m_zone->addItem(tr("UTC"), 0);
        const int local = QDateTime::currentDateTime().offsetFromUtc();
        if (local != 0)
            m_zone->addItem(tr("local (%1)").arg(offsetText(local)), local);
        m_zone->setFocusPolicy(Qt::TabFocus);
        addSideWidget(m_zone);
        connect(m_zone, &QComboBox::currentIndexChanged, this, [this] { inputChanged(); });
    }
    QToolButton *now = addSideButton(tr("Now"), tr("The current time"));
    now->setObjectName(u"now"_s);
    connect(now, &QToolButton::clicked, this, &DateTimeCellEditor::fillNow);
}

void DateTimeCellEditor::fillNow()
{
    const qint64 micros = QDateTime::currentMSecsSinceEpoch() * 1000;
    const int offset = m_zone ? m_zone->currentData().toInt() : 0;
    const auto now = db::DateTime::fromUnixMicros(micros, column().type.hasTimeZone ? std::optional<int>(offset)
                                                                                    : std::optional<int>());
    if (!now)
        return;
    // Drop what the column cannot keep, so "Now" never produces a refusal.
    const int kept = std::clamp(column().type.fractionDigits, 0, 6);
    qint64 unit = 1;
    for (int i = kept; i < 6; ++i)
        unit *= 10;
    const auto trimmed = db::DateTime::fromUnixMicros(now->unixMicros() - (now->unixMicros() % unit),
                                                      now->offsetSeconds());
    m_edit->setText(cellinput::editableText(db::Value::fromDateTime(trimmed.value_or(*now)), column()));
    inputChanged();
}

void DateTimeCellEditor::loadValue(const db::Value &value)
{
    m_edit->setText(cellinput::editableText(value, column()));
    m_edit->selectAll();
}

cellinput::InputResult<db::Value> DateTimeCellEditor::readValue() const
{
    cellinput::InputOptions options;
    if (m_zone)
        options.assumedOffsetSeconds = m_zone->currentData().toInt();
    return cellinput::parseCellText(m_edit->text(), column(), options);
}

void DateTimeCellEditor::showNull(bool null)
{
    CellEditor::showNull(null);
    if (m_zone)
        m_zone->setEnabled(!null);
    if (null)
        m_edit->clear();
}

} // namespace facet::ui
