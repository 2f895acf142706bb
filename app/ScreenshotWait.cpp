// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "ScreenshotWait.h"

#include "grid/GridModel.h"
#include "grid/GridView.h"
#include "relation/RelationLabels.h"
#include "shell/MainWindow.h"
#include "workspace/ModelPage.h"

#include <QPointer>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace facet::app {

namespace {

/// Watches one model tab until its visible rows and their labels are in; deletes itself when done.
class TabSettleWatch final : public QObject {
public:
    TabSettleWatch(ui::ModelPage *page, std::function<void()> ready, int timeoutMs)
        : QObject(page)
        , m_page(page)
        , m_ready(std::move(ready))
    {
        grid::GridModel *model = page->gridView() ? page->gridView()->gridModel() : nullptr;
        if (model) {
            connect(model, &grid::GridModel::rowsLoaded, this, &TabSettleWatch::check, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::rowsInserted, this, &TabSettleWatch::check, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::modelReset, this, &TabSettleWatch::check, Qt::QueuedConnection);
            connect(model, &grid::GridModel::loadFailed, this, [this] { finish(); });
        }
        if (relation::RelationLabels *labels = page->relationLabels()) {
            connect(labels, &relation::RelationLabels::labelsArrived, this, &TabSettleWatch::check, Qt::QueuedConnection);
            connect(labels, &relation::RelationLabels::labelsSettled, this, &TabSettleWatch::check, Qt::QueuedConnection);
            connect(labels, &relation::RelationLabels::labelsFailed, this, [this] { finish(); });
        }
        QTimer::singleShot(timeoutMs, this, [this] {
            std::fprintf(stderr, "facet: the grid's rows or labels did not arrive in time; taking the screenshot anyway\n");
            finish();
        });
        QMetaObject::invokeMethod(this, &TabSettleWatch::check, Qt::QueuedConnection);
    }

private:
    void check()
    {
        ui::GridView *view = m_page ? m_page->gridView() : nullptr;
        grid::GridModel *model = view ? view->gridModel() : nullptr;
        if (!model) {
            finish();
            return;
        }
        if (model->rowCount() == 0) {
            if (!model->errorText().isEmpty() || model->isCountExact())
                finish(); // nothing to show, and nothing more coming
            return;
        }
        const int first = std::max(0, view->rowAt(0));
        const int bottom = view->rowAt(view->viewport()->height() - 1);
        const int last = bottom < 0 ? model->rowCount() - 1 : bottom;
        for (int row = first; row <= last; ++row) {
            if (!model->isRowLoaded(row))
                return; // the view's paint asked for the page; rowsLoaded follows
        }
        relation::RelationLabels *labels = m_page->relationLabels();
        if (labels && !labels->labelsCover(first, last))
            return; // asked for as the rows loaded; labelsArrived follows
        finish();
    }

    void finish()
    {
        if (!m_ready)
            return;
        // Repaints from the last signals run first.
        QTimer::singleShot(0, parent(), std::exchange(m_ready, {}));
        deleteLater();
    }

    QPointer<ui::ModelPage> m_page;
    std::function<void()> m_ready;
};

} // namespace

void whenCurrentTabSettled(ui::MainWindow &window, std::function<void()> ready, int timeoutMs)
{
    auto *page = qobject_cast<ui::ModelPage *>(window.tabs()->currentWidget());
    if (!page) {
        QTimer::singleShot(0, &window, std::move(ready));
        return;
    }
    new TabSettleWatch(page, std::move(ready), timeoutMs);
}

} // namespace facet::app
