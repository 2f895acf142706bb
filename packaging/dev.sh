#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# The build steps behind `make`. Runs inside the build environment (packaging/facet-env), where FACET_SRC
# and FACET_BUILD name the checkout and the build tree.
#
#   packaging/dev.sh build                 configure (once) and build
#   packaging/dev.sh test [ctest args]     build, then run the whole suite through CTest
#   packaging/dev.sh run [facet args]      build, then open the studio
#   packaging/dev.sh screenshot DIR        build, then save light and dark PNGs of the main window under Xvfb
set -euo pipefail

src=${FACET_SRC:?run this through packaging/facet-env}
werror=OFF
[[ ${CI:-} == true || ${CI:-} == 1 ]] && werror=ON
# CI (warnings are errors) and developer builds keep separate trees, so switching between them never
# reconfigures and rebuilds one tree back and forth.
build=${FACET_BUILD:?run this through packaging/facet-env}/$([[ $werror == ON ]] && echo ci || echo dev)

configure() {
    # Reconfigure when the tree was configured from another checkout path or with other options.
    local stamp="$build/.facet-configured"
    local want="$src werror=$werror"
    mkdir -p "$build"
    if [[ ! -f $build/build.ninja || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
        cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACET_WERROR="$werror" >&2
        echo "$want" >"$stamp"
    fi
}

build() {
    configure
    cmake --build "$build" --parallel "$(nproc)"
}

no_display_hint() {
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        echo "facet: no display found (DISPLAY and WAYLAND_DISPLAY are unset): run 'make run' from a desktop session, or 'make screenshot' to render the window to PNG files under Xvfb" >&2
        exit 2
    fi
}

cmd=${1:-build}
shift || true
case $cmd in
build)
    build
    ;;
test)
    build
    if command -v ccache >/dev/null; then ccache --show-stats --verbose 2>/dev/null | grep -E 'Hits|Misses' | head -n 3 >&2 || true; fi
    cd "$build"
    exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
run)
    no_display_hint
    build
    exec "$build/app/facet" "$@"
    ;;
screenshot)
    out=${1:-$src/docs/screenshots}
    build
    mkdir -p "$out"
    for scheme in light dark; do
        xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
            "$build/app/facet" --theme "$scheme" --screenshot "$out/main-window-$scheme.png"
    done
    xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
        "$build/app/facet" --theme light --open Account --screenshot "$out/model-tab-light.png"
    for scheme in light dark; do
        xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
            "$build/app/facet" --theme "$scheme" --open Transfer --screenshot "$out/grid-$scheme.png"
    done
    xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
        "$build/app/facet" --theme dark --schema "$src/docs/examples/broken-shop/schema.prisma" --show-schema \
        --screenshot "$out/schema-tab-dark.png"
    ;;
shell)
    exec bash -i
    ;;
*)
    echo "usage: packaging/dev.sh build|test|run|screenshot|shell" >&2
    exit 2
    ;;
esac
