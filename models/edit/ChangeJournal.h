// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "edit/EditSchema.h"
#include "edit/StagedRow.h"

#include <QJsonObject>
#include <QString>

#include <expected>

namespace facet::edit {

class ChangeSet;

/// The staged changes of one connection on disk, so a crash or a kill loses nothing: rewritten (atomically,
/// QSaveFile: a new file renamed over the old) after every staging step, before the step is announced, and
/// removed when nothing is staged. Versioned JSON:
///
///     {"format": "facet-staged-changes", "version": 1, "connection": "<masked URL>", "rows": [
///       {"kind": "update", "model": "Post", "key": {"id": 5}, "sequence": 3,
///        "snapshot": {"values": {...}, "xmin": "812"}, "cells": [{"field": "title", "original": "a", "value": "b"}]},
///       {"kind": "insert", "model": "Post", "insertId": 1, "sequence": 4, "cells": [...]}, ...]}
///
/// Values follow ValueJson with enums by database label; keys are by database column.
class ChangeJournal final {
public:
    static constexpr int FormatVersion = 1;

    ChangeJournal(QString path, QString maskedConnection, EditSchemaPtr schema);

    [[nodiscard]] const QString &path() const { return m_path; }

    /// Writes the rows (removes the file when there are none).
    [[nodiscard]] std::expected<void, QString> write(const QList<StagedRow> &rows) const;
    /// Connects the journal to a change set: every step is written before it is announced; a failed write
    /// refuses the step.
    void attach(ChangeSet &changes) const;

    /// What a journal file holds; fails with a line naming the file and the problem (unknown version, a model
    /// or field the schema no longer has, a value that no longer fits).
    struct Contents {
        QString connection;
        QList<StagedRow> rows;
    };
    [[nodiscard]] static std::expected<Contents, QString> read(const QString &path, const EditSchema &schema);

    [[nodiscard]] static QJsonObject rowToJson(const StagedRow &row, const EditSchema &schema);
    [[nodiscard]] static std::expected<StagedRow, QString> rowFromJson(const QJsonObject &json, const EditSchema &schema);

private:
    QString m_path;
    QString m_connection;
    EditSchemaPtr m_schema;
};

} // namespace facet::edit
