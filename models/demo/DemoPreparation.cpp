// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "DemoPreparation.h"

#include <QPointer>

namespace facet::demo {

DemoPreparation::DemoPreparation(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
}

DemoPreparation::~DemoPreparation()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool DemoPreparation::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DemoPreparation::cancel()
{
    m_cancel = true;
}

void DemoPreparation::start(double scale)
{
    if (isRunning())
        return;
    m_cancel = false;
    QPointer<DemoPreparation> self(this);
    const QString path = m_path;
    // Everything the worker touches is captured by value; results come back through queued invocations
    // on `this`, which Qt drops if the object is gone by then.
    m_thread.reset(QThread::create([self, path, scale, cancel = &m_cancel] {
        if (DemoDatabase::isReady(path)) {
            QMetaObject::invokeMethod(self, [self, path] { Q_EMIT self->ready(path, false); }, Qt::QueuedConnection);
            return;
        }
        auto onProgress = [self](qint64 done, qint64 total, const QString &stage) {
            QMetaObject::invokeMethod(self, [self, done, total, stage] { Q_EMIT self->progress(done, total, stage); },
                                      Qt::QueuedConnection);
        };
        auto result = DemoDatabase::create(path, onProgress, cancel, scale);
        if (result) {
            QMetaObject::invokeMethod(self, [self, path] { Q_EMIT self->ready(path, true); }, Qt::QueuedConnection);
        } else {
            const QString message = result.error().message;
            QMetaObject::invokeMethod(self, [self, message] { Q_EMIT self->failed(message); }, Qt::QueuedConnection);
        }
    }));
    m_thread->start();
}

} // namespace facet::demo
