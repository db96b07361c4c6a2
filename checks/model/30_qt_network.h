// qtreview model, part 4: QtNetwork beyond sockets (HTTP, DNS, interfaces, DTLS, authentication).
// Signatures as in Qt 6.4's headers;
// public and protected API only, drafted from those headers with libclang (types, default
// arguments, enum values) and checked against them by tests/checks/test_model.py; no bodies.

enum class QDtlsError : unsigned char {
    NoError = 0,
    InvalidInputParameters = 1,
    InvalidOperation = 2,
    UnderlyingSocketError = 3,
    RemoteClosedConnectionError = 4,
    PeerVerificationError = 5,
    TlsInitializationError = 6,
    TlsFatalError = 7,
    TlsNonFatalError = 8
};
class QHostInfo {
public:
    enum HostInfoError {
        NoError = 0,
        HostNotFound = 1,
        UnknownError = 2
    };
    explicit QHostInfo(int lookupId = -1);
    QHostInfo(const QHostInfo &d);
    QHostInfo(QHostInfo &&other) noexcept;
    QHostInfo & operator=(const QHostInfo &d);
    QHostInfo & operator=(QHostInfo &&other) noexcept;
    ~QHostInfo() noexcept;
    void swap(QHostInfo &other) noexcept;
    QString hostName() const;
    void setHostName(const QString &name);
    QList<QHostAddress> addresses() const;
    void setAddresses(const QList<QHostAddress> &addresses);
    HostInfoError error() const;
    void setError(HostInfoError error);
    QString errorString() const;
    void setErrorString(const QString &errorString);
    void setLookupId(int id);
    int lookupId() const;
    static int lookupHost(const QString &name, QObject *receiver, const char *member);
    static void abortHostLookup(int lookupId);
    static QHostInfo fromName(const QString &name);
    static QString localHostName();
    static QString localDomainName();
public:
    template <typename Func>
    static int lookupHost(const QString &name, const typename QtPrivate::FunctionPointer<Func>::Object *receiver, Func slot);
    template <typename Func>
    static typename std::enable_if<!QtPrivate::FunctionPointer<Func>::IsPointerToMemberFunction && !std::is_same<const char *, Func>::value, int>::type
    lookupHost(const QString &name, Func slot);
    template <typename Func1>
    static typename std::enable_if<!QtPrivate::FunctionPointer<Func1>::IsPointerToMemberFunction && !std::is_same<const char *, Func1>::value, int>::type
    lookupHost(const QString &name, QObject *context, Func1 slot);
};

class QNetworkRequest {
public:
    enum KnownHeaders {
        ContentTypeHeader = 0,
        ContentLengthHeader = 1,
        LocationHeader = 2,
        LastModifiedHeader = 3,
        CookieHeader = 4,
        SetCookieHeader = 5,
        ContentDispositionHeader = 6,
        UserAgentHeader = 7,
        ServerHeader = 8,
        IfModifiedSinceHeader = 9,
        ETagHeader = 10,
        IfMatchHeader = 11,
        IfNoneMatchHeader = 12
    };
    enum Attribute {
        HttpStatusCodeAttribute = 0,
        HttpReasonPhraseAttribute = 1,
        RedirectionTargetAttribute = 2,
        ConnectionEncryptedAttribute = 3,
        CacheLoadControlAttribute = 4,
        CacheSaveControlAttribute = 5,
        SourceIsFromCacheAttribute = 6,
        DoNotBufferUploadDataAttribute = 7,
        HttpPipeliningAllowedAttribute = 8,
        HttpPipeliningWasUsedAttribute = 9,
        CustomVerbAttribute = 10,
        CookieLoadControlAttribute = 11,
        AuthenticationReuseAttribute = 12,
        CookieSaveControlAttribute = 13,
        MaximumDownloadBufferSizeAttribute = 14,
        DownloadBufferAttribute = 15,
        SynchronousRequestAttribute = 16,
        BackgroundRequestAttribute = 17,
        EmitAllUploadProgressSignalsAttribute = 18,
        Http2AllowedAttribute = 19,
        Http2WasUsedAttribute = 20,
        OriginalContentLengthAttribute = 21,
        RedirectPolicyAttribute = 22,
        Http2DirectAttribute = 23,
        ResourceTypeAttribute = 24,
        AutoDeleteReplyOnFinishAttribute = 25,
        ConnectionCacheExpiryTimeoutSecondsAttribute = 26,
        Http2CleartextAllowedAttribute = 27,
        User = 1000,
        UserMax = 32767
    };
    enum CacheLoadControl {
        AlwaysNetwork = 0,
        PreferNetwork = 1,
        PreferCache = 2,
        AlwaysCache = 3
    };
    enum LoadControl {
        Automatic = 0,
        Manual = 1
    };
    enum Priority {
        HighPriority = 1,
        NormalPriority = 3,
        LowPriority = 5
    };
    enum RedirectPolicy {
        ManualRedirectPolicy = 0,
        NoLessSafeRedirectPolicy = 1,
        SameOriginRedirectPolicy = 2,
        UserVerifiedRedirectPolicy = 3
    };
    enum TransferTimeoutConstant {
        DefaultTransferTimeoutConstant = 30000
    };
    QNetworkRequest();
    explicit QNetworkRequest(const QUrl &url);
    QNetworkRequest(const QNetworkRequest &other);
    ~QNetworkRequest() noexcept;
    QNetworkRequest & operator=(QNetworkRequest &&other) noexcept;
    QNetworkRequest & operator=(const QNetworkRequest &other);
    void swap(QNetworkRequest &other) noexcept;
    bool operator==(const QNetworkRequest &other) const;
    bool operator!=(const QNetworkRequest &other) const;
    QUrl url() const;
    void setUrl(const QUrl &url);
    QVariant header(KnownHeaders header) const;
    void setHeader(KnownHeaders header, const QVariant &value);
    bool hasRawHeader(const QByteArray &headerName) const;
    QList<QByteArray> rawHeaderList() const;
    QByteArray rawHeader(const QByteArray &headerName) const;
    void setRawHeader(const QByteArray &headerName, const QByteArray &value);
    QVariant attribute(Attribute code, const QVariant &defaultValue = QVariant()) const;
    void setAttribute(Attribute code, const QVariant &value);
    QSslConfiguration sslConfiguration() const;
    void setSslConfiguration(const QSslConfiguration &configuration);
    void setOriginatingObject(QObject *object);
    QObject * originatingObject() const;
    Priority priority() const;
    void setPriority(Priority priority);
    int maximumRedirectsAllowed() const;
    void setMaximumRedirectsAllowed(int maximumRedirectsAllowed);
    QString peerVerifyName() const;
    void setPeerVerifyName(const QString &peerName);
    qint64 decompressedSafetyCheckThreshold() const;
    void setDecompressedSafetyCheckThreshold(qint64 threshold);
    int transferTimeout() const;
    void setTransferTimeout(int timeout = DefaultTransferTimeoutConstant);
};

class QNetworkAccessManager : public QObject {
    Q_OBJECT
public:
    enum Operation {
        HeadOperation = 1,
        GetOperation = 2,
        PutOperation = 3,
        PostOperation = 4,
        DeleteOperation = 5,
        CustomOperation = 6,
        UnknownOperation = 0
    };
    explicit QNetworkAccessManager(QObject *parent = nullptr);
    ~QNetworkAccessManager() noexcept;
    virtual QStringList supportedSchemes() const;
    void clearAccessCache();
    void clearConnectionCache();
    void setStrictTransportSecurityEnabled(bool enabled);
    bool isStrictTransportSecurityEnabled() const;
    void enableStrictTransportSecurityStore(bool enabled, const QString &storeDir = QString());
    bool isStrictTransportSecurityStoreEnabled() const;
    QNetworkReply * head(const QNetworkRequest &request);
    QNetworkReply * get(const QNetworkRequest &request);
    QNetworkReply * post(const QNetworkRequest &request, QIODevice *data);
    QNetworkReply * post(const QNetworkRequest &request, const QByteArray &data);
    QNetworkReply * put(const QNetworkRequest &request, QIODevice *data);
    QNetworkReply * put(const QNetworkRequest &request, const QByteArray &data);
    QNetworkReply * deleteResource(const QNetworkRequest &request);
    QNetworkReply * sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb, QIODevice *data = nullptr);
    QNetworkReply * sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &data);
    QNetworkReply * post(const QNetworkRequest &request, QHttpMultiPart *multiPart);
    QNetworkReply * put(const QNetworkRequest &request, QHttpMultiPart *multiPart);
    QNetworkReply * sendCustomRequest(const QNetworkRequest &request, const QByteArray &verb, QHttpMultiPart *multiPart);
    void connectToHostEncrypted(const QString &hostName, quint16 port = 443, const QSslConfiguration &sslConfiguration = QSslConfiguration::defaultConfiguration());
    void connectToHostEncrypted(const QString &hostName, quint16 port, const QSslConfiguration &sslConfiguration, const QString &peerName);
    void connectToHost(const QString &hostName, quint16 port = 80);
    void setRedirectPolicy(QNetworkRequest::RedirectPolicy policy);
    QNetworkRequest::RedirectPolicy redirectPolicy() const;
    bool autoDeleteReplies() const;
    void setAutoDeleteReplies(bool autoDelete);
    int transferTimeout() const;
    void setTransferTimeout(int timeout = QNetworkRequest::DefaultTransferTimeoutConstant);
    void authenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator);
    void finished(QNetworkReply *reply);
    void encrypted(QNetworkReply *reply);
    void sslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void preSharedKeyAuthenticationRequired(QNetworkReply *reply, QSslPreSharedKeyAuthenticator *authenticator);
protected:
    virtual QNetworkReply * createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData = nullptr);
protected Q_SLOTS:
    QStringList supportedSchemesImplementation() const;
};

class QNetworkReply : public QIODevice {
    Q_OBJECT
public:
    enum NetworkError {
        NoError = 0,
        ConnectionRefusedError = 1,
        RemoteHostClosedError = 2,
        HostNotFoundError = 3,
        TimeoutError = 4,
        OperationCanceledError = 5,
        SslHandshakeFailedError = 6,
        TemporaryNetworkFailureError = 7,
        NetworkSessionFailedError = 8,
        BackgroundRequestNotAllowedError = 9,
        TooManyRedirectsError = 10,
        InsecureRedirectError = 11,
        UnknownNetworkError = 99,
        ProxyConnectionRefusedError = 101,
        ProxyConnectionClosedError = 102,
        ProxyNotFoundError = 103,
        ProxyTimeoutError = 104,
        ProxyAuthenticationRequiredError = 105,
        UnknownProxyError = 199,
        ContentAccessDenied = 201,
        ContentOperationNotPermittedError = 202,
        ContentNotFoundError = 203,
        AuthenticationRequiredError = 204,
        ContentReSendError = 205,
        ContentConflictError = 206,
        ContentGoneError = 207,
        UnknownContentError = 299,
        ProtocolUnknownError = 301,
        ProtocolInvalidOperationError = 302,
        ProtocolFailure = 399,
        InternalServerError = 401,
        OperationNotImplementedError = 402,
        ServiceUnavailableError = 403,
        UnknownServerError = 499
    };
    ~QNetworkReply() noexcept;
    virtual void close() override;
    virtual bool isSequential() const override;
    qint64 readBufferSize() const;
    virtual void setReadBufferSize(qint64 size);
    QNetworkAccessManager * manager() const;
    QNetworkAccessManager::Operation operation() const;
    QNetworkRequest request() const;
    NetworkError error() const;
    bool isFinished() const;
    bool isRunning() const;
    QUrl url() const;
    QVariant header(QNetworkRequest::KnownHeaders header) const;
    bool hasRawHeader(const QByteArray &headerName) const;
    QList<QByteArray> rawHeaderList() const;
    QByteArray rawHeader(const QByteArray &headerName) const;
    using RawHeaderPair = QPair<QByteArray, QByteArray>;
    const QList<RawHeaderPair> & rawHeaderPairs() const;
    QVariant attribute(QNetworkRequest::Attribute code) const;
    QSslConfiguration sslConfiguration() const;
    void setSslConfiguration(const QSslConfiguration &configuration);
    void ignoreSslErrors(const QList<QSslError> &errors);
public Q_SLOTS:
    virtual void abort() = 0;
    virtual void ignoreSslErrors();
public:
    void socketStartedConnecting();
    void requestSent();
    void metaDataChanged();
    void finished();
    void errorOccurred(QNetworkReply::NetworkError);
    void encrypted();
    void sslErrors(const QList<QSslError> &errors);
    void preSharedKeyAuthenticationRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void redirected(const QUrl &url);
    void redirectAllowed();
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);
protected:
    explicit QNetworkReply(QObject *parent = nullptr);
    virtual qint64 writeData(const char *data, qint64 len) override;
    void setOperation(QNetworkAccessManager::Operation operation);
    void setRequest(const QNetworkRequest &request);
    void setError(NetworkError errorCode, const QString &errorString);
    void setFinished(bool);
    void setUrl(const QUrl &url);
    void setHeader(QNetworkRequest::KnownHeaders header, const QVariant &value);
    void setRawHeader(const QByteArray &headerName, const QByteArray &value);
    void setAttribute(QNetworkRequest::Attribute code, const QVariant &value);
    virtual void sslConfigurationImplementation(QSslConfiguration &) const;
    virtual void setSslConfigurationImplementation(const QSslConfiguration &);
    virtual void ignoreSslErrorsImplementation(const QList<QSslError> &);
};

class QNetworkAddressEntry {
public:
    enum DnsEligibilityStatus : qint8 {
        DnsEligibilityUnknown = -1,
        DnsIneligible = 0,
        DnsEligible = 1
    };
    QNetworkAddressEntry();
    QNetworkAddressEntry(const QNetworkAddressEntry &other);
    QNetworkAddressEntry & operator=(QNetworkAddressEntry &&other) noexcept;
    QNetworkAddressEntry & operator=(const QNetworkAddressEntry &other);
    ~QNetworkAddressEntry() noexcept;
    void swap(QNetworkAddressEntry &other) noexcept;
    bool operator==(const QNetworkAddressEntry &other) const;
    bool operator!=(const QNetworkAddressEntry &other) const;
    DnsEligibilityStatus dnsEligibility() const;
    void setDnsEligibility(DnsEligibilityStatus status);
    QHostAddress ip() const;
    void setIp(const QHostAddress &newIp);
    QHostAddress netmask() const;
    void setNetmask(const QHostAddress &newNetmask);
    int prefixLength() const;
    void setPrefixLength(int length);
    QHostAddress broadcast() const;
    void setBroadcast(const QHostAddress &newBroadcast);
    bool isLifetimeKnown() const;
    QDeadlineTimer preferredLifetime() const;
    QDeadlineTimer validityLifetime() const;
    void setAddressLifetime(QDeadlineTimer preferred, QDeadlineTimer validity);
    void clearAddressLifetime();
    bool isPermanent() const;
    bool isTemporary() const;
    friend QDebug operator<<(QDebug debug, const QNetworkAddressEntry &entry);
};

class QNetworkInterface {
    Q_GADGET
public:
    enum InterfaceFlag {
        IsUp = 1,
        IsRunning = 2,
        CanBroadcast = 4,
        IsLoopBack = 8,
        IsPointToPoint = 16,
        CanMulticast = 32
    };
    using InterfaceFlags = QFlags<InterfaceFlag>;
    enum InterfaceType {
        Loopback = 1,
        Virtual = 2,
        Ethernet = 3,
        Slip = 4,
        CanBus = 5,
        Ppp = 6,
        Fddi = 7,
        Wifi = 8,
        Ieee80211 = 8,
        Phonet = 9,
        Ieee802154 = 10,
        SixLoWPAN = 11,
        Ieee80216 = 12,
        Ieee1394 = 13,
        Unknown = 0
    };
    QNetworkInterface();
    QNetworkInterface(const QNetworkInterface &other);
    QNetworkInterface & operator=(QNetworkInterface &&other) noexcept;
    QNetworkInterface & operator=(const QNetworkInterface &other);
    ~QNetworkInterface() noexcept;
    void swap(QNetworkInterface &other) noexcept;
    bool isValid() const;
    int index() const;
    int maximumTransmissionUnit() const;
    QString name() const;
    QString humanReadableName() const;
    InterfaceFlags flags() const;
    InterfaceType type() const;
    QString hardwareAddress() const;
    QList<QNetworkAddressEntry> addressEntries() const;
    static int interfaceIndexFromName(const QString &name);
    static QNetworkInterface interfaceFromName(const QString &name);
    static QNetworkInterface interfaceFromIndex(int index);
    static QString interfaceNameFromIndex(int index);
    static QList<QNetworkInterface> allInterfaces();
    static QList<QHostAddress> allAddresses();
    friend QDebug operator<<(QDebug debug, const QNetworkInterface &networkInterface);
};

class QAuthenticator {
public:
    QAuthenticator();
    ~QAuthenticator();
    QAuthenticator(const QAuthenticator &other);
    QAuthenticator & operator=(const QAuthenticator &other);
    bool operator==(const QAuthenticator &other) const;
    bool operator!=(const QAuthenticator &other) const;
    QString user() const;
    void setUser(const QString &user);
    QString password() const;
    void setPassword(const QString &password);
    QString realm() const;
    void setRealm(const QString &realm);
    QVariant option(const QString &opt) const;
    QVariantHash options() const;
    void setOption(const QString &opt, const QVariant &value);
    bool isNull() const;
    void detach();
};

class QSslPreSharedKeyAuthenticator {
public:
    QSslPreSharedKeyAuthenticator();
    ~QSslPreSharedKeyAuthenticator() noexcept;
    QSslPreSharedKeyAuthenticator(const QSslPreSharedKeyAuthenticator &authenticator);
    QSslPreSharedKeyAuthenticator & operator=(const QSslPreSharedKeyAuthenticator &authenticator);
    QSslPreSharedKeyAuthenticator & operator=(QSslPreSharedKeyAuthenticator &&other) noexcept;
    void swap(QSslPreSharedKeyAuthenticator &other) noexcept;
    QByteArray identityHint() const;
    void setIdentity(const QByteArray &identity);
    QByteArray identity() const;
    int maximumIdentityLength() const;
    void setPreSharedKey(const QByteArray &preSharedKey);
    QByteArray preSharedKey() const;
    int maximumPreSharedKeyLength() const;
};

class QDnsDomainNameRecord {
public:
    QDnsDomainNameRecord();
    QDnsDomainNameRecord(const QDnsDomainNameRecord &other);
    QDnsDomainNameRecord & operator=(QDnsDomainNameRecord &&other) noexcept;
    QDnsDomainNameRecord & operator=(const QDnsDomainNameRecord &other);
    ~QDnsDomainNameRecord() noexcept;
    void swap(QDnsDomainNameRecord &other) noexcept;
    QString name() const;
    quint32 timeToLive() const;
    QString value() const;
};

class QDnsHostAddressRecord {
public:
    QDnsHostAddressRecord();
    QDnsHostAddressRecord(const QDnsHostAddressRecord &other);
    QDnsHostAddressRecord & operator=(QDnsHostAddressRecord &&other) noexcept;
    QDnsHostAddressRecord & operator=(const QDnsHostAddressRecord &other);
    ~QDnsHostAddressRecord() noexcept;
    void swap(QDnsHostAddressRecord &other) noexcept;
    QString name() const;
    quint32 timeToLive() const;
    QHostAddress value() const;
};

class QDnsMailExchangeRecord {
public:
    QDnsMailExchangeRecord();
    QDnsMailExchangeRecord(const QDnsMailExchangeRecord &other);
    QDnsMailExchangeRecord & operator=(QDnsMailExchangeRecord &&other) noexcept;
    QDnsMailExchangeRecord & operator=(const QDnsMailExchangeRecord &other);
    ~QDnsMailExchangeRecord() noexcept;
    void swap(QDnsMailExchangeRecord &other) noexcept;
    QString exchange() const;
    QString name() const;
    quint16 preference() const;
    quint32 timeToLive() const;
};

class QDnsServiceRecord {
public:
    QDnsServiceRecord();
    QDnsServiceRecord(const QDnsServiceRecord &other);
    QDnsServiceRecord & operator=(QDnsServiceRecord &&other) noexcept;
    QDnsServiceRecord & operator=(const QDnsServiceRecord &other);
    ~QDnsServiceRecord() noexcept;
    void swap(QDnsServiceRecord &other) noexcept;
    QString name() const;
    quint16 port() const;
    quint16 priority() const;
    QString target() const;
    quint32 timeToLive() const;
    quint16 weight() const;
};

class QDnsTextRecord {
public:
    QDnsTextRecord();
    QDnsTextRecord(const QDnsTextRecord &other);
    QDnsTextRecord & operator=(QDnsTextRecord &&other) noexcept;
    QDnsTextRecord & operator=(const QDnsTextRecord &other);
    ~QDnsTextRecord() noexcept;
    void swap(QDnsTextRecord &other) noexcept;
    QString name() const;
    quint32 timeToLive() const;
    QList<QByteArray> values() const;
};

class QDnsLookup : public QObject {
    Q_OBJECT
public:
    enum Error {
        NoError = 0,
        ResolverError = 1,
        OperationCancelledError = 2,
        InvalidRequestError = 3,
        InvalidReplyError = 4,
        ServerFailureError = 5,
        ServerRefusedError = 6,
        NotFoundError = 7
    };
    enum Type {
        A = 1,
        AAAA = 28,
        ANY = 255,
        CNAME = 5,
        MX = 15,
        NS = 2,
        PTR = 12,
        SRV = 33,
        TXT = 16
    };
    explicit QDnsLookup(QObject *parent = nullptr);
    QDnsLookup(Type type, const QString &name, QObject *parent = nullptr);
    QDnsLookup(Type type, const QString &name, const QHostAddress &nameserver, QObject *parent = nullptr);
    ~QDnsLookup() noexcept;
    Error error() const;
    QString errorString() const;
    bool isFinished() const;
    QString name() const;
    void setName(const QString &name);
    Type type() const;
    void setType(QDnsLookup::Type);
    QHostAddress nameserver() const;
    void setNameserver(const QHostAddress &nameserver);
    QList<QDnsDomainNameRecord> canonicalNameRecords() const;
    QList<QDnsHostAddressRecord> hostAddressRecords() const;
    QList<QDnsMailExchangeRecord> mailExchangeRecords() const;
    QList<QDnsDomainNameRecord> nameServerRecords() const;
    QList<QDnsDomainNameRecord> pointerRecords() const;
    QList<QDnsServiceRecord> serviceRecords() const;
    QList<QDnsTextRecord> textRecords() const;
public Q_SLOTS:
    void abort();
    void lookup();
public:
    void finished();
    void nameChanged(const QString &name);
    void typeChanged(Type type);
    void nameserverChanged(const QHostAddress &nameserver);
};

class QDtlsClientVerifier : public QObject {
    Q_OBJECT
public:
    class GeneratorParameters;
public:
    explicit QDtlsClientVerifier(QObject *parent = nullptr);
    ~QDtlsClientVerifier() noexcept;
    struct GeneratorParameters {
        GeneratorParameters();
        GeneratorParameters(QCryptographicHash::Algorithm a, const QByteArray &s);
        QCryptographicHash::Algorithm hash;
        QByteArray secret;
    };
    bool setCookieGeneratorParameters(const GeneratorParameters &params);
    GeneratorParameters cookieGeneratorParameters() const;
    bool verifyClient(QUdpSocket *socket, const QByteArray &dgram, const QHostAddress &address, quint16 port);
    QByteArray verifiedHello() const;
    QDtlsError dtlsError() const;
    QString dtlsErrorString() const;
};

class QDtls : public QObject {
    Q_OBJECT
public:
    enum HandshakeState {
        HandshakeNotStarted = 0,
        HandshakeInProgress = 1,
        PeerVerificationFailed = 2,
        HandshakeComplete = 3
    };
    explicit QDtls(QSslSocket::SslMode mode, QObject *parent = nullptr);
    ~QDtls() noexcept;
    bool setPeer(const QHostAddress &address, quint16 port, const QString &verificationName = { });
    bool setPeerVerificationName(const QString &name);
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QString peerVerificationName() const;
    QSslSocket::SslMode sslMode() const;
    void setMtuHint(quint16 mtuHint);
    quint16 mtuHint() const;
    using GeneratorParameters = QDtlsClientVerifier::GeneratorParameters;
    bool setCookieGeneratorParameters(const GeneratorParameters &params);
    GeneratorParameters cookieGeneratorParameters() const;
    bool setDtlsConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration dtlsConfiguration() const;
    HandshakeState handshakeState() const;
    bool doHandshake(QUdpSocket *socket, const QByteArray &dgram = { });
    bool handleTimeout(QUdpSocket *socket);
    bool resumeHandshake(QUdpSocket *socket);
    bool abortHandshake(QUdpSocket *socket);
    bool shutdown(QUdpSocket *socket);
    bool isConnectionEncrypted() const;
    QSslCipher sessionCipher() const;
    QSsl::SslProtocol sessionProtocol() const;
    qint64 writeDatagramEncrypted(QUdpSocket *socket, const QByteArray &dgram);
    QByteArray decryptDatagram(QUdpSocket *socket, const QByteArray &dgram);
    QDtlsError dtlsError() const;
    QString dtlsErrorString() const;
    QList<QSslError> peerVerificationErrors() const;
    void ignoreVerificationErrors(const QList<QSslError> &errorsToIgnore);
    void pskRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void handshakeTimeout();
};

class QHttpPart {
public:
    QHttpPart();
    QHttpPart(const QHttpPart &other);
    ~QHttpPart() noexcept;
    QHttpPart & operator=(QHttpPart &&other) noexcept;
    QHttpPart & operator=(const QHttpPart &other);
    void swap(QHttpPart &other) noexcept;
    bool operator==(const QHttpPart &other) const;
    bool operator!=(const QHttpPart &other) const;
    void setHeader(QNetworkRequest::KnownHeaders header, const QVariant &value);
    void setRawHeader(const QByteArray &headerName, const QByteArray &headerValue);
    void setBody(const QByteArray &body);
    void setBodyDevice(QIODevice *device);
};

class QHttpMultiPart : public QObject {
    Q_OBJECT
public:
    enum ContentType {
        MixedType = 0,
        RelatedType = 1,
        FormDataType = 2,
        AlternativeType = 3
    };
    explicit QHttpMultiPart(QObject *parent = nullptr);
    explicit QHttpMultiPart(ContentType contentType, QObject *parent = nullptr);
    ~QHttpMultiPart() noexcept;
    void append(const QHttpPart &httpPart);
    void setContentType(ContentType contentType);
    QByteArray boundary() const;
    void setBoundary(const QByteArray &boundary);
};

class QNetworkCookie {
    Q_GADGET
public:
    enum RawForm {
        NameAndValueOnly = 0,
        Full = 1
    };
    enum class SameSite {
        Default = 0,
        None = 1,
        Lax = 2,
        Strict = 3
    };
    explicit QNetworkCookie(const QByteArray &name = QByteArray(), const QByteArray &value = QByteArray());
    QNetworkCookie(const QNetworkCookie &other);
    ~QNetworkCookie() noexcept;
    QNetworkCookie & operator=(QNetworkCookie &&other) noexcept;
    QNetworkCookie & operator=(const QNetworkCookie &other);
    void swap(QNetworkCookie &other) noexcept;
    bool operator==(const QNetworkCookie &other) const;
    bool operator!=(const QNetworkCookie &other) const;
    bool isSecure() const;
    void setSecure(bool enable);
    bool isHttpOnly() const;
    void setHttpOnly(bool enable);
    SameSite sameSitePolicy() const;
    void setSameSitePolicy(SameSite sameSite);
    bool isSessionCookie() const;
    QDateTime expirationDate() const;
    void setExpirationDate(const QDateTime &date);
    QString domain() const;
    void setDomain(const QString &domain);
    QString path() const;
    void setPath(const QString &path);
    QByteArray name() const;
    void setName(const QByteArray &cookieName);
    QByteArray value() const;
    void setValue(const QByteArray &value);
    QByteArray toRawForm(RawForm form = Full) const;
    bool hasSameIdentifier(const QNetworkCookie &other) const;
    void normalize(const QUrl &url);
    static QList<QNetworkCookie> parseCookies(const QByteArray &cookieString);
    friend QDebug operator<<(QDebug, const QNetworkCookie &);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QNetworkInterface::InterfaceFlags)
