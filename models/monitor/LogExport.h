// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/QueryEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace facet::monitor {

class QueryLogModel;

/// One event as a JSON object: Prisma's query event fields (timestamp, query, params, duration in ms, target)
/// plus Facet's (origin, model, action, queueWaitMs/executeMs/fetchMs, rows, connection, fingerprint, slow,
/// status, error).
[[nodiscard]] QJsonObject queryEventToJson(const db::QueryEvent &event, bool slow);

/// The log as JSON lines: one compact object per line, oldest first.
[[nodiscard]] QByteArray queryLogToJsonLines(const QueryLogModel &log);
/// The log as CSV (RFC 4180: a header line, fields quoted when they hold a comma, quote or line break).
[[nodiscard]] QByteArray queryLogToCsv(const QueryLogModel &log);

} // namespace facet::monitor
