// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgKeyFields.h"

using namespace Qt::StringLiterals;

namespace facet::db {

QStringList pgKeyFieldsFromDetail(QStringView detail)
{
    // The list ends at the ")=(" that starts the values; commas inside quotes or an expression's parentheses
    // do not split it. PostgreSQL writes the names with quote_identifier, so "" is a quote inside quotes.
    const qsizetype start = detail.indexOf(u"Key (");
    if (start < 0)
        return {};
    QStringList fields;
    QString current;
    bool quoted = false;   // inside "..."
    bool wasQuoted = false; // the current item was a plain quoted name
    int depth = 0;
    for (qsizetype i = start + 5; i < detail.size(); ++i) {
        const QChar c = detail[i];
        if (quoted) {
            if (c == u'"' && i + 1 < detail.size() && detail[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"' && current.trimmed().isEmpty() && depth == 0) {
            quoted = true;
            wasQuoted = true;
            current.clear();
        } else if (c == u'(') {
            ++depth;
            current += c;
        } else if (c == u')' && depth > 0) {
            --depth;
            current += c;
        } else if (c == u')') {
            if (i + 1 >= detail.size() || detail[i + 1] != u'=')
                return {}; // not the shape we know; better no target than a wrong one
            fields << (wasQuoted ? current : current.trimmed());
            return fields;
        } else if (c == u',' && depth == 0) {
            fields << (wasQuoted ? current : current.trimmed());
            current.clear();
            wasQuoted = false;
            if (i + 1 < detail.size() && detail[i + 1] == u' ')
                ++i;
        } else {
            if (wasQuoted) // "a"::text and the like: an expression that starts with a quoted name
                current = u'"' + QString(current).replace(u"\""_s, u"\"\""_s) + u'"', wasQuoted = false;
            current += c;
        }
    }
    return {};
}

} // namespace facet::db
