// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Header-only (like FirstCell.h): for tests that link the connectors; facet_test_support itself does not.
#pragma once

#include "core/Connection.h"
#include "url/ConnectionUrl.h"

#include <QString>

#include <expected>
#include <memory>

namespace facet::test {

/// A connection of the test's own beside what it tests (to create tables, to write as "another session", to read
/// back what a save wrote), or why there is none: the URL's parse error or the server's answer, as one text.
inline std::expected<std::unique_ptr<db::Connection>, QString> openTestConnection(const QString &url)
{
    const auto parsed = db::ConnectionUrl::parse(url);
    if (!parsed)
        return std::unexpected(parsed.error().message);
    auto connection = db::openConnection(*parsed);
    if (!connection)
        return std::unexpected(connection.error().summary());
    return std::move(*connection);
}

} // namespace facet::test
