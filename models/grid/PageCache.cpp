// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PageCache.h"

namespace facet::grid {

PageCache::PageCache(int pageSize, int maxPages)
    : m_pageSize(std::max(1, pageSize))
    , m_maxPages(std::max(1, maxPages))
{
}

const Row *PageCache::row(qint64 row)
{
    const qint64 page = pageOf(row);
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    const qint64 offset = row - firstRowOf(page);
    if (offset < 0 || offset >= it->rows.size())
        return nullptr;
    touch(page);
    return &it->rows.at(offset);
}

void PageCache::touch(qint64 page)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end() || it->lru == m_lru.begin())
        return;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
}

QList<qint64> PageCache::insert(qint64 page, QList<Row> rows)
{
    if (auto it = m_pages.find(page); it != m_pages.end()) {
        it->rows = std::move(rows);
        touch(page);
        return {};
    }
    m_lru.push_front(page);
    m_pages.insert(page, Entry{std::move(rows), m_lru.begin()});
    QList<qint64> evicted;
    while (int(m_pages.size()) > m_maxPages) {
        const qint64 oldest = m_lru.back();
        m_lru.pop_back();
        m_pages.remove(oldest);
        evicted << oldest;
    }
    return evicted;
}

bool PageCache::updateRow(qint64 row, Row values)
{
    const qint64 page = pageOf(row);
    auto it = m_pages.find(page);
    const qint64 offset = row - firstRowOf(page);
    if (it == m_pages.end() || offset < 0 || offset >= it->rows.size())
        return false;
    it->rows[offset] = std::move(values);
    return true;
}

void PageCache::remove(qint64 page)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return;
    m_lru.erase(it->lru);
    m_pages.erase(it);
}

void PageCache::clear()
{
    m_pages.clear();
    m_lru.clear();
}

} // namespace facet::grid
