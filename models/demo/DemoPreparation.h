// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include "DemoDatabase.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace facet::demo {

/// Makes sure the demo database exists, creating and seeding it on a worker thread when it does not.
/// Lives on the GUI thread; its signals are always delivered there (queued from the worker).
class DemoPreparation final : public QObject {
    Q_OBJECT
public:
    explicit DemoPreparation(QString databasePath, QObject *parent = nullptr);
    ~DemoPreparation() override;

    /// Starts the work. Emits ready() at once (still queued) when the database is already complete.
    void start(double scale = 1.0);

    /// Asks the worker to stop; failed() follows with a "cancelled" message and no file is left behind.
    void cancel();

    [[nodiscard]] QString databasePath() const { return m_path; }
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &stage);
    void ready(const QString &databasePath, bool created);
    void failed(const QString &message);

private:
    QString m_path;
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace facet::demo
