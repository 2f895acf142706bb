// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "SyntheticWorkload.h"

#include <chrono>

using namespace Qt::StringLiterals;

namespace facet::monitor {

namespace {

constexpr int kUsers = 200;
constexpr int kPostsPerUser = 10;

/// `$1` on PostgreSQL, `?` elsewhere.
QString placeholders(QString sql, db::Provider provider)
{
    if (provider != db::Provider::PostgreSQL)
        return sql;
    for (int n = 1; sql.contains(u'?'); ++n)
        sql.replace(sql.indexOf(u'?'), 1, u'$' + QString::number(n));
    return sql;
}

} // namespace

QString SyntheticWorkload::schemaText()
{
    return uR"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id    Int    @id
  name  String @db.VarChar(100)
  posts Post[]
  @@map("panel_user")
}

model Post {
  id       Int    @id
  authorId Int    @map("author_id")
  title    String @db.VarChar(200)
  author   User   @relation(fields: [authorId], references: [id])
  @@index([authorId])
  @@map("panel_post")
}
)"_s;
}

SyntheticWorkload::SyntheticWorkload(std::shared_ptr<db::ConnectionPool> pool, Options options)
    : m_pool(std::move(pool))
    , m_options(options)
{
    m_options.workers = std::max(1, m_options.workers);
    m_options.statementsPerLease = std::max(1, m_options.statementsPerLease);
    m_options.statementsPerSecond = std::max(1, m_options.statementsPerSecond);
}

SyntheticWorkload::~SyntheticWorkload()
{
    stop();
}

db::Result<void> SyntheticWorkload::prepare()
{
    auto provider = m_pool->runBlocking(db::QueryOrigin::Migration, u"prepare workload"_s,
                                        [](db::Connection &c) -> db::Result<db::Provider> {
        const QStringList ddl{
            u"DROP TABLE IF EXISTS panel_post"_s,
            u"DROP TABLE IF EXISTS panel_user"_s,
            u"CREATE TABLE panel_user (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)"_s,
            u"CREATE TABLE panel_post (id INTEGER PRIMARY KEY, author_id INTEGER NOT NULL, title VARCHAR(200) NOT NULL)"_s,
            u"CREATE INDEX panel_post_author_idx ON panel_post (author_id)"_s,
        };
        for (const QString &sql : ddl) {
            if (auto r = c.execute(db::Statement(sql, {}, db::QueryOrigin::Migration)); !r)
                return std::unexpected(r.error());
        }
        QStringList users, posts;
        for (int u = 1; u <= kUsers; ++u) {
            users << u"(%1, 'user %1')"_s.arg(u);
            for (int p = 0; p < kPostsPerUser; ++p) {
                const int id = (u - 1) * kPostsPerUser + p + 1;
                posts << u"(%1, %2, 'post %1')"_s.arg(id).arg(u);
            }
        }
        const QStringList inserts{u"INSERT INTO panel_user (id, name) VALUES "_s + users.join(u", "_s),
                                  u"INSERT INTO panel_post (id, author_id, title) VALUES "_s + posts.join(u", "_s)};
        for (const QString &sql : inserts) {
            if (auto r = c.execute(db::Statement(sql, {}, db::QueryOrigin::Migration)); !r)
                return std::unexpected(r.error());
        }
        return c.provider();
    });
    if (!provider)
        return std::unexpected(provider.error());
    m_provider = *provider;
    return {};
}

void SyntheticWorkload::start()
{
    if (!m_threads.empty())
        return;
    for (int i = 0; i < m_options.workers; ++i)
        m_threads.emplace_back([this, i](std::stop_token stop) { worker(i, stop); });
}

void SyntheticWorkload::stop()
{
    for (auto &t : m_threads)
        t.request_stop();
    m_threads.clear(); // joins
}

QString SyntheticWorkload::lastError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_lastError;
}

void SyntheticWorkload::worker(int index, std::stop_token stop)
{
    using Clock = std::chrono::steady_clock;
    const db::Provider provider = m_provider;
    const QString pointRead = placeholders(u"SELECT id, author_id, title FROM panel_post WHERE id = ?"_s, provider);
    const QString perAuthor = placeholders(u"SELECT id, author_id, title FROM panel_post WHERE author_id = ?"_s, provider);
    const QString joined = placeholders(u"SELECT p.id, p.title, u.name FROM panel_post p JOIN panel_user u ON u.id = "
                                        "p.author_id WHERE u.id = ?"_s, provider);
    const QString update = placeholders(u"UPDATE panel_post SET title = ? WHERE id = ?"_s, provider);
    const QString slow = provider == db::Provider::PostgreSQL ? u"SELECT pg_sleep(1.2)"_s
                         : provider == db::Provider::MySQL   ? u"SELECT SLEEP(1.2)"_s
                                                             : QString();
    const int perLease = m_options.statementsPerLease;
    // Each worker's share of the rate, as one lease every `period`.
    const auto period = std::chrono::nanoseconds(qint64(1e9 * perLease * m_options.workers / m_options.statementsPerSecond));
    auto next = Clock::now();
    quint64 lease = 0;
    quint32 seed = quint32(index) * 2654435761u + 1;
    auto random = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    while (!stop.stop_requested()) {
        ++lease;
        const int scenario = int(lease % 10);
        const bool runSlow = index == 0 && m_options.slowEveryLeases > 0 && lease % quint64(m_options.slowEveryLeases) == 0
            && !slow.isEmpty();
        db::QueryOrigin origin = db::QueryOrigin::Grid;
        QString action = u"open Post"_s;
        if (scenario == 7) {
            origin = db::QueryOrigin::Console;
            action = u"posts per author"_s;
        } else if (scenario == 8) {
            origin = db::QueryOrigin::Save;
            action = u"save Post"_s;
        } else if (scenario == 9) {
            origin = db::QueryOrigin::Console;
            action = u"authors with posts"_s;
        }
        auto result = m_pool->runBlocking(origin, action, [&](db::Connection &c) -> db::Result<int> {
            int ran = 0;
            for (int k = 0; k < perLease; ++k) {
                db::Statement s;
                if (scenario == 7) { // the N+1 loop: one read per author
                    s = db::Statement(perAuthor, {db::Value::fromInt(1 + random(kUsers))}, origin);
                } else if (scenario == 8) {
                    const int id = 1 + random(kUsers * kPostsPerUser);
                    s = db::Statement(update, {db::Value::fromString(u"post %1 edited"_s.arg(id)), db::Value::fromInt(id)},
                                      origin);
                } else if (scenario == 9) {
                    s = db::Statement(joined, {db::Value::fromInt(1 + random(kUsers))}, origin);
                } else {
                    s = db::Statement(pointRead, {db::Value::fromInt(1 + random(kUsers * kPostsPerUser))}, origin);
                }
                s.model = u"Post"_s;
                s.action = action;
                auto r = c.execute(s);
                if (!r)
                    return std::unexpected(r.error());
                ++ran;
            }
            if (runSlow) {
                db::Statement s(slow, {}, db::QueryOrigin::Console);
                s.action = u"report"_s;
                if (auto r = c.execute(s); !r)
                    return std::unexpected(r.error());
                ++ran;
            }
            return ran;
        });
        if (result) {
            m_statements.fetch_add(quint64(*result), std::memory_order_relaxed);
        } else {
            m_errors.fetch_add(1, std::memory_order_relaxed);
            std::lock_guard lock(m_errorMutex);
            m_lastError = result.error().summary();
        }
        next += period;
        const auto now = Clock::now();
        if (next < now - std::chrono::seconds(1))
            next = now; // fell far behind (a stall): do not burst to catch up
        std::this_thread::sleep_until(next);
    }
}

} // namespace facet::monitor
