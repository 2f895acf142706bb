// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "RowPrinter.h"

#include "value/PrismaJson.h"

using namespace Qt::StringLiterals;

namespace facet::cli {

namespace {

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\n': out += u"\\n"_s; break;
        case '\r': out += u"\\r"_s; break;
        case '\t': out += u"\\t"_s; break;
        case '\\': out += u"\\\\"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out;
}

QString clipped(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + u'…';
}

} // namespace

RowPrinter::RowPrinter(QTextStream &out, Format format, QStringList fields)
    : m_out(out)
    , m_format(format)
    , m_fields(std::move(fields))
{
}

QString RowPrinter::cellText(const db::Value &value)
{
    switch (value.kind()) {
    case db::ScalarKind::Null: return u"NULL"_s;
    case db::ScalarKind::String: return escaped(value.toString());
    case db::ScalarKind::Enum: return value.toEnum().label;
    case db::ScalarKind::Json: return escaped(value.toJson().text());
    default: break;
    }
    // BigInt, Decimal, DateTime and Bytes are JSON strings in Prisma's form: show them without the quotes.
    QString json = QString::fromUtf8(db::toPrismaJson(value));
    if (json.size() >= 2 && json.startsWith(u'"') && json.endsWith(u'"'))
        json = json.mid(1, json.size() - 2);
    return escaped(json);
}

void RowPrinter::writeLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += u" | "_s;
        const int width = m_widths.value(i, MaxWidth);
        line += i + 1 < cells.size() ? clipped(cells[i], width).leftJustified(width) : clipped(cells[i], width);
    }
    m_out << line << '\n';
}

void RowPrinter::writeHeader()
{
    m_headerDone = true;
    writeLine(m_fields);
    QStringList rules;
    for (int w : std::as_const(m_widths))
        rules.append(QString(w, u'-'));
    m_out << rules.join(u"-+-"_s) << '\n';
}

void RowPrinter::write(const QList<QList<db::Value>> &rows)
{
    if (m_format == Format::Json) {
        for (const QList<db::Value> &row : rows)
            m_out << QString::fromUtf8(db::rowToPrismaJson(m_fields, row)) << '\n';
        m_rows += rows.size();
        m_out.flush(); // a consumer reading the pipe sees each window as it comes
        return;
    }
    QList<QStringList> texts;
    for (const QList<db::Value> &row : rows) {
        QStringList cells;
        for (const db::Value &v : row)
            cells.append(cellText(v));
        texts.append(cells);
    }
    if (!m_headerDone) {
        for (const QString &f : std::as_const(m_fields))
            m_widths.append(std::min<int>(MaxWidth, std::max<int>(1, int(f.size()))));
        for (const QStringList &cells : std::as_const(texts)) {
            for (qsizetype i = 0; i < cells.size() && i < m_widths.size(); ++i)
                m_widths[i] = std::min<int>(MaxWidth, std::max<int>(m_widths[i], int(cells[i].size())));
        }
        writeHeader();
    }
    for (const QStringList &cells : std::as_const(texts))
        writeLine(cells);
    m_rows += rows.size();
    m_out.flush();
}

void RowPrinter::finish()
{
    if (m_format == Format::Text && !m_headerDone)
        write({});
}

} // namespace facet::cli
