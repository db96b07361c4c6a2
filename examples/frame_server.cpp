// A TCP server for length-prefixed frames: each frame is a quint32 size, then the payload.
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtCore/QDataStream>
#include <QtCore/QHash>

class FrameServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit FrameServer(QObject *parent = nullptr) : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, &FrameServer::accept);
    }

    bool start(quint16 port) { return listen(QHostAddress::Any, port); }

private slots:
    void accept()
    {
        while (hasPendingConnections()) {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, &FrameServer::readFrame);
            connect(socket, &QTcpSocket::disconnected, this, [socket]() {
                delete socket;
            });
        }
    }

    void readFrame()
    {
        auto *socket = qobject_cast<QTcpSocket *>(sender());
        QDataStream in(socket);
        quint32 size = 0;
        in >> size;
        QByteArray frame;
        frame.resize(size);
        in.readRawData(frame.data(), size);
        emit frameReceived(frame);
    }

signals:
    void frameReceived(const QByteArray &frame);
};

class LineCollector : public QObject
{
    Q_OBJECT

public:
    void watch(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
            lines[socket] += socket->readAll();
            while (lines[socket].contains('\n')) {
                const qsizetype end = lines[socket].indexOf('\n');
                emit lineReceived(lines[socket].left(end));
                lines[socket].remove(0, end + 1);
            }
        });
    }

signals:
    void lineReceived(const QByteArray &line);

private:
    QHash<QTcpSocket *, QByteArray> lines;
};
