// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/ChangeJournal.h"
#include "edit/ChangeSet.h"
#include "edit/DeleteImpact.h"
#include "edit/ModelChanges.h"
#include "edit/SaveOutcome.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace facet::db {
class ConnectionPool;
}

namespace facet::edit {

/// Everything the studio edits in one open project: one ChangeSet shared by every model tab (so staged
/// changes survive sorting, filtering, paging and switching tabs), written ahead to a journal in the app's
/// data folder, saved on a pool worker (the GUI thread never waits), with each successful save appended to
/// the audit log. GUI thread only.
class ProjectChanges final : public QObject {
    Q_OBJECT
public:
    /// `dataFolder` holds journals/ and audit-log.jsonl; empty disables both (tests of the save path alone).
    ProjectChanges(EditSchemaPtr schema, std::shared_ptr<db::ConnectionPool> pool, QString maskedConnection,
                   QString dataFolder, QObject *parent = nullptr);

    [[nodiscard]] ChangeSet &changes() { return m_changes; }
    [[nodiscard]] const EditSchemaPtr &schema() const { return m_changes.schema(); }
    [[nodiscard]] const QString &connection() const { return m_connection; }
    [[nodiscard]] const std::shared_ptr<db::ConnectionPool> &pool() const { return m_pool; }
    /// The adapter the grids of one model plug in (owned here, one per model).
    [[nodiscard]] ModelChanges *model(const QString &name);

    /// Starts a save of every staged row on a pool worker; saveFinished follows. False while one runs or
    /// when nothing is staged.
    bool save();
    [[nodiscard]] bool isSaving() const { return m_saving; }
    /// The outcome of the last save (Conflict / Failed keep every staged edit).
    [[nodiscard]] const std::optional<SaveOutcome> &lastOutcome() const { return m_lastOutcome; }

    /// What deleting the row would do, computed on a pool worker; `done` runs on the GUI thread.
    void deleteImpact(const QString &model, const RowSnapshot &row,
                      std::function<void(db::Result<DeleteImpact>)> done);

    [[nodiscard]] QString journalPath() const { return m_journalPath; }
    [[nodiscard]] QString auditPath() const { return m_auditPath; }
    /// Staged rows found in the journal at start (a crash or kill left them), until restored or discarded.
    [[nodiscard]] const QList<StagedRow> &pendingJournal() const { return m_pending; }
    [[nodiscard]] const QString &journalProblem() const { return m_journalProblem; }
    void restoreJournal();
    /// Tells the grids to re-read (emits gridsStale).
    void markGridsStale() { Q_EMIT gridsStale(); }
    void discardJournal();

Q_SIGNALS:
    void saveStarted();
    void saveFinished(const facet::edit::SaveOutcome &outcome);
    /// A save wrote rows.
    void rowsSaved();
    /// The database's rows differ from what the grids show (a save, a conflict resolved on theirs): re-read.
    void gridsStale();
    /// The journal found at start was restored or discarded.
    void journalResolved();

private:
    void finishSave(SaveOutcome outcome);

    ChangeSet m_changes;
    std::shared_ptr<db::ConnectionPool> m_pool;
    QString m_connection;
    QString m_journalPath;
    QString m_auditPath;
    std::optional<ChangeJournal> m_journal;
    std::map<QString, std::unique_ptr<ModelChanges>> m_models;
    QList<StagedRow> m_pending;
    QString m_journalProblem;
    std::optional<SaveOutcome> m_lastOutcome;
    bool m_saving = false;
};

} // namespace facet::edit
