// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "browse/SchemaEntries.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace facet::ui {

class CodeView;

/// The schema as written: each file highlighted with Facet's Prisma definition, and the diagnostics of a
/// broken schema listed beside it. Activating a diagnostic shows its file and puts the cursor on its line
/// and column. Read-only: the schema belongs to the user's editor and version control.
class SchemaView final : public QWidget {
    Q_OBJECT
public:
    explicit SchemaView(QWidget *parent = nullptr);

    void setOutline(const models::SchemaOutline &outline);
    /// Shows `file` (a path as the outline names it) with the cursor at a 1-based line and column.
    bool showLocation(const QString &file, int line, int column);
    /// Re-picks the highlighting theme after a colour-scheme change.
    void refreshTheme();

    [[nodiscard]] CodeView *editor() const { return m_editor; }
    [[nodiscard]] QListWidget *diagnosticsList() const { return m_diagnostics; }
    [[nodiscard]] QString currentFile() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFile(int index);

    QList<models::SchemaFileText> m_files;
    QList<models::SchemaProblem> m_problems;
    QComboBox *m_fileChooser;
    CodeView *m_editor;
    QListWidget *m_diagnostics;
    QLabel *m_summary;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace facet::ui
