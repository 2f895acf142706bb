// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <chrono>
#include <memory>
#include <vector>

namespace facet::schema {
struct ResolvedSchema;
}

namespace facet::monitor {

/// N+1 detection: the same select shape run many times with different parameters in one burst — statements
/// of one user action (events with the same `action` text), or of any origin with no action, where each
/// execution follows the previous one within `window`. Such a burst of at least `threshold` distinct parameter
/// sets is flagged, with the count and, when the shape is a read of a relation the schema knows (RelationHint),
/// a hint naming the relation.
///
/// A gap-based window, not a fixed one, so a slow loop of 500 reads stays one burst while the same shape run
/// again minutes later starts a new one. One row per (action, shape): a pattern flagged again raises its
/// counters instead of adding rows. Bounded: open bursts are pruned once idle past the window, and at most
/// `kMaxFindings` rows are kept.
class NPlusOneModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Fingerprint, Action, Count, Occurrences, Hint, ColumnCount };
    enum Role { FingerprintIdRole = Qt::UserRole + 1, CountRole, HintRole, SampleSqlRole, ProviderRole };
    static constexpr int kMaxFindings = 500;

    struct Options {
        int threshold = 10;                        ///< distinct parameter sets in one burst
        std::chrono::milliseconds window{1000};    ///< the longest gap between two executions of a burst
    };

    struct Finding {
        QString fingerprint;
        quint64 fingerprintId = 0;
        QString action;
        db::QueryOrigin origin = db::QueryOrigin::Internal;
        QString model;
        QString sampleSql;
        db::Provider provider = db::Provider::PostgreSQL;
        int count = 0;         ///< executions in the largest flagged burst
        int occurrences = 0;   ///< bursts flagged
        QString hint;          ///< the relation, when the schema knows it
    };

    explicit NPlusOneModel(QObject *parent = nullptr);

    void setOptions(Options options) { m_options = options; }
    [[nodiscard]] const Options &options() const { return m_options; }
    /// The project's schema, for relation hints (may be null: no hints).
    void setSchema(std::shared_ptr<const schema::ResolvedSchema> schema);

    /// Feeds a batch (oldest first). Returns the fingerprint ids flagged or re-flagged by it.
    QList<quint64> feed(const QList<db::QueryEvent> &events);
    void clear();

    [[nodiscard]] const std::vector<Finding> &findings() const { return m_findings; }
    [[nodiscard]] const Finding *finding(quint64 fingerprintId, const QString &action = {}) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Burst {
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        int executions = 0;
        QSet<size_t> parameterSets;
        bool flagged = false;
        int findingRow = -1;
    };
    struct Key {
        QString action;
        quint64 fingerprintId = 0;
        bool operator==(const Key &) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.action, key.fingerprintId); }

    static bool isCandidate(const db::QueryEvent &event);
    void prune(qint64 nowMs);
    int flag(const db::QueryEvent &event, const Burst &burst);

    Options m_options;
    std::shared_ptr<const schema::ResolvedSchema> m_schema;
    QHash<Key, Burst> m_bursts;
    std::vector<Finding> m_findings;
    QHash<Key, int> m_findingRows;
    qint64 m_lastPruneMs = 0;
};

} // namespace facet::monitor
