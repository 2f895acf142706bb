// SPDX-License-Identifier: MIT
#pragma once

#include "Diagnostic.h"
#include "ParsedSchema.h"
#include "ResolvedSchema.h"
#include "validate/PassOrder.h"

// Prisma's validation pipeline (psl-core/src/validate): the checks that run after resolution.
namespace facet::schema::validate {

// Appends every validation diagnostic for a resolved schema and puts the errors of the resolve passes
// (`stages`) into Prisma's order. Called once by validateSchema(). The per-model checks of large schemas run
// on up to `threads` threads; the diagnostics and their order do not depend on it.
void runValidations(const ResolvedSchema &resolved, const ParsedSchema &parsed, Diagnostics &diagnostics,
                    const ResolveStages &stages, int threads = 1);

} // namespace facet::schema::validate
