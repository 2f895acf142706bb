// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QHash>
#include <QList>

#include <list>

namespace facet::grid {

using Row = QList<db::Value>;

/// A sparse cache of fixed-size pages of rows, keyed by page number, with least-recently-used eviction.
/// It is what keeps the grid's memory bounded whatever the table size: only the pages around what the user
/// looks at (and a few recent ones) are held. GUI thread only; pages arrive as plain values from workers.
class PageCache final {
public:
    explicit PageCache(int pageSize = 256, int maxPages = 64);

    [[nodiscard]] int pageSize() const { return m_pageSize; }
    [[nodiscard]] int maxPages() const { return m_maxPages; }
    [[nodiscard]] qint64 pageOf(qint64 row) const { return row / m_pageSize; }
    [[nodiscard]] qint64 firstRowOf(qint64 page) const { return page * m_pageSize; }

    /// The row, or nullptr while its page is not loaded. Marks the page as recently used.
    [[nodiscard]] const Row *row(qint64 row);
    [[nodiscard]] bool hasPage(qint64 page) const { return m_pages.contains(page); }
    [[nodiscard]] int loadedPages() const { return int(m_pages.size()); }

    /// Stores a page (at most pageSize rows; fewer only for the last page of the table) and evicts the
    /// least recently used pages beyond the limit. Returns the evicted page numbers.
    QList<qint64> insert(qint64 page, QList<Row> rows);
    /// Replaces one cached row in place (after a save re-read it); false when its page is not loaded.
    bool updateRow(qint64 row, Row values);
    /// Forgets one page (its rows were placed by an estimate that turned out wrong).
    void remove(qint64 page);
    /// The loaded page numbers, in no particular order.
    [[nodiscard]] QList<qint64> pages() const { return m_pages.keys(); }
    /// How many rows a loaded page holds (0 when not loaded); does not count as a use.
    [[nodiscard]] qint64 rowsIn(qint64 page) const
    {
        const auto it = m_pages.constFind(page);
        return it == m_pages.cend() ? 0 : it->rows.size();
    }
    void clear();

private:
    void touch(qint64 page);

    struct Entry {
        QList<Row> rows;
        std::list<qint64>::iterator lru;
    };
    int m_pageSize;
    int m_maxPages;
    QHash<qint64, Entry> m_pages;
    std::list<qint64> m_lru; ///< most recently used first
};

} // namespace facet::grid
