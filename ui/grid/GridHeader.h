// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QHeaderView>

namespace facet::ui {

/// The grid's column header: the Prisma field name on the first line, its type with `?`/`[]`, the id/unique
/// marker and the database type on a second, smaller line (from GridModel's header roles).
class GridHeader final : public QHeaderView {
    Q_OBJECT
public:
    explicit GridHeader(QWidget *parent = nullptr);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    [[nodiscard]] QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    [[nodiscard]] QString detailText(int logicalIndex) const;
    [[nodiscard]] QFont detailFont() const;
};

} // namespace facet::ui
