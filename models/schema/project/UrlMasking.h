// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace facet::schema {

// Hides the secrets of a connection string so it can be shown, logged or put in a message:
// - the password of the userinfo: `postgresql://user:secret@host/db` → `postgresql://user:****@host/db`
//   (the last "@" before the path ends the userinfo, as in quaint, so passwords may contain "@");
// - the value of `password`, `sslpassword` and `pass` parameters, in the query (`?password=x&…`) and in
//   SQL Server's `key=value;` form (`sqlserver://host;user=sa;password=x`), keys matched case-insensitively.
// Anything that is not a URL is returned unchanged. Every display string Facet builds from a URL goes
// through this function.
[[nodiscard]] QString maskUrlPassword(QStringView url);

} // namespace facet::schema
