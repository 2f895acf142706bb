// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "cellinput/BytesText.h"

using namespace Qt::StringLiterals;

namespace facet::cellinput {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

InputError bytesError(BytesFormat format, const QString &what, qsizetype position = -1)
{
    return InputError{u"Bytes (%1): %2"_s.arg(bytesFormatName(format), what), position};
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

InputResult<QByteArray> fromHex(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    if (text.mid(start).startsWith(u"\\x") || text.mid(start).startsWith(u"0x", Qt::CaseInsensitive))
        start += 2;
    QByteArray out;
    out.reserve((text.size() - start) / 2);
    int high = -1;
    qsizetype digits = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (isSpace(text[i]))
            continue;
        const int d = hexDigit(text[i]);
        if (d < 0)
            return std::unexpected(bytesError(BytesFormat::Hex,
                                              u"'%1' at position %2 is not a hex digit"_s.arg(text[i]).arg(i + 1), i));
        ++digits;
        if (high < 0) {
            high = d;
        } else {
            out.append(char((high << 4) | d));
            high = -1;
        }
    }
    if (high >= 0)
        return std::unexpected(bytesError(BytesFormat::Hex,
                                          u"%1 digits; every byte takes two, one is missing"_s.arg(digits)));
    return out;
}

bool isBase64Char(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+'
           || u == u'/';
}

InputResult<QByteArray> fromBase64(QStringView text)
{
    QByteArray compact;
    compact.reserve(text.size());
    qsizetype firstPad = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isSpace(c))
            continue;
        if (c == u'=') {
            if (firstPad < 0)
                firstPad = compact.size();
            compact.append('=');
            continue;
        }
        if (!isBase64Char(c))
            return std::unexpected(bytesError(BytesFormat::Base64,
                                              u"'%1' at position %2 is not a base64 character"_s.arg(c).arg(i + 1),
                                              i));
        if (firstPad >= 0)
            return std::unexpected(bytesError(BytesFormat::Base64,
                                              u"'%1' at position %2 comes after the '=' padding"_s.arg(c).arg(i + 1),
                                              i));
        compact.append(char(c.unicode()));
    }
    if (compact.size() % 4 != 0)
        return std::unexpected(bytesError(
            BytesFormat::Base64,
            u"%1 characters; base64 comes in groups of 4 (pad the last group with '=')"_s.arg(compact.size())));
    if (firstPad >= 0 && compact.size() - firstPad > 2)
        return std::unexpected(bytesError(BytesFormat::Base64, u"more than two '=' at the end"_s));
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(bytesError(BytesFormat::Base64, u"the last group does not decode"_s));
    // Non-zero bits after the last byte mean the text is not the encoding of any byte string: another text
    // would come back on reading, so refuse rather than drop them.
    if (QString::fromLatin1(decoded.decoded.toBase64()) != QString::fromLatin1(compact))
        return std::unexpected(bytesError(BytesFormat::Base64,
                                          u"the last group has bits that no byte uses (not canonical base64)"_s));
    return std::move(decoded.decoded);
}

} // namespace

QString bytesFormatName(BytesFormat format)
{
    return format == BytesFormat::Hex ? u"hex"_s : u"base64"_s;
}

QString bytesToText(const QByteArray &bytes, BytesFormat format)
{
    return QString::fromLatin1(format == BytesFormat::Hex ? bytes.toHex() : bytes.toBase64());
}

InputResult<QByteArray> bytesFromText(QStringView text, BytesFormat format)
{
    return format == BytesFormat::Hex ? fromHex(text) : fromBase64(text);
}

} // namespace facet::cellinput
