// qtreview model, part 3d: QtDBus as services and their clients use it: the bus connection,
// interfaces and their calls, replies, messages, adaptors, variants and service watchers.
// Written from the documented Qt 6 API; no bodies.

#define Q_NOREPLY

namespace QDBus {
enum CallMode { NoBlock, Block, BlockWithGui, AutoDetect };
}

class QDBusConnectionInterface;
class QDBusMessage;
class QDBusPendingCall;

class QDBusError {
public:
    enum ErrorType {
        NoError, Other, Failed, NoMemory, ServiceUnknown, NoReply, BadAddress, NotSupported, LimitsExceeded,
        AccessDenied, NoServer, Timeout, NoNetwork, AddressInUse, Disconnected, InvalidArgs, UnknownMethod,
        TimedOut, InvalidSignature, UnknownInterface, UnknownObject, UnknownProperty, PropertyReadOnly,
        InternalError, InvalidService, InvalidObjectPath, InvalidInterface, InvalidMember
    };
    QDBusError();
    QDBusError(ErrorType error, const QString &message);
    QDBusError(const QDBusError &other);
    QDBusError &operator=(const QDBusError &other);
    ErrorType type() const;
    QString name() const;
    QString message() const;
    bool isValid() const;
    static QString errorString(ErrorType error);
};

class QDBusVariant {
public:
    QDBusVariant() noexcept;
    explicit QDBusVariant(const QVariant &variant);
    void setVariant(const QVariant &variant);
    QVariant variant() const;
};
Q_DECLARE_METATYPE(QDBusVariant)

class QDBusMessage {
public:
    enum MessageType { InvalidMessage, MethodCallMessage, ReplyMessage, ErrorMessage, SignalMessage };
    QDBusMessage();
    QDBusMessage(const QDBusMessage &other);
    QDBusMessage &operator=(const QDBusMessage &other);
    ~QDBusMessage();
    static QDBusMessage createSignal(const QString &path, const QString &interface, const QString &name);
    static QDBusMessage createTargetedSignal(const QString &service, const QString &path, const QString &interface,
                                             const QString &name);
    static QDBusMessage createMethodCall(const QString &destination, const QString &path, const QString &interface,
                                         const QString &method);
    static QDBusMessage createError(const QString &name, const QString &msg);
    QDBusMessage createReply(const QList<QVariant> &arguments = QList<QVariant>()) const;
    QDBusMessage createReply(const QVariant &argument) const;
    QDBusMessage createErrorReply(const QString &name, const QString &msg) const;
    QString service() const;
    QString path() const;
    QString interface() const;
    QString member() const;
    QString errorName() const;
    QString errorMessage() const;
    MessageType type() const;
    QString signature() const;
    bool isReplyRequired() const;
    void setDelayedReply(bool enable) const;
    QList<QVariant> arguments() const;
    void setArguments(const QList<QVariant> &arguments);
    QDBusMessage &operator<<(const QVariant &arg);
};

class QDBusConnection {
public:
    enum BusType { SessionBus, SystemBus, ActivationBus };
    enum RegisterOption {
        ExportAdaptors = 0x01, ExportScriptableSlots = 0x10, ExportScriptableSignals = 0x20,
        ExportScriptableProperties = 0x40, ExportScriptableInvokables = 0x80, ExportScriptableContents = 0xf0,
        ExportNonScriptableSlots = 0x100, ExportNonScriptableSignals = 0x200, ExportNonScriptableProperties = 0x400,
        ExportNonScriptableInvokables = 0x800, ExportNonScriptableContents = 0xf00, ExportAllSlots = 0x110,
        ExportAllSignals = 0x220, ExportAllProperties = 0x440, ExportAllInvokables = 0x880,
        ExportAllContents = 0xff0, ExportAllSignal = 0x220, ExportChildObjects = 0x1000
    };
    Q_DECLARE_FLAGS(RegisterOptions, RegisterOption)
    explicit QDBusConnection(const QString &name);
    QDBusConnection(const QDBusConnection &other);
    QDBusConnection &operator=(const QDBusConnection &other);
    ~QDBusConnection();
    bool isConnected() const;
    QString baseService() const;
    QDBusError lastError() const;
    QString name() const;
    bool send(const QDBusMessage &message) const;
    QDBusMessage call(const QDBusMessage &message, QDBus::CallMode mode = QDBus::Block, int timeout = -1) const;
    bool connect(const QString &service, const QString &path, const QString &interface, const QString &name,
                 QObject *receiver, const char *slot);
    bool disconnect(const QString &service, const QString &path, const QString &interface, const QString &name,
                    QObject *receiver, const char *slot);
    bool registerObject(const QString &path, QObject *object, RegisterOptions options = ExportAdaptors);
    bool registerObject(const QString &path, const QString &interface, QObject *object,
                        RegisterOptions options = ExportAdaptors);
    void unregisterObject(const QString &path);
    QObject *objectRegisteredAt(const QString &path) const;
    bool registerService(const QString &serviceName);
    bool unregisterService(const QString &serviceName);
    QDBusConnectionInterface *interface() const;
    static QDBusConnection connectToBus(BusType type, const QString &name);
    static QDBusConnection connectToBus(const QString &address, const QString &name);
    static void disconnectFromBus(const QString &name);
    static QDBusConnection sessionBus();
    static QDBusConnection systemBus();
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QDBusConnection::RegisterOptions)

class QDBusPendingCall {
public:
    QDBusPendingCall(const QDBusPendingCall &other);
    QDBusPendingCall &operator=(const QDBusPendingCall &other);
    ~QDBusPendingCall();
    bool isFinished() const;
    void waitForFinished();
    bool isError() const;
    bool isValid() const;
    QDBusError error() const;
    QDBusMessage reply() const;
};

template <typename T> class QDBusReply {
public:
    QDBusReply(const QDBusMessage &reply);
    QDBusReply(const QDBusError &dbusError = QDBusError());
    QDBusReply &operator=(const QDBusMessage &reply);
    bool isValid() const;
    const QDBusError &error() const;
    T value() const;
    operator T() const;
};

class QDBusAbstractInterface : public QObject {
    Q_OBJECT
public:
    ~QDBusAbstractInterface() override;
    bool isValid() const;
    QDBusConnection connection() const;
    QString service() const;
    QString path() const;
    QString interface() const;
    QDBusError lastError() const;
    void setTimeout(int timeout);
    int timeout() const;
    template <typename... Args> QDBusMessage call(const QString &method, Args &&...args);
    template <typename... Args> QDBusMessage call(QDBus::CallMode mode, const QString &method, Args &&...args);
    template <typename... Args> QDBusPendingCall asyncCall(const QString &method, Args &&...args);
    QDBusMessage callWithArgumentList(QDBus::CallMode mode, const QString &method, const QList<QVariant> &args);

protected:
    QDBusAbstractInterface(const QString &service, const QString &path, const char *interface,
                           const QDBusConnection &connection, QObject *parent);
};

class QDBusInterface : public QDBusAbstractInterface {
    Q_OBJECT
public:
    QDBusInterface(const QString &service, const QString &path, const QString &interface = QString(),
                   const QDBusConnection &connection = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~QDBusInterface() override;
};

class QDBusConnectionInterface : public QDBusAbstractInterface {
    Q_OBJECT
public:
    QDBusReply<QStringList> registeredServiceNames() const;
    QDBusReply<bool> isServiceRegistered(const QString &serviceName) const;
    QDBusReply<QString> serviceOwner(const QString &name) const;
    QDBusReply<bool> unregisterService(const QString &serviceName);
    QDBusReply<uint> servicePid(const QString &serviceName) const;
Q_SIGNALS:
    void serviceRegistered(const QString &service);
    void serviceUnregistered(const QString &service);
};

class QDBusAbstractAdaptor : public QObject {
    Q_OBJECT
public:
    ~QDBusAbstractAdaptor() override;

protected:
    explicit QDBusAbstractAdaptor(QObject *parent);
    void setAutoRelaySignals(bool enable);
    bool autoRelaySignals() const;
};

class QDBusServiceWatcher : public QObject {
    Q_OBJECT
public:
    enum WatchModeFlag { WatchForRegistration = 0x01, WatchForUnregistration = 0x02, WatchForOwnerChange = 0x03 };
    Q_DECLARE_FLAGS(WatchMode, WatchModeFlag)
    explicit QDBusServiceWatcher(QObject *parent = nullptr);
    QDBusServiceWatcher(const QString &service, const QDBusConnection &connection, WatchMode watchMode = WatchForOwnerChange,
                        QObject *parent = nullptr);
    ~QDBusServiceWatcher() override;
    QStringList watchedServices() const;
    void setWatchedServices(const QStringList &services);
    void addWatchedService(const QString &newService);
    bool removeWatchedService(const QString &service);
    WatchMode watchMode() const;
    void setWatchMode(WatchMode mode);
    QDBusConnection connection() const;
    void setConnection(const QDBusConnection &connection);
Q_SIGNALS:
    void serviceRegistered(const QString &service);
    void serviceUnregistered(const QString &service);
    void serviceOwnerChanged(const QString &service, const QString &oldOwner, const QString &newOwner);
};
