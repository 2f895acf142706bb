// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "bus/EventBus.h"
#include "bus/QueryEvent.h"

namespace facet::db {

/// Every statement the studio runs, from every origin: InstrumentedConnection publishes here, the query panel
/// and the metrics feed subscribe. See EventBus for the costs and guarantees.
using QueryBus = EventBus<QueryEvent>;
using QueryBusSubscription = EventSubscription<QueryEvent>;

} // namespace facet::db
