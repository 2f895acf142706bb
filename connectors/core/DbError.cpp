// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "DbError.h"

using namespace Qt::StringLiterals;

namespace facet::db {

QString DbError::summary() const
{
    QString codes;
    if (!prismaCode.isEmpty())
        codes = prismaCode;
    if (!sqlState.isEmpty())
        codes += codes.isEmpty() ? sqlState : u" ("_s + sqlState + u')';
    else if (nativeCode != 0)
        codes += codes.isEmpty() ? QString::number(nativeCode) : u" ("_s + QString::number(nativeCode) + u')';
    QString text = codes.isEmpty() ? message : codes + u": "_s + message;
    if (!detail.isEmpty())
        text += u" — "_s + detail;
    return text;
}

} // namespace facet::db
