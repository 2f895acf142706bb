// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "core/Connection.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace facet::ui {

/// A read-only SQL view highlighted with KSyntaxHighlighting in the provider's dialect (PostgreSQL, MySQL,
/// SQLite's plain SQL), following the light or dark palette.
class SqlView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SqlView(QWidget *parent = nullptr);

    void setSql(const QString &sql, db::Provider provider);
    [[nodiscard]] QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    db::Provider m_provider = db::Provider::PostgreSQL;
};

} // namespace facet::ui
