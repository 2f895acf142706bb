// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "bus/QueryEvent.h"

#include <charconv>
#include <iterator>

using namespace Qt::StringLiterals;

namespace facet::db {
namespace {

constexpr qsizetype kMaxClearChars = 200;
constexpr qsizetype kMaxClearBytes = 32;

QString quoted(const QString &text)
{
    QString body = text.size() > kMaxClearChars ? text.left(kMaxClearChars) + u'…' : text;
    body.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + body + u'"';
}

QString clear(const Value &value)
{
    switch (value.kind()) {
    case ScalarKind::Null: return u"null"_s;
    case ScalarKind::Int:
    case ScalarKind::BigInt: {
        // Rendered for every statement a panel listens to: std::to_chars is several times cheaper than
        // QString::number's locale-aware path and writes the same digits.
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), value.toBigInt()).ptr;
        return QString::fromLatin1(digits, end - digits);
    }
    case ScalarKind::Float: return QString::number(value.toFloat(), 'g', 17);
    case ScalarKind::Decimal: return value.toDecimal().toString();
    case ScalarKind::Boolean: return value.toBool() ? u"true"_s : u"false"_s;
    case ScalarKind::String: return quoted(value.toString());
    case ScalarKind::DateTime: return quoted(value.toDateTime().toIso8601());
    case ScalarKind::Json: return value.toJson().text().size() > kMaxClearChars
            ? value.toJson().text().left(kMaxClearChars) + u'…'
            : value.toJson().text();
    case ScalarKind::Bytes: {
        const QByteArray &bytes = value.toBytes();
        QString hex = QString::fromLatin1(bytes.left(kMaxClearBytes).toHex());
        return u"0x"_s + hex + (bytes.size() > kMaxClearBytes ? u"… ("_s + QString::number(bytes.size())
                                                                    + u" bytes)"_s
                                                              : QString());
    }
    case ScalarKind::Enum: return quoted(value.toEnum().label);
    case ScalarKind::List: {
        QStringList parts;
        for (const Value &element : value.toList())
            parts.append(clear(element));
        return u'[' + parts.join(u',') + u']';
    }
    }
    return value.describe();
}

} // namespace

QString renderParameter(const Value &value, MaskPolicy policy)
{
    switch (policy) {
    case MaskPolicy::None: return clear(value);
    case MaskPolicy::All:
        return value.isNull() ? u"null"_s : u'<' + scalarKindName(value.kind()) + u'>';
    case MaskPolicy::Secrets:
        switch (value.kind()) {
        case ScalarKind::String:
        case ScalarKind::Json:
        case ScalarKind::Bytes:
        case ScalarKind::List: return u'<' + value.describe() + u'>'; // length only, never content
        default: return clear(value);
        }
    }
    return value.describe();
}

QStringList renderParameters(const QList<Value> &values, MaskPolicy policy)
{
    QStringList out;
    out.reserve(values.size());
    for (const Value &value : values)
        out.append(renderParameter(value, policy));
    return out;
}

QString QueryEvent::paramsText() const
{
    return u'[' + params.join(u',') + u']';
}

QString queryKindName(QueryKind kind)
{
    switch (kind) {
    case QueryKind::Statement: return u"statement"_s;
    case QueryKind::Stream: return u"stream"_s;
    case QueryKind::Batch: return u"batch"_s;
    case QueryKind::Begin: return u"begin"_s;
    case QueryKind::Commit: return u"commit"_s;
    case QueryKind::Rollback: return u"rollback"_s;
    case QueryKind::Savepoint: return u"savepoint"_s;
    }
    return {};
}

} // namespace facet::db
