#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for tests that must not reach the internet: it runs in a
// thread of its own (so a test may block, e.g. waiting for a process), serves the files of a
// folder under a path prefix, and answers chosen paths with chosen statuses, in turn, each
// after an optional delay. It records every request's path and User-Agent.
#include <QByteArray>
#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace capex::testing {

class FixtureHttpServer
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;                   ///< before the answer is sent
        QByteArray extraHeaders;           ///< e.g. "Retry-After: 0\r\n"
    };
    struct Request
    {
        QString path;
        QString userAgent;
        qint64 receivedMs = 0; ///< since the server started
    };

    FixtureHttpServer() = default;
    ~FixtureHttpServer() { stop(); }
    FixtureHttpServer(const FixtureHttpServer &) = delete;
    FixtureHttpServer &operator=(const FixtureHttpServer &) = delete;

    /// Files of `folder` under `prefix` ("/api/xbrl/companyfacts/"): 200 with the file, 404 without.
    void serveFolder(const QString &prefix, const QString &folder)
    {
        QMutexLocker lock(&m_mutex);
        m_prefix = prefix;
        m_folder = folder;
    }
    /// Answers `path` with `responses` in turn; the last one again for every later request.
    void route(const QString &path, const QList<Response> &responses)
    {
        QMutexLocker lock(&m_mutex);
        m_routes[path] = responses;
    }

    /// Listens on 127.0.0.1 on a free port; returns it (0 on failure).
    quint16 start()
    {
        m_clock.start();
        m_thread = std::make_unique<QThread>();
        m_thread->start();
        m_server = new QTcpServer;
        m_server->moveToThread(m_thread.get());
        quint16 port = 0;
        QMetaObject::invokeMethod(
            m_server,
            [this, &port] {
                QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
                if (m_server->listen(QHostAddress::LocalHost, 0))
                    port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        m_port = port;
        return port;
    }

    /// Stops listening, closes every connection and ends the thread.
    void stop()
    {
        if (!m_thread)
            return;
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }

    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QList<Request> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(m_server); // closed with the server
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const auto end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                buffer->clear();
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                Request request{QString::fromLatin1(requestLine.value(1)), {}, m_clock.elapsed()};
                for (const QByteArray &line : lines.mid(1)) {
                    const auto colon = line.indexOf(':');
                    if (colon > 0 && line.left(colon).trimmed().toLower() == "user-agent")
                        request.userAgent = QString::fromUtf8(line.mid(colon + 1).trimmed());
                }
                answer(socket, request);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const Request &request)
    {
        Response response{404, "{\"message\": \"not found\"}", 0, {}};
        {
            QMutexLocker lock(&m_mutex);
            const int earlier = static_cast<int>(std::count_if(m_requests.cbegin(), m_requests.cend(),
                [&](const Request &r) { return r.path == request.path; }));
            m_requests.append(request);
            if (m_routes.contains(request.path)) {
                const QList<Response> &list = m_routes[request.path];
                response = list.value(std::min<int>(earlier, static_cast<int>(list.size()) - 1));
            } else if (!m_prefix.isEmpty() && request.path.startsWith(m_prefix)) {
                QFile file(QDir(m_folder).filePath(request.path.mid(m_prefix.size())));
                if (!request.path.mid(m_prefix.size()).contains(QLatin1Char('/')) && file.open(QIODevice::ReadOnly))
                    response = {200, file.readAll(), 0, {}};
            }
        }
        QPointer<QTcpSocket> guarded(socket);
        auto send = [guarded, response] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n"
                "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\nConnection: close\r\n" + response.extraHeaders + "\r\n";
            guarded->write(head + response.body);
            guarded->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, send);
        else
            send();
    }

    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QString m_prefix, m_folder;
    QHash<QString, QList<Response>> m_routes;
    QList<Request> m_requests;
    std::unique_ptr<QThread> m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace capex::testing
