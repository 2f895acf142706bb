// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "core/Connection.h"

#include "core/ConnectionIds.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace facet::db {

quint64 nextConnectionId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSQL: return u"postgresql"_s;
    case Provider::MySQL: return u"mysql"_s;
    case Provider::SQLite: return u"sqlite"_s;
    }
    return {};
}

QString originName(QueryOrigin origin)
{
    switch (origin) {
    case QueryOrigin::Grid: return u"grid"_s;
    case QueryOrigin::Save: return u"save"_s;
    case QueryOrigin::Console: return u"console"_s;
    case QueryOrigin::Migration: return u"migration"_s;
    case QueryOrigin::Introspection: return u"introspection"_s;
    case QueryOrigin::Cli: return u"cli"_s;
    case QueryOrigin::Panel: return u"panel"_s;
    case QueryOrigin::Internal: return u"internal"_s;
    }
    return {};
}

} // namespace facet::db
