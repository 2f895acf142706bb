// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The query bus: bounded rings per subscriber, overflow dropping the oldest, publishers on many threads,
// the throttled Qt notifier, parameter masking, and the cost of publishing with and without listeners.
#include "bus/BusNotifier.h"
#include "bus/QueryBus.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace facet::db;

namespace {

QueryEvent makeEvent(quint64 id)
{
    QueryEvent e;
    e.id = id;
    e.sql = u"SELECT 1"_s;
    return e;
}

} // namespace

class TestQueryBus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSubscriberMeansNoDelivery();
    void drainsInOrderAndInBatches();
    void overflowDropsTheOldestAndCounts();
    void everySubscriberGetsItsOwnRing();
    void droppingTheSubscriptionUnsubscribes();
    void manyPublisherThreadsLoseNothingWithinCapacity();
    void concurrentDrainWhilePublishing();
    void waitForEventsWakesAConsumerThread();
    void notifierSignalsOncePerBurst();
    void notifierIsThrottled();
    void notifierReportsEventsThatArrivedBeforeIt();
    void maskPolicies();
    void paramsTextLooksLikePrismas();
    void publishCost();
};

void TestQueryBus::noSubscriberMeansNoDelivery()
{
    auto bus = QueryBus::create();
    QVERIFY(!bus->hasSubscribers());
    bus->publish(makeEvent(1));
    QCOMPARE(bus->publishedCount(), 0u);
}

void TestQueryBus::drainsInOrderAndInBatches()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(100);
    QVERIFY(bus->hasSubscribers());
    for (quint64 i = 1; i <= 10; ++i)
        bus->publish(makeEvent(i));
    QCOMPARE(sub->pending(), 10);
    const QList<QueryEvent> first = sub->drain(4);
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.front().id, 1u);
    QCOMPARE(first.back().id, 4u);
    const QList<QueryEvent> rest = sub->drain();
    QCOMPARE(rest.size(), 6);
    QCOMPARE(rest.front().id, 5u);
    QCOMPARE(rest.back().id, 10u);
    QVERIFY(sub->drain().isEmpty());
    QCOMPARE(sub->droppedTotal(), 0u);
}

void TestQueryBus::overflowDropsTheOldestAndCounts()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(5);
    for (quint64 i = 1; i <= 12; ++i)
        bus->publish(makeEvent(i));
    QCOMPARE(sub->pending(), 5);
    QCOMPARE(sub->droppedTotal(), 7u);
    QCOMPARE(sub->takeDropped(), 7u);
    QCOMPARE(sub->takeDropped(), 0u); // reset by take
    const QList<QueryEvent> kept = sub->drain();
    QCOMPARE(kept.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(kept[i].id, quint64(8 + i)); // the newest survive, in order
    QCOMPARE(sub->droppedTotal(), 7u);
}

void TestQueryBus::everySubscriberGetsItsOwnRing()
{
    auto bus = QueryBus::create();
    auto small = bus->subscribe(2);
    auto large = bus->subscribe(100);
    QCOMPARE(bus->subscriberCount(), 2);
    for (quint64 i = 1; i <= 10; ++i)
        bus->publish(makeEvent(i));
    QCOMPARE(small->drain().size(), 2);
    QCOMPARE(small->droppedTotal(), 8u);
    QCOMPARE(large->drain().size(), 10);
    QCOMPARE(large->droppedTotal(), 0u); // a slow subscriber never costs another one events
}

void TestQueryBus::droppingTheSubscriptionUnsubscribes()
{
    auto bus = QueryBus::create();
    {
        auto sub = bus->subscribe(10);
        QCOMPARE(bus->subscriberCount(), 1);
    }
    QCOMPARE(bus->subscriberCount(), 0);
    QVERIFY(!bus->hasSubscribers());
    // A subscription outliving its bus stays usable.
    auto sub = bus->subscribe(10);
    bus->publish(makeEvent(1));
    bus.reset();
    QCOMPARE(sub->drain().size(), 1);
}

void TestQueryBus::manyPublisherThreadsLoseNothingWithinCapacity()
{
    constexpr int threads = 8;
    constexpr int perThread = 5000;
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(threads * perThread);
    std::vector<std::thread> publishers;
    for (int t = 0; t < threads; ++t) {
        publishers.emplace_back([&bus, t] {
            for (int i = 0; i < perThread; ++i) {
                QueryEvent e;
                e.id = bus->nextId();
                e.connectionId = quint64(t);
                e.rows = i;
                bus->publish(e);
            }
        });
    }
    for (std::thread &p : publishers)
        p.join();
    const QList<QueryEvent> all = sub->drain();
    QCOMPARE(all.size(), threads * perThread);
    QCOMPARE(sub->droppedTotal(), 0u);
    // Per publisher, events arrive in the order it published them; ids are unique.
    std::vector<qint64> lastRow(threads, -1);
    QSet<quint64> ids;
    for (const QueryEvent &e : all) {
        QVERIFY(e.rows > lastRow[e.connectionId]);
        lastRow[e.connectionId] = e.rows;
        ids.insert(e.id);
    }
    QCOMPARE(ids.size(), threads * perThread);
}

void TestQueryBus::concurrentDrainWhilePublishing()
{
    constexpr int threads = 4;
    constexpr int perThread = 20000;
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(256); // small: forces overflow under load
    std::atomic<bool> done{false};
    qint64 received = 0;
    std::thread consumer([&] {
        while (!done.load() || sub->pending() > 0) {
            received += sub->drain(64).size();
            std::this_thread::yield();
        }
    });
    std::vector<std::thread> publishers;
    for (int t = 0; t < threads; ++t)
        publishers.emplace_back([&] {
            for (int i = 0; i < perThread; ++i)
                bus->publish(makeEvent(quint64(i)));
        });
    for (std::thread &p : publishers)
        p.join();
    done = true;
    consumer.join();
    // Every event is either received or counted as dropped: nothing vanishes silently.
    QCOMPARE(quint64(received) + sub->droppedTotal(), quint64(threads * perThread));
}

void TestQueryBus::waitForEventsWakesAConsumerThread()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(10);
    QVERIFY(!sub->waitForEvents(std::chrono::milliseconds(10)));
    std::thread publisher([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        bus->publish(makeEvent(1));
    });
    QVERIFY(sub->waitForEvents(std::chrono::seconds(5)));
    publisher.join();
    QCOMPARE(sub->drain().size(), 1);
}

void TestQueryBus::notifierSignalsOncePerBurst()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(10000);
    BusNotifier notifier(sub, nullptr, 30);
    QSignalSpy spy(&notifier, &BusNotifier::eventsAvailable);
    std::thread publisher([&] {
        for (int i = 0; i < 5000; ++i)
            bus->publish(makeEvent(quint64(i)));
    });
    publisher.join();
    QVERIFY(spy.wait(1000));
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1); // one wakeup for the whole burst, not 5000
    QCOMPARE(sub->drain().size(), 5000);
    bus->publish(makeEvent(1)); // drained: the next event signals again
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 2);
}

void TestQueryBus::notifierIsThrottled()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(100000);
    BusNotifier notifier(sub, nullptr, 30);
    int signals = 0;
    connect(&notifier, &BusNotifier::eventsAvailable, this, [&] {
        ++signals;
        (void)sub->drain();
    });
    std::atomic<bool> stop{false};
    std::thread publisher([&] {
        while (!stop.load()) {
            bus->publish(makeEvent(1));
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    });
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 500)
        QTest::qWait(5);
    stop = true;
    publisher.join();
    const double seconds = double(clock.elapsed()) / 1000.0;
    // About 30 a second under a constant stream, never one per event (~thousands here).
    QVERIFY2(signals <= int(30 * seconds) + 3, qPrintable(QString::number(signals)));
    QVERIFY2(signals >= 1, qPrintable(QString::number(signals))); // it does signal under a constant stream
}

void TestQueryBus::notifierReportsEventsThatArrivedBeforeIt()
{
    auto bus = QueryBus::create();
    auto sub = bus->subscribe(10);
    bus->publish(makeEvent(1));
    BusNotifier notifier(sub, nullptr);
    QSignalSpy spy(&notifier, &BusNotifier::eventsAvailable);
    QVERIFY(spy.wait(1000));
}

void TestQueryBus::maskPolicies()
{
    const Value secret = Value::fromString(u"hunter2"_s);
    const Value amount = Value::fromBigInt(-9223372036854775807LL - 1);
    QCOMPARE(renderParameter(secret, MaskPolicy::None), u"\"hunter2\""_s);
    QCOMPARE(renderParameter(secret, MaskPolicy::Secrets), u"<String (7 chars)>"_s);
    QCOMPARE(renderParameter(secret, MaskPolicy::All), u"<String>"_s);
    QCOMPARE(renderParameter(amount, MaskPolicy::None), u"-9223372036854775808"_s);
    QCOMPARE(renderParameter(amount, MaskPolicy::Secrets), u"-9223372036854775808"_s);
    QCOMPARE(renderParameter(amount, MaskPolicy::All), u"<BigInt>"_s);
    QCOMPARE(renderParameter(Value::fromInt(-42), MaskPolicy::Secrets), u"-42"_s);
    QCOMPARE(renderParameter(Value::fromInt(0), MaskPolicy::None), u"0"_s);
    QCOMPARE(renderParameter(Value::fromBigInt(9223372036854775807LL), MaskPolicy::None), u"9223372036854775807"_s);
    QCOMPARE(renderParameter(Value::null(), MaskPolicy::All), u"null"_s);
    QCOMPARE(renderParameter(Value::fromBool(true), MaskPolicy::Secrets), u"true"_s);
    QCOMPARE(renderParameter(Value::fromBytes(QByteArray("\x01\xff", 2)), MaskPolicy::None), u"0x01ff"_s);
    QCOMPARE(renderParameter(Value::fromBytes(QByteArray("\x01\xff", 2)), MaskPolicy::Secrets), u"<Bytes (2 bytes)>"_s);
    // Long clear strings are cut so one event never carries a 16 MB value.
    const QString cut = renderParameter(Value::fromString(QString(1000, u'x')), MaskPolicy::None);
    QVERIFY(cut.size() < 210);
    QVERIFY(cut.contains(u'…'));
    // Quotes inside clear strings are escaped, keeping the params text parseable.
    QCOMPARE(renderParameter(Value::fromString(u"a\"b"_s), MaskPolicy::None), u"\"a\\\"b\""_s);
}

void TestQueryBus::paramsTextLooksLikePrismas()
{
    QueryEvent e;
    e.params = renderParameters({Value::fromString(u"a"_s), Value::fromInt(1), Value::fromBool(true)}, MaskPolicy::None);
    QCOMPARE(e.paramsText(), u"[\"a\",1,true]"_s);
    QCOMPARE(QueryEvent{}.paramsText(), u"[]"_s);
}

void TestQueryBus::publishCost()
{
    // Producers check hasSubscribers() before building an event (InstrumentedConnection does), so the idle
    // cost is that one atomic load; with a subscriber, a copy into its ring.
    constexpr int n = 200000;
    auto bus = QueryBus::create();
    const QueryEvent e = makeEvent(1);
    QElapsedTimer clock;
    clock.start();
    int built = 0;
    for (int i = 0; i < n; ++i) {
        if (bus->hasSubscribers()) {
            bus->publish(e);
            ++built;
        }
    }
    const double idleNs = double(clock.nsecsElapsed()) / n;
    QCOMPARE(built, 0);

    auto sub = bus->subscribe(n);
    clock.restart();
    for (int i = 0; i < n; ++i) {
        if (bus->hasSubscribers())
            bus->publish(e);
    }
    const double busyNs = double(clock.nsecsElapsed()) / n;
    QCOMPARE(sub->pending(), n);
    qInfo("publish cost: %.1f ns/event without subscribers, %.1f ns/event with one subscriber", idleNs, busyNs);
    // The costs are printed, not asserted: speed belongs to docs/BENCHMARKS.md (issue 4, benchmark c), and a
    // loaded CI machine makes any nanosecond bound flaky. What is asserted is the behaviour: nothing is built
    // without a subscriber, everything is delivered with one.
}

QTEST_GUILESS_MAIN(TestQueryBus)
#include "tst_query_bus.moc"
