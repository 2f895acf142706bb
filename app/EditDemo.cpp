// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "EditDemo.h"

#include "edit/ConflictDialog.h"
#include "edit/EditBar.h"
#include "edit/RecordModel.h"
#include "edit/ProjectChanges.h"
#include "edit/ReviewPanel.h"
#include "grid/GridModel.h"
#include "grid/GridView.h"
#include "pool/ConnectionPool.h"
#include "shell/MainWindow.h"
#include "record/RecordView.h"
#include "workspace/ModelPage.h"
#include "editors/CellEditor.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace facet::app {

namespace {
constexpr int RowsNeeded = 6;

int columnOf(const grid::GridModel &model, const QString &field)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == field)
            return c;
    }
    return -1;
}

void stage(grid::GridModel &model, int row, const QString &field, const db::Value &value)
{
    if (const int c = columnOf(model, field); c >= 0)
        model.setData(model.index(row, c), QVariant::fromValue(value), Qt::EditRole);
}

/// The record view of the first row over the grid: the grid's staged title shows in it, the status is staged
/// from the form, and the views field is being edited with an input the field refuses.
void showRecordView(ui::MainWindow &window, ui::ModelPage &page)
{
    ui::RecordView *view = page.openRecordView(0);
    if (!view)
        return;
    edit::RecordModel *record = view->recordModel();
    if (const int status = record->columnOfField(u"status"); status >= 0)
        record->setData(record->index(status, 0), QVariant::fromValue(db::Value::fromEnum(u"PostStatus"_s, u"PUBLISHED"_s)), Qt::EditRole);
    view->resize(620, 600);
    view->move(window.geometry().left() + 380, window.geometry().top() + 170);
    // Once the view is shown and laid out: an editor opened before that may be closed by the first focus change.
    QTimer::singleShot(200, view, [view] {
        view->activateWindow();
        view->editField(u"views"_s);
        if (auto *editor = view->fieldView()->viewport()->findChild<ui::CellEditor *>()) {
            if (auto *line = editor->findChild<QLineEdit *>()) {
                line->selectAll();
                line->insert(u"12.5"_s);
            }
        }
    });
}

void setScene(ui::MainWindow &window, ui::ModelPage &page, const QString &scenario, const std::function<void()> &ready)
{
    grid::GridModel &model = *page.gridView()->gridModel();
    ui::EditBar &bar = *page.editBar();
    // A title rewritten, a body cleared to NULL, a view count corrected, a row staged for delete.
    stage(model, 0, u"title"_s, db::Value::fromString(u"Release notes for 2.0 (final)"_s));
    stage(model, 1, u"views"_s, db::Value::fromBigInt(9007199254740993)); // beyond a double's exact range
    if (const int body = columnOf(model, u"body"_s); body >= 0) {
        page.gridView()->setCurrentIndex(model.index(2, body));
        bar.setNullAction()->trigger();
    }
    stage(model, 4, u"title"_s, db::Value::fromString(u"Draft: pricing page"_s));
    page.gridView()->setCurrentIndex(model.index(3, 1));
    bar.stageDeleteOfSelection();
    page.gridView()->setCurrentIndex(model.index(0, columnOf(model, u"title"_s)));
    window.resize(1400, 900);
    window.reviewDock()->show();
    window.resizeDocks({window.reviewDock()}, {460}, Qt::Horizontal);
    if (scenario == u"record"_s) {
        showRecordView(window, page);
        QTimer::singleShot(600, ready);
        return;
    }
    if (scenario == u"staged"_s) {
        ready();
        return;
    }
    // A colleague saves the first row meanwhile (through Prisma Client, which bumps the version).
    edit::ProjectChanges *project = window.reviewPanel()->project();
    const db::RowKey key = *model.rowKey(0);
    QObject::connect(window.reviewPanel(), &ui::ReviewPanel::conflictsShown, &window,
                     [ready, scenario](ui::ConflictDialog *dialog) {
                         // "conflict-edit": the user types the title to save, on top of the colleague's row.
                         if (scenario == u"conflict-edit"_s)
                             dialog->editMine(0, u"title"_s, db::Value::fromString(u"Release notes for 2.0 (final, reviewed)"_s));
                         QTimer::singleShot(300, ready);
                     });
    project->pool()
        ->run(db::QueryOrigin::Internal, u"edit demo: a colleague's save"_s,
              [key](db::Connection &c) {
                  return c.execute(db::Statement(
                      u"UPDATE posts SET title = 'Release notes for 2.0', body = 'Reviewed by Ana', "
                      "version = version + 1 WHERE id = ?"_s,
                      {key.front().value}));
              })
        .then(&window, [project](db::Result<db::QueryResult>) { project->save(); });
}
} // namespace

void runEditDemo(ui::MainWindow &window, const QString &scenario, std::function<void()> ready)
{
    // Waits for the tab's first rows (the demo database may still be opening), at most 30 s.
    auto *wait = new QTimer(&window);
    wait->setInterval(100);
    auto attempts = std::make_shared<int>(300);
    QObject::connect(wait, &QTimer::timeout, &window, [&window, wait, attempts, scenario, ready] {
        auto *page = qobject_cast<ui::ModelPage *>(window.tabs()->currentWidget());
        grid::GridModel *model = page && page->gridView() ? page->gridView()->gridModel() : nullptr;
        const bool rows = model && page->editBar() && model->rowCount() >= RowsNeeded && model->isRowLoaded(RowsNeeded - 1);
        if (!rows && --*attempts > 0)
            return;
        wait->stop();
        wait->deleteLater();
        if (rows)
            setScene(window, *page, scenario, ready);
        else
            ready(); // shoot what there is rather than hang
    });
    wait->start();
}

} // namespace facet::app
