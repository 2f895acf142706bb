// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "pool/PoolRegistry.h"

#include "metrics/PoolMetrics.h"
#include "url/ConnectionUrl.h"

using namespace Qt::StringLiterals;

namespace facet::db {

PoolRegistry::PoolRegistry()
    : m_services{QueryBus::create(), std::make_shared<PoolMetrics>(), PoolEventBus::create(),
                 std::make_shared<ParameterMasking>()}
{
}

PoolRegistry::~PoolRegistry()
{
    shutdownAll();
}

PoolRegistry &PoolRegistry::shared()
{
    static PoolRegistry registry;
    return registry;
}

Result<std::shared_ptr<ConnectionPool>> PoolRegistry::pool(const QString &url, const ConnectOptions &options,
                                                           const QString &baseFolder)
{
    return pool(url, options, {}, baseFolder);
}

Result<std::shared_ptr<ConnectionPool>> PoolRegistry::pool(const QString &url, const ConnectOptions &options,
                                                           const std::function<void(PoolOptions &)> &tweak,
                                                           const QString &baseFolder)
{
    // The key holds the URL as written (it may hold a password: it never leaves this map).
    const QString key = url + u'\n' + (options.readOnly ? u"ro"_s : u"rw"_s) + u'\n' + options.applicationName
        + u'\n' + baseFolder;
    std::lock_guard lock(m_mutex);
    if (const auto it = m_pools.constFind(key); it != m_pools.cend())
        return it.value();
    auto parsed = ConnectionUrl::parse(url, baseFolder);
    if (!parsed)
        return std::unexpected(parsed.error().toDbError());
    PoolOptions poolOptions = PoolOptions::fromUrl(*parsed);
    if (tweak)
        tweak(poolOptions);
    auto created = ConnectionPool::create(*parsed, std::move(poolOptions), options, m_services);
    m_pools.insert(key, created);
    return created;
}

QList<std::shared_ptr<ConnectionPool>> PoolRegistry::pools() const
{
    std::lock_guard lock(m_mutex);
    return m_pools.values();
}

void PoolRegistry::shutdownAll(std::chrono::milliseconds grace)
{
    QHash<QString, std::shared_ptr<ConnectionPool>> pools;
    {
        std::lock_guard lock(m_mutex);
        pools.swap(m_pools);
    }
    for (const auto &pool : std::as_const(pools))
        pool->shutdown(grace);
}

} // namespace facet::db
