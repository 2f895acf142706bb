// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Header-only (like ValueLiterals.h): for tests that link the connectors; facet_test_support itself does not.
#pragma once

#include "core/Connection.h"

#include <QString>

namespace facet::test {

/// The first cell of the statement's first row as text, as a test reads back what a save or another session
/// wrote: "" for no rows, "ERROR <summary>" when the statement fails (so a QCOMPARE shows the reason).
inline QString firstCellText(db::Connection &connection, const QString &sql)
{
    auto r = connection.execute(db::Statement(sql));
    if (!r)
        return QStringLiteral("ERROR ") + r.error().summary();
    return r->rows.isEmpty() ? QString() : r->rows.front().front().toString();
}

} // namespace facet::test
