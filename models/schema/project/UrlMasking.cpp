// SPDX-License-Identifier: MIT
#include "UrlMasking.h"

using namespace Qt::StringLiterals;

namespace facet::schema {

namespace {

const QString mask = QStringLiteral("****");

bool isSecretKey(QStringView key)
{
    return key.compare(u"password", Qt::CaseInsensitive) == 0 || key.compare(u"sslpassword", Qt::CaseInsensitive) == 0
        || key.compare(u"pass", Qt::CaseInsensitive) == 0 || key.compare(u"pwd", Qt::CaseInsensitive) == 0;
}

// Masks `key=value` pairs separated by any of `separators`, from `from` to the end of the text.
void maskParameters(QString &text, qsizetype from, QStringView separators)
{
    qsizetype start = from;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !separators.contains(text.at(end)) && text.at(end) != u'#')
            ++end;
        const qsizetype equals = text.indexOf(u'=', start);
        if (equals >= 0 && equals < end && isSecretKey(QStringView(text).mid(start, equals - start).trimmed())
            && end > equals + 1) {
            text.replace(equals + 1, end - equals - 1, mask);
            end = equals + 1 + mask.size();
        }
        if (end >= text.size() || text.at(end) == u'#')
            return;
        start = end + 1;
    }
}

} // namespace

QString maskUrlPassword(QStringView url)
{
    QString out = url.toString();
    const qsizetype scheme = out.indexOf(u"://");
    if (scheme > 0) {
        const qsizetype authority = scheme + 3;
        // The userinfo ends at the last "@" before the query: a password with an unescaped "/" or "@" is
        // still masked whole (masking a path that holds an "@" too is the safe mistake).
        qsizetype regionEnd = authority;
        while (regionEnd < out.size() && out.at(regionEnd) != u'?' && out.at(regionEnd) != u'#')
            ++regionEnd;
        const qsizetype at = QStringView(out).mid(authority, regionEnd - authority).lastIndexOf(u'@');
        qsizetype hostStart = authority;
        if (at >= 0) {
            const qsizetype colon = QStringView(out).mid(authority, at).indexOf(u':');
            hostStart = authority + at + 1;
            if (colon >= 0 && colon + 1 < at) {
                out.replace(authority + colon + 1, at - colon - 1, mask);
                hostStart = authority + colon + 1 + mask.size() + 1;
            }
        }
        // SQL Server: `sqlserver://host:1433;user=sa;password=x`.
        qsizetype semicolon = hostStart;
        while (semicolon < out.size() && out.at(semicolon) != u';' && out.at(semicolon) != u'/'
            && out.at(semicolon) != u'?')
            ++semicolon;
        if (semicolon < out.size() && out.at(semicolon) == u';')
            maskParameters(out, semicolon + 1, u";");
    }
    const qsizetype query = out.indexOf(u'?');
    if (query >= 0)
        maskParameters(out, query + 1, u"&;");
    return out;
}

} // namespace facet::schema
