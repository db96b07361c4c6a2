// qtreview model, part 4b: QtNetworkAuth, OAuth 1 and 2 clients as Qt's OAuth examples write
// them: the flows, their status and stages, signed requests, and the reply handlers that listen
// for the browser's redirect. Written from the documented Qt 6 API; no bodies.

class QAbstractOAuthReplyHandler : public QObject {
    Q_OBJECT
public:
    explicit QAbstractOAuthReplyHandler(QObject *parent = nullptr);
    ~QAbstractOAuthReplyHandler() override;
    virtual QString callback() const = 0;
public Q_SLOTS:
    virtual void networkReplyFinished(QNetworkReply *reply) = 0;
Q_SIGNALS:
    void callbackReceived(const QVariantMap &values);
    void tokensReceived(const QVariantMap &tokens);
    void replyDataReceived(const QByteArray &data);
    void callbackDataReceived(const QByteArray &data);
};

class QOAuthOobReplyHandler : public QAbstractOAuthReplyHandler {
    Q_OBJECT
public:
    explicit QOAuthOobReplyHandler(QObject *parent = nullptr);
    QString callback() const override;

protected:
    void networkReplyFinished(QNetworkReply *reply) override;
};

class QOAuthHttpServerReplyHandler : public QOAuthOobReplyHandler {
    Q_OBJECT
public:
    explicit QOAuthHttpServerReplyHandler(QObject *parent = nullptr);
    explicit QOAuthHttpServerReplyHandler(quint16 port, QObject *parent = nullptr);
    explicit QOAuthHttpServerReplyHandler(const QHostAddress &address, quint16 port, QObject *parent = nullptr);
    ~QOAuthHttpServerReplyHandler() override;
    QString callback() const override;
    QString callbackPath() const;
    void setCallbackPath(const QString &path);
    QString callbackText() const;
    void setCallbackText(const QString &text);
    quint16 port() const;
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    void close();
    bool isListening() const;
};

class QAbstractOAuth : public QObject {
    Q_OBJECT
public:
    enum class Status { NotAuthenticated, TemporaryCredentialsReceived, Granted, RefreshingToken };
    enum class Stage { RequestingTemporaryCredentials, RequestingAuthorization, RequestingAccessToken, RefreshingAccessToken };
    enum class Error {
        NoError, NetworkError, ServerError, OAuthTokenNotFoundError, OAuthTokenSecretNotFoundError, OAuthCallbackNotVerified
    };
    enum class ContentType { WwwFormUrlEncoded, Json };
    typedef std::function<void(Stage, QMultiMap<QString, QVariant> *)> ModifyParametersFunction;
    virtual ~QAbstractOAuth();
    QString clientIdentifier() const;
    void setClientIdentifier(const QString &clientIdentifier);
    QString token() const;
    void setToken(const QString &token);
    QNetworkAccessManager *networkAccessManager() const;
    void setNetworkAccessManager(QNetworkAccessManager *networkAccessManager);
    Status status() const;
    QUrl authorizationUrl() const;
    void setAuthorizationUrl(const QUrl &url);
    QVariantMap extraTokens() const;
    QAbstractOAuthReplyHandler *replyHandler() const;
    void setReplyHandler(QAbstractOAuthReplyHandler *handler);
    virtual QNetworkReply *head(const QUrl &url, const QVariantMap &parameters = QVariantMap()) = 0;
    virtual QNetworkReply *get(const QUrl &url, const QVariantMap &parameters = QVariantMap()) = 0;
    virtual QNetworkReply *post(const QUrl &url, const QVariantMap &parameters = QVariantMap()) = 0;
    virtual QNetworkReply *put(const QUrl &url, const QVariantMap &parameters = QVariantMap()) = 0;
    virtual QNetworkReply *deleteResource(const QUrl &url, const QVariantMap &parameters = QVariantMap()) = 0;
    virtual void prepareRequest(QNetworkRequest *request, const QByteArray &verb, const QByteArray &body = QByteArray()) = 0;
    ModifyParametersFunction modifyParametersFunction() const;
    void setModifyParametersFunction(const ModifyParametersFunction &modifyParametersFunction);
    ContentType contentType() const;
    void setContentType(ContentType contentType);
public Q_SLOTS:
    virtual void grant() = 0;
Q_SIGNALS:
    void clientIdentifierChanged(const QString &clientIdentifier);
    void tokenChanged(const QString &token);
    void statusChanged(QAbstractOAuth::Status status);
    void authorizationUrlChanged(const QUrl &url);
    void extraTokensChanged(const QVariantMap &tokens);
    void contentTypeChanged(QAbstractOAuth::ContentType contentType);
    void requestFailed(const QAbstractOAuth::Error error);
    void authorizeWithBrowser(const QUrl &url);
    void granted();
    void finished(QNetworkReply *reply);
    void replyDataReceived(const QByteArray &data);

protected:
    explicit QAbstractOAuth(QObject *parent = nullptr);
    void setStatus(Status status);
    QString callback() const;
    virtual void resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters);
};

class QOAuth1 : public QAbstractOAuth {
    Q_OBJECT
public:
    enum class SignatureMethod { Hmac_Sha1, Rsa_Sha1, PlainText };
    explicit QOAuth1(QObject *parent = nullptr);
    explicit QOAuth1(QNetworkAccessManager *manager, QObject *parent = nullptr);
    QOAuth1(const QString &clientIdentifier, const QString &clientSharedSecret, QNetworkAccessManager *manager,
            QObject *parent = nullptr);
    QString clientSharedSecret() const;
    void setClientSharedSecret(const QString &clientSharedSecret);
    QPair<QString, QString> clientCredentials() const;
    void setClientCredentials(const QPair<QString, QString> &clientCredentials);
    void setClientCredentials(const QString &clientIdentifier, const QString &clientSharedSecret);
    QString tokenSecret() const;
    void setTokenSecret(const QString &tokenSecret);
    QPair<QString, QString> tokenCredentials() const;
    void setTokenCredentials(const QPair<QString, QString> &tokenCredentials);
    void setTokenCredentials(const QString &token, const QString &tokenSecret);
    QUrl temporaryCredentialsUrl() const;
    void setTemporaryCredentialsUrl(const QUrl &url);
    QUrl tokenCredentialsUrl() const;
    void setTokenCredentialsUrl(const QUrl &url);
    SignatureMethod signatureMethod() const;
    void setSignatureMethod(SignatureMethod value);
    void prepareRequest(QNetworkRequest *request, const QByteArray &verb, const QByteArray &body = QByteArray()) override;
    QNetworkReply *head(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *get(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *post(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *put(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *deleteResource(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
public Q_SLOTS:
    void grant() override;
    void continueGrantWithVerifier(const QString &verifier);
Q_SIGNALS:
    void clientSharedSecretChanged(const QString &credential);
    void tokenSecretChanged(const QString &token);
    void temporaryCredentialsUrlChanged(const QUrl &url);
    void tokenCredentialsUrlChanged(const QUrl &url);
    void signatureMethodChanged(QOAuth1::SignatureMethod method);
};

class QAbstractOAuth2 : public QAbstractOAuth {
    Q_OBJECT
public:
    explicit QAbstractOAuth2(QObject *parent = nullptr);
    explicit QAbstractOAuth2(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~QAbstractOAuth2() override;
    virtual QUrl createAuthenticatedUrl(const QUrl &url, const QVariantMap &parameters = QVariantMap());
    QNetworkReply *head(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *get(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QNetworkReply *post(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    virtual QNetworkReply *post(const QUrl &url, const QByteArray &data);
    virtual QNetworkReply *post(const QUrl &url, QHttpMultiPart *multiPart);
    QNetworkReply *put(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    virtual QNetworkReply *put(const QUrl &url, const QByteArray &data);
    virtual QNetworkReply *put(const QUrl &url, QHttpMultiPart *multiPart);
    QNetworkReply *deleteResource(const QUrl &url, const QVariantMap &parameters = QVariantMap()) override;
    QString scope() const;
    void setScope(const QString &scope);
    QString userAgent() const;
    void setUserAgent(const QString &userAgent);
    QString responseType() const;
    QString clientIdentifierSharedKey() const;
    void setClientIdentifierSharedKey(const QString &clientIdentifierSharedKey);
    QString state() const;
    void setState(const QString &state);
    QDateTime expirationAt() const;
    QString refreshToken() const;
    void setRefreshToken(const QString &refreshToken);
    void prepareRequest(QNetworkRequest *request, const QByteArray &verb, const QByteArray &body = QByteArray()) override;
Q_SIGNALS:
    void scopeChanged(const QString &scope);
    void userAgentChanged(const QString &userAgent);
    void responseTypeChanged(const QString &responseType);
    void clientIdentifierSharedKeyChanged(const QString &clientIdentifierSharedKey);
    void stateChanged(const QString &state);
    void expirationAtChanged(const QDateTime &expiration);
    void refreshTokenChanged(const QString &refreshToken);
    void error(const QString &error, const QString &errorDescription, const QUrl &uri);
    void authorizationCallbackReceived(const QVariantMap &data);
};

class QOAuth2AuthorizationCodeFlow : public QAbstractOAuth2 {
    Q_OBJECT
public:
    explicit QOAuth2AuthorizationCodeFlow(QObject *parent = nullptr);
    explicit QOAuth2AuthorizationCodeFlow(QNetworkAccessManager *manager, QObject *parent = nullptr);
    QOAuth2AuthorizationCodeFlow(const QString &clientIdentifier, QNetworkAccessManager *manager, QObject *parent = nullptr);
    QOAuth2AuthorizationCodeFlow(const QUrl &authorizationUrl, const QUrl &accessTokenUrl, QNetworkAccessManager *manager,
                                 QObject *parent = nullptr);
    QOAuth2AuthorizationCodeFlow(const QString &clientIdentifier, const QUrl &authorizationUrl, const QUrl &accessTokenUrl,
                                 QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~QOAuth2AuthorizationCodeFlow() override;
    QUrl accessTokenUrl() const;
    void setAccessTokenUrl(const QUrl &accessTokenUrl);
public Q_SLOTS:
    void grant() override;
    void refreshAccessToken();
Q_SIGNALS:
    void accessTokenUrlChanged(const QUrl &accessTokenUrl);

protected:
    QUrl buildAuthenticateUrl(const QMultiMap<QString, QVariant> &parameters = {});
    void requestAccessToken(const QString &code);
    void resourceOwnerAuthorization(const QUrl &url, const QMultiMap<QString, QVariant> &parameters = {}) override;
};
