// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/RelationSearch.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace facet::ui {

/// Picks a related record by searching the related model's display field. Each keystroke (debounced)
/// runs the search through the RelationSearch callback, which answers with a future; only the newest
/// answer is shown, so results never arrive out of order, and the dialog never waits on the database.
/// Up/Down move in the results while typing; Enter picks.
class RelationPickerDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int ResultLimit = 50;

    RelationPickerDialog(cellinput::RelationSearch search, cellinput::RelationTarget target,
                         QWidget *parent = nullptr);

    /// The picked record once accepted.
    [[nodiscard]] const std::optional<cellinput::RelationCandidate> &chosen() const { return m_chosen; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QListWidget *results() const { return m_results; }
    /// "Searching…", "3 records", "no Author has 'x' in name", or the database error.
    [[nodiscard]] QString status() const;

    void accept() override;

Q_SIGNALS:
    /// The results for the current text are shown.
    void resultsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void showResults(quint64 generation, const QString &text, const db::Result<QList<cellinput::RelationCandidate>> &result);

    cellinput::RelationSearch m_searchFn;
    cellinput::RelationTarget m_target;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QTimer *m_debounce;
    quint64 m_generation = 0;
    QList<cellinput::RelationCandidate> m_candidates;
    std::optional<cellinput::RelationCandidate> m_chosen;
};

} // namespace facet::ui
