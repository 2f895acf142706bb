// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "cellinput/CellInput.h"
#include "cellinput/RelationSearch.h"

#include <QFrame>

class QBoxLayout;
class QLabel;
class QKeyEvent;
class QToolButton;

namespace facet::ui {

/// The frame every type-aware editor shares: the kind's input on top, a "Set NULL" toggle beside it
/// (nullable columns), and the refusal message under it.
///
/// value() is the exact db::Value to store, or the InputError that blocks the commit. Keys, whatever child
/// has focus: Enter commits (Ctrl+Enter in multi-line inputs, where Enter is a line break), Esc cancels,
/// Ctrl+Shift+N toggles NULL. A commit with invalid input does not happen: the message stays and names the
/// problem. NULL is a state of its own, never an empty text.
class CellEditor : public QFrame {
    Q_OBJECT

public:
    explicit CellEditor(cellinput::CellColumn column, QWidget *parent = nullptr);

    [[nodiscard]] const cellinput::CellColumn &column() const { return m_column; }

    /// Shows `value`; a Null value turns on the NULL state.
    void setValue(const db::Value &value);
    /// What the editor holds now: NULL, the parsed input, or why the input cannot be stored.
    [[nodiscard]] cellinput::InputResult<db::Value> value() const;

    [[nodiscard]] bool isNull() const { return m_null; }
    /// Turns the NULL state on or off (off on a non-nullable column is the only choice).
    void setNull(bool null);

    /// The message shown under the input ("" when the input is valid).
    [[nodiscard]] QString message() const;

    /// Validates and, when the value is good, emits commitRequested. Returns whether it did.
    bool tryCommit();

    /// Offers the relation picker (a "…" button and Ctrl+Space) for a foreign-key column: the picked
    /// record's key becomes the value.
    void setRelationPicker(cellinput::RelationSearch search, cellinput::RelationTarget target);

Q_SIGNALS:
    void commitRequested();
    void cancelRequested();
    /// Tab / Shift+Tab with valid input: commit and move to the next (previous) cell.
    void moveRequested(bool backward);
    /// The value or its validity changed (typing, NULL toggled, a file loaded).
    void edited();

protected:
    /// Puts the kind's input widget in place. Multi-line inputs keep Enter for line breaks.
    void setInput(QWidget *input, bool multiLine);
    /// Adds a small action button beside the input (load, save, now, JSON null, ...).
    QToolButton *addSideButton(const QString &text, const QString &toolTip);
    /// Adds any widget beside the input, before the NULL toggle (a zone picker, a format picker).
    void addSideWidget(QWidget *widget);

    /// Shows a non-null value in the input.
    virtual void loadValue(const db::Value &value) = 0;
    /// Reads the input (only called when not NULL).
    [[nodiscard]] virtual cellinput::InputResult<db::Value> readValue() const = 0;
    /// How the input shows the NULL state; the default disables it and shows a NULL placeholder.
    virtual void showNull(bool null);
    /// After a refused commit: put the text cursor where the fault is (InputError::position).
    virtual void showFault(qsizetype position) { Q_UNUSED(position); }

    /// Subclasses call this whenever their input changes.
    void inputChanged();

    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    /// The input widget (for focus and showNull overrides).
    [[nodiscard]] QWidget *input() const { return m_input; }

private:
    void watchKeys(QWidget *widget);
    /// Enter/Ctrl+Enter, Esc, Ctrl+Shift+N, Ctrl+Space; true when the key was one of them.
    bool handleKey(const QKeyEvent *key);
    void refreshMessage();
    void pickRelation();

    cellinput::CellColumn m_column;
    QWidget *m_input = nullptr;
    bool m_multiLine = false;
    bool m_null = false;
    QBoxLayout *m_row = nullptr;
    QToolButton *m_nullButton = nullptr;
    QLabel *m_nullBadge = nullptr;
    QLabel *m_message = nullptr;
    cellinput::RelationSearch m_relationSearch;
    cellinput::RelationTarget m_relationTarget;
};

} // namespace facet::ui
