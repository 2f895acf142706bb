// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "core/Transaction.h"

#include <QRandomGenerator>

namespace facet::db::detail {

QString nestedSavepointName(const Connection &connection)
{
    // Random rather than counted: a counter would be state shared by every transaction of the process, and
    // names only need to differ from the enclosing levels' names on this connection.
    return QStringLiteral("facet_tx_%1_%2")
        .arg(connection.id())
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace facet::db::detail
