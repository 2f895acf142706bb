// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ClientDefaults.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace facet::edit {

namespace {

QString randomChars(QStringView alphabet, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return out;
}

QString base36(quint64 value, int width)
{
    QString text = QString::number(value, 36);
    if (text.size() > width)
        text = text.right(width);
    return text.rightJustified(width, u'0');
}

QString uuidText(const QByteArray &bytes)
{
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// The numeric argument of uuid(7), cuid(2), nanoid(16); `fallback` when there is none.
int functionNumber(const schema::DefaultValue &value, int fallback)
{
    if (value.functionArguments.empty())
        return fallback;
    bool ok = false;
    const int n = value.functionArguments.front().value.text.toInt(&ok);
    return ok ? n : fallback;
}

} // namespace

QString generateUuidV4()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString generateUuidV7(qint64 unixMillis)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((quint64(unixMillis) >> (8 * (5 - i))) & 0xff);
    for (int i = 6; i < 16; ++i)
        bytes[i] = char(QRandomGenerator::system()->bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return uuidText(bytes);
}

QString generateCuid(qint64 unixMillis)
{
    static std::atomic<quint32> counter{QRandomGenerator::system()->bounded(1679616u)};
    const quint32 count = counter.fetch_add(1) % 1679616u; // 36^4
    const QString fingerprint = base36(quint64(QCoreApplication::applicationPid()) % 1296u, 2)
        + base36(QRandomGenerator::system()->bounded(1296u), 2);
    return u'c' + base36(quint64(unixMillis), 8) + base36(count, 4) + fingerprint
        + base36(QRandomGenerator::system()->bounded(1679616u), 4) + base36(QRandomGenerator::system()->bounded(1679616u), 4);
}

QString generateCuid2(int length)
{
    length = std::clamp(length, 2, 32);
    static constexpr QStringView letters = u"abcdefghijklmnopqrstuvwxyz";
    static constexpr QStringView alphabet = u"0123456789abcdefghijklmnopqrstuvwxyz";
    return randomChars(letters, 1) + randomChars(alphabet, length - 1);
}

QString generateUlid(qint64 unixMillis)
{
    static constexpr QStringView crockford = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString out;
    out.reserve(26);
    for (int i = 9; i >= 0; --i)
        out.append(crockford.at(int((quint64(unixMillis) >> (5 * i)) & 31)));
    return out + randomChars(crockford, 16);
}

QString generateNanoid(int length)
{
    static constexpr QStringView alphabet = u"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    return randomChars(alphabet, std::clamp(length, 2, 255));
}

db::DateTime currentDateTime()
{
    return *db::DateTime::fromUnixMillis(QDateTime::currentMSecsSinceEpoch());
}

std::optional<db::Value> clientDefault(const schema::ResolvedField &field, const mapping::ModelColumn &column,
                                       const db::DateTime &now)
{
    if (column.spec.type.isList)
        return std::nullopt;
    if (field.isUpdatedAt)
        return db::Value::fromDateTime(now);
    if (!field.defaultValue || field.defaultValue->kind != schema::DefaultValue::Kind::Function)
        return std::nullopt;
    const schema::DefaultValue &d = *field.defaultValue;
    const qint64 millis = now.unixMicros() / 1000;
    if (d.function == u"now"_s)
        return db::Value::fromDateTime(now);
    if (d.function == u"uuid"_s)
        return db::Value::fromString(functionNumber(d, 4) == 7 ? generateUuidV7(millis) : generateUuidV4());
    if (d.function == u"cuid"_s)
        return db::Value::fromString(functionNumber(d, 1) == 2 ? generateCuid2() : generateCuid(millis));
    if (d.function == u"ulid"_s)
        return db::Value::fromString(generateUlid(millis));
    if (d.function == u"nanoid"_s)
        return db::Value::fromString(generateNanoid(functionNumber(d, 21)));
    return std::nullopt;
}

} // namespace facet::edit
