// SPDX-License-Identifier: MIT
// parallelFor (ParallelFor.h) when the process cannot start a thread: every item still runs, on the calling
// thread, and nothing throws (ValidatedSchema's destructor frees large schemas through it).
#include "ParallelFor.h"

#include <QFile>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

using namespace facet::schema;

namespace {

// The process's address space in bytes now (/proc/self/statm: size in pages).
rlim_t addressSpaceInUse()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return rlim_t(statm.readAll().split(' ').value(0).toULongLong()) * rlim_t(sysconf(_SC_PAGESIZE));
}

// Caps the address space a little above what is in use, so that a new thread's stack (8 MB by default) cannot
// be mapped while small allocations still can; restores the limit when it goes out of scope.
class AddressSpaceCap
{
public:
    AddressSpaceCap()
    {
        getrlimit(RLIMIT_AS, &m_old);
        const rlimit capped{addressSpaceInUse() + 4 * 1024 * 1024, m_old.rlim_max};
        setrlimit(RLIMIT_AS, &capped);
    }
    ~AddressSpaceCap() { setrlimit(RLIMIT_AS, &m_old); }

private:
    rlimit m_old{};
};

bool threadStarts()
{
    try {
        std::thread([] {}).join();
        return true;
    } catch (const std::system_error &) {
        return false;
    }
}

} // namespace

class TstParallelFor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First in this process: glibc keeps the stacks of finished threads for reuse, and a reused stack needs no
    // new mapping, so the cap only bites before any thread has run.
    void everyItemRunsWhenNoThreadCanStart()
    {
        std::vector<int> done(100, 0);
        bool threadsFailed = false;
        bool threw = false;
        {
            const AddressSpaceCap cap;
            threadsFailed = !threadStarts();
            try {
                parallelFor(done.size(), 4, [&](size_t i) { ++done[i]; });
            } catch (...) {
                threw = true;
            }
        }
        if (!threadsFailed)
            QSKIP("threads still start under the address-space cap on this system");
        QVERIFY(!threw);
        QCOMPARE(std::ranges::count(done, 1), 100);
    }

    void everyItemRunsOnceWithThreads()
    {
        std::vector<int> done(1000, 0);
        parallelFor(done.size(), 4, [&](size_t i) { ++done[i]; });
        QCOMPARE(std::ranges::count(done, 1), 1000);
    }
};

QTEST_GUILESS_MAIN(TstParallelFor)
#include "tst_parallel_for.moc"
