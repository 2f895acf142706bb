// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "CellText.h"

#include "value/PrismaJson.h"

using namespace Qt::StringLiterals;

namespace facet::grid {

namespace {
QString oneLine(QString text, int maxChars)
{
    // A grid row is one line high: line breaks would be cut off by the row, so they show as a visible mark.
    text.replace(u"\r\n"_s, u"⏎"_s).replace(u'\n', u'⏎').replace(u'\r', u'⏎');
    if (maxChars > 0 && text.size() > maxChars)
        text = text.left(maxChars) + u'…';
    return text;
}

QString bytesText(const QByteArray &bytes)
{
    constexpr int previewBytes = 8;
    const QString size = bytes.size() == 1 ? u"1 byte"_s : u"%1 bytes"_s.arg(bytes.size());
    if (bytes.isEmpty())
        return size;
    QString preview = QString::fromLatin1(bytes.left(previewBytes).toHex(' '));
    if (bytes.size() > previewBytes)
        preview += u" …"_s;
    return size + u"  "_s + preview;
}
} // namespace

QString cellText(const db::Value &value, int maxChars)
{
    switch (value.kind()) {
    case db::ScalarKind::Null:
        return u"NULL"_s;
    case db::ScalarKind::Int:
        return QString::number(value.toInt());
    case db::ScalarKind::BigInt:
        return QString::number(value.toBigInt());
    case db::ScalarKind::Decimal:
        return value.toDecimal().toString();
    case db::ScalarKind::Boolean:
        return value.toBool() ? u"true"_s : u"false"_s;
    case db::ScalarKind::String:
        return oneLine(value.toString(), maxChars);
    case db::ScalarKind::Json:
        return oneLine(value.toJson().text(), maxChars);
    case db::ScalarKind::Bytes:
        return bytesText(value.toBytes());
    case db::ScalarKind::Enum:
        return value.toEnum().label;
    case db::ScalarKind::DateTime:
    case db::ScalarKind::Float: {
        // Prisma's JSON form is the exact, documented one; DateTime comes quoted, numbers bare.
        QString text = QString::fromUtf8(db::toPrismaJson(value));
        if (text.startsWith(u'"') && text.endsWith(u'"'))
            text = text.mid(1, text.size() - 2);
        return text;
    }
    case db::ScalarKind::List: {
        QStringList parts;
        for (const db::Value &element : value.toList())
            parts << cellText(element, maxChars);
        return oneLine(u'[' + parts.join(u", "_s) + u']', maxChars);
    }
    }
    return {};
}

} // namespace facet::grid
