// A benchmark of local sockets: an echo server in its own thread and a factory of clients that
// stream chunks through it. Written for qtreview's demo; it has the defects such code often has.
#include <QtCore/QThread>
#include <QtCore/QSemaphore>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QtTest>

class EchoServerThread : public QThread
{
public:
    QSemaphore ready;

    explicit EchoServerThread(int chunkSize)
    {
        buffer.resize(chunkSize);
    }

protected:
    void run() override
    {
        auto server = new QLocalServer();

        connect(server, &QLocalServer::newConnection, [server, this]() {
            QLocalSocket *socket = server->nextPendingConnection();

            connect(socket, &QLocalSocket::readyRead, [this, socket]() {
                const qint64 available = socket->bytesAvailable();
                QCOMPARE(socket->read(buffer.data(), available), available);
                QCOMPARE(socket->write(buffer.data(), available), available);
            });
        });

        server->listen("echo");

        ready.release();
        exec();
        delete server;
    }

private:
    QByteArray buffer;
};

class ClientFactory : public QObject
{
    Q_OBJECT

public:
    ClientFactory(int chunkSize, int connections, qint64 bytesPerSocket)
    {
        payload.resize(chunkSize);
        for (int i = 0; i < connections; ++i) {
            QLocalSocket *socket = new QLocalSocket(this);
            remaining.append(bytesPerSocket);

            connect(this, &ClientFactory::go, socket, [this, socket]() {
                socket->write(payload);
            });

            connect(socket, &QLocalSocket::readyRead, this, [this, socket, i]() {
                const qint64 got = socket->bytesAvailable();
                socket->read(got);
                remaining[i] -= got;
                if (remaining[i] == 0)
                    emit done();
                else
                    socket->write(payload);
            });

            do {
                socket->connectToServer("echo");
            } while (socket->state() != QLocalSocket::ConnectedState);

            sockets.append(socket);
        }
    }

signals:
    void go();
    void done();

private:
    QList<QLocalSocket *> sockets;
    QList<qint64> remaining;
    QByteArray payload;
};
