// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "editors/RelationPickerDialog.h"

#include "cellinput/CellColumn.h"
#include "cellinput/CellInput.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {

QString keyText(const cellinput::RelationCandidate &candidate)
{
    QStringList parts;
    for (const db::Value &v : candidate.key) {
        cellinput::CellColumn any;
        any.type.kind = v.kind();
        parts.append(cellinput::editableText(v, any));
    }
    return parts.join(u", "_s);
}

} // namespace

RelationPickerDialog::RelationPickerDialog(cellinput::RelationSearch search, cellinput::RelationTarget target,
                                           QWidget *parent)
    : QDialog(parent)
    , m_searchFn(std::move(search))
    , m_target(std::move(target))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Pick a %1").arg(m_target.model));
    auto *layout = new QVBoxLayout(this);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search %1 by %2").arg(m_target.model, m_target.displayField));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    m_results->setObjectName(u"results"_s);
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results, 1);
    m_status->setObjectName(u"status"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pick"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RelationPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RelationPickerDialog::reject);
    connect(m_results, &QListWidget::itemActivated, this, [this] { accept(); });

    // A short pause after the last keystroke, so typing a word runs one query, not one per letter.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &RelationPickerDialog::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    resize(420, 360);
    runSearch();
}

QString RelationPickerDialog::status() const
{
    return m_status->text();
}

void RelationPickerDialog::runSearch()
{
    const quint64 generation = ++m_generation;
    const QString text = m_search->text().trimmed();
    m_status->setText(tr("Searching…"));
    m_searchFn(text, ResultLimit).then(this, [this, generation, text](const db::Result<QList<cellinput::RelationCandidate>> &r) {
        showResults(generation, text, r);
    });
}

void RelationPickerDialog::showResults(quint64 generation, const QString &text,
                                const db::Result<QList<cellinput::RelationCandidate>> &result)
{
    if (generation != m_generation)
        return; // an older search answered after a newer one started
    m_results->clear();
    m_candidates.clear();
    if (!result) {
        m_status->setText(tr("Search failed: %1").arg(result.error().message));
        Q_EMIT resultsShown();
        return;
    }
    m_candidates = *result;
    for (const cellinput::RelationCandidate &c : m_candidates) {
        auto *item = new QListWidgetItem(u"%1    ·  %2"_s.arg(c.display.isEmpty() ? tr("(empty)") : c.display, keyText(c)),
                                         m_results);
        item->setToolTip(tr("%1 = %2").arg(m_target.keyColumns.join(u", "_s), keyText(c)));
    }
    if (!m_candidates.isEmpty())
        m_results->setCurrentRow(0);
    if (m_candidates.isEmpty())
        m_status->setText(text.isEmpty() ? tr("%1 has no records").arg(m_target.model)
                                         : tr("No %1 has “%2” in %3").arg(m_target.model, text, m_target.displayField));
    else if (m_candidates.size() >= ResultLimit)
        m_status->setText(tr("First %1 matches; type more to narrow").arg(ResultLimit));
    else
        m_status->setText(tr("%n record(s)", nullptr, int(m_candidates.size())));
    Q_EMIT resultsShown();
}

void RelationPickerDialog::accept()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_candidates.size())
        return;
    m_chosen = m_candidates[row];
    QDialog::accept();
}

bool RelationPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys in the search field move through the results, so the keyboard never leaves the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->count() > 0) {
            const int row = std::clamp(m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       m_results->count() - 1);
            m_results->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace facet::ui
