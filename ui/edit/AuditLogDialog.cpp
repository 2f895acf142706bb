// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/AuditLogDialog.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

using namespace Qt::StringLiterals;

namespace facet::ui {

namespace {
QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return u"NULL"_s;
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}
} // namespace

AuditLogDialog::AuditLogDialog(QString path, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(path))
    , m_table(new QTableWidget(this))
    , m_filter(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit Log"));
    m_table->setObjectName(u"auditTable"_s);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Connection"), tr("Model"), tr("Action"), tr("Key"), tr("Field"), tr("Old"), tr("New")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter->setObjectName(u"auditModelFilter"_s);
    m_status->setWordWrap(true);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"auditExport"_s);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), u"audit.csv"_s,
                                                          tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
        if (file.isEmpty())
            return;
        auto written = exportTo(file);
        m_status->setText(written ? tr("Exported %n change(s) to %1.", nullptr, int(shownEntries().size())).arg(file)
                                  : written.error());
    });
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AuditLogDialog::fill);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(reloadButton);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    resize(900, 480);
    reload();
}

void AuditLogDialog::reload()
{
    m_entries.clear();
    if (m_path.isEmpty() || !QFileInfo::exists(m_path)) {
        m_status->setText(tr("No changes saved yet."));
    } else if (auto entries = edit::AuditLog(m_path).read(); entries) {
        m_entries = std::move(*entries);
        m_status->setText(tr("%n saved change(s) in %1", nullptr, int(m_entries.size())).arg(m_path));
    } else {
        m_status->setText(entries.error());
    }
    const QString current = m_filter->currentData().toString();
    std::set<QString> models;
    for (const edit::AuditEntry &e : std::as_const(m_entries))
        models.insert(e.model);
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All models"), QString());
    for (const QString &m : models)
        m_filter->addItem(m, m);
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
    fill();
}

QList<edit::AuditEntry> AuditLogDialog::shownEntries() const
{
    const QString model = m_filter->currentData().toString();
    QList<edit::AuditEntry> shown;
    for (const edit::AuditEntry &e : m_entries) {
        if (model.isEmpty() || e.model == model)
            shown << e;
    }
    return shown;
}

void AuditLogDialog::fill()
{
    const QList<edit::AuditEntry> shown = shownEntries();
    m_table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const edit::AuditEntry &e = shown.at(r);
        const QStringList cells{e.at.toLocalTime().toString(Qt::ISODate), e.connection, e.model, e.action,
                                jsonText(e.key), e.field, jsonText(e.oldValue), jsonText(e.newValue)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

std::expected<void, QString> AuditLogDialog::exportTo(const QString &file) const
{
    const QList<edit::AuditEntry> shown = shownEntries();
    QByteArray bytes;
    if (file.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        bytes = edit::auditEntriesToCsv(shown);
    } else {
        for (const edit::AuditEntry &e : shown)
            bytes += edit::auditEntryToJsonLine(e);
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size())
        return std::unexpected(tr("%1: cannot write: %2").arg(file, out.errorString()));
    return {};
}

} // namespace facet::ui
