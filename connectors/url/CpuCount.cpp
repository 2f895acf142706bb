// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// Prisma sizes its pool from the physical core count (Rust num_cpus::get_physical), not from logical
// threads; Facet uses the same number so a project behaves the same in the studio as in its app.
#include "ConnectionUrl.h"

#include <QFile>
#include <QSet>

#include <thread>

namespace facet::db {

int physicalCoresFromCpuinfo(const QByteArray &cpuinfo)
{
    QSet<QByteArray> cores;
    QByteArray physicalId;
    QByteArray coreId;
    const auto flush = [&] {
        if (!physicalId.isEmpty() && !coreId.isEmpty())
            cores.insert(physicalId + '/' + coreId);
        physicalId.clear();
        coreId.clear();
    };
    for (const QByteArray &line : cpuinfo.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (line.trimmed().isEmpty()) { // blank line ends one processor's block
            flush();
            continue;
        }
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "physical id")
            physicalId = value;
        else if (key == "core id")
            coreId = value;
    }
    flush();
    return int(cores.size());
}

int physicalCpuCount()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        if (const int cores = physicalCoresFromCpuinfo(file.readAll()); cores > 0)
            return cores;
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

int defaultConnectionLimit()
{
    return physicalCpuCount() * 2 + 1;
}

} // namespace facet::db
