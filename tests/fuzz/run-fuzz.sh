#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang (FACET_FUZZ=ON, FACET_SCHEMA_ONLY=ON) and runs each for a while.
#
#   packaging/facet-env -- tests/fuzz/run-fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 60; the issue asks for 600 on the parser). TARGETs default to all
# (fuzz_schema_parser fuzz_project_files). The working corpus lives in the build tree and grows between
# runs; it is seeded from ../shared/corpus, tests/data/prisma and tests/fuzz/seeds. Findings (crash-*,
# timeout-*, oom-*) are written to $BUILD/findings/TARGET and make the script exit 1; reproduce one with
#   $BUILD/tests/fuzz/TARGET FILE   (or $BUILD/fuzz/TARGET with a custom FACET_FUZZ_SOURCE)
#
# Environment: FACET_FUZZ_BUILD (build folder), FACET_FUZZ_SOURCE (CMake source folder, default the
# checkout), FACET_SHARED (the shared folder with corpus/), FUZZ_JOBS (parallel workers per target, default 1),
# FUZZ_MAX_LEN (largest input in bytes, default 8192: small inputs run ~10x more often than whole schemas).
set -euo pipefail

seconds=${1:-60}
shift || true
targets=("$@")
(( ${#targets[@]} > 0 )) || targets=(fuzz_schema_parser fuzz_project_files)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
cmake_source=${FACET_FUZZ_SOURCE:-$src}
if [[ -n ${FACET_IN_ROOT:-} ]]; then
    build=${FACET_FUZZ_BUILD:-/facet/cache/build-fuzz}
else
    build=${FACET_FUZZ_BUILD:-${XDG_CACHE_HOME:-$HOME/.cache}/facet/build-fuzz}
fi
shared=${FACET_SHARED:-$src/../shared}
jobs=${FUZZ_JOBS:-1}
max_len=${FUZZ_MAX_LEN:-8192}

command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ not found (packages clang, libclang-rt-19-dev)" >&2; exit 2; }

cmake -S "$cmake_source" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DFACET_FUZZ=ON -DFACET_SCHEMA_ONLY=ON -DFACET_WERROR=ON >/dev/null
cmake --build "$build" --target "${targets[@]}"

status=0
for target in "${targets[@]}"; do
    binary=$(find "$build" -type f -name "$target" -perm -u+x | head -n1)
    [[ -n $binary ]] || { echo "run-fuzz.sh: $target was not built" >&2; exit 2; }
    corpus=$build/fuzz-corpus/$target
    findings=$build/findings/$target
    mkdir -p "$corpus" "$findings"
    dict=()
    case $target in
    fuzz_schema_parser)
        [[ -d $shared/corpus ]] && find "$shared/corpus" -name '*.prisma' -exec cp -n {} "$corpus/" \;
        find "$src/tests/data/prisma" "$src/resources/demo" -name '*.prisma' 2>/dev/null | while read -r f; do
            cp -n "$f" "$corpus/$(echo "$f" | sha1sum | cut -c1-12).prisma"
        done
        dict=(-dict="$here/schema.dict")
        ;;
    fuzz_project_files)
        cp -n "$here"/seeds/project/* "$corpus/"
        dict=(-dict="$here/project.dict")
        ;;
    esac
    parallel=()
    (( jobs > 1 )) && parallel=(-jobs="$jobs" -workers="$jobs") # libFuzzer then logs to fuzz-N.log
    echo "== $target: ${seconds}s, corpus $corpus"
    # -timeout: one input taking longer than 10 s is a hang.
    if ! "$binary" "$corpus" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$findings/" "${parallel[@]}" \
        2>&1 | tee "$build/$target.log" | grep -E '^(#[0-9]+ +(DONE|INITED)|stat::|==[0-9]+==ERROR|SUMMARY|Done)'; then
        :
    fi
    if compgen -G "$findings/*" >/dev/null; then
        echo "run-fuzz.sh: $target found problems:" >&2
        ls -l "$findings" >&2
        status=1
    fi
done
exit $status
