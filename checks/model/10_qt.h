// qtreview model, part 1: a declaration-only model of the Qt 6 API (QtCore, QtNetwork, QtTest).
// Signatures follow Qt 6 (checked against the 6.4 headers; a few 6.5 additions) so that calls
// resolve to the class that declares them in real Qt: QLocalSocket::read is QIODevice::read,
// QSslSocket::waitForConnected is QSslSocket's override, and so on. Written for this project;
// bodies appear only where a macro, a template or constant evaluation needs them.

// ============================================================================ global macros
#define QT_VERSION 0x060500
#define QT_VERSION_STR "6.5.0"
#define QT_VERSION_CHECK(major, minor, patch) ((major << 16) | (minor << 8) | (patch))
#define QT_BEGIN_NAMESPACE
#define QT_END_NAMESPACE
#define QT_PREPEND_NAMESPACE(name) ::name
#define QT_CONFIG(feature) 1
#define QT_NETWORK_LIB 1
#define QT_CORE_LIB 1
#define QT_TESTLIB_LIB 1
#define Q_OS_LINUX 1
#define Q_OS_UNIX 1
#define Q_CC_CLANG 1

#define Q_DECL_EXPORT __attribute__((visibility("default")))
#define Q_DECL_IMPORT __attribute__((visibility("default")))
#define Q_CORE_EXPORT
#define Q_NETWORK_EXPORT
#define Q_TESTLIB_EXPORT
#define Q_DECL_OVERRIDE override
#define Q_DECL_FINAL final
#define Q_DECL_NOEXCEPT noexcept
#define Q_DECL_CONSTEXPR constexpr
#define Q_NULLPTR nullptr
#define Q_REQUIRED_RESULT [[nodiscard]]
#define Q_NORETURN [[noreturn]]
#define Q_FALLTHROUGH() [[fallthrough]]
#define Q_LIKELY(expr) __builtin_expect(!!(expr), true)
#define Q_UNLIKELY(expr) __builtin_expect(!!(expr), false)
#define Q_FUNC_INFO __PRETTY_FUNCTION__
#define Q_UNUSED(x) (void)x;
#define Q_FOREVER for (;;)
#define forever Q_FOREVER
#define Q_FOREACH(variable, container) for (variable : container)
#define foreach Q_FOREACH
#define Q_UNREACHABLE() __builtin_unreachable()
#define Q_STATIC_ASSERT(cond) static_assert(bool(cond), #cond)
#define Q_STATIC_ASSERT_X(cond, message) static_assert(bool(cond), message)

// Assertions expand in their debug form, so rules see the asserted expression.
#define Q_ASSERT(cond) ((cond) ? static_cast<void>(0) : qt_assert(#cond, __FILE__, __LINE__))
#define Q_ASSERT_X(cond, where, what) \
    ((cond) ? static_cast<void>(0) : qt_assert_x(where, what, __FILE__, __LINE__))
#define Q_CHECK_PTR(p) \
    do { \
        if (!(p)) \
            qBadAlloc(); \
    } while (false)

#define Q_DISABLE_COPY(Class) \
    Class(const Class &) = delete; \
    Class &operator=(const Class &) = delete;
#define Q_DISABLE_COPY_MOVE(Class) \
    Q_DISABLE_COPY(Class) \
    Class(Class &&) = delete; \
    Class &operator=(Class &&) = delete;
#define Q_DISABLE_MOVE(Class) \
    Class(Class &&) = delete; \
    Class &operator=(Class &&) = delete;

// ---- moc keywords. Signal and slot sections carry clang annotations, as under Qt's own tooling.
#define Q_OBJECT \
public: \
    static const QMetaObject staticMetaObject; \
    virtual const QMetaObject *metaObject() const; \
    virtual void *qt_metacast(const char *); \
    virtual int qt_metacall(QMetaObject::Call, int, void **); \
    static QString tr(const char *s, const char *c = nullptr, int n = -1); \
\
private: \
    struct QPrivateSignal { \
        explicit QPrivateSignal() = default; \
    };
#define Q_GADGET \
public: \
    static const QMetaObject staticMetaObject; \
    void qt_check_for_QGADGET_macro(); \
\
private:
#define Q_NAMESPACE extern const QMetaObject staticMetaObject;
#define Q_SIGNALS public __attribute__((annotate("qt_signal")))
#define Q_SLOTS __attribute__((annotate("qt_slot")))
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define Q_SIGNAL __attribute__((annotate("qt_signal")))
#define Q_SLOT __attribute__((annotate("qt_slot")))
#define Q_INVOKABLE __attribute__((annotate("qt_invokable")))
#define Q_EMIT
#define emit
#define Q_PROPERTY(...)
#define Q_ENUM(x)
#define Q_FLAG(x)
#define Q_ENUM_NS(x)
#define Q_FLAG_NS(x)
#define Q_CLASSINFO(name, value)
#define Q_INTERFACES(x)
#define Q_PLUGIN_METADATA(x)
#define Q_MOC_INCLUDE(...)
#define Q_DECLARE_INTERFACE(IFace, IId)
#define SIGNAL(a) "2" #a
#define SLOT(a) "1" #a
#define METHOD(a) "0" #a

#define Q_DECLARE_FLAGS(Flags, Enum) typedef QFlags<Enum> Flags;
#define Q_DECLARE_TR_FUNCTIONS(context) \
 public: \
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1); \
\
 private:
#define Q_DECLARE_OPERATORS_FOR_FLAGS(Flags)  // the operators are templates, after QFlags
#define Q_DECLARE_METATYPE(TYPE) \
    template <> struct QMetaTypeId<TYPE> { \
        enum { Defined = 1 }; \
        static int qt_metatype_id(); \
    };
#define Q_DECLARE_TYPEINFO(TYPE, FLAGS)
#define Q_DECLARE_SHARED(TYPE)

#define qApp QCoreApplication::instance()
#define qPrintable(string) (string).toLocal8Bit().constData()
#define qUtf8Printable(string) (string).toUtf8().constData()
#define QStringLiteral(str) (QString(str))
#define QByteArrayLiteral(str) (QByteArray(str, sizeof(str) - 1))
#define Q_ARG(type, data) QArgument<type>(#type, data)
#define Q_RETURN_ARG(type, data) QReturnArgument<type>(#type, data)

// ---- Logging: qDebug() is QMessageLogger(...).debug(), as in Qt.
#define qDebug QMessageLogger(__FILE__, __LINE__, nullptr).debug
#define qInfo QMessageLogger(__FILE__, __LINE__, nullptr).info
#define qWarning QMessageLogger(__FILE__, __LINE__, nullptr).warning
#define qCritical QMessageLogger(__FILE__, __LINE__, nullptr).critical
#define qFatal QMessageLogger(__FILE__, __LINE__, nullptr).fatal
#define Q_DECLARE_LOGGING_CATEGORY(name) const QLoggingCategory &name();
#define Q_LOGGING_CATEGORY(name, ...) \
    const QLoggingCategory &name() \
    { \
        static const QLoggingCategory category(__VA_ARGS__); \
        return category; \
    }
#define QT_MESSAGE_LOGGER_CATEGORY(category, level) \
    for (bool qt_category_enabled = category().is##level##Enabled(); qt_category_enabled; qt_category_enabled = false) \
    QMessageLogger(__FILE__, __LINE__, nullptr, category().categoryName())
#define qCDebug(category, ...) QT_MESSAGE_LOGGER_CATEGORY(category, Debug).debug(__VA_ARGS__)
#define qCInfo(category, ...) QT_MESSAGE_LOGGER_CATEGORY(category, Info).info(__VA_ARGS__)
#define qCWarning(category, ...) QT_MESSAGE_LOGGER_CATEGORY(category, Warning).warning(__VA_ARGS__)
#define qCCritical(category, ...) QT_MESSAGE_LOGGER_CATEGORY(category, Critical).critical(__VA_ARGS__)

// ============================================================================ basic types
typedef signed char qint8;
typedef unsigned char quint8;
typedef short qint16;
typedef unsigned short quint16;
typedef int qint32;
typedef unsigned int quint32;
typedef long long qint64;
typedef unsigned long long quint64;
typedef long long qlonglong;
typedef unsigned long long qulonglong;
typedef long long qptrdiff;
typedef long long qintptr;
typedef unsigned long long quintptr;
typedef long long qsizetype;
typedef double qreal;
typedef unsigned char uchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;

[[noreturn]] void qt_assert(const char *assertion, const char *file, int line) noexcept;
[[noreturn]] void qt_assert_x(const char *where, const char *what, const char *file, int line) noexcept;
[[noreturn]] void qBadAlloc();
template <typename T> constexpr const T &qMin(const T &a, const T &b) { return (a < b) ? a : b; }
template <typename T> constexpr const T &qMax(const T &a, const T &b) { return (a < b) ? b : a; }
// Qt 6.5: mixed arithmetic types compare in their promoted type (qMin(int, qsizetype) compiles).
template <typename T, typename U> constexpr decltype(T() + U()) qMin(const T &a, const U &b)
{
    return (a < b) ? a : b;
}
template <typename T, typename U> constexpr decltype(T() + U()) qMax(const T &a, const U &b)
{
    return (a < b) ? b : a;
}
template <typename T> constexpr const T &qBound(const T &min, const T &val, const T &max)
{
    return qMax(min, qMin(max, val));
}
template <typename T> constexpr T qAbs(const T &t) { return t >= 0 ? t : -t; }
int qRound(double d);
qint64 qRound64(double d);
bool qFuzzyCompare(double p1, double p2);
bool qEnvironmentVariableIsSet(const char *varName) noexcept;
int qEnvironmentVariableIntValue(const char *varName, bool *ok = nullptr) noexcept;
template <typename T> void qSwap(T &value1, T &value2);
// <QtEndian>: decoding integers from wire bytes.
template <typename T> inline T qFromBigEndian(const void *src);
template <typename T> inline T qFromLittleEndian(const void *src);
template <typename T> constexpr T qFromBigEndian(T source);
template <typename T> constexpr T qFromLittleEndian(T source);
template <typename T> inline void qToBigEndian(T src, void *dest);
template <typename T> inline void qToLittleEndian(T src, void *dest);
template <typename T> constexpr T qToBigEndian(T source);
template <typename T> constexpr T qToLittleEndian(T source);
template <typename T> constexpr typename std::add_const<T>::type &qAsConst(T &t) noexcept;

enum QtMsgType { QtDebugMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg, QtInfoMsg, QtSystemMsg = QtCriticalMsg };

// ============================================================================ QFlags
class QFlag {
    int i;

public:
    constexpr inline QFlag(int value) noexcept : i(value) {}
    constexpr inline operator int() const noexcept { return i; }
};

template <typename Enum> class QFlags {
    int i;

public:
    typedef int Int;
    typedef Enum enum_type;
    constexpr inline QFlags() noexcept : i(0) {}
    constexpr inline QFlags(Enum flags) noexcept : i(Int(flags)) {}
    constexpr inline QFlags(QFlag flag) noexcept : i(flag) {}
    constexpr inline QFlags(std::initializer_list<Enum> flags) noexcept : i(0)
    {
        for (Enum f : flags)
            i |= Int(f);
    }
    static constexpr inline QFlags fromInt(Int i) noexcept
    {
        QFlags f;
        f.i = i;
        return f;
    }
    constexpr inline Int toInt() const noexcept { return i; }
    constexpr inline operator Int() const noexcept { return i; }
    constexpr inline bool operator!() const noexcept { return !i; }
    constexpr inline QFlags &operator&=(int mask) noexcept { i &= mask; return *this; }
    constexpr inline QFlags &operator&=(uint mask) noexcept { i &= mask; return *this; }
    constexpr inline QFlags &operator&=(QFlags mask) noexcept { i &= mask.i; return *this; }
    constexpr inline QFlags &operator&=(Enum mask) noexcept { i &= Int(mask); return *this; }
    constexpr inline QFlags &operator|=(QFlags other) noexcept { i |= other.i; return *this; }
    constexpr inline QFlags &operator|=(Enum other) noexcept { i |= Int(other); return *this; }
    constexpr inline QFlags &operator^=(QFlags other) noexcept { i ^= other.i; return *this; }
    constexpr inline QFlags &operator^=(Enum other) noexcept { i ^= Int(other); return *this; }
    constexpr inline QFlags operator|(QFlags other) const noexcept { return fromInt(i | other.i); }
    constexpr inline QFlags operator|(Enum other) const noexcept { return fromInt(i | Int(other)); }
    constexpr inline QFlags operator^(QFlags other) const noexcept { return fromInt(i ^ other.i); }
    constexpr inline QFlags operator^(Enum other) const noexcept { return fromInt(i ^ Int(other)); }
    constexpr inline QFlags operator&(int mask) const noexcept { return fromInt(i & mask); }
    constexpr inline QFlags operator&(uint mask) const noexcept { return fromInt(i & mask); }
    constexpr inline QFlags operator&(QFlags other) const noexcept { return fromInt(i & other.i); }
    constexpr inline QFlags operator&(Enum other) const noexcept { return fromInt(i & Int(other)); }
    constexpr inline QFlags operator~() const noexcept { return fromInt(~i); }
    constexpr inline bool testFlag(Enum flag) const noexcept { return (i & Int(flag)) == Int(flag); }
    constexpr inline bool testAnyFlag(Enum flag) const noexcept { return (i & Int(flag)) != 0; }
    constexpr inline QFlags &setFlag(Enum flag, bool on = true) noexcept
    {
        return on ? (*this |= flag) : (*this &= ~QFlags(flag));
    }
};

// Q_DECLARE_OPERATORS_FOR_FLAGS's operators, declared once for every enum (the macro above is
// empty). Qt's macro defines six of them for each flags enum: with the model's hundred, every
// `|`, `&` or `^` on an enum, and every unary `&` on an object, loaded and tried them all, which
// made a clean file's parse cost half as much again (tests/checks/test_parse_cost.py). These
// give what Qt's give to a flags enum; to an enum Qt gives none, they give a QFlags, which
// converts to int as the plain `|` would have, so a file written for a compiler still parses.
template <typename E> using QtrFlagsOf = typename std::enable_if<__is_enum(E), QFlags<E>>::type;
template <typename E> constexpr inline QtrFlagsOf<E> operator|(E f1, E f2) noexcept { return QFlags<E>(f1) | f2; }
template <typename E> constexpr inline QtrFlagsOf<E> operator|(E f1, QFlags<E> f2) noexcept { return f2 | f1; }
template <typename E> constexpr inline QtrFlagsOf<E> operator&(E f1, E f2) noexcept { return QFlags<E>(f1) & f2; }
template <typename E> constexpr inline QtrFlagsOf<E> operator&(E f1, QFlags<E> f2) noexcept { return f2 & f1; }
template <typename E> constexpr inline QtrFlagsOf<E> operator^(E f1, E f2) noexcept { return QFlags<E>(f1) ^ f2; }
template <typename E> constexpr inline QtrFlagsOf<E> operator^(E f1, QFlags<E> f2) noexcept { return f2 ^ f1; }

// ============================================================================ Qt namespace
class QTextStream;
namespace Qt {
enum GlobalColor {
    color0 = 0,
    color1 = 1,
    black = 2,
    white = 3,
    darkGray = 4,
    gray = 5,
    lightGray = 6,
    red = 7,
    green = 8,
    blue = 9,
    cyan = 10,
    magenta = 11,
    yellow = 12,
    darkRed = 13,
    darkGreen = 14,
    darkBlue = 15,
    darkCyan = 16,
    darkMagenta = 17,
    darkYellow = 18,
    transparent = 19
};
enum MouseButton {
    NoButton = 0,
    LeftButton = 1,
    RightButton = 2,
    MiddleButton = 4,
    BackButton = 8,
    XButton1 = 8,
    ExtraButton1 = 8,
    ForwardButton = 16,
    XButton2 = 16,
    ExtraButton2 = 16,
    TaskButton = 32,
    ExtraButton3 = 32,
    ExtraButton4 = 64,
    ExtraButton5 = 128,
    ExtraButton6 = 256,
    ExtraButton7 = 512,
    ExtraButton8 = 1024,
    ExtraButton9 = 2048,
    ExtraButton10 = 4096,
    ExtraButton11 = 8192,
    ExtraButton12 = 16384,
    ExtraButton13 = 32768,
    ExtraButton14 = 65536,
    ExtraButton15 = 131072,
    ExtraButton16 = 262144,
    ExtraButton17 = 524288,
    ExtraButton18 = 1048576,
    ExtraButton19 = 2097152,
    ExtraButton20 = 4194304,
    ExtraButton21 = 8388608,
    ExtraButton22 = 16777216,
    ExtraButton23 = 33554432,
    ExtraButton24 = 67108864,
    AllButtons = 134217727,
    MaxMouseButton = 67108864,
    MouseButtonMask = 4294967295
};
typedef QFlags<MouseButton> MouseButtons;
enum Orientation {
    Horizontal = 1,
    Vertical = 2
};
typedef QFlags<Orientation> Orientations;
enum FocusPolicy {
    NoFocus = 0,
    TabFocus = 1,
    ClickFocus = 2,
    StrongFocus = 11,
    WheelFocus = 15
};
enum TabFocusBehavior {
    NoTabFocus = 0,
    TabFocusTextControls = 1,
    TabFocusListControls = 2,
    TabFocusAllControls = 255
};
enum SortOrder {
    AscendingOrder = 0,
    DescendingOrder = 1
};
enum SplitBehaviorFlags {
    KeepEmptyParts = 0,
    SkipEmptyParts = 1
};
typedef QFlags<SplitBehaviorFlags> SplitBehavior;
enum TileRule {
    StretchTile = 0,
    RepeatTile = 1,
    RoundTile = 2
};
enum AlignmentFlag {
    AlignLeft = 1,
    AlignLeading = 1,
    AlignRight = 2,
    AlignTrailing = 2,
    AlignHCenter = 4,
    AlignJustify = 8,
    AlignAbsolute = 16,
    AlignHorizontal_Mask = 31,
    AlignTop = 32,
    AlignBottom = 64,
    AlignVCenter = 128,
    AlignBaseline = 256,
    AlignVertical_Mask = 480,
    AlignCenter = 132
};
typedef QFlags<AlignmentFlag> Alignment;
enum TextFlag {
    TextSingleLine = 256,
    TextDontClip = 512,
    TextExpandTabs = 1024,
    TextShowMnemonic = 2048,
    TextWordWrap = 4096,
    TextWrapAnywhere = 8192,
    TextDontPrint = 16384,
    TextIncludeTrailingSpaces = 134217728,
    TextHideMnemonic = 32768,
    TextJustificationForced = 65536,
    TextForceLeftToRight = 131072,
    TextForceRightToLeft = 262144,
    TextLongestVariant = 524288
};
enum TextElideMode {
    ElideLeft = 0,
    ElideRight = 1,
    ElideMiddle = 2,
    ElideNone = 3
};
enum WhiteSpaceMode {
    WhiteSpaceNormal = 0,
    WhiteSpacePre = 1,
    WhiteSpaceNoWrap = 2,
    WhiteSpaceModeUndefined = -1
};
enum HitTestAccuracy {
    ExactHit = 0,
    FuzzyHit = 1
};
enum WindowType {
    Widget = 0,
    Window = 1,
    Dialog = 3,
    Sheet = 5,
    Drawer = 7,
    Popup = 9,
    Tool = 11,
    ToolTip = 13,
    SplashScreen = 15,
    Desktop = 17,
    SubWindow = 18,
    ForeignWindow = 33,
    CoverWindow = 65,
    WindowType_Mask = 255,
    MSWindowsFixedSizeDialogHint = 256,
    MSWindowsOwnDC = 512,
    BypassWindowManagerHint = 1024,
    X11BypassWindowManagerHint = 1024,
    FramelessWindowHint = 2048,
    WindowTitleHint = 4096,
    WindowSystemMenuHint = 8192,
    WindowMinimizeButtonHint = 16384,
    WindowMaximizeButtonHint = 32768,
    WindowMinMaxButtonsHint = 49152,
    WindowContextHelpButtonHint = 65536,
    WindowShadeButtonHint = 131072,
    WindowStaysOnTopHint = 262144,
    WindowTransparentForInput = 524288,
    WindowOverridesSystemGestures = 1048576,
    WindowDoesNotAcceptFocus = 2097152,
    MaximizeUsingFullscreenGeometryHint = 4194304,
    CustomizeWindowHint = 33554432,
    WindowStaysOnBottomHint = 67108864,
    WindowCloseButtonHint = 134217728,
    MacWindowToolBarButtonHint = 268435456,
    BypassGraphicsProxyWidget = 536870912,
    NoDropShadowWindowHint = 1073741824,
    WindowFullscreenButtonHint = 2147483648
};
typedef QFlags<WindowType> WindowFlags;
enum WindowState {
    WindowNoState = 0,
    WindowMinimized = 1,
    WindowMaximized = 2,
    WindowFullScreen = 4,
    WindowActive = 8
};
typedef QFlags<WindowState> WindowStates;
enum ApplicationState {
    ApplicationSuspended = 0,
    ApplicationHidden = 1,
    ApplicationInactive = 2,
    ApplicationActive = 4
};
typedef QFlags<ApplicationState> ApplicationStates;
enum ScreenOrientation {
    PrimaryOrientation = 0,
    PortraitOrientation = 1,
    LandscapeOrientation = 2,
    InvertedPortraitOrientation = 4,
    InvertedLandscapeOrientation = 8
};
typedef QFlags<ScreenOrientation> ScreenOrientations;
enum WidgetAttribute {
    WA_Disabled = 0,
    WA_UnderMouse = 1,
    WA_MouseTracking = 2,
    WA_OpaquePaintEvent = 4,
    WA_StaticContents = 5,
    WA_LaidOut = 7,
    WA_PaintOnScreen = 8,
    WA_NoSystemBackground = 9,
    WA_UpdatesDisabled = 10,
    WA_Mapped = 11,
    WA_InputMethodEnabled = 14,
    WA_WState_Visible = 15,
    WA_WState_Hidden = 16,
    WA_ForceDisabled = 32,
    WA_KeyCompression = 33,
    WA_PendingMoveEvent = 34,
    WA_PendingResizeEvent = 35,
    WA_SetPalette = 36,
    WA_SetFont = 37,
    WA_SetCursor = 38,
    WA_NoChildEventsFromChildren = 39,
    WA_WindowModified = 41,
    WA_Resized = 42,
    WA_Moved = 43,
    WA_PendingUpdate = 44,
    WA_InvalidSize = 45,
    WA_CustomWhatsThis = 47,
    WA_LayoutOnEntireRect = 48,
    WA_OutsideWSRange = 49,
    WA_GrabbedShortcut = 50,
    WA_TransparentForMouseEvents = 51,
    WA_PaintUnclipped = 52,
    WA_SetWindowIcon = 53,
    WA_NoMouseReplay = 54,
    WA_DeleteOnClose = 55,
    WA_RightToLeft = 56,
    WA_SetLayoutDirection = 57,
    WA_NoChildEventsForParent = 58,
    WA_ForceUpdatesDisabled = 59,
    WA_WState_Created = 60,
    WA_WState_CompressKeys = 61,
    WA_WState_InPaintEvent = 62,
    WA_WState_Reparented = 63,
    WA_WState_ConfigPending = 64,
    WA_WState_Polished = 66,
    WA_WState_OwnSizePolicy = 68,
    WA_WState_ExplicitShowHide = 69,
    WA_ShowModal = 70,
    WA_MouseNoMask = 71,
    WA_NoMousePropagation = 73,
    WA_Hover = 74,
    WA_InputMethodTransparent = 75,
    WA_QuitOnClose = 76,
    WA_KeyboardFocusChange = 77,
    WA_AcceptDrops = 78,
    WA_DropSiteRegistered = 79,
    WA_WindowPropagation = 80,
    WA_NoX11EventCompression = 81,
    WA_TintedBackground = 82,
    WA_X11OpenGLOverlay = 83,
    WA_AlwaysShowToolTips = 84,
    WA_MacOpaqueSizeGrip = 85,
    WA_SetStyle = 86,
    WA_SetLocale = 87,
    WA_MacShowFocusRect = 88,
    WA_MacNormalSize = 89,
    WA_MacSmallSize = 90,
    WA_MacMiniSize = 91,
    WA_LayoutUsesWidgetRect = 92,
    WA_StyledBackground = 93,
    WA_CanHostQMdiSubWindowTitleBar = 95,
    WA_MacAlwaysShowToolWindow = 96,
    WA_StyleSheet = 97,
    WA_ShowWithoutActivating = 98,
    WA_X11BypassTransientForHint = 99,
    WA_NativeWindow = 100,
    WA_DontCreateNativeAncestors = 101,
    WA_DontShowOnScreen = 103,
    WA_X11NetWmWindowTypeDesktop = 104,
    WA_X11NetWmWindowTypeDock = 105,
    WA_X11NetWmWindowTypeToolBar = 106,
    WA_X11NetWmWindowTypeMenu = 107,
    WA_X11NetWmWindowTypeUtility = 108,
    WA_X11NetWmWindowTypeSplash = 109,
    WA_X11NetWmWindowTypeDialog = 110,
    WA_X11NetWmWindowTypeDropDownMenu = 111,
    WA_X11NetWmWindowTypePopupMenu = 112,
    WA_X11NetWmWindowTypeToolTip = 113,
    WA_X11NetWmWindowTypeNotification = 114,
    WA_X11NetWmWindowTypeCombo = 115,
    WA_X11NetWmWindowTypeDND = 116,
    WA_SetWindowModality = 118,
    WA_WState_WindowOpacitySet = 119,
    WA_TranslucentBackground = 120,
    WA_AcceptTouchEvents = 121,
    WA_WState_AcceptedTouchBeginEvent = 122,
    WA_TouchPadAcceptSingleTouchEvents = 123,
    WA_X11DoNotAcceptFocus = 126,
    WA_AlwaysStackOnTop = 128,
    WA_TabletTracking = 129,
    WA_ContentsMarginsRespectsSafeArea = 130,
    WA_StyleSheetTarget = 131,
    WA_AttributeCount = 132
};
enum ApplicationAttribute {
    AA_DontShowIconsInMenus = 2,
    AA_NativeWindows = 3,
    AA_DontCreateNativeWidgetSiblings = 4,
    AA_PluginApplication = 5,
    AA_DontUseNativeMenuBar = 6,
    AA_MacDontSwapCtrlAndMeta = 7,
    AA_Use96Dpi = 8,
    AA_DisableNativeVirtualKeyboard = 9,
    AA_SynthesizeTouchForUnhandledMouseEvents = 11,
    AA_SynthesizeMouseForUnhandledTouchEvents = 12,
    AA_UseHighDpiPixmaps = 13,
    AA_ForceRasterWidgets = 14,
    AA_UseDesktopOpenGL = 15,
    AA_UseOpenGLES = 16,
    AA_UseSoftwareOpenGL = 17,
    AA_ShareOpenGLContexts = 18,
    AA_SetPalette = 19,
    AA_EnableHighDpiScaling = 20,
    AA_DisableHighDpiScaling = 21,
    AA_UseStyleSheetPropagationInWidgetStyles = 22,
    AA_DontUseNativeDialogs = 23,
    AA_SynthesizeMouseForUnhandledTabletEvents = 24,
    AA_CompressHighFrequencyEvents = 25,
    AA_DontCheckOpenGLContextThreadAffinity = 26,
    AA_DisableShaderDiskCache = 27,
    AA_DontShowShortcutsInContextMenus = 28,
    AA_CompressTabletEvents = 29,
    AA_DisableSessionManager = 31,
    AA_AttributeCount = 32
};
enum ImageConversionFlag {
    ColorMode_Mask = 3,
    AutoColor = 0,
    ColorOnly = 3,
    MonoOnly = 2,
    AlphaDither_Mask = 12,
    ThresholdAlphaDither = 0,
    OrderedAlphaDither = 4,
    DiffuseAlphaDither = 8,
    NoAlpha = 12,
    Dither_Mask = 48,
    DiffuseDither = 0,
    OrderedDither = 16,
    ThresholdDither = 32,
    DitherMode_Mask = 192,
    AutoDither = 0,
    PreferDither = 64,
    AvoidDither = 128,
    NoOpaqueDetection = 256,
    NoFormatConversion = 512
};
typedef QFlags<ImageConversionFlag> ImageConversionFlags;
enum BGMode {
    TransparentMode = 0,
    OpaqueMode = 1
};
enum Key {
    Key_Space = 32,
    Key_Any = 32,
    Key_Exclam = 33,
    Key_QuoteDbl = 34,
    Key_NumberSign = 35,
    Key_Dollar = 36,
    Key_Percent = 37,
    Key_Ampersand = 38,
    Key_Apostrophe = 39,
    Key_ParenLeft = 40,
    Key_ParenRight = 41,
    Key_Asterisk = 42,
    Key_Plus = 43,
    Key_Comma = 44,
    Key_Minus = 45,
    Key_Period = 46,
    Key_Slash = 47,
    Key_0 = 48,
    Key_1 = 49,
    Key_2 = 50,
    Key_3 = 51,
    Key_4 = 52,
    Key_5 = 53,
    Key_6 = 54,
    Key_7 = 55,
    Key_8 = 56,
    Key_9 = 57,
    Key_Colon = 58,
    Key_Semicolon = 59,
    Key_Less = 60,
    Key_Equal = 61,
    Key_Greater = 62,
    Key_Question = 63,
    Key_At = 64,
    Key_A = 65,
    Key_B = 66,
    Key_C = 67,
    Key_D = 68,
    Key_E = 69,
    Key_F = 70,
    Key_G = 71,
    Key_H = 72,
    Key_I = 73,
    Key_J = 74,
    Key_K = 75,
    Key_L = 76,
    Key_M = 77,
    Key_N = 78,
    Key_O = 79,
    Key_P = 80,
    Key_Q = 81,
    Key_R = 82,
    Key_S = 83,
    Key_T = 84,
    Key_U = 85,
    Key_V = 86,
    Key_W = 87,
    Key_X = 88,
    Key_Y = 89,
    Key_Z = 90,
    Key_BracketLeft = 91,
    Key_Backslash = 92,
    Key_BracketRight = 93,
    Key_AsciiCircum = 94,
    Key_Underscore = 95,
    Key_QuoteLeft = 96,
    Key_BraceLeft = 123,
    Key_Bar = 124,
    Key_BraceRight = 125,
    Key_AsciiTilde = 126,
    Key_nobreakspace = 160,
    Key_exclamdown = 161,
    Key_cent = 162,
    Key_sterling = 163,
    Key_currency = 164,
    Key_yen = 165,
    Key_brokenbar = 166,
    Key_section = 167,
    Key_diaeresis = 168,
    Key_copyright = 169,
    Key_ordfeminine = 170,
    Key_guillemotleft = 171,
    Key_notsign = 172,
    Key_hyphen = 173,
    Key_registered = 174,
    Key_macron = 175,
    Key_degree = 176,
    Key_plusminus = 177,
    Key_twosuperior = 178,
    Key_threesuperior = 179,
    Key_acute = 180,
    Key_mu = 181,
    Key_paragraph = 182,
    Key_periodcentered = 183,
    Key_cedilla = 184,
    Key_onesuperior = 185,
    Key_masculine = 186,
    Key_guillemotright = 187,
    Key_onequarter = 188,
    Key_onehalf = 189,
    Key_threequarters = 190,
    Key_questiondown = 191,
    Key_Agrave = 192,
    Key_Aacute = 193,
    Key_Acircumflex = 194,
    Key_Atilde = 195,
    Key_Adiaeresis = 196,
    Key_Aring = 197,
    Key_AE = 198,
    Key_Ccedilla = 199,
    Key_Egrave = 200,
    Key_Eacute = 201,
    Key_Ecircumflex = 202,
    Key_Ediaeresis = 203,
    Key_Igrave = 204,
    Key_Iacute = 205,
    Key_Icircumflex = 206,
    Key_Idiaeresis = 207,
    Key_ETH = 208,
    Key_Ntilde = 209,
    Key_Ograve = 210,
    Key_Oacute = 211,
    Key_Ocircumflex = 212,
    Key_Otilde = 213,
    Key_Odiaeresis = 214,
    Key_multiply = 215,
    Key_Ooblique = 216,
    Key_Ugrave = 217,
    Key_Uacute = 218,
    Key_Ucircumflex = 219,
    Key_Udiaeresis = 220,
    Key_Yacute = 221,
    Key_THORN = 222,
    Key_ssharp = 223,
    Key_division = 247,
    Key_ydiaeresis = 255,
    Key_Escape = 16777216,
    Key_Tab = 16777217,
    Key_Backtab = 16777218,
    Key_Backspace = 16777219,
    Key_Return = 16777220,
    Key_Enter = 16777221,
    Key_Insert = 16777222,
    Key_Delete = 16777223,
    Key_Pause = 16777224,
    Key_Print = 16777225,
    Key_SysReq = 16777226,
    Key_Clear = 16777227,
    Key_Home = 16777232,
    Key_End = 16777233,
    Key_Left = 16777234,
    Key_Up = 16777235,
    Key_Right = 16777236,
    Key_Down = 16777237,
    Key_PageUp = 16777238,
    Key_PageDown = 16777239,
    Key_Shift = 16777248,
    Key_Control = 16777249,
    Key_Meta = 16777250,
    Key_Alt = 16777251,
    Key_CapsLock = 16777252,
    Key_NumLock = 16777253,
    Key_ScrollLock = 16777254,
    Key_F1 = 16777264,
    Key_F2 = 16777265,
    Key_F3 = 16777266,
    Key_F4 = 16777267,
    Key_F5 = 16777268,
    Key_F6 = 16777269,
    Key_F7 = 16777270,
    Key_F8 = 16777271,
    Key_F9 = 16777272,
    Key_F10 = 16777273,
    Key_F11 = 16777274,
    Key_F12 = 16777275,
    Key_F13 = 16777276,
    Key_F14 = 16777277,
    Key_F15 = 16777278,
    Key_F16 = 16777279,
    Key_F17 = 16777280,
    Key_F18 = 16777281,
    Key_F19 = 16777282,
    Key_F20 = 16777283,
    Key_F21 = 16777284,
    Key_F22 = 16777285,
    Key_F23 = 16777286,
    Key_F24 = 16777287,
    Key_F25 = 16777288,
    Key_F26 = 16777289,
    Key_F27 = 16777290,
    Key_F28 = 16777291,
    Key_F29 = 16777292,
    Key_F30 = 16777293,
    Key_F31 = 16777294,
    Key_F32 = 16777295,
    Key_F33 = 16777296,
    Key_F34 = 16777297,
    Key_F35 = 16777298,
    Key_Super_L = 16777299,
    Key_Super_R = 16777300,
    Key_Menu = 16777301,
    Key_Hyper_L = 16777302,
    Key_Hyper_R = 16777303,
    Key_Help = 16777304,
    Key_Direction_L = 16777305,
    Key_Direction_R = 16777312,
    Key_AltGr = 16781571,
    Key_Multi_key = 16781600,
    Key_Codeinput = 16781623,
    Key_SingleCandidate = 16781628,
    Key_MultipleCandidate = 16781629,
    Key_PreviousCandidate = 16781630,
    Key_Mode_switch = 16781694,
    Key_Kanji = 16781601,
    Key_Muhenkan = 16781602,
    Key_Henkan = 16781603,
    Key_Romaji = 16781604,
    Key_Hiragana = 16781605,
    Key_Katakana = 16781606,
    Key_Hiragana_Katakana = 16781607,
    Key_Zenkaku = 16781608,
    Key_Hankaku = 16781609,
    Key_Zenkaku_Hankaku = 16781610,
    Key_Touroku = 16781611,
    Key_Massyo = 16781612,
    Key_Kana_Lock = 16781613,
    Key_Kana_Shift = 16781614,
    Key_Eisu_Shift = 16781615,
    Key_Eisu_toggle = 16781616,
    Key_Hangul = 16781617,
    Key_Hangul_Start = 16781618,
    Key_Hangul_End = 16781619,
    Key_Hangul_Hanja = 16781620,
    Key_Hangul_Jamo = 16781621,
    Key_Hangul_Romaja = 16781622,
    Key_Hangul_Jeonja = 16781624,
    Key_Hangul_Banja = 16781625,
    Key_Hangul_PreHanja = 16781626,
    Key_Hangul_PostHanja = 16781627,
    Key_Hangul_Special = 16781631,
    Key_Dead_Grave = 16781904,
    Key_Dead_Acute = 16781905,
    Key_Dead_Circumflex = 16781906,
    Key_Dead_Tilde = 16781907,
    Key_Dead_Macron = 16781908,
    Key_Dead_Breve = 16781909,
    Key_Dead_Abovedot = 16781910,
    Key_Dead_Diaeresis = 16781911,
    Key_Dead_Abovering = 16781912,
    Key_Dead_Doubleacute = 16781913,
    Key_Dead_Caron = 16781914,
    Key_Dead_Cedilla = 16781915,
    Key_Dead_Ogonek = 16781916,
    Key_Dead_Iota = 16781917,
    Key_Dead_Voiced_Sound = 16781918,
    Key_Dead_Semivoiced_Sound = 16781919,
    Key_Dead_Belowdot = 16781920,
    Key_Dead_Hook = 16781921,
    Key_Dead_Horn = 16781922,
    Key_Dead_Stroke = 16781923,
    Key_Dead_Abovecomma = 16781924,
    Key_Dead_Abovereversedcomma = 16781925,
    Key_Dead_Doublegrave = 16781926,
    Key_Dead_Belowring = 16781927,
    Key_Dead_Belowmacron = 16781928,
    Key_Dead_Belowcircumflex = 16781929,
    Key_Dead_Belowtilde = 16781930,
    Key_Dead_Belowbreve = 16781931,
    Key_Dead_Belowdiaeresis = 16781932,
    Key_Dead_Invertedbreve = 16781933,
    Key_Dead_Belowcomma = 16781934,
    Key_Dead_Currency = 16781935,
    Key_Dead_a = 16781952,
    Key_Dead_A = 16781953,
    Key_Dead_e = 16781954,
    Key_Dead_E = 16781955,
    Key_Dead_i = 16781956,
    Key_Dead_I = 16781957,
    Key_Dead_o = 16781958,
    Key_Dead_O = 16781959,
    Key_Dead_u = 16781960,
    Key_Dead_U = 16781961,
    Key_Dead_Small_Schwa = 16781962,
    Key_Dead_Capital_Schwa = 16781963,
    Key_Dead_Greek = 16781964,
    Key_Dead_Lowline = 16781968,
    Key_Dead_Aboveverticalline = 16781969,
    Key_Dead_Belowverticalline = 16781970,
    Key_Dead_Longsolidusoverlay = 16781971,
    Key_Back = 16777313,
    Key_Forward = 16777314,
    Key_Stop = 16777315,
    Key_Refresh = 16777316,
    Key_VolumeDown = 16777328,
    Key_VolumeMute = 16777329,
    Key_VolumeUp = 16777330,
    Key_BassBoost = 16777331,
    Key_BassUp = 16777332,
    Key_BassDown = 16777333,
    Key_TrebleUp = 16777334,
    Key_TrebleDown = 16777335,
    Key_MediaPlay = 16777344,
    Key_MediaStop = 16777345,
    Key_MediaPrevious = 16777346,
    Key_MediaNext = 16777347,
    Key_MediaRecord = 16777348,
    Key_MediaPause = 16777349,
    Key_MediaTogglePlayPause = 16777350,
    Key_HomePage = 16777360,
    Key_Favorites = 16777361,
    Key_Search = 16777362,
    Key_Standby = 16777363,
    Key_OpenUrl = 16777364,
    Key_LaunchMail = 16777376,
    Key_LaunchMedia = 16777377,
    Key_Launch0 = 16777378,
    Key_Launch1 = 16777379,
    Key_Launch2 = 16777380,
    Key_Launch3 = 16777381,
    Key_Launch4 = 16777382,
    Key_Launch5 = 16777383,
    Key_Launch6 = 16777384,
    Key_Launch7 = 16777385,
    Key_Launch8 = 16777386,
    Key_Launch9 = 16777387,
    Key_LaunchA = 16777388,
    Key_LaunchB = 16777389,
    Key_LaunchC = 16777390,
    Key_LaunchD = 16777391,
    Key_LaunchE = 16777392,
    Key_LaunchF = 16777393,
    Key_MonBrightnessUp = 16777394,
    Key_MonBrightnessDown = 16777395,
    Key_KeyboardLightOnOff = 16777396,
    Key_KeyboardBrightnessUp = 16777397,
    Key_KeyboardBrightnessDown = 16777398,
    Key_PowerOff = 16777399,
    Key_WakeUp = 16777400,
    Key_Eject = 16777401,
    Key_ScreenSaver = 16777402,
    Key_WWW = 16777403,
    Key_Memo = 16777404,
    Key_LightBulb = 16777405,
    Key_Shop = 16777406,
    Key_History = 16777407,
    Key_AddFavorite = 16777408,
    Key_HotLinks = 16777409,
    Key_BrightnessAdjust = 16777410,
    Key_Finance = 16777411,
    Key_Community = 16777412,
    Key_AudioRewind = 16777413,
    Key_BackForward = 16777414,
    Key_ApplicationLeft = 16777415,
    Key_ApplicationRight = 16777416,
    Key_Book = 16777417,
    Key_CD = 16777418,
    Key_Calculator = 16777419,
    Key_ToDoList = 16777420,
    Key_ClearGrab = 16777421,
    Key_Close = 16777422,
    Key_Copy = 16777423,
    Key_Cut = 16777424,
    Key_Display = 16777425,
    Key_DOS = 16777426,
    Key_Documents = 16777427,
    Key_Excel = 16777428,
    Key_Explorer = 16777429,
    Key_Game = 16777430,
    Key_Go = 16777431,
    Key_iTouch = 16777432,
    Key_LogOff = 16777433,
    Key_Market = 16777434,
    Key_Meeting = 16777435,
    Key_MenuKB = 16777436,
    Key_MenuPB = 16777437,
    Key_MySites = 16777438,
    Key_News = 16777439,
    Key_OfficeHome = 16777440,
    Key_Option = 16777441,
    Key_Paste = 16777442,
    Key_Phone = 16777443,
    Key_Calendar = 16777444,
    Key_Reply = 16777445,
    Key_Reload = 16777446,
    Key_RotateWindows = 16777447,
    Key_RotationPB = 16777448,
    Key_RotationKB = 16777449,
    Key_Save = 16777450,
    Key_Send = 16777451,
    Key_Spell = 16777452,
    Key_SplitScreen = 16777453,
    Key_Support = 16777454,
    Key_TaskPane = 16777455,
    Key_Terminal = 16777456,
    Key_Tools = 16777457,
    Key_Travel = 16777458,
    Key_Video = 16777459,
    Key_Word = 16777460,
    Key_Xfer = 16777461,
    Key_ZoomIn = 16777462,
    Key_ZoomOut = 16777463,
    Key_Away = 16777464,
    Key_Messenger = 16777465,
    Key_WebCam = 16777466,
    Key_MailForward = 16777467,
    Key_Pictures = 16777468,
    Key_Music = 16777469,
    Key_Battery = 16777470,
    Key_Bluetooth = 16777471,
    Key_WLAN = 16777472,
    Key_UWB = 16777473,
    Key_AudioForward = 16777474,
    Key_AudioRepeat = 16777475,
    Key_AudioRandomPlay = 16777476,
    Key_Subtitle = 16777477,
    Key_AudioCycleTrack = 16777478,
    Key_Time = 16777479,
    Key_Hibernate = 16777480,
    Key_View = 16777481,
    Key_TopMenu = 16777482,
    Key_PowerDown = 16777483,
    Key_Suspend = 16777484,
    Key_ContrastAdjust = 16777485,
    Key_LaunchG = 16777486,
    Key_LaunchH = 16777487,
    Key_TouchpadToggle = 16777488,
    Key_TouchpadOn = 16777489,
    Key_TouchpadOff = 16777490,
    Key_MicMute = 16777491,
    Key_Red = 16777492,
    Key_Green = 16777493,
    Key_Yellow = 16777494,
    Key_Blue = 16777495,
    Key_ChannelUp = 16777496,
    Key_ChannelDown = 16777497,
    Key_Guide = 16777498,
    Key_Info = 16777499,
    Key_Settings = 16777500,
    Key_MicVolumeUp = 16777501,
    Key_MicVolumeDown = 16777502,
    Key_New = 16777504,
    Key_Open = 16777505,
    Key_Find = 16777506,
    Key_Undo = 16777507,
    Key_Redo = 16777508,
    Key_MediaLast = 16842751,
    Key_Select = 16842752,
    Key_Yes = 16842753,
    Key_No = 16842754,
    Key_Cancel = 16908289,
    Key_Printer = 16908290,
    Key_Execute = 16908291,
    Key_Sleep = 16908292,
    Key_Play = 16908293,
    Key_Zoom = 16908294,
    Key_Exit = 16908298,
    Key_Context1 = 17825792,
    Key_Context2 = 17825793,
    Key_Context3 = 17825794,
    Key_Context4 = 17825795,
    Key_Call = 17825796,
    Key_Hangup = 17825797,
    Key_Flip = 17825798,
    Key_ToggleCallHangup = 17825799,
    Key_VoiceDial = 17825800,
    Key_LastNumberRedial = 17825801,
    Key_Camera = 17825824,
    Key_CameraFocus = 17825825,
    Key_unknown = 33554431
};
enum KeyboardModifier {
    NoModifier = 0,
    ShiftModifier = 33554432,
    ControlModifier = 67108864,
    AltModifier = 134217728,
    MetaModifier = 268435456,
    KeypadModifier = 536870912,
    GroupSwitchModifier = 1073741824,
    KeyboardModifierMask = 4261412864
};
typedef QFlags<KeyboardModifier> KeyboardModifiers;
enum Modifier {
    META = 268435456,
    SHIFT = 33554432,
    CTRL = 67108864,
    ALT = 134217728,
    MODIFIER_MASK = 4261412864
};
typedef QFlags<Modifier> Modifiers;
enum ArrowType {
    NoArrow = 0,
    UpArrow = 1,
    DownArrow = 2,
    LeftArrow = 3,
    RightArrow = 4
};
enum PenStyle {
    NoPen = 0,
    SolidLine = 1,
    DashLine = 2,
    DotLine = 3,
    DashDotLine = 4,
    DashDotDotLine = 5,
    CustomDashLine = 6,
    MPenStyle = 15
};
enum PenCapStyle {
    FlatCap = 0,
    SquareCap = 16,
    RoundCap = 32,
    MPenCapStyle = 48
};
enum PenJoinStyle {
    MiterJoin = 0,
    BevelJoin = 64,
    RoundJoin = 128,
    SvgMiterJoin = 256,
    MPenJoinStyle = 448
};
enum BrushStyle {
    NoBrush = 0,
    SolidPattern = 1,
    Dense1Pattern = 2,
    Dense2Pattern = 3,
    Dense3Pattern = 4,
    Dense4Pattern = 5,
    Dense5Pattern = 6,
    Dense6Pattern = 7,
    Dense7Pattern = 8,
    HorPattern = 9,
    VerPattern = 10,
    CrossPattern = 11,
    BDiagPattern = 12,
    FDiagPattern = 13,
    DiagCrossPattern = 14,
    LinearGradientPattern = 15,
    RadialGradientPattern = 16,
    ConicalGradientPattern = 17,
    TexturePattern = 24
};
enum SizeMode {
    AbsoluteSize = 0,
    RelativeSize = 1
};
enum UIEffect {
    UI_General = 0,
    UI_AnimateMenu = 1,
    UI_FadeMenu = 2,
    UI_AnimateCombo = 3,
    UI_AnimateTooltip = 4,
    UI_FadeTooltip = 5,
    UI_AnimateToolBox = 6
};
enum CursorShape {
    ArrowCursor = 0,
    UpArrowCursor = 1,
    CrossCursor = 2,
    WaitCursor = 3,
    IBeamCursor = 4,
    SizeVerCursor = 5,
    SizeHorCursor = 6,
    SizeBDiagCursor = 7,
    SizeFDiagCursor = 8,
    SizeAllCursor = 9,
    BlankCursor = 10,
    SplitVCursor = 11,
    SplitHCursor = 12,
    PointingHandCursor = 13,
    ForbiddenCursor = 14,
    WhatsThisCursor = 15,
    BusyCursor = 16,
    OpenHandCursor = 17,
    ClosedHandCursor = 18,
    DragCopyCursor = 19,
    DragMoveCursor = 20,
    DragLinkCursor = 21,
    LastCursor = 21,
    BitmapCursor = 24,
    CustomCursor = 25
};
enum TextFormat {
    PlainText = 0,
    RichText = 1,
    AutoText = 2,
    MarkdownText = 3
};
enum AspectRatioMode {
    IgnoreAspectRatio = 0,
    KeepAspectRatio = 1,
    KeepAspectRatioByExpanding = 2
};
enum DockWidgetArea {
    LeftDockWidgetArea = 1,
    RightDockWidgetArea = 2,
    TopDockWidgetArea = 4,
    BottomDockWidgetArea = 8,
    DockWidgetArea_Mask = 15,
    AllDockWidgetAreas = 15,
    NoDockWidgetArea = 0
};
enum DockWidgetAreaSizes {
    NDockWidgetAreas = 4
};
typedef QFlags<DockWidgetArea> DockWidgetAreas;
enum ToolBarArea {
    LeftToolBarArea = 1,
    RightToolBarArea = 2,
    TopToolBarArea = 4,
    BottomToolBarArea = 8,
    ToolBarArea_Mask = 15,
    AllToolBarAreas = 15,
    NoToolBarArea = 0
};
enum ToolBarAreaSizes {
    NToolBarAreas = 4
};
typedef QFlags<ToolBarArea> ToolBarAreas;
enum DateFormat {
    TextDate = 0,
    ISODate = 1,
    RFC2822Date = 8,
    ISODateWithMs = 9
};
enum TimeSpec {
    LocalTime = 0,
    UTC = 1,
    OffsetFromUTC = 2,
    TimeZone = 3
};
enum DayOfWeek {
    Monday = 1,
    Tuesday = 2,
    Wednesday = 3,
    Thursday = 4,
    Friday = 5,
    Saturday = 6,
    Sunday = 7
};
enum ScrollBarPolicy {
    ScrollBarAsNeeded = 0,
    ScrollBarAlwaysOff = 1,
    ScrollBarAlwaysOn = 2
};
enum CaseSensitivity {
    CaseInsensitive = 0,
    CaseSensitive = 1
};
enum Corner {
    TopLeftCorner = 0,
    TopRightCorner = 1,
    BottomLeftCorner = 2,
    BottomRightCorner = 3
};
enum Edge {
    TopEdge = 1,
    LeftEdge = 2,
    RightEdge = 4,
    BottomEdge = 8
};
typedef QFlags<Edge> Edges;
enum ConnectionType {
    AutoConnection = 0,
    DirectConnection = 1,
    QueuedConnection = 2,
    BlockingQueuedConnection = 3,
    UniqueConnection = 128,
    SingleShotConnection = 256
};
enum ShortcutContext {
    WidgetShortcut = 0,
    WindowShortcut = 1,
    ApplicationShortcut = 2,
    WidgetWithChildrenShortcut = 3
};
enum FillRule {
    OddEvenFill = 0,
    WindingFill = 1
};
enum MaskMode {
    MaskInColor = 0,
    MaskOutColor = 1
};
enum ClipOperation {
    NoClip = 0,
    ReplaceClip = 1,
    IntersectClip = 2
};
enum ItemSelectionMode {
    ContainsItemShape = 0,
    IntersectsItemShape = 1,
    ContainsItemBoundingRect = 2,
    IntersectsItemBoundingRect = 3
};
enum ItemSelectionOperation {
    ReplaceSelection = 0,
    AddToSelection = 1
};
enum TransformationMode {
    FastTransformation = 0,
    SmoothTransformation = 1
};
enum Axis {
    XAxis = 0,
    YAxis = 1,
    ZAxis = 2
};
enum FocusReason {
    MouseFocusReason = 0,
    TabFocusReason = 1,
    BacktabFocusReason = 2,
    ActiveWindowFocusReason = 3,
    PopupFocusReason = 4,
    ShortcutFocusReason = 5,
    MenuBarFocusReason = 6,
    OtherFocusReason = 7,
    NoFocusReason = 8
};
enum ContextMenuPolicy {
    NoContextMenu = 0,
    DefaultContextMenu = 1,
    ActionsContextMenu = 2,
    CustomContextMenu = 3,
    PreventContextMenu = 4
};
enum InputMethodQuery {
    ImEnabled = 1,
    ImCursorRectangle = 2,
    ImFont = 4,
    ImCursorPosition = 8,
    ImSurroundingText = 16,
    ImCurrentSelection = 32,
    ImMaximumTextLength = 64,
    ImAnchorPosition = 128,
    ImHints = 256,
    ImPreferredLanguage = 512,
    ImAbsolutePosition = 1024,
    ImTextBeforeCursor = 2048,
    ImTextAfterCursor = 4096,
    ImEnterKeyType = 8192,
    ImAnchorRectangle = 16384,
    ImInputItemClipRectangle = 32768,
    ImReadOnly = 65536,
    ImPlatformData = 2147483648,
    ImQueryInput = 16570,
    ImQueryAll = 4294967295
};
typedef QFlags<InputMethodQuery> InputMethodQueries;
enum InputMethodHint {
    ImhNone = 0,
    ImhHiddenText = 1,
    ImhSensitiveData = 2,
    ImhNoAutoUppercase = 4,
    ImhPreferNumbers = 8,
    ImhPreferUppercase = 16,
    ImhPreferLowercase = 32,
    ImhNoPredictiveText = 64,
    ImhDate = 128,
    ImhTime = 256,
    ImhPreferLatin = 512,
    ImhMultiLine = 1024,
    ImhNoEditMenu = 2048,
    ImhNoTextHandles = 4096,
    ImhDigitsOnly = 65536,
    ImhFormattedNumbersOnly = 131072,
    ImhUppercaseOnly = 262144,
    ImhLowercaseOnly = 524288,
    ImhDialableCharactersOnly = 1048576,
    ImhEmailCharactersOnly = 2097152,
    ImhUrlCharactersOnly = 4194304,
    ImhLatinOnly = 8388608,
    ImhExclusiveInputMask = 4294901760
};
typedef QFlags<InputMethodHint> InputMethodHints;
enum EnterKeyType {
    EnterKeyDefault = 0,
    EnterKeyReturn = 1,
    EnterKeyDone = 2,
    EnterKeyGo = 3,
    EnterKeySend = 4,
    EnterKeySearch = 5,
    EnterKeyNext = 6,
    EnterKeyPrevious = 7
};
enum ToolButtonStyle {
    ToolButtonIconOnly = 0,
    ToolButtonTextOnly = 1,
    ToolButtonTextBesideIcon = 2,
    ToolButtonTextUnderIcon = 3,
    ToolButtonFollowStyle = 4
};
enum LayoutDirection {
    LeftToRight = 0,
    RightToLeft = 1,
    LayoutDirectionAuto = 2
};
enum AnchorPoint {
    AnchorLeft = 0,
    AnchorHorizontalCenter = 1,
    AnchorRight = 2,
    AnchorTop = 3,
    AnchorVerticalCenter = 4,
    AnchorBottom = 5
};
enum FindChildOption {
    FindDirectChildrenOnly = 0,
    FindChildrenRecursively = 1
};
typedef QFlags<FindChildOption> FindChildOptions;
enum DropAction {
    CopyAction = 1,
    MoveAction = 2,
    LinkAction = 4,
    ActionMask = 255,
    TargetMoveAction = 32770,
    IgnoreAction = 0
};
typedef QFlags<DropAction> DropActions;
enum CheckState {
    Unchecked = 0,
    PartiallyChecked = 1,
    Checked = 2
};
enum ItemDataRole {
    DisplayRole = 0,
    DecorationRole = 1,
    EditRole = 2,
    ToolTipRole = 3,
    StatusTipRole = 4,
    WhatsThisRole = 5,
    FontRole = 6,
    TextAlignmentRole = 7,
    BackgroundRole = 8,
    ForegroundRole = 9,
    CheckStateRole = 10,
    AccessibleTextRole = 11,
    AccessibleDescriptionRole = 12,
    SizeHintRole = 13,
    InitialSortOrderRole = 14,
    DisplayPropertyRole = 27,
    DecorationPropertyRole = 28,
    ToolTipPropertyRole = 29,
    StatusTipPropertyRole = 30,
    WhatsThisPropertyRole = 31,
    UserRole = 256
};
enum ItemFlag {
    NoItemFlags = 0,
    ItemIsSelectable = 1,
    ItemIsEditable = 2,
    ItemIsDragEnabled = 4,
    ItemIsDropEnabled = 8,
    ItemIsUserCheckable = 16,
    ItemIsEnabled = 32,
    ItemIsAutoTristate = 64,
    ItemNeverHasChildren = 128,
    ItemIsUserTristate = 256
};
typedef QFlags<ItemFlag> ItemFlags;
enum MatchFlag {
    MatchExactly = 0,
    MatchContains = 1,
    MatchStartsWith = 2,
    MatchEndsWith = 3,
    MatchRegularExpression = 4,
    MatchWildcard = 5,
    MatchFixedString = 8,
    MatchTypeMask = 15,
    MatchCaseSensitive = 16,
    MatchWrap = 32,
    MatchRecursive = 64
};
typedef QFlags<MatchFlag> MatchFlags;
enum WindowModality {
    NonModal = 0,
    WindowModal = 1,
    ApplicationModal = 2
};
enum TextInteractionFlag {
    NoTextInteraction = 0,
    TextSelectableByMouse = 1,
    TextSelectableByKeyboard = 2,
    LinksAccessibleByMouse = 4,
    LinksAccessibleByKeyboard = 8,
    TextEditable = 16,
    TextEditorInteraction = 19,
    TextBrowserInteraction = 13
};
typedef QFlags<TextInteractionFlag> TextInteractionFlags;
enum EventPriority {
    HighEventPriority = 1,
    NormalEventPriority = 0,
    LowEventPriority = -1
};
enum SizeHint {
    MinimumSize = 0,
    PreferredSize = 1,
    MaximumSize = 2,
    MinimumDescent = 3,
    NSizeHints = 4
};
enum WindowFrameSection {
    NoSection = 0,
    LeftSection = 1,
    TopLeftSection = 2,
    TopSection = 3,
    TopRightSection = 4,
    RightSection = 5,
    BottomRightSection = 6,
    BottomSection = 7,
    BottomLeftSection = 8,
    TitleBarArea = 9
};
enum class Initialization {
    Uninitialized = 0
};
inline constexpr Initialization Uninitialized = Initialization::Uninitialized;
enum CoordinateSystem {
    DeviceCoordinates = 0,
    LogicalCoordinates = 1
};
enum TouchPointState {
    TouchPointUnknownState = 0,
    TouchPointPressed = 1,
    TouchPointMoved = 2,
    TouchPointStationary = 4,
    TouchPointReleased = 8
};
typedef QFlags<TouchPointState> TouchPointStates;
enum GestureState {
    NoGesture = 0,
    GestureStarted = 1,
    GestureUpdated = 2,
    GestureFinished = 3,
    GestureCanceled = 4
};
enum GestureType {
    TapGesture = 1,
    TapAndHoldGesture = 2,
    PanGesture = 3,
    PinchGesture = 4,
    SwipeGesture = 5,
    CustomGesture = 256,
    LastGestureType = 4294967295
};
enum GestureFlag {
    DontStartGestureOnChildren = 1,
    ReceivePartialGestures = 2,
    IgnoredGesturesPropagateToParent = 4
};
typedef QFlags<GestureFlag> GestureFlags;
enum NativeGestureType {
    BeginNativeGesture = 0,
    EndNativeGesture = 1,
    PanNativeGesture = 2,
    ZoomNativeGesture = 3,
    SmartZoomNativeGesture = 4,
    RotateNativeGesture = 5,
    SwipeNativeGesture = 6
};
enum NavigationMode {
    NavigationModeNone = 0,
    NavigationModeKeypadTabOrder = 1,
    NavigationModeKeypadDirectional = 2,
    NavigationModeCursorAuto = 3,
    NavigationModeCursorForceVisible = 4
};
enum CursorMoveStyle {
    LogicalMoveStyle = 0,
    VisualMoveStyle = 1
};
enum TimerType {
    PreciseTimer = 0,
    CoarseTimer = 1,
    VeryCoarseTimer = 2
};
enum ScrollPhase {
    NoScrollPhase = 0,
    ScrollBegin = 1,
    ScrollUpdate = 2,
    ScrollEnd = 3,
    ScrollMomentum = 4
};
enum MouseEventSource {
    MouseEventNotSynthesized = 0,
    MouseEventSynthesizedBySystem = 1,
    MouseEventSynthesizedByQt = 2,
    MouseEventSynthesizedByApplication = 3
};
enum MouseEventFlag {
    NoMouseEventFlag = 0,
    MouseEventCreatedDoubleClick = 1,
    MouseEventFlagMask = 255
};
typedef QFlags<MouseEventFlag> MouseEventFlags;
enum ChecksumType {
    ChecksumIso3309 = 0,
    ChecksumItuV41 = 1
};
enum class HighDpiScaleFactorRoundingPolicy {
    Unset = 0,
    Round = 1,
    Ceil = 2,
    Floor = 3,
    RoundPreferFloor = 4,
    PassThrough = 5
};
enum ReturnByValueConstant {
    ReturnByValue = 0
};
QTextStream & bin(QTextStream &s);
QTextStream & oct(QTextStream &s);
QTextStream & dec(QTextStream &s);
QTextStream & hex(QTextStream &s);
QTextStream & showbase(QTextStream &s);
QTextStream & forcesign(QTextStream &s);
QTextStream & forcepoint(QTextStream &s);
QTextStream & noshowbase(QTextStream &s);
QTextStream & noforcesign(QTextStream &s);
QTextStream & noforcepoint(QTextStream &s);
QTextStream & uppercasebase(QTextStream &s);
QTextStream & uppercasedigits(QTextStream &s);
QTextStream & lowercasebase(QTextStream &s);
QTextStream & lowercasedigits(QTextStream &s);
QTextStream & fixed(QTextStream &s);
QTextStream & scientific(QTextStream &s);
QTextStream & left(QTextStream &s);
QTextStream & right(QTextStream &s);
QTextStream & center(QTextStream &s);
QTextStream & endl(QTextStream &s);
QTextStream & flush(QTextStream &s);
QTextStream & reset(QTextStream &s);
QTextStream & bom(QTextStream &s);
QTextStream & ws(QTextStream &s);
typedef void *HANDLE;
} // namespace Qt
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::MouseButtons)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::Orientations)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::SplitBehavior)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::Alignment)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::WindowFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::WindowStates)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::ApplicationStates)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::ScreenOrientations)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::ImageConversionFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::KeyboardModifiers)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::Modifiers)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::DockWidgetAreas)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::ToolBarAreas)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::Edges)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::InputMethodQueries)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::InputMethodHints)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::FindChildOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::DropActions)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::ItemFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::MatchFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::TextInteractionFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::TouchPointStates)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::GestureFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(Qt::MouseEventFlags)

// ============================================================================ forward declarations
class QObject;
class QString;
class QByteArray;
class QVariant;
class QByteArrayView;
class QMetaEnum;
class QStringView;
class QStringRef;
class QEasingCurve;
class QUuid;
class QTextStream;
class QDate;
class QTime;
class QDateTime;
class QBitArray;
class QPoint;
class QPointF;
class QRect;
class QRectF;
class QSize;
class QSizeF;
class QLine;
class QLineF;
class QLocale;
class QRegularExpression;
class QRegularExpressionMatch;
class QRegularExpressionMatchIterator;
class QUrl;
class QJsonValue;
class QJsonObject;
class QJsonArray;
class QJsonDocument;
class QModelIndex;
class QPersistentModelIndex;
class QThread;
class QDebug;
class QDataStream;
class QEvent;
class QTimerEvent;
class QChildEvent;
class QMetaMethod;
class QIODevice;
class QHostAddress;
class QNetworkInterface;
class QNetworkProxy;
class QSslCertificate;
class QSslKey;
class QSslCipher;
class QSslError;
class QSslConfiguration;
class QSslPreSharedKeyAuthenticator;
class QAuthenticator;
class QTcpSocket;
class QLocalSocket;
template <typename T> struct QMetaTypeId;
template <typename T> int qMetaTypeId();
template <typename T> int qRegisterMetaType(const char *typeName);
template <typename T> int qRegisterMetaType();

// ============================================================================ meta-object support
// Recovery's stand-in for a name no header declares (checks/recovery/stand_in.h defines it):
// QObject::connect()'s hooks ask for a pointer that converts to one, which no Qt class does.
struct __QtrAny;
namespace QtPrivate {
__QtrAny *qtrStandIn(const volatile __QtrAny *);
// What connect() needs to know about a callable: its class if it is a pointer to member function.
template <typename Func> struct FunctionPointer {
    enum { ArgumentCount = -1, IsPointerToMemberFunction = false };
};
template <class Obj, typename Ret, typename... Args> struct FunctionPointer<Ret (Obj::*)(Args...)> {
    typedef Obj Object;
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = true };
};
template <class Obj, typename Ret, typename... Args> struct FunctionPointer<Ret (Obj::*)(Args...) const> {
    typedef Obj Object;
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = true };
};
template <class Obj, typename Ret, typename... Args> struct FunctionPointer<Ret (Obj::*)(Args...) noexcept> {
    typedef Obj Object;
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = true };
};
template <class Obj, typename Ret, typename... Args>
struct FunctionPointer<Ret (Obj::*)(Args...) const noexcept> {
    typedef Obj Object;
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = true };
};
template <typename Ret, typename... Args> struct FunctionPointer<Ret (*)(Args...)> {
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = false };
};
template <typename Ret, typename... Args> struct FunctionPointer<Ret (*)(Args...) noexcept> {
    enum { ArgumentCount = sizeof...(Args), IsPointerToMemberFunction = false };
};
} // namespace QtPrivate

class QGenericArgument {
public:
    inline QGenericArgument(const char *aName = nullptr, const void *aData = nullptr);
    void *data() const;
    const char *name() const;
};
class QGenericReturnArgument : public QGenericArgument {
public:
    inline QGenericReturnArgument(const char *aName = nullptr, void *aData = nullptr);
};
template <class T> class QArgument : public QGenericArgument {
public:
    inline QArgument(const char *aName, const T &aData);
};
template <class T> class QReturnArgument : public QGenericReturnArgument {
public:
    inline QReturnArgument(const char *aName, T &aData);
};

struct QMetaObject {
    enum Call { InvokeMetaMethod, ReadProperty, WriteProperty, ResetProperty, CreateInstance, IndexOfMethod };
    class Connection {
    public:
        Connection();
        Connection(const Connection &other);
        Connection &operator=(const Connection &other);
        Connection(Connection &&other) noexcept;
        Connection &operator=(Connection &&other) noexcept;
        ~Connection();
        operator bool() const;
    };
    const char *className() const;
    const QMetaObject *superClass() const;
    bool inherits(const QMetaObject *metaObject) const noexcept;
    int methodCount() const;
    int indexOfSignal(const char *signal) const;
    int indexOfSlot(const char *slot) const;
    QMetaMethod method(int index) const;
    static QByteArray normalizedSignature(const char *method);
    static bool invokeMethod(QObject *obj, const char *member, Qt::ConnectionType type,
                             QGenericReturnArgument ret, QGenericArgument val0 = QGenericArgument(nullptr),
                             QGenericArgument val1 = QGenericArgument(), QGenericArgument val2 = QGenericArgument(),
                             QGenericArgument val3 = QGenericArgument());
    static bool invokeMethod(QObject *obj, const char *member, Qt::ConnectionType type,
                             QGenericArgument val0 = QGenericArgument(nullptr),
                             QGenericArgument val1 = QGenericArgument(), QGenericArgument val2 = QGenericArgument(),
                             QGenericArgument val3 = QGenericArgument());
    static bool invokeMethod(QObject *obj, const char *member, QGenericArgument val0 = QGenericArgument(nullptr),
                             QGenericArgument val1 = QGenericArgument(), QGenericArgument val2 = QGenericArgument(),
                             QGenericArgument val3 = QGenericArgument());
    template <typename Functor>
    static bool invokeMethod(QObject *context, Functor function, Qt::ConnectionType type = Qt::AutoConnection);
    static void connectSlotsByName(QObject *o);
    int enumeratorCount() const;
    int indexOfEnumerator(const char *name) const;
    QMetaEnum enumerator(int index) const;
    int propertyCount() const;
    int indexOfProperty(const char *name) const;
};

class QMetaMethod {
public:
    enum MethodType { Method, Signal, Slot, Constructor };
    QMetaMethod();
    QByteArray methodSignature() const;
    QByteArray name() const;
    MethodType methodType() const;
    int parameterCount() const;
    bool isValid() const;
    template <typename Func> static QMetaMethod fromSignal(Func signal);
};

template <typename T> struct QMetaTypeId {
    enum { Defined = 0 };
};
class QMetaType {
public:
    explicit QMetaType(int type);
    QMetaType();
    int id() const;
    const char *name() const;
    bool isValid() const;
    bool isRegistered() const;
    template <typename T> static QMetaType fromType();
    static QMetaType fromName(QByteArrayView name);
    // Qt 5 spellings (static, by type id), still in Qt 6 as deprecated API.
    static const char *typeName(int type);
    static int type(const char *typeName);
    static int type(const QByteArray &typeName);
    static bool isRegistered(int type);
    template <typename T> static bool registerDebugStreamOperator(); // Qt 5 only
    friend bool operator==(QMetaType a, QMetaType b);
    friend bool operator!=(QMetaType a, QMetaType b);
    // Last, so that the enumerators (QString, QDate, ...) hide no class name above.
    enum Type {
        Bool = 1, Int = 2, UInt = 3, LongLong = 4, ULongLong = 5, Double = 6, Long = 32, Short = 33,
        Char = 34, Char16 = 56, Char32 = 57, ULong = 35, UShort = 36, UChar = 37, Float = 38,
        SChar = 40, Nullptr = 51, QCborSimpleType = 52, Void = 43, VoidStar = 31, QChar = 7,
        QString = 10, QByteArray = 12, QBitArray = 13, QDate = 14, QTime = 15, QDateTime = 16,
        QUrl = 17, QLocale = 18, QRect = 19, QRectF = 20, QSize = 21, QSizeF = 22, QLine = 23,
        QLineF = 24, QPoint = 25, QPointF = 26, QEasingCurve = 29, QUuid = 30, QVariant = 41,
        QRegularExpression = 44, QJsonValue = 45, QJsonObject = 46, QJsonArray = 47,
        QJsonDocument = 48, QCborValue = 53, QCborArray = 54, QCborMap = 55, QModelIndex = 42,
        QPersistentModelIndex = 50, QObjectStar = 39, QVariantMap = 8, QVariantList = 9,
        QVariantHash = 28, QVariantPair = 58, QByteArrayList = 49, QStringList = 11, QFont = 4096,
        QPixmap = 4097, QBrush = 4098, QColor = 4099, QPalette = 4100, QIcon = 4101, QImage = 4102,
        QPolygon = 4103, QRegion = 4104, QBitmap = 4105, QCursor = 4106, QKeySequence = 4107,
        QPen = 4108, QTextLength = 4109, QTextFormat = 4110, QTransform = 4112, QMatrix4x4 = 4113,
        QVector2D = 4114, QVector3D = 4115, QVector4D = 4116, QQuaternion = 4117, QPolygonF = 4118,
        QColorSpace = 4119, QSizePolicy = 8192, QReal = 6, UnknownType = 0, User = 65536
    };
};
template <typename T> void qRegisterMetaTypeStreamOperators(const char *typeName = nullptr); // Qt 5 only

class QMetaEnum {
public:
    QMetaEnum();
    const char *name() const;
    const char *enumName() const;
    bool isFlag() const;
    bool isScoped() const;
    int keyCount() const;
    const char *key(int index) const;
    int value(int index) const;
    const char *scope() const;
    int keyToValue(const char *key, bool *ok = nullptr) const;
    const char *valueToKey(int value) const;
    int keysToValue(const char *keys, bool *ok = nullptr) const;
    QByteArray valueToKeys(int value) const;
    bool isValid() const;
    template <typename T> static QMetaEnum fromType();
};

// ============================================================================ containers
// QList<T> (Qt 6: QVector<T> is an alias). QStringList and QByteArrayList get their extra
// methods from QListSpecialMethods, as in Qt.
template <typename T> struct QListSpecialMethodsBase {
protected:
    ~QListSpecialMethodsBase() = default;

public:
    template <typename AT = T> qsizetype indexOf(const AT &t, qsizetype from = 0) const noexcept;
    template <typename AT = T> qsizetype lastIndexOf(const AT &t, qsizetype from = -1) const noexcept;
    template <typename AT = T> bool contains(const AT &t) const noexcept;
};
template <typename T> struct QListSpecialMethods : QListSpecialMethodsBase<T> {
protected:
    ~QListSpecialMethods() = default;

public:
    using QListSpecialMethodsBase<T>::indexOf;
    using QListSpecialMethodsBase<T>::lastIndexOf;
    using QListSpecialMethodsBase<T>::contains;
};

template <typename T> class QList : public QListSpecialMethods<T> {
public:
    typedef T value_type;
    typedef T *pointer;
    typedef const T *const_pointer;
    typedef T &reference;
    typedef const T &const_reference;
    typedef qsizetype size_type;
    typedef qptrdiff difference_type;
    class const_iterator;
    class iterator {
    public:
        T *i;
        typedef T value_type;
        typedef T *pointer;
        typedef T &reference;
        typedef qptrdiff difference_type;
        constexpr iterator() = default;
        explicit iterator(T *n) : i(n) {}
        T &operator*() const;
        T *operator->() const;
        T &operator[](qsizetype j) const;
        bool operator==(const iterator &o) const noexcept;
        bool operator!=(const iterator &o) const noexcept;
        bool operator<(const iterator &other) const noexcept;
        bool operator==(const const_iterator &o) const noexcept;
        bool operator!=(const const_iterator &o) const noexcept;
        iterator &operator++();
        iterator operator++(int);
        iterator &operator--();
        iterator operator--(int);
        iterator &operator+=(qsizetype j);
        iterator &operator-=(qsizetype j);
        iterator operator+(qsizetype j) const;
        iterator operator-(qsizetype j) const;
        qsizetype operator-(iterator j) const;
        operator T *() const;
    };
    class const_iterator {
    public:
        const T *i;
        typedef T value_type;
        typedef const T *pointer;
        typedef const T &reference;
        typedef qptrdiff difference_type;
        constexpr const_iterator() = default;
        explicit const_iterator(const T *n) : i(n) {}
        const_iterator(iterator o) : i(o.i) {}
        const T &operator*() const;
        const T *operator->() const;
        const T &operator[](qsizetype j) const;
        bool operator==(const const_iterator &o) const noexcept;
        bool operator!=(const const_iterator &o) const noexcept;
        bool operator<(const const_iterator &other) const noexcept;
        bool operator==(const iterator &o) const noexcept;
        bool operator!=(const iterator &o) const noexcept;
        const_iterator &operator++();
        const_iterator operator++(int);
        const_iterator &operator--();
        const_iterator operator--(int);
        const_iterator &operator+=(qsizetype j);
        const_iterator &operator-=(qsizetype j);
        const_iterator operator+(qsizetype j) const;
        const_iterator operator-(qsizetype j) const;
        qsizetype operator-(const_iterator j) const;
        operator const T *() const;
    };
    typedef iterator Iterator;
    typedef const_iterator ConstIterator;
    typedef const T &parameter_type;
    typedef T &&rvalue_ref;

    QList() noexcept;
    explicit QList(qsizetype size);
    QList(qsizetype size, parameter_type t);
    QList(std::initializer_list<T> args);
    // Qt 5's QStringList(const QString &), which Qt 6 keeps for lists of strings.
    template <typename String, typename = typename std::enable_if<std::is_same<T, QString>::value && __is_convertible_to(String, QString)>::type>
    explicit QList(const String &str);
    template <typename InputIterator, typename = decltype(*InputIterator())>
    QList(InputIterator i1, InputIterator i2);
    QList(const QList &other);
    QList(QList &&other) noexcept;
    ~QList();
    QList &operator=(const QList &other);
    QList &operator=(QList &&other) noexcept;
    QList &operator=(std::initializer_list<T> args);

    qsizetype size() const noexcept;
    qsizetype count() const noexcept;
    qsizetype length() const noexcept;
    bool isEmpty() const noexcept;
    bool empty() const noexcept;
    void resize(qsizetype size);
    void resize(qsizetype size, parameter_type c);
    qsizetype capacity() const;
    void reserve(qsizetype size);
    void squeeze();
    void detach();
    bool isDetached() const noexcept;
    void clear();

    const_reference at(qsizetype i) const noexcept;
    reference operator[](qsizetype i);
    const_reference operator[](qsizetype i) const noexcept;
    T value(qsizetype i) const;
    T value(qsizetype i, parameter_type defaultValue) const;
    T *data();
    const T *data() const noexcept;
    const T *constData() const noexcept;

    void append(parameter_type t);
    void append(rvalue_ref t);
    void append(const QList<T> &l);
    void append(QList<T> &&l);
    void prepend(rvalue_ref t);
    void prepend(parameter_type t);
    template <typename... Args> reference emplaceBack(Args &&...args);
    template <typename... Args> reference emplaceFront(Args &&...args);
    iterator insert(qsizetype i, parameter_type t);
    iterator insert(qsizetype i, qsizetype n, parameter_type t);
    iterator insert(const_iterator before, parameter_type t);
    iterator insert(qsizetype i, rvalue_ref t);
    void replace(qsizetype i, parameter_type t);
    void remove(qsizetype i, qsizetype n = 1);
    void removeAt(qsizetype i);
    void removeFirst() noexcept;
    void removeLast() noexcept;
    T takeAt(qsizetype i);
    T takeFirst();
    T takeLast();
    value_type takeAt(qsizetype i) const;
    template <typename AT = T> qsizetype removeAll(const AT &t);
    template <typename AT = T> bool removeOne(const AT &t);
    template <typename Predicate> qsizetype removeIf(Predicate pred);
    void move(qsizetype from, qsizetype to);
    void swapItemsAt(qsizetype i, qsizetype j);
    QList<T> &fill(parameter_type t, qsizetype size = -1);

    using QListSpecialMethods<T>::contains;
    using QListSpecialMethods<T>::indexOf;
    using QListSpecialMethods<T>::lastIndexOf;
    template <typename AT = T> qsizetype count(const AT &t) const noexcept;
    bool startsWith(parameter_type t) const;
    bool endsWith(parameter_type t) const;

    T &first();
    const T &first() const noexcept;
    QList<T> first(qsizetype n) const;
    T &last();
    const T &last() const noexcept;
    QList<T> last(qsizetype n) const;
    const T &constFirst() const noexcept;
    const T &constLast() const noexcept;
    QList<T> mid(qsizetype pos, qsizetype len = -1) const;
    QList<T> sliced(qsizetype pos) const;
    QList<T> sliced(qsizetype pos, qsizetype n) const;

    iterator begin();
    iterator end();
    const_iterator begin() const noexcept;
    const_iterator end() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator cend() const noexcept;
    const_iterator constBegin() const noexcept;
    const_iterator constEnd() const noexcept;
    typedef std::reverse_iterator<iterator> reverse_iterator;
    typedef std::reverse_iterator<const_iterator> const_reverse_iterator;
    reverse_iterator rbegin();
    reverse_iterator rend();
    const_reverse_iterator rbegin() const noexcept;
    const_reverse_iterator rend() const noexcept;
    const_reverse_iterator crbegin() const noexcept;
    const_reverse_iterator crend() const noexcept;
    iterator erase(const_iterator begin, const_iterator end);
    iterator erase(const_iterator pos);

    // STL compatibility
    void push_back(parameter_type t);
    void push_back(rvalue_ref t);
    void push_front(rvalue_ref t);
    void push_front(parameter_type t);
    void pop_back() noexcept;
    void pop_front() noexcept;
    template <typename... Args> reference emplace_back(Args &&...args);
    reference front();
    const_reference front() const noexcept;
    reference back();
    const_reference back() const noexcept;
    void shrink_to_fit();

    QList<T> &operator+=(const QList<T> &l);
    QList<T> &operator+=(parameter_type t);
    QList<T> &operator+=(rvalue_ref t);
    QList<T> operator+(const QList<T> &l) const;
    QList<T> &operator<<(parameter_type t);
    QList<T> &operator<<(const QList<T> &l);
    QList<T> &operator<<(rvalue_ref t);
    bool operator==(const QList &other) const;
    bool operator!=(const QList &other) const;

    static QList<T> fromList(const QList<T> &list) noexcept;
    QList<T> toList() const noexcept;
    static QList<T> fromVector(const QList<T> &vector) noexcept;
    QList<T> toVector() const noexcept;
};
template <typename T> using QVector = QList<T>;
template <class T> class QQueue : public QList<T> {
public:
    inline void swap(QQueue<T> &other) noexcept;
    inline void enqueue(const T &t);
    inline T dequeue();
    inline T &head();
    inline const T &head() const;
};

template <typename Key, typename T> class QHash {
public:
    typedef Key key_type;
    typedef T mapped_type;
    typedef T value_type;
    typedef qsizetype size_type;
    class const_iterator;
    class iterator {
    public:
        iterator() noexcept;
        const Key &key() const noexcept;
        T &value() const noexcept;
        T &operator*() const noexcept;
        T *operator->() const noexcept;
        bool operator==(const iterator &o) const noexcept;
        bool operator!=(const iterator &o) const noexcept;
        bool operator==(const const_iterator &o) const noexcept;
        bool operator!=(const const_iterator &o) const noexcept;
        iterator &operator++() noexcept;
        iterator operator++(int) noexcept;
    };
    class const_iterator {
    public:
        const_iterator() noexcept;
        const_iterator(const iterator &o) noexcept;
        const Key &key() const noexcept;
        const T &value() const noexcept;
        const T &operator*() const noexcept;
        const T *operator->() const noexcept;
        bool operator==(const const_iterator &o) const noexcept;
        bool operator!=(const const_iterator &o) const noexcept;
        const_iterator &operator++() noexcept;
        const_iterator operator++(int) noexcept;
    };
    typedef iterator Iterator;
    typedef const_iterator ConstIterator;

    QHash() noexcept;
    QHash(std::initializer_list<std::pair<Key, T>> list);
    QHash(const QHash &other) noexcept;
    QHash(QHash &&other) noexcept;
    ~QHash();
    QHash &operator=(const QHash &other) noexcept;
    QHash &operator=(QHash &&other) noexcept;

    qsizetype size() const noexcept;
    qsizetype count() const noexcept;
    qsizetype count(const Key &key) const noexcept;
    bool isEmpty() const noexcept;
    bool empty() const noexcept;
    qsizetype capacity() const noexcept;
    void reserve(qsizetype size);
    void squeeze();
    void clear() noexcept;
    bool remove(const Key &key);
    template <typename Predicate> qsizetype removeIf(Predicate pred);
    T take(const Key &key);
    bool contains(const Key &key) const noexcept;
    Key key(const T &value) const noexcept;
    Key key(const T &value, const Key &defaultKey) const noexcept;
    T value(const Key &key) const noexcept;
    T value(const Key &key, const T &defaultValue) const noexcept;
    T &operator[](const Key &key);
    const T operator[](const Key &key) const noexcept;
    QList<Key> keys() const;
    QList<Key> keys(const T &value) const;
    QList<T> values() const;
    iterator insert(const Key &key, const T &value);
    void insert(const QHash &hash);
    template <typename... Args> iterator emplace(const Key &key, Args &&...args);
    iterator find(const Key &key);
    const_iterator find(const Key &key) const noexcept;
    const_iterator constFind(const Key &key) const noexcept;
    iterator erase(const_iterator it);
    iterator begin();
    iterator end() noexcept;
    const_iterator begin() const noexcept;
    const_iterator end() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator cend() const noexcept;
    const_iterator constBegin() const noexcept;
    const_iterator constEnd() const noexcept;
    class key_iterator {
    public:
        const Key &operator*() const noexcept;
        const Key *operator->() const noexcept;
        key_iterator &operator++() noexcept;
        key_iterator operator++(int) noexcept;
        bool operator==(key_iterator o) const noexcept;
        bool operator!=(key_iterator o) const noexcept;
        const_iterator base() const noexcept;
    };
    key_iterator keyBegin() const noexcept;
    key_iterator keyEnd() const noexcept;
    bool operator==(const QHash &other) const noexcept;
    bool operator!=(const QHash &other) const noexcept;
};

template <class Key, class T> class QMap {
public:
    typedef Key key_type;
    typedef T mapped_type;
    typedef qsizetype size_type;
    class const_iterator;
    class iterator {
    public:
        iterator();
        const Key &key() const;
        T &value() const;
        T &operator*() const;
        T *operator->() const;
        friend bool operator==(const iterator &lhs, const iterator &rhs);
        friend bool operator!=(const iterator &lhs, const iterator &rhs);
        iterator &operator++();
        iterator operator++(int);
        iterator &operator--();
        iterator operator--(int);
    };
    class const_iterator {
    public:
        const_iterator();
        const_iterator(const iterator &o);
        const Key &key() const;
        const T &value() const;
        const T &operator*() const;
        const T *operator->() const;
        friend bool operator==(const const_iterator &lhs, const const_iterator &rhs);
        friend bool operator!=(const const_iterator &lhs, const const_iterator &rhs);
        const_iterator &operator++();
        const_iterator operator++(int);
        const_iterator &operator--();
        const_iterator operator--(int);
    };
    typedef iterator Iterator;
    typedef const_iterator ConstIterator;

    QMap();
    QMap(std::initializer_list<std::pair<Key, T>> list);
    QMap(const QMap &other);
    QMap(QMap &&other) noexcept;
    ~QMap();
    QMap &operator=(const QMap &other);
    QMap &operator=(QMap &&other) noexcept;

    qsizetype size() const;
    qsizetype count() const;
    qsizetype count(const Key &key) const;
    bool isEmpty() const;
    bool empty() const;
    void clear();
    qsizetype remove(const Key &key);
    template <typename Predicate> qsizetype removeIf(Predicate pred);
    T take(const Key &key);
    bool contains(const Key &key) const;
    Key key(const T &value, const Key &defaultKey = Key()) const;
    T value(const Key &key, const T &defaultValue = T()) const;
    T &operator[](const Key &key);
    T operator[](const Key &key) const;
    QList<Key> keys() const;
    QList<Key> keys(const T &value) const;
    QList<T> values() const;
    const Key &firstKey() const;
    const Key &lastKey() const;
    T &first();
    const T &first() const;
    T &last();
    const T &last() const;
    iterator insert(const Key &key, const T &value);
    void insert(const QMap<Key, T> &map);
    iterator find(const Key &key);
    const_iterator find(const Key &key) const;
    const_iterator constFind(const Key &key) const;
    iterator lowerBound(const Key &key);
    iterator upperBound(const Key &key);
    iterator erase(const_iterator it);
    iterator begin();
    iterator end();
    const_iterator begin() const;
    const_iterator end() const;
    const_iterator cbegin() const;
    const_iterator cend() const;
    const_iterator constBegin() const;
    const_iterator constEnd() const;
    class key_iterator {
    public:
        const Key &operator*() const;
        const Key *operator->() const;
        key_iterator &operator++();
        key_iterator operator++(int);
        bool operator==(key_iterator o) const;
        bool operator!=(key_iterator o) const;
        const_iterator base() const;
    };
    key_iterator keyBegin() const;
    key_iterator keyEnd() const;
    bool operator==(const QMap &other) const;
    bool operator!=(const QMap &other) const;
};

template <class T> class QSet {
public:
    typedef T key_type;
    typedef T value_type;
    typedef qsizetype size_type;
    typedef const T *iterator;
    typedef const T *const_iterator;
    QSet() noexcept;
    QSet(std::initializer_list<T> list);
    template <typename InputIterator> QSet(InputIterator first, InputIterator last);
    qsizetype size() const;
    qsizetype count() const;
    bool isEmpty() const;
    bool empty() const;
    void reserve(qsizetype size);
    void squeeze();
    void clear();
    bool remove(const T &value);
    bool contains(const T &value) const;
    bool contains(const QSet<T> &set) const;
    bool intersects(const QSet<T> &other) const;
    iterator insert(const T &value);
    iterator find(const T &value);
    const_iterator constFind(const T &value) const;
    iterator erase(const_iterator i);
    iterator begin();
    iterator end();
    const_iterator begin() const;
    const_iterator end() const;
    const_iterator constBegin() const;
    const_iterator constEnd() const;
    QSet<T> &unite(const QSet<T> &other);
    QSet<T> &intersect(const QSet<T> &other);
    QSet<T> &subtract(const QSet<T> &other);
    QList<T> values() const;
    QSet<T> &operator<<(const T &value);
    QSet<T> &operator+=(const T &value);
    QSet<T> &operator|=(const QSet<T> &other);
    QSet<T> &operator-=(const QSet<T> &other);
    bool operator==(const QSet<T> &other) const;
    bool operator!=(const QSet<T> &other) const;
};

// Qt 6: QPair is std::pair.
template <class T1, class T2> using QPair = std::pair<T1, T2>;
template <typename T1, typename T2>
constexpr QPair<typename std::decay<T1>::type, typename std::decay<T2>::type> qMakePair(T1 &&value1, T2 &&value2);

// ============================================================================ strings
class QChar {
public:
    enum SpecialCharacter { Null = 0x0000, Tabulation = 0x0009, LineFeed = 0x000a, Space = 0x0020 };
    constexpr QChar() noexcept : ucs(0) {}
    constexpr QChar(ushort rc) noexcept : ucs(rc) {}
    constexpr QChar(uchar c, uchar r) noexcept : ucs(char16_t((r << 8) | c)) {}
    constexpr QChar(short rc) noexcept : ucs(char16_t(rc)) {}
    constexpr QChar(uint rc) noexcept : ucs(char16_t(rc & 0xffff)) {}
    constexpr QChar(int rc) noexcept : ucs(char16_t(rc & 0xffff)) {}
    constexpr QChar(SpecialCharacter s) noexcept : ucs(char16_t(s)) {}
    constexpr QChar(char16_t ch) noexcept : ucs(ch) {}
    constexpr QChar(char c) noexcept : ucs(uchar(c)) {}
    constexpr QChar(uchar c) noexcept : ucs(c) {}
    constexpr char16_t unicode() const noexcept { return ucs; }
    constexpr char toLatin1() const noexcept { return ucs > 0xff ? '\0' : char(ucs); }
    static constexpr QChar fromLatin1(char c) noexcept { return QChar(c); }
    bool isNull() const noexcept;
    bool isDigit() const noexcept;
    bool isLetter() const noexcept;
    bool isNumber() const noexcept;
    bool isLetterOrNumber() const noexcept;
    bool isSpace() const noexcept;
    bool isPrint() const noexcept;
    bool isUpper() const noexcept;
    bool isLower() const noexcept;
    bool isPunct() const noexcept;
    bool isMark() const noexcept;
    bool isSymbol() const noexcept;
    bool isTitleCase() const noexcept;
    bool isHighSurrogate() const noexcept;
    bool isLowSurrogate() const noexcept;
    enum Category {
        Mark_NonSpacing, Mark_SpacingCombining, Mark_Enclosing, Number_DecimalDigit, Number_Letter, Number_Other,
        Separator_Space, Separator_Line, Separator_Paragraph, Other_Control, Other_Format, Other_Surrogate,
        Other_PrivateUse, Other_NotAssigned, Letter_Uppercase, Letter_Lowercase, Letter_Titlecase, Letter_Modifier,
        Letter_Other, Punctuation_Connector, Punctuation_Dash, Punctuation_Open, Punctuation_Close,
        Punctuation_InitialQuote, Punctuation_FinalQuote, Punctuation_Other, Symbol_Math, Symbol_Currency,
        Symbol_Modifier, Symbol_Other
    };
    Category category() const noexcept;
    int digitValue() const noexcept;
    QChar toUpper() const noexcept;
    QChar toLower() const noexcept;

private:
    char16_t ucs;
    friend QDataStream &operator<<(QDataStream &, QChar);
    friend QDataStream &operator>>(QDataStream &, QChar &);
};
bool operator==(QChar c1, QChar c2) noexcept;
bool operator!=(QChar c1, QChar c2) noexcept;
bool operator<(QChar c1, QChar c2) noexcept;

class QLatin1Char {
public:
    constexpr explicit QLatin1Char(char c) noexcept : ch(c) {}
    constexpr char toLatin1() const noexcept { return ch; }
    constexpr char16_t unicode() const noexcept { return char16_t(uchar(ch)); }
    constexpr operator QChar() const noexcept { return QChar(ch); }

private:
    char ch;
};

class QLatin1String {
public:
    constexpr QLatin1String() noexcept : m_size(0), m_data(nullptr) {}
    constexpr explicit QLatin1String(const char *s) noexcept
        : m_size(s ? qsizetype(__builtin_strlen(s)) : 0), m_data(s)
    {
    }
    constexpr QLatin1String(const char *s, qsizetype sz) noexcept : m_size(sz), m_data(s) {}
    explicit QLatin1String(const QByteArray &s) noexcept;
    QString toString() const;
    constexpr const char *latin1() const noexcept { return m_data; }
    constexpr const char *data() const noexcept { return m_data; }
    constexpr qsizetype size() const noexcept { return m_size; }
    constexpr qsizetype length() const noexcept { return m_size; }
    constexpr bool isNull() const noexcept { return !m_data; }
    constexpr bool isEmpty() const noexcept { return !m_size; }
    QLatin1Char at(qsizetype i) const;
    bool startsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool endsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    friend bool operator==(QStringView lhs, QLatin1String rhs) noexcept;
    friend bool operator!=(QStringView lhs, QLatin1String rhs) noexcept;
    friend bool operator==(QLatin1String lhs, QStringView rhs) noexcept;
    friend bool operator!=(QLatin1String lhs, QStringView rhs) noexcept;
    bool operator==(const char *s) const;
    bool operator!=(const char *s) const;
    friend bool operator==(const char *s1, QLatin1String s2);
    friend bool operator!=(const char *s1, QLatin1String s2);

private:
    qsizetype m_size;
    const char *m_data;
};
typedef QLatin1String QLatin1StringView;

class QByteArray {
public:
    enum Base64Option { Base64Encoding = 0, Base64UrlEncoding = 1, KeepTrailingEquals = 0, OmitTrailingEquals = 2 };
    Q_DECLARE_FLAGS(Base64Options, Base64Option)
    typedef char *iterator;
    typedef const char *const_iterator;
    typedef char value_type;
    typedef qsizetype size_type;

    QByteArray() noexcept;
    QByteArray(const char *data, qsizetype size = -1);
    QByteArray(qsizetype size, char c);
    QByteArray(qsizetype size, Qt::Initialization);
    QByteArray(const QByteArray &other) noexcept;
    QByteArray(QByteArray &&other) noexcept;
    ~QByteArray();
    QByteArray &operator=(const QByteArray &other) noexcept;
    QByteArray &operator=(const char *str);
    operator const char *() const; // unless QT_NO_CAST_FROM_BYTEARRAY, as in a default build
    operator const void *() const;
    QByteArray &operator=(QByteArray &&other) noexcept;

    qsizetype size() const noexcept;
    qsizetype length() const noexcept;
    qsizetype count() const noexcept;
    qsizetype count(char c) const;
    qsizetype count(const char *a) const;
    qsizetype count(const QByteArray &a) const;
    bool isEmpty() const noexcept;
    bool isNull() const noexcept;
    void resize(qsizetype size);
    void resize(qsizetype size, char c);
    QByteArray &fill(char c, qsizetype size = -1);
    qsizetype capacity() const;
    void reserve(qsizetype size);
    void squeeze();
    void detach();
    bool isDetached() const;
    void clear();
    void swap(QByteArray &other) noexcept;

    char *data();
    const char *data() const noexcept;
    const char *constData() const noexcept;
    char at(qsizetype i) const;
    char operator[](qsizetype i) const;
    char &operator[](qsizetype i);
    char front() const;
    char &front();
    char back() const;
    char &back();

    qsizetype indexOf(char c, qsizetype from = 0) const;
    qsizetype indexOf(const char *c, qsizetype from = 0) const;
    qsizetype indexOf(const QByteArray &a, qsizetype from = 0) const;
    qsizetype lastIndexOf(char c, qsizetype from = -1) const;
    qsizetype lastIndexOf(const QByteArray &a, qsizetype from = -1) const;
    bool contains(char c) const;
    bool contains(const char *a) const;
    bool contains(const QByteArray &a) const;
    int compare(const QByteArray &a, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;

    QByteArray left(qsizetype len) const;
    QByteArray right(qsizetype len) const;
    QByteArray mid(qsizetype index, qsizetype len = -1) const;
    QByteArray first(qsizetype n) const;
    QByteArray last(qsizetype n) const;
    QByteArray sliced(qsizetype pos) const;
    QByteArray sliced(qsizetype pos, qsizetype n) const;
    QByteArray chopped(qsizetype len) const;
    bool startsWith(const QByteArray &a) const;
    bool startsWith(char c) const;
    bool startsWith(const char *c) const;
    bool endsWith(const QByteArray &a) const;
    bool endsWith(char c) const;
    bool endsWith(const char *c) const;
    bool isUpper() const;
    bool isLower() const;
    void truncate(qsizetype pos);
    void chop(qsizetype n);
    QByteArray toLower() const;
    QByteArray toUpper() const;
    QByteArray trimmed() const;
    QByteArray simplified() const;
    QByteArray leftJustified(qsizetype width, char fill = ' ', bool truncate = false) const;
    QByteArray rightJustified(qsizetype width, char fill = ' ', bool truncate = false) const;

    QByteArray &prepend(char c);
    QByteArray &prepend(qsizetype count, char c);
    QByteArray &prepend(const char *s);
    QByteArray &prepend(const char *s, qsizetype len);
    QByteArray &prepend(const QByteArray &a);
    QByteArray &append(char c);
    QByteArray &append(qsizetype count, char c);
    QByteArray &append(const char *s);
    QByteArray &append(const char *s, qsizetype len);
    QByteArray &append(const QByteArray &a);
    QByteArray &insert(qsizetype i, char c);
    QByteArray &insert(qsizetype i, qsizetype count, char c);
    QByteArray &insert(qsizetype i, const char *s);
    QByteArray &insert(qsizetype i, const char *s, qsizetype len);
    QByteArray &insert(qsizetype i, const QByteArray &data);
    QByteArray &remove(qsizetype index, qsizetype len);
    QByteArray &replace(qsizetype index, qsizetype len, const char *s, qsizetype alen);
    QByteArray &replace(qsizetype index, qsizetype len, const QByteArray &s);
    QByteArray &replace(char before, char after);
    QByteArray &replace(const QByteArray &before, const QByteArray &after);
    QByteArray &replace(const char *before, const char *after);
    QByteArray &operator+=(char c);
    QByteArray &operator+=(const char *s);
    QByteArray &operator+=(const QByteArray &a);
    QList<QByteArray> split(char sep) const;
    QByteArray repeated(qsizetype times) const;

    short toShort(bool *ok = nullptr, int base = 10) const;
    ushort toUShort(bool *ok = nullptr, int base = 10) const;
    int toInt(bool *ok = nullptr, int base = 10) const;
    uint toUInt(bool *ok = nullptr, int base = 10) const;
    long toLong(bool *ok = nullptr, int base = 10) const;
    ulong toULong(bool *ok = nullptr, int base = 10) const;
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
    qulonglong toULongLong(bool *ok = nullptr, int base = 10) const;
    float toFloat(bool *ok = nullptr) const;
    double toDouble(bool *ok = nullptr) const;
    QByteArray toBase64(Base64Options options = Base64Encoding) const;
    QByteArray toHex(char separator = '\0') const;
    QByteArray toPercentEncoding(const QByteArray &exclude = QByteArray(), const QByteArray &include = QByteArray(),
                                 char percent = '%') const;
    std::string toStdString() const;

    QByteArray &setNum(int n, int base = 10);
    QByteArray &setNum(uint n, int base = 10);
    QByteArray &setNum(qlonglong n, int base = 10);
    QByteArray &setNum(qulonglong n, int base = 10);
    QByteArray &setNum(double n, char format = 'g', int precision = 6);
    QByteArray &setRawData(const char *a, qsizetype n);
    static QByteArray number(int n, int base = 10);
    static QByteArray number(uint n, int base = 10);
    static QByteArray number(long n, int base = 10);
    static QByteArray number(ulong n, int base = 10);
    static QByteArray number(qlonglong n, int base = 10);
    static QByteArray number(qulonglong n, int base = 10);
    static QByteArray number(double n, char format = 'g', int precision = 6);
    static QByteArray fromRawData(const char *data, qsizetype size);
    static QByteArray fromBase64(const QByteArray &base64, Base64Options options = Base64Encoding);
    static QByteArray fromHex(const QByteArray &hexEncoded);
    static QByteArray fromPercentEncoding(const QByteArray &pctEncoded, char percent = '%');
    static QByteArray fromStdString(const std::string &s);

    iterator begin();
    iterator end();
    const_iterator begin() const noexcept;
    const_iterator end() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator cend() const noexcept;
    const_iterator constBegin() const noexcept;
    const_iterator constEnd() const noexcept;
    void push_back(char c);
    void push_back(const char *s);
    void push_back(const QByteArray &a);
    bool empty() const noexcept;
    friend QDataStream &operator<<(QDataStream &, const QByteArray &);
    friend QDataStream &operator>>(QDataStream &, QByteArray &);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QByteArray::Base64Options)
bool operator==(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator==(const QByteArray &a1, const char *a2) noexcept;
bool operator==(const char *a1, const QByteArray &a2) noexcept;
bool operator!=(const QByteArray &a1, const QByteArray &a2) noexcept;
bool operator!=(const QByteArray &a1, const char *a2) noexcept;
bool operator!=(const char *a1, const QByteArray &a2) noexcept;
bool operator<(const QByteArray &a1, const QByteArray &a2) noexcept;
const QByteArray operator+(const QByteArray &a1, const QByteArray &a2);
const QByteArray operator+(const QByteArray &a1, const char *a2);
const QByteArray operator+(const QByteArray &a1, char a2);
const QByteArray operator+(const char *a1, const QByteArray &a2);
const QByteArray operator+(char a1, const QByteArray &a2);
QByteArray qCompress(const QByteArray &data, int compressionLevel = -1);
QByteArray qUncompress(const QByteArray &data);
size_t qHash(const QByteArray &key, size_t seed = 0) noexcept;

template <> struct QListSpecialMethods<QByteArray> : QListSpecialMethodsBase<QByteArray> {
    using QListSpecialMethodsBase<QByteArray>::indexOf;
    using QListSpecialMethodsBase<QByteArray>::lastIndexOf;
    using QListSpecialMethodsBase<QByteArray>::contains;
    QByteArray join() const;
    QByteArray join(const QByteArray &sep) const;
    QByteArray join(char sep) const;

protected:
    ~QListSpecialMethods() = default;
};
typedef QList<QByteArray> QByteArrayList;

template <> struct QListSpecialMethods<QString> : QListSpecialMethodsBase<QString> {
    using QListSpecialMethodsBase<QString>::indexOf;
    using QListSpecialMethodsBase<QString>::lastIndexOf;
    using QListSpecialMethodsBase<QString>::contains;
    QString join(const QString &sep) const;
    QString join(QLatin1String sep) const;
    QString join(QChar sep) const;
    QList<QString> filter(const QString &str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(QLatin1String str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool contains(QStringView str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool contains(const QString &str, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    qsizetype removeDuplicates();
    void sort(Qt::CaseSensitivity cs = Qt::CaseSensitive);

protected:
    ~QListSpecialMethods() = default;
};
class QStringList;

class QString {
public:
    enum SectionFlag { SectionDefault = 0x00, SectionSkipEmpty = 0x01 };
    enum NormalizationForm { NormalizationForm_D, NormalizationForm_C, NormalizationForm_KD, NormalizationForm_KC };
    typedef QChar *iterator;
    typedef const QChar *const_iterator;
    typedef QChar value_type;
    typedef qsizetype size_type;

    QString() noexcept;
    QString(const char *ch);
    QString(const QByteArray &a);
    explicit QString(const QChar *unicode, qsizetype size = -1);
    QString(QChar c);
    QString(qsizetype size, QChar c);
    QString(QLatin1String latin1);
    QString(const QString &other) noexcept;
    QString(QString &&other) noexcept;
    ~QString();
    QString &operator=(QChar c);
    QString &operator=(const QString &other) noexcept;
    QString &operator=(QLatin1String latin1);
    QString &operator=(QString &&other) noexcept;
    QString &operator=(const char *ch);
    QString &operator=(const QByteArray &a);

    qsizetype size() const noexcept;
    qsizetype count() const;
    qsizetype count(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype count(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype length() const noexcept;
    bool isEmpty() const noexcept;
    bool isNull() const;
    void resize(qsizetype size);
    void resize(qsizetype size, QChar fillChar);
    QString &fill(QChar c, qsizetype size = -1);
    void truncate(qsizetype pos);
    void chop(qsizetype n);
    qsizetype capacity() const;
    void reserve(qsizetype size);
    void squeeze();
    void clear();
    void detach();
    void swap(QString &other) noexcept;

    const QChar *unicode() const noexcept;
    QChar *data();
    const QChar *data() const;
    const QChar *constData() const;
    const ushort *utf16() const;
    const QChar at(qsizetype i) const;
    const QChar operator[](qsizetype i) const;
    QChar &operator[](qsizetype i);
    QChar front() const;
    QChar &front();
    QChar back() const;
    QChar &back();

    QString arg(qlonglong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(qulonglong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(long a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(ulong a, int fieldwidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(int a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(uint a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(short a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(ushort a, int fieldWidth = 0, int base = 10, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1,
                QChar fillChar = QLatin1Char(' ')) const;
    QString arg(char a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(QChar a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(const QString &a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(QLatin1String a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(QStringView a, int fieldWidth = 0, QChar fillChar = QLatin1Char(' ')) const;
    QString arg(const QString &a1, const QString &a2) const;
    QString arg(const QString &a1, const QString &a2, const QString &a3) const;
    QString arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const;

    qsizetype indexOf(QChar c, qsizetype from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype indexOf(QLatin1String s, qsizetype from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype indexOf(const QString &s, qsizetype from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype lastIndexOf(QChar c, qsizetype from = -1, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    qsizetype lastIndexOf(const QString &s, qsizetype from = -1, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool contains(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool startsWith(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool startsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool startsWith(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool endsWith(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool endsWith(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    bool endsWith(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    int compare(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    static int compare(const QString &s1, const QString &s2, Qt::CaseSensitivity cs = Qt::CaseSensitive) noexcept;
    int localeAwareCompare(const QString &s) const;
    static int localeAwareCompare(const QString &s1, const QString &s2);

    QString left(qsizetype n) const;
    QString right(qsizetype n) const;
    QString mid(qsizetype position, qsizetype n = -1) const;
    QString first(qsizetype n) const;
    QString last(qsizetype n) const;
    QString sliced(qsizetype pos) const;
    QString sliced(qsizetype pos, qsizetype n) const;
    QString chopped(qsizetype n) const;
    QString section(QChar sep, qsizetype start, qsizetype end = -1, int flags = SectionDefault) const;
    QString section(const QString &in_sep, qsizetype start, qsizetype end = -1, int flags = SectionDefault) const;
    QString leftJustified(qsizetype width, QChar fill = QLatin1Char(' '), bool trunc = false) const;
    QString rightJustified(qsizetype width, QChar fill = QLatin1Char(' '), bool trunc = false) const;
    QString toLower() const;
    QString toUpper() const;
    QString toCaseFolded() const;
    QString trimmed() const;
    QString simplified() const;
    QString toHtmlEscaped() const;
    QString repeated(qsizetype times) const;

    QString &insert(qsizetype i, QChar c);
    QString &insert(qsizetype i, const QString &s);
    QString &insert(qsizetype i, QLatin1String s);
    QString &append(QChar c);
    QString &append(const QChar *uc, qsizetype len);
    QString &append(const QString &s);
    QString &append(QLatin1String s);
    QString &append(const char *s);
    QString &append(const QByteArray &s);
    QString &append(QStringView v);
    QString &prepend(QChar c);
    QString &prepend(const QString &s);
    QString &prepend(QLatin1String s);
    QString &prepend(const char *s);
    QString &prepend(const QByteArray &s);
    QString &operator+=(QChar c);
    QString &operator+=(const QString &s);
    QString &operator+=(QLatin1String s);
    QString &operator+=(const char *s);
    QString &operator+=(const QByteArray &s);
    QString &operator+=(char c);
    QString &operator+=(QStringView s);
    QString &remove(qsizetype i, qsizetype len);
    QString &remove(QChar c, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &remove(QLatin1String s, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &remove(const QString &s, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &replace(qsizetype i, qsizetype len, QChar after);
    QString &replace(qsizetype i, qsizetype len, const QString &after);
    QString &replace(QChar before, QChar after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &replace(QLatin1String before, QLatin1String after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &replace(const QString &before, const QString &after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QString &replace(QChar c, const QString &after, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    QStringList split(const QString &sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QStringList split(QChar sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QStringList split(const QRegularExpression &sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts) const;
    qsizetype indexOf(const QRegularExpression &re, qsizetype from = 0, QRegularExpressionMatch *rmatch = nullptr) const;
    qsizetype lastIndexOf(const QRegularExpression &re, qsizetype from = -1, QRegularExpressionMatch *rmatch = nullptr) const;
    bool contains(const QRegularExpression &re, QRegularExpressionMatch *rmatch = nullptr) const;
    qsizetype count(const QRegularExpression &re) const;
    QString &replace(const QRegularExpression &re, const QString &after);
    QString &remove(const QRegularExpression &re);
    // Qt 5 only: views as QStringRef (Qt 6 has QStringView and QString::tokenize).
    QStringRef leftRef(int n) const;
    QStringRef rightRef(int n) const;
    QStringRef midRef(int position, int n = -1) const;
    QList<QStringRef> splitRef(const QString &sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                               Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
    QList<QStringRef> splitRef(QChar sep, Qt::SplitBehavior behavior = Qt::KeepEmptyParts,
                               Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

    QByteArray toLatin1() const;
    QByteArray toUtf8() const;
    QByteArray toLocal8Bit() const;
    std::string toStdString() const;
    short toShort(bool *ok = nullptr, int base = 10) const;
    ushort toUShort(bool *ok = nullptr, int base = 10) const;
    int toInt(bool *ok = nullptr, int base = 10) const;
    uint toUInt(bool *ok = nullptr, int base = 10) const;
    long toLong(bool *ok = nullptr, int base = 10) const;
    ulong toULong(bool *ok = nullptr, int base = 10) const;
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
    qulonglong toULongLong(bool *ok = nullptr, int base = 10) const;
    float toFloat(bool *ok = nullptr) const;
    double toDouble(bool *ok = nullptr) const;

    QString &setNum(int n, int base = 10);
    QString &setNum(qlonglong n, int base = 10);
    QString &setNum(double n, char format = 'g', int precision = 6);
    static QString number(int n, int base = 10);
    static QString number(uint n, int base = 10);
    static QString number(long n, int base = 10);
    static QString number(ulong n, int base = 10);
    static QString number(qlonglong n, int base = 10);
    static QString number(qulonglong n, int base = 10);
    static QString number(double n, char format = 'g', int precision = 6);
    static QString fromLatin1(const char *str, qsizetype size);
    static QString fromLatin1(const char *str);
    static QString fromLatin1(const QByteArray &ba);
    static QString fromUtf8(const char *utf8, qsizetype size);
    static QString fromUtf8(const char *utf8);
    static QString fromUtf8(const QByteArray &ba);
    static QString fromLocal8Bit(const char *str, qsizetype size);
    static QString fromLocal8Bit(const char *str);
    static QString fromLocal8Bit(const QByteArray &ba);
    static QString fromUtf16(const char16_t *unicode, qsizetype size = -1);
    static QString fromStdString(const std::string &s);
    QList<uint> toUcs4() const;
    static QString fromUcs4(const char32_t *unicode, qsizetype size = -1);
    static QString asprintf(const char *format, ...);

    iterator begin();
    iterator end();
    const_iterator begin() const;
    const_iterator end() const;
    const_iterator cbegin() const;
    const_iterator cend() const;
    const_iterator constBegin() const;
    const_iterator constEnd() const;
    void push_back(QChar c);
    void push_back(const QString &s);
    void push_front(QChar c);
    void push_front(const QString &s);
    bool empty() const;
    friend QDataStream &operator<<(QDataStream &, const QString &);
    friend QDataStream &operator>>(QDataStream &, QString &);
};

// Qt 6 spells QStringList as QList<QString>; Qt 5 code forward-declares `class QStringList;`,
// which only a class survives. A class that is a QList<QString> (as in Qt 5) and converts from
// one serves both spellings.
class QStringList : public QList<QString> {
public:
    using QList<QString>::QList;
    QStringList() noexcept;
    QStringList(const QList<QString> &other);
    QStringList(QList<QString> &&other) noexcept;
    QStringList &operator=(const QList<QString> &other);
    QStringList &operator=(QList<QString> &&other) noexcept;
};
bool operator==(const QString &s1, const QString &s2) noexcept;
bool operator!=(const QString &s1, const QString &s2) noexcept;
bool operator<(const QString &s1, const QString &s2) noexcept;
bool operator>(const QString &s1, const QString &s2) noexcept;
bool operator==(const QString &s1, QLatin1String s2) noexcept;
bool operator!=(const QString &s1, QLatin1String s2) noexcept;
bool operator==(QLatin1String s1, const QString &s2) noexcept;
bool operator==(const QString &s1, const char *s2);
bool operator!=(const QString &s1, const char *s2);
bool operator==(const char *s1, const QString &s2);
bool operator!=(const char *s1, const QString &s2);
const QString operator+(const QString &s1, const QString &s2);
const QString operator+(const QString &s1, QChar s2);
const QString operator+(QChar s1, const QString &s2);
const QString operator+(const QString &s1, const char *s2);
const QString operator+(const char *s1, const QString &s2);
const QString operator+(const QString &s1, const QByteArray &s2);
const QString operator+(const QByteArray &s1, const QString &s2);
size_t qHash(const QString &key, size_t seed = 0) noexcept;

namespace Qt {
inline namespace Literals {
inline namespace StringLiterals {
QString operator""_s(const char16_t *str, size_t size) noexcept;
QByteArray operator""_ba(const char *str, size_t size) noexcept;
constexpr QLatin1String operator""_L1(const char *str, size_t size) noexcept { return QLatin1String(str, qsizetype(size)); }
} // namespace StringLiterals
} // namespace Literals
} // namespace Qt

// ============================================================================ QVariant
class QVariant {
public:
    QVariant() noexcept;
    QVariant(const QVariant &other);
    QVariant(QVariant &&other) noexcept;
    ~QVariant();
    QVariant(int i);
    QVariant(uint ui);
    QVariant(qlonglong ll);
    QVariant(qulonglong ull);
    QVariant(bool b);
    QVariant(double d);
    QVariant(float f);
    QVariant(const char *str);
    QVariant(const QByteArray &bytearray);
    QVariant(const QString &string);
    QVariant(QLatin1String string);
    QVariant(const QStringList &stringlist);
    QVariant(QChar qchar);
    QVariant(const QList<QVariant> &list);
    QVariant(const QMap<QString, QVariant> &map);
    QVariant(const QHash<QString, QVariant> &hash);
    QVariant(const QDate &date);
    QVariant(const QTime &time);
    QVariant(const QDateTime &datetime);
    QVariant(const QBitArray &bitarray);
    QVariant(const QPoint &pt);
    QVariant(const QPointF &pt);
    QVariant(const QRect &rect);
    QVariant(const QRectF &rect);
    QVariant(const QSize &size);
    QVariant(const QSizeF &size);
    QVariant(const QLine &line);
    QVariant(const QLineF &line);
    QVariant(const QLocale &locale);
    QVariant(const QRegularExpression &re);
    QVariant(const QUrl &url);
    QVariant(const QEasingCurve &easing);
    QVariant(const QUuid &uuid);
    QVariant(const QJsonValue &jsonValue);
    QVariant(const QJsonObject &jsonObject);
    QVariant(const QJsonArray &jsonArray);
    QVariant(const QJsonDocument &jsonDocument);
    QVariant(const QModelIndex &modelIndex);
    QVariant(const QPersistentModelIndex &modelIndex);
    QVariant &operator=(const QVariant &other);
    QVariant &operator=(QVariant &&other) noexcept;
    bool isValid() const;
    bool isNull() const;
    void clear();
    int userType() const;
    int typeId() const;
    const char *typeName() const;
    QMetaType metaType() const;
    bool canConvert(QMetaType targetType) const;
    bool convert(QMetaType type);
    int toInt(bool *ok = nullptr) const;
    uint toUInt(bool *ok = nullptr) const;
    qlonglong toLongLong(bool *ok = nullptr) const;
    qulonglong toULongLong(bool *ok = nullptr) const;
    bool toBool() const;
    double toDouble(bool *ok = nullptr) const;
    float toFloat(bool *ok = nullptr) const;
    QByteArray toByteArray() const;
    QString toString() const;
    QStringList toStringList() const;
    QList<QVariant> toList() const;
    QMap<QString, QVariant> toMap() const;
    QHash<QString, QVariant> toHash() const;
    QChar toChar() const;
    QDate toDate() const;
    QTime toTime() const;
    QDateTime toDateTime() const;
    QBitArray toBitArray() const;
    QPoint toPoint() const;
    QPointF toPointF() const;
    QRect toRect() const;
    QSize toSize() const;
    QSizeF toSizeF() const;
    QLine toLine() const;
    QLineF toLineF() const;
    QRectF toRectF() const;
    QLocale toLocale() const;
    QRegularExpression toRegularExpression() const;
    QUrl toUrl() const;
    QJsonValue toJsonValue() const;
    QJsonObject toJsonObject() const;
    QJsonArray toJsonArray() const;
    QJsonDocument toJsonDocument() const;
    QModelIndex toModelIndex() const;
    QPersistentModelIndex toPersistentModelIndex() const;
    template <typename T> T value() const;
    template <typename T> void setValue(T &&avalue);
    template <typename T> static QVariant fromValue(const T &value);
    template <typename T> bool canConvert() const;
    explicit QVariant(QMetaType type, const void *copy = nullptr);
    // Qt 5 spellings by type id (deprecated in Qt 6): QVariant::Int, v.type(), v.convert(QMetaType::Int).
    enum Type : unsigned {
        Invalid = 0, Bool = 1, Int = 2, UInt = 3, LongLong = 4, ULongLong = 5, Double = 6, Char = 7,
        Map = 8, List = 9, String = 10, StringList = 11, ByteArray = 12, BitArray = 13, Date = 14,
        Time = 15, DateTime = 16, Url = 17, Locale = 18, Rect = 19, RectF = 20, Size = 21,
        SizeF = 22, Line = 23, LineF = 24, Point = 25, PointF = 26, RegularExpression = 44,
        Hash = 28, EasingCurve = 29, Uuid = 30, ModelIndex = 42, PersistentModelIndex = 50,
        LastCoreType = 58, Font = 4096, Pixmap = 4097, Brush = 4098, Color = 4099, Palette = 4100,
        Image = 4102, Polygon = 4103, Region = 4104, Bitmap = 4105, Cursor = 4106,
        KeySequence = 4107, Pen = 4108, TextLength = 4109, TextFormat = 4110, Transform = 4112,
        Matrix4x4 = 4113, Vector2D = 4114, Vector3D = 4115, Vector4D = 4116, Quaternion = 4117,
        PolygonF = 4118, Icon = 4101, LastGuiType = 4119, SizePolicy = 8192, UserType = 65536,
        LastType = 0xffffffff
    };
    explicit QVariant(Type type);
    Type type() const;
    bool canConvert(int targetTypeId) const;
    bool convert(int targetTypeId);
    friend QDebug operator<<(QDebug debug, const QVariant &v);
    friend QDataStream &operator<<(QDataStream &s, const QVariant &p);
    friend QDataStream &operator>>(QDataStream &s, QVariant &p);
};
bool operator==(const QVariant &a, const QVariant &b);
bool operator!=(const QVariant &a, const QVariant &b);
typedef QList<QVariant> QVariantList;
typedef QMap<QString, QVariant> QVariantMap;
typedef QHash<QString, QVariant> QVariantHash;

// ============================================================================ logging: QDebug
class QDebug {
public:
    explicit QDebug(QString *string);
    explicit QDebug(QtMsgType t);
    QDebug(const QDebug &o);
    QDebug(QDebug &&other) noexcept;
    QDebug &operator=(const QDebug &other);
    ~QDebug();
    QDebug &space();
    QDebug &nospace();
    QDebug &maybeSpace();
    QDebug &quote();
    QDebug &noquote();
    QDebug &verbosity(int verbosityLevel);
    bool autoInsertSpaces() const;
    void setAutoInsertSpaces(bool b);
    QDebug &operator<<(QChar t);
    QDebug &operator<<(bool t);
    QDebug &operator<<(char t);
    QDebug &operator<<(signed short t);
    QDebug &operator<<(unsigned short t);
    QDebug &operator<<(char16_t t);
    QDebug &operator<<(char32_t t);
    QDebug &operator<<(signed int t);
    QDebug &operator<<(unsigned int t);
    QDebug &operator<<(signed long t);
    QDebug &operator<<(unsigned long t);
    QDebug &operator<<(qint64 t);
    QDebug &operator<<(quint64 t);
    QDebug &operator<<(float t);
    QDebug &operator<<(double t);
    QDebug &operator<<(const char *t);
    QDebug &operator<<(const char16_t *t);
    QDebug &operator<<(const QString &t);
    QDebug &operator<<(QLatin1String t);
    QDebug &operator<<(QStringView s);
    QDebug &operator<<(const QByteArray &t);
    QDebug &operator<<(const void *t);
    QDebug &operator<<(std::nullptr_t);
    QDebug &operator<<(const std::string &s);
    template <typename Rep, typename Period> QDebug &operator<<(std::chrono::duration<Rep, Period> duration);
};
template <class T> QDebug operator<<(QDebug debug, const QList<T> &list);
// Qt prints Q_ENUM/Q_FLAG types by name; the model lets every enumeration through.
template <class T, class = typename std::enable_if<std::is_enum<T>::value>::type> QDebug operator<<(QDebug debug, T value);
template <class Key, class T> QDebug operator<<(QDebug debug, const QMap<Key, T> &map);
template <class Key, class T> QDebug operator<<(QDebug debug, const QHash<Key, T> &hash);
template <class T> QDebug operator<<(QDebug debug, const QSet<T> &set);
template <class T1, class T2> QDebug operator<<(QDebug debug, const std::pair<T1, T2> &pair);
template <class T> QDebug operator<<(QDebug debug, const QFlags<T> &flags);

class QNoDebug {
public:
    QNoDebug &space();
    QNoDebug &nospace();
    QNoDebug &noquote();
    template <typename T> QNoDebug &operator<<(const T &);
};

class QLoggingCategory {
public:
    explicit QLoggingCategory(const char *category, QtMsgType severityLevel = QtDebugMsg);
    ~QLoggingCategory();
    bool isEnabled(QtMsgType type) const;
    void setEnabled(QtMsgType type, bool enable);
    bool isDebugEnabled() const;
    bool isInfoEnabled() const;
    bool isWarningEnabled() const;
    bool isCriticalEnabled() const;
    const char *categoryName() const;
    QLoggingCategory &operator()();
    static void setFilterRules(const QString &rules);
};

class QMessageLogger {
public:
    constexpr QMessageLogger() {}
    constexpr QMessageLogger(const char *file, int line, const char *function) {}
    constexpr QMessageLogger(const char *file, int line, const char *function, const char *category) {}
    void debug(const char *msg, ...) const;
    void noDebug(const char *, ...) const;
    void info(const char *msg, ...) const;
    void warning(const char *msg, ...) const;
    void critical(const char *msg, ...) const;
    [[noreturn]] void fatal(const char *msg, ...) const noexcept;
    QDebug debug() const;
    QDebug debug(const QLoggingCategory &cat) const;
    QDebug info() const;
    QDebug info(const QLoggingCategory &cat) const;
    QDebug warning() const;
    QDebug warning(const QLoggingCategory &cat) const;
    QDebug critical() const;
    QDebug critical(const QLoggingCategory &cat) const;
    QNoDebug noDebug() const noexcept;
};

// ============================================================================ QObject




typedef QList<QObject *> QObjectList;

class QObject {
    Q_OBJECT

public:
    Q_INVOKABLE explicit QObject(QObject *parent = nullptr);
    virtual ~QObject();

    virtual bool event(QEvent *event);
    virtual bool eventFilter(QObject *watched, QEvent *event);
    QString objectName() const;
    void setObjectName(const QString &name);
    bool isWidgetType() const;
    bool isWindowType() const;
    bool isQuickItemType() const;
    bool signalsBlocked() const noexcept;
    bool blockSignals(bool b) noexcept;
    QThread *thread() const;
    void moveToThread(QThread *thread);
    int startTimer(int interval, Qt::TimerType timerType = Qt::CoarseTimer);
    int startTimer(std::chrono::milliseconds time, Qt::TimerType timerType = Qt::CoarseTimer);
    void killTimer(int id);

    template <typename T> T findChild(const QString &aName = QString(),
                                      Qt::FindChildOptions options = Qt::FindChildrenRecursively) const;
    template <typename T> QList<T> findChildren(const QString &aName,
                                                Qt::FindChildOptions options = Qt::FindChildrenRecursively) const;
    template <typename T> QList<T> findChildren(Qt::FindChildOptions options = Qt::FindChildrenRecursively) const;
    const QObjectList &children() const;
    void setParent(QObject *parent);
    void installEventFilter(QObject *filterObj);
    void removeEventFilter(QObject *obj);

    // ---- recovery's hook: a sender or receiver of a type no header declared (a stand-in)
    // parses, as any connect() form; the rules skip it. Exact on the stand-in, so it wins over
    // the forms below; one call to check it (no class template instantiated per sender type).
    template <typename Sender, typename... Rest,
              typename = decltype(QtPrivate::qtrStandIn(static_cast<Sender *>(nullptr)))>
    static QMetaObject::Connection connect(Sender *sender, Rest &&...rest);
    template <typename Receiver, typename... Rest,
              typename = decltype(QtPrivate::qtrStandIn(static_cast<Receiver *>(nullptr)))>
    static QMetaObject::Connection connect(const QObject *sender, const char *signal, Receiver *receiver,
                                           Rest &&...rest);
    // ---- connect: every Qt 6 form.
    // String based: connect(sender, SIGNAL(x()), receiver, SLOT(y())).
    static QMetaObject::Connection connect(const QObject *sender, const char *signal, const QObject *receiver,
                                           const char *member, Qt::ConnectionType = Qt::AutoConnection);
    static QMetaObject::Connection connect(const QObject *sender, const QMetaMethod &signal, const QObject *receiver,
                                           const QMetaMethod &method, Qt::ConnectionType type = Qt::AutoConnection);
    // String based, this object as receiver: connect(sender, SIGNAL(x()), SLOT(y())).
    inline QMetaObject::Connection connect(const QObject *sender, const char *signal, const char *member,
                                           Qt::ConnectionType type = Qt::AutoConnection) const;
    // Pointer to member signal -> pointer to member slot of the receiver.
    template <typename Func1, typename Func2>
    static inline typename std::enable_if<QtPrivate::FunctionPointer<Func2>::IsPointerToMemberFunction,
                                          QMetaObject::Connection>::type
    connect(const typename QtPrivate::FunctionPointer<Func1>::Object *sender, Func1 signal,
            const typename QtPrivate::FunctionPointer<Func2>::Object *receiver, Func2 slot,
            Qt::ConnectionType type = Qt::AutoConnection);
    // Signal -> functor or function, without a context object (runs in the sender's thread).
    template <typename Func1, typename Func2>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func2>::IsPointerToMemberFunction,
                                          QMetaObject::Connection>::type
    connect(const typename QtPrivate::FunctionPointer<Func1>::Object *sender, Func1 signal, Func2 slot);
    // Signal -> functor or function, with a context object and optional connection type.
    template <typename Func1, typename Func2>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func2>::IsPointerToMemberFunction,
                                          QMetaObject::Connection>::type
    connect(const typename QtPrivate::FunctionPointer<Func1>::Object *sender, Func1 signal, const QObject *context,
            Func2 slot, Qt::ConnectionType type = Qt::AutoConnection);

    static bool disconnect(const QObject *sender, const char *signal, const QObject *receiver, const char *member);
    static bool disconnect(const QObject *sender, const QMetaMethod &signal, const QObject *receiver,
                           const QMetaMethod &member);
    inline bool disconnect(const char *signal = nullptr, const QObject *receiver = nullptr,
                           const char *member = nullptr) const;
    inline bool disconnect(const QObject *receiver, const char *member = nullptr) const;
    static bool disconnect(const QMetaObject::Connection &);
    template <typename Func1, typename Func2>
    static inline bool disconnect(const typename QtPrivate::FunctionPointer<Func1>::Object *sender, Func1 signal,
                                  const typename QtPrivate::FunctionPointer<Func2>::Object *receiver, Func2 slot);
    template <typename Func1>
    static inline bool disconnect(const typename QtPrivate::FunctionPointer<Func1>::Object *sender, Func1 signal,
                                  const QObject *receiver, void **zero);

    void dumpObjectTree() const;
    void dumpObjectInfo() const;
    bool setProperty(const char *name, const QVariant &value);
    QVariant property(const char *name) const;
    QList<QByteArray> dynamicPropertyNames() const;
    QObject *parent() const;
    bool inherits(const char *classname) const;

public Q_SLOTS:
    void deleteLater();

Q_SIGNALS:
    void destroyed(QObject * = nullptr);
    void objectNameChanged(const QString &objectName, QPrivateSignal);

protected:
    QObject *sender() const;
    int senderSignalIndex() const;
    int receivers(const char *signal) const;
    bool isSignalConnected(const QMetaMethod &signal) const;
    virtual void timerEvent(QTimerEvent *event);
    virtual void childEvent(QChildEvent *event);
    virtual void customEvent(QEvent *event);
    virtual void connectNotify(const QMetaMethod &signal);
    virtual void disconnectNotify(const QMetaMethod &signal);

private:
    Q_DISABLE_COPY(QObject)
};

template <class T> inline T qobject_cast(QObject *object);
template <class T> inline T qobject_cast(const QObject *object);

class QSignalBlocker {
public:
    explicit QSignalBlocker(QObject *o) noexcept;
    explicit QSignalBlocker(QObject &o) noexcept;
    ~QSignalBlocker();
    void reblock() noexcept;
    void unblock() noexcept;
};

// ============================================================================ smart pointers
template <class T> class QPointer {
public:
    QPointer() noexcept;
    QPointer(T *p);
    QPointer(const QPointer &other);
    template <class X> QPointer(const QPointer<X> &other);
    ~QPointer();
    QPointer &operator=(T *p);
    QPointer &operator=(const QPointer &other);
    T *data() const noexcept;
    T *get() const noexcept;
    T *operator->() const noexcept;
    T &operator*() const noexcept;
    operator T *() const noexcept;
    bool isNull() const noexcept;
    void clear() noexcept;
};

template <typename T> struct QScopedPointerDeleter {
    static void cleanup(T *pointer) noexcept;
};
struct QScopedPointerDeleteLater {
    template <typename T> static void cleanup(T *pointer);
};
template <typename T, typename Cleanup = QScopedPointerDeleter<T>> class QScopedPointer {
public:
    explicit QScopedPointer(T *p = nullptr) noexcept;
    ~QScopedPointer();
    T &operator*() const;
    T *operator->() const noexcept;
    bool operator!() const noexcept;
    explicit operator bool() const;
    T *data() const noexcept;
    T *get() const noexcept;
    bool isNull() const noexcept;
    void reset(T *other = nullptr) noexcept;
    T *take() noexcept;
    void swap(QScopedPointer<T, Cleanup> &other) noexcept;

private:
    Q_DISABLE_COPY_MOVE(QScopedPointer)
};

template <class T> class QWeakPointer;
template <class T> class QSharedPointer {
public:
    typedef T Type;
    typedef T element_type;
    QSharedPointer() noexcept;
    QSharedPointer(std::nullptr_t) noexcept;
    template <class X> explicit QSharedPointer(X *ptr);
    template <class X, typename Deleter> QSharedPointer(X *ptr, Deleter deleter);
    QSharedPointer(const QSharedPointer &other) noexcept;
    QSharedPointer(QSharedPointer &&other) noexcept;
    template <class X> QSharedPointer(const QSharedPointer<X> &other) noexcept;
    ~QSharedPointer();
    QSharedPointer &operator=(const QSharedPointer &other) noexcept;
    QSharedPointer &operator=(QSharedPointer &&other) noexcept;
    T *data() const noexcept;
    T *get() const noexcept;
    bool isNull() const noexcept;
    explicit operator bool() const noexcept;
    bool operator!() const noexcept;
    T &operator*() const;
    T *operator->() const noexcept;
    void reset() noexcept;
    void reset(T *t);
    void clear() noexcept;
    QWeakPointer<T> toWeakRef() const;
    template <typename... Args> static QSharedPointer<T> create(Args &&...arguments);
};
template <class T> class QWeakPointer {
public:
    QWeakPointer() noexcept;
    QWeakPointer(const QSharedPointer<T> &o);
    bool isNull() const noexcept;
    QSharedPointer<T> toStrongRef() const;
    QSharedPointer<T> lock() const;
    void clear();
};
template <class T, class X> bool operator==(const QSharedPointer<T> &a, const QSharedPointer<X> &b);
template <class X, class T> QSharedPointer<X> qSharedPointerCast(const QSharedPointer<T> &src);
template <class X, class T> QSharedPointer<X> qSharedPointerObjectCast(const QSharedPointer<T> &src);

// ============================================================================ time
class QDeadlineTimer {
public:
    enum ForeverConstant { Forever };
    constexpr QDeadlineTimer(Qt::TimerType type_ = Qt::CoarseTimer) noexcept : t1(0), type(type_) {}
    constexpr QDeadlineTimer(ForeverConstant, Qt::TimerType type_ = Qt::CoarseTimer) noexcept
        : t1(0x7fffffffffffffffLL), type(type_)
    {
    }
    explicit QDeadlineTimer(qint64 msecs, Qt::TimerType type = Qt::CoarseTimer) noexcept;
    template <class Rep, class Period>
    QDeadlineTimer(std::chrono::duration<Rep, Period> remaining, Qt::TimerType type_ = Qt::CoarseTimer);
    void swap(QDeadlineTimer &other) noexcept;
    constexpr bool isForever() const noexcept { return t1 == 0x7fffffffffffffffLL; }
    bool hasExpired() const noexcept;
    Qt::TimerType timerType() const noexcept;
    void setTimerType(Qt::TimerType type);
    qint64 remainingTime() const noexcept;
    qint64 remainingTimeNSecs() const noexcept;
    void setRemainingTime(qint64 msecs, Qt::TimerType type = Qt::CoarseTimer) noexcept;
    qint64 deadline() const noexcept;
    qint64 deadlineNSecs() const noexcept;
    std::chrono::nanoseconds remainingTimeAsDuration() const noexcept;
    static QDeadlineTimer current(Qt::TimerType timerType = Qt::CoarseTimer) noexcept;

private:
    qint64 t1;
    Qt::TimerType type;
};

class QElapsedTimer {
public:
    enum ClockType { SystemTime, MonotonicClock, TickCounter, MachAbsoluteTime, PerformanceCounter };
    constexpr QElapsedTimer() = default;
    static ClockType clockType() noexcept;
    static bool isMonotonic() noexcept;
    void start() noexcept;
    qint64 restart() noexcept;
    void invalidate() noexcept;
    bool isValid() const noexcept;
    qint64 nsecsElapsed() const noexcept;
    qint64 elapsed() const noexcept;
    bool hasExpired(qint64 timeout) const noexcept;
    qint64 msecsSinceReference() const noexcept;
    qint64 msecsTo(const QElapsedTimer &other) const noexcept;
    qint64 secsTo(const QElapsedTimer &other) const noexcept;
};

class QDateTime {
public:
    QDateTime() noexcept;
    static QDateTime currentDateTime();
    static QDateTime currentDateTimeUtc();
    static qint64 currentMSecsSinceEpoch() noexcept;
    static qint64 currentSecsSinceEpoch() noexcept;
    qint64 toMSecsSinceEpoch() const;
    QString toString(Qt::DateFormat format = Qt::TextDate) const;
    QString toString(const QString &format) const;
    bool isValid() const;
    qint64 msecsTo(const QDateTime &other) const;
    qint64 secsTo(const QDateTime &other) const;
    QDateTime addSecs(qint64 secs) const;
    QDateTime addMSecs(qint64 msecs) const;
    QDateTime(QDate date, QTime time, Qt::TimeSpec spec = Qt::LocalTime, int offsetSeconds = 0);
    bool isNull() const;
    QDate date() const;
    QTime time() const;
    void setDate(QDate date);
    void setTime(QTime time);
    Qt::TimeSpec timeSpec() const;
    void setTimeSpec(Qt::TimeSpec spec);
    qint64 toSecsSinceEpoch() const;
    void setMSecsSinceEpoch(qint64 msecs);
    void setSecsSinceEpoch(qint64 secs);
    QDateTime addDays(qint64 days) const;
    QDateTime addMonths(int months) const;
    QDateTime addYears(int years) const;
    qint64 daysTo(const QDateTime &other) const;
    QDateTime toLocalTime() const;
    QDateTime toUTC() const;
    static QDateTime fromMSecsSinceEpoch(qint64 msecs, Qt::TimeSpec spec = Qt::LocalTime, int offsetFromUtc = 0);
    static QDateTime fromSecsSinceEpoch(qint64 secs, Qt::TimeSpec spec = Qt::LocalTime, int offsetFromUtc = 0);
    static QDateTime fromString(const QString &string, Qt::DateFormat format = Qt::TextDate);
    static QDateTime fromString(const QString &string, const QString &format);
    friend bool operator==(const QDateTime &lhs, const QDateTime &rhs);
    friend bool operator!=(const QDateTime &lhs, const QDateTime &rhs);
    friend bool operator<(const QDateTime &lhs, const QDateTime &rhs);
    friend bool operator<=(const QDateTime &lhs, const QDateTime &rhs);
    friend bool operator>(const QDateTime &lhs, const QDateTime &rhs);
    friend bool operator>=(const QDateTime &lhs, const QDateTime &rhs);
};

// ============================================================================ threads and event loops
class QThread : public QObject {
    Q_OBJECT

public:
    static Qt::HANDLE currentThreadId() noexcept;
    static QThread *currentThread();
    static int idealThreadCount() noexcept;
    static void yieldCurrentThread();
    explicit QThread(QObject *parent = nullptr);
    ~QThread();
    enum Priority {
        IdlePriority,
        LowestPriority,
        LowPriority,
        NormalPriority,
        HighPriority,
        HighestPriority,
        TimeCriticalPriority,
        InheritPriority
    };
    void setPriority(Priority priority);
    Priority priority() const;
    bool isFinished() const;
    bool isRunning() const;
    void requestInterruption();
    bool isInterruptionRequested() const;
    void setStackSize(uint stackSize);
    uint stackSize() const;
    int loopLevel() const;
    template <typename Function, typename... Args> static QThread *create(Function &&f, Args &&...args);

public Q_SLOTS:
    void start(Priority = InheritPriority);
    void terminate();
    void exit(int retcode = 0);
    void quit();

public:
    bool wait(QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool wait(unsigned long time);
    static void sleep(unsigned long);
    static void msleep(unsigned long);
    static void usleep(unsigned long);
    static void sleep(std::chrono::nanoseconds nsec);

Q_SIGNALS:
    void started(QPrivateSignal);
    void finished(QPrivateSignal);

protected:
    virtual void run();
    int exec();
    static void setTerminationEnabled(bool enabled = true);
};

class QEventLoop : public QObject {
    Q_OBJECT

public:
    explicit QEventLoop(QObject *parent = nullptr);
    ~QEventLoop();
    enum ProcessEventsFlag {
        AllEvents = 0x00,
        ExcludeUserInputEvents = 0x01,
        ExcludeSocketNotifiers = 0x02,
        WaitForMoreEvents = 0x04,
        X11ExcludeTimers = 0x08,
        EventLoopExec = 0x20,
        DialogExec = 0x40,
        ApplicationExec = 0x80
    };
    Q_DECLARE_FLAGS(ProcessEventsFlags, ProcessEventsFlag)
    bool processEvents(ProcessEventsFlags flags = AllEvents);
    void processEvents(ProcessEventsFlags flags, int maximumTime);
    int exec(ProcessEventsFlags flags = AllEvents);
    bool isRunning() const;
    void wakeUp();
    bool event(QEvent *event) override;

public Q_SLOTS:
    void exit(int returnCode = 0);
    void quit();
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QEventLoop::ProcessEventsFlags)



class QTimer : public QObject {
    Q_OBJECT

public:
    explicit QTimer(QObject *parent = nullptr);
    ~QTimer();
    bool isActive() const;
    int timerId() const;
    void setInterval(int msec);
    int interval() const;
    int remainingTime() const;
    void setTimerType(Qt::TimerType atype);
    Qt::TimerType timerType() const;
    void setSingleShot(bool singleShot);
    bool isSingleShot() const;

    // singleShot: to a slot by name, to a member function, to a functor without or with context.
    static void singleShot(int msec, const QObject *receiver, const char *member);
    static void singleShot(int msec, Qt::TimerType timerType, const QObject *receiver, const char *member);
    template <typename Duration, typename Func1>
    static inline void singleShot(Duration interval, const typename QtPrivate::FunctionPointer<Func1>::Object *receiver,
                                  Func1 slot);
    template <typename Duration, typename Func1>
    static inline void singleShot(Duration interval, Qt::TimerType timerType,
                                  const typename QtPrivate::FunctionPointer<Func1>::Object *receiver, Func1 slot);
    template <typename Duration, typename Func1>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func1>::IsPointerToMemberFunction &&
                                              !std::is_same<const char *, Func1>::value,
                                          void>::type
    singleShot(Duration interval, Func1 slot);
    template <typename Duration, typename Func1>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func1>::IsPointerToMemberFunction &&
                                              !std::is_same<const char *, Func1>::value,
                                          void>::type
    singleShot(Duration interval, Qt::TimerType timerType, Func1 slot);
    template <typename Duration, typename Func1>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func1>::IsPointerToMemberFunction &&
                                              !std::is_same<const char *, Func1>::value,
                                          void>::type
    singleShot(Duration interval, const QObject *context, Func1 slot);
    template <typename Duration, typename Func1>
    static inline typename std::enable_if<!QtPrivate::FunctionPointer<Func1>::IsPointerToMemberFunction &&
                                              !std::is_same<const char *, Func1>::value,
                                          void>::type
    singleShot(Duration interval, Qt::TimerType timerType, const QObject *context, Func1 slot);
    static void singleShot(std::chrono::milliseconds value, const QObject *receiver, const char *member);
    static void singleShot(std::chrono::milliseconds value, Qt::TimerType timerType, const QObject *receiver,
                           const char *member);

    template <typename Functor>
    QMetaObject::Connection callOnTimeout(Functor slot, Qt::ConnectionType connectionType = Qt::AutoConnection);
    template <typename Functor>
    QMetaObject::Connection callOnTimeout(const QObject *context, Functor slot,
                                          Qt::ConnectionType connectionType = Qt::AutoConnection);

    void setInterval(std::chrono::milliseconds value);
    std::chrono::milliseconds intervalAsDuration() const;
    std::chrono::milliseconds remainingTimeAsDuration() const;
    void start(std::chrono::milliseconds value);

public Q_SLOTS:
    void start(int msec);
    void start();
    void stop();

Q_SIGNALS:
    void timeout(QPrivateSignal);

protected:
    void timerEvent(QTimerEvent *) override;
};

// ============================================================================ synchronisation
class QMutex {
public:
    constexpr QMutex() noexcept {}
    ~QMutex();
    void lock() noexcept;
    bool tryLock(int timeout) noexcept;
    bool tryLock(QDeadlineTimer timeout) noexcept;
    bool tryLock() noexcept;
    void unlock() noexcept;
    bool try_lock() noexcept;

private:
    Q_DISABLE_COPY(QMutex)
};
class QRecursiveMutex {
public:
    constexpr QRecursiveMutex() noexcept {}
    ~QRecursiveMutex();
    void lock() noexcept;
    bool tryLock(int timeout = 0) noexcept;
    void unlock() noexcept;
};
template <typename Mutex> class QMutexLocker {
public:
    inline explicit QMutexLocker(Mutex *mutex) noexcept;
    inline ~QMutexLocker() noexcept;
    inline bool isLocked() const noexcept;
    inline void unlock() noexcept;
    inline void relock() noexcept;
    Mutex *mutex() const;

private:
    Q_DISABLE_COPY(QMutexLocker)
};

class QReadWriteLock {
public:
    enum RecursionMode { NonRecursive, Recursive };
    explicit QReadWriteLock(RecursionMode recursionMode = NonRecursive);
    ~QReadWriteLock();
    void lockForRead();
    bool tryLockForRead();
    bool tryLockForRead(int timeout);
    void lockForWrite();
    bool tryLockForWrite();
    bool tryLockForWrite(int timeout);
    void unlock();

private:
    Q_DISABLE_COPY(QReadWriteLock)
};
class QReadLocker {
public:
    inline explicit QReadLocker(QReadWriteLock *readWriteLock);
    inline ~QReadLocker();
    inline void unlock();
    inline void relock();
    QReadWriteLock *readWriteLock() const;
};
class QWriteLocker {
public:
    inline explicit QWriteLocker(QReadWriteLock *readWriteLock);
    inline ~QWriteLocker();
    inline void unlock();
    inline void relock();
    QReadWriteLock *readWriteLock() const;
};

class QWaitCondition {
public:
    QWaitCondition();
    ~QWaitCondition();
    bool wait(QMutex *lockedMutex, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool wait(QMutex *lockedMutex, unsigned long time);
    bool wait(QReadWriteLock *lockedReadWriteLock, QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    bool wait(QReadWriteLock *lockedReadWriteLock, unsigned long time);
    void wakeOne();
    void wakeAll();
};

class QSemaphore {
public:
    explicit QSemaphore(int n = 0);
    ~QSemaphore();
    void acquire(int n = 1);
    bool tryAcquire(int n = 1);
    bool tryAcquire(int n, int timeout);
    template <typename Rep, typename Period> bool tryAcquire(int n, std::chrono::duration<Rep, Period> timeout);
    void release(int n = 1);
    int available() const;

private:
    Q_DISABLE_COPY(QSemaphore)
};

template <typename T> class QAtomicInteger {
public:
    constexpr QAtomicInteger(T value = 0) noexcept : v(value) {}
    T loadRelaxed() const noexcept;
    void storeRelaxed(T newValue) noexcept;
    T loadAcquire() const noexcept;
    void storeRelease(T newValue) noexcept;
    bool ref() noexcept;
    bool deref() noexcept;
    bool testAndSetOrdered(T expectedValue, T newValue) noexcept;
    T fetchAndAddOrdered(T valueToAdd) noexcept;
    T fetchAndStoreOrdered(T newValue) noexcept;
    operator T() const noexcept;
    T operator++() noexcept;
    T operator--() noexcept;

private:
    T v;
};
typedef QAtomicInteger<int> QAtomicInt;

// ============================================================================ I/O devices
class QIODeviceBase {
protected:
    ~QIODeviceBase() = default;

public:
    enum OpenModeFlag {
        NotOpen = 0x0000,
        ReadOnly = 0x0001,
        WriteOnly = 0x0002,
        ReadWrite = ReadOnly | WriteOnly,
        Append = 0x0004,
        Truncate = 0x0008,
        Text = 0x0010,
        Unbuffered = 0x0020,
        NewOnly = 0x0040,
        ExistingOnly = 0x0080
    };
    Q_DECLARE_FLAGS(OpenMode, OpenModeFlag)
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QIODeviceBase::OpenMode)

class QIODevice : public QObject, public QIODeviceBase {
    Q_OBJECT

public:
    QIODevice();
    explicit QIODevice(QObject *parent);
    virtual ~QIODevice();

    QIODeviceBase::OpenMode openMode() const;
    void setTextModeEnabled(bool enabled);
    bool isTextModeEnabled() const;
    bool isOpen() const;
    bool isReadable() const;
    bool isWritable() const;
    virtual bool isSequential() const;
    int readChannelCount() const;
    int writeChannelCount() const;
    int currentReadChannel() const;
    void setCurrentReadChannel(int channel);
    int currentWriteChannel() const;
    void setCurrentWriteChannel(int channel);

    virtual bool open(QIODeviceBase::OpenMode mode);
    virtual void close();
    virtual qint64 pos() const;
    virtual qint64 size() const;
    virtual bool seek(qint64 pos);
    virtual bool atEnd() const;
    virtual bool reset();
    virtual qint64 bytesAvailable() const;
    virtual qint64 bytesToWrite() const;

    qint64 read(char *data, qint64 maxlen);
    QByteArray read(qint64 maxlen);
    QByteArray readAll();
    qint64 readLine(char *data, qint64 maxlen);
    QByteArray readLine(qint64 maxlen = 0);
    virtual bool canReadLine() const;

    void startTransaction();
    void commitTransaction();
    void rollbackTransaction();
    bool isTransactionStarted() const;

    qint64 write(const char *data, qint64 len);
    qint64 write(const char *data);
    qint64 write(const QByteArray &data);
    qint64 peek(char *data, qint64 maxlen);
    QByteArray peek(qint64 maxlen);
    qint64 skip(qint64 maxSize);

    virtual bool waitForReadyRead(int msecs);
    virtual bool waitForBytesWritten(int msecs);

    void ungetChar(char c);
    bool putChar(char c);
    bool getChar(char *c);
    QString errorString() const;

Q_SIGNALS:
    void readyRead();
    void channelReadyRead(int channel);
    void bytesWritten(qint64 bytes);
    void channelBytesWritten(int channel, qint64 bytes);
    void aboutToClose();
    void readChannelFinished();

protected:
    virtual qint64 readData(char *data, qint64 maxlen) = 0;
    virtual qint64 readLineData(char *data, qint64 maxlen);
    virtual qint64 skipData(qint64 maxSize);
    virtual qint64 writeData(const char *data, qint64 len) = 0;
    void setOpenMode(QIODeviceBase::OpenMode openMode);
    void setErrorString(const QString &errorString);

private:
    Q_DISABLE_COPY(QIODevice)
    friend QDebug operator<<(QDebug debug, QIODevice::OpenMode modes);
};

class QBuffer : public QIODevice {
    Q_OBJECT

public:
    explicit QBuffer(QObject *parent = nullptr);
    QBuffer(QByteArray *buf, QObject *parent = nullptr);
    ~QBuffer();
    QByteArray &buffer();
    const QByteArray &buffer() const;
    void setBuffer(QByteArray *a);
    void setData(const QByteArray &data);
    void setData(const char *data, qsizetype len);
    const QByteArray &data() const;
    bool open(OpenMode openMode) override;
    void close() override;
    qint64 size() const override;
    qint64 pos() const override;
    bool seek(qint64 off) override;
    bool atEnd() const override;
    bool canReadLine() const override;

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 writeData(const char *data, qint64 len) override;
};

// ============================================================================ QDataStream
class QDataStream : public QIODeviceBase {
public:
    enum Version {
        Qt_1_0 = 1,
        Qt_2_0 = 2,
        Qt_2_1 = 3,
        Qt_3_0 = 4,
        Qt_3_1 = 5,
        Qt_3_3 = 6,
        Qt_4_0 = 7,
        Qt_4_1 = Qt_4_0,
        Qt_4_2 = 8,
        Qt_4_3 = 9,
        Qt_4_4 = 10,
        Qt_4_5 = 11,
        Qt_4_6 = 12,
        Qt_4_7 = Qt_4_6,
        Qt_4_8 = Qt_4_7,
        Qt_4_9 = Qt_4_8,
        Qt_5_0 = 13,
        Qt_5_1 = 14,
        Qt_5_2 = 15,
        Qt_5_3 = Qt_5_2,
        Qt_5_4 = 16,
        Qt_5_5 = Qt_5_4,
        Qt_5_6 = 17,
        Qt_5_7 = Qt_5_6,
        Qt_5_8 = Qt_5_7,
        Qt_5_9 = Qt_5_8,
        Qt_5_10 = Qt_5_9,
        Qt_5_11 = Qt_5_10,
        Qt_5_12 = 18,
        Qt_5_13 = 19,
        Qt_5_14 = Qt_5_13,
        Qt_5_15 = Qt_5_14,
        Qt_6_0 = 20,
        Qt_6_1 = Qt_6_0,
        Qt_6_2 = Qt_6_0,
        Qt_6_3 = Qt_6_0,
        Qt_6_4 = Qt_6_0,
        Qt_6_5 = Qt_6_0,
        Qt_DefaultCompiledVersion = Qt_6_5
    };
    enum ByteOrder { BigEndian, LittleEndian };
    enum Status { Ok, ReadPastEnd, ReadCorruptData, WriteFailed };
    enum FloatingPointPrecision { SinglePrecision, DoublePrecision };

    QDataStream();
    explicit QDataStream(QIODevice *);
    QDataStream(QByteArray *, OpenMode flags);
    QDataStream(const QByteArray &);
    ~QDataStream();

    QIODevice *device() const;
    void setDevice(QIODevice *);
    bool atEnd() const;
    Status status() const;
    void setStatus(Status status);
    void resetStatus();
    FloatingPointPrecision floatingPointPrecision() const;
    void setFloatingPointPrecision(FloatingPointPrecision precision);
    ByteOrder byteOrder() const;
    void setByteOrder(ByteOrder);
    int version() const;
    void setVersion(int);

    QDataStream &operator>>(char &i);
    QDataStream &operator>>(qint8 &i);
    QDataStream &operator>>(quint8 &i);
    QDataStream &operator>>(qint16 &i);
    QDataStream &operator>>(quint16 &i);
    QDataStream &operator>>(qint32 &i);
    QDataStream &operator>>(quint32 &i);
    QDataStream &operator>>(qint64 &i);
    QDataStream &operator>>(quint64 &i);
    QDataStream &operator>>(std::nullptr_t &ptr);
    QDataStream &operator>>(bool &i);
    QDataStream &operator>>(float &f);
    QDataStream &operator>>(double &f);
    QDataStream &operator>>(char *&str);
    QDataStream &operator>>(char16_t &c);
    QDataStream &operator>>(char32_t &c);

    QDataStream &operator<<(char i);
    QDataStream &operator<<(qint8 i);
    QDataStream &operator<<(quint8 i);
    QDataStream &operator<<(qint16 i);
    QDataStream &operator<<(quint16 i);
    QDataStream &operator<<(qint32 i);
    QDataStream &operator<<(quint32 i);
    QDataStream &operator<<(qint64 i);
    QDataStream &operator<<(quint64 i);
    QDataStream &operator<<(std::nullptr_t);
    QDataStream &operator<<(bool i);
    QDataStream &operator<<(float f);
    QDataStream &operator<<(double f);
    QDataStream &operator<<(const char *str);
    QDataStream &operator<<(char16_t c);
    QDataStream &operator<<(char32_t c);

    QDataStream &readBytes(char *&, uint &len);
    int readRawData(char *, int len);
    QDataStream &writeBytes(const char *, uint len);
    int writeRawData(const char *, int len);
    int skipRawData(int len);

    void startTransaction();
    bool commitTransaction();
    void rollbackTransaction();
    void abortTransaction();
    bool isDeviceTransactionStarted() const;

private:
    Q_DISABLE_COPY(QDataStream)
};
template <typename T> QDataStream &operator<<(QDataStream &s, const QList<T> &l);
template <typename T> QDataStream &operator>>(QDataStream &s, QList<T> &l);
template <class Key, class T> QDataStream &operator<<(QDataStream &s, const QMap<Key, T> &map);
template <class Key, class T> QDataStream &operator>>(QDataStream &s, QMap<Key, T> &map);
template <class Key, class T> QDataStream &operator<<(QDataStream &s, const QHash<Key, T> &hash);
template <class Key, class T> QDataStream &operator>>(QDataStream &s, QHash<Key, T> &hash);
template <typename T> QDataStream &operator<<(QDataStream &s, const QSet<T> &set);
template <typename T> QDataStream &operator>>(QDataStream &s, QSet<T> &set);
template <class T1, class T2> QDataStream &operator<<(QDataStream &s, const std::pair<T1, T2> &p);
template <class T1, class T2> QDataStream &operator>>(QDataStream &s, std::pair<T1, T2> &p);
template <typename Enum> QDataStream &operator<<(QDataStream &s, QFlags<Enum> e);
template <typename Enum> QDataStream &operator>>(QDataStream &s, QFlags<Enum> &e);

// ============================================================================ QtNetwork: sockets
class QAbstractSocket : public QIODevice {
    Q_OBJECT

public:
    enum SocketType { TcpSocket, UdpSocket, SctpSocket, UnknownSocketType = -1 };
    enum NetworkLayerProtocol { IPv4Protocol, IPv6Protocol, AnyIPProtocol, UnknownNetworkLayerProtocol = -1 };
    enum SocketError {
        ConnectionRefusedError,
        RemoteHostClosedError,
        HostNotFoundError,
        SocketAccessError,
        SocketResourceError,
        SocketTimeoutError,
        DatagramTooLargeError,
        NetworkError,
        AddressInUseError,
        SocketAddressNotAvailableError,
        UnsupportedSocketOperationError,
        UnfinishedSocketOperationError,
        ProxyAuthenticationRequiredError,
        SslHandshakeFailedError,
        ProxyConnectionRefusedError,
        ProxyConnectionClosedError,
        ProxyConnectionTimeoutError,
        ProxyNotFoundError,
        ProxyProtocolError,
        OperationError,
        SslInternalError,
        SslInvalidUserDataError,
        TemporaryError,
        UnknownSocketError = -1
    };
    enum SocketState {
        UnconnectedState,
        HostLookupState,
        ConnectingState,
        ConnectedState,
        BoundState,
        ListeningState,
        ClosingState
    };
    enum SocketOption {
        LowDelayOption,
        KeepAliveOption,
        MulticastTtlOption,
        MulticastLoopbackOption,
        TypeOfServiceOption,
        SendBufferSizeSocketOption,
        ReceiveBufferSizeSocketOption,
        PathMtuSocketOption
    };
    enum BindFlag { DefaultForPlatform = 0x0, ShareAddress = 0x1, DontShareAddress = 0x2, ReuseAddressHint = 0x4 };
    Q_DECLARE_FLAGS(BindMode, BindFlag)
    enum PauseMode { PauseNever = 0x0, PauseOnSslErrors = 0x1 };
    Q_DECLARE_FLAGS(PauseModes, PauseMode)

    QAbstractSocket(SocketType socketType, QObject *parent);
    virtual ~QAbstractSocket();

    virtual void resume();
    PauseModes pauseMode() const;
    void setPauseMode(PauseModes pauseMode);

    virtual bool bind(const QHostAddress &address, quint16 port = 0, BindMode mode = DefaultForPlatform);
    bool bind(quint16 port = 0, BindMode mode = DefaultForPlatform);

    virtual void connectToHost(const QString &hostName, quint16 port, OpenMode mode = ReadWrite,
                               NetworkLayerProtocol protocol = AnyIPProtocol);
    // Virtual in Qt 5, so that Qt 5 subclasses may override it; Qt 6 made it non-virtual.
    virtual void connectToHost(const QHostAddress &address, quint16 port, OpenMode mode = ReadWrite);
    virtual void disconnectFromHost();

    bool isValid() const;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    quint16 localPort() const;
    QHostAddress localAddress() const;
    quint16 peerPort() const;
    QHostAddress peerAddress() const;
    QString peerName() const;
    qint64 readBufferSize() const;
    virtual void setReadBufferSize(qint64 size);
    void abort();
    virtual qintptr socketDescriptor() const;
    virtual bool setSocketDescriptor(qintptr socketDescriptor, SocketState state = ConnectedState,
                                     OpenMode openMode = ReadWrite);
    virtual void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value);
    virtual QVariant socketOption(QAbstractSocket::SocketOption option);
    SocketType socketType() const;
    SocketState state() const;
    SocketError error() const;

    void close() override;
    bool isSequential() const override;
    bool flush();

    virtual bool waitForConnected(int msecs = 30000);
    bool waitForReadyRead(int msecs = 30000) override;
    bool waitForBytesWritten(int msecs = 30000) override;
    virtual bool waitForDisconnected(int msecs = 30000);

    void setProxy(const QNetworkProxy &networkProxy);
    QNetworkProxy proxy() const;
    QString protocolTag() const;
    void setProtocolTag(const QString &tag);

Q_SIGNALS:
    void hostFound();
    void connected();
    void disconnected();
    void stateChanged(QAbstractSocket::SocketState);
    void errorOccurred(QAbstractSocket::SocketError);
    void proxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 readLineData(char *data, qint64 maxlen) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 len) override;
    void setSocketState(SocketState state);
    void setSocketError(SocketError socketError);
    void setLocalPort(quint16 port);
    void setLocalAddress(const QHostAddress &address);
    void setPeerPort(quint16 port);
    void setPeerAddress(const QHostAddress &address);
    void setPeerName(const QString &name);

private:
    Q_DISABLE_COPY_MOVE(QAbstractSocket)
    friend QDebug operator<<(QDebug, QAbstractSocket::SocketError);
    friend QDebug operator<<(QDebug, QAbstractSocket::SocketState);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractSocket::BindMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractSocket::PauseModes)

class QHostAddress {
    Q_GADGET

public:
    enum SpecialAddress { Null, Broadcast, LocalHost, LocalHostIPv6, Any, AnyIPv6, AnyIPv4 };
    enum ConversionModeFlag {
        ConvertV4MappedToIPv4 = 1,
        ConvertV4CompatToIPv4 = 2,
        ConvertUnspecifiedAddress = 4,
        ConvertLocalHost = 8,
        TolerantConversion = 0xff,
        StrictConversion = 0
    };
    Q_DECLARE_FLAGS(ConversionMode, ConversionModeFlag)
    // Qt 6 keeps the protocol enum in QAbstractSocket and aliases it here.
    using NetworkLayerProtocol = QAbstractSocket::NetworkLayerProtocol;
    static constexpr auto IPv4Protocol = QAbstractSocket::IPv4Protocol;
    static constexpr auto IPv6Protocol = QAbstractSocket::IPv6Protocol;
    static constexpr auto AnyIPProtocol = QAbstractSocket::AnyIPProtocol;
    static constexpr auto UnknownNetworkLayerProtocol = QAbstractSocket::UnknownNetworkLayerProtocol;

    QHostAddress();
    explicit QHostAddress(quint32 ip4Addr);
    explicit QHostAddress(const quint8 *ip6Addr);
    explicit QHostAddress(const QString &address);
    QHostAddress(const QHostAddress &copy);
    QHostAddress(SpecialAddress address);
    ~QHostAddress();
    QHostAddress &operator=(QHostAddress &&other) noexcept;
    QHostAddress &operator=(const QHostAddress &other);
    QHostAddress &operator=(SpecialAddress address);
    void swap(QHostAddress &other) noexcept;

    void setAddress(quint32 ip4Addr);
    void setAddress(const quint8 *ip6Addr);
    bool setAddress(const QString &address);
    void setAddress(SpecialAddress address);
    NetworkLayerProtocol protocol() const;
    quint32 toIPv4Address(bool *ok = nullptr) const;
    QString toString() const;
    QString scopeId() const;
    void setScopeId(const QString &id);
    bool isEqual(const QHostAddress &address, ConversionMode mode = TolerantConversion) const;
    bool operator==(const QHostAddress &address) const;
    bool operator==(SpecialAddress address) const;
    bool operator!=(const QHostAddress &address) const;
    bool operator!=(SpecialAddress address) const;
    bool isNull() const;
    void clear();
    bool isInSubnet(const QHostAddress &subnet, int netmask) const;
    bool isInSubnet(const QPair<QHostAddress, int> &subnet) const;
    bool isLoopback() const;
    bool isGlobal() const;
    bool isLinkLocal() const;
    bool isSiteLocal() const;
    bool isUniqueLocalUnicast() const;
    bool isMulticast() const;
    bool isBroadcast() const;
    static QPair<QHostAddress, int> parseSubnet(const QString &subnet);
    friend QDebug operator<<(QDebug, const QHostAddress &);
    friend QDataStream &operator<<(QDataStream &, const QHostAddress &);
    friend QDataStream &operator>>(QDataStream &, QHostAddress &);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QHostAddress::ConversionMode)
bool operator==(QHostAddress::SpecialAddress lhs, const QHostAddress &rhs);
size_t qHash(const QHostAddress &key, size_t seed = 0) noexcept;



class QTcpSocket : public QAbstractSocket {
    Q_OBJECT

public:
    explicit QTcpSocket(QObject *parent = nullptr);
    virtual ~QTcpSocket();
    using QAbstractSocket::bind;
    bool bind(QHostAddress::SpecialAddress addr, quint16 port = 0, BindMode mode = DefaultForPlatform);

private:
    Q_DISABLE_COPY_MOVE(QTcpSocket)
};

class QNetworkDatagram {
public:
    QNetworkDatagram();
    QNetworkDatagram(const QByteArray &data, const QHostAddress &destinationAddress = QHostAddress(),
                     quint16 port = 0);
    QNetworkDatagram(const QNetworkDatagram &other);
    QNetworkDatagram &operator=(const QNetworkDatagram &other);
    ~QNetworkDatagram();
    void clear();
    bool isValid() const;
    bool isNull() const;
    uint interfaceIndex() const;
    void setInterfaceIndex(uint index);
    QHostAddress senderAddress() const;
    QHostAddress destinationAddress() const;
    int senderPort() const;
    int destinationPort() const;
    void setSender(const QHostAddress &address, quint16 port = 0);
    void setDestination(const QHostAddress &address, quint16 port);
    int hopLimit() const;
    void setHopLimit(int count);
    QByteArray data() const;
    void setData(const QByteArray &data);
    QNetworkDatagram makeReply(const QByteArray &payload) const;
};

class QUdpSocket : public QAbstractSocket {
    Q_OBJECT

public:
    explicit QUdpSocket(QObject *parent = nullptr);
    virtual ~QUdpSocket();
    using QAbstractSocket::bind;
    bool bind(QHostAddress::SpecialAddress addr, quint16 port = 0, BindMode mode = DefaultForPlatform);
    bool joinMulticastGroup(const QHostAddress &groupAddress);
    bool joinMulticastGroup(const QHostAddress &groupAddress, const QNetworkInterface &iface);
    bool leaveMulticastGroup(const QHostAddress &groupAddress);
    bool leaveMulticastGroup(const QHostAddress &groupAddress, const QNetworkInterface &iface);
    QNetworkInterface multicastInterface() const;
    void setMulticastInterface(const QNetworkInterface &iface);
    bool hasPendingDatagrams() const;
    qint64 pendingDatagramSize() const;
    QNetworkDatagram receiveDatagram(qint64 maxSize = -1);
    qint64 readDatagram(char *data, qint64 maxlen, QHostAddress *host = nullptr, quint16 *port = nullptr);
    qint64 writeDatagram(const QNetworkDatagram &datagram);
    qint64 writeDatagram(const char *data, qint64 len, const QHostAddress &host, quint16 port);
    inline qint64 writeDatagram(const QByteArray &datagram, const QHostAddress &host, quint16 port);

private:
    Q_DISABLE_COPY_MOVE(QUdpSocket)
};

class QTcpServer : public QObject {
    Q_OBJECT

public:
    explicit QTcpServer(QObject *parent = nullptr);
    virtual ~QTcpServer();
    bool listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    void close();
    bool isListening() const;
    void setMaxPendingConnections(int numConnections);
    int maxPendingConnections() const;
    void setListenBacklogSize(int size);
    int listenBacklogSize() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    qintptr socketDescriptor() const;
    bool setSocketDescriptor(qintptr socketDescriptor);
    bool waitForNewConnection(int msec = 0, bool *timedOut = nullptr);
    virtual bool hasPendingConnections() const;
    virtual QTcpSocket *nextPendingConnection();
    QAbstractSocket::SocketError serverError() const;
    QString errorString() const;
    void pauseAccepting();
    void resumeAccepting();
    void setProxy(const QNetworkProxy &networkProxy);
    QNetworkProxy proxy() const;

protected:
    virtual void incomingConnection(qintptr handle);
    void addPendingConnection(QTcpSocket *socket);

Q_SIGNALS:
    void newConnection();
    void pendingConnectionAvailable(QPrivateSignal);
    void acceptError(QAbstractSocket::SocketError socketError);

private:
    Q_DISABLE_COPY(QTcpServer)
};

// ============================================================================ QtNetwork: local sockets
class QLocalSocket : public QIODevice {
    Q_OBJECT

public:
    enum LocalSocketError {
        ConnectionRefusedError = QAbstractSocket::ConnectionRefusedError,
        PeerClosedError = QAbstractSocket::RemoteHostClosedError,
        ServerNotFoundError = QAbstractSocket::HostNotFoundError,
        SocketAccessError = QAbstractSocket::SocketAccessError,
        SocketResourceError = QAbstractSocket::SocketResourceError,
        SocketTimeoutError = QAbstractSocket::SocketTimeoutError,
        DatagramTooLargeError = QAbstractSocket::DatagramTooLargeError,
        ConnectionError = QAbstractSocket::NetworkError,
        UnsupportedSocketOperationError = QAbstractSocket::UnsupportedSocketOperationError,
        UnknownSocketError = QAbstractSocket::UnknownSocketError,
        OperationError = QAbstractSocket::OperationError
    };
    enum LocalSocketState {
        UnconnectedState = QAbstractSocket::UnconnectedState,
        ConnectingState = QAbstractSocket::ConnectingState,
        ConnectedState = QAbstractSocket::ConnectedState,
        ClosingState = QAbstractSocket::ClosingState
    };
    enum SocketOption { NoOptions = 0x00, AbstractNamespaceOption = 0x01 };
    Q_DECLARE_FLAGS(SocketOptions, SocketOption)

    QLocalSocket(QObject *parent = nullptr);
    ~QLocalSocket();

    void connectToServer(OpenMode openMode = ReadWrite);
    void connectToServer(const QString &name, OpenMode openMode = ReadWrite);
    void disconnectFromServer();
    void setServerName(const QString &name);
    QString serverName() const;
    QString fullServerName() const;
    void abort();
    virtual bool isSequential() const override;
    virtual qint64 bytesAvailable() const override;
    virtual qint64 bytesToWrite() const override;
    virtual bool canReadLine() const override;
    virtual bool open(OpenMode openMode = ReadWrite) override;
    virtual void close() override;
    LocalSocketError error() const;
    bool flush();
    bool isValid() const;
    qint64 readBufferSize() const;
    void setReadBufferSize(qint64 size);
    bool setSocketDescriptor(qintptr socketDescriptor, LocalSocketState socketState = ConnectedState,
                             OpenMode openMode = ReadWrite);
    qintptr socketDescriptor() const;
    void setSocketOptions(SocketOptions option);
    SocketOptions socketOptions() const;
    LocalSocketState state() const;
    bool waitForBytesWritten(int msecs = 30000) override;
    bool waitForConnected(int msecs = 30000);
    bool waitForDisconnected(int msecs = 30000);
    bool waitForReadyRead(int msecs = 30000) override;

Q_SIGNALS:
    void connected();
    void disconnected();
    void errorOccurred(QLocalSocket::LocalSocketError socketError);
    void stateChanged(QLocalSocket::LocalSocketState socketState);

protected:
    virtual qint64 readData(char *, qint64) override;
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 skipData(qint64 maxSize) override;
    virtual qint64 writeData(const char *, qint64) override;

private:
    Q_DISABLE_COPY(QLocalSocket)
    friend QDebug operator<<(QDebug, QLocalSocket::LocalSocketError);
    friend QDebug operator<<(QDebug, QLocalSocket::LocalSocketState);
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QLocalSocket::SocketOptions)

class QLocalServer : public QObject {
    Q_OBJECT

Q_SIGNALS:
    void newConnection();

public:
    enum SocketOption {
        NoOptions = 0x0,
        UserAccessOption = 0x01,
        GroupAccessOption = 0x2,
        OtherAccessOption = 0x4,
        WorldAccessOption = 0x7,
        AbstractNamespaceOption = 0x8
    };
    Q_DECLARE_FLAGS(SocketOptions, SocketOption)

    explicit QLocalServer(QObject *parent = nullptr);
    ~QLocalServer();
    void close();
    QString errorString() const;
    virtual bool hasPendingConnections() const;
    bool isListening() const;
    bool listen(const QString &name);
    bool listen(qintptr socketDescriptor);
    int maxPendingConnections() const;
    virtual QLocalSocket *nextPendingConnection();
    QString serverName() const;
    QString fullServerName() const;
    static bool removeServer(const QString &name);
    QAbstractSocket::SocketError serverError() const;
    void setMaxPendingConnections(int numConnections);
    bool waitForNewConnection(int msec = 0, bool *timedOut = nullptr);
    void setListenBacklogSize(int size);
    int listenBacklogSize() const;
    void setSocketOptions(SocketOptions options);
    SocketOptions socketOptions() const;
    qintptr socketDescriptor() const;

protected:
    virtual void incomingConnection(quintptr socketDescriptor);

private:
    Q_DISABLE_COPY(QLocalServer)
};
Q_DECLARE_OPERATORS_FOR_FLAGS(QLocalServer::SocketOptions)

// ============================================================================ QtNetwork: SSL
namespace QSsl {
enum KeyType { PrivateKey, PublicKey };
enum EncodingFormat { Pem, Der };
enum KeyAlgorithm { Opaque, Rsa, Dsa, Ec, Dh };
enum AlternativeNameEntryType { EmailEntry, DnsEntry, IpAddressEntry };
enum SslProtocol {
    TlsV1_0,
    TlsV1_1,
    TlsV1_2,
    AnyProtocol,
    SecureProtocols,
    TlsV1_0OrLater,
    TlsV1_1OrLater,
    TlsV1_2OrLater,
    DtlsV1_0,
    DtlsV1_0OrLater,
    DtlsV1_2,
    DtlsV1_2OrLater,
    TlsV1_3,
    TlsV1_3OrLater,
    UnknownProtocol = -1,
    // Qt 5 only (removed in Qt 6): kept so that rules can still name and flag them.
    SslV3 = -3,
    SslV2 = -2
};
enum SslOption {
    SslOptionDisableEmptyFragments = 0x01,
    SslOptionDisableSessionTickets = 0x02,
    SslOptionDisableCompression = 0x04,
    SslOptionDisableServerNameIndication = 0x08,
    SslOptionDisableLegacyRenegotiation = 0x10,
    SslOptionDisableSessionSharing = 0x20,
    SslOptionDisableSessionPersistence = 0x40,
    SslOptionDisableServerCipherPreference = 0x80
};
Q_DECLARE_FLAGS(SslOptions, SslOption)
enum class AlertLevel { Warning, Fatal, Unknown };
enum class AlertType { CloseNotify, HandshakeFailure = 40, BadCertificate = 42, UnknownAlertMessage = 255 };
enum class ImplementedClass { Key, Certificate, Socket, DiffieHellman, EllipticCurve, Dtls, DtlsCookie };
enum class SupportedFeature { CertificateVerification, ClientSideAlpn, ServerSideAlpn, Ocsp, Psk, SessionTicket, Alerts };
} // namespace QSsl
Q_DECLARE_OPERATORS_FOR_FLAGS(QSsl::SslOptions)

class QSslCertificate {
public:
    enum SubjectInfo {
        Organization,
        CommonName,
        LocalityName,
        OrganizationalUnitName,
        CountryName,
        StateOrProvinceName,
        DistinguishedNameQualifier,
        SerialNumber,
        EmailAddress
    };
    enum class PatternSyntax { RegularExpression, Wildcard, FixedString };

    explicit QSslCertificate(QIODevice *device, QSsl::EncodingFormat format = QSsl::Pem);
    explicit QSslCertificate(const QByteArray &data = QByteArray(), QSsl::EncodingFormat format = QSsl::Pem);
    QSslCertificate(const QSslCertificate &other);
    ~QSslCertificate();
    QSslCertificate &operator=(const QSslCertificate &other);
    bool operator==(const QSslCertificate &other) const;
    bool operator!=(const QSslCertificate &other) const;
    bool isNull() const;
    bool isBlacklisted() const;
    bool isSelfSigned() const;
    void clear();
    QByteArray version() const;
    QByteArray serialNumber() const;
    QByteArray digest() const;
    QStringList issuerInfo(SubjectInfo info) const;
    QStringList subjectInfo(SubjectInfo info) const;
    QString issuerDisplayName() const;
    QString subjectDisplayName() const;
    QDateTime effectiveDate() const;
    QDateTime expiryDate() const;
    QSslKey publicKey() const;
    QByteArray toPem() const;
    QByteArray toDer() const;
    QString toText() const;
    static QList<QSslCertificate> fromPath(const QString &path, QSsl::EncodingFormat format = QSsl::Pem,
                                           PatternSyntax syntax = PatternSyntax::FixedString);
    static QList<QSslCertificate> fromDevice(QIODevice *device, QSsl::EncodingFormat format = QSsl::Pem);
    static QList<QSslCertificate> fromData(const QByteArray &data, QSsl::EncodingFormat format = QSsl::Pem);
    static QList<QSslError> verify(const QList<QSslCertificate> &certificateChain,
                                   const QString &hostName = QString());
    friend QDebug operator<<(QDebug debug, const QSslCertificate &certificate);
};

class QSslKey {
public:
    QSslKey();
    QSslKey(const QByteArray &encoded, QSsl::KeyAlgorithm algorithm, QSsl::EncodingFormat format = QSsl::Pem,
            QSsl::KeyType type = QSsl::PrivateKey, const QByteArray &passPhrase = QByteArray());
    QSslKey(QIODevice *device, QSsl::KeyAlgorithm algorithm, QSsl::EncodingFormat format = QSsl::Pem,
            QSsl::KeyType type = QSsl::PrivateKey, const QByteArray &passPhrase = QByteArray());
    explicit QSslKey(Qt::HANDLE handle, QSsl::KeyType type = QSsl::PrivateKey);
    QSslKey(const QSslKey &other);
    QSslKey &operator=(const QSslKey &other);
    ~QSslKey();
    bool isNull() const;
    void clear();
    int length() const;
    QSsl::KeyType type() const;
    QSsl::KeyAlgorithm algorithm() const;
    QByteArray toPem(const QByteArray &passPhrase = QByteArray()) const;
    QByteArray toDer(const QByteArray &passPhrase = QByteArray()) const;
    Qt::HANDLE handle() const;
};

class QSslCipher {
public:
    QSslCipher();
    explicit QSslCipher(const QString &name);
    QSslCipher(const QString &name, QSsl::SslProtocol protocol);
    QSslCipher(const QSslCipher &other);
    QSslCipher &operator=(const QSslCipher &other);
    ~QSslCipher();
    bool operator==(const QSslCipher &other) const;
    bool isNull() const;
    QString name() const;
    int supportedBits() const;
    int usedBits() const;
    QString keyExchangeMethod() const;
    QString authenticationMethod() const;
    QString encryptionMethod() const;
    QString protocolString() const;
    QSsl::SslProtocol protocol() const;
};

class QSslError {
    Q_GADGET

public:
    enum SslError {
        NoError,
        UnableToGetIssuerCertificate,
        UnableToDecryptCertificateSignature,
        UnableToDecodeIssuerPublicKey,
        CertificateSignatureFailed,
        CertificateNotYetValid,
        CertificateExpired,
        InvalidNotBeforeField,
        InvalidNotAfterField,
        SelfSignedCertificate,
        SelfSignedCertificateInChain,
        UnableToGetLocalIssuerCertificate,
        UnableToVerifyFirstCertificate,
        CertificateRevoked,
        InvalidCaCertificate,
        PathLengthExceeded,
        InvalidPurpose,
        CertificateUntrusted,
        CertificateRejected,
        SubjectIssuerMismatch,
        AuthorityIssuerSerialNumberMismatch,
        NoPeerCertificate,
        HostNameMismatch,
        NoSslSupport,
        CertificateBlacklisted,
        CertificateStatusUnknown,
        OcspNoResponseFound,
        OcspMalformedRequest,
        OcspMalformedResponse,
        OcspInternalError,
        OcspTryLater,
        OcspSigRequred,
        OcspUnauthorized,
        OcspResponseCannotBeTrusted,
        OcspResponseCertIdUnknown,
        OcspResponseExpired,
        OcspStatusUnknown,
        UnspecifiedError = -1
    };
    QSslError();
    explicit QSslError(SslError error);
    QSslError(SslError error, const QSslCertificate &certificate);
    QSslError(const QSslError &other);
    ~QSslError();
    QSslError &operator=(const QSslError &other);
    bool operator==(const QSslError &other) const;
    bool operator!=(const QSslError &other) const;
    SslError error() const;
    QString errorString() const;
    QSslCertificate certificate() const;
    friend QDebug operator<<(QDebug debug, const QSslError &error);
    friend QDebug operator<<(QDebug debug, const QSslError::SslError &error);
};
size_t qHash(const QSslError &key, size_t seed = 0) noexcept;

class QSslSocket : public QTcpSocket {
    Q_OBJECT

public:
    enum SslMode { UnencryptedMode, SslClientMode, SslServerMode };
    enum PeerVerifyMode { VerifyNone, QueryPeer, VerifyPeer, AutoVerifyPeer };

    explicit QSslSocket(QObject *parent = nullptr);
    ~QSslSocket();
    void resume() override;

    void connectToHostEncrypted(const QString &hostName, quint16 port, OpenMode mode = ReadWrite,
                                NetworkLayerProtocol protocol = AnyIPProtocol);
    void connectToHostEncrypted(const QString &hostName, quint16 port, const QString &sslPeerName,
                                OpenMode mode = ReadWrite, NetworkLayerProtocol protocol = AnyIPProtocol);
    bool setSocketDescriptor(qintptr socketDescriptor, SocketState state = ConnectedState,
                             OpenMode openMode = ReadWrite) override;
    using QAbstractSocket::connectToHost;
    void connectToHost(const QString &hostName, quint16 port, OpenMode openMode = ReadWrite,
                       NetworkLayerProtocol protocol = AnyIPProtocol) override;
    void disconnectFromHost() override;
    virtual void setSocketOption(QAbstractSocket::SocketOption option, const QVariant &value) override;
    virtual QVariant socketOption(QAbstractSocket::SocketOption option) override;

    SslMode mode() const;
    bool isEncrypted() const;
    QSsl::SslProtocol protocol() const;
    void setProtocol(QSsl::SslProtocol protocol);
    QSslSocket::PeerVerifyMode peerVerifyMode() const;
    void setPeerVerifyMode(QSslSocket::PeerVerifyMode mode);
    int peerVerifyDepth() const;
    void setPeerVerifyDepth(int depth);
    QString peerVerifyName() const;
    void setPeerVerifyName(const QString &hostName);

    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    void close() override;
    bool atEnd() const override;
    void setReadBufferSize(qint64 size) override;
    qint64 encryptedBytesAvailable() const;
    qint64 encryptedBytesToWrite() const;

    QSslConfiguration sslConfiguration() const;
    void setSslConfiguration(const QSslConfiguration &config);
    void setLocalCertificateChain(const QList<QSslCertificate> &localChain);
    QList<QSslCertificate> localCertificateChain() const;
    void setLocalCertificate(const QSslCertificate &certificate);
    void setLocalCertificate(const QString &fileName, QSsl::EncodingFormat format = QSsl::Pem);
    QSslCertificate localCertificate() const;
    QSslCertificate peerCertificate() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QSslCipher sessionCipher() const;
    QSsl::SslProtocol sessionProtocol() const;
    void setPrivateKey(const QSslKey &key);
    void setPrivateKey(const QString &fileName, QSsl::KeyAlgorithm algorithm = QSsl::Rsa,
                       QSsl::EncodingFormat format = QSsl::Pem, const QByteArray &passPhrase = QByteArray());
    QSslKey privateKey() const;

    bool waitForConnected(int msecs = 30000) override;
    bool waitForEncrypted(int msecs = 30000);
    bool waitForReadyRead(int msecs = 30000) override;
    bool waitForBytesWritten(int msecs = 30000) override;
    bool waitForDisconnected(int msecs = 30000) override;

    QList<QSslError> sslHandshakeErrors() const;
    static bool supportsSsl();
    static long sslLibraryVersionNumber();
    static QString sslLibraryVersionString();
    static QList<QString> availableBackends();
    static QString activeBackend();
    static bool setActiveBackend(const QString &backendName);
    static QList<QSsl::SslProtocol> supportedProtocols(const QString &backendName = {});
    static bool isProtocolSupported(QSsl::SslProtocol protocol, const QString &backendName = {});

    void ignoreSslErrors(const QList<QSslError> &errors);
    void continueInterruptedHandshake();

public Q_SLOTS:
    void startClientEncryption();
    void startServerEncryption();
    void ignoreSslErrors();

Q_SIGNALS:
    void encrypted();
    void peerVerifyError(const QSslError &error);
    void sslErrors(const QList<QSslError> &errors);
    void modeChanged(QSslSocket::SslMode newMode);
    void encryptedBytesWritten(qint64 totalBytes);
    void preSharedKeyAuthenticationRequired(QSslPreSharedKeyAuthenticator *authenticator);
    void newSessionTicketReceived();
    void alertSent(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void alertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void handshakeInterruptedOnError(const QSslError &error);

protected:
    qint64 readData(char *data, qint64 maxlen) override;
    qint64 skipData(qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 len) override;

private:
    Q_DISABLE_COPY_MOVE(QSslSocket)
};

class QSslConfiguration {
public:
    QSslConfiguration();
    QSslConfiguration(const QSslConfiguration &other);
    ~QSslConfiguration();
    QSslConfiguration &operator=(const QSslConfiguration &other);
    bool operator==(const QSslConfiguration &other) const;
    bool operator!=(const QSslConfiguration &other) const;
    bool isNull() const;
    QSsl::SslProtocol protocol() const;
    void setProtocol(QSsl::SslProtocol protocol);
    QSslSocket::PeerVerifyMode peerVerifyMode() const;
    void setPeerVerifyMode(QSslSocket::PeerVerifyMode mode);
    int peerVerifyDepth() const;
    void setPeerVerifyDepth(int depth);
    QList<QSslCertificate> localCertificateChain() const;
    void setLocalCertificateChain(const QList<QSslCertificate> &localChain);
    QSslCertificate localCertificate() const;
    void setLocalCertificate(const QSslCertificate &certificate);
    QSslCertificate peerCertificate() const;
    QList<QSslCertificate> peerCertificateChain() const;
    QSslCipher sessionCipher() const;
    QSsl::SslProtocol sessionProtocol() const;
    QSslKey privateKey() const;
    void setPrivateKey(const QSslKey &key);
    QList<QSslCipher> ciphers() const;
    void setCiphers(const QList<QSslCipher> &ciphers);
    void setCiphers(const QString &ciphers);
    static QList<QSslCipher> supportedCiphers();
    QList<QSslCertificate> caCertificates() const;
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    bool addCaCertificates(const QString &path, QSsl::EncodingFormat format = QSsl::Pem,
                           QSslCertificate::PatternSyntax syntax = QSslCertificate::PatternSyntax::FixedString);
    void addCaCertificate(const QSslCertificate &certificate);
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    static QList<QSslCertificate> systemCaCertificates();
    void setSslOption(QSsl::SslOption option, bool on);
    bool testSslOption(QSsl::SslOption option) const;
    QByteArray sessionTicket() const;
    void setSessionTicket(const QByteArray &sessionTicket);
    void setAllowedNextProtocols(const QList<QByteArray> &protocols);
    QList<QByteArray> allowedNextProtocols() const;
    QByteArray nextNegotiatedProtocol() const;
    bool handshakeMustInterruptOnError() const;
    void setHandshakeMustInterruptOnError(bool interrupt);
    bool missingCertificateIsFatal() const;
    void setMissingCertificateIsFatal(bool cannotRecover);
    static QSslConfiguration defaultConfiguration();
    static void setDefaultConfiguration(const QSslConfiguration &configuration);
    QByteArray preSharedKeyIdentityHint() const;
    void setPreSharedKeyIdentityHint(const QByteArray &hint);
    bool dtlsCookieVerificationEnabled() const;
    void setDtlsCookieVerificationEnabled(bool enable);
    static QSslConfiguration defaultDtlsConfiguration();
    static void setDefaultDtlsConfiguration(const QSslConfiguration &configuration);
};

class QSslServer : public QTcpServer {
    Q_OBJECT

public:
    explicit QSslServer(QObject *parent = nullptr);
    ~QSslServer() override;
    void setSslConfiguration(const QSslConfiguration &sslConfiguration);
    QSslConfiguration sslConfiguration() const;
    void setHandshakeTimeout(int timeout);
    int handshakeTimeout() const;

Q_SIGNALS:
    void sslErrors(QSslSocket *socket, const QList<QSslError> &errors);
    void peerVerifyError(QSslSocket *socket, const QSslError &error);
    void errorOccurred(QSslSocket *socket, QAbstractSocket::SocketError error);
    void startedEncryptionHandshake(QSslSocket *socket);

protected:
    void incomingConnection(qintptr socket) override;
};

// ============================================================================ QtTest




class QTestData {
public:
    void append(int type, const void *data);
    int dataCount() const;
    const char *dataTag() const;
};
template <typename T> QTestData &operator<<(QTestData &data, const T &value);
QTestData &operator<<(QTestData &data, const char *value);

namespace QTest {
enum TestFailMode { Abort = 1, Continue = 2 };

bool qVerify(bool statement, const char *statementStr, const char *description, const char *file, int line);
void qFail(const char *message, const char *file, int line);
void qSkip(const char *message, const char *file, int line);
bool qExpectFail(const char *dataIndex, const char *comment, TestFailMode mode, const char *file, int line);
void *qData(const char *tagName, int typeId);
void *qElementData(const char *elementName, int metaTypeId);
QObject *testObject();
const char *currentAppName();
const char *currentTestFunction();
const char *currentDataTag();
bool currentTestFailed();
bool currentTestResolved();
void ignoreMessage(QtMsgType type, const char *message);
int qExec(QObject *testObject, int argc = 0, char **argv = nullptr);
int qExec(QObject *testObject, const QStringList &arguments);
void setMainSourcePath(const char *file, const char *builddir = nullptr);

template <typename T> inline void addColumn(const char *name, T * = nullptr);
QTestData &newRow(const char *dataTag);
QTestData &addRow(const char *format, ...);

bool qCompare(float const &t1, float const &t2, const char *actual, const char *expected, const char *file, int line);
bool qCompare(double const &t1, double const &t2, const char *actual, const char *expected, const char *file,
              int line);
bool qCompare(int t1, int t2, const char *actual, const char *expected, const char *file, int line);
bool qCompare(qsizetype t1, qsizetype t2, const char *actual, const char *expected, const char *file, int line);
bool qCompare(unsigned t1, unsigned t2, const char *actual, const char *expected, const char *file, int line);
inline bool qCompare(const QString &t1, const QString &t2, const char *actual, const char *expected,
                     const char *file, int line);
inline bool qCompare(const QString &t1, const QLatin1String &t2, const char *actual, const char *expected,
                     const char *file, int line);
inline bool qCompare(const QLatin1String &t1, const QString &t2, const char *actual, const char *expected,
                     const char *file, int line);
template <typename T1, typename T2>
inline bool qCompare(const T1 &t1, const T2 &t2, const char *actual, const char *expected, const char *file,
                     int line);
template <typename T>
inline bool qCompare(const T *t1, const T *t2, const char *actual, const char *expected, const char *file, int line);
template <typename T>
inline bool qCompare(T *t1, T *t2, const char *actual, const char *expected, const char *file, int line);
template <typename T>
inline bool qCompare(T *t1, std::nullptr_t, const char *actual, const char *expected, const char *file, int line);
template <typename T>
inline bool qCompare(std::nullptr_t, T *t2, const char *actual, const char *expected, const char *file, int line);
inline bool qCompare(const char *t1, const char *t2, const char *actual, const char *expected, const char *file,
                     int line);

template <typename T>
inline bool qTest(const T &actual, const char *elementName, const char *actualStr, const char *expected,
                  const char *file, int line);

void qWait(int ms);
template <typename Functor> bool qWaitFor(Functor predicate, int timeout = 5000);
void qSleep(int ms);

class QBenchmarkIterationController {
public:
    QBenchmarkIterationController();
    ~QBenchmarkIterationController();
    bool isDone();
    void next();
};
} // namespace QTest

class QSignalSpy : public QObject, public QList<QList<QVariant>> {
public:
    explicit QSignalSpy(const QObject *obj, const char *aSignal);
    template <typename Func>
    QSignalSpy(const typename QtPrivate::FunctionPointer<Func>::Object *obj, Func signal0);
    QSignalSpy(const QObject *obj, const QMetaMethod &signal);
    inline bool isValid() const;
    inline QByteArray signal() const;
    bool wait(int timeout = 5000);
    bool wait(std::chrono::milliseconds timeout);
};

// ---- QtTest macros (shape of Qt's: each verification returns from the test function on failure).
#define QVERIFY(statement) \
    do { \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__)) \
            return; \
    } while (false)
#define QVERIFY2(statement, description) \
    do { \
        if (statement) { \
            if (!QTest::qVerify(true, #statement, static_cast<const char *>(description), __FILE__, __LINE__)) \
                return; \
        } else { \
            if (!QTest::qVerify(false, #statement, static_cast<const char *>(description), __FILE__, __LINE__)) \
                return; \
        } \
    } while (false)
#define QCOMPARE(actual, expected) \
    do { \
        if (!QTest::qCompare(actual, expected, #actual, #expected, __FILE__, __LINE__)) \
            return; \
    } while (false)
#define QFAIL(message) \
    do { \
        QTest::qFail(static_cast<const char *>(message), __FILE__, __LINE__); \
        return; \
    } while (false)
#define QSKIP(statement, ...) \
    do { \
        QTest::qSkip(static_cast<const char *>(statement), __FILE__, __LINE__); \
        return; \
    } while (false)
#define QEXPECT_FAIL(dataIndex, comment, mode) \
    do { \
        if (!QTest::qExpectFail(dataIndex, static_cast<const char *>(comment), QTest::mode, __FILE__, __LINE__)) \
            return; \
    } while (false)
#define QFETCH(Type, name) Type name = *static_cast<Type *>(QTest::qData(#name, ::qMetaTypeId<Type>()))
#define QFETCH_GLOBAL(Type, name) Type name = *static_cast<Type *>(QTest::qElementData(#name, ::qMetaTypeId<Type>()))
#define QTEST(actual, testElement) \
    do { \
        if (!QTest::qTest(actual, testElement, #actual, #testElement, __FILE__, __LINE__)) \
            return; \
    } while (false)
#define QTRY_IMPL(expr, timeout) \
    const int qt_test_step = timeout < 350 ? timeout / 7 + 1 : 50; \
    const int qt_test_timeoutValue = timeout; \
    for (int qt_test_i = 0; qt_test_i < qt_test_timeoutValue && !(QTest::currentTestFailed() || (expr)); \
         qt_test_i += qt_test_step) { \
        QTest::qWait(qt_test_step); \
    }
#define QTRY_VERIFY_WITH_TIMEOUT(expr, timeout) \
    do { \
        QTRY_IMPL((expr), timeout) \
        QVERIFY(expr); \
    } while (false)
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 5000)
#define QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, timeout) \
    do { \
        QTRY_IMPL((expr), timeout) \
        QVERIFY2(expr, messageExpression); \
    } while (false)
#define QTRY_VERIFY2(expr, messageExpression) QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, 5000)
#define QTRY_COMPARE_WITH_TIMEOUT(expr, expected, timeout) \
    do { \
        QTRY_IMPL(((expr) == (expected)), timeout) \
        QCOMPARE((expr), expected); \
    } while (false)
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 5000)
#define QBENCHMARK \
    for (QTest::QBenchmarkIterationController __iteration_controller; __iteration_controller.isDone() == false; \
         __iteration_controller.next())
#define QBENCHMARK_ONCE QBENCHMARK
#define QTEST_APPLESS_MAIN(TestObject) \
    int main(int argc, char *argv[]) \
    { \
        TestObject tc; \
        return QTest::qExec(&tc, argc, argv); \
    }
#define QTEST_GUILESS_MAIN(TestObject) \
    int main(int argc, char *argv[]) \
    { \
        QCoreApplication app(argc, argv); \
        app.setAttribute(Qt::AA_Use96Dpi, true); \
        TestObject tc; \
        return QTest::qExec(&tc, argc, argv); \
    }
#define QTEST_MAIN(TestObject) QTEST_GUILESS_MAIN(TestObject)
