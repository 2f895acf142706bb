# SPDX-License-Identifier: MIT
# cmake -DFACET=<exe> -DARGS="a|b" -DEXIT=<code> -DSTDERR=<regex> [-DSTDOUT=<regex>] -P expect-exit.cmake
# Runs `facet` with ARGS and checks the exit code and the output (subcommand error paths).
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${FACET} ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL EXIT)
    message(FATAL_ERROR "expected exit ${EXIT}, got ${code}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED STDERR AND NOT err MATCHES "${STDERR}")
    message(FATAL_ERROR "stderr does not match '${STDERR}':\n${err}")
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
    message(FATAL_ERROR "stdout does not match '${STDOUT}':\n${out}")
endif()
