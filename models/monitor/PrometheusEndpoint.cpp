// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Facet developers
#include "PrometheusEndpoint.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace facet::monitor {

namespace {
constexpr qsizetype kMaxRequestBytes = 8192; // a scrape request is a few hundred bytes
}

PrometheusEndpoint::PrometheusEndpoint(std::function<QString()> render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PrometheusEndpoint::onConnection);
}

PrometheusEndpoint::~PrometheusEndpoint() = default;

std::expected<quint16, QString> PrometheusEndpoint::listen(quint16 port)
{
    close();
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return std::unexpected(u"Cannot serve metrics on 127.0.0.1:%1: %2"_s.arg(port).arg(m_server->errorString()));
    return m_server->serverPort();
}

void PrometheusEndpoint::close()
{
    m_server->close();
}

bool PrometheusEndpoint::isListening() const
{
    return m_server->isListening();
}

quint16 PrometheusEndpoint::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void PrometheusEndpoint::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    }
}

void PrometheusEndpoint::onReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    // Wait for the end of the request head; the body (if any) is ignored.
    const QByteArray head = socket->peek(kMaxRequestBytes);
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n"))
        return;
    socket->readAll();
    QByteArray response;
    if (head.startsWith("GET ")) {
        ++m_scrapes;
        const QByteArray body = m_render().toUtf8();
        response = "HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    } else {
        response = "HTTP/1.0 405 Method Not Allowed\r\nAllow: GET\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace facet::monitor
