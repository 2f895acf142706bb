// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "editors/CellEditor.h"

namespace facet::ui {

/// The editor for a column's kind: lists → ListCellEditor; Json, Bytes, Boolean, enums, DateTime → their
/// own editors; String → multi-line text (uuid → one line); numbers → one line.
[[nodiscard]] CellEditor *createCellEditor(const cellinput::CellColumn &column, QWidget *parent = nullptr);

} // namespace facet::ui
