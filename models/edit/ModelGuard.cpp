// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "edit/ModelGuard.h"

using namespace Qt::StringLiterals;

namespace facet::edit {

QString ModelGuard::describe() const
{
    switch (kind) {
    case Kind::Version: return u"version field `%1` (incremented on save)"_s.arg(field);
    case Kind::UpdatedAt: return u"@updatedAt field `%1` (set to now on save)"_s.arg(field);
    case Kind::Xmin: return u"PostgreSQL xmin"_s;
    case Kind::OriginalValues: return u"original values of the changed columns"_s;
    }
    return {};
}

QString ModelGuard::kindName() const
{
    switch (kind) {
    case Kind::Version: return u"version"_s;
    case Kind::UpdatedAt: return u"updatedAt"_s;
    case Kind::Xmin: return u"xmin"_s;
    case Kind::OriginalValues: return u"originalValues"_s;
    }
    return {};
}

ModelGuard guardFor(const schema::ResolvedModel &model, db::Provider provider)
{
    ModelGuard guard;
    if (const schema::ResolvedField *field = model.versionField()) {
        guard.kind = model.versionGuard == schema::ResolvedModel::VersionGuard::VersionField ? ModelGuard::Kind::Version
                                                                                             : ModelGuard::Kind::UpdatedAt;
        guard.field = field->name;
        guard.column = field->columnName;
        return guard;
    }
    guard.kind = provider == db::Provider::PostgreSQL ? ModelGuard::Kind::Xmin : ModelGuard::Kind::OriginalValues;
    return guard;
}

bool readsXmin(const schema::ResolvedModel &model, db::Provider provider)
{
    return !model.isView() && !model.isIgnored && model.primaryKey
           && guardFor(model, provider).kind == ModelGuard::Kind::Xmin;
}

} // namespace facet::edit
