// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/EditSchema.h"
#include "edit/StagedRow.h"

#include <QHash>
#include <QObject>

#include <expected>
#include <functional>
#include <optional>

namespace facet::edit {

/// The staged edits of one connection: cell updates (with the values as read), inserts (with the client-side
/// defaults Facet generates) and deletes, none of them sent until a save. Every staging call checks the value
/// first (checkStagedValue) and refuses with a one-line message; every successful call is one undo step.
/// Staged changes live here, not in the grid's pages, so they survive sorting, filtering, paging and tabs.
///
/// Lives on the GUI thread (a QObject). Saving takes a copy of the rows (rows()) to a worker and hands the
/// outcome back to markSaved()/applyConflictResolution.
class ChangeSet final : public QObject {
    Q_OBJECT
public:
    enum class RowState { Clean, Updated, Inserted, Deleted };

    explicit ChangeSet(EditSchemaPtr schema, QObject *parent = nullptr);

    [[nodiscard]] const EditSchemaPtr &schema() const { return m_schema; }

    /// Stages `field` = `value` on the row `key` of `model`, read as `asRead` (the first staging of a row fixes
    /// its snapshot; later ones keep it). Setting a cell back to its original value unstages it. Key fields and
    /// the guard's version field cannot be edited; a row staged for delete cannot be updated.
    std::expected<void, QString> stageUpdate(const QString &model, const db::RowKey &key, const QString &field,
                                             const db::Value &value, const RowSnapshot &asRead);
    /// Stages a new row: the given values (by field) checked, client-side defaults generated for the fields
    /// not given. Returns the insert's number (its RowId is rowIdOfInsert(model, n)).
    std::expected<int, QString> stageInsert(const QString &model, const QHash<QString, db::Value> &values = {});
    /// Changes one value of a staged insert.
    std::expected<void, QString> setInsertValue(const QString &model, int insertId, const QString &field,
                                                const db::Value &value);
    /// Stages the delete of a row (dropping any staged update of it).
    std::expected<void, QString> stageDelete(const QString &model, const db::RowKey &key, const RowSnapshot &asRead);

    /// Drops every staged change of one row / one cell of it / everything. Each is an undo step.
    bool discardRow(const RowId &row);
    bool discardCell(const RowId &row, const QString &field);
    void discardAll();

    /// Groups the staging calls until the matching endGroup() into one undo step, one journal write and one
    /// round of signals (a paste of many cells, a whole changeset). Groups nest; only the outermost counts.
    void beginGroup();
    /// Closes a group. When the journal refuses the grouped step, every change of the group is undone and the
    /// error returned.
    std::expected<void, QString> endGroup();

    bool undo();
    bool redo();
    [[nodiscard]] bool canUndo() const { return !m_undo.isEmpty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.isEmpty(); }

    // Lookups for the grid.
    [[nodiscard]] RowState rowState(const QString &model, const db::RowKey &key) const;
    /// The staged value of a cell, or std::nullopt when the cell has none.
    [[nodiscard]] std::optional<db::Value> stagedValue(const QString &model, const db::RowKey &key,
                                                       const QString &field) const;
    [[nodiscard]] const StagedRow *row(const RowId &id) const;
    /// Every staged row, in staging order (the order a save writes them).
    [[nodiscard]] QList<StagedRow> rows() const;
    /// The staged inserts of one model, in staging order (the grid shows them after the loaded rows).
    [[nodiscard]] QList<StagedRow> insertedRows(const QString &model) const;
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }

    /// After a successful save: the saved rows leave the change set (and the undo history, which no longer
    /// applies to the database's rows).
    void markSaved(const QList<RowId> &saved);

    /// Replaces a row wholesale (conflict resolution: re-based on theirs) or removes it (std::nullopt), as one
    /// undo step. Used by ConflictResolution; the UI's "edit" continues with stageUpdate.
    void replaceRow(const RowId &id, std::optional<StagedRow> row);

    /// Puts back rows read from the journal (not an undo step: a restore starts a fresh history).
    void restore(const QList<StagedRow> &rows);

    /// Called with the full row list after every change and before the change is announced (the journal's
    /// write-ahead hook). Returning an error undoes the change and the staging call returns the error.
    void setBeforeCommit(std::function<std::expected<void, QString>(const QList<StagedRow> &rows)> hook);

Q_SIGNALS:
    /// A row's staged changes changed (staged, edited, discarded, undone, redone, saved).
    void rowChanged(const facet::edit::RowId &row);
    /// Any change, after the rowChanged signals.
    void changed();

private:
    struct RowChange {
        RowId id;
        std::optional<StagedRow> before;
        std::optional<StagedRow> after;
    };
    using Step = QList<RowChange>;

    std::expected<void, QString> commit(Step step);
    /// Journals an applied step and makes it one undo step (a single call's, or a whole group's).
    std::expected<void, QString> record(Step step);
    void apply(const Step &step, bool forward);
    [[nodiscard]] std::expected<const EditSchema::Model *, QString> editable(const QString &model) const;

    EditSchemaPtr m_schema;
    QHash<RowId, StagedRow> m_rows;
    QList<Step> m_undo;
    QList<Step> m_redo;
    quint64 m_nextSequence = 1;
    QHash<QString, int> m_nextInsertId;
    std::function<std::expected<void, QString>(const QList<StagedRow> &)> m_beforeCommit;
    int m_groupDepth = 0;
    Step m_group; ///< the changes of the open group, applied already
};

} // namespace facet::edit
