// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "mapping/ModelTable.h"
#include "value/Value.h"

#include <QList>
#include <QString>

#include <expected>

namespace facet::mapping {

/// One key of a browse order, by Prisma field name.
struct OrderKey {
    QString field;
    bool descending = false;
    bool operator==(const OrderKey &) const = default;
    /// `field` or `field:desc`, as --order-by takes it.
    [[nodiscard]] QString text() const;
};

/// The cursor `facet browse` prints for the next page: opaque to scripts, exact inside. It is base64url
/// (no padding, so it needs no quoting in a shell) of `{"o":["createdAt:desc","id"],"v":[…]}`: the
/// effective order and the last row's values of those keys in Prisma's JSON form (BigInt and Decimal as
/// strings, DateTime ISO-8601 with its fraction, Bytes base64, enums by database label), so a value never
/// passes through a double and the next window starts exactly after that row.
[[nodiscard]] QString encodeCursor(const QList<OrderKey> &order, const QList<db::Value> &values);

/// The key values of a cursor, checked against the order the command runs with (a cursor from another
/// --order-by would skip or repeat rows, so it is refused). Errors are one line.
[[nodiscard]] std::expected<QList<db::Value>, QString> decodeCursor(const QString &cursor,
                                                                    const QList<OrderKey> &order,
                                                                    const ModelTable &table);

} // namespace facet::mapping
