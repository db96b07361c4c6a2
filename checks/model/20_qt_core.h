// qtreview model, part 3: QtCore beyond sockets (files, paths, settings, URLs, JSON, CBOR, XML,
// IPC, processes, dates, regular expressions, events). Signatures as in Qt 6.4's headers;
// public and protected API only, drafted from those headers with libclang (types, default
// arguments, enum values) and checked against them by tests/checks/test_model.py; no bodies.

class QEvent;
class QTimerEvent;
class QChildEvent;
class QCoreApplication;
class QFileDevice;
class QFile;
class QFileInfo;
class QDir;
class QStandardPaths;
class QSettings;
class QUrl;
class QUrlQuery;
struct QJsonParseError;
class QJsonValue;
class QJsonValueConstRef;
class QJsonValueRef;
class QJsonObject;
class QJsonArray;
class QJsonDocument;
class QCryptographicHash;
class QSharedMemory;
class QSystemSemaphore;
class QLockFile;
class QProcessEnvironment;
class QProcess;
class QTextStream;
class QCommandLineOption;
class QCommandLineParser;
class QRandomGenerator;
class QBitArray;
class QDate;
class QTime;
class QRegularExpression;
class QRegularExpressionMatch;
class QRegularExpressionMatchIterator;
class QTestEventLoop;
class QBasicTimer;
class QMimeData;
class QLocale;
class QTemporaryFile;
class QSaveFile;
struct QCborError;
// Half-precision float (qfloat16.h): what Qt code does with one, convert to and from float.
class qfloat16 {
public:
    qfloat16() noexcept;
    qfloat16(float f) noexcept;
    operator float() const noexcept;
};
struct QCborParserError;
class QCborStreamReader;
class QCborStreamWriter;
class QXmlStreamAttribute;
class QXmlStreamAttributes;
class QXmlStreamNamespaceDeclaration;
class QXmlStreamReader;
class QXmlStreamWriter;
class QEasingCurve;
class QAbstractAnimation;
class QVariantAnimation;
class QPropertyAnimation;
class QAnimationGroup;
class QSequentialAnimationGroup;
class QParallelAnimationGroup;
class QPauseAnimation;
class QTimeLine;
class QLibraryInfo;
class QSignalMapper;
class QRunnable;
class QThreadPool;
class QMimeType;
class QMimeDatabase;
class QSocketNotifier;
class QFileSystemWatcher;
class QTemporaryDir;
class QDirIterator;
class QTranslator;
class QSysInfo;
class QVersionNumber;
class QUuid;
class QStorageInfo;
class QTimeZone;
class QCborValue;
class QCborArray;
class QCborMap;
class QLibrary;
class QPluginLoader;
class QHostInfo;
class QNetworkAccessManager;
class QNetworkRequest;
class QNetworkReply;
class QNetworkAddressEntry;
class QNetworkInterface;
class QAuthenticator;
class QSslPreSharedKeyAuthenticator;
class QDnsDomainNameRecord;
class QDnsHostAddressRecord;
class QDnsMailExchangeRecord;
class QDnsServiceRecord;
class QDnsTextRecord;
class QDnsLookup;
class QDtlsClientVerifier;
class QDtls;
class QHttpPart;
class QHttpMultiPart;
class QNetworkCookie;
class QWebSocketCorsAuthenticator;
class QMaskGenerator;
class QWebSocket;
class QWebSocketServer;
class QSurface;
class QPaintDevice;
class QSize;
class QSizeF;
class QPoint;
class QPointF;
class QRect;
class QRegion;
class QRectF;
class QMargins;
class QMarginsF;
class QLine;
class QLineF;
class QColor;
class QBrush;
class QPen;
class QFont;
class QFontMetrics;
class QPalette;
class QIcon;
class QImage;
class QPixmap;
class QBitmap;
class QCursor;
class QKeySequence;
class QPolygon;
class QPolygonF;
class QTransform;
class QPainterPath;
class QInputDevice;
class QPointingDevice;
class QInputEvent;
class QEventPoint;
class QPointerEvent;
class QSinglePointEvent;
class QMouseEvent;
class QWheelEvent;
class QKeyEvent;
class QFocusEvent;
class QPaintEvent;
class QMoveEvent;
class QResizeEvent;
class QCloseEvent;
class QShowEvent;
class QHideEvent;
class QContextMenuEvent;
class QDropEvent;
class QDragMoveEvent;
class QDragEnterEvent;
class QDragLeaveEvent;
class QHoverEvent;
class QEnterEvent;
class QScreen;
class QWindow;
class QGuiApplication;
class QAction;
class QActionGroup;
class QDesktopServices;
class QClipboard;
class QIntValidator;
class QDoubleValidator;
class QValidator;
class QRegularExpressionValidator;
class QPainter;
class QTextCursor;
class QTextDocument;
class QTextCharFormat;
class QTextFormat;
class QTextBlockFormat;
class QTextTableFormat;
class QTextFrameFormat;
class QTextOption;
class QStyleHints;
class QVector2D;
class QVector3D;
class QVector4D;
class QMatrix4x4;
class QQuaternion;
class QGradient;
class QLinearGradient;
class QRadialGradient;
class QConicalGradient;
class QSurfaceFormat;
class QExposeEvent;
class QImageReader;
class QImageWriter;
class QDrag;
class QPaintDeviceWindow;
class QRasterWindow;
class QBackingStore;
class QUndoCommand;
class QUndoStack;
class QShortcut;
class QFontDatabase;
class QFontInfo;
class QTextLayout;
class QTextLine;
class QTextBlock;
class QMovie;
class QSizePolicy;
class QWidget;
class QApplication;
class QDialog;
class QMainWindow;
class QFrame;
class QLabel;
class QAbstractButton;
class QPushButton;
class QCheckBox;
class QRadioButton;
class QToolButton;
class QLineEdit;
class QLayoutItem;
class QSpacerItem;
class QWidgetItem;
class QLayout;
class QBoxLayout;
class QVBoxLayout;
class QHBoxLayout;
class QGridLayout;
class QFormLayout;
class QMessageBox;
class QDialogButtonBox;
class QGroupBox;
class QComboBox;
class QAbstractSpinBox;
class QSpinBox;
class QDoubleSpinBox;
class QAbstractScrollArea;
class QTextEdit;
class QPlainTextEdit;
class QTextBrowser;
class QMenu;
class QMenuBar;
class QStatusBar;
class QToolBar;
class QProgressBar;
class QProgressDialog;
class QFileDialog;
class QInputDialog;
class QAbstractSlider;
class QScrollBar;
class QSlider;
class QScrollArea;
class QTabWidget;
class QSplitter;
class QSystemTrayIcon;
class QModelIndex;
class QPersistentModelIndex;
class QAbstractItemModel;
class QAbstractListModel;
class QAbstractTableModel;
class QItemSelectionRange;
class QItemSelection;
class QItemSelectionModel;
class QStandardItem;
class QStandardItemModel;
class QStringListModel;
class QAbstractItemView;
class QListView;
class QTreeView;
class QTableView;
class QHeaderView;
class QListWidgetItem;
class QListWidget;
class QTreeWidgetItem;
class QTreeWidget;
class QTableWidgetItem;
class QTableWidget;
class QAbstractItemDelegate;
class QStyledItemDelegate;
class QItemDelegate;
class QStyleOption;
class QStyleOptionViewItem;
class QStyle;
class QCompleter;
class QStyleOptionProgressBar;
class QStyleOptionButton;
class QStyleOptionComplex;
class QAbstractProxyModel;
class QSortFilterProxyModel;
class QIdentityProxyModel;
class QGraphicsItem;
class QGraphicsObject;
class QAbstractGraphicsShapeItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsEllipseItem;
class QGraphicsPolygonItem;
class QGraphicsLineItem;
class QGraphicsPixmapItem;
class QGraphicsTextItem;
class QGraphicsSimpleTextItem;
class QGraphicsItemGroup;
class QGraphicsLayoutItem;
class QGraphicsWidget;
class QGraphicsScene;
class QGraphicsView;
class QGraphicsSceneEvent;
class QGraphicsSceneMouseEvent;
class QGraphicsSceneWheelEvent;
class QGraphicsSceneContextMenuEvent;
class QGraphicsSceneHoverEvent;
class QGraphicsSceneDragDropEvent;
class QGraphicsSceneResizeEvent;
class QGraphicsSceneMoveEvent;
class QStyleOptionGraphicsItem;
class QGraphicsEffect;
class QGraphicsDropShadowEffect;
class QGraphicsOpacityEffect;
class QGraphicsTransform;
class QGraphicsRotation;
class QGraphicsScale;
class QButtonGroup;
class QDataWidgetMapper;
class QColorDialog;
class QFontDialog;
class QStyleFactory;
class QCommonStyle;
class QProxyStyle;
class QDockWidget;
class QStackedWidget;
class QStackedLayout;
class QWidgetAction;
class QDateTimeEdit;
class QTimeEdit;
class QDateEdit;
class QCalendarWidget;
class QLCDNumber;
class QDial;
class QSplashScreen;
class QToolBox;
class QMdiArea;
class QMdiSubWindow;
class QRubberBand;
class QSizeGrip;
class QKeySequenceEdit;
class QFontComboBox;
class QUndoView;
class QColumnView;
class QFileSystemModel;
class QTabBar;
class QWizard;
class QWizardPage;
class QErrorMessage;
class QStyleOptionFrame;
class QStyleOptionTab;
class QStyleOptionSlider;
class QStyleOptionToolButton;
class QStyleOptionComboBox;
class QStyleOptionHeader;
class QStylePainter;
class QToolTip;
class QWhatsThis;
class QGesture;
class QGestureEvent;
class QPinchGesture;
class QSwipeGesture;
class QPanGesture;
class QTapGesture;
class QTapAndHoldGesture;
using QTextStreamFunction = QTextStream &(*)(QTextStream &);
enum class QCborSimpleType : quint8 {
    False = 20,
    True = 21,
    Null = 22,
    Undefined = 23
};
enum class QCborTag : quint64 {
    
};
enum class QCborKnownTags {
    DateTimeString = 0,
    UnixTime_t = 1,
    PositiveBignum = 2,
    NegativeBignum = 3,
    Decimal = 4,
    Bigfloat = 5,
    COSE_Encrypt0 = 16,
    COSE_Mac0 = 17,
    COSE_Sign1 = 18,
    ExpectedBase64url = 21,
    ExpectedBase64 = 22,
    ExpectedBase16 = 23,
    EncodedCbor = 24,
    Url = 32,
    Base64url = 33,
    Base64 = 34,
    RegularExpression = 35,
    MimeMessage = 36,
    Uuid = 37,
    COSE_Encrypt = 96,
    COSE_Mac = 97,
    COSE_Sign = 98,
    Signature = 55799
};
bool operator==(QCborTag t, QCborKnownTags kt);
bool operator!=(QCborTag t, QCborKnownTags kt);
bool operator==(QCborKnownTags kt, QCborTag t);
bool operator!=(QCborKnownTags kt, QCborTag t);
enum class QCborNegativeInteger : quint64 {
    
};
class QEvent {
    Q_GADGET
public:
protected:
    QEvent(const QEvent &) = default;
    QEvent(QEvent &&) = delete;
    QEvent & operator=(const QEvent &other) = default;
    QEvent & operator=(QEvent &&) = delete;
public:
    enum Type {
        None = 0,
        Timer = 1,
        MouseButtonPress = 2,
        MouseButtonRelease = 3,
        MouseButtonDblClick = 4,
        MouseMove = 5,
        KeyPress = 6,
        KeyRelease = 7,
        FocusIn = 8,
        FocusOut = 9,
        FocusAboutToChange = 23,
        Enter = 10,
        Leave = 11,
        Paint = 12,
        Move = 13,
        Resize = 14,
        Create = 15,
        Destroy = 16,
        Show = 17,
        Hide = 18,
        Close = 19,
        Quit = 20,
        ParentChange = 21,
        ParentAboutToChange = 131,
        ThreadChange = 22,
        WindowActivate = 24,
        WindowDeactivate = 25,
        ShowToParent = 26,
        HideToParent = 27,
        Wheel = 31,
        WindowTitleChange = 33,
        WindowIconChange = 34,
        ApplicationWindowIconChange = 35,
        ApplicationFontChange = 36,
        ApplicationLayoutDirectionChange = 37,
        ApplicationPaletteChange = 38,
        PaletteChange = 39,
        Clipboard = 40,
        Speech = 42,
        MetaCall = 43,
        SockAct = 50,
        WinEventAct = 132,
        DeferredDelete = 52,
        DragEnter = 60,
        DragMove = 61,
        DragLeave = 62,
        Drop = 63,
        DragResponse = 64,
        ChildAdded = 68,
        ChildPolished = 69,
        ChildRemoved = 71,
        ShowWindowRequest = 73,
        PolishRequest = 74,
        Polish = 75,
        LayoutRequest = 76,
        UpdateRequest = 77,
        UpdateLater = 78,
        EmbeddingControl = 79,
        ActivateControl = 80,
        DeactivateControl = 81,
        ContextMenu = 82,
        InputMethod = 83,
        TabletMove = 87,
        LocaleChange = 88,
        LanguageChange = 89,
        LayoutDirectionChange = 90,
        Style = 91,
        TabletPress = 92,
        TabletRelease = 93,
        OkRequest = 94,
        HelpRequest = 95,
        IconDrag = 96,
        FontChange = 97,
        EnabledChange = 98,
        ActivationChange = 99,
        StyleChange = 100,
        IconTextChange = 101,
        ModifiedChange = 102,
        MouseTrackingChange = 109,
        WindowBlocked = 103,
        WindowUnblocked = 104,
        WindowStateChange = 105,
        ReadOnlyChange = 106,
        ToolTip = 110,
        WhatsThis = 111,
        StatusTip = 112,
        ActionChanged = 113,
        ActionAdded = 114,
        ActionRemoved = 115,
        FileOpen = 116,
        Shortcut = 117,
        ShortcutOverride = 51,
        WhatsThisClicked = 118,
        ToolBarChange = 120,
        ApplicationActivate = 121,
        ApplicationActivated = 121,
        ApplicationDeactivate = 122,
        ApplicationDeactivated = 122,
        QueryWhatsThis = 123,
        EnterWhatsThisMode = 124,
        LeaveWhatsThisMode = 125,
        ZOrderChange = 126,
        HoverEnter = 127,
        HoverLeave = 128,
        HoverMove = 129,
        AcceptDropsChange = 152,
        ZeroTimerEvent = 154,
        GraphicsSceneMouseMove = 155,
        GraphicsSceneMousePress = 156,
        GraphicsSceneMouseRelease = 157,
        GraphicsSceneMouseDoubleClick = 158,
        GraphicsSceneContextMenu = 159,
        GraphicsSceneHoverEnter = 160,
        GraphicsSceneHoverMove = 161,
        GraphicsSceneHoverLeave = 162,
        GraphicsSceneHelp = 163,
        GraphicsSceneDragEnter = 164,
        GraphicsSceneDragMove = 165,
        GraphicsSceneDragLeave = 166,
        GraphicsSceneDrop = 167,
        GraphicsSceneWheel = 168,
        GraphicsSceneLeave = 220,
        KeyboardLayoutChange = 169,
        DynamicPropertyChange = 170,
        TabletEnterProximity = 171,
        TabletLeaveProximity = 172,
        NonClientAreaMouseMove = 173,
        NonClientAreaMouseButtonPress = 174,
        NonClientAreaMouseButtonRelease = 175,
        NonClientAreaMouseButtonDblClick = 176,
        MacSizeChange = 177,
        ContentsRectChange = 178,
        MacGLWindowChange = 179,
        FutureCallOut = 180,
        GraphicsSceneResize = 181,
        GraphicsSceneMove = 182,
        CursorChange = 183,
        ToolTipChange = 184,
        NetworkReplyUpdated = 185,
        GrabMouse = 186,
        UngrabMouse = 187,
        GrabKeyboard = 188,
        UngrabKeyboard = 189,
        StateMachineSignal = 192,
        StateMachineWrapped = 193,
        TouchBegin = 194,
        TouchUpdate = 195,
        TouchEnd = 196,
        NativeGesture = 197,
        RequestSoftwareInputPanel = 199,
        CloseSoftwareInputPanel = 200,
        WinIdChange = 203,
        Gesture = 198,
        GestureOverride = 202,
        ScrollPrepare = 204,
        Scroll = 205,
        Expose = 206,
        InputMethodQuery = 207,
        OrientationChange = 208,
        TouchCancel = 209,
        ThemeChange = 210,
        SockClose = 211,
        PlatformPanel = 212,
        StyleAnimationUpdate = 213,
        ApplicationStateChange = 214,
        WindowChangeInternal = 215,
        ScreenChangeInternal = 216,
        PlatformSurface = 217,
        Pointer = 218,
        TabletTrackingChange = 219,
        WindowAboutToChangeInternal = 221,
        User = 1000,
        MaxUser = 65535
    };
    explicit QEvent(Type type);
    virtual ~QEvent() noexcept;
    Type type() const;
    bool spontaneous() const;
    virtual void setAccepted(bool accepted);
    bool isAccepted() const;
    void accept();
    void ignore();
    bool isInputEvent() const noexcept;
    bool isPointerEvent() const noexcept;
    bool isSinglePointEvent() const noexcept;
    static int registerEventType(int hint = -1) noexcept;
    virtual QEvent * clone() const;
protected:
    struct InputEventTag {
        explicit InputEventTag() = default;
    };
    QEvent(Type type, InputEventTag);
    struct PointerEventTag {
        explicit PointerEventTag() = default;
    };
    QEvent(Type type, PointerEventTag);
    struct SinglePointEventTag {
        explicit SinglePointEventTag() = default;
    };
    QEvent(Type type, SinglePointEventTag);
    quint16 t;
    friend QDebug operator<<(QDebug, const QEvent *);
};

class QTimerEvent : public QEvent {
protected:
    QTimerEvent(const QTimerEvent &);
    QTimerEvent(QTimerEvent &&) = delete;
    QTimerEvent & operator=(const QTimerEvent &other) = default;
    QTimerEvent & operator=(QTimerEvent &&) = delete;
public:
    ~QTimerEvent() noexcept override;
    explicit QTimerEvent(int timerId);
    int timerId() const;
protected:
    int id;
};

class QChildEvent : public QEvent {
protected:
    QChildEvent(const QChildEvent &);
    QChildEvent(QChildEvent &&) = delete;
    QChildEvent & operator=(const QChildEvent &other) = default;
    QChildEvent & operator=(QChildEvent &&) = delete;
public:
    ~QChildEvent() noexcept override;
    QChildEvent(Type type, QObject *child);
    QObject * child() const;
    bool added() const;
    bool polished() const;
    bool removed() const;
protected:
    QObject * c;
};

class QCoreApplication : public QObject {
    Q_OBJECT
public:
    enum {
        ApplicationFlags = 394242
    };
    QCoreApplication(int &argc, char **argv, int = ApplicationFlags);
    ~QCoreApplication() noexcept;
    static QStringList arguments();
    static void setAttribute(Qt::ApplicationAttribute attribute, bool on = true);
    static bool testAttribute(Qt::ApplicationAttribute attribute);
    static void setOrganizationDomain(const QString &orgDomain);
    static QString organizationDomain();
    static void setOrganizationName(const QString &orgName);
    static QString organizationName();
    static void setApplicationName(const QString &application);
    static QString applicationName();
    static void setApplicationVersion(const QString &version);
    static QString applicationVersion();
    static void setSetuidAllowed(bool allow);
    static bool isSetuidAllowed();
    static QCoreApplication * instance();
    static int exec();
    static void processEvents(QEventLoop::ProcessEventsFlags flags = QEventLoop::AllEvents);
    static void processEvents(QEventLoop::ProcessEventsFlags flags, int maxtime);
    static bool sendEvent(QObject *receiver, QEvent *event);
    static void postEvent(QObject *receiver, QEvent *event, int priority = Qt::NormalEventPriority);
    static void sendPostedEvents(QObject *receiver = nullptr, int event_type = 0);
    static void removePostedEvents(QObject *receiver, int eventType = 0);
    virtual bool notify(QObject *, QEvent *);
    static bool startingUp();
    static bool closingDown();
    static QString applicationDirPath();
    static QString applicationFilePath();
    static qint64 applicationPid();
    static void setLibraryPaths(const QStringList &);
    static QStringList libraryPaths();
    static void addLibraryPath(const QString &);
    static void removeLibraryPath(const QString &);
    static bool installTranslator(QTranslator *messageFile);
    static bool removeTranslator(QTranslator *messageFile);
    static QString translate(const char *context, const char *key, const char *disambiguation = nullptr, int n = -1);
protected:
public:
    static bool isQuitLockEnabled();
    static void setQuitLockEnabled(bool enabled);
public Q_SLOTS:
    static void quit();
    static void exit(int retcode = 0);
public:
    void organizationNameChanged();
    void organizationDomainChanged();
    void applicationNameChanged();
    void applicationVersionChanged();
protected:
    bool event(QEvent *) override;
Q_SIGNALS:
    void aboutToQuit(QPrivateSignal);
};

class QFileDevice : public QIODevice {
    Q_OBJECT
public:
    enum FileError {
        NoError = 0,
        ReadError = 1,
        WriteError = 2,
        FatalError = 3,
        ResourceError = 4,
        OpenError = 5,
        AbortError = 6,
        TimeOutError = 7,
        UnspecifiedError = 8,
        RemoveError = 9,
        RenameError = 10,
        PositionError = 11,
        ResizeError = 12,
        PermissionsError = 13,
        CopyError = 14
    };
    enum FileTime {
        FileAccessTime = 0,
        FileBirthTime = 1,
        FileMetadataChangeTime = 2,
        FileModificationTime = 3
    };
    enum Permission {
        ReadOwner = 16384,
        WriteOwner = 8192,
        ExeOwner = 4096,
        ReadUser = 1024,
        WriteUser = 512,
        ExeUser = 256,
        ReadGroup = 64,
        WriteGroup = 32,
        ExeGroup = 16,
        ReadOther = 4,
        WriteOther = 2,
        ExeOther = 1
    };
    using Permissions = QFlags<Permission>;
    enum FileHandleFlag {
        AutoCloseHandle = 1,
        DontCloseHandle = 0
    };
    using FileHandleFlags = QFlags<FileHandleFlag>;
    ~QFileDevice() noexcept;
    FileError error() const;
    void unsetError();
    void close() override;
    bool isSequential() const override;
    int handle() const;
    virtual QString fileName() const;
    qint64 pos() const override;
    bool seek(qint64 offset) override;
    bool atEnd() const override;
    bool flush();
    qint64 size() const override;
    virtual bool resize(qint64 sz);
    virtual Permissions permissions() const;
    virtual bool setPermissions(Permissions permissionSpec);
    enum MemoryMapFlag {
        NoOptions = 0,
        MapPrivateOption = 1
    };
    using MemoryMapFlags = QFlags<MemoryMapFlag>;
    uchar * map(qint64 offset, qint64 size, MemoryMapFlags flags = NoOptions);
    bool unmap(uchar *address);
    QDateTime fileTime(QFileDevice::FileTime time) const;
    bool setFileTime(const QDateTime &newDate, QFileDevice::FileTime fileTime);
protected:
    QFileDevice();
    explicit QFileDevice(QObject *parent);
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *data, qint64 len) override;
    qint64 readLineData(char *data, qint64 maxlen) override;
};

class QFile : public QFileDevice {
    Q_OBJECT
public:
    QFile();
    QFile(const QString &name);
    explicit QFile(QObject *parent);
    QFile(const QString &name, QObject *parent);
    ~QFile() noexcept;
    QString fileName() const override;
    void setFileName(const QString &name);
    static QByteArray encodeName(const QString &fileName);
    static QString decodeName(const QByteArray &localFileName);
    static QString decodeName(const char *localFileName);
    bool exists() const;
    static bool exists(const QString &fileName);
    QString symLinkTarget() const;
    static QString symLinkTarget(const QString &fileName);
    bool remove();
    static bool remove(const QString &fileName);
    bool moveToTrash();
    static bool moveToTrash(const QString &fileName, QString *pathInTrash = nullptr);
    bool rename(const QString &newName);
    static bool rename(const QString &oldName, const QString &newName);
    bool link(const QString &newName);
    static bool link(const QString &fileName, const QString &newName);
    bool copy(const QString &newName);
    static bool copy(const QString &fileName, const QString &newName);
    bool open(OpenMode flags) override;
    bool open(OpenMode flags, Permissions permissions);
    bool open(FILE *f, OpenMode ioFlags, FileHandleFlags handleFlags = DontCloseHandle);
    bool open(int fd, OpenMode ioFlags, FileHandleFlags handleFlags = DontCloseHandle);
    qint64 size() const override;
    bool resize(qint64 sz) override;
    static bool resize(const QString &filename, qint64 sz);
    Permissions permissions() const override;
    static Permissions permissions(const QString &filename);
    bool setPermissions(Permissions permissionSpec) override;
    static bool setPermissions(const QString &filename, Permissions permissionSpec);
protected:
};

class QFileInfo {
public:
    QFileInfo();
    explicit QFileInfo(const QString &file);
    explicit QFileInfo(const QFileDevice &file);
    explicit QFileInfo(const QDir &dir, const QString &file);
    QFileInfo(const QFileInfo &fileinfo);
    ~QFileInfo() noexcept;
    QFileInfo & operator=(const QFileInfo &fileinfo);
    QFileInfo & operator=(QFileInfo &&other) noexcept;
    void swap(QFileInfo &other) noexcept;
    bool operator==(const QFileInfo &fileinfo) const;
    bool operator!=(const QFileInfo &fileinfo) const;
    void setFile(const QString &file);
    void setFile(const QFileDevice &file);
    void setFile(const QDir &dir, const QString &file);
    bool exists() const;
    static bool exists(const QString &file);
    void refresh();
    QString filePath() const;
    QString absoluteFilePath() const;
    QString canonicalFilePath() const;
    QString fileName() const;
    QString baseName() const;
    QString completeBaseName() const;
    QString suffix() const;
    QString bundleName() const;
    QString completeSuffix() const;
    QString path() const;
    QString absolutePath() const;
    QString canonicalPath() const;
    QDir dir() const;
    QDir absoluteDir() const;
    bool isReadable() const;
    bool isWritable() const;
    bool isExecutable() const;
    bool isHidden() const;
    bool isNativePath() const;
    bool isRelative() const;
    bool isAbsolute() const;
    bool makeAbsolute();
    bool isFile() const;
    bool isDir() const;
    bool isSymLink() const;
    bool isSymbolicLink() const;
    bool isShortcut() const;
    bool isAlias() const;
    bool isJunction() const;
    bool isRoot() const;
    bool isBundle() const;
    QString symLinkTarget() const;
    QString junctionTarget() const;
    QString owner() const;
    uint ownerId() const;
    QString group() const;
    uint groupId() const;
    bool permission(QFile::Permissions permissions) const;
    QFile::Permissions permissions() const;
    qint64 size() const;
    QDateTime birthTime() const;
    QDateTime metadataChangeTime() const;
    QDateTime lastModified() const;
    QDateTime lastRead() const;
    QDateTime fileTime(QFile::FileTime time) const;
    bool caching() const;
    void setCaching(bool on);
    void stat();
protected:
    friend QDebug operator<<(QDebug, const QFileInfo &);
};
typedef QList<QFileInfo> QFileInfoList;

class QDir {
public:
    enum Filter {
        Dirs = 1,
        Files = 2,
        Drives = 4,
        NoSymLinks = 8,
        AllEntries = 7,
        TypeMask = 15,
        Readable = 16,
        Writable = 32,
        Executable = 64,
        PermissionMask = 112,
        Modified = 128,
        Hidden = 256,
        System = 512,
        AccessMask = 1008,
        AllDirs = 1024,
        CaseSensitive = 2048,
        NoDot = 8192,
        NoDotDot = 16384,
        NoDotAndDotDot = 24576,
        NoFilter = -1
    };
    using Filters = QFlags<Filter>;
    enum SortFlag {
        Name = 0,
        Time = 1,
        Size = 2,
        Unsorted = 3,
        SortByMask = 3,
        DirsFirst = 4,
        Reversed = 8,
        IgnoreCase = 16,
        DirsLast = 32,
        LocaleAware = 64,
        Type = 128,
        NoSort = -1
    };
    using SortFlags = QFlags<SortFlag>;
    QDir(const QDir &);
    QDir(const QString &path = QString());
    QDir(const QString &path, const QString &nameFilter, SortFlags sort = SortFlags(Name | IgnoreCase), Filters filter = AllEntries);
    ~QDir() noexcept;
    QDir & operator=(const QDir &);
    QDir & operator=(QDir &&other) noexcept;
    void swap(QDir &other) noexcept;
    void setPath(const QString &path);
    QString path() const;
    QString absolutePath() const;
    QString canonicalPath() const;
    static void setSearchPaths(const QString &prefix, const QStringList &searchPaths);
    static void addSearchPath(const QString &prefix, const QString &path);
    static QStringList searchPaths(const QString &prefix);
    QString dirName() const;
    QString filePath(const QString &fileName) const;
    QString absoluteFilePath(const QString &fileName) const;
    QString relativeFilePath(const QString &fileName) const;
    static QString toNativeSeparators(const QString &pathName);
    static QString fromNativeSeparators(const QString &pathName);
    bool cd(const QString &dirName);
    bool cdUp();
    QStringList nameFilters() const;
    void setNameFilters(const QStringList &nameFilters);
    Filters filter() const;
    void setFilter(Filters filter);
    SortFlags sorting() const;
    void setSorting(SortFlags sort);
    uint count() const;
    bool isEmpty(Filters filters = Filters(AllEntries | NoDotAndDotDot)) const;
    QString operator[](int) const;
    static QStringList nameFiltersFromString(const QString &nameFilter);
    QStringList entryList(Filters filters = NoFilter, SortFlags sort = NoSort) const;
    QStringList entryList(const QStringList &nameFilters, Filters filters = NoFilter, SortFlags sort = NoSort) const;
    QList<QFileInfo> entryInfoList(Filters filters = NoFilter, SortFlags sort = NoSort) const;
    QList<QFileInfo> entryInfoList(const QStringList &nameFilters, Filters filters = NoFilter, SortFlags sort = NoSort) const;
    bool mkdir(const QString &dirName) const;
    bool mkdir(const QString &dirName, QFile::Permissions permissions) const;
    bool rmdir(const QString &dirName) const;
    bool mkpath(const QString &dirPath) const;
    bool rmpath(const QString &dirPath) const;
    bool removeRecursively();
    bool isReadable() const;
    bool exists() const;
    bool isRoot() const;
    static bool isRelativePath(const QString &path);
    static bool isAbsolutePath(const QString &path);
    bool isRelative() const;
    bool isAbsolute() const;
    bool makeAbsolute();
    bool operator==(const QDir &dir) const;
    bool operator!=(const QDir &dir) const;
    bool remove(const QString &fileName);
    bool rename(const QString &oldName, const QString &newName);
    bool exists(const QString &name) const;
    static QChar listSeparator() noexcept;
    static QChar separator();
    static bool setCurrent(const QString &path);
    static QDir current();
    static QString currentPath();
    static QDir home();
    static QString homePath();
    static QDir root();
    static QString rootPath();
    static QDir temp();
    static QString tempPath();
    static bool match(const QStringList &filters, const QString &fileName);
    static bool match(const QString &filter, const QString &fileName);
    static QString cleanPath(const QString &path);
    void refresh() const;
protected:
    friend QDebug operator<<(QDebug debug, QDir::Filters filters);
    friend QDebug operator<<(QDebug debug, const QDir &dir);
};

class QStandardPaths {
    Q_GADGET
public:
    enum StandardLocation {
        DesktopLocation = 0,
        DocumentsLocation = 1,
        FontsLocation = 2,
        ApplicationsLocation = 3,
        MusicLocation = 4,
        MoviesLocation = 5,
        PicturesLocation = 6,
        TempLocation = 7,
        HomeLocation = 8,
        AppLocalDataLocation = 9,
        CacheLocation = 10,
        GenericDataLocation = 11,
        RuntimeLocation = 12,
        ConfigLocation = 13,
        DownloadLocation = 14,
        GenericCacheLocation = 15,
        GenericConfigLocation = 16,
        AppDataLocation = 17,
        AppConfigLocation = 18,
        PublicShareLocation = 19,
        TemplatesLocation = 20
    };
    static QString writableLocation(StandardLocation type);
    static QStringList standardLocations(StandardLocation type);
    enum LocateOption {
        LocateFile = 0,
        LocateDirectory = 1
    };
    using LocateOptions = QFlags<LocateOption>;
    static QString locate(StandardLocation type, const QString &fileName, LocateOptions options = LocateFile);
    static QStringList locateAll(StandardLocation type, const QString &fileName, LocateOptions options = LocateFile);
    static QString displayName(StandardLocation type);
    static QString findExecutable(const QString &executableName, const QStringList &paths = QStringList());
    static void setTestModeEnabled(bool testMode);
    static bool isTestModeEnabled();
};

class QSettings : public QObject {
    Q_OBJECT
public:
    enum Status {
        NoError = 0,
        AccessError = 1,
        FormatError = 2
    };
    enum Format {
        NativeFormat = 0,
        IniFormat = 1,
        InvalidFormat = 16,
        CustomFormat1 = 17,
        CustomFormat2 = 18,
        CustomFormat3 = 19,
        CustomFormat4 = 20,
        CustomFormat5 = 21,
        CustomFormat6 = 22,
        CustomFormat7 = 23,
        CustomFormat8 = 24,
        CustomFormat9 = 25,
        CustomFormat10 = 26,
        CustomFormat11 = 27,
        CustomFormat12 = 28,
        CustomFormat13 = 29,
        CustomFormat14 = 30,
        CustomFormat15 = 31,
        CustomFormat16 = 32
    };
    enum Scope {
        UserScope = 0,
        SystemScope = 1
    };
    explicit QSettings(const QString &organization, const QString &application = QString(), QObject *parent = nullptr);
    QSettings(Scope scope, const QString &organization, const QString &application = QString(), QObject *parent = nullptr);
    QSettings(Format format, Scope scope, const QString &organization, const QString &application = QString(), QObject *parent = nullptr);
    QSettings(const QString &fileName, Format format, QObject *parent = nullptr);
    explicit QSettings(QObject *parent = nullptr);
    explicit QSettings(Scope scope, QObject *parent = nullptr);
    ~QSettings() noexcept;
    void clear();
    void sync();
    Status status() const;
    bool isAtomicSyncRequired() const;
    void setAtomicSyncRequired(bool enable);
    void beginGroup(QAnyStringView prefix);
    void endGroup();
    QString group() const;
    int beginReadArray(QAnyStringView prefix);
    void beginWriteArray(QAnyStringView prefix, int size = -1);
    void endArray();
    void setArrayIndex(int i);
    QStringList allKeys() const;
    QStringList childKeys() const;
    QStringList childGroups() const;
    bool isWritable() const;
    void setValue(QAnyStringView key, const QVariant &value);
    QVariant value(QAnyStringView key, const QVariant &defaultValue) const;
    QVariant value(QAnyStringView key) const;
    void remove(QAnyStringView key);
    bool contains(QAnyStringView key) const;
    void setFallbacksEnabled(bool b);
    bool fallbacksEnabled() const;
    QString fileName() const;
    Format format() const;
    Scope scope() const;
    QString organizationName() const;
    QString applicationName() const;
    static void setDefaultFormat(Format format);
    static Format defaultFormat();
    static void setPath(Format format, Scope scope, const QString &path);
    using SettingsMap = QMap<QString, QVariant>;
    using ReadFunc = bool (*)(QIODevice &, SettingsMap &);
    using WriteFunc = bool (*)(QIODevice &, const SettingsMap &);
    static Format registerFormat(const QString &extension, ReadFunc readFunc, WriteFunc writeFunc, Qt::CaseSensitivity caseSensitivity = Qt::CaseSensitive);
protected:
    bool event(QEvent *event) override;
};

class QUrl {
public:
    enum ParsingMode {
        TolerantMode = 0,
        StrictMode = 1,
        DecodedMode = 2
    };
    enum UrlFormattingOption : unsigned int {
        None = 0,
        RemoveScheme = 1,
        RemovePassword = 2,
        RemoveUserInfo = 6,
        RemovePort = 8,
        RemoveAuthority = 30,
        RemovePath = 32,
        RemoveQuery = 64,
        RemoveFragment = 128,
        PreferLocalFile = 512,
        StripTrailingSlash = 1024,
        RemoveFilename = 2048,
        NormalizePathSegments = 4096
    };
    enum ComponentFormattingOption : unsigned int {
        PrettyDecoded = 0,
        EncodeSpaces = 1048576,
        EncodeUnicode = 2097152,
        EncodeDelimiters = 12582912,
        EncodeReserved = 16777216,
        DecodeReserved = 33554432,
        FullyEncoded = 32505856,
        FullyDecoded = 133169152
    };
    using ComponentFormattingOptions = QFlags<ComponentFormattingOption>;
    using FormattingOptions = QUrlTwoFlags<UrlFormattingOption, ComponentFormattingOption>;
    QUrl();
    QUrl(const QUrl &copy);
    QUrl & operator=(const QUrl &copy);
    QUrl(const QString &url, ParsingMode mode = TolerantMode);
    QUrl & operator=(const QString &url);
    QUrl(QUrl &&other) noexcept;
    QUrl & operator=(QUrl &&other) noexcept;
    ~QUrl() noexcept;
    void swap(QUrl &other) noexcept;
    void setUrl(const QString &url, ParsingMode mode = TolerantMode);
    QString url(FormattingOptions options = FormattingOptions(PrettyDecoded)) const;
    QString toString(FormattingOptions options = FormattingOptions(PrettyDecoded)) const;
    QString toDisplayString(FormattingOptions options = FormattingOptions(PrettyDecoded)) const;
    QUrl adjusted(FormattingOptions options) const;
    QByteArray toEncoded(FormattingOptions options = FullyEncoded) const;
    static QUrl fromEncoded(const QByteArray &url, ParsingMode mode = TolerantMode);
    enum UserInputResolutionOption {
        DefaultResolution = 0,
        AssumeLocalFile = 1
    };
    using UserInputResolutionOptions = QFlags<UserInputResolutionOption>;
    static QUrl fromUserInput(const QString &userInput, const QString &workingDirectory = QString(), UserInputResolutionOptions options = DefaultResolution);
    bool isValid() const;
    QString errorString() const;
    bool isEmpty() const;
    void clear();
    void setScheme(const QString &scheme);
    QString scheme() const;
    void setAuthority(const QString &authority, ParsingMode mode = TolerantMode);
    QString authority(ComponentFormattingOptions options = PrettyDecoded) const;
    void setUserInfo(const QString &userInfo, ParsingMode mode = TolerantMode);
    QString userInfo(ComponentFormattingOptions options = PrettyDecoded) const;
    void setUserName(const QString &userName, ParsingMode mode = DecodedMode);
    QString userName(ComponentFormattingOptions options = FullyDecoded) const;
    void setPassword(const QString &password, ParsingMode mode = DecodedMode);
    QString password(ComponentFormattingOptions = FullyDecoded) const;
    void setHost(const QString &host, ParsingMode mode = DecodedMode);
    QString host(ComponentFormattingOptions = FullyDecoded) const;
    void setPort(int port);
    int port(int defaultPort = -1) const;
    void setPath(const QString &path, ParsingMode mode = DecodedMode);
    QString path(ComponentFormattingOptions options = FullyDecoded) const;
    QString fileName(ComponentFormattingOptions options = FullyDecoded) const;
    bool hasQuery() const;
    void setQuery(const QString &query, ParsingMode mode = TolerantMode);
    void setQuery(const QUrlQuery &query);
    QString query(ComponentFormattingOptions = PrettyDecoded) const;
    bool hasFragment() const;
    QString fragment(ComponentFormattingOptions options = PrettyDecoded) const;
    void setFragment(const QString &fragment, ParsingMode mode = TolerantMode);
    QUrl resolved(const QUrl &relative) const;
    bool isRelative() const;
    bool isParentOf(const QUrl &url) const;
    bool isLocalFile() const;
    static QUrl fromLocalFile(const QString &localfile);
    QString toLocalFile() const;
    void detach();
    bool isDetached() const;
    bool operator<(const QUrl &url) const;
    bool operator==(const QUrl &url) const;
    bool operator!=(const QUrl &url) const;
    bool matches(const QUrl &url, FormattingOptions options) const;
    static QString fromPercentEncoding(const QByteArray &);
    static QByteArray toPercentEncoding(const QString &, const QByteArray &exclude = QByteArray(), const QByteArray &include = QByteArray());
    enum AceProcessingOption : unsigned int {
        IgnoreIDNWhitelist = 1,
        AceTransitionalProcessing = 2
    };
    using AceProcessingOptions = QFlags<AceProcessingOption>;
    static QString fromAce(const QByteArray &domain, AceProcessingOptions options = { });
    static QByteArray toAce(const QString &domain, AceProcessingOptions options = { });
    static QStringList idnWhitelist();
    static QStringList toStringList(const QList<QUrl> &uris, FormattingOptions options = FormattingOptions(PrettyDecoded));
    static QList<QUrl> fromStringList(const QStringList &uris, ParsingMode mode = TolerantMode);
    static void setIdnWhitelist(const QStringList &);
    friend size_t qHash(const QUrl &url, size_t seed) noexcept;
    friend QDataStream & operator<<(QDataStream &, const QUrl &);
    friend QDataStream & operator>>(QDataStream &, QUrl &);
    friend QDebug operator<<(QDebug, const QUrl &);
};

class QUrlQuery {
public:
    QUrlQuery();
    explicit QUrlQuery(const QUrl &url);
    explicit QUrlQuery(const QString &queryString);
    QUrlQuery(std::initializer_list<QPair<QString, QString>> list);
    QUrlQuery(const QUrlQuery &other);
    QUrlQuery & operator=(const QUrlQuery &other);
    QUrlQuery & operator=(QUrlQuery &&other) noexcept;
    ~QUrlQuery() noexcept;
    bool operator==(const QUrlQuery &other) const;
    bool operator!=(const QUrlQuery &other) const;
    void swap(QUrlQuery &other) noexcept;
    bool isEmpty() const;
    bool isDetached() const;
    void clear();
    QString query(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
    void setQuery(const QString &queryString);
    QString toString(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
    void setQueryDelimiters(QChar valueDelimiter, QChar pairDelimiter);
    QChar queryValueDelimiter() const;
    QChar queryPairDelimiter() const;
    void setQueryItems(const QList<QPair<QString, QString>> &query);
    QList<QPair<QString, QString>> queryItems(QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
    bool hasQueryItem(const QString &key) const;
    void addQueryItem(const QString &key, const QString &value);
    void removeQueryItem(const QString &key);
    QString queryItemValue(const QString &key, QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
    QStringList allQueryItemValues(const QString &key, QUrl::ComponentFormattingOptions encoding = QUrl::PrettyDecoded) const;
    void removeAllQueryItems(const QString &key);
    static char16_t defaultQueryValueDelimiter() noexcept;
    static char16_t defaultQueryPairDelimiter() noexcept;
};

struct QJsonParseError {
    enum ParseError {
        NoError = 0,
        UnterminatedObject = 1,
        MissingNameSeparator = 2,
        UnterminatedArray = 3,
        MissingValueSeparator = 4,
        IllegalValue = 5,
        TerminationByNumber = 6,
        IllegalNumber = 7,
        IllegalEscapeSequence = 8,
        IllegalUTF8String = 9,
        UnterminatedString = 10,
        MissingObject = 11,
        DeepNesting = 12,
        DocumentTooLarge = 13,
        GarbageAtEnd = 14
    };
    QString errorString() const;
    int offset;
    ParseError error;
};

class QRegularExpression {
public:
    enum PatternOption {
        NoPatternOption = 0,
        CaseInsensitiveOption = 1,
        DotMatchesEverythingOption = 2,
        MultilineOption = 4,
        ExtendedPatternSyntaxOption = 8,
        InvertedGreedinessOption = 16,
        DontCaptureOption = 32,
        UseUnicodePropertiesOption = 64
    };
    using PatternOptions = QFlags<PatternOption>;
    PatternOptions patternOptions() const;
    void setPatternOptions(PatternOptions options);
    QRegularExpression();
    explicit QRegularExpression(const QString &pattern, PatternOptions options = NoPatternOption);
    QRegularExpression(const QRegularExpression &re);
    QRegularExpression(QRegularExpression &&re) = default;
    ~QRegularExpression() noexcept;
    QRegularExpression & operator=(const QRegularExpression &re);
    QRegularExpression & operator=(QRegularExpression &&other) noexcept;
    void swap(QRegularExpression &other) noexcept;
    QString pattern() const;
    void setPattern(const QString &pattern);
    bool isValid() const;
    qsizetype patternErrorOffset() const;
    QString errorString() const;
    int captureCount() const;
    QStringList namedCaptureGroups() const;
    enum MatchType {
        NormalMatch = 0,
        PartialPreferCompleteMatch = 1,
        PartialPreferFirstMatch = 2,
        NoMatch = 3
    };
    enum MatchOption {
        NoMatchOption = 0,
        AnchorAtOffsetMatchOption = 1,
        AnchoredMatchOption = 1,
        DontCheckSubjectStringMatchOption = 2
    };
    using MatchOptions = QFlags<MatchOption>;
    QRegularExpressionMatch match(const QString &subject, qsizetype offset = 0, MatchType matchType = NormalMatch, MatchOptions matchOptions = NoMatchOption) const;
    QRegularExpressionMatch match(QStringView subjectView, qsizetype offset = 0, MatchType matchType = NormalMatch, MatchOptions matchOptions = NoMatchOption) const;
    QRegularExpressionMatchIterator globalMatch(const QString &subject, qsizetype offset = 0, MatchType matchType = NormalMatch, MatchOptions matchOptions = NoMatchOption) const;
    QRegularExpressionMatchIterator globalMatch(QStringView subjectView, qsizetype offset = 0, MatchType matchType = NormalMatch, MatchOptions matchOptions = NoMatchOption) const;
    void optimize() const;
    enum WildcardConversionOption {
        DefaultWildcardConversion = 0,
        UnanchoredWildcardConversion = 1
    };
    using WildcardConversionOptions = QFlags<WildcardConversionOption>;
    static QString escape(const QString &str);
    static QString wildcardToRegularExpression(const QString &str, WildcardConversionOptions options = DefaultWildcardConversion);
    static QString anchoredPattern(const QString &expression);
    static QString escape(QStringView str);
    static QString wildcardToRegularExpression(QStringView str, WildcardConversionOptions options = DefaultWildcardConversion);
    static QString anchoredPattern(QStringView expression);
    static QRegularExpression fromWildcard(QStringView pattern, Qt::CaseSensitivity cs = Qt::CaseInsensitive, WildcardConversionOptions options = DefaultWildcardConversion);
    bool operator==(const QRegularExpression &re) const;
    bool operator!=(const QRegularExpression &re) const;
    friend QDataStream & operator<<(QDataStream &out, const QRegularExpression &re);
    friend QDataStream & operator>>(QDataStream &in, QRegularExpression &re);
    friend QDebug operator<<(QDebug debug, const QRegularExpression &re);
    friend QDebug operator<<(QDebug debug, QRegularExpression::PatternOptions patternOptions);
};

class QUuid {
public:
    enum Variant {
        VarUnknown = -1,
        NCS = 0,
        DCE = 2,
        Microsoft = 6,
        Reserved = 7
    };
    enum Version {
        VerUnknown = -1,
        Time = 1,
        EmbeddedPOSIX = 2,
        Md5 = 3,
        Name = 3,
        Random = 4,
        Sha1 = 5
    };
    enum StringFormat {
        WithBraces = 0,
        WithoutBraces = 1,
        Id128 = 3
    };
    QUuid() noexcept;
    QUuid(uint l, ushort w1, ushort w2, uchar b1, uchar b2, uchar b3, uchar b4, uchar b5, uchar b6, uchar b7, uchar b8) noexcept;
    explicit QUuid(QAnyStringView string) noexcept;
    static QUuid fromString(QAnyStringView string) noexcept;
    QString toString(StringFormat mode = WithBraces) const;
    QByteArray toByteArray(StringFormat mode = WithBraces) const;
    QByteArray toRfc4122() const;
    static QUuid fromRfc4122(QByteArrayView) noexcept;
    bool isNull() const noexcept;
    bool operator==(const QUuid &orig) const noexcept;
    bool operator!=(const QUuid &orig) const noexcept;
    bool operator<(const QUuid &other) const noexcept;
    bool operator>(const QUuid &other) const noexcept;
    static QUuid createUuid();
    static QUuid createUuidV3(const QUuid &ns, const QByteArray &baseData);
    static QUuid createUuidV5(const QUuid &ns, const QByteArray &baseData);
    static QUuid createUuidV3(const QUuid &ns, const QString &baseData);
    static QUuid createUuidV5(const QUuid &ns, const QString &baseData);
    QUuid::Variant variant() const noexcept;
    QUuid::Version version() const noexcept;
    uint data1;
    ushort data2;
    ushort data3;
    uchar data4[8];
    friend QDataStream & operator<<(QDataStream &, const QUuid &);
    friend QDataStream & operator>>(QDataStream &, QUuid &);
    friend QDebug operator<<(QDebug, const QUuid &);
};

class QCborValue {
    Q_GADGET
public:
    enum EncodingOption {
        SortKeysInMaps = 1,
        UseFloat = 2,
        UseFloat16 = 6,
        UseIntegers = 8,
        NoTransformation = 0
    };
    using EncodingOptions = QFlags<EncodingOption>;
    enum DiagnosticNotationOption {
        Compact = 0,
        LineWrapped = 1,
        ExtendedFormat = 2
    };
    using DiagnosticNotationOptions = QFlags<DiagnosticNotationOption>;
    enum Type : int {
        Integer = 0,
        ByteArray = 64,
        String = 96,
        Array = 128,
        Map = 160,
        Tag = 192,
        SimpleType = 256,
        False = 276,
        True = 277,
        Null = 278,
        Undefined = 279,
        Double = 514,
        DateTime = 65536,
        Url = 65568,
        RegularExpression = 65571,
        Uuid = 65573,
        Invalid = -1
    };
    QCborValue();
    QCborValue(Type t_);
    QCborValue(std::nullptr_t);
    QCborValue(bool b_);
    QCborValue(int i);
    QCborValue(unsigned int u);
    QCborValue(qint64 i);
    QCborValue(double v);
    QCborValue(QCborSimpleType st);
    QCborValue(const QByteArray &ba);
    QCborValue(const QString &s);
    QCborValue(QStringView s);
    QCborValue(QLatin1StringView s);
    QCborValue(const char *s);
    QCborValue(const QCborArray &a);
    QCborValue(QCborArray &&a);
    QCborValue(const QCborMap &m);
    QCborValue(QCborMap &&m);
    QCborValue(QCborTag tag, const QCborValue &taggedValue = QCborValue());
    QCborValue(QCborKnownTags t_, const QCborValue &tv = QCborValue());
    explicit QCborValue(const QDateTime &dt);
    explicit QCborValue(const QUrl &url);
    explicit QCborValue(const QRegularExpression &rx);
    explicit QCborValue(const QUuid &uuid);
    ~QCborValue() noexcept;
    QCborValue(const void *) = delete;
    QCborValue(const QCborValue &other);
    QCborValue(QCborValue &&other) noexcept;
    QCborValue & operator=(const QCborValue &other);
    QCborValue & operator=(QCborValue &&other) noexcept;
    void swap(QCborValue &other) noexcept;
    Type type() const;
    bool isInteger() const;
    bool isByteArray() const;
    bool isString() const;
    bool isArray() const;
    bool isMap() const;
    bool isTag() const;
    bool isFalse() const;
    bool isTrue() const;
    bool isBool() const;
    bool isNull() const;
    bool isUndefined() const;
    bool isDouble() const;
    bool isDateTime() const;
    bool isUrl() const;
    bool isRegularExpression() const;
    bool isUuid() const;
    bool isInvalid() const;
    bool isContainer() const;
    bool isSimpleType() const;
    bool isSimpleType(QCborSimpleType st) const;
    QCborSimpleType toSimpleType(QCborSimpleType defaultValue = QCborSimpleType::Undefined) const;
    qint64 toInteger(qint64 defaultValue = 0) const;
    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    QCborTag tag(QCborTag defaultValue = QCborTag(-1)) const;
    QCborValue taggedValue(const QCborValue &defaultValue = QCborValue()) const;
    QByteArray toByteArray(const QByteArray &defaultValue = { }) const;
    QString toString(const QString &defaultValue = { }) const;
    QDateTime toDateTime(const QDateTime &defaultValue = { }) const;
    QUrl toUrl(const QUrl &defaultValue = { }) const;
    QRegularExpression toRegularExpression(const QRegularExpression &defaultValue = { }) const;
    QUuid toUuid(const QUuid &defaultValue = { }) const;
    QCborArray toArray() const;
    QCborArray toArray(const QCborArray &defaultValue) const;
    QCborMap toMap() const;
    QCborMap toMap(const QCborMap &defaultValue) const;
    const QCborValue operator[](const QString &key) const;
    const QCborValue operator[](QLatin1StringView key) const;
    const QCborValue operator[](qint64 key) const;
    int compare(const QCborValue &other) const;
    bool operator==(const QCborValue &other) const noexcept;
    bool operator!=(const QCborValue &other) const noexcept;
    bool operator<(const QCborValue &other) const;
    static QCborValue fromVariant(const QVariant &variant);
    QVariant toVariant() const;
    static QCborValue fromJsonValue(const QJsonValue &v);
    QJsonValue toJsonValue() const;
    static QCborValue fromCbor(QCborStreamReader &reader);
    static QCborValue fromCbor(const QByteArray &ba, QCborParserError *error = nullptr);
    QByteArray toCbor(EncodingOptions opt = NoTransformation) const;
    void toCbor(QCborStreamWriter &writer, EncodingOptions opt = NoTransformation) const;
    QString toDiagnosticNotation(DiagnosticNotationOptions opts = Compact) const;
    friend QDebug operator<<(QDebug, const QCborValue &v);
    friend QDataStream & operator<<(QDataStream &, const QCborValue &);
    friend QDataStream & operator>>(QDataStream &, QCborValue &);
};

class QJsonValue {
public:
    enum Type {
        Null = 0,
        Bool = 1,
        Double = 2,
        String = 3,
        Array = 4,
        Object = 5,
        Undefined = 128
    };
    QJsonValue(Type = Null);
    QJsonValue(bool b);
    QJsonValue(double n);
    QJsonValue(int n);
    QJsonValue(qint64 v);
    QJsonValue(const QString &s);
    QJsonValue(QLatin1StringView s);
    QJsonValue(const char *s);
    QJsonValue(const QJsonArray &a);
    QJsonValue(QJsonArray &&a) noexcept;
    QJsonValue(const QJsonObject &o);
    QJsonValue(QJsonObject &&o) noexcept;
    ~QJsonValue() noexcept;
    QJsonValue(const QJsonValue &other);
    QJsonValue & operator=(const QJsonValue &other);
    QJsonValue(QJsonValue &&other) noexcept;
    QJsonValue & operator=(QJsonValue &&other) noexcept;
    void swap(QJsonValue &other) noexcept;
    static QJsonValue fromVariant(const QVariant &variant);
    QVariant toVariant() const;
    Type type() const;
    bool isNull() const;
    bool isBool() const;
    bool isDouble() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;
    bool isUndefined() const;
    bool toBool(bool defaultValue = false) const;
    int toInt(int defaultValue = 0) const;
    qint64 toInteger(qint64 defaultValue = 0) const;
    double toDouble(double defaultValue = 0) const;
    QString toString() const;
    QString toString(const QString &defaultValue) const;
    QJsonArray toArray() const;
    QJsonArray toArray(const QJsonArray &defaultValue) const;
    QJsonObject toObject() const;
    QJsonObject toObject(const QJsonObject &defaultValue) const;
    const QJsonValue operator[](const QString &key) const;
    const QJsonValue operator[](QStringView key) const;
    const QJsonValue operator[](QLatin1StringView key) const;
    const QJsonValue operator[](qsizetype i) const;
    bool operator==(const QJsonValue &other) const;
    bool operator!=(const QJsonValue &other) const;
    friend QDebug operator<<(QDebug, const QJsonValue &);
    friend QDataStream & operator<<(QDataStream &, const QJsonValue &);
    friend QDataStream & operator>>(QDataStream &, QJsonValue &);
};

class QJsonValueConstRef {
public:
    QJsonValueConstRef(const QJsonValueConstRef &) = default;
    QJsonValueConstRef & operator=(const QJsonValueConstRef &) = delete;
    operator QJsonValue() const;
    QVariant toVariant() const;
    QJsonValue::Type type() const;
    bool isNull() const;
    bool isBool() const;
    bool isDouble() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;
    bool isUndefined() const;
    bool toBool(bool defaultValue = false) const;
    int toInt(int defaultValue = 0) const;
    qint64 toInteger(qint64 defaultValue = 0) const;
    double toDouble(double defaultValue = 0) const;
    QString toString(const QString &defaultValue = { }) const;
    QJsonArray toArray() const;
    QJsonObject toObject() const;
    const QJsonValue operator[](QStringView key) const;
    const QJsonValue operator[](QLatin1StringView key) const;
    const QJsonValue operator[](qsizetype i) const;
    bool operator==(const QJsonValue &other) const;
    bool operator!=(const QJsonValue &other) const;
protected:
    static QJsonValue::Type concreteType(QJsonValueConstRef self) noexcept;
    static bool concreteBool(QJsonValueConstRef self, bool defaultValue) noexcept;
    static qint64 concreteInt(QJsonValueConstRef self, qint64 defaultValue, bool clamp) noexcept;
    static double concreteDouble(QJsonValueConstRef self, double defaultValue) noexcept;
    static QString concreteString(QJsonValueConstRef self, const QString &defaultValue);
    static QJsonValue concrete(QJsonValueConstRef self) noexcept;
    static QString objectKey(QJsonValueConstRef self);
    QString objectKey() const;
    QJsonValueConstRef(QJsonArray *array, qsizetype idx);
    QJsonValueConstRef(QJsonObject *object, qsizetype idx);
    void rebind(QJsonValueConstRef other);
    quint64 is_object;
    quint64 index;
};

class QJsonValueRef : public QJsonValueConstRef {
public:
    QJsonValueRef(const QJsonValueRef &) = default;
    QJsonValueRef & operator=(const QJsonValue &val);
    QJsonValueRef & operator=(const QJsonValueRef &val);
    QJsonValueRef(QJsonArray *array, qsizetype idx);
    QJsonValueRef(QJsonObject *object, qsizetype idx);
    operator QJsonValue() const;
    QVariant toVariant() const;
    QJsonValue::Type type() const;
    bool isNull() const;
    bool isBool() const;
    bool isDouble() const;
    bool isString() const;
    bool isArray() const;
    bool isObject() const;
    bool isUndefined() const;
    bool toBool(bool defaultValue = false) const;
    int toInt(int defaultValue = 0) const;
    qint64 toInteger(qint64 defaultValue = 0) const;
    double toDouble(double defaultValue = 0) const;
    QString toString(const QString &defaultValue = { }) const;
    QJsonArray toArray() const;
    QJsonObject toObject() const;
    const QJsonValue operator[](QStringView key) const;
    const QJsonValue operator[](QLatin1StringView key) const;
    const QJsonValue operator[](qsizetype i) const;
    bool operator==(const QJsonValue &other) const;
    bool operator!=(const QJsonValue &other) const;
};

class QJsonObject {
public:
    class iterator;
    class const_iterator;
public:
    QJsonObject();
    QJsonObject(std::initializer_list<QPair<QString, QJsonValue>> args);
    ~QJsonObject() noexcept;
    QJsonObject(const QJsonObject &other);
    QJsonObject & operator=(const QJsonObject &other);
    QJsonObject(QJsonObject &&other) noexcept;
    QJsonObject & operator=(QJsonObject &&other) noexcept;
    void swap(QJsonObject &other) noexcept;
    static QJsonObject fromVariantMap(const QVariantMap &map);
    QVariantMap toVariantMap() const;
    static QJsonObject fromVariantHash(const QVariantHash &map);
    QVariantHash toVariantHash() const;
    QStringList keys() const;
    qsizetype size() const;
    qsizetype count() const;
    qsizetype length() const;
    bool isEmpty() const;
    QJsonValue value(const QString &key) const;
    QJsonValue operator[](const QString &key) const;
    QJsonValueRef operator[](const QString &key);
    QJsonValue value(QStringView key) const;
    QJsonValue value(QLatin1StringView key) const;
    QJsonValue operator[](QStringView key) const;
    QJsonValue operator[](QLatin1StringView key) const;
    QJsonValueRef operator[](QStringView key);
    QJsonValueRef operator[](QLatin1StringView key);
    void remove(const QString &key);
    QJsonValue take(const QString &key);
    bool contains(const QString &key) const;
    void remove(QStringView key);
    void remove(QLatin1StringView key);
    QJsonValue take(QStringView key);
    QJsonValue take(QLatin1StringView key);
    bool contains(QStringView key) const;
    bool contains(QLatin1StringView key) const;
    bool operator==(const QJsonObject &other) const;
    bool operator!=(const QJsonObject &other) const;
    class iterator {
    public:
        using difference_type = qsizetype;
        using value_type = QJsonValue;
        using reference = QJsonValueRef;
        using pointer = QJsonValueRef *;
        iterator();
        iterator(QJsonObject *obj, qsizetype index);
        iterator(const iterator &other) = default;
        iterator & operator=(const iterator &other);
        QString key() const;
        QJsonValueRef value() const;
        QJsonValueRef operator*() const;
        const QJsonValueConstRef * operator->() const;
        QJsonValueRef * operator->();
        QJsonValueRef operator[](qsizetype j) const;
        bool operator==(const iterator &other) const;
        bool operator!=(const iterator &other) const;
        bool operator<(const iterator &other) const;
        bool operator<=(const iterator &other) const;
        bool operator>(const iterator &other) const;
        bool operator>=(const iterator &other) const;
        iterator & operator++();
        iterator operator++(int);
        iterator & operator--();
        iterator operator--(int);
        iterator operator+(qsizetype j) const;
        iterator operator-(qsizetype j) const;
        iterator & operator+=(qsizetype j);
        iterator & operator-=(qsizetype j);
        qsizetype operator-(iterator j) const;
        bool operator==(const const_iterator &other) const;
        bool operator!=(const const_iterator &other) const;
        bool operator<(const const_iterator &other) const;
        bool operator<=(const const_iterator &other) const;
        bool operator>(const const_iterator &other) const;
        bool operator>=(const const_iterator &other) const;
    };
    class const_iterator {
    public:
        using difference_type = qsizetype;
        using value_type = QJsonValue;
        using reference = const QJsonValueConstRef;
        using pointer = const QJsonValueConstRef *;
        const_iterator();
        const_iterator(const QJsonObject *obj, qsizetype index);
        const_iterator(const iterator &other);
        const_iterator(const const_iterator &other) = default;
        const_iterator & operator=(const const_iterator &other);
        QString key() const;
        QJsonValueConstRef value() const;
        const QJsonValueConstRef operator*() const;
        const QJsonValueConstRef * operator->() const;
        QJsonValueConstRef operator[](qsizetype j) const;
        bool operator==(const const_iterator &other) const;
        bool operator!=(const const_iterator &other) const;
        bool operator<(const const_iterator &other) const;
        bool operator<=(const const_iterator &other) const;
        bool operator>(const const_iterator &other) const;
        bool operator>=(const const_iterator &other) const;
        const_iterator & operator++();
        const_iterator operator++(int);
        const_iterator & operator--();
        const_iterator operator--(int);
        const_iterator operator+(qsizetype j) const;
        const_iterator operator-(qsizetype j) const;
        const_iterator & operator+=(qsizetype j);
        const_iterator & operator-=(qsizetype j);
        qsizetype operator-(const_iterator j) const;
        bool operator==(const iterator &other) const;
        bool operator!=(const iterator &other) const;
        bool operator<(const iterator &other) const;
        bool operator<=(const iterator &other) const;
        bool operator>(const iterator &other) const;
        bool operator>=(const iterator &other) const;
    };
    iterator begin();
    const_iterator begin() const;
    const_iterator constBegin() const;
    iterator end();
    const_iterator end() const;
    const_iterator constEnd() const;
    iterator erase(iterator it);
    using Iterator = iterator;
    using ConstIterator = const_iterator;
    iterator find(const QString &key);
    const_iterator find(const QString &key) const;
    const_iterator constFind(const QString &key) const;
    iterator insert(const QString &key, const QJsonValue &value);
    iterator find(QStringView key);
    iterator find(QLatin1StringView key);
    const_iterator find(QStringView key) const;
    const_iterator find(QLatin1StringView key) const;
    const_iterator constFind(QStringView key) const;
    const_iterator constFind(QLatin1StringView key) const;
    iterator insert(QStringView key, const QJsonValue &value);
    iterator insert(QLatin1StringView key, const QJsonValue &value);
    using mapped_type = QJsonValue;
    using key_type = QString;
    using size_type = qsizetype;
    bool empty() const;
    friend QDebug operator<<(QDebug, const QJsonObject &);
    friend QDataStream & operator<<(QDataStream &, const QJsonObject &);
    friend QDataStream & operator>>(QDataStream &, QJsonObject &);
};

class QJsonArray {
public:
    class iterator;
    class const_iterator;
public:
    QJsonArray();
    QJsonArray(std::initializer_list<QJsonValue> args);
    ~QJsonArray() noexcept;
    QJsonArray(const QJsonArray &other);
    QJsonArray & operator=(const QJsonArray &other);
    QJsonArray(QJsonArray &&other) noexcept;
    QJsonArray & operator=(QJsonArray &&other) noexcept;
    static QJsonArray fromStringList(const QStringList &list);
    static QJsonArray fromVariantList(const QVariantList &list);
    QVariantList toVariantList() const;
    qsizetype size() const;
    qsizetype count() const;
    bool isEmpty() const;
    QJsonValue at(qsizetype i) const;
    QJsonValue first() const;
    QJsonValue last() const;
    void prepend(const QJsonValue &value);
    void append(const QJsonValue &value);
    void removeAt(qsizetype i);
    QJsonValue takeAt(qsizetype i);
    void removeFirst();
    void removeLast();
    void insert(qsizetype i, const QJsonValue &value);
    void replace(qsizetype i, const QJsonValue &value);
    bool contains(const QJsonValue &element) const;
    QJsonValueRef operator[](qsizetype i);
    QJsonValue operator[](qsizetype i) const;
    bool operator==(const QJsonArray &other) const;
    bool operator!=(const QJsonArray &other) const;
    void swap(QJsonArray &other) noexcept;
    class iterator {
    public:
        using difference_type = qsizetype;
        using value_type = QJsonValue;
        using reference = QJsonValueRef;
        using pointer = QJsonValueRef *;
        iterator();
        explicit iterator(QJsonArray *array, qsizetype index);
        iterator(const iterator &other) = default;
        iterator & operator=(const iterator &other);
        QJsonValueRef operator*() const;
        const QJsonValueConstRef * operator->() const;
        QJsonValueRef * operator->();
        QJsonValueRef operator[](qsizetype j) const;
        bool operator==(const iterator &o) const;
        bool operator!=(const iterator &o) const;
        bool operator<(const iterator &other) const;
        bool operator<=(const iterator &other) const;
        bool operator>(const iterator &other) const;
        bool operator>=(const iterator &other) const;
        bool operator==(const const_iterator &o) const;
        bool operator!=(const const_iterator &o) const;
        bool operator<(const const_iterator &other) const;
        bool operator<=(const const_iterator &other) const;
        bool operator>(const const_iterator &other) const;
        bool operator>=(const const_iterator &other) const;
        iterator & operator++();
        iterator operator++(int);
        iterator & operator--();
        iterator operator--(int);
        iterator & operator+=(qsizetype j);
        iterator & operator-=(qsizetype j);
        iterator operator+(qsizetype j) const;
        iterator operator-(qsizetype j) const;
        qsizetype operator-(iterator j) const;
    };
    class const_iterator {
    public:
        using difference_type = qptrdiff;
        using value_type = QJsonValue;
        using reference = const QJsonValueRef;
        using pointer = const QJsonValueRef *;
        const_iterator();
        explicit const_iterator(const QJsonArray *array, qsizetype index);
        const_iterator(const iterator &o);
        const_iterator(const const_iterator &other) = default;
        const_iterator & operator=(const const_iterator &other);
        const QJsonValueConstRef operator*() const;
        const QJsonValueConstRef * operator->() const;
        QJsonValueConstRef operator[](qsizetype j) const;
        bool operator==(const const_iterator &o) const;
        bool operator!=(const const_iterator &o) const;
        bool operator<(const const_iterator &other) const;
        bool operator<=(const const_iterator &other) const;
        bool operator>(const const_iterator &other) const;
        bool operator>=(const const_iterator &other) const;
        const_iterator & operator++();
        const_iterator operator++(int);
        const_iterator & operator--();
        const_iterator operator--(int);
        const_iterator & operator+=(qsizetype j);
        const_iterator & operator-=(qsizetype j);
        const_iterator operator+(qsizetype j) const;
        const_iterator operator-(qsizetype j) const;
        qsizetype operator-(const_iterator j) const;
    };
    iterator begin();
    const_iterator begin() const;
    const_iterator constBegin() const;
    const_iterator cbegin() const;
    iterator end();
    const_iterator end() const;
    const_iterator constEnd() const;
    const_iterator cend() const;
    iterator insert(iterator before, const QJsonValue &value);
    iterator erase(iterator it);
    using Iterator = iterator;
    using ConstIterator = const_iterator;
    QJsonArray operator+(const QJsonValue &v) const;
    QJsonArray & operator+=(const QJsonValue &v);
    QJsonArray & operator<<(const QJsonValue &v);
    void push_back(const QJsonValue &t);
    void push_front(const QJsonValue &t);
    void pop_front();
    void pop_back();
    bool empty() const;
    using size_type = qsizetype;
    using value_type = QJsonValue;
    using pointer = value_type *;
    using const_pointer = const value_type *;
    using reference = QJsonValueRef;
    using const_reference = QJsonValue;
    using difference_type = qsizetype;
    friend QDebug operator<<(QDebug, const QJsonArray &);
    friend QDataStream & operator<<(QDataStream &, const QJsonArray &);
    friend QDataStream & operator>>(QDataStream &, QJsonArray &);
};

class QJsonDocument {
public:
    static const uint BinaryFormatTag;
    QJsonDocument();
    explicit QJsonDocument(const QJsonObject &object);
    explicit QJsonDocument(const QJsonArray &array);
    ~QJsonDocument() noexcept;
    QJsonDocument(const QJsonDocument &other);
    QJsonDocument & operator=(const QJsonDocument &other);
    QJsonDocument(QJsonDocument &&other) noexcept;
    QJsonDocument & operator=(QJsonDocument &&other) noexcept;
    void swap(QJsonDocument &other) noexcept;
    static QJsonDocument fromVariant(const QVariant &variant);
    QVariant toVariant() const;
    enum JsonFormat {
        Indented = 0,
        Compact = 1
    };
    static QJsonDocument fromJson(const QByteArray &json, QJsonParseError *error = nullptr);
    QByteArray toJson(JsonFormat format = Indented) const;
    bool isEmpty() const;
    bool isArray() const;
    bool isObject() const;
    QJsonObject object() const;
    QJsonArray array() const;
    void setObject(const QJsonObject &object);
    void setArray(const QJsonArray &array);
    const QJsonValue operator[](const QString &key) const;
    const QJsonValue operator[](QStringView key) const;
    const QJsonValue operator[](QLatin1StringView key) const;
    const QJsonValue operator[](qsizetype i) const;
    bool operator==(const QJsonDocument &other) const;
    bool operator!=(const QJsonDocument &other) const;
    bool isNull() const;
    friend QDebug operator<<(QDebug, const QJsonDocument &);
    friend QDataStream & operator<<(QDataStream &, const QJsonDocument &);
    friend QDataStream & operator>>(QDataStream &, QJsonDocument &);
};

class QCryptographicHash {
    Q_GADGET
public:
    enum Algorithm {
        Md4 = 0,
        Md5 = 1,
        Sha1 = 2,
        Sha224 = 3,
        Sha256 = 4,
        Sha384 = 5,
        Sha512 = 6,
        Keccak_224 = 7,
        Keccak_256 = 8,
        Keccak_384 = 9,
        Keccak_512 = 10,
        RealSha3_224 = 11,
        RealSha3_256 = 12,
        RealSha3_384 = 13,
        RealSha3_512 = 14,
        Sha3_224 = 11,
        Sha3_256 = 12,
        Sha3_384 = 13,
        Sha3_512 = 14,
        Blake2b_160 = 15,
        Blake2b_256 = 16,
        Blake2b_384 = 17,
        Blake2b_512 = 18,
        Blake2s_128 = 19,
        Blake2s_160 = 20,
        Blake2s_224 = 21,
        Blake2s_256 = 22
    };
    explicit QCryptographicHash(Algorithm method);
    ~QCryptographicHash();
    void reset() noexcept;
    void addData(const char *data, qsizetype length);
    void addData(QByteArrayView data) noexcept;
    bool addData(QIODevice *device);
    QByteArray result() const;
    QByteArrayView resultView() const noexcept;
    static QByteArray hash(QByteArrayView data, Algorithm method);
    static int hashLength(Algorithm method);
};

class QSharedMemory : public QObject {
    Q_OBJECT
public:
    enum AccessMode {
        ReadOnly = 0,
        ReadWrite = 1
    };
    enum SharedMemoryError {
        NoError = 0,
        PermissionDenied = 1,
        InvalidSize = 2,
        KeyError = 3,
        AlreadyExists = 4,
        NotFound = 5,
        LockError = 6,
        OutOfResources = 7,
        UnknownError = 8
    };
    QSharedMemory(QObject *parent = nullptr);
    QSharedMemory(const QString &key, QObject *parent = nullptr);
    ~QSharedMemory() noexcept;
    void setKey(const QString &key);
    QString key() const;
    void setNativeKey(const QString &key);
    QString nativeKey() const;
    bool create(qsizetype size, AccessMode mode = ReadWrite);
    qsizetype size() const;
    bool attach(AccessMode mode = ReadWrite);
    bool isAttached() const;
    bool detach();
    void * data();
    const void * constData() const;
    const void * data() const;
    bool lock();
    bool unlock();
    SharedMemoryError error() const;
    QString errorString() const;
};

class QSystemSemaphore {
public:
    enum AccessMode {
        Open = 0,
        Create = 1
    };
    enum SystemSemaphoreError {
        NoError = 0,
        PermissionDenied = 1,
        KeyError = 2,
        AlreadyExists = 3,
        NotFound = 4,
        OutOfResources = 5,
        UnknownError = 6
    };
    QSystemSemaphore(const QString &key, int initialValue = 0, AccessMode mode = Open);
    ~QSystemSemaphore();
    void setKey(const QString &key, int initialValue = 0, AccessMode mode = Open);
    QString key() const;
    bool acquire();
    bool release(int n = 1);
    SystemSemaphoreError error() const;
    QString errorString() const;
};

class QLockFile {
public:
    QLockFile(const QString &fileName);
    ~QLockFile();
    QString fileName() const;
    bool lock();
    bool tryLock(int timeout = 0);
    void unlock();
    void setStaleLockTime(int);
    int staleLockTime() const;
    bool tryLock(std::chrono::milliseconds timeout);
    void setStaleLockTime(std::chrono::milliseconds value);
    std::chrono::milliseconds staleLockTimeAsDuration() const;
    bool isLocked() const;
    bool getLockInfo(qint64 *pid, QString *hostname, QString *appname) const;
    bool removeStaleLockFile();
    enum LockError {
        NoError = 0,
        LockFailedError = 1,
        PermissionError = 2,
        UnknownError = 3
    };
    LockError error() const;
protected:
};

class QProcessEnvironment {
public:
    enum Initialization {
        InheritFromParent = 0
    };
    QProcessEnvironment();
    QProcessEnvironment(Initialization) noexcept;
    QProcessEnvironment(const QProcessEnvironment &other);
    ~QProcessEnvironment() noexcept;
    QProcessEnvironment & operator=(QProcessEnvironment &&other) noexcept;
    QProcessEnvironment & operator=(const QProcessEnvironment &other);
    void swap(QProcessEnvironment &other) noexcept;
    bool operator==(const QProcessEnvironment &other) const;
    bool operator!=(const QProcessEnvironment &other) const;
    bool isEmpty() const;
    bool inheritsFromParent() const;
    void clear();
    bool contains(const QString &name) const;
    void insert(const QString &name, const QString &value);
    void remove(const QString &name);
    QString value(const QString &name, const QString &defaultValue = QString()) const;
    QStringList toStringList() const;
    QStringList keys() const;
    void insert(const QProcessEnvironment &e);
    static QProcessEnvironment systemEnvironment();
};

class QProcess : public QIODevice {
    Q_OBJECT
public:
    enum ProcessError {
        FailedToStart = 0,
        Crashed = 1,
        Timedout = 2,
        ReadError = 3,
        WriteError = 4,
        UnknownError = 5
    };
    enum ProcessState {
        NotRunning = 0,
        Starting = 1,
        Running = 2
    };
    enum ProcessChannel {
        StandardOutput = 0,
        StandardError = 1
    };
    enum ProcessChannelMode {
        SeparateChannels = 0,
        MergedChannels = 1,
        ForwardedChannels = 2,
        ForwardedOutputChannel = 3,
        ForwardedErrorChannel = 4
    };
    enum InputChannelMode {
        ManagedInputChannel = 0,
        ForwardedInputChannel = 1
    };
    enum ExitStatus {
        NormalExit = 0,
        CrashExit = 1
    };
    explicit QProcess(QObject *parent = nullptr);
    virtual ~QProcess() noexcept;
    void start(const QString &program, const QStringList &arguments = { }, OpenMode mode = ReadWrite);
    void start(OpenMode mode = ReadWrite);
    void startCommand(const QString &command, OpenMode mode = ReadWrite);
    bool startDetached(qint64 *pid = nullptr);
    bool open(OpenMode mode = ReadWrite) override;
    QString program() const;
    void setProgram(const QString &program);
    QStringList arguments() const;
    void setArguments(const QStringList &arguments);
    ProcessChannelMode processChannelMode() const;
    void setProcessChannelMode(ProcessChannelMode mode);
    InputChannelMode inputChannelMode() const;
    void setInputChannelMode(InputChannelMode mode);
    ProcessChannel readChannel() const;
    void setReadChannel(ProcessChannel channel);
    void closeReadChannel(ProcessChannel channel);
    void closeWriteChannel();
    void setStandardInputFile(const QString &fileName);
    void setStandardOutputFile(const QString &fileName, OpenMode mode = Truncate);
    void setStandardErrorFile(const QString &fileName, OpenMode mode = Truncate);
    void setStandardOutputProcess(QProcess *destination);
    std::function<void ()> childProcessModifier() const;
    void setChildProcessModifier(const std::function<void ()> &modifier);
    QString workingDirectory() const;
    void setWorkingDirectory(const QString &dir);
    void setEnvironment(const QStringList &environment);
    QStringList environment() const;
    void setProcessEnvironment(const QProcessEnvironment &environment);
    QProcessEnvironment processEnvironment() const;
    QProcess::ProcessError error() const;
    QProcess::ProcessState state() const;
    qint64 processId() const;
    bool waitForStarted(int msecs = 30000);
    bool waitForReadyRead(int msecs = 30000) override;
    bool waitForBytesWritten(int msecs = 30000) override;
    bool waitForFinished(int msecs = 30000);
    QByteArray readAllStandardOutput();
    QByteArray readAllStandardError();
    int exitCode() const;
    QProcess::ExitStatus exitStatus() const;
    qint64 bytesToWrite() const override;
    bool isSequential() const override;
    void close() override;
    static int execute(const QString &program, const QStringList &arguments = { });
    static bool startDetached(const QString &program, const QStringList &arguments = { }, const QString &workingDirectory = QString(), qint64 *pid = nullptr);
    static QStringList systemEnvironment();
    static QString nullDevice();
    static QStringList splitCommand(QStringView command);
public Q_SLOTS:
    void terminate();
    void kill();
public:
    void finished(int exitCode, QProcess::ExitStatus exitStatus = NormalExit);
    void errorOccurred(QProcess::ProcessError error);
protected:
    void setProcessState(ProcessState state);
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *data, qint64 len) override;
Q_SIGNALS:
    void started(QPrivateSignal);
    void stateChanged(QProcess::ProcessState state, QPrivateSignal);
    void readyReadStandardOutput(QPrivateSignal);
    void readyReadStandardError(QPrivateSignal);
};

class QTextStream : public QIODeviceBase {
public:
    enum RealNumberNotation {
        SmartNotation = 0,
        FixedNotation = 1,
        ScientificNotation = 2
    };
    enum FieldAlignment {
        AlignLeft = 0,
        AlignRight = 1,
        AlignCenter = 2,
        AlignAccountingStyle = 3
    };
    enum Status {
        Ok = 0,
        ReadPastEnd = 1,
        ReadCorruptData = 2,
        WriteFailed = 3
    };
    enum NumberFlag {
        ShowBase = 1,
        ForcePoint = 2,
        ForceSign = 4,
        UppercaseBase = 8,
        UppercaseDigits = 16
    };
    using NumberFlags = QFlags<NumberFlag>;
    QTextStream();
    explicit QTextStream(QIODevice *device);
    explicit QTextStream(FILE *fileHandle, OpenMode openMode = ReadWrite);
    explicit QTextStream(QString *string, OpenMode openMode = ReadWrite);
    explicit QTextStream(QByteArray *array, OpenMode openMode = ReadWrite);
    explicit QTextStream(const QByteArray &array, OpenMode openMode = ReadOnly);
    virtual ~QTextStream();
    void setAutoDetectUnicode(bool enabled);
    void setCodec(const char *codecName); // Qt 5 only (Qt 6: setEncoding)
    bool autoDetectUnicode() const;
    void setGenerateByteOrderMark(bool generate);
    bool generateByteOrderMark() const;
    void setLocale(const QLocale &locale);
    QLocale locale() const;
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void setString(QString *string, OpenMode openMode = ReadWrite);
    QString * string() const;
    Status status() const;
    void setStatus(Status status);
    void resetStatus();
    bool atEnd() const;
    void reset();
    void flush();
    bool seek(qint64 pos);
    qint64 pos() const;
    void skipWhiteSpace();
    QString readLine(qint64 maxlen = 0);
    bool readLineInto(QString *line, qint64 maxlen = 0);
    QString readAll();
    QString read(qint64 maxlen);
    void setFieldAlignment(FieldAlignment alignment);
    FieldAlignment fieldAlignment() const;
    void setPadChar(QChar ch);
    QChar padChar() const;
    void setFieldWidth(int width);
    int fieldWidth() const;
    void setNumberFlags(NumberFlags flags);
    NumberFlags numberFlags() const;
    void setIntegerBase(int base);
    int integerBase() const;
    void setRealNumberNotation(RealNumberNotation notation);
    RealNumberNotation realNumberNotation() const;
    void setRealNumberPrecision(int precision);
    int realNumberPrecision() const;
    QTextStream & operator>>(QChar &ch);
    QTextStream & operator>>(char &ch);
    QTextStream & operator>>(char16_t &ch);
    QTextStream & operator>>(short &i);
    QTextStream & operator>>(unsigned short &i);
    QTextStream & operator>>(int &i);
    QTextStream & operator>>(unsigned int &i);
    QTextStream & operator>>(long &i);
    QTextStream & operator>>(unsigned long &i);
    QTextStream & operator>>(qlonglong &i);
    QTextStream & operator>>(qulonglong &i);
    QTextStream & operator>>(float &f);
    QTextStream & operator>>(double &f);
    QTextStream & operator>>(QString &s);
    QTextStream & operator>>(QByteArray &array);
    QTextStream & operator>>(char *c);
    QTextStream & operator<<(QChar ch);
    QTextStream & operator<<(char ch);
    QTextStream & operator<<(char16_t ch);
    QTextStream & operator<<(short i);
    QTextStream & operator<<(unsigned short i);
    QTextStream & operator<<(int i);
    QTextStream & operator<<(unsigned int i);
    QTextStream & operator<<(long i);
    QTextStream & operator<<(unsigned long i);
    QTextStream & operator<<(qlonglong i);
    QTextStream & operator<<(qulonglong i);
    QTextStream & operator<<(float f);
    QTextStream & operator<<(double f);
    QTextStream & operator<<(const QString &s);
    QTextStream & operator<<(QStringView s);
    QTextStream & operator<<(QLatin1StringView s);
    QTextStream & operator<<(const QByteArray &array);
    QTextStream & operator<<(const char *c);
    QTextStream & operator<<(const void *ptr);
};

class QCommandLineOption {
public:
    enum Flag {
        HiddenFromHelp = 1,
        ShortOptionStyle = 2
    };
    using Flags = QFlags<Flag>;
    explicit QCommandLineOption(const QString &name);
    explicit QCommandLineOption(const QStringList &names);
    QCommandLineOption(const QString &name, const QString &description, const QString &valueName = QString(), const QString &defaultValue = QString());
    QCommandLineOption(const QStringList &names, const QString &description, const QString &valueName = QString(), const QString &defaultValue = QString());
    QCommandLineOption(const QCommandLineOption &other);
    ~QCommandLineOption() noexcept;
    QCommandLineOption & operator=(const QCommandLineOption &other);
    QCommandLineOption & operator=(QCommandLineOption &&other) noexcept;
    void swap(QCommandLineOption &other) noexcept;
    QStringList names() const;
    void setValueName(const QString &name);
    QString valueName() const;
    void setDescription(const QString &description);
    QString description() const;
    void setDefaultValue(const QString &defaultValue);
    void setDefaultValues(const QStringList &defaultValues);
    QStringList defaultValues() const;
    Flags flags() const;
    void setFlags(Flags aflags);
};

class QCommandLineParser {
public:
    QCommandLineParser();
    ~QCommandLineParser();
    enum SingleDashWordOptionMode {
        ParseAsCompactedShortOptions = 0,
        ParseAsLongOptions = 1
    };
    void setSingleDashWordOptionMode(SingleDashWordOptionMode parsingMode);
    enum OptionsAfterPositionalArgumentsMode {
        ParseAsOptions = 0,
        ParseAsPositionalArguments = 1
    };
    void setOptionsAfterPositionalArgumentsMode(OptionsAfterPositionalArgumentsMode mode);
    bool addOption(const QCommandLineOption &commandLineOption);
    bool addOptions(const QList<QCommandLineOption> &options);
    QCommandLineOption addVersionOption();
    QCommandLineOption addHelpOption();
    void setApplicationDescription(const QString &description);
    QString applicationDescription() const;
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = QString());
    void clearPositionalArguments();
    void process(const QStringList &arguments);
    void process(const QCoreApplication &app);
    bool parse(const QStringList &arguments);
    QString errorText() const;
    bool isSet(const QString &name) const;
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    bool isSet(const QCommandLineOption &option) const;
    QString value(const QCommandLineOption &option) const;
    QStringList values(const QCommandLineOption &option) const;
    QStringList positionalArguments() const;
    QStringList optionNames() const;
    QStringList unknownOptionNames() const;
    void showVersion();
    void showHelp(int exitCode = 0);
    QString helpText() const;
};

class QRandomGenerator {
public:
    QRandomGenerator(quint32 seedValue = 1);
    QRandomGenerator(const quint32 *seedBuffer, qsizetype len);
    QRandomGenerator(const quint32 *begin, const quint32 *end);
    QRandomGenerator(const QRandomGenerator &other);
    QRandomGenerator & operator=(const QRandomGenerator &other);
    friend bool operator==(const QRandomGenerator &rng1, const QRandomGenerator &rng2);
    friend bool operator!=(const QRandomGenerator &rng1, const QRandomGenerator &rng2);
    quint32 generate();
    quint64 generate64();
    double generateDouble();
    double bounded(double highest);
    quint32 bounded(quint32 highest);
    quint32 bounded(quint32 lowest, quint32 highest);
    int bounded(int highest);
    int bounded(int lowest, int highest);
    quint64 bounded(quint64 highest);
    quint64 bounded(quint64 lowest, quint64 highest);
    qint64 bounded(qint64 highest);
    qint64 bounded(qint64 lowest, qint64 highest);
    qint64 bounded(int lowest, qint64 highest);
    qint64 bounded(qint64 lowest, int highest);
    quint64 bounded(unsigned int lowest, quint64 highest);
    quint64 bounded(quint64 lowest, unsigned int highest);
    void generate(quint32 *begin, quint32 *end);
    using result_type = quint32;
    result_type operator()();
    void seed(quint32 s = 1);
    void discard(unsigned long long z);
    static QRandomGenerator * system();
    static QRandomGenerator * global();
    static QRandomGenerator securelySeeded();
protected:
    enum System {
        
    };
    QRandomGenerator(System);
public:
    template <typename UInt> void fillRange(UInt *buffer, qsizetype count);
    template <typename ForwardIterator> void generate(ForwardIterator begin, ForwardIterator end);
};

class QSysInfo {
public:
    enum Sizes {
        WordSize = 64
    };
    enum Endian {
        BigEndian = 0,
        LittleEndian = 1,
        ByteOrder = 1
    };
    static QString buildCpuArchitecture();
    static QString currentCpuArchitecture();
    static QString buildAbi();
    static QString kernelType();
    static QString kernelVersion();
    static QString productType();
    static QString productVersion();
    static QString prettyProductName();
    static QString machineHostName();
    static QByteArray machineUniqueId();
    static QByteArray bootUniqueId();
};

class QBitArray {
public:
    QBitArray() noexcept;
    explicit QBitArray(qsizetype size, bool val = false);
    QBitArray(const QBitArray &other);
    QBitArray & operator=(const QBitArray &other);
    QBitArray(QBitArray &&other) noexcept;
    QBitArray & operator=(QBitArray &&other) noexcept;
    void swap(QBitArray &other) noexcept;
    qsizetype size() const;
    qsizetype count() const;
    qsizetype count(bool on) const;
    bool isEmpty() const;
    bool isNull() const;
    void resize(qsizetype size);
    void detach();
    bool isDetached() const;
    void clear();
    bool testBit(qsizetype i) const;
    void setBit(qsizetype i);
    void setBit(qsizetype i, bool val);
    void clearBit(qsizetype i);
    bool toggleBit(qsizetype i);
    bool at(qsizetype i) const;
    bool operator[](qsizetype i) const;
    QBitArray & operator&=(const QBitArray &);
    QBitArray & operator|=(const QBitArray &);
    QBitArray & operator^=(const QBitArray &);
    QBitArray operator~() const;
    bool operator==(const QBitArray &other) const;
    bool operator!=(const QBitArray &other) const;
    bool fill(bool val, qsizetype size = -1);
    void fill(bool val, qsizetype first, qsizetype last);
    void truncate(qsizetype pos);
    const char * bits() const;
    static QBitArray fromBits(const char *data, qsizetype len);
    quint32 toUInt32(QSysInfo::Endian endianness, bool *ok = nullptr) const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QBitArray &);
    friend QDataStream & operator>>(QDataStream &, QBitArray &);
    friend QDebug operator<<(QDebug, const QBitArray &);
};

class QDate {
public:
    QDate();
    QDate(int y, int m, int d);
    bool isNull() const;
    bool isValid() const;
    int year() const;
    int month() const;
    int day() const;
    int dayOfWeek() const;
    int dayOfYear() const;
    int daysInMonth() const;
    int daysInYear() const;
    int weekNumber(int *yearNum = nullptr) const;
    QDateTime startOfDay(Qt::TimeSpec spec = Qt::LocalTime, int offsetSeconds = 0) const;
    QDateTime endOfDay(Qt::TimeSpec spec = Qt::LocalTime, int offsetSeconds = 0) const;
    QDateTime startOfDay(const QTimeZone &zone) const;
    QDateTime endOfDay(const QTimeZone &zone) const;
    QString toString(Qt::DateFormat format = Qt::TextDate) const;
    QString toString(const QString &format) const;
    bool setDate(int year, int month, int day);
    void getDate(int *year, int *month, int *day) const;
    QDate addDays(qint64 days) const;
    QDate addMonths(int months) const;
    QDate addYears(int years) const;
    qint64 daysTo(QDate d) const;
    static QDate currentDate();
    static QDate fromString(QStringView string, Qt::DateFormat format = Qt::TextDate);
    static QDate fromString(const QString &string, Qt::DateFormat format = Qt::TextDate);
    static QDate fromString(const QString &string, const QString &format);
    static bool isValid(int y, int m, int d);
    static bool isLeapYear(int year);
    static QDate fromJulianDay(qint64 jd_);
    qint64 toJulianDay() const;
    friend bool operator==(QDate lhs, QDate rhs);
    friend bool operator!=(QDate lhs, QDate rhs);
    friend bool operator<(QDate lhs, QDate rhs);
    friend bool operator<=(QDate lhs, QDate rhs);
    friend bool operator>(QDate lhs, QDate rhs);
    friend bool operator>=(QDate lhs, QDate rhs);
    friend QDataStream & operator<<(QDataStream &, QDate);
    friend QDataStream & operator>>(QDataStream &, QDate &);
    friend QDebug operator<<(QDebug, QDate);
};

class QTime {
public:
    QTime();
    QTime(int h, int m, int s = 0, int ms = 0);
    bool isNull() const;
    int msecsSinceStartOfDay() const;
    bool isValid() const;
    int hour() const;
    int minute() const;
    int second() const;
    int msec() const;
    QString toString(Qt::DateFormat f = Qt::TextDate) const;
    QString toString(const QString &format) const;
    QString toString(QStringView format) const;
    bool setHMS(int h, int m, int s, int ms = 0);
    QTime addSecs(int secs) const;
    int secsTo(QTime t) const;
    QTime addMSecs(int ms) const;
    int msecsTo(QTime t) const;
    static QTime fromMSecsSinceStartOfDay(int msecs);
    static QTime currentTime();
    static QTime fromString(QStringView string, Qt::DateFormat format = Qt::TextDate);
    static QTime fromString(QStringView string, QStringView format);
    static QTime fromString(const QString &string, QStringView format);
    static QTime fromString(const QString &string, Qt::DateFormat format = Qt::TextDate);
    static QTime fromString(const QString &string, const QString &format);
    static bool isValid(int h, int m, int s, int ms = 0);
    friend bool operator==(QTime lhs, QTime rhs);
    friend bool operator!=(QTime lhs, QTime rhs);
    friend bool operator<(QTime lhs, QTime rhs);
    friend bool operator<=(QTime lhs, QTime rhs);
    friend bool operator>(QTime lhs, QTime rhs);
    friend bool operator>=(QTime lhs, QTime rhs);
    friend QDataStream & operator<<(QDataStream &, QTime);
    friend QDataStream & operator>>(QDataStream &, QTime &);
    friend QDebug operator<<(QDebug, QTime);
};

class QRegularExpressionMatch {
public:
    QRegularExpressionMatch();
    ~QRegularExpressionMatch() noexcept;
    QRegularExpressionMatch(const QRegularExpressionMatch &match);
    QRegularExpressionMatch(QRegularExpressionMatch &&match) = default;
    QRegularExpressionMatch & operator=(const QRegularExpressionMatch &match);
    QRegularExpressionMatch & operator=(QRegularExpressionMatch &&match) noexcept;
    void swap(QRegularExpressionMatch &other) noexcept;
    QRegularExpression regularExpression() const;
    QRegularExpression::MatchType matchType() const;
    QRegularExpression::MatchOptions matchOptions() const;
    bool hasMatch() const;
    bool hasPartialMatch() const;
    bool isValid() const;
    int lastCapturedIndex() const;
    bool hasCaptured(const QString &name) const;
    bool hasCaptured(QStringView name) const;
    bool hasCaptured(int nth) const;
    QString captured(int nth = 0) const;
    QStringRef capturedRef(int nth = 0) const; // Qt 5 only
    QStringView capturedView(int nth = 0) const;
    QString captured(const QString &name) const;
    QString captured(QStringView name) const;
    QStringView capturedView(QStringView name) const;
    QStringList capturedTexts() const;
    qsizetype capturedStart(int nth = 0) const;
    qsizetype capturedLength(int nth = 0) const;
    qsizetype capturedEnd(int nth = 0) const;
    qsizetype capturedStart(const QString &name) const;
    qsizetype capturedLength(const QString &name) const;
    qsizetype capturedEnd(const QString &name) const;
    qsizetype capturedStart(QStringView name) const;
    qsizetype capturedLength(QStringView name) const;
    qsizetype capturedEnd(QStringView name) const;
    friend QDebug operator<<(QDebug debug, const QRegularExpressionMatch &match);
};

class QRegularExpressionMatchIterator {
public:
    QRegularExpressionMatchIterator();
    ~QRegularExpressionMatchIterator();
    QRegularExpressionMatchIterator(const QRegularExpressionMatchIterator &iterator);
    QRegularExpressionMatchIterator & operator=(const QRegularExpressionMatchIterator &iterator);
    bool isValid() const;
    bool hasNext() const;
    QRegularExpressionMatch next();
    QRegularExpressionMatch peekNext() const;
    QRegularExpression regularExpression() const;
    QRegularExpression::MatchType matchType() const;
    QRegularExpression::MatchOptions matchOptions() const;
};

class QTestEventLoop : public QObject {
    Q_OBJECT
public:
    QTestEventLoop(QObject *parent = nullptr);
    void enterLoopMSecs(int ms);
    void enterLoop(int secs);
    void changeInterval(int secs);
    bool timeout() const;
    static QTestEventLoop & instance();
public Q_SLOTS:
    void exitLoop();
protected:
    void timerEvent(QTimerEvent *e) override;
};

class QBasicTimer {
public:
    QBasicTimer() noexcept;
    ~QBasicTimer() noexcept;
    QBasicTimer(QBasicTimer &&other) noexcept;
    QBasicTimer & operator=(QBasicTimer &&other) noexcept;
    void swap(QBasicTimer &other) noexcept;
    bool isActive() const noexcept;
    int timerId() const noexcept;
    void start(int msec, QObject *obj);
    void start(int msec, Qt::TimerType timerType, QObject *obj);
    void stop();
};

class QMimeData : public QObject {
    Q_OBJECT
public:
    QMimeData();
    ~QMimeData() noexcept;
    QList<QUrl> urls() const;
    void setUrls(const QList<QUrl> &urls);
    bool hasUrls() const;
    QString text() const;
    void setText(const QString &text);
    bool hasText() const;
    QString html() const;
    void setHtml(const QString &html);
    bool hasHtml() const;
    QVariant imageData() const;
    void setImageData(const QVariant &image);
    bool hasImage() const;
    QVariant colorData() const;
    void setColorData(const QVariant &color);
    bool hasColor() const;
    QByteArray data(const QString &mimetype) const;
    void setData(const QString &mimetype, const QByteArray &data);
    void removeFormat(const QString &mimetype);
    virtual bool hasFormat(const QString &mimetype) const;
    virtual QStringList formats() const;
    void clear();
protected:
    virtual QVariant retrieveData(const QString &mimetype, QMetaType preferredType) const;
};

class QLocale {
    Q_GADGET
public:
    enum Language : ushort {
        AnyLanguage = 0,
        C = 1,
        Abkhazian = 2,
        Afar = 3,
        Afrikaans = 4,
        Aghem = 5,
        Akan = 6,
        Akkadian = 7,
        Akoose = 8,
        Albanian = 9,
        AmericanSignLanguage = 10,
        Amharic = 11,
        AncientEgyptian = 12,
        AncientGreek = 13,
        Arabic = 14,
        Aragonese = 15,
        Aramaic = 16,
        Armenian = 17,
        Assamese = 18,
        Asturian = 19,
        Asu = 20,
        Atsam = 21,
        Avaric = 22,
        Avestan = 23,
        Aymara = 24,
        Azerbaijani = 25,
        Bafia = 26,
        Balinese = 27,
        Bambara = 28,
        Bamun = 29,
        Bangla = 30,
        Basaa = 31,
        Bashkir = 32,
        Basque = 33,
        BatakToba = 34,
        Belarusian = 35,
        Bemba = 36,
        Bena = 37,
        Bhojpuri = 38,
        Bislama = 39,
        Blin = 40,
        Bodo = 41,
        Bosnian = 42,
        Breton = 43,
        Buginese = 44,
        Bulgarian = 45,
        Burmese = 46,
        Cantonese = 47,
        Catalan = 48,
        Cebuano = 49,
        CentralAtlasTamazight = 50,
        CentralKurdish = 51,
        Chakma = 52,
        Chamorro = 53,
        Chechen = 54,
        Cherokee = 55,
        Chickasaw = 56,
        Chiga = 57,
        Chinese = 58,
        Church = 59,
        Chuvash = 60,
        Colognian = 61,
        Coptic = 62,
        Cornish = 63,
        Corsican = 64,
        Cree = 65,
        Croatian = 66,
        Czech = 67,
        Danish = 68,
        Divehi = 69,
        Dogri = 70,
        Duala = 71,
        Dutch = 72,
        Dzongkha = 73,
        Embu = 74,
        English = 75,
        Erzya = 76,
        Esperanto = 77,
        Estonian = 78,
        Ewe = 79,
        Ewondo = 80,
        Faroese = 81,
        Fijian = 82,
        Filipino = 83,
        Finnish = 84,
        French = 85,
        Friulian = 86,
        Fulah = 87,
        Gaelic = 88,
        Ga = 89,
        Galician = 90,
        Ganda = 91,
        Geez = 92,
        Georgian = 93,
        German = 94,
        Gothic = 95,
        Greek = 96,
        Guarani = 97,
        Gujarati = 98,
        Gusii = 99,
        Haitian = 100,
        Hausa = 101,
        Hawaiian = 102,
        Hebrew = 103,
        Herero = 104,
        Hindi = 105,
        HiriMotu = 106,
        Hungarian = 107,
        Icelandic = 108,
        Ido = 109,
        Igbo = 110,
        InariSami = 111,
        Indonesian = 112,
        Ingush = 113,
        Interlingua = 114,
        Interlingue = 115,
        Inuktitut = 116,
        Inupiaq = 117,
        Irish = 118,
        Italian = 119,
        Japanese = 120,
        Javanese = 121,
        Jju = 122,
        JolaFonyi = 123,
        Kabuverdianu = 124,
        Kabyle = 125,
        Kako = 126,
        Kalaallisut = 127,
        Kalenjin = 128,
        Kamba = 129,
        Kannada = 130,
        Kanuri = 131,
        Kashmiri = 132,
        Kazakh = 133,
        Kenyang = 134,
        Khmer = 135,
        Kiche = 136,
        Kikuyu = 137,
        Kinyarwanda = 138,
        Komi = 139,
        Kongo = 140,
        Konkani = 141,
        Korean = 142,
        Koro = 143,
        KoyraboroSenni = 144,
        KoyraChiini = 145,
        Kpelle = 146,
        Kuanyama = 147,
        Kurdish = 148,
        Kwasio = 149,
        Kyrgyz = 150,
        Lakota = 151,
        Langi = 152,
        Lao = 153,
        Latin = 154,
        Latvian = 155,
        Lezghian = 156,
        Limburgish = 157,
        Lingala = 158,
        LiteraryChinese = 159,
        Lithuanian = 160,
        Lojban = 161,
        LowerSorbian = 162,
        LowGerman = 163,
        LubaKatanga = 164,
        LuleSami = 165,
        Luo = 166,
        Luxembourgish = 167,
        Luyia = 168,
        Macedonian = 169,
        Machame = 170,
        Maithili = 171,
        MakhuwaMeetto = 172,
        Makonde = 173,
        Malagasy = 174,
        Malayalam = 175,
        Malay = 176,
        Maltese = 177,
        Mandingo = 178,
        Manipuri = 179,
        Manx = 180,
        Maori = 181,
        Mapuche = 182,
        Marathi = 183,
        Marshallese = 184,
        Masai = 185,
        Mazanderani = 186,
        Mende = 187,
        Meru = 188,
        Meta = 189,
        Mohawk = 190,
        Mongolian = 191,
        Morisyen = 192,
        Mundang = 193,
        Muscogee = 194,
        Nama = 195,
        NauruLanguage = 196,
        Navajo = 197,
        Ndonga = 198,
        Nepali = 199,
        Newari = 200,
        Ngiemboon = 201,
        Ngomba = 202,
        NigerianPidgin = 203,
        Nko = 204,
        NorthernLuri = 205,
        NorthernSami = 206,
        NorthernSotho = 207,
        NorthNdebele = 208,
        NorwegianBokmal = 209,
        NorwegianNynorsk = 210,
        Nuer = 211,
        Nyanja = 212,
        Nyankole = 213,
        Occitan = 214,
        Odia = 215,
        Ojibwa = 216,
        OldIrish = 217,
        OldNorse = 218,
        OldPersian = 219,
        Oromo = 220,
        Osage = 221,
        Ossetic = 222,
        Pahlavi = 223,
        Palauan = 224,
        Pali = 225,
        Papiamento = 226,
        Pashto = 227,
        Persian = 228,
        Phoenician = 229,
        Polish = 230,
        Portuguese = 231,
        Prussian = 232,
        Punjabi = 233,
        Quechua = 234,
        Romanian = 235,
        Romansh = 236,
        Rombo = 237,
        Rundi = 238,
        Russian = 239,
        Rwa = 240,
        Saho = 241,
        Sakha = 242,
        Samburu = 243,
        Samoan = 244,
        Sango = 245,
        Sangu = 246,
        Sanskrit = 247,
        Santali = 248,
        Sardinian = 249,
        Saurashtra = 250,
        Sena = 251,
        Serbian = 252,
        Shambala = 253,
        Shona = 254,
        SichuanYi = 255,
        Sicilian = 256,
        Sidamo = 257,
        Silesian = 258,
        Sindhi = 259,
        Sinhala = 260,
        SkoltSami = 261,
        Slovak = 262,
        Slovenian = 263,
        Soga = 264,
        Somali = 265,
        SouthernKurdish = 266,
        SouthernSami = 267,
        SouthernSotho = 268,
        SouthNdebele = 269,
        Spanish = 270,
        StandardMoroccanTamazight = 271,
        Sundanese = 272,
        Swahili = 273,
        Swati = 274,
        Swedish = 275,
        SwissGerman = 276,
        Syriac = 277,
        Tachelhit = 278,
        Tahitian = 279,
        TaiDam = 280,
        Taita = 281,
        Tajik = 282,
        Tamil = 283,
        Taroko = 284,
        Tasawaq = 285,
        Tatar = 286,
        Telugu = 287,
        Teso = 288,
        Thai = 289,
        Tibetan = 290,
        Tigre = 291,
        Tigrinya = 292,
        TokelauLanguage = 293,
        TokPisin = 294,
        Tongan = 295,
        Tsonga = 296,
        Tswana = 297,
        Turkish = 298,
        Turkmen = 299,
        TuvaluLanguage = 300,
        Tyap = 301,
        Ugaritic = 302,
        Ukrainian = 303,
        UpperSorbian = 304,
        Urdu = 305,
        Uyghur = 306,
        Uzbek = 307,
        Vai = 308,
        Venda = 309,
        Vietnamese = 310,
        Volapuk = 311,
        Vunjo = 312,
        Walloon = 313,
        Walser = 314,
        Warlpiri = 315,
        Welsh = 316,
        WesternBalochi = 317,
        WesternFrisian = 318,
        Wolaytta = 319,
        Wolof = 320,
        Xhosa = 321,
        Yangben = 322,
        Yiddish = 323,
        Yoruba = 324,
        Zarma = 325,
        Zhuang = 326,
        Zulu = 327,
        Kaingang = 328,
        Nheengatu = 329,
        Afan = 220,
        Bengali = 30,
        Bhutani = 73,
        Byelorussian = 35,
        Cambodian = 135,
        CentralMoroccoTamazight = 50,
        Chewa = 212,
        Frisian = 318,
        Greenlandic = 127,
        Inupiak = 117,
        Kirghiz = 150,
        Kurundi = 238,
        Kwanyama = 147,
        Navaho = 197,
        Oriya = 215,
        RhaetoRomance = 236,
        Uighur = 306,
        Uigur = 306,
        Walamo = 319,
        LastLanguage = 329
    };
    enum Script : ushort {
        AnyScript = 0,
        AdlamScript = 1,
        AhomScript = 2,
        AnatolianHieroglyphsScript = 3,
        ArabicScript = 4,
        ArmenianScript = 5,
        AvestanScript = 6,
        BalineseScript = 7,
        BamumScript = 8,
        BanglaScript = 9,
        BassaVahScript = 10,
        BatakScript = 11,
        BhaiksukiScript = 12,
        BopomofoScript = 13,
        BrahmiScript = 14,
        BrailleScript = 15,
        BugineseScript = 16,
        BuhidScript = 17,
        CanadianAboriginalScript = 18,
        CarianScript = 19,
        CaucasianAlbanianScript = 20,
        ChakmaScript = 21,
        ChamScript = 22,
        CherokeeScript = 23,
        CopticScript = 24,
        CuneiformScript = 25,
        CypriotScript = 26,
        CyrillicScript = 27,
        DeseretScript = 28,
        DevanagariScript = 29,
        DuployanScript = 30,
        EgyptianHieroglyphsScript = 31,
        ElbasanScript = 32,
        EthiopicScript = 33,
        FraserScript = 34,
        GeorgianScript = 35,
        GlagoliticScript = 36,
        GothicScript = 37,
        GranthaScript = 38,
        GreekScript = 39,
        GujaratiScript = 40,
        GurmukhiScript = 41,
        HangulScript = 42,
        HanScript = 43,
        HanunooScript = 44,
        HanWithBopomofoScript = 45,
        HatranScript = 46,
        HebrewScript = 47,
        HiraganaScript = 48,
        ImperialAramaicScript = 49,
        InscriptionalPahlaviScript = 50,
        InscriptionalParthianScript = 51,
        JamoScript = 52,
        JapaneseScript = 53,
        JavaneseScript = 54,
        KaithiScript = 55,
        KannadaScript = 56,
        KatakanaScript = 57,
        KayahLiScript = 58,
        KharoshthiScript = 59,
        KhmerScript = 60,
        KhojkiScript = 61,
        KhudawadiScript = 62,
        KoreanScript = 63,
        LannaScript = 64,
        LaoScript = 65,
        LatinScript = 66,
        LepchaScript = 67,
        LimbuScript = 68,
        LinearAScript = 69,
        LinearBScript = 70,
        LycianScript = 71,
        LydianScript = 72,
        MahajaniScript = 73,
        MalayalamScript = 74,
        MandaeanScript = 75,
        ManichaeanScript = 76,
        MarchenScript = 77,
        MeiteiMayekScript = 78,
        MendeScript = 79,
        MeroiticCursiveScript = 80,
        MeroiticScript = 81,
        ModiScript = 82,
        MongolianScript = 83,
        MroScript = 84,
        MultaniScript = 85,
        MyanmarScript = 86,
        NabataeanScript = 87,
        NewaScript = 88,
        NewTaiLueScript = 89,
        NkoScript = 90,
        OdiaScript = 91,
        OghamScript = 92,
        OlChikiScript = 93,
        OldHungarianScript = 94,
        OldItalicScript = 95,
        OldNorthArabianScript = 96,
        OldPermicScript = 97,
        OldPersianScript = 98,
        OldSouthArabianScript = 99,
        OrkhonScript = 100,
        OsageScript = 101,
        OsmanyaScript = 102,
        PahawhHmongScript = 103,
        PalmyreneScript = 104,
        PauCinHauScript = 105,
        PhagsPaScript = 106,
        PhoenicianScript = 107,
        PollardPhoneticScript = 108,
        PsalterPahlaviScript = 109,
        RejangScript = 110,
        RunicScript = 111,
        SamaritanScript = 112,
        SaurashtraScript = 113,
        SharadaScript = 114,
        ShavianScript = 115,
        SiddhamScript = 116,
        SignWritingScript = 117,
        SimplifiedHanScript = 118,
        SinhalaScript = 119,
        SoraSompengScript = 120,
        SundaneseScript = 121,
        SylotiNagriScript = 122,
        SyriacScript = 123,
        TagalogScript = 124,
        TagbanwaScript = 125,
        TaiLeScript = 126,
        TaiVietScript = 127,
        TakriScript = 128,
        TamilScript = 129,
        TangutScript = 130,
        TeluguScript = 131,
        ThaanaScript = 132,
        ThaiScript = 133,
        TibetanScript = 134,
        TifinaghScript = 135,
        TirhutaScript = 136,
        TraditionalHanScript = 137,
        UgariticScript = 138,
        VaiScript = 139,
        VarangKshitiScript = 140,
        YiScript = 141,
        BengaliScript = 9,
        MendeKikakuiScript = 79,
        OriyaScript = 91,
        SimplifiedChineseScript = 118,
        TraditionalChineseScript = 137,
        LastScript = 141
    };
    enum Country : ushort {
        AnyTerritory = 0,
        Afghanistan = 1,
        AlandIslands = 2,
        Albania = 3,
        Algeria = 4,
        AmericanSamoa = 5,
        Andorra = 6,
        Angola = 7,
        Anguilla = 8,
        Antarctica = 9,
        AntiguaAndBarbuda = 10,
        Argentina = 11,
        Armenia = 12,
        Aruba = 13,
        AscensionIsland = 14,
        Australia = 15,
        Austria = 16,
        Azerbaijan = 17,
        Bahamas = 18,
        Bahrain = 19,
        Bangladesh = 20,
        Barbados = 21,
        Belarus = 22,
        Belgium = 23,
        Belize = 24,
        Benin = 25,
        Bermuda = 26,
        Bhutan = 27,
        Bolivia = 28,
        BosniaAndHerzegovina = 29,
        Botswana = 30,
        BouvetIsland = 31,
        Brazil = 32,
        BritishIndianOceanTerritory = 33,
        BritishVirginIslands = 34,
        Brunei = 35,
        Bulgaria = 36,
        BurkinaFaso = 37,
        Burundi = 38,
        Cambodia = 39,
        Cameroon = 40,
        Canada = 41,
        CanaryIslands = 42,
        CapeVerde = 43,
        CaribbeanNetherlands = 44,
        CaymanIslands = 45,
        CentralAfricanRepublic = 46,
        CeutaAndMelilla = 47,
        Chad = 48,
        Chile = 49,
        China = 50,
        ChristmasIsland = 51,
        ClippertonIsland = 52,
        CocosIslands = 53,
        Colombia = 54,
        Comoros = 55,
        CongoBrazzaville = 56,
        CongoKinshasa = 57,
        CookIslands = 58,
        CostaRica = 59,
        Croatia = 60,
        Cuba = 61,
        Curacao = 62,
        Cyprus = 63,
        Czechia = 64,
        Denmark = 65,
        DiegoGarcia = 66,
        Djibouti = 67,
        Dominica = 68,
        DominicanRepublic = 69,
        Ecuador = 70,
        Egypt = 71,
        ElSalvador = 72,
        EquatorialGuinea = 73,
        Eritrea = 74,
        Estonia = 75,
        Eswatini = 76,
        Ethiopia = 77,
        Europe = 78,
        EuropeanUnion = 79,
        FalklandIslands = 80,
        FaroeIslands = 81,
        Fiji = 82,
        Finland = 83,
        France = 84,
        FrenchGuiana = 85,
        FrenchPolynesia = 86,
        FrenchSouthernTerritories = 87,
        Gabon = 88,
        Gambia = 89,
        Georgia = 90,
        Germany = 91,
        Ghana = 92,
        Gibraltar = 93,
        Greece = 94,
        Greenland = 95,
        Grenada = 96,
        Guadeloupe = 97,
        Guam = 98,
        Guatemala = 99,
        Guernsey = 100,
        GuineaBissau = 101,
        Guinea = 102,
        Guyana = 103,
        Haiti = 104,
        HeardAndMcDonaldIslands = 105,
        Honduras = 106,
        HongKong = 107,
        Hungary = 108,
        Iceland = 109,
        India = 110,
        Indonesia = 111,
        Iran = 112,
        Iraq = 113,
        Ireland = 114,
        IsleOfMan = 115,
        Israel = 116,
        Italy = 117,
        IvoryCoast = 118,
        Jamaica = 119,
        Japan = 120,
        Jersey = 121,
        Jordan = 122,
        Kazakhstan = 123,
        Kenya = 124,
        Kiribati = 125,
        Kosovo = 126,
        Kuwait = 127,
        Kyrgyzstan = 128,
        Laos = 129,
        LatinAmerica = 130,
        Latvia = 131,
        Lebanon = 132,
        Lesotho = 133,
        Liberia = 134,
        Libya = 135,
        Liechtenstein = 136,
        Lithuania = 137,
        Luxembourg = 138,
        Macao = 139,
        Macedonia = 140,
        Madagascar = 141,
        Malawi = 142,
        Malaysia = 143,
        Maldives = 144,
        Mali = 145,
        Malta = 146,
        MarshallIslands = 147,
        Martinique = 148,
        Mauritania = 149,
        Mauritius = 150,
        Mayotte = 151,
        Mexico = 152,
        Micronesia = 153,
        Moldova = 154,
        Monaco = 155,
        Mongolia = 156,
        Montenegro = 157,
        Montserrat = 158,
        Morocco = 159,
        Mozambique = 160,
        Myanmar = 161,
        Namibia = 162,
        NauruTerritory = 163,
        Nepal = 164,
        Netherlands = 165,
        NewCaledonia = 166,
        NewZealand = 167,
        Nicaragua = 168,
        Nigeria = 169,
        Niger = 170,
        Niue = 171,
        NorfolkIsland = 172,
        NorthernMarianaIslands = 173,
        NorthKorea = 174,
        Norway = 175,
        Oman = 176,
        OutlyingOceania = 177,
        Pakistan = 178,
        Palau = 179,
        PalestinianTerritories = 180,
        Panama = 181,
        PapuaNewGuinea = 182,
        Paraguay = 183,
        Peru = 184,
        Philippines = 185,
        Pitcairn = 186,
        Poland = 187,
        Portugal = 188,
        PuertoRico = 189,
        Qatar = 190,
        Reunion = 191,
        Romania = 192,
        Russia = 193,
        Rwanda = 194,
        SaintBarthelemy = 195,
        SaintHelena = 196,
        SaintKittsAndNevis = 197,
        SaintLucia = 198,
        SaintMartin = 199,
        SaintPierreAndMiquelon = 200,
        SaintVincentAndGrenadines = 201,
        Samoa = 202,
        SanMarino = 203,
        SaoTomeAndPrincipe = 204,
        SaudiArabia = 205,
        Senegal = 206,
        Serbia = 207,
        Seychelles = 208,
        SierraLeone = 209,
        Singapore = 210,
        SintMaarten = 211,
        Slovakia = 212,
        Slovenia = 213,
        SolomonIslands = 214,
        Somalia = 215,
        SouthAfrica = 216,
        SouthGeorgiaAndSouthSandwichIslands = 217,
        SouthKorea = 218,
        SouthSudan = 219,
        Spain = 220,
        SriLanka = 221,
        Sudan = 222,
        Suriname = 223,
        SvalbardAndJanMayen = 224,
        Sweden = 225,
        Switzerland = 226,
        Syria = 227,
        Taiwan = 228,
        Tajikistan = 229,
        Tanzania = 230,
        Thailand = 231,
        TimorLeste = 232,
        Togo = 233,
        TokelauTerritory = 234,
        Tonga = 235,
        TrinidadAndTobago = 236,
        TristanDaCunha = 237,
        Tunisia = 238,
        Turkey = 239,
        Turkmenistan = 240,
        TurksAndCaicosIslands = 241,
        TuvaluTerritory = 242,
        Uganda = 243,
        Ukraine = 244,
        UnitedArabEmirates = 245,
        UnitedKingdom = 246,
        UnitedStatesOutlyingIslands = 247,
        UnitedStates = 248,
        UnitedStatesVirginIslands = 249,
        Uruguay = 250,
        Uzbekistan = 251,
        Vanuatu = 252,
        VaticanCity = 253,
        Venezuela = 254,
        Vietnam = 255,
        WallisAndFutuna = 256,
        WesternSahara = 257,
        World = 258,
        Yemen = 259,
        Zambia = 260,
        Zimbabwe = 261,
        AnyCountry = 0,
        Bonaire = 44,
        BosniaAndHerzegowina = 29,
        CuraSao = 62,
        CzechRepublic = 64,
        DemocraticRepublicOfCongo = 57,
        DemocraticRepublicOfKorea = 174,
        EastTimor = 232,
        LatinAmericaAndTheCaribbean = 130,
        Macau = 139,
        NauruCountry = 163,
        PeoplesRepublicOfCongo = 56,
        RepublicOfKorea = 218,
        RussianFederation = 193,
        SaintVincentAndTheGrenadines = 201,
        SouthGeorgiaAndTheSouthSandwichIslands = 217,
        SvalbardAndJanMayenIslands = 224,
        Swaziland = 76,
        SyrianArabRepublic = 227,
        TokelauCountry = 234,
        TuvaluCountry = 242,
        UnitedStatesMinorOutlyingIslands = 247,
        VaticanCityState = 253,
        WallisAndFutunaIslands = 256,
        LastTerritory = 261,
        LastCountry = 261
    };
    using Territory = Country;
    enum MeasurementSystem {
        MetricSystem = 0,
        ImperialUSSystem = 1,
        ImperialUKSystem = 2,
        ImperialSystem = 1
    };
    enum FormatType {
        LongFormat = 0,
        ShortFormat = 1,
        NarrowFormat = 2
    };
    enum NumberOption {
        DefaultNumberOptions = 0,
        OmitGroupSeparator = 1,
        RejectGroupSeparator = 2,
        OmitLeadingZeroInExponent = 4,
        RejectLeadingZeroInExponent = 8,
        IncludeTrailingZeroesAfterDot = 16,
        RejectTrailingZeroesAfterDot = 32
    };
    using NumberOptions = QFlags<NumberOption>;
    enum FloatingPointPrecisionOption {
        FloatingPointShortest = -128
    };
    enum CurrencySymbolFormat {
        CurrencyIsoCode = 0,
        CurrencySymbol = 1,
        CurrencyDisplayName = 2
    };
    enum DataSizeFormat {
        DataSizeBase1000 = 1,
        DataSizeSIQuantifiers = 2,
        DataSizeIecFormat = 0,
        DataSizeTraditionalFormat = 2,
        DataSizeSIFormat = 3
    };
    using DataSizeFormats = QFlags<DataSizeFormat>;
    QLocale();
    QLocale(const QString &name);
    explicit QLocale(QStringView name);
    QLocale(Language language, Territory territory);
    QLocale(Language language, Script script = AnyScript, Territory territory = AnyTerritory);
    QLocale(const QLocale &other);
    QLocale & operator=(QLocale &&other) noexcept;
    QLocale & operator=(const QLocale &other);
    ~QLocale() noexcept;
    void swap(QLocale &other) noexcept;
    Language language() const;
    Script script() const;
    Territory territory() const;
    Country country() const;
    QString name() const;
    QString bcp47Name() const;
    QString nativeLanguageName() const;
    QString nativeTerritoryName() const;
    QString nativeCountryName() const;
    short toShort(const QString &s, bool *ok = nullptr) const;
    ushort toUShort(const QString &s, bool *ok = nullptr) const;
    int toInt(const QString &s, bool *ok = nullptr) const;
    uint toUInt(const QString &s, bool *ok = nullptr) const;
    long toLong(const QString &s, bool *ok = nullptr) const;
    ulong toULong(const QString &s, bool *ok = nullptr) const;
    qlonglong toLongLong(const QString &s, bool *ok = nullptr) const;
    qulonglong toULongLong(const QString &s, bool *ok = nullptr) const;
    float toFloat(const QString &s, bool *ok = nullptr) const;
    double toDouble(const QString &s, bool *ok = nullptr) const;
    short toShort(QStringView s, bool *ok = nullptr) const;
    ushort toUShort(QStringView s, bool *ok = nullptr) const;
    int toInt(QStringView s, bool *ok = nullptr) const;
    uint toUInt(QStringView s, bool *ok = nullptr) const;
    long toLong(QStringView s, bool *ok = nullptr) const;
    ulong toULong(QStringView s, bool *ok = nullptr) const;
    qlonglong toLongLong(QStringView s, bool *ok = nullptr) const;
    qulonglong toULongLong(QStringView s, bool *ok = nullptr) const;
    float toFloat(QStringView s, bool *ok = nullptr) const;
    double toDouble(QStringView s, bool *ok = nullptr) const;
    QString toString(qlonglong i) const;
    QString toString(qulonglong i) const;
    QString toString(long i) const;
    QString toString(ulong i) const;
    QString toString(short i) const;
    QString toString(ushort i) const;
    QString toString(int i) const;
    QString toString(uint i) const;
    QString toString(double f, char format = 'g', int precision = 6) const;
    QString toString(float f, char format = 'g', int precision = 6) const;
    QString toString(QDate date, const QString &format) const;
    QString toString(QTime time, const QString &format) const;
    QString toString(const QDateTime &dateTime, const QString &format) const;
    QString toString(QDate date, QStringView format) const;
    QString toString(QTime time, QStringView format) const;
    QString toString(const QDateTime &dateTime, QStringView format) const;
    QString toString(QDate date, FormatType format = LongFormat) const;
    QString toString(QTime time, FormatType format = LongFormat) const;
    QString toString(const QDateTime &dateTime, FormatType format = LongFormat) const;
    QString dateFormat(FormatType format = LongFormat) const;
    QString timeFormat(FormatType format = LongFormat) const;
    QString dateTimeFormat(FormatType format = LongFormat) const;
    QDate toDate(const QString &string, FormatType = LongFormat) const;
    QTime toTime(const QString &string, FormatType = LongFormat) const;
    QDateTime toDateTime(const QString &string, FormatType format = LongFormat) const;
    QDate toDate(const QString &string, const QString &format) const;
    QTime toTime(const QString &string, const QString &format) const;
    QDateTime toDateTime(const QString &string, const QString &format) const;
    QString decimalPoint() const;
    QString groupSeparator() const;
    QString percent() const;
    QString zeroDigit() const;
    QString negativeSign() const;
    QString positiveSign() const;
    QString exponential() const;
    QString monthName(int, FormatType format = LongFormat) const;
    QString standaloneMonthName(int, FormatType format = LongFormat) const;
    QString dayName(int, FormatType format = LongFormat) const;
    QString standaloneDayName(int, FormatType format = LongFormat) const;
    Qt::DayOfWeek firstDayOfWeek() const;
    QList<Qt::DayOfWeek> weekdays() const;
    QString amText() const;
    QString pmText() const;
    MeasurementSystem measurementSystem() const;
    QLocale collation() const;
    Qt::LayoutDirection textDirection() const;
    QString toUpper(const QString &str) const;
    QString toLower(const QString &str) const;
    QString currencySymbol(CurrencySymbolFormat = CurrencySymbol) const;
    QString toCurrencyString(qlonglong, const QString &symbol = QString()) const;
    QString toCurrencyString(qulonglong, const QString &symbol = QString()) const;
    QString toCurrencyString(short i, const QString &symbol = QString()) const;
    QString toCurrencyString(ushort i, const QString &symbol = QString()) const;
    QString toCurrencyString(int i, const QString &symbol = QString()) const;
    QString toCurrencyString(uint i, const QString &symbol = QString()) const;
    QString toCurrencyString(double, const QString &symbol = QString(), int precision = -1) const;
    QString toCurrencyString(float i, const QString &symbol = QString(), int precision = -1) const;
    QString formattedDataSize(qint64 bytes, int precision = 2, DataSizeFormats format = DataSizeIecFormat) const;
    QStringList uiLanguages() const;
    enum LanguageCodeType {
        ISO639Part1 = 1,
        ISO639Part2B = 2,
        ISO639Part2T = 4,
        ISO639Part3 = 8,
        LegacyLanguageCode = 32768,
        ISO639Part2 = 6,
        ISO639Alpha2 = 1,
        ISO639Alpha3 = 14,
        ISO639 = 15,
        AnyLanguageCode = -1
    };
    using LanguageCodeTypes = QFlags<LanguageCodeType>;
    static QString languageToCode(Language language, LanguageCodeTypes codeTypes = AnyLanguageCode);
    static Language codeToLanguage(QStringView languageCode, LanguageCodeTypes codeTypes = AnyLanguageCode) noexcept;
    static QString territoryToCode(Territory territory);
    static Territory codeToTerritory(QStringView territoryCode) noexcept;
    static QString countryToCode(Country country);
    static Country codeToCountry(QStringView countryCode) noexcept;
    static QString scriptToCode(Script script);
    static Script codeToScript(QStringView scriptCode) noexcept;
    static QString languageToString(Language language);
    static QString territoryToString(Territory territory);
    static QString countryToString(Country country);
    static QString scriptToString(Script script);
    static void setDefault(const QLocale &locale);
    static QLocale c();
    static QLocale system();
    static QList<QLocale> matchingLocales(QLocale::Language language, QLocale::Script script, QLocale::Territory territory);
    static QList<Country> countriesForLanguage(Language lang);
    void setNumberOptions(NumberOptions options);
    NumberOptions numberOptions() const;
    enum QuotationStyle {
        StandardQuotation = 0,
        AlternateQuotation = 1
    };
    QString quoteString(const QString &str, QuotationStyle style = StandardQuotation) const;
    QString quoteString(QStringView str, QuotationStyle style = StandardQuotation) const;
    QString createSeparatedList(const QStringList &strl) const;
    friend QDataStream & operator<<(QDataStream &, const QLocale &);
    friend QDataStream & operator>>(QDataStream &, QLocale &);
    friend QDebug operator<<(QDebug, const QLocale &);
};

class QTemporaryFile : public QFile {
    Q_OBJECT
public:
    QTemporaryFile();
    explicit QTemporaryFile(const QString &templateName);
    explicit QTemporaryFile(QObject *parent);
    QTemporaryFile(const QString &templateName, QObject *parent);
    ~QTemporaryFile() noexcept;
    bool autoRemove() const;
    void setAutoRemove(bool b);
    bool open();
    QString fileName() const override;
    QString fileTemplate() const;
    void setFileTemplate(const QString &name);
    bool rename(const QString &newName);
    static QTemporaryFile * createNativeFile(const QString &fileName);
    static QTemporaryFile * createNativeFile(QFile &file);
protected:
    bool open(OpenMode flags) override;
};

class QSaveFile : public QFileDevice {
    Q_OBJECT
public:
    explicit QSaveFile(const QString &name);
    explicit QSaveFile(QObject *parent = nullptr);
    explicit QSaveFile(const QString &name, QObject *parent);
    ~QSaveFile() noexcept;
    QString fileName() const override;
    void setFileName(const QString &name);
    bool open(OpenMode flags) override;
    bool commit();
    void cancelWriting();
    void setDirectWriteFallback(bool enabled);
    bool directWriteFallback() const;
protected:
    qint64 writeData(const char *data, qint64 len) override;
};

struct QCborError {
    Q_GADGET
public:
    enum Code : int {
        UnknownError = 1,
        AdvancePastEnd = 3,
        InputOutputError = 4,
        GarbageAtEnd = 256,
        EndOfFile = 257,
        UnexpectedBreak = 258,
        UnknownType = 259,
        IllegalType = 260,
        IllegalNumber = 261,
        IllegalSimpleType = 262,
        InvalidUtf8String = 516,
        DataTooLarge = 1024,
        NestingTooDeep = 1025,
        UnsupportedType = 1026,
        NoError = 0
    };
    Code c;
    operator QCborError::Code() const;
    QString toString() const;
};

struct QCborParserError {
    qint64 offset = 0;
    QCborError error = {};
    QString errorString() const;
};

class QCborStreamReader {
    Q_GADGET
public:
    enum Type : quint8 {
        UnsignedInteger = 0,
        NegativeInteger = 32,
        ByteString = 64,
        ByteArray = 64,
        TextString = 96,
        String = 96,
        Array = 0x80,
        Map = 0xa0,
        Tag = 0xc0,
        SimpleType = 0xe0,
        HalfFloat = 0xf9,
        Float16 = 0xf9,
        Float = 0xfa,
        Double = 0xfb,
        Invalid = 0xff
    };
    enum StringResultCode {
        EndOfString = 0,
        Ok = 1,
        Error = -1
    };
    QCborStreamReader();
    QCborStreamReader(const char *data, qsizetype len);
    QCborStreamReader(const quint8 *data, qsizetype len);
    explicit QCborStreamReader(const QByteArray &data);
    explicit QCborStreamReader(QIODevice *device);
    ~QCborStreamReader();
    QCborStreamReader(const QCborStreamReader &) = delete;
    QCborStreamReader & operator=(const QCborStreamReader &) = delete;
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void addData(const QByteArray &data);
    void addData(const char *data, qsizetype len);
    void addData(const quint8 *data, qsizetype len);
    void reparse();
    void clear();
    void reset();
    QCborError lastError();
    qint64 currentOffset() const;
    bool isValid() const;
    int containerDepth() const;
    QCborStreamReader::Type parentContainerType() const;
    bool hasNext() const noexcept;
    bool next(int maxRecursion = 10000);
    Type type() const;
    bool isUnsignedInteger() const;
    bool isNegativeInteger() const;
    bool isInteger() const;
    bool isByteArray() const;
    bool isString() const;
    bool isArray() const;
    bool isMap() const;
    bool isTag() const;
    bool isSimpleType() const;
    bool isFloat16() const;
    bool isFloat() const;
    bool isDouble() const;
    bool isInvalid() const;
    bool isSimpleType(QCborSimpleType st) const;
    bool isFalse() const;
    bool isTrue() const;
    bool isBool() const;
    bool isNull() const;
    bool isUndefined() const;
    bool isLengthKnown() const noexcept;
    quint64 length() const;
    bool isContainer() const;
    bool enterContainer();
    bool leaveContainer();
    qsizetype currentStringChunkSize() const;
    template <typename Container> struct StringResult {
        Container data;
        StringResultCode status = Error;
    };
    StringResult<QString> readString();
    StringResult<QByteArray> readByteArray();
    StringResult<qsizetype> readStringChunk(char *ptr, qsizetype maxlen);
    qfloat16 toFloat16() const;
    bool toBool() const;
    QCborTag toTag() const;
    quint64 toUnsignedInteger() const;
    QCborNegativeInteger toNegativeInteger() const;
    QCborSimpleType toSimpleType() const;
    float toFloat() const;
    double toDouble() const;
    qint64 toInteger() const;
};

class QCborStreamWriter {
public:
    explicit QCborStreamWriter(QIODevice *device);
    explicit QCborStreamWriter(QByteArray *data);
    ~QCborStreamWriter();
    QCborStreamWriter(const QCborStreamWriter &) = delete;
    QCborStreamWriter & operator=(const QCborStreamWriter &) = delete;
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void append(quint64 u);
    void append(qint64 i);
    void append(QCborNegativeInteger n);
    void append(const QByteArray &ba);
    void append(QLatin1StringView str);
    void append(QStringView str);
    void append(QCborTag tag);
    void append(QCborKnownTags tag);
    void append(QCborSimpleType st);
    void append(std::nullptr_t);
    void append(float f);
    void append(double d);
    void appendByteString(const char *data, qsizetype len);
    void appendTextString(const char *utf8, qsizetype len);
    void append(bool b);
    void appendNull();
    void appendUndefined();
    void append(int i);
    void append(uint u);
    void append(const char *str, qsizetype size = -1);
    void startArray();
    void startArray(quint64 count);
    bool endArray();
    void startMap();
    void startMap(quint64 count);
    bool endMap();
};

class QXmlStreamAttribute {
public:
    QXmlStreamAttribute();
    QXmlStreamAttribute(const QString &qualifiedName, const QString &value);
    QXmlStreamAttribute(const QString &namespaceUri, const QString &name, const QString &value);
    QStringView namespaceUri() const;
    QStringView name() const;
    QStringView qualifiedName() const;
    QStringView prefix() const;
    QStringView value() const;
    bool isDefault() const;
    bool operator==(const QXmlStreamAttribute &other) const;
    bool operator!=(const QXmlStreamAttribute &other) const;
};

class QXmlStreamAttributes : public QList<QXmlStreamAttribute> {
public:
    QXmlStreamAttributes();
    QStringView value(const QString &namespaceUri, const QString &name) const;
    QStringView value(const QString &namespaceUri, QLatin1StringView name) const;
    QStringView value(QLatin1StringView namespaceUri, QLatin1StringView name) const;
    QStringView value(const QString &qualifiedName) const;
    QStringView value(QLatin1StringView qualifiedName) const;
    void append(const QString &namespaceUri, const QString &name, const QString &value);
    void append(const QString &qualifiedName, const QString &value);
    bool hasAttribute(const QString &qualifiedName) const;
    bool hasAttribute(QLatin1StringView qualifiedName) const;
    bool hasAttribute(const QString &namespaceUri, const QString &name) const;
    using QList<QXmlStreamAttribute>::append;
};

class QXmlStreamNamespaceDeclaration {
public:
    QXmlStreamNamespaceDeclaration();
    QXmlStreamNamespaceDeclaration(const QString &prefix, const QString &namespaceUri);
    QStringView prefix() const;
    QStringView namespaceUri() const;
    bool operator==(const QXmlStreamNamespaceDeclaration &other) const;
    bool operator!=(const QXmlStreamNamespaceDeclaration &other) const;
};

class QXmlStreamReader {
public:
    enum TokenType {
        NoToken = 0,
        Invalid = 1,
        StartDocument = 2,
        EndDocument = 3,
        StartElement = 4,
        EndElement = 5,
        Characters = 6,
        Comment = 7,
        DTD = 8,
        EntityReference = 9,
        ProcessingInstruction = 10
    };
    QXmlStreamReader();
    explicit QXmlStreamReader(QIODevice *device);
    explicit QXmlStreamReader(const QByteArray &data);
    explicit QXmlStreamReader(const QString &data);
    explicit QXmlStreamReader(const char *data);
    ~QXmlStreamReader();
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void addData(const QByteArray &data);
    void addData(const QString &data);
    void addData(const char *data);
    void clear();
    bool atEnd() const;
    TokenType readNext();
    bool readNextStartElement();
    void skipCurrentElement();
    TokenType tokenType() const;
    QString tokenString() const;
    void setNamespaceProcessing(bool);
    bool namespaceProcessing() const;
    bool isStartDocument() const;
    bool isEndDocument() const;
    bool isStartElement() const;
    bool isEndElement() const;
    bool isCharacters() const;
    bool isWhitespace() const;
    bool isCDATA() const;
    bool isComment() const;
    bool isDTD() const;
    bool isEntityReference() const;
    bool isProcessingInstruction() const;
    bool isStandaloneDocument() const;
    QStringView documentVersion() const;
    QStringView documentEncoding() const;
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    qint64 characterOffset() const;
    QXmlStreamAttributes attributes() const;
    enum ReadElementTextBehaviour {
        ErrorOnUnexpectedElement = 0,
        IncludeChildElements = 1,
        SkipChildElements = 2
    };
    QString readElementText(ReadElementTextBehaviour behaviour = ErrorOnUnexpectedElement);
    QStringView name() const;
    QStringView namespaceUri() const;
    QStringView qualifiedName() const;
    QStringView prefix() const;
    QStringView processingInstructionTarget() const;
    QStringView processingInstructionData() const;
    QStringView text() const;
    void addExtraNamespaceDeclaration(const QXmlStreamNamespaceDeclaration &extraNamespaceDeclaraction);
    QStringView dtdName() const;
    QStringView dtdPublicId() const;
    QStringView dtdSystemId() const;
    int entityExpansionLimit() const;
    void setEntityExpansionLimit(int limit);
    enum Error {
        NoError = 0,
        UnexpectedElementError = 1,
        CustomError = 2,
        NotWellFormedError = 3,
        PrematureEndOfDocumentError = 4
    };
    void raiseError(const QString &message = QString());
    QString errorString() const;
    Error error() const;
    bool hasError() const;
};

class QXmlStreamWriter {
public:
    QXmlStreamWriter();
    explicit QXmlStreamWriter(QIODevice *device);
    explicit QXmlStreamWriter(QByteArray *array);
    explicit QXmlStreamWriter(QString *string);
    ~QXmlStreamWriter();
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void setAutoFormatting(bool);
    bool autoFormatting() const;
    void setAutoFormattingIndent(int spacesOrTabs);
    int autoFormattingIndent() const;
    void writeAttribute(const QString &qualifiedName, const QString &value);
    void writeAttribute(const QString &namespaceUri, const QString &name, const QString &value);
    void writeAttribute(const QXmlStreamAttribute &attribute);
    void writeAttributes(const QXmlStreamAttributes &attributes);
    void writeCDATA(const QString &text);
    void writeCharacters(const QString &text);
    void writeComment(const QString &text);
    void writeDTD(const QString &dtd);
    void writeEmptyElement(const QString &qualifiedName);
    void writeEmptyElement(const QString &namespaceUri, const QString &name);
    void writeTextElement(const QString &qualifiedName, const QString &text);
    void writeTextElement(const QString &namespaceUri, const QString &name, const QString &text);
    void writeEndDocument();
    void writeEndElement();
    void writeEntityReference(const QString &name);
    void writeNamespace(const QString &namespaceUri, const QString &prefix = QString());
    void writeDefaultNamespace(const QString &namespaceUri);
    void writeProcessingInstruction(const QString &target, const QString &data = QString());
    void writeStartDocument();
    void writeStartDocument(const QString &version);
    void writeStartDocument(const QString &version, bool standalone);
    void writeStartElement(const QString &qualifiedName);
    void writeStartElement(const QString &namespaceUri, const QString &name);
    void writeCurrentToken(const QXmlStreamReader &reader);
    bool hasError() const;
};

class QEasingCurve {
    Q_GADGET
public:
    enum Type {
        Linear = 0,
        InQuad = 1,
        OutQuad = 2,
        InOutQuad = 3,
        OutInQuad = 4,
        InCubic = 5,
        OutCubic = 6,
        InOutCubic = 7,
        OutInCubic = 8,
        InQuart = 9,
        OutQuart = 10,
        InOutQuart = 11,
        OutInQuart = 12,
        InQuint = 13,
        OutQuint = 14,
        InOutQuint = 15,
        OutInQuint = 16,
        InSine = 17,
        OutSine = 18,
        InOutSine = 19,
        OutInSine = 20,
        InExpo = 21,
        OutExpo = 22,
        InOutExpo = 23,
        OutInExpo = 24,
        InCirc = 25,
        OutCirc = 26,
        InOutCirc = 27,
        OutInCirc = 28,
        InElastic = 29,
        OutElastic = 30,
        InOutElastic = 31,
        OutInElastic = 32,
        InBack = 33,
        OutBack = 34,
        InOutBack = 35,
        OutInBack = 36,
        InBounce = 37,
        OutBounce = 38,
        InOutBounce = 39,
        OutInBounce = 40,
        InCurve = 41,
        OutCurve = 42,
        SineCurve = 43,
        CosineCurve = 44,
        BezierSpline = 45,
        TCBSpline = 46,
        Custom = 47,
        NCurveTypes = 48
    };
    QEasingCurve(Type type = Linear);
    QEasingCurve(const QEasingCurve &other);
    ~QEasingCurve() noexcept;
    QEasingCurve & operator=(const QEasingCurve &other);
    QEasingCurve(QEasingCurve &&other) noexcept;
    QEasingCurve & operator=(QEasingCurve &&other) noexcept;
    void swap(QEasingCurve &other) noexcept;
    bool operator==(const QEasingCurve &other) const;
    bool operator!=(const QEasingCurve &other) const;
    qreal amplitude() const;
    void setAmplitude(qreal amplitude);
    qreal period() const;
    void setPeriod(qreal period);
    qreal overshoot() const;
    void setOvershoot(qreal overshoot);
    void addCubicBezierSegment(const QPointF &c1, const QPointF &c2, const QPointF &endPoint);
    void addTCBSegment(const QPointF &nextPoint, qreal t, qreal c, qreal b);
    QList<QPointF> toCubicSpline() const;
    Type type() const;
    void setType(Type type);
    using EasingFunction = qreal (*)(qreal);
    void setCustomType(EasingFunction func);
    EasingFunction customType() const;
    qreal valueForProgress(qreal progress) const;
    friend QDebug operator<<(QDebug debug, const QEasingCurve &item);
    friend QDataStream & operator<<(QDataStream &, const QEasingCurve &);
    friend QDataStream & operator>>(QDataStream &, QEasingCurve &);
};

class QAbstractAnimation : public QObject {
    Q_OBJECT
public:
    enum Direction {
        Forward = 0,
        Backward = 1
    };
    enum State {
        Stopped = 0,
        Paused = 1,
        Running = 2
    };
    enum DeletionPolicy {
        KeepWhenStopped = 0,
        DeleteWhenStopped = 1
    };
    QAbstractAnimation(QObject *parent = nullptr);
    virtual ~QAbstractAnimation() noexcept;
    State state() const;
    QAnimationGroup * group() const;
    Direction direction() const;
    void setDirection(Direction direction);
    int currentTime() const;
    int currentLoopTime() const;
    int loopCount() const;
    void setLoopCount(int loopCount);
    int currentLoop() const;
    virtual int duration() const = 0;
    int totalDuration() const;
    void finished();
    void stateChanged(QAbstractAnimation::State newState, QAbstractAnimation::State oldState);
    void currentLoopChanged(int currentLoop);
    void directionChanged(QAbstractAnimation::Direction);
public Q_SLOTS:
    void start(QAbstractAnimation::DeletionPolicy policy = KeepWhenStopped);
    void pause();
    void resume();
    void setPaused(bool);
    void stop();
    void setCurrentTime(int msecs);
protected:
    bool event(QEvent *event) override;
    virtual void updateCurrentTime(int currentTime) = 0;
    virtual void updateState(QAbstractAnimation::State newState, QAbstractAnimation::State oldState);
    virtual void updateDirection(QAbstractAnimation::Direction direction);
};

class QVariantAnimation : public QAbstractAnimation {
    Q_OBJECT
public:
    using KeyValue = QPair<qreal, QVariant>;
    using KeyValues = QList<KeyValue>;
    QVariantAnimation(QObject *parent = nullptr);
    ~QVariantAnimation() noexcept;
    QVariant startValue() const;
    void setStartValue(const QVariant &value);
    QVariant endValue() const;
    void setEndValue(const QVariant &value);
    QVariant keyValueAt(qreal step) const;
    void setKeyValueAt(qreal step, const QVariant &value);
    KeyValues keyValues() const;
    void setKeyValues(const KeyValues &values);
    QVariant currentValue() const;
    int duration() const override;
    void setDuration(int msecs);
    QEasingCurve easingCurve() const;
    void setEasingCurve(const QEasingCurve &easing);
    using Interpolator = QVariant (*)(const void *, const void *, qreal);
    void valueChanged(const QVariant &value);
protected:
    bool event(QEvent *event) override;
    void updateCurrentTime(int) override;
    void updateState(QAbstractAnimation::State newState, QAbstractAnimation::State oldState) override;
    virtual void updateCurrentValue(const QVariant &value);
    virtual QVariant interpolated(const QVariant &from, const QVariant &to, qreal progress) const;
};

class QPropertyAnimation : public QVariantAnimation {
    Q_OBJECT
public:
    QPropertyAnimation(QObject *parent = nullptr);
    QPropertyAnimation(QObject *target, const QByteArray &propertyName, QObject *parent = nullptr);
    ~QPropertyAnimation() noexcept;
    QObject * targetObject() const;
    void setTargetObject(QObject *target);
    QByteArray propertyName() const;
    void setPropertyName(const QByteArray &propertyName);
protected:
    bool event(QEvent *event) override;
    void updateCurrentValue(const QVariant &value) override;
    void updateState(QAbstractAnimation::State newState, QAbstractAnimation::State oldState) override;
};

class QAnimationGroup : public QAbstractAnimation {
    Q_OBJECT
public:
    QAnimationGroup(QObject *parent = nullptr);
    ~QAnimationGroup() noexcept;
    QAbstractAnimation * animationAt(int index) const;
    int animationCount() const;
    int indexOfAnimation(QAbstractAnimation *animation) const;
    void addAnimation(QAbstractAnimation *animation);
    void insertAnimation(int index, QAbstractAnimation *animation);
    void removeAnimation(QAbstractAnimation *animation);
    QAbstractAnimation * takeAnimation(int index);
    void clear();
protected:
    bool event(QEvent *event) override;
};

class QSequentialAnimationGroup : public QAnimationGroup {
    Q_OBJECT
public:
    QSequentialAnimationGroup(QObject *parent = nullptr);
    ~QSequentialAnimationGroup() noexcept;
    QPauseAnimation * addPause(int msecs);
    QPauseAnimation * insertPause(int index, int msecs);
    QAbstractAnimation * currentAnimation() const;
    int duration() const override;
    void currentAnimationChanged(QAbstractAnimation *current);
protected:
    bool event(QEvent *event) override;
    void updateCurrentTime(int) override;
    void updateState(QAbstractAnimation::State newState, QAbstractAnimation::State oldState) override;
    void updateDirection(QAbstractAnimation::Direction direction) override;
};

class QParallelAnimationGroup : public QAnimationGroup {
    Q_OBJECT
public:
    QParallelAnimationGroup(QObject *parent = nullptr);
    ~QParallelAnimationGroup() noexcept;
    int duration() const override;
protected:
    bool event(QEvent *event) override;
    void updateCurrentTime(int currentTime) override;
    void updateState(QAbstractAnimation::State newState, QAbstractAnimation::State oldState) override;
    void updateDirection(QAbstractAnimation::Direction direction) override;
};

class QPauseAnimation : public QAbstractAnimation {
    Q_OBJECT
public:
    QPauseAnimation(QObject *parent = nullptr);
    QPauseAnimation(int msecs, QObject *parent = nullptr);
    ~QPauseAnimation() noexcept;
    int duration() const override;
    void setDuration(int msecs);
protected:
    bool event(QEvent *e) override;
    void updateCurrentTime(int) override;
};

class QTimeLine : public QObject {
    Q_OBJECT
public:
    enum State {
        NotRunning = 0,
        Paused = 1,
        Running = 2
    };
    enum Direction {
        Forward = 0,
        Backward = 1
    };
    explicit QTimeLine(int duration = 1000, QObject *parent = nullptr);
    virtual ~QTimeLine() noexcept;
    State state() const;
    int loopCount() const;
    void setLoopCount(int count);
    Direction direction() const;
    void setDirection(Direction direction);
    int duration() const;
    void setDuration(int duration);
    int startFrame() const;
    void setStartFrame(int frame);
    int endFrame() const;
    void setEndFrame(int frame);
    void setFrameRange(int startFrame, int endFrame);
    int updateInterval() const;
    void setUpdateInterval(int interval);
    QEasingCurve easingCurve() const;
    void setEasingCurve(const QEasingCurve &curve);
    int currentTime() const;
    int currentFrame() const;
    qreal currentValue() const;
    int frameForTime(int msec) const;
    virtual qreal valueForTime(int msec) const;
public Q_SLOTS:
    void start();
    void resume();
    void stop();
    void setPaused(bool paused);
    void setCurrentTime(int msec);
    void toggleDirection();
public:
protected:
    void timerEvent(QTimerEvent *event) override;
Q_SIGNALS:
    void valueChanged(qreal x, QPrivateSignal);
    void frameChanged(int, QPrivateSignal);
    void stateChanged(QTimeLine::State newState, QPrivateSignal);
    void finished(QPrivateSignal);
};

class QLibraryInfo {
public:
    static const char * build() noexcept;
    static bool isDebugBuild() noexcept;
    static QVersionNumber version() noexcept;
    enum LibraryPath {
        PrefixPath = 0,
        DocumentationPath = 1,
        HeadersPath = 2,
        LibrariesPath = 3,
        LibraryExecutablesPath = 4,
        BinariesPath = 5,
        PluginsPath = 6,
        QmlImportsPath = 7,
        Qml2ImportsPath = 7,
        ArchDataPath = 8,
        DataPath = 9,
        TranslationsPath = 10,
        ExamplesPath = 11,
        TestsPath = 12,
        SettingsPath = 100
    };
    static QString path(LibraryPath p);
    using LibraryLocation = LibraryPath;
    static QString location(LibraryLocation location);
    static QStringList platformPluginArguments(const QString &platformName);
};

class QSignalMapper : public QObject {
    Q_OBJECT
public:
    explicit QSignalMapper(QObject *parent = nullptr);
    ~QSignalMapper() noexcept;
    void setMapping(QObject *sender, int id);
    void setMapping(QObject *sender, const QString &text);
    void setMapping(QObject *sender, QObject *object);
    void removeMappings(QObject *sender);
    QObject * mapping(int id) const;
    QObject * mapping(const QString &text) const;
    QObject * mapping(QObject *object) const;
    void mappedInt(int);
    void mappedString(const QString &);
    void mappedObject(QObject *);
public Q_SLOTS:
    void map();
    void map(QObject *sender);
};

class QRunnable {
public:
    virtual void run() = 0;
    QRunnable() noexcept = default;
    virtual ~QRunnable();
    static QRunnable * create(std::function<void ()> functionToRun);
    bool autoDelete() const;
    void setAutoDelete(bool autoDelete);
};

class QThreadPool : public QObject {
    Q_OBJECT
public:
    QThreadPool(QObject *parent = nullptr);
    ~QThreadPool() noexcept;
    static QThreadPool * globalInstance();
    void start(QRunnable *runnable, int priority = 0);
    bool tryStart(QRunnable *runnable);
    void start(std::function<void ()> functionToRun, int priority = 0);
    bool tryStart(std::function<void ()> functionToRun);
    void startOnReservedThread(QRunnable *runnable);
    void startOnReservedThread(std::function<void ()> functionToRun);
    int expiryTimeout() const;
    void setExpiryTimeout(int expiryTimeout);
    int maxThreadCount() const;
    void setMaxThreadCount(int maxThreadCount);
    int activeThreadCount() const;
    void setStackSize(uint stackSize);
    uint stackSize() const;
    void setThreadPriority(QThread::Priority priority);
    QThread::Priority threadPriority() const;
    void reserveThread();
    void releaseThread();
    bool waitForDone(int msecs = -1);
    void clear();
    bool contains(const QThread *thread) const;
    bool tryTake(QRunnable *runnable);
};

class QMimeType {
    Q_GADGET
public:
    QMimeType();
    QMimeType(const QMimeType &other);
    QMimeType & operator=(const QMimeType &other);
    QMimeType & operator=(QMimeType &&other) noexcept;
    void swap(QMimeType &other) noexcept;
    ~QMimeType() noexcept;
    bool operator==(const QMimeType &other) const;
    bool operator!=(const QMimeType &other) const;
    bool isValid() const;
    bool isDefault() const;
    QString name() const;
    QString comment() const;
    QString genericIconName() const;
    QString iconName() const;
    QStringList globPatterns() const;
    QStringList parentMimeTypes() const;
    QStringList allAncestors() const;
    QStringList aliases() const;
    QStringList suffixes() const;
    QString preferredSuffix() const;
    bool inherits(const QString &mimeTypeName) const;
    QString filterString() const;
protected:
    friend size_t qHash(const QMimeType &key, size_t seed) noexcept;
    friend QDebug operator<<(QDebug debug, const QMimeType &mime);
};

class QMimeDatabase {
public:
    QMimeDatabase();
    ~QMimeDatabase();
    QMimeType mimeTypeForName(const QString &nameOrAlias) const;
    enum MatchMode {
        MatchDefault = 0,
        MatchExtension = 1,
        MatchContent = 2
    };
    QMimeType mimeTypeForFile(const QString &fileName, MatchMode mode = MatchDefault) const;
    QMimeType mimeTypeForFile(const QFileInfo &fileInfo, MatchMode mode = MatchDefault) const;
    QList<QMimeType> mimeTypesForFileName(const QString &fileName) const;
    QMimeType mimeTypeForData(const QByteArray &data) const;
    QMimeType mimeTypeForData(QIODevice *device) const;
    QMimeType mimeTypeForUrl(const QUrl &url) const;
    QMimeType mimeTypeForFileNameAndData(const QString &fileName, QIODevice *device) const;
    QMimeType mimeTypeForFileNameAndData(const QString &fileName, const QByteArray &data) const;
    QString suffixForFileName(const QString &fileName) const;
    QList<QMimeType> allMimeTypes() const;
};

class QSocketDescriptor {
public:
    using DescriptorType = int;
    QSocketDescriptor(DescriptorType descriptor = -1) noexcept;
    operator DescriptorType() const noexcept;
    bool isValid() const noexcept;
};

class QSocketNotifier : public QObject {
    Q_OBJECT
public:
    enum Type {
        Read = 0,
        Write = 1,
        Exception = 2
    };
    explicit QSocketNotifier(Type, QObject *parent = nullptr);
    QSocketNotifier(qintptr socket, Type, QObject *parent = nullptr);
    ~QSocketNotifier() noexcept;
    void setSocket(qintptr socket);
    qintptr socket() const;
    Type type() const;
    bool isValid() const;
    bool isEnabled() const;
public Q_SLOTS:
    void setEnabled(bool);
public:
protected:
    bool event(QEvent *) override;
Q_SIGNALS:
    void activated(QSocketDescriptor socket, QSocketNotifier::Type activationEvent, QPrivateSignal);
};

class QFileSystemWatcher : public QObject {
    Q_OBJECT
public:
    QFileSystemWatcher(QObject *parent = nullptr);
    QFileSystemWatcher(const QStringList &paths, QObject *parent = nullptr);
    ~QFileSystemWatcher() noexcept;
    bool addPath(const QString &file);
    QStringList addPaths(const QStringList &files);
    bool removePath(const QString &file);
    QStringList removePaths(const QStringList &files);
    QStringList files() const;
    QStringList directories() const;
Q_SIGNALS:
    void fileChanged(const QString &path, QPrivateSignal);
    void directoryChanged(const QString &path, QPrivateSignal);
};

class QTemporaryDir {
public:
    QTemporaryDir();
    explicit QTemporaryDir(const QString &templateName);
    QTemporaryDir(QTemporaryDir &&other) noexcept;
    QTemporaryDir & operator=(QTemporaryDir &&other) noexcept;
    ~QTemporaryDir();
    void swap(QTemporaryDir &other) noexcept;
    bool isValid() const;
    QString errorString() const;
    bool autoRemove() const;
    void setAutoRemove(bool b);
    bool remove();
    QString path() const;
    QString filePath(const QString &fileName) const;
};

class QDirIterator {
public:
    enum IteratorFlag {
        NoIteratorFlags = 0,
        FollowSymlinks = 1,
        Subdirectories = 2
    };
    using IteratorFlags = QFlags<IteratorFlag>;
    QDirIterator(const QDir &dir, IteratorFlags flags = NoIteratorFlags);
    QDirIterator(const QString &path, IteratorFlags flags = NoIteratorFlags);
    QDirIterator(const QString &path, QDir::Filters filter, IteratorFlags flags = NoIteratorFlags);
    QDirIterator(const QString &path, const QStringList &nameFilters, QDir::Filters filters = QDir::NoFilter, IteratorFlags flags = NoIteratorFlags);
    ~QDirIterator();
    QString next();
    QFileInfo nextFileInfo();
    bool hasNext() const;
    QString fileName() const;
    QString filePath() const;
    QFileInfo fileInfo() const;
    QString path() const;
};

class QTranslator : public QObject {
    Q_OBJECT
public:
    explicit QTranslator(QObject *parent = nullptr);
    ~QTranslator() noexcept;
    virtual QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const;
    virtual bool isEmpty() const;
    QString language() const;
    QString filePath() const;
    bool load(const QString &filename, const QString &directory = QString(), const QString &search_delimiters = QString(), const QString &suffix = QString());
    bool load(const QLocale &locale, const QString &filename, const QString &prefix = QString(), const QString &directory = QString(), const QString &suffix = QString());
    bool load(const uchar *data, int len, const QString &directory = QString());
};

class QVersionNumber {
public:
    QVersionNumber() noexcept;
    explicit QVersionNumber(const QList<int> &seg);
    explicit QVersionNumber(QList<int> &&seg);
    QVersionNumber(std::initializer_list<int> args);
    explicit QVersionNumber(int maj);
    explicit QVersionNumber(int maj, int min);
    explicit QVersionNumber(int maj, int min, int mic);
    bool isNull() const noexcept;
    bool isNormalized() const noexcept;
    int majorVersion() const noexcept;
    int minorVersion() const noexcept;
    int microVersion() const noexcept;
    QVersionNumber normalized() const;
    QList<int> segments() const;
    int segmentAt(qsizetype index) const noexcept;
    qsizetype segmentCount() const noexcept;
    bool isPrefixOf(const QVersionNumber &other) const noexcept;
    static int compare(const QVersionNumber &v1, const QVersionNumber &v2) noexcept;
    static QVersionNumber commonPrefix(const QVersionNumber &v1, const QVersionNumber &v2);
    QString toString() const;
    static QVersionNumber fromString(QAnyStringView string, qsizetype *suffixIndex = nullptr);
    friend bool operator>(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend bool operator>=(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend bool operator<(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend bool operator<=(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend bool operator==(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend bool operator!=(const QVersionNumber &lhs, const QVersionNumber &rhs) noexcept;
    friend QDataStream & operator<<(QDataStream &out, const QVersionNumber &version);
    friend QDataStream & operator>>(QDataStream &in, QVersionNumber &version);
    friend QDebug operator<<(QDebug, const QVersionNumber &version);
};

class QStorageInfo {
public:
    QStorageInfo();
    explicit QStorageInfo(const QString &path);
    explicit QStorageInfo(const QDir &dir);
    QStorageInfo(const QStorageInfo &other);
    ~QStorageInfo() noexcept;
    QStorageInfo & operator=(const QStorageInfo &other);
    QStorageInfo & operator=(QStorageInfo &&other) noexcept;
    void swap(QStorageInfo &other) noexcept;
    void setPath(const QString &path);
    QString rootPath() const;
    QByteArray device() const;
    QByteArray subvolume() const;
    QByteArray fileSystemType() const;
    QString name() const;
    QString displayName() const;
    qint64 bytesTotal() const;
    qint64 bytesFree() const;
    qint64 bytesAvailable() const;
    int blockSize() const;
    bool isRoot() const;
    bool isReadOnly() const;
    bool isReady() const;
    bool isValid() const;
    void refresh();
    static QList<QStorageInfo> mountedVolumes();
    static QStorageInfo root();
    friend QDebug operator<<(QDebug debug, const QStorageInfo &);
};

class QTimeZone {
public:
    class OffsetData;
public:
    enum {
        MinUtcOffsetSecs = -50400,
        MaxUtcOffsetSecs = 50400
    };
    enum TimeType {
        StandardTime = 0,
        DaylightTime = 1,
        GenericTime = 2
    };
    enum NameType {
        DefaultName = 0,
        LongName = 1,
        ShortName = 2,
        OffsetName = 3
    };
    struct OffsetData {
        QString abbreviation;
        QDateTime atUtc;
        int offsetFromUtc;
        int standardTimeOffset;
        int daylightTimeOffset;
    };
    using OffsetDataList = QList<OffsetData>;
    QTimeZone() noexcept;
    explicit QTimeZone(const QByteArray &ianaId);
    explicit QTimeZone(int offsetSeconds);
    QTimeZone(const QByteArray &zoneId, int offsetSeconds, const QString &name, const QString &abbreviation, QLocale::Territory territory = QLocale::AnyTerritory, const QString &comment = QString());
    QTimeZone(const QTimeZone &other);
    ~QTimeZone() noexcept;
    QTimeZone & operator=(const QTimeZone &other);
    QTimeZone & operator=(QTimeZone &&other) noexcept;
    void swap(QTimeZone &other) noexcept;
    bool operator==(const QTimeZone &other) const;
    bool operator!=(const QTimeZone &other) const;
    bool isValid() const;
    QByteArray id() const;
    QLocale::Territory territory() const;
    QLocale::Country country() const;
    QString comment() const;
    QString displayName(const QDateTime &atDateTime, QTimeZone::NameType nameType = QTimeZone::DefaultName, const QLocale &locale = QLocale()) const;
    QString displayName(QTimeZone::TimeType timeType, QTimeZone::NameType nameType = QTimeZone::DefaultName, const QLocale &locale = QLocale()) const;
    QString abbreviation(const QDateTime &atDateTime) const;
    int offsetFromUtc(const QDateTime &atDateTime) const;
    int standardTimeOffset(const QDateTime &atDateTime) const;
    int daylightTimeOffset(const QDateTime &atDateTime) const;
    bool hasDaylightTime() const;
    bool isDaylightTime(const QDateTime &atDateTime) const;
    OffsetData offsetData(const QDateTime &forDateTime) const;
    bool hasTransitions() const;
    OffsetData nextTransition(const QDateTime &afterDateTime) const;
    OffsetData previousTransition(const QDateTime &beforeDateTime) const;
    OffsetDataList transitions(const QDateTime &fromDateTime, const QDateTime &toDateTime) const;
    static QByteArray systemTimeZoneId();
    static QTimeZone systemTimeZone();
    static QTimeZone utc();
    static bool isTimeZoneIdAvailable(const QByteArray &ianaId);
    static QList<QByteArray> availableTimeZoneIds();
    static QList<QByteArray> availableTimeZoneIds(QLocale::Territory territory);
    static QList<QByteArray> availableTimeZoneIds(int offsetSeconds);
    static QByteArray ianaIdToWindowsId(const QByteArray &ianaId);
    static QByteArray windowsIdToDefaultIanaId(const QByteArray &windowsId);
    static QByteArray windowsIdToDefaultIanaId(const QByteArray &windowsId, QLocale::Territory territory);
    static QList<QByteArray> windowsIdToIanaIds(const QByteArray &windowsId);
    static QList<QByteArray> windowsIdToIanaIds(const QByteArray &windowsId, QLocale::Territory territory);
    friend QDataStream & operator<<(QDataStream &ds, const QTimeZone &tz);
    friend QDataStream & operator>>(QDataStream &ds, QTimeZone &tz);
    friend QDebug operator<<(QDebug dbg, const QTimeZone &tz);
};

class QCborArray {
public:
    class Iterator;
    class ConstIterator;
public:
    class Iterator {
    public:
        using difference_type = qsizetype;
        using value_type = QCborValue;
        Iterator() = default;
        QCborValue operator*() const; // Qt 6: QCborValueRef, a reference into the array
        const QCborValue *operator->() const;
        Iterator(const Iterator &) = default;
        Iterator & operator=(const Iterator &other);
        bool operator==(const Iterator &o) const;
        bool operator!=(const Iterator &o) const;
        bool operator<(const Iterator &other) const;
        bool operator<=(const Iterator &other) const;
        bool operator>(const Iterator &other) const;
        bool operator>=(const Iterator &other) const;
        bool operator==(const ConstIterator &o) const;
        bool operator!=(const ConstIterator &o) const;
        bool operator<(const ConstIterator &other) const;
        bool operator<=(const ConstIterator &other) const;
        bool operator>(const ConstIterator &other) const;
        bool operator>=(const ConstIterator &other) const;
        Iterator & operator++();
        Iterator operator++(int);
        Iterator & operator--();
        Iterator operator--(int);
        Iterator & operator+=(qsizetype j);
        Iterator & operator-=(qsizetype j);
        Iterator operator+(qsizetype j) const;
        Iterator operator-(qsizetype j) const;
        qsizetype operator-(Iterator j) const;
    };
    class ConstIterator {
    public:
        using difference_type = qsizetype;
        using value_type = const QCborValue;
        ConstIterator() = default;
        QCborValue operator*() const; // Qt 6: QCborValueConstRef
        const QCborValue *operator->() const;
        ConstIterator(const ConstIterator &) = default;
        ConstIterator & operator=(const ConstIterator &other);
        bool operator==(const Iterator &o) const;
        bool operator!=(const Iterator &o) const;
        bool operator<(const Iterator &other) const;
        bool operator<=(const Iterator &other) const;
        bool operator>(const Iterator &other) const;
        bool operator>=(const Iterator &other) const;
        bool operator==(const ConstIterator &o) const;
        bool operator!=(const ConstIterator &o) const;
        bool operator<(const ConstIterator &other) const;
        bool operator<=(const ConstIterator &other) const;
        bool operator>(const ConstIterator &other) const;
        bool operator>=(const ConstIterator &other) const;
        ConstIterator & operator++();
        ConstIterator operator++(int);
        ConstIterator & operator--();
        ConstIterator operator--(int);
        ConstIterator & operator+=(qsizetype j);
        ConstIterator & operator-=(qsizetype j);
        ConstIterator operator+(qsizetype j) const;
        ConstIterator operator-(qsizetype j) const;
        qsizetype operator-(ConstIterator j) const;
    };
    using size_type = qsizetype;
    using value_type = QCborValue;
    using pointer = value_type *;
    using const_pointer = const value_type *;
    using reference = QCborValue &;
    using const_reference = const QCborValue &;
    using difference_type = qsizetype;
    QCborArray() noexcept;
    QCborArray(const QCborArray &other) noexcept;
    QCborArray & operator=(const QCborArray &other) noexcept;
    QCborArray(std::initializer_list<QCborValue> args);
    ~QCborArray() noexcept;
    void swap(QCborArray &other) noexcept;
    QCborValue toCborValue() const;
    qsizetype size() const noexcept;
    bool isEmpty() const;
    void clear();
    QCborValue at(qsizetype i) const;
    QCborValue first() const;
    QCborValue last() const;
    const QCborValue operator[](qsizetype i) const;
    void insert(qsizetype i, const QCborValue &value);
    void insert(qsizetype i, QCborValue &&value);
    void prepend(const QCborValue &value);
    void prepend(QCborValue &&value);
    void append(const QCborValue &value);
    void append(QCborValue &&value);
    QCborValue extract(ConstIterator it);
    QCborValue extract(Iterator it);
    void removeAt(qsizetype i);
    QCborValue takeAt(qsizetype i);
    void removeFirst();
    void removeLast();
    QCborValue takeFirst();
    QCborValue takeLast();
    bool contains(const QCborValue &value) const;
    int compare(const QCborArray &other) const noexcept;
    bool operator==(const QCborArray &other) const noexcept;
    bool operator!=(const QCborArray &other) const noexcept;
    bool operator<(const QCborArray &other) const;
    using iterator = Iterator;
    using const_iterator = ConstIterator;
    iterator begin();
    const_iterator constBegin() const;
    const_iterator begin() const;
    const_iterator cbegin() const;
    iterator end();
    const_iterator constEnd() const;
    const_iterator end() const;
    const_iterator cend() const;
    iterator insert(iterator before, const QCborValue &value);
    iterator insert(const_iterator before, const QCborValue &value);
    iterator erase(iterator it);
    iterator erase(const_iterator it);
    void push_back(const QCborValue &t);
    void push_front(const QCborValue &t);
    void pop_front();
    void pop_back();
    bool empty() const;
    QCborArray operator+(const QCborValue &v) const;
    QCborArray & operator+=(const QCborValue &v);
    QCborArray & operator<<(const QCborValue &v);
    static QCborArray fromStringList(const QStringList &list);
    static QCborArray fromVariantList(const QVariantList &list);
    static QCborArray fromJsonArray(const QJsonArray &array);
    static QCborArray fromJsonArray(QJsonArray &&array) noexcept;
    QVariantList toVariantList() const;
    QJsonArray toJsonArray() const;
    friend QDebug operator<<(QDebug, const QCborArray &a);
    friend QDataStream & operator<<(QDataStream &, const QCborArray &);
    friend QDataStream & operator>>(QDataStream &, QCborArray &);
};

class QCborMap {
public:
    class Iterator;
    class ConstIterator;
public:
    using value_type = QPair<QCborValue, QCborValue>;
    using key_type = QCborValue;
    using mapped_type = QCborValue;
    using size_type = qsizetype;
    class Iterator {
    public:
        using difference_type = qsizetype;
        Iterator() = default;
        std::pair<QCborValue, QCborValue> operator*() const; // Qt 6: a pair of references
        Iterator(const Iterator &) = default;
        Iterator & operator=(const Iterator &other);
        QCborValue key() const;
        QCborValue value() const;
        bool operator==(const Iterator &o) const;
        bool operator!=(const Iterator &o) const;
        bool operator<(const Iterator &other) const;
        bool operator<=(const Iterator &other) const;
        bool operator>(const Iterator &other) const;
        bool operator>=(const Iterator &other) const;
        bool operator==(const ConstIterator &o) const;
        bool operator!=(const ConstIterator &o) const;
        bool operator<(const ConstIterator &other) const;
        bool operator<=(const ConstIterator &other) const;
        bool operator>(const ConstIterator &other) const;
        bool operator>=(const ConstIterator &other) const;
        Iterator & operator++();
        Iterator operator++(int);
        Iterator & operator--();
        Iterator operator--(int);
        Iterator & operator+=(qsizetype j);
        Iterator & operator-=(qsizetype j);
        Iterator operator+(qsizetype j) const;
        Iterator operator-(qsizetype j) const;
        qsizetype operator-(Iterator j) const;
    };
    class ConstIterator {
    public:
        using difference_type = qsizetype;
        ConstIterator() = default;
        std::pair<QCborValue, QCborValue> operator*() const;
        ConstIterator(const ConstIterator &) = default;
        ConstIterator & operator=(const ConstIterator &other);
        QCborValue key() const;
        QCborValue value() const;
        bool operator==(const Iterator &o) const;
        bool operator!=(const Iterator &o) const;
        bool operator<(const Iterator &other) const;
        bool operator<=(const Iterator &other) const;
        bool operator>(const Iterator &other) const;
        bool operator>=(const Iterator &other) const;
        bool operator==(const ConstIterator &o) const;
        bool operator!=(const ConstIterator &o) const;
        bool operator<(const ConstIterator &other) const;
        bool operator<=(const ConstIterator &other) const;
        bool operator>(const ConstIterator &other) const;
        bool operator>=(const ConstIterator &other) const;
        ConstIterator & operator++();
        ConstIterator operator++(int);
        ConstIterator & operator--();
        ConstIterator operator--(int);
        ConstIterator & operator+=(qsizetype j);
        ConstIterator & operator-=(qsizetype j);
        ConstIterator operator+(qsizetype j) const;
        ConstIterator operator-(qsizetype j) const;
        qsizetype operator-(ConstIterator j) const;
    };
    QCborMap() noexcept;
    QCborMap(const QCborMap &other) noexcept;
    QCborMap & operator=(const QCborMap &other) noexcept;
    QCborMap(std::initializer_list<value_type> args);
    ~QCborMap() noexcept;
    void swap(QCborMap &other) noexcept;
    QCborValue toCborValue() const;
    qsizetype size() const noexcept;
    bool isEmpty() const;
    void clear();
    QList<QCborValue> keys() const;
    QCborValue value(qint64 key) const;
    QCborValue value(QLatin1StringView key) const;
    QCborValue value(const QString &key) const;
    QCborValue value(const QCborValue &key) const;
    const QCborValue operator[](qint64 key) const;
    const QCborValue operator[](QLatin1StringView key) const;
    const QCborValue operator[](const QString &key) const;
    const QCborValue operator[](const QCborValue &key) const;
    QCborValue take(qint64 key);
    QCborValue take(QLatin1StringView key);
    QCborValue take(const QString &key);
    QCborValue take(const QCborValue &key);
    void remove(qint64 key);
    void remove(QLatin1StringView key);
    void remove(const QString &key);
    void remove(const QCborValue &key);
    bool contains(qint64 key) const;
    bool contains(QLatin1StringView key) const;
    bool contains(const QString &key) const;
    bool contains(const QCborValue &key) const;
    int compare(const QCborMap &other) const noexcept;
    bool operator==(const QCborMap &other) const noexcept;
    bool operator!=(const QCborMap &other) const noexcept;
    bool operator<(const QCborMap &other) const;
    using iterator = Iterator;
    using const_iterator = ConstIterator;
    iterator begin();
    const_iterator constBegin() const;
    const_iterator begin() const;
    const_iterator cbegin() const;
    iterator end();
    const_iterator constEnd() const;
    const_iterator end() const;
    const_iterator cend() const;
    iterator erase(iterator it);
    iterator erase(const_iterator it);
    QCborValue extract(iterator it);
    QCborValue extract(const_iterator it);
    bool empty() const;
    iterator find(qint64 key);
    iterator find(QLatin1StringView key);
    iterator find(const QString &key);
    iterator find(const QCborValue &key);
    const_iterator constFind(qint64 key) const;
    const_iterator constFind(QLatin1StringView key) const;
    const_iterator constFind(const QString &key) const;
    const_iterator constFind(const QCborValue &key) const;
    const_iterator find(qint64 key) const;
    const_iterator find(QLatin1StringView key) const;
    const_iterator find(const QString &key) const;
    const_iterator find(const QCborValue &key) const;
    iterator insert(qint64 key, const QCborValue &value_);
    iterator insert(QLatin1StringView key, const QCborValue &value_);
    iterator insert(const QString &key, const QCborValue &value_);
    iterator insert(const QCborValue &key, const QCborValue &value_);
    iterator insert(value_type v);
    static QCborMap fromVariantMap(const QVariantMap &map);
    static QCborMap fromVariantHash(const QVariantHash &hash);
    static QCborMap fromJsonObject(const QJsonObject &o);
    static QCborMap fromJsonObject(QJsonObject &&o) noexcept;
    QVariantMap toVariantMap() const;
    QVariantHash toVariantHash() const;
    QJsonObject toJsonObject() const;
    friend QDebug operator<<(QDebug, const QCborMap &m);
    friend QDataStream & operator<<(QDataStream &, const QCborMap &);
    friend QDataStream & operator>>(QDataStream &, QCborMap &);
};

class QLibrary : public QObject {
    Q_OBJECT
public:
    enum LoadHint {
        ResolveAllSymbolsHint = 1,
        ExportExternalSymbolsHint = 2,
        LoadArchiveMemberHint = 4,
        PreventUnloadHint = 8,
        DeepBindHint = 16
    };
    using LoadHints = QFlags<LoadHint>;
    explicit QLibrary(QObject *parent = nullptr);
    explicit QLibrary(const QString &fileName, QObject *parent = nullptr);
    explicit QLibrary(const QString &fileName, int verNum, QObject *parent = nullptr);
    explicit QLibrary(const QString &fileName, const QString &version, QObject *parent = nullptr);
    ~QLibrary() noexcept;
    bool load();
    bool unload();
    bool isLoaded() const;
    static bool isLibrary(const QString &fileName);
    void setFileName(const QString &fileName);
    QString fileName() const;
    void setFileNameAndVersion(const QString &fileName, int verNum);
    void setFileNameAndVersion(const QString &fileName, const QString &version);
    QString errorString() const;
    void setLoadHints(LoadHints hints);
    LoadHints loadHints() const;
};

class QPluginLoader : public QObject {
    Q_OBJECT
public:
    explicit QPluginLoader(QObject *parent = nullptr);
    explicit QPluginLoader(const QString &fileName, QObject *parent = nullptr);
    ~QPluginLoader() noexcept;
    QObject * instance();
    QJsonObject metaData() const;
    static QObjectList staticInstances();
    bool load();
    bool unload();
    bool isLoaded() const;
    void setFileName(const QString &fileName);
    QString fileName() const;
    QString errorString() const;
    void setLoadHints(QLibrary::LoadHints loadHints);
    QLibrary::LoadHints loadHints() const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDevice::Permissions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDevice::FileHandleFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDevice::MemoryMapFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDir::Filters)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDir::SortFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStandardPaths::LocateOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QUrl::ComponentFormattingOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QUrl::UserInputResolutionOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QUrl::AceProcessingOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QRegularExpression::PatternOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QRegularExpression::MatchOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QRegularExpression::WildcardConversionOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QCborValue::EncodingOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QCborValue::DiagnosticNotationOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextStream::NumberFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QCommandLineOption::Flags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QLocale::NumberOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QLocale::DataSizeFormats)
Q_DECLARE_OPERATORS_FOR_FLAGS(QLocale::LanguageCodeTypes)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDirIterator::IteratorFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QLibrary::LoadHints)
QByteArray qgetenv(const char *varName);
QString qEnvironmentVariable(const char *varName);
QString qEnvironmentVariable(const char *varName, const QString &defaultValue);
bool qputenv(const char *varName, const QByteArray &value);
bool qEnvironmentVariableIsEmpty(const char *varName) noexcept;
bool qEnvironmentVariableIsSet(const char *varName) noexcept;
char * qstrdup(const char *);
size_t qstrlen(const char *str);
char * qstrcpy(char *dst, const char *src);
int qstrcmp(const char *str1, const char *str2);
int qstrncmp(const char *str1, const char *str2, size_t len);
quint16 qChecksum(QByteArrayView data, Qt::ChecksumType standard = Qt::ChecksumIso3309);
quint16 qChecksum(const char *s, qsizetype len, Qt::ChecksumType standard = Qt::ChecksumIso3309);
QTextStream & operator>>(QTextStream &s, QTextStreamFunction f);
QTextStream & operator<<(QTextStream &s, QTextStreamFunction f);
QBitArray operator&(const QBitArray &, const QBitArray &);
QBitArray operator|(const QBitArray &, const QBitArray &);
QBitArray operator^(const QBitArray &, const QBitArray &);
QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption f1, QUrl::UrlFormattingOption f2);
QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption f1, QUrl::FormattingOptions f2);
QUrl::FormattingOptions & operator|=(QUrl::FormattingOptions &i, QUrl::ComponentFormattingOptions f);
QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption i, QUrl::ComponentFormattingOption f);
QUrl::FormattingOptions operator|(QUrl::UrlFormattingOption i, QUrl::ComponentFormattingOptions f);
QUrl::FormattingOptions operator|(QUrl::ComponentFormattingOption f, QUrl::UrlFormattingOption i);
QUrl::FormattingOptions operator|(QUrl::ComponentFormattingOptions f, QUrl::UrlFormattingOption i);
QUrl::FormattingOptions operator|(QUrl::FormattingOptions i, QUrl::ComponentFormattingOptions f);
QUrl::FormattingOptions operator|(QUrl::ComponentFormattingOption f, QUrl::FormattingOptions i);
QUrl::FormattingOptions operator|(QUrl::ComponentFormattingOptions f, QUrl::FormattingOptions i);
bool operator<=(const QUuid &lhs, const QUuid &rhs) noexcept;
bool operator>=(const QUuid &lhs, const QUuid &rhs) noexcept;
bool operator==(const QJsonValueConstRef &lhs, const QJsonValueRef &rhs);
bool operator!=(const QJsonValueConstRef &lhs, const QJsonValueRef &rhs);
bool operator==(const QJsonValueRef &lhs, const QJsonValueConstRef &rhs);
bool operator!=(const QJsonValueRef &lhs, const QJsonValueConstRef &rhs);
bool operator==(const QJsonValueRef &lhs, const QJsonValueRef &rhs);
bool operator!=(const QJsonValueRef &lhs, const QJsonValueRef &rhs);
