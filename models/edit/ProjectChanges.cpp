// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ProjectChanges.h"

#include "edit/AuditLog.h"
#include "edit/ChangeSaver.h"

#include "pool/ConnectionPool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace facet::edit {

ProjectChanges::ProjectChanges(EditSchemaPtr schema, std::shared_ptr<db::ConnectionPool> pool, QString maskedConnection,
                               QString dataFolder, QObject *parent)
    : QObject(parent)
    , m_changes(std::move(schema))
    , m_pool(std::move(pool))
    , m_connection(std::move(maskedConnection))
{
    if (dataFolder.isEmpty())
        return;
    // One journal per database (by its masked URL): a restart on the same project finds its own.
    const QByteArray id = QCryptographicHash::hash(m_connection.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QDir(dataFolder).mkpath(u"journals"_s);
    m_journalPath = QDir(dataFolder).filePath(u"journals/"_s + QString::fromLatin1(id) + u".json"_s);
    m_auditPath = QDir(dataFolder).filePath(u"audit-log.jsonl"_s);
    if (QFile::exists(m_journalPath)) {
        auto contents = ChangeJournal::read(m_journalPath, *m_changes.schema());
        if (contents)
            m_pending = std::move(contents->rows);
        else
            m_journalProblem = contents.error();
    }
    m_journal.emplace(m_journalPath, m_connection, m_changes.schema());
    // Staging before answering the restore offer keeps the old journal until the first new change.
    m_journal->attach(m_changes);
}

ModelChanges *ProjectChanges::model(const QString &name)
{
    auto &slot = m_models[name];
    if (!slot)
        slot = std::make_unique<ModelChanges>(m_changes, name);
    return slot.get();
}

void ProjectChanges::restoreJournal()
{
    const QList<StagedRow> rows = std::exchange(m_pending, {});
    m_changes.restore(rows);
    if (m_journal)
        (void)m_journal->write(m_changes.rows());
    Q_EMIT journalResolved();
}

void ProjectChanges::discardJournal()
{
    m_pending.clear();
    if (m_journal)
        (void)m_journal->write(m_changes.rows());
    Q_EMIT journalResolved();
}

bool ProjectChanges::save()
{
    if (m_saving || m_changes.isEmpty() || !m_pool)
        return false;
    m_saving = true;
    Q_EMIT saveStarted();
    // Only plain values cross to the worker: a copy of the rows and the shared read-only schema.
    m_pool
        ->run(db::QueryOrigin::Save, u"save changes"_s,
              [schema = m_changes.schema(), rows = m_changes.rows()](db::Connection &c) -> db::Result<SaveOutcome> {
                  return saveChanges(c, *schema, rows);
              })
        .then(this, [this](db::Result<SaveOutcome> result) {
            if (result) {
                finishSave(std::move(*result));
                return;
            }
            // No connection (server down, pool timeout): nothing was written, every staged edit stays.
            SaveOutcome failed;
            failed.status = SaveOutcome::Status::Failed;
            failed.failure = SaveFailure{result.error(), std::nullopt, QString()};
            finishSave(std::move(failed));
        });
    return true;
}

void ProjectChanges::finishSave(SaveOutcome outcome)
{
    m_saving = false;
    if (outcome.status == SaveOutcome::Status::Saved) {
        m_changes.markSaved(outcome.savedIds());
        if (!m_auditPath.isEmpty()) {
            // The save is committed: an audit write that fails is reported, it cannot undo the save.
            if (auto logged = AuditLog(m_auditPath).append(outcome, m_connection, *m_changes.schema()); !logged)
                qWarning("audit log: %s", qPrintable(logged.error()));
        }
    }
    m_lastOutcome = outcome;
    Q_EMIT saveFinished(outcome);
    if (outcome.status == SaveOutcome::Status::Saved) {
        Q_EMIT rowsSaved();
        Q_EMIT gridsStale();
    }
}

void ProjectChanges::deleteImpact(const QString &model, const RowSnapshot &row,
                                  std::function<void(db::Result<DeleteImpact>)> done)
{
    if (!m_pool) {
        done(DeleteImpact{});
        return;
    }
    m_pool
        ->run(db::QueryOrigin::Grid, u"delete impact "_s + model,
              [schema = m_changes.schema(), model, row](db::Connection &c) {
                  return edit::deleteImpact(c, *schema, model, row);
              })
        .then(this, [done = std::move(done)](db::Result<DeleteImpact> r) { done(std::move(r)); });
}

} // namespace facet::edit
