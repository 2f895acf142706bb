# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Facet developers
#
# Helpers that give every Facet target the same compile settings without directory-wide commands.
# Layers link per target only (see docs/ARCHITECTURE.md).

# Settings shared by every Facet target: warnings, warnings-as-errors in CI, and Qt's stricter modes.
function(facet_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(FACET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_KEYWORDS                 # Q_SIGNALS/Q_SLOTS/Q_EMIT only
        QT_NO_CONTEXTLESS_CONNECT      # every connect names a context object
        QT_NO_CAST_FROM_ASCII          # no silent Latin-1/UTF-8 guesses
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS)
endfunction()

# facet_add_library(name SOURCES ... PUBLIC_LINKS ... PRIVATE_LINKS ...)
function(facet_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    facet_target_defaults(${name})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()

# facet_add_test(name SOURCES ... LINKS ... LABEL unit|integration|ui [FIXTURES ...])
# One executable per unit under test; it links the library under test instead of recompiling its sources.
# ui tests run on Qt's offscreen platform; integration tests require the fixture that starts real servers.
function(facet_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LINKS;FIXTURES" ${ARGN})
    if(NOT ARG_LABEL MATCHES "^(unit|integration|ui|conformance)$")
        message(FATAL_ERROR "facet_add_test(${name}): LABEL must be unit, integration or ui")
    endif()
    add_executable(${name} ${ARG_SOURCES})
    facet_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINKS})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "FACET_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
            "FACET_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "FACET_TEST_SERVERS=${FACET_TEST_SERVERS_FILE}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS ${ARG_LABEL} ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
