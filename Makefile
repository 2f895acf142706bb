# SPDX-License-Identifier: MIT
# The two commands a fresh machine needs:
#   make run    builds Facet and opens the studio on the bundled demo
#   make test   builds Facet and runs the whole test suite (unit, integration with real servers, ui)
# Both set up everything first: on hosts without Qt >= 6.5/KF6 (Debian 12) they create a cached Debian 13
# build root outside the checkout (packaging/facet-env); newer hosts build natively.
ENV := packaging/facet-env --

.PHONY: all build run test screenshot shell clean fuzz
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

# An interactive shell inside the build environment.
shell:
	$(ENV) packaging/dev.sh shell

# Removes the cached build tree (not the root): the next build starts from scratch but keeps ccache.
clean:
	$(ENV) bash -c 'rm -rf "$$FACET_BUILD"/* "$$FACET_BUILD"/.facet-configured'
