// SPDX-License-Identifier: MIT
// Scalar fields against the connector (prisma-engines builtin_connectors validate_scalar_field):
// scalar lists only on PostgreSQL, CockroachDB and MongoDB; Json only where the database has it.
#include "validate/ValidationContext.h"

namespace facet::schema::validate::fields {

void scalarFieldConnectorSpecific(const ResolvedModel &model, const ResolvedField &field, Context &ctx)
{
    if (field.isList() && (field.kind == FieldKind::Scalar || field.kind == FieldKind::Enum) && !ctx.connector.scalarLists)
        ctx.error(catalog::scalarListNotSupported(containerName(model), model.name, field.name, field.span));
    if (field.kind == FieldKind::Scalar && field.scalarType == ScalarType::Json && !ctx.connector.json)
        ctx.error(catalog::jsonNotSupported(containerName(model), model.name, field.name, field.span));
}

} // namespace facet::schema::validate::fields
