// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "DemoSeeder.h"

#include "qtsql/QtSqlConnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace facet::demo {

namespace {

const QStringList firstNames = {u"Ada"_s,   u"Grace"_s, u"Linus"_s,  u"Margaret"_s, u"Alan"_s,  u"Barbara"_s,
                                u"Dennis"_s, u"Frances"_s, u"Ken"_s,  u"Radia"_s,    u"Edsger"_s, u"Hedy"_s,
                                u"Tim"_s,   u"Katherine"_s, u"Bjarne"_s, u"Sophie"_s, u"Niklaus"_s, u"Yukihiro"_s,
                                u"Anders"_s, u"Lena"_s,  u"José"_s,   u"Zoë"_s,      u"Øystein"_s, u"Mei"_s};
const QStringList lastNames = {u"Lovelace"_s, u"Hopper"_s, u"Torvalds"_s, u"Hamilton"_s, u"Turing"_s,
                               u"Liskov"_s,   u"Ritchie"_s, u"Allen"_s,   u"Thompson"_s, u"Perlman"_s,
                               u"Dijkstra"_s, u"Lamarr"_s,  u"Berners-Lee"_s, u"Johnson"_s, u"Stroustrup"_s,
                               u"Wilson"_s,   u"Wirth"_s,   u"Matsumoto"_s, u"Hejlsberg"_s, u"Müller"_s};
const QStringList words = {u"schema"_s,  u"migration"_s, u"index"_s,   u"query"_s,  u"relation"_s, u"model"_s,
                           u"cursor"_s,  u"replica"_s,   u"latency"_s, u"vacuum"_s, u"shard"_s,    u"payload"_s,
                           u"invoice"_s, u"ledger"_s,    u"refund"_s,  u"webhook"_s, u"release"_s, u"rollback"_s,
                           u"deploy"_s,  u"tenant"_s,    u"audit"_s,   u"quota"_s,  u"backfill"_s, u"timezone"_s};
const QStringList tagNames = {u"postgres"_s, u"mysql"_s,    u"sqlite"_s,   u"prisma"_s,  u"qt"_s,       u"cpp"_s,
                              u"performance"_s, u"security"_s, u"release"_s, u"howto"_s, u"incident"_s, u"design"_s,
                              u"testing"_s,  u"migrations"_s, u"billing"_s, u"support"_s, u"mobile"_s,  u"web"_s,
                              u"devops"_s,   u"observability"_s};
const QStringList roles = {u"MEMBER"_s, u"MEMBER"_s, u"MEMBER"_s, u"EDITOR"_s, u"administrator"_s};
const QStringList statuses = {u"DRAFT"_s, u"IN_REVIEW"_s, u"PUBLISHED"_s, u"PUBLISHED"_s, u"ARCHIVED"_s};
const QStringList currencies = {u"EUR"_s, u"EUR"_s, u"USD"_s, u"GBP"_s};
const QStringList providers = {u"stripe"_s, u"adyen"_s, u"sepa"_s, u"wise"_s};

qint64 scaled(double scale, qint64 base)
{
    return std::max<qint64>(1, qint64(std::llround(double(base) * scale)));
}

} // namespace

DemoSeeder::DemoSeeder(db::QtSqlConnection &connection, double scale, const DemoProgress &progress,
                       const std::atomic<bool> *cancel)
    : m_connection(connection)
    , m_plan(planned(scale))
    , m_progress(progress)
    , m_cancel(cancel)
{
}

DemoCounts DemoSeeder::planned(double scale)
{
    DemoCounts c;
    c.users = scaled(scale, 5'000);
    c.tags = tagNames.size(); // fixed vocabulary
    c.posts = scaled(scale, 20'000);
    c.postTags = c.posts * 2;
    c.accounts = scaled(scale, 8'000);
    c.transfers = scaled(scale, 120'000);
    return c;
}

QString DemoSeeder::isoTimestamp(qint64 minSecsAgo, qint64 maxSecsAgo)
{
    // A fixed "now" keeps the seed deterministic; the demo is about shape, not about today's date.
    static const QDateTime epoch(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::UTC);
    const qint64 secs = minSecsAgo + qint64(m_random.bounded(quint64(maxSecsAgo - minSecsAgo + 1)));
    const int millis = int(m_random.bounded(1000));
    return epoch.addSecs(-secs).addMSecs(millis).toString(Qt::ISODateWithMs);
}

QString DemoSeeder::uuidV4()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(m_random.bounded(256));
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
}

QString DemoSeeder::cuid(qint64 serial)
{
    // cuid v1 shape: 'c', timestamp, counter, fingerprint, random — all base36, 25 characters.
    QString id = u"c"_s + QString::number(1'790'000'000'000LL + serial * 997, 36).rightJustified(8, u'0').right(8);
    id += QString::number(serial % 1'679'616, 36).rightJustified(4, u'0');
    id += u"fa0e"_s;
    while (id.size() < 25)
        id += QString::number(m_random.bounded(36), 36);
    return id;
}

QString DemoSeeder::pick(const QStringList &list)
{
    return list.at(int(m_random.bounded(int(list.size()))));
}

QString DemoSeeder::sentence(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << pick(words);
    QString s = out.join(u' ');
    s[0] = s[0].toUpper();
    return s;
}

db::Result<void> DemoSeeder::insertRows(const QString &table, const QString &sql, qint64 count,
                                        const std::function<QVariantList(qint64)> &makeRow)
{
    constexpr qint64 chunk = 2'000;
    const qint64 total = m_plan.total();
    for (qint64 start = 0; start < count; start += chunk) {
        if (m_cancel && m_cancel->load()) {
            db::DbError e;
            e.message = u"the demo set-up was cancelled"_s;
            return std::unexpected(e);
        }
        QList<QVariantList> rows;
        const qint64 end = std::min(count, start + chunk);
        rows.reserve(end - start);
        for (qint64 i = start; i < end; ++i)
            rows.append(makeRow(i));
        if (auto r = m_connection.execMany(sql, rows); !r)
            return std::unexpected(r.error());
        m_done += end - start;
        if (m_progress)
            m_progress(m_done, total, table);
    }
    return {};
}

db::Result<DemoCounts> DemoSeeder::run()
{
    const DemoCounts plan = m_plan;

    auto users = insertRows(u"users"_s,
        u"INSERT INTO \"users\" (\"id\", \"email\", \"name\", \"role\", \"profile\", \"avatar\", \"created_at\") "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        plan.users, [this](qint64 i) {
            const QString first = pick(firstNames), last = pick(lastNames);
            // Every 9th user has no name: NULL, which the grid must show differently from an empty string.
            const QVariant name = i % 9 == 4 ? QVariant() : QVariant(first + u' ' + last);
            const QString email = (first + u'.' + last).toLower().remove(u' ') + QString::number(i + 1) + u"@example.com"_s;
            QVariant profile;
            if (i % 3 != 0) {
                QJsonObject p{{u"theme"_s, i % 2 ? u"dark"_s : u"light"_s},
                              {u"locale"_s, i % 5 ? u"en-GB"_s : u"de-DE"_s},
                              {u"newsletter"_s, i % 4 == 0}};
                if (i % 7 == 0)
                    p.insert(u"nickname"_s, QJsonValue()); // JSON null inside a Json value
                profile = QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact));
            }
            QVariant avatar;
            if (i % 4 == 1) {
                QByteArray png("\x89PNG\r\n\x1a\n", 8);
                for (int b = 0; b < 24; ++b)
                    png.append(char(m_random.bounded(256)));
                avatar = png;
            }
            return QVariantList{i + 1, email, name, roles.at(int(i % roles.size())), profile, avatar,
                                isoTimestamp(86'400, 3 * 365 * 86'400)};
        });
    if (!users)
        return std::unexpected(users.error());

    auto tags = insertRows(u"tags"_s, u"INSERT INTO \"tags\" (\"id\", \"name\") VALUES (?, ?)"_s, plan.tags,
                           [](qint64 i) { return QVariantList{i + 1, tagNames.at(int(i))}; });
    if (!tags)
        return std::unexpected(tags.error());

    auto posts = insertRows(u"posts"_s,
        u"INSERT INTO \"posts\" (\"id\", \"title\", \"body\", \"status\", \"published\", \"views\", \"version\", "
        "\"author_id\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        plan.posts, [this, &plan](qint64 i) {
            const QString status = pick(statuses);
            // Some posts went viral: views beyond 2^32 keep BigInt honest.
            const qint64 views = i % 97 == 0 ? 4'294'967'296LL + qint64(m_random.bounded(1'000'000'000))
                                             : qint64(m_random.bounded(50'000));
            const QVariant body = i % 11 == 0 ? QVariant() : QVariant(sentence(12 + int(i % 30)) + u'.');
            const QString created = isoTimestamp(30 * 86'400, 2 * 365 * 86'400);
            return QVariantList{i + 1, sentence(3 + int(i % 5)), body, status, status == u"PUBLISHED"_s ? 1 : 0,
                                views, int(i % 6), 1 + qint64(m_random.bounded(quint64(plan.users))), created,
                                isoTimestamp(0, 30 * 86'400)};
        });
    if (!posts)
        return std::unexpected(posts.error());

    auto postTags = insertRows(u"_PostToTag"_s, u"INSERT INTO \"_PostToTag\" (\"A\", \"B\") VALUES (?, ?)"_s,
        plan.postTags, [&plan](qint64 i) {
            // Two distinct tags per post, spread deterministically over the vocabulary.
            const qint64 post = i / 2 + 1;
            const qint64 tag = (post * 7 + (i % 2) * 3) % plan.tags + 1;
            return QVariantList{post, tag};
        });
    if (!postTags)
        return std::unexpected(postTags.error());

    m_accountIds.reserve(plan.accounts);
    auto accounts = insertRows(u"accounts"_s,
        u"INSERT INTO \"accounts\" (\"id\", \"number\", \"label\", \"currency\", \"balance\", \"version\", "
        "\"owner_id\", \"created_at\", \"updated_at\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        plan.accounts, [this, &plan](qint64 i) {
            const QString id = uuidV4();
            m_accountIds.append(id);
            const QString number = u"DE%1 3704 0044 %2"_s.arg(10 + i % 89).arg(QString::number(i + 1).rightJustified(10, u'0'));
            const qint64 cents = qint64(m_random.bounded(5'000'000)) - (i % 13 == 0 ? 250'000 : 0);
            const QString balance = (cents < 0 ? u"-"_s : QString()) + QString::number(std::abs(cents) / 100) + u'.'
                                    + QString::number(std::abs(cents) % 100).rightJustified(2, u'0');
            return QVariantList{id, number, i % 3 ? u"Current account"_s : u"Savings"_s, pick(currencies), balance,
                                int(i % 4), 1 + (i % plan.users), isoTimestamp(86'400, 3 * 365 * 86'400),
                                isoTimestamp(0, 86'400)};
        });
    if (!accounts)
        return std::unexpected(accounts.error());

    auto transfers = insertRows(u"transfers"_s,
        u"INSERT INTO \"transfers\" (\"id\", \"reference\", \"amount\", \"from_id\", \"to_id\", \"memo\", "
        "\"metadata\", \"booked_at\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        plan.transfers, [this](qint64 i) {
            const int n = int(m_accountIds.size());
            const int from = int(m_random.bounded(n));
            const int to = (from + 1 + int(m_random.bounded(n - 1))) % n; // never to itself
            const qint64 cents = 1 + qint64(m_random.bounded(250'000));
            const QString amount = QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
            const QVariant memo = i % 5 == 0 ? QVariant() : QVariant(u"Invoice %1 — %2"_s.arg(10'000 + i).arg(pick(words)));
            QVariant metadata;
            if (i % 4 == 0) {
                const QJsonObject m{{u"provider"_s, pick(providers)},
                                    {u"id"_s, QString(u"pi_"_s + QString::number(i * 7919 + 104'729, 36))},
                                    {u"fee"_s, double(cents % 97) / 100.0}};
                metadata = QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact));
            }
            return QVariantList{i + 1, cuid(i), amount, m_accountIds.at(from), m_accountIds.at(to), memo, metadata,
                                isoTimestamp(0, 2 * 365 * 86'400)};
        });
    if (!transfers)
        return std::unexpected(transfers.error());

    return plan;
}

} // namespace facet::demo
