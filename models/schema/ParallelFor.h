// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace facet::schema {

// Runs work(0) … work(count - 1) on up to `threads` threads, the calling one included, each thread
// taking the next index left; returns when all are done. The work items must be independent (each
// writes only its own output); callers join the outputs in index order afterwards, so the result does not
// depend on which thread ran what. The first exception thrown by an item is rethrown here.
//
// Plain std::thread rather than a shared pool: the callers run a few times per schema, a thread start is
// tens of microseconds against milliseconds of work, and a pool shared with the studio's own jobs could
// leave this call waiting behind them (or for itself, when it already runs on a pool thread).
template <typename Work>
void parallelFor(size_t count, int threads, Work &&work)
{
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    auto run = [&] {
        try {
            for (size_t i = next++; i < count && !failed; i = next++)
                work(i);
        } catch (...) {
            // Only the first failure is kept; the other threads stop taking items and it is rethrown below.
            if (!failed.exchange(true))
                failure = std::current_exception();
        }
    };
    const size_t helperCount = std::min(size_t(std::max(threads, 1)), count) - (count > 0 ? 1 : 0);
    std::vector<std::thread> helpers;
    helpers.reserve(helperCount);
    for (size_t i = 0; i < helperCount; ++i) {
        // A process out of threads (std::system_error) gets fewer helpers, down to none: the items are shared
        // by whoever runs, the calling thread at least. Rethrowing here would leave the helpers already
        // started unjoined (std::terminate), and ValidatedSchema's destructor frees through this.
        try {
            helpers.emplace_back(run);
        } catch (const std::system_error &) {
            break;
        }
    }
    run();
    for (std::thread &helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

// Splitting `count` items into groups of consecutive items for parallelFor: how many groups, so that each
// has at least `minPerGroup` items and each thread gets a few (one slow group then does not leave the other
// threads idle). One group (few items, or one thread) runs inline: a thread would cost more than it saves.
inline size_t groupCount(size_t count, int threads, size_t minPerGroup)
{
    constexpr size_t groupsPerThread = 4;
    if (threads <= 1)
        return 1;
    return std::max<size_t>(1, std::min(count / std::max<size_t>(minPerGroup, 1), size_t(threads) * groupsPerThread));
}

// The items [begin, end) of group `group` of `groups` (every item in exactly one group, in order).
struct GroupRange {
    size_t begin;
    size_t end;
};
inline GroupRange groupRange(size_t count, size_t groups, size_t group)
{
    return {count * group / groups, count * (group + 1) / groups};
}

// Runs work(group, begin, end) for each of `groups` consecutive ranges of [0, count): on threads when there
// are two groups or more, else inline on the calling thread.
template <typename Work>
void forEachGroup(size_t count, size_t groups, int threads, Work &&work)
{
    if (groups < 2) {
        work(size_t(0), size_t(0), count);
        return;
    }
    parallelFor(groups, threads, [&](size_t group) {
        const GroupRange range = groupRange(count, groups, group);
        work(group, range.begin, range.end);
    });
}

} // namespace facet::schema
