// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"

// Prisma's validation pipeline (psl-core/src/validate): the checks that run after resolution.
namespace facet::schema::validate {

// Appends every validation diagnostic for a resolved schema. Called once by validateSchema().
void runValidations(const ResolvedSchema &resolved, const ParsedSchema &parsed, Diagnostics &diagnostics);

} // namespace facet::schema::validate
