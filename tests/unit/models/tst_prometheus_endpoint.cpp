// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
//
// The pool panel's optional Prometheus endpoint: off until asked, loopback only, a GET scrapes the current
// text, anything else is refused.
#include "metrics/MetricsExport.h"
#include "metrics/PoolMetrics.h"
#include "monitor/PrometheusEndpoint.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace facet;

namespace {

/// Sends `request` and reads until the server closes the connection.
QByteArray roundTrip(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return "no connection: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray reply;
    // The event loop must run for the server side (same thread): QTRY-style polling with processEvents.
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && socket.state() != QAbstractSocket::UnconnectedState) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        reply += socket.readAll();
        socket.waitForReadyRead(10);
    }
    reply += socket.readAll();
    return reply;
}

} // namespace

class TestPrometheusEndpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void servesTheMetricsOnLoopback()
    {
        db::PoolMetrics metrics;
        metrics.increment(db::Counter::DatasourceQueriesTotal, 42);
        monitor::PrometheusEndpoint endpoint([&] { return db::metricsToPrometheus(metrics.snapshot()); });
        QVERIFY(!endpoint.isListening()); // off by default
        auto port = endpoint.listen(0);
        QVERIFY2(port, qPrintable(port ? QString() : port.error()));
        QVERIFY(*port > 0);
        QCOMPARE(endpoint.port(), *port);

        const QByteArray reply = roundTrip(*port, "GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.0 200 OK\r\n"), reply.constData());
        QVERIFY(reply.contains("Content-Type: text/plain; version=0.0.4"));
        const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QString::fromUtf8(body), db::metricsToPrometheus(metrics.snapshot()));
        QVERIFY(body.contains("prisma_datasource_queries_total 42"));
        QCOMPARE(endpoint.scrapes(), 1u);

        QVERIFY(roundTrip(*port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.0 405"));
        QCOMPARE(endpoint.scrapes(), 1u);

        endpoint.close();
        QVERIFY(!endpoint.isListening());
        QCOMPARE(endpoint.port(), 0);
    }

    void aTakenPortIsAClearError()
    {
        monitor::PrometheusEndpoint first([] { return QString(); });
        auto port = first.listen(0);
        QVERIFY(port);
        monitor::PrometheusEndpoint second([] { return QString(); });
        auto again = second.listen(*port);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"127.0.0.1:%1"_s.arg(*port)), qPrintable(again.error()));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusEndpoint)
#include "tst_prometheus_endpoint.moc"
