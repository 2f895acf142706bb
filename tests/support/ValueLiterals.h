// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

// Short literals for exact values in data-driven tests, and how a round trip compares them. Shared by the
// per-provider round-trip tests so they read alike. The inputs are test constants: parsing cannot fail.
#include "value/Value.h"

#include <QMetaType>
#include <QString>

namespace facet::test {

/// How a value read back must match the one written: exactly, as the same instant (a database that
/// normalises the zone), or as the same JSON (a database that normalises the text).
enum class Compare { Exact, SameInstant, SameJson };

inline db::Value dec(const QString &text)
{
    return db::Value::fromDecimal(*db::Decimal::parse(text));
}

inline db::Value dt(const QString &text)
{
    return db::Value::fromDateTime(*db::DateTime::parseIso8601(text));
}

inline db::Value json(const QString &text)
{
    return db::Value::fromJson(*db::Json::parse(text));
}

} // namespace facet::test

Q_DECLARE_METATYPE(facet::test::Compare)
