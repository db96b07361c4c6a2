// A small TLS client that fetches a status line from a device on the local network.
#include <QtCore/QCoreApplication>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QSslConfiguration>

class StatusClient : public QObject
{
    Q_OBJECT

public:
    explicit StatusClient(QObject *parent = nullptr) : QObject(parent)
    {
        socket.setProtocol(QSsl::TlsV1_0);
        connect(&socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) {
            socket.ignoreSslErrors();
        });
        connect(&socket, SIGNAL(error(QAbstractSocket::SocketError)), this, SLOT(onError()));
        connect(&socket, &QSslSocket::readyRead, this, &StatusClient::onReadyRead);
    }

    void fetch(const QString &host)
    {
        socket.connectToHostEncrypted(host, 8443);
        socket.waitForEncrypted(-1);
    }

private slots:
    void onReadyRead()
    {
        char status[128];
        const qint64 n = socket.bytesAvailable();
        socket.readLine(status, n);
        emit statusReceived(QString::fromLatin1(status));
    }

    void onError() { emit failed(socket.errorString()); }

signals:
    void statusReceived(const QString &status);
    void failed(const QString &error);

private:
    QSslSocket socket;
};
