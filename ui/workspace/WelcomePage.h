// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace facet::ui {

/// What the first tab says about the open project.
struct ProjectSummary {
    QString title;          ///< e.g. "Demo project"
    QString schemaPath;
    QString provider;       ///< "sqlite", "postgresql", "mysql"
    QString database;       ///< display form of the connection (never with a password)
    int models = 0;
    int enums = 0;
    int views = 0;
    QStringList problems;   ///< schema diagnostics, already rendered
};

/// The first tab: the project at a glance, and the progress of work that must finish before data shows
/// (creating the demo database). Until the grid arrives, it tells the user how to open a model.
class WelcomePage final : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setSummary(const ProjectSummary &summary);
    void showProgress(const QString &what, qint64 done, qint64 total);
    void hideProgress();
    void showStatus(const QString &text);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_problems;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace facet::ui
