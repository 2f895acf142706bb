# SPDX-License-Identifier: MIT
# A wrong option or value is one clear line and exit code 2, before any window is attempted.
foreach(args "--theme;purple" "--no-such-option" "--demo-scale;-3")
    execute_process(COMMAND ${FACET} ${args} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
    if(NOT rc EQUAL 2)
        message(FATAL_ERROR "facet ${args}: expected exit code 2, got '${rc}'\n${err}")
    endif()
    if(NOT err MATCHES "^facet: ")
        message(FATAL_ERROR "facet ${args}: expected a 'facet: ...' message, got:\n${err}")
    endif()
endforeach()
