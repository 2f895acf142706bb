// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "pool/PoolState.h"

using namespace Qt::StringLiterals;

namespace facet::db {

QString poolConnectionStateName(PoolConnectionState state)
{
    switch (state) {
    case PoolConnectionState::Opening: return u"opening"_s;
    case PoolConnectionState::Idle: return u"idle"_s;
    case PoolConnectionState::Busy: return u"busy"_s;
    case PoolConnectionState::InTransaction: return u"in transaction"_s;
    case PoolConnectionState::Closing: return u"closing"_s;
    }
    return {};
}

QString poolEventKindName(PoolEventKind kind)
{
    switch (kind) {
    case PoolEventKind::ConnectionOpened: return u"opened"_s;
    case PoolEventKind::ConnectionClosed: return u"closed"_s;
    case PoolEventKind::ConnectionBroken: return u"broken"_s;
    case PoolEventKind::ConnectFailed: return u"connect failed"_s;
    case PoolEventKind::Timeout: return u"timeout"_s;
    case PoolEventKind::ProbableLeak: return u"probable leak"_s;
    }
    return {};
}

} // namespace facet::db
