# SPDX-License-Identifier: MIT
# `facet` without a display must exit 2 with exactly one line that names xvfb-run, not Qt's plugin error.
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
execute_process(COMMAND ${FACET} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 30)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "expected exit code 2 without a display, got '${rc}'\nstdout: ${out}\nstderr: ${err}")
endif()
string(STRIP "${err}" err)
string(FIND "${err}" "\n" newline)
if(NOT newline EQUAL -1 OR NOT err MATCHES "no display found.*xvfb-run" OR err MATCHES "platform plugin")
    message(FATAL_ERROR "expected one clear line naming xvfb-run, got:\n${err}")
endif()
