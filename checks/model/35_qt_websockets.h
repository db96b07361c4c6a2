// qtreview model, part 5: QtWebSockets. Signatures as in Qt 6.4's headers;
//
// public and protected API only, drafted from those headers with libclang (types, default
// arguments, enum values) and checked against them by tests/checks/test_model.py; no bodies.

namespace QWebSocketProtocol {
enum Version {
    VersionUnknown = -1,
    Version0 = 0,
    Version4 = 4,
    Version5 = 5,
    Version6 = 6,
    Version7 = 7,
    Version8 = 8,
    Version13 = 13,
    VersionLatest = 13
};
enum CloseCode {
    CloseCodeNormal = 1000,
    CloseCodeGoingAway = 1001,
    CloseCodeProtocolError = 1002,
    CloseCodeDatatypeNotSupported = 1003,
    CloseCodeReserved1004 = 1004,
    CloseCodeMissingStatusCode = 1005,
    CloseCodeAbnormalDisconnection = 1006,
    CloseCodeWrongDatatype = 1007,
    CloseCodePolicyViolated = 1008,
    CloseCodeTooMuchData = 1009,
    CloseCodeMissingExtension = 1010,
    CloseCodeBadOperation = 1011,
    CloseCodeTlsHandshakeFailed = 1015
};
} // namespace QWebSocketProtocol
class QWebSocketCorsAuthenticator {
public:
    explicit QWebSocketCorsAuthenticator(const QString &origin);
    ~QWebSocketCorsAuthenticator();
    explicit QWebSocketCorsAuthenticator(const QWebSocketCorsAuthenticator &other);
    QWebSocketCorsAuthenticator(QWebSocketCorsAuthenticator &&other) noexcept;
    QWebSocketCorsAuthenticator & operator=(QWebSocketCorsAuthenticator &&other) noexcept;
    void swap(QWebSocketCorsAuthenticator &other) noexcept;
    QWebSocketCorsAuthenticator & operator=(const QWebSocketCorsAuthenticator &other);
    QString origin() const;
    void setAllowed(bool allowed);
    bool allowed() const;
};

class QMaskGenerator : public QObject {
public:
    explicit QMaskGenerator(QObject *parent = nullptr);
    ~QMaskGenerator() noexcept override;
    virtual bool seed() = 0;
    virtual quint32 nextMask() = 0;
};

class QWebSocket : public QObject {
    Q_OBJECT
public:
    explicit QWebSocket(const QString &origin = QString(), QWebSocketProtocol::Version version = QWebSocketProtocol::VersionLatest, QObject *parent = nullptr);
    ~QWebSocket() noexcept override;
    void abort();
    QAbstractSocket::SocketError error() const;
    QString errorString() const;
    bool flush();
    bool isValid() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    QAbstractSocket::PauseModes pauseMode() const;
    QHostAddress peerAddress() const;
    QString peerName() const;
    quint16 peerPort() const;
    void setMaskGenerator(const QMaskGenerator *maskGenerator);
    const QMaskGenerator * maskGenerator() const;
    qint64 readBufferSize() const;
    void setReadBufferSize(qint64 size);
    void resume();
    void setPauseMode(QAbstractSocket::PauseModes pauseMode);
    QAbstractSocket::SocketState state() const;
    QWebSocketProtocol::Version version() const;
    QString resourceName() const;
    QUrl requestUrl() const;
    QNetworkRequest request() const;
    QString origin() const;
    QString subprotocol() const;
    QWebSocketProtocol::CloseCode closeCode() const;
    QString closeReason() const;
    qint64 sendTextMessage(const QString &message);
    qint64 sendBinaryMessage(const QByteArray &data);
    void ignoreSslErrors(const QList<QSslError> &errors);
    void continueInterruptedHandshake();
    void setSslConfiguration(const QSslConfiguration &sslConfiguration);
    QSslConfiguration sslConfiguration() const;
    qint64 bytesToWrite() const;
    void setMaxAllowedIncomingFrameSize(quint64 maxAllowedIncomingFrameSize);
    quint64 maxAllowedIncomingFrameSize() const;
    void setMaxAllowedIncomingMessageSize(quint64 maxAllowedIncomingMessageSize);
    quint64 maxAllowedIncomingMessageSize() const;
    static quint64 maxIncomingMessageSize();
    static quint64 maxIncomingFrameSize();
    void setOutgoingFrameSize(quint64 outgoingFrameSize);
    quint64 outgoingFrameSize() const;
    static quint64 maxOutgoingFrameSize();
public Q_SLOTS:
    void close(QWebSocketProtocol::CloseCode closeCode = QWebSocketProtocol::CloseCodeNormal, const QString &reason = QString());
    void open(const QUrl &url);
    void open(const QNetworkRequest &request);
    void ping(const QByteArray &payload = QByteArray());
    void ignoreSslErrors();
public:
    void aboutToClose();
    void connected();
    void disconnected();
    void stateChanged(QAbstractSocket::SocketState state);
    void readChannelFinished();
    void textFrameReceived(const QString &frame, bool isLastFrame);
    void binaryFrameReceived(const QByteArray &frame, bool isLastFrame);
    void textMessageReceived(const QString &message);
    void binaryMessageReceived(const QByteArray &message);
    void error(QAbstractSocket::SocketError error);
    void pong(quint64 elapsedTime, const QByteArray &payload);
    void bytesWritten(qint64 bytes);
    void peerVerifyError(const QSslError &error);
    void sslErrors(const QList<QSslError> &errors);
    void preSharedKeyAuthenticationRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void alertSent(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void alertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void handshakeInterruptedOnError(const QSslError &error);
};

class QWebSocketServer : public QObject {
    Q_OBJECT
public:
    enum SslMode {
        SecureMode = 0,
        NonSecureMode = 1
    };
    explicit QWebSocketServer(const QString &serverName, SslMode secureMode, QObject *parent = nullptr);
    ~QWebSocketServer() noexcept override;
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    void close();
    bool isListening() const;
    void setMaxPendingConnections(int numConnections);
    int maxPendingConnections() const;
    void setHandshakeTimeout(std::chrono::milliseconds msec);
    std::chrono::milliseconds handshakeTimeout() const;
    void setHandshakeTimeout(int msec);
    int handshakeTimeoutMS() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QUrl serverUrl() const;
    SslMode secureMode() const;
    bool setSocketDescriptor(qintptr socketDescriptor);
    qintptr socketDescriptor() const;
    bool setNativeDescriptor(qintptr descriptor);
    qintptr nativeDescriptor() const;
    bool hasPendingConnections() const;
    virtual QWebSocket * nextPendingConnection();
    QWebSocketProtocol::CloseCode error() const;
    QString errorString() const;
    void pauseAccepting();
    void resumeAccepting();
    void setServerName(const QString &serverName);
    QString serverName() const;
    void setSupportedSubprotocols(const QStringList &protocols);
    QStringList supportedSubprotocols() const;
    void setSslConfiguration(const QSslConfiguration &sslConfiguration);
    QSslConfiguration sslConfiguration() const;
    QList<QWebSocketProtocol::Version> supportedVersions() const;
    void handleConnection(QTcpSocket *socket) const;
    void acceptError(QAbstractSocket::SocketError socketError);
    void serverError(QWebSocketProtocol::CloseCode closeCode);
    void originAuthenticationRequired(QWebSocketCorsAuthenticator *pAuthenticator);
    void newConnection();
    void peerVerifyError(const QSslError &error);
    void sslErrors(const QList<QSslError> &errors);
    void preSharedKeyAuthenticationRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void alertSent(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void alertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void handshakeInterruptedOnError(const QSslError &error);
    void closed();
};

