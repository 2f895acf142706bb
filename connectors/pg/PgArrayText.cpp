// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PgArrayText.h"

namespace facet::db {

QByteArray formatPgArray(const PgArrayElements &elements)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out.append(',');
        if (!elements[i]) {
            out.append("NULL");
            continue;
        }
        out.append('"');
        for (const char c : *elements[i]) {
            if (c == '"' || c == '\\')
                out.append('\\');
            out.append(c);
        }
        out.append('"');
    }
    return out.append('}');
}

std::optional<PgArrayElements> parsePgArray(const QByteArray &text)
{
    qsizetype pos = 0;
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    // Arrays whose lower bound is not 1 print their bounds first: "[0:2]={a,b,c}".
    if (text.startsWith('[')) {
        const qsizetype eq = text.indexOf('=');
        if (eq < 0 || (text.indexOf("][") >= 0 && text.indexOf("][") < eq))
            return std::nullopt;
        pos = eq + 1;
    }
    if (pos >= text.size() || text[pos] != '{')
        return std::nullopt;
    ++pos;
    PgArrayElements out;
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    if (pos < text.size() && text[pos] == '}')
        return pos + 1 == text.size() ? std::optional(out) : std::nullopt;

    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
        if (pos >= text.size() || text[pos] == '{')
            return std::nullopt; // truncated, or a nested (multi-dimensional) array
        QByteArray element;
        bool quoted = false;
        if (text[pos] == '"') {
            quoted = true;
            ++pos;
            while (pos < text.size() && text[pos] != '"') {
                if (text[pos] == '\\' && pos + 1 < text.size())
                    ++pos;
                element.append(text[pos++]);
            }
            if (pos >= text.size())
                return std::nullopt;
            ++pos; // closing quote
            while (pos < text.size() && isSpace(text[pos]))
                ++pos;
        } else {
            while (pos < text.size() && text[pos] != ',' && text[pos] != '}') {
                if (text[pos] == '"' || text[pos] == '{')
                    return std::nullopt;
                if (text[pos] == '\\' && pos + 1 < text.size())
                    ++pos;
                element.append(text[pos++]);
            }
            element = element.trimmed();
        }
        if (!quoted && element.compare("NULL", Qt::CaseInsensitive) == 0)
            out.append(std::nullopt);
        else
            out.append(element.isNull() ? QByteArray("", 0) : element);
        if (pos >= text.size())
            return std::nullopt;
        if (text[pos] == '}')
            return pos + 1 == text.size() ? std::optional(out) : std::nullopt;
        if (text[pos] != ',')
            return std::nullopt;
        ++pos;
    }
    return std::nullopt;
}

} // namespace facet::db
