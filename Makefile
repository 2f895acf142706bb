# SPDX-License-Identifier: MIT
# The two commands a fresh machine needs:
#   make run    builds Facet and opens the studio on the bundled demo
#   make test   builds Facet and runs the whole test suite (unit, integration with real servers, ui)
# Both set up everything first: on hosts without Qt >= 6.5/KF6 (Debian 12) they create a cached Debian 13
# build root outside the checkout (packaging/facet-env); newer hosts build natively.
ENV := packaging/facet-env --

.PHONY: all build run test screenshot shell clean fuzz bench-data-path
all: build

build:
	$(ENV) packaging/dev.sh build

run:
	$(ENV) packaging/dev.sh run $(ARGS)

test:
	packaging/prisma-kit.sh
	$(ENV) packaging/dev.sh test $(ARGS)

# Light and dark PNGs of the main window, rendered under Xvfb (used by the README).
screenshot:
	$(ENV) packaging/dev.sh screenshot

# Runs the libFuzzer targets (schema parser, .env/prisma.config.ts readers) for SECONDS each (default 600).
fuzz:
	$(ENV) tests/fuzz/run-fuzz.sh $(or $(SECONDS),600)

# Data-path benchmark (docs/BENCHMARKS.md, issue 4): Facet vs Prisma Client 7 vs psql COPY on a throwaway
# PostgreSQL 17, in a Release build tree of its own. RUNS=n sets the rounds (default 5); takes about 5 minutes.
bench-data-path:
	packaging/prisma-kit.sh
	$(ENV) tests/bench/run-data-path-bench.sh

# Schema-language benchmark (docs/BENCHMARKS.md, issue 3): parse + resolve + validate against Prisma's wasm
# (validate + get_dmmf) on the same files, in a Release build tree of its own. ITERATIONS=n (default 20);
# takes about 7 minutes, nearly all of it in Prisma's get_dmmf on the 1,000-model schema.
.PHONY: bench-schema
bench-schema:
	packaging/prisma-kit.sh
	$(ENV) tests/bench/run-schema-bench.sh

# Grid benchmark (docs/BENCHMARKS.md, issue 5): the real GridModel on a 10-million-row PostgreSQL table and a
# 1-million-row SQLite file, next to DB Browser for SQLite on the same file. PG_ROWS/SQLITE_ROWS shrink it.
# Prisma Studio's grid requests are replayed on both tables too (when the Prisma kit installs).
.PHONY: bench-grid
bench-grid:
	packaging/prisma-kit.sh
	$(ENV) tests/bench/run-grid-bench.sh

# An interactive shell inside the build environment.
shell:
	$(ENV) packaging/dev.sh shell

# Removes the cached build tree (not the root): the next build starts from scratch but keeps ccache.
clean:
	$(ENV) bash -c 'rm -rf "$$FACET_BUILD"/* "$$FACET_BUILD"/.facet-configured'

# Panels benchmark (docs/BENCHMARKS.md, issue 6): GUI event-loop latency and RSS with the query and pool panels
# live while 5,000 statements/s run for 60 s on a throwaway PostgreSQL 17 (DURATION=s, RATE=n); about 3 minutes.
.PHONY: bench-panels
bench-panels:
	$(ENV) tests/bench/run-panels-bench.sh

# README screenshots of the query and pool panels (issue 6): the real app under Xvfb with `--workload` running
# against a throwaway PostgreSQL 17. Saves docs/screenshots/{query,pool}-panel-{light,dark}.png.
.PHONY: screenshot-panels
screenshot-panels:
	$(ENV) packaging/panel-screenshots.sh
