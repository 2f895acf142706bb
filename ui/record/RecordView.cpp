// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RecordView.h"

#include "cellinput/CellInput.h"
#include "grid/GridModel.h"
#include "relation/RelationActions.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

RecordView::RecordView(const grid::GridModel &model, int row, const RelationActions *relations, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"recordView"_s);
    const mapping::ModelTable &table = model.modelTable();
    setWindowTitle(tr("%1 record").arg(table.table.model));
    const grid::Row *values = model.originalRow(row);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int c = 0; c < table.columns.size(); ++c) {
        const mapping::ModelColumn &column = table.columns.at(c);
        const db::Value value = values && c < values->size() ? mapping::presentedValue(column, values->at(c)) : db::Value();
        const cellinput::CellColumn cell = cellinput::cellColumn(column);
        const QString text = value.isNull() ? QString() : cellinput::editableText(value, cell);
        QWidget *editor;
        if (text.contains(u'\n') || text.size() > 120) {
            auto *box = new QPlainTextEdit(text);
            box->setReadOnly(true);
            box->setMaximumHeight(fontMetrics().height() * 6);
            editor = box;
        } else {
            auto *line = new QLineEdit(text);
            line->setReadOnly(true);
            if (value.isNull())
                line->setPlaceholderText(u"NULL"_s);
            editor = line;
        }
        editor->setObjectName(u"recordField_"_s + column.field);
        editor->setProperty("isNull", value.isNull());
        editor->setFont(mono);
        auto *rowWidget = new QWidget;
        auto *rowLayout = new QHBoxLayout(rowWidget);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(editor, 1);
        if (relations) {
            if (const auto place = relations->relatedPlace(row, c)) {
                const QString label = model.data(model.index(row, c)).toString();
                auto *shown = new QLabel(label.section(u" · "_s, 1));
                shown->setObjectName(u"recordLabel_"_s + column.field);
                rowLayout->addWidget(shown);
                auto *open = new QPushButton(tr("Open %1").arg(place->model));
                open->setObjectName(u"recordOpen_"_s + column.field);
                connect(open, &QPushButton::clicked, this, [this, p = *place] { Q_EMIT navigateRequested(p); });
                rowLayout->addWidget(open);
            }
        }
        auto *name = new QLabel(u"<b>%1</b> <span style='color:gray'>%2</span>"_s.arg(column.field.toHtmlEscaped(),
                                                                                      cell.label().toHtmlEscaped()
                                                                                          + (column.spec.nullable ? u"?"_s : QString())));
        layout->addRow(name, rowWidget);
    }
    if (relations) {
        for (const relation::BackLink &link : relations->backLinks()) {
            const auto place = relations->backPlace(row, link);
            auto *show = new QPushButton(tr("Show %1 (%2)").arg(link.field, link.sourceModel));
            show->setObjectName(u"recordBackLink_"_s + link.field);
            show->setEnabled(place.has_value());
            if (place)
                connect(show, &QPushButton::clicked, this, [this, p = *place] { Q_EMIT navigateRequested(p); });
            layout->addRow(new QLabel(u"<b>%1</b> <span style='color:gray'>%2%3</span>"_s.arg(
                               link.field, link.sourceModel, link.list ? u"[]"_s : u"?"_s)),
                           show);
        }
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addWidget(buttons);
    resize(560, std::min(720, 120 + int(table.columns.size()) * 34));
}

QString RecordView::fieldText(const QString &field) const
{
    const auto *widget = findChild<QWidget *>(u"recordField_"_s + field);
    if (!widget)
        return {};
    if (widget->property("isNull").toBool())
        return u"NULL"_s;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text();
    if (const auto *box = qobject_cast<const QPlainTextEdit *>(widget))
        return box->toPlainText();
    return {};
}

QStringList RecordView::fieldNames() const
{
    QStringList names;
    for (const QWidget *w : findChildren<QWidget *>()) {
        if (w->objectName().startsWith(u"recordField_"_s))
            names << w->objectName().mid(12);
    }
    return names;
}

} // namespace facet::ui
