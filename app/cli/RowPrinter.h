// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "value/Value.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace facet::cli {

/// Writes rows as they arrive, one window at a time, so a browse of any size holds one window only.
///  - Json: JSON Lines, one object per row with the Prisma field names as keys, values as
///    Prisma Client's JSON.stringify gives them (toPrismaJson).
///  - Text: a table whose column widths come from the header and the first window (at most MaxWidth
///    characters; longer cells are cut with "…", --json has every value whole). SQL NULL is shown as
///    `NULL`, an empty string as nothing; control characters in strings are escaped (`\n`), so a row is
///    always one line.
class RowPrinter final {
public:
    enum class Format { Text, Json };
    static constexpr int MaxWidth = 40;

    RowPrinter(QTextStream &out, Format format, QStringList fields);

    void write(const QList<QList<db::Value>> &rows);
    /// Prints the header when no row came (text), so an empty result still names its columns.
    void finish();

    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }

    /// A cell as the text table shows it.
    [[nodiscard]] static QString cellText(const db::Value &value);

private:
    void writeHeader();
    void writeLine(const QStringList &cells);

    QTextStream &m_out;
    Format m_format;
    QStringList m_fields;
    QList<int> m_widths;
    bool m_headerDone = false;
    qint64 m_rows = 0;
};

} // namespace facet::cli
