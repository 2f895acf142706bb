// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"

#include <QColor>
#include <QIdentityProxyModel>

class QAbstractItemModel;
class QChart;
class QTableView;
class QWidget;
class QValueAxis;

namespace facet::ui {

/// One colour per statement origin, readable on the light and the dark palette (the chart and the log use it).
[[nodiscard]] QColor originColor(db::QueryOrigin origin);
/// Slow rows, failed rows, leak rows and the studio's own server sessions, for the current palette.
[[nodiscard]] QColor slowColor();
[[nodiscard]] QColor failedColor();
[[nodiscard]] QColor oursColor();

/// Sets a count axis to 0…niceCeiling(highest) with whole-number ticks; a no-op when the range is unchanged (an
/// axis change lays the chart out again).
void setCountRange(QValueAxis *axis, double highest);

/// Applies the light or dark chart theme matching the palette, keeping the panel's background.
void styleChart(QChart *chart);

/// A panel table: whole-row selection, alternating rows, uniform row heights (no per-row measuring, so
/// thousands of rows stay cheap), no row numbers, the last column stretched.
[[nodiscard]] QTableView *makeMonitorTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

/// Colours the rows of the monitor models by their flag roles (the models are Qt Core only and carry no
/// colours): slow or leak rows get a warm tint, failed rows red text, own sessions an accent.
class FlagStyler final : public QIdentityProxyModel {
    Q_OBJECT
public:
    /// `warnRole`: a bool role that tints the row; `errorRole`: a bool role that colours the text red
    /// (0: none); `accentRole`: a bool role that marks the row with the accent (0: none).
    FlagStyler(int warnRole, int errorRole, int accentRole, QObject *parent = nullptr);
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_warnRole;
    int m_errorRole;
    int m_accentRole;
};

} // namespace facet::ui
