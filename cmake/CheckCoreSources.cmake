# SPDX-License-Identifier: MIT
# Fails when a source of facet_schema or facet_connectors includes Qt Gui/Widgets, or a dialog class.
# Run as: cmake -DSOURCE_DIR=<checkout> -P CheckCoreSources.cmake
file(GLOB_RECURSE core_sources
    ${SOURCE_DIR}/models/schema/*.h ${SOURCE_DIR}/models/schema/*.cpp
    ${SOURCE_DIR}/connectors/*.h ${SOURCE_DIR}/connectors/*.cpp)
if(NOT core_sources)
    message(FATAL_ERROR "no core sources found under ${SOURCE_DIR}")
endif()
set(violations "")
foreach(source IN LISTS core_sources)
    file(STRINGS ${source} lines REGEX "#[ \t]*include[ \t]*<(QtGui|QtWidgets|QWidget|QMessageBox|QDialog|QInputDialog|QProgressDialog|QColor|QFont|QPixmap|QImage|QIcon|QApplication|QGuiApplication)")
    foreach(line IN LISTS lines)
        list(APPEND violations "${source}: ${line}")
    endforeach()
endforeach()
if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "core layers must not use Qt Gui/Widgets:\n  ${text}")
endif()
list(LENGTH core_sources n)
message(STATUS "checked ${n} core sources: no Gui/Widgets includes")
