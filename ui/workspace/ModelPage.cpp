// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ModelPage.h"

#include "browse/ModelListModel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

ModelPage::ModelPage(const models::SchemaEntry &entry, QWidget *parent)
    : QWidget(parent)
    , m_name(entry.name)
    , m_fields(new QTableWidget(this))
{
    setObjectName(u"modelPage_"_s + entry.name);
    const bool isEnum = entry.kind == models::SchemaEntry::Kind::Enum;

    auto *title = new QLabel(this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    const QString kind = isEnum ? tr("enum") : entry.kind == models::SchemaEntry::Kind::View ? tr("view") : tr("model");
    title->setText(entry.databaseName == entry.name ? u"%1 %2"_s.arg(kind, entry.name)
                                                    : u"%1 %2  →  %3"_s.arg(kind, entry.name, entry.databaseName));

    auto *doc = new QLabel(entry.documentation, this);
    doc->setWordWrap(true);
    doc->setVisible(!entry.documentation.isEmpty());
    doc->setForegroundRole(QPalette::PlaceholderText);

    const QStringList headers = isEnum ? QStringList{tr("Value"), tr("Database label"), tr("Documentation")}
                                       : QStringList{tr("Field"), tr("Column"), tr("Type"), tr("Database type"),
                                                     tr("Attributes"), tr("Documentation")};
    m_fields->setColumnCount(int(headers.size()));
    m_fields->setHorizontalHeaderLabels(headers);
    m_fields->setRowCount(int(entry.fields.size()));
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setAlternatingRowColors(true);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setObjectName(u"fieldTable"_s);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < entry.fields.size(); ++row) {
        const models::FieldSummary &f = entry.fields.at(row);
        const QStringList cells = isEnum ? QStringList{f.name, f.databaseName, f.documentation}
                                         : QStringList{f.name, f.databaseName, f.type, f.columnType, f.attributes,
                                                       f.documentation};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (!isEnum && col == 1 && f.databaseName.isEmpty()) {
                item->setText(tr("(relation)"));
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            }
            if (!isEnum && col >= 2 && col <= 4)
                item->setFont(mono);
            m_fields->setItem(row, col, item);
        }
    }
    m_fields->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(title);
    layout->addWidget(doc);
    layout->addWidget(m_fields, 1);
}

} // namespace facet::ui
