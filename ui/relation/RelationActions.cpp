// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RelationActions.h"

#include "cellinput/CellInput.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "relation/RelationLabels.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace facet::ui {

std::optional<filter::FilterCondition> keyChip(const mapping::ModelTable &table, const QString &field,
                                               const db::Value &value)
{
    const mapping::ModelColumn *column = table.byField(field);
    if (!column || value.isNull())
        return std::nullopt;
    const QString text = cellinput::editableText(value, cellinput::cellColumn(*column));
    auto chip = filter::makeCondition(*column, filter::ConditionOp::Equals, {text});
    return chip ? std::optional(*chip) : std::nullopt;
}

RelationActions::RelationActions(GridView *view, relation::RelationLabels *labels,
                                 std::shared_ptr<grid::GridSources> sources, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_labels(labels)
    , m_sources(std::move(sources))
{
    const grid::GridModel *model = view->gridModel();
    if (const schema::ResolvedModel *resolved = m_sources->schema().resolved.findModel(model->modelTable().table.model))
        m_backLinks = relation::backLinks(m_sources->schema().resolved, *resolved);
    view->installEventFilter(this);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu *menu = contextMenu(index.row(), index.column(), m_view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(view->verticalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int row) {
        Q_EMIT recordRequested(row);
    });
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (relatedPlace(index.row(), index.column()))
            activate(index.row(), index.column());
    });
}

relation::RelationLabels *RelationActions::labels() const
{
    return m_labels.data();
}

std::optional<relation::Place> RelationActions::relatedPlace(int row, int column) const
{
    const grid::GridModel *model = m_view ? m_view->gridModel() : nullptr;
    const grid::Row *values = model ? model->originalRow(row) : nullptr;
    if (!values || column >= values->size())
        return std::nullopt;
    return relatedPlaceFor(column, [values](int c) { return values->value(c); });
}

std::optional<relation::Place> RelationActions::relatedPlaceFor(int column,
                                                                const std::function<db::Value(int)> &valueOf) const
{
    const relation::ToOneLink *link = m_labels ? m_labels->linkForColumn(column) : nullptr;
    if (!link)
        return std::nullopt;
    relation::Place place{link->targetModel, {}};
    for (qsizetype i = 0; i < link->foreignKeyColumns.size(); ++i) { // a composite key: one chip per part
        auto chip = keyChip(link->target, link->referencedFields[i], valueOf(link->foreignKeyColumns[i]));
        if (!chip)
            return std::nullopt;
        place.chips.append(*chip);
    }
    return place;
}

std::optional<relation::Place> RelationActions::backPlace(int row, const relation::BackLink &link) const
{
    const grid::GridModel *model = m_view ? m_view->gridModel() : nullptr;
    const grid::Row *values = model ? model->originalRow(row) : nullptr;
    const mapping::ModelColumn *referenced = model ? model->modelTable().byField(link.referencedField) : nullptr;
    if (!values || !referenced)
        return std::nullopt;
    return backPlaceFor(link, values->value(int(referenced - model->modelTable().columns.constData())));
}

std::optional<relation::Place> RelationActions::backPlaceFor(const relation::BackLink &link, const db::Value &referenced) const
{
    const schema::ResolvedModel *source = m_sources->schema().resolved.findModel(link.sourceModel);
    if (!source)
        return std::nullopt;
    auto sourceTable = mapping::modelTable(m_sources->schema().resolved, *source, m_sources->provider());
    if (!sourceTable)
        return std::nullopt;
    auto chip = keyChip(*sourceTable, link.foreignKeyField, referenced);
    if (!chip)
        return std::nullopt;
    return relation::Place{link.sourceModel, {*chip}};
}

QMenu *RelationActions::contextMenu(int row, int column, QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"gridRowMenu"_s);
    auto *self = const_cast<RelationActions *>(this);
    menu->addAction(tr("Record View"), self, [self, row] { Q_EMIT self->recordRequested(row); })
        ->setObjectName(u"actionRecordView"_s);
    if (const auto place = relatedPlace(row, column)) {
        menu->addAction(tr("Open %1 (%2)").arg(place->chips.front().label(), place->model), self,
                        [self, p = *place] { Q_EMIT self->navigateRequested(p); })
            ->setObjectName(u"actionOpenRelated"_s);
    }
    if (!m_backLinks.isEmpty())
        menu->addSection(tr("Related records"));
    for (const relation::BackLink &link : m_backLinks) {
        const auto place = backPlace(row, link);
        QAction *a = menu->addAction(tr("%1: %2 where %3").arg(link.field, link.sourceModel,
                                                               place ? place->chips.front().label() : tr("(no key)")));
        a->setObjectName(u"actionBackLink_"_s + link.field);
        a->setEnabled(place.has_value());
        if (place)
            connect(a, &QAction::triggered, self, [self, p = *place] { Q_EMIT self->navigateRequested(p); });
    }
    if (const relation::ToOneLink *link = m_labels ? m_labels->linkForColumn(column) : nullptr) {
        QMenu *display = menu->addMenu(tr("Show %1 as").arg(link->targetModel));
        for (const mapping::ModelColumn &c : link->target.columns) {
            QAction *a = display->addAction(c.field);
            a->setCheckable(true);
            a->setChecked(c.field == link->displayField);
            connect(a, &QAction::triggered, self, [labels = m_labels, column, field = c.field] {
                if (labels)
                    labels->setDisplayField(column, field);
            });
        }
    }
    return menu;
}

void RelationActions::activate(int row, int column)
{
    if (const auto place = relatedPlace(row, column))
        Q_EMIT navigateRequested(*place);
    else
        Q_EMIT recordRequested(row);
}

bool RelationActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
            && m_view->currentIndex().isValid()) {
            activate(m_view->currentIndex().row(), m_view->currentIndex().column());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace facet::ui
