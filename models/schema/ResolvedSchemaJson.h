// SPDX-License-Identifier: MIT
#pragma once

#include "ResolvedSchema.h"

#include <QJsonObject>

// The resolved model as JSON, in the shape of Prisma's DMMF `datamodel` as normalised by
// ../shared/prisma-kit/schema-oracle.js (models, enums, types; same keys and value conventions), so
// `facet inspect --json` compares directly with Prisma. Facet's own values sit under a "facet" key on
// the datamodel, each model and each field (column types, table names, version guard, join tables),
// which a comparison with Prisma skips.
//
// DMMF conventions kept: @@ignore models and @ignore / Unsupported fields are left out; `primaryKey` is
// set only for @@id; `uniqueFields` / `uniqueIndexes` list @@unique only; relationOnDelete/onUpdate are
// the values as written (null when absent); BigInt defaults are strings, Decimal defaults numbers,
// DateTime defaults RFC 3339; uuid() reads as uuid(4) and cuid() as cuid(1).
namespace facet::schema {

[[nodiscard]] QJsonObject datamodelJson(const ResolvedSchema &schema);

} // namespace facet::schema
