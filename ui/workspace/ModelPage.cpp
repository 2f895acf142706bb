// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ModelPage.h"

#include "browse/ModelListModel.h"
#include "edit/EditBar.h"
#include "editors/CellEditorDelegate.h"
#include "grid/GridModel.h"
#include "grid/GridSources.h"
#include "grid/GridView.h"
#include "filter/FilterBar.h"
#include "mapping/RelationTarget.h"
#include "record/RecordView.h"
#include "relation/RelationActions.h"
#include "relation/RelationLabels.h"
#include "mapping/WhereFilter.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace facet::ui {

ModelPage::ModelPage(const models::SchemaEntry &entry, std::shared_ptr<grid::GridSources> sources, QWidget *parent)
    : QWidget(parent)
    , m_name(entry.name)
    , m_hasData(entry.kind != models::SchemaEntry::Kind::Enum)
    , m_fields(new QTableWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_dataPage(new QWidget(m_stack))
    , m_problemPanel(new QWidget(m_dataPage))
    , m_problem(new QLabel(m_problemPanel))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_where(new QLineEdit(this))
    , m_whereError(new QLabel(this))
    , m_filterBar(new FilterBar(this))
    , m_dataButton(new QPushButton(tr("Data"), this))
    , m_fieldsButton(new QPushButton(tr("Fields"), this))
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

    buildFieldTable(entry);

    m_search->setObjectName(u"gridSearch"_s);
    m_search->setPlaceholderText(tr("Search text fields…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setVisible(m_hasData);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250); // one query per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->setSearch(m_search->text());
    });

    // A Prisma `where` object, as Prisma Client takes it; Enter applies it, an empty box shows every row.
    m_where->setObjectName(u"gridWhere"_s);
    m_where->setPlaceholderText(tr("Filter with a Prisma where, e.g. { \"title\": { \"contains\": \"x\", \"mode\": \"insensitive\" } }  ⏎"));
    m_where->setClearButtonEnabled(true);
    m_where->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_where->setVisible(m_hasData);
    connect(m_where, &QLineEdit::returnPressed, this, &ModelPage::applyWhere);
    connect(m_where, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty() && m_model && !m_model->filter().isEmpty())
            applyWhere(); // the clear button removes the filter
    });
    m_whereError->setObjectName(u"gridWhereError"_s);
    m_whereError->setWordWrap(true);
    m_whereError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whereError->hide();
    m_filterBar->setVisible(m_hasData);
    connect(m_filterBar, &FilterBar::conditionsChanged, this, &ModelPage::applyWhere);

    for (QPushButton *b : {m_dataButton, m_fieldsButton}) {
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setVisible(m_hasData);
    }
    m_dataButton->setObjectName(u"showDataButton"_s);
    m_fieldsButton->setObjectName(u"showFieldsButton"_s);
    auto *toggle = new QButtonGroup(this);
    toggle->addButton(m_dataButton);
    toggle->addButton(m_fieldsButton);
    connect(m_dataButton, &QPushButton::clicked, this, [this] { showFields(false); });
    connect(m_fieldsButton, &QPushButton::clicked, this, [this] { showFields(true); });

    // The data side: the grid (created when sources are set) or the problem panel.
    m_problemPanel->setObjectName(u"gridProblem"_s);
    m_problem->setObjectName(u"gridProblemText"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Retry"), m_problemPanel);
    retry->setObjectName(u"gridRetry"_s);
    connect(retry, &QPushButton::clicked, this, [this] { openGrid(); });
    auto *problemLayout = new QVBoxLayout(m_problemPanel);
    problemLayout->addStretch(1);
    problemLayout->addWidget(m_problem);
    problemLayout->addWidget(retry, 0, Qt::AlignLeft);
    problemLayout->addStretch(2);
    auto *dataLayout = new QVBoxLayout(m_dataPage);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addWidget(m_problemPanel, 1);
    m_problemPanel->hide();
    m_stack->addWidget(m_dataPage);
    m_stack->addWidget(m_fields);

    m_status->setObjectName(u"gridStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(m_search);
    header->addSpacing(8);
    header->addWidget(m_dataButton);
    header->addWidget(m_fieldsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addWidget(doc);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_where);
    layout->addWidget(m_whereError);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    m_sources = std::move(sources);
    if (m_hasData)
        openGrid();
    showFields(!m_hasData);
}

void ModelPage::buildFieldTable(const models::SchemaEntry &entry)
{
    const bool isEnum = entry.kind == models::SchemaEntry::Kind::Enum;
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
}

void ModelPage::showFields(bool fields)
{
    fields = fields || !m_hasData;
    m_stack->setCurrentWidget(fields ? static_cast<QWidget *>(m_fields) : m_dataPage);
    m_dataButton->setChecked(!fields);
    m_fieldsButton->setChecked(fields);
    m_search->setEnabled(!fields && m_grid);
    m_where->setVisible(!fields && m_hasData);
    m_filterBar->setVisible(!fields && m_hasData);
    m_whereError->setVisible(!fields && !m_whereError->text().isEmpty());
    m_status->setVisible(!fields);
}

void ModelPage::setSources(std::shared_ptr<grid::GridSources> sources)
{
    m_sources = std::move(sources);
    if (m_hasData)
        openGrid();
}

void ModelPage::openGrid()
{
    // Record views edit through this grid's change set and relations, which are about to be replaced.
    for (RecordView *view : findChildren<RecordView *>())
        view->close();
    if (m_editBar) {
        delete m_editBar; // its actions leave the page with it
        m_editBar = nullptr;
    }
    if (m_grid) {
        m_grid->setGridModel(nullptr);
        m_grid->deleteLater();
        m_grid = nullptr;
    }
    delete m_relations;
    m_relations = nullptr;
    delete m_labels;
    m_labels = nullptr;
    if (m_model) {
        m_model->deleteLater();
        m_model = nullptr;
    }
    if (!m_sources) {
        showProblem(tr("Not connected to a database."));
        return;
    }
    auto model = m_sources->openModel(m_name, this);
    if (!model) {
        showProblem(model.error());
        return;
    }
    m_model = *model;
    m_problemPanel->hide();
    m_grid = new GridView(m_dataPage);
    m_dataPage->layout()->addWidget(m_grid);
    m_grid->setGridModel(m_model);
    m_filterBar->setModelTable(m_model->modelTable());
    if (const schema::ResolvedModel *resolved = m_sources->schema().resolved.findModel(m_name))
        m_filterBar->setRelations(mapping::relationTargets(m_sources->schema().resolved, *resolved, m_sources->provider()));
    attachRelations();
    if (!m_filterBar->conditions().isEmpty())
        applyWhere(); // chips kept across a reconnect
    if (auto *changes = m_sources->changes()) {
        // Editing (issue 5): the project's change set behind this grid; the bar sits above it.
        m_editBar = new EditBar(m_grid, changes, this);
        auto *dataLayout = static_cast<QVBoxLayout *>(m_dataPage->layout());
        dataLayout->insertWidget(dataLayout->indexOf(m_grid), m_editBar);
    }
    connect(m_model, &grid::GridModel::countChanged, this, &ModelPage::updateStatus);
    connect(m_model, &grid::GridModel::rowsLoaded, this, &ModelPage::updateStatus);
    connect(m_model, &grid::GridModel::loadFailed, this, [this](const QString &message) {
        // A failed first read (URL wrong, server unreachable) leaves nothing to show: say why, offer a retry.
        if (m_model && !m_model->errorText().isEmpty() && !m_model->isRowLoaded(0))
            showProblem(message);
        else
            m_status->setText(message);
    });
    if (!m_model->errorText().isEmpty())
        showProblem(m_model->errorText());
    m_search->setEnabled(m_stack->currentWidget() == m_dataPage);
    updateStatus();
}

void ModelPage::attachRelations()
{
    const schema::ResolvedModel *resolved = m_sources->schema().resolved.findModel(m_name);
    if (!resolved)
        return;
    auto links = relation::toOneLinks(m_sources->schema().resolved, *resolved, m_model->modelTable(), m_sources->provider());
    if (!links.isEmpty()) {
        m_labels = new relation::RelationLabels(m_sources->pool(), m_model, std::move(links), this);
        connect(m_labels, &relation::RelationLabels::labelsFailed, m_status, &QLabel::setText);
        // Foreign-key cells edit with the relation picker (Ctrl+Space in the editor), as in the record view.
        QHash<int, cellinput::RelationTarget> targets;
        for (const relation::ToOneLink &link : m_labels->links())
            if (auto target = relation::pickerTarget(link))
                targets.insert(link.foreignKeyColumn, std::move(*target));
        m_model->setRelationTargets(std::move(targets));
        if (auto *delegate = qobject_cast<CellEditorDelegate *>(m_grid->itemDelegate())) {
            delegate->setRelationSearchFactory([pool = m_sources->pool()](const cellinput::RelationTarget &target) {
                return cellinput::poolRelationSearch(pool, target);
            });
        }
    }
    m_relations = new RelationActions(m_grid, m_labels, m_sources, this);
    connect(m_relations, &RelationActions::navigateRequested, this, &ModelPage::navigateRequested);
    connect(m_relations, &RelationActions::recordRequested, this, &ModelPage::openRecordView);
}

RecordView *ModelPage::openRecordView(int row)
{
    if (!m_model || !(m_model->isRowLoaded(row) || m_model->insertIdOf(row)))
        return nullptr;
    auto *view = new RecordView(*m_model, row, m_sources->changes(), m_relations, m_sources->pool(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &RecordView::navigateRequested, this, &ModelPage::navigateRequested);
    view->show();
    return view;
}

void ModelPage::applyWhere()
{
    if (!m_model)
        return;
    const QString text = filter::composeWhere(m_filterBar->conditions(), m_where->text());
    if (text.isEmpty()) {
        m_whereError->clear();
        m_whereError->hide();
        m_model->setFilter({});
        return;
    }
    auto filter = mapping::parseWhere(text, m_model->modelTable(), &m_sources->schema().resolved);
    if (!filter) {
        // Nothing is sent: the grid keeps its current rows, the message says what and where.
        m_whereError->setText(filter.error().render());
        m_whereError->show();
        return;
    }
    m_whereError->clear();
    m_whereError->hide();
    m_model->setFilter(std::move(*filter));
}

void ModelPage::showProblem(const QString &message)
{
    if (m_grid)
        m_grid->hide();
    if (m_editBar)
        m_editBar->hide();
    m_problem->setText(tr("<b>The records cannot be shown.</b><br>%1").arg(message.toHtmlEscaped()));
    m_problemPanel->show();
    m_status->clear();
}

void ModelPage::updateStatus()
{
    if (!m_model)
        return;
    const QLocale locale;
    const qint64 rows = m_model->rowCount();
    QString text = m_model->isCountExact() ? tr("%1 rows").arg(locale.toString(rows))
                                           : tr("about %1 rows").arg(locale.toString(rows));
    if (!m_model->search().isEmpty())
        text += tr(" matching “%1”").arg(m_model->search());
    if (!m_model->filter().isEmpty())
        text += tr(" (filtered)");
    if (m_sources)
        text += u"  ·  "_s + m_sources->connectionText();
    m_status->setText(text);
}

} // namespace facet::ui
