// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#pragma once

#include <QObject>
#include <QString>

#include <expected>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace facet::monitor {

/// Serves Prometheus text (`metricsToPrometheus`) over HTTP on the loopback interface only, for a local
/// Prometheus or `curl` to scrape. Off until listen() is called; the pool panel offers it as an option.
/// A plain, minimal HTTP/1.0 responder: any GET gets the metrics, anything else 405; one request per
/// connection. Lives on the GUI thread (rendering a snapshot is a few microseconds).
class PrometheusEndpoint final : public QObject {
    Q_OBJECT
public:
    /// `render` produces the exposition text at each scrape.
    explicit PrometheusEndpoint(std::function<QString()> render, QObject *parent = nullptr);
    ~PrometheusEndpoint() override;

    /// Listens on 127.0.0.1:`port` (0: any free port). Returns the port, or why it could not listen.
    std::expected<quint16, QString> listen(quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] quint64 scrapes() const { return m_scrapes; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    std::function<QString()> m_render;
    QTcpServer *m_server;
    quint64 m_scrapes = 0;
};

} // namespace facet::monitor
