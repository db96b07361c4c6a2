// qtreview model, part 2, written by hand after Qt 6.4's headers: the templates, macros and views
// parts 3-7 and Qt code need (QUrlTwoFlags, string and byte views, qOverload, d-pointer and
// build-system macros, global statics, QMultiHash/QMultiMap).
template <typename E1, typename E2> class QUrlTwoFlags {
    int i;

public:
    constexpr inline QUrlTwoFlags() : i(0) {}
    constexpr inline QUrlTwoFlags(E1 f) : i(f) {}
    constexpr inline QUrlTwoFlags(E2 f) : i(f) {}
    constexpr inline QUrlTwoFlags(QFlag f) : i(f) {}
    constexpr inline QUrlTwoFlags(QFlags<E1> f) : i(f.operator typename QFlags<E1>::Int()) {}
    constexpr inline QUrlTwoFlags(QFlags<E2> f) : i(f.operator typename QFlags<E2>::Int()) {}
    inline QUrlTwoFlags &operator|=(QUrlTwoFlags f) { i |= f.i; return *this; }
    inline QUrlTwoFlags &operator|=(E1 f) { i |= f; return *this; }
    inline QUrlTwoFlags &operator|=(E2 f) { i |= f; return *this; }
    constexpr inline operator int() const { return i; }
    constexpr inline bool operator!() const { return !i; }
    constexpr inline QUrlTwoFlags operator|(QUrlTwoFlags f) const { return QUrlTwoFlags(QFlag(i | f.i)); }
    constexpr inline QUrlTwoFlags operator|(E1 f) const { return QUrlTwoFlags(QFlag(i | f)); }
    constexpr inline QUrlTwoFlags operator|(E2 f) const { return QUrlTwoFlags(QFlag(i | f)); }
    constexpr inline QUrlTwoFlags operator&(E1 f) const { return QUrlTwoFlags(QFlag(i & f)); }
    constexpr inline QUrlTwoFlags operator&(E2 f) const { return QUrlTwoFlags(QFlag(i & f)); }
    constexpr inline bool testFlag(E1 f) const { return (i & f) == f; }
    constexpr inline bool testFlag(E2 f) const { return (i & f) == f; }
};

// ---- Build-system and d-pointer macros (qglobal.h, qtconfigmacros.h), as in Qt 6.
#define QT_USE_NAMESPACE
#define QT_BEGIN_MOC_NAMESPACE
#define QT_END_MOC_NAMESPACE
#define QT_FORWARD_DECLARE_CLASS(name) class name;
#define QT_FORWARD_DECLARE_STRUCT(name) struct name;
#define QT_REQUIRE_CONFIG(feature) static_assert(QT_CONFIG(feature), "Required feature " #feature " for file " __FILE__ " not available.")
#define QT_TRANSLATE_NOOP(scope, x) x
#define QT_TR_NOOP(x) x
#define QT_STRINGIFY(x) #x
#define Q_DECL_UNUSED __attribute__((__unused__))
#define Q_DECL_UNUSED_MEMBER
#define Q_DECL_DEPRECATED [[deprecated]]
#define Q_DECL_DEPRECATED_X(text) [[deprecated(text)]]
#define Q_GUI_EXPORT
#define Q_WIDGETS_EXPORT
#define Q_WEBSOCKETS_EXPORT
#define Q_DECL_RELAXED_CONSTEXPR constexpr
#define Q_IMPLICIT
#define Q_NODISCARD_CTOR
#define QT_WARNING_PUSH
#define QT_WARNING_POP
#define QT_WARNING_DISABLE_DEPRECATED
#define QT_WARNING_DISABLE_GCC(text)
#define QT_WARNING_DISABLE_CLANG(text)
#define Q_OS_LINUX 1
template <typename T> inline T *qGetPtrHelper(T *ptr) noexcept { return ptr; }
template <typename Ptr> inline auto qGetPtrHelper(Ptr &ptr) noexcept -> decltype(ptr.get()) { return ptr.get(); }
#define Q_DECLARE_PRIVATE(Class) \
    inline Class##Private *d_func() noexcept { return reinterpret_cast<Class##Private *>(qGetPtrHelper(d_ptr)); } \
    inline const Class##Private *d_func() const noexcept { return reinterpret_cast<const Class##Private *>(qGetPtrHelper(d_ptr)); } \
    friend class Class##Private;
#define Q_DECLARE_PRIVATE_D(Dptr, Class) \
    inline Class##Private *d_func() noexcept { return reinterpret_cast<Class##Private *>(qGetPtrHelper(Dptr)); } \
    inline const Class##Private *d_func() const noexcept { return reinterpret_cast<const Class##Private *>(qGetPtrHelper(Dptr)); } \
    friend class Class##Private;
#define Q_DECLARE_PUBLIC(Class) \
    inline Class *q_func() noexcept { return static_cast<Class *>(q_ptr); } \
    inline const Class *q_func() const noexcept { return static_cast<const Class *>(q_ptr); } \
    friend class Class;
#define Q_D(Class) Class##Private *const d = d_func()
#define Q_Q(Class) Class *const q = q_func()

// ---- <QtGlobal> helpers.
template <typename ForwardIterator> void qDeleteAll(ForwardIterator begin, ForwardIterator end);
template <typename Container> inline void qDeleteAll(const Container &c);
template <typename T, typename U = T> constexpr T qExchange(T &t, U &&newValue);

// ---- qOverload / QOverload (qoverload.h): picks one overload of a member function for connect().
template <typename... Args> struct QNonConstOverload {
    template <typename R, typename T>
    constexpr auto operator()(R (T::*ptr)(Args...)) const noexcept -> decltype(ptr) { return ptr; }
    template <typename R, typename T>
    static constexpr auto of(R (T::*ptr)(Args...)) noexcept -> decltype(ptr) { return ptr; }
};
template <typename... Args> struct QConstOverload {
    template <typename R, typename T>
    constexpr auto operator()(R (T::*ptr)(Args...) const) const noexcept -> decltype(ptr) { return ptr; }
    template <typename R, typename T>
    static constexpr auto of(R (T::*ptr)(Args...) const) noexcept -> decltype(ptr) { return ptr; }
};
template <typename... Args> struct QOverload : QConstOverload<Args...>, QNonConstOverload<Args...> {
    using QConstOverload<Args...>::of;
    using QConstOverload<Args...>::operator();
    using QNonConstOverload<Args...>::of;
    using QNonConstOverload<Args...>::operator();
    template <typename R> constexpr auto operator()(R (*ptr)(Args...)) const noexcept -> decltype(ptr) { return ptr; }
    template <typename R> static constexpr auto of(R (*ptr)(Args...)) noexcept -> decltype(ptr) { return ptr; }
};
template <typename... Args> constexpr inline QOverload<Args...> qOverload = {};
template <typename... Args> constexpr inline QConstOverload<Args...> qConstOverload = {};
template <typename... Args> constexpr inline QNonConstOverload<Args...> qNonConstOverload = {};

// ---- String and byte views (Qt 6). Real Qt constrains template constructors to compatible
// character types; the same conversions are spelled out here as plain overloads.
class QStringView {
public:
    typedef char16_t storage_type;
    typedef const QChar value_type;
    typedef qsizetype size_type;
    constexpr QStringView() noexcept;
    constexpr QStringView(std::nullptr_t) noexcept;
    QStringView(const QChar *str, qsizetype len);
    QStringView(const char16_t *str, qsizetype len);
    QStringView(const QChar *str) noexcept;
    QStringView(const char16_t *str) noexcept;
    QStringView(const QString &str) noexcept;
    QString toString() const;
    qsizetype size() const noexcept;
    qsizetype length() const noexcept;
    const QChar *data() const noexcept;
    const QChar *constData() const noexcept;
    const storage_type *utf16() const noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    QChar at(qsizetype n) const noexcept;
    QChar operator[](qsizetype n) const;
    QChar front() const;
    QChar back() const;
    QByteArray toLatin1() const;
    QByteArray toUtf8() const;
    QByteArray toLocal8Bit() const;
    QStringView mid(qsizetype pos, qsizetype n = -1) const noexcept;
    QStringView left(qsizetype n) const noexcept;
    QStringView right(qsizetype n) const noexcept;
    QStringView first(qsizetype n) const noexcept;
    QStringView last(qsizetype n) const noexcept;
    QStringView sliced(qsizetype pos) const noexcept;
    QStringView sliced(qsizetype pos, qsizetype n) const noexcept;
    QStringView chopped(qsizetype n) const noexcept;
    QStringView trimmed() const noexcept;
    bool startsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool startsWith(QChar c) const noexcept;
    bool endsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool endsWith(QChar c) const noexcept;
    bool contains(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    qsizetype indexOf(QStringView s, qsizetype from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    int compare(QStringView other, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    int toInt(bool *ok = nullptr, int base = 10) const;
    uint toUInt(bool *ok = nullptr, int base = 10) const;
    long toLong(bool *ok = nullptr, int base = 10) const;
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
    double toDouble(bool *ok = nullptr) const;
    friend bool operator==(QStringView lhs, QStringView rhs) noexcept;
    friend bool operator!=(QStringView lhs, QStringView rhs) noexcept;
    friend bool operator<(QStringView lhs, QStringView rhs) noexcept;
    // Qt 5 code compares the views it gets (QXmlStreamReader::name(), then a QStringRef) with
    // string literals; Qt 6 has no such operator, the model keeps it so that code parses.
    friend bool operator==(QStringView lhs, const char *rhs) noexcept;
    friend bool operator!=(QStringView lhs, const char *rhs) noexcept;
};

// Qt 5 only: a view into a QString (QString::midRef, splitRef, ...); Qt 6 has QStringView.
class QStringRef {
public:
    QStringRef() noexcept;
    QStringRef(const QString *string, int position, int size);
    QStringRef(const QString *string);
    QStringRef(QStringView view); // lets Qt 5 code keep a QStringView result in a QStringRef
    const QString *string() const;
    int position() const;
    int size() const;
    int count() const;
    int length() const;
    bool isEmpty() const;
    bool isNull() const;
    QString toString() const;
    QStringView toStringView() const noexcept;
    operator QStringView() const noexcept;
    const QChar *unicode() const;
    const QChar *data() const;
    const QChar *constData() const;
    QChar at(int i) const;
    QChar operator[](int i) const;
    QStringRef left(int n) const;
    QStringRef right(int n) const;
    QStringRef mid(int pos, int n = -1) const;
    QStringRef trimmed() const;
    bool startsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool endsWith(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    bool contains(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    int indexOf(QStringView s, int from = 0, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    int compare(QStringView s, Qt::CaseSensitivity cs = Qt::CaseSensitive) const noexcept;
    QByteArray toLatin1() const;
    QByteArray toUtf8() const;
    QByteArray toLocal8Bit() const;
    int toInt(bool *ok = nullptr, int base = 10) const;
    uint toUInt(bool *ok = nullptr, int base = 10) const;
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
    short toShort(bool *ok = nullptr, int base = 10) const;
    ushort toUShort(bool *ok = nullptr, int base = 10) const;
    long toLong(bool *ok = nullptr, int base = 10) const;
    ulong toULong(bool *ok = nullptr, int base = 10) const;
    qulonglong toULongLong(bool *ok = nullptr, int base = 10) const;
    double toDouble(bool *ok = nullptr) const;
    float toFloat(bool *ok = nullptr) const;
    friend bool operator==(const QStringRef &lhs, const QStringRef &rhs) noexcept;
    friend bool operator!=(const QStringRef &lhs, const QStringRef &rhs) noexcept;
    friend bool operator==(const QStringRef &lhs, const QString &rhs) noexcept;
    friend bool operator!=(const QStringRef &lhs, const QString &rhs) noexcept;
    friend bool operator==(const QStringRef &lhs, QLatin1String rhs) noexcept;
    friend bool operator!=(const QStringRef &lhs, QLatin1String rhs) noexcept;
    friend bool operator==(const QStringRef &lhs, const char *rhs) noexcept;
    friend bool operator!=(const QStringRef &lhs, const char *rhs) noexcept;
    friend bool operator<(const QStringRef &lhs, const QStringRef &rhs) noexcept;
    friend QString operator+(const QString &lhs, const QStringRef &rhs);
    friend QString operator+(const QStringRef &lhs, const QString &rhs);
    friend QString operator+(QLatin1String lhs, const QStringRef &rhs);
    friend QString operator+(const QStringRef &lhs, QLatin1String rhs);
};

class QByteArrayView {
public:
    typedef char storage_type;
    typedef const char value_type;
    typedef qsizetype size_type;
    constexpr QByteArrayView() noexcept;
    constexpr QByteArrayView(std::nullptr_t) noexcept;
    QByteArrayView(const char *data, qsizetype len);
    QByteArrayView(const uchar *data, qsizetype len);
    QByteArrayView(const char *first, const char *last);
    QByteArrayView(const char *data) noexcept;
    QByteArrayView(const QByteArray &data) noexcept;
    QByteArray toByteArray() const;
    qsizetype size() const noexcept;
    qsizetype length() const noexcept;
    const char *data() const noexcept;
    const char *constData() const noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    char at(qsizetype n) const;
    char operator[](qsizetype n) const;
    QByteArrayView mid(qsizetype pos, qsizetype n = -1) const;
    QByteArrayView left(qsizetype n) const;
    QByteArrayView right(qsizetype n) const;
    QByteArrayView first(qsizetype n) const;
    QByteArrayView last(qsizetype n) const;
    QByteArrayView sliced(qsizetype pos) const;
    QByteArrayView sliced(qsizetype pos, qsizetype n) const;
    QByteArrayView chopped(qsizetype len) const;
    QByteArrayView trimmed() const noexcept;
    bool startsWith(QByteArrayView other) const noexcept;
    bool endsWith(QByteArrayView other) const noexcept;
    bool contains(QByteArrayView a) const noexcept;
    qsizetype indexOf(QByteArrayView a, qsizetype from = 0) const noexcept;
    int toInt(bool *ok = nullptr, int base = 10) const;
    uint toUInt(bool *ok = nullptr, int base = 10) const;
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const;
    friend bool operator==(QByteArrayView lhs, QByteArrayView rhs) noexcept;
    friend bool operator!=(QByteArrayView lhs, QByteArrayView rhs) noexcept;
};

class QAnyStringView {
public:
    typedef qptrdiff difference_type;
    typedef qsizetype size_type;
    constexpr QAnyStringView() noexcept;
    constexpr QAnyStringView(std::nullptr_t) noexcept;
    QAnyStringView(const char *str) noexcept;
    QAnyStringView(const char *str, qsizetype len);
    QAnyStringView(const char16_t *str) noexcept;
    QAnyStringView(const char16_t *str, qsizetype len);
    QAnyStringView(const QChar *str, qsizetype len);
    QAnyStringView(const QByteArray &str) noexcept;
    QAnyStringView(const QString &str) noexcept;
    QAnyStringView(QLatin1String str) noexcept;
    QAnyStringView(QStringView str) noexcept;
    QAnyStringView(const QChar &c) noexcept;
    QString toString() const;
    qsizetype size() const noexcept;
    qsizetype length() const noexcept;
    const void *data() const noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    static int compare(QAnyStringView lhs, QAnyStringView rhs, Qt::CaseSensitivity cs = Qt::CaseSensitive) noexcept;
    static bool equal(QAnyStringView lhs, QAnyStringView rhs) noexcept;
    friend bool operator==(QAnyStringView lhs, QAnyStringView rhs) noexcept;
    friend bool operator!=(QAnyStringView lhs, QAnyStringView rhs) noexcept;
};

// ---- Resources and global statics (qglobalstatic.h is simplified: same use, one holder type).
#define QT_MANGLE_NAMESPACE(name) name
#define Q_INIT_RESOURCE(name) \
    do { \
        extern int QT_MANGLE_NAMESPACE(qInitResources_##name)(); \
        QT_MANGLE_NAMESPACE(qInitResources_##name)(); \
    } while (false)
#define Q_CLEANUP_RESOURCE(name) \
    do { \
        extern int QT_MANGLE_NAMESPACE(qCleanupResources_##name)(); \
        QT_MANGLE_NAMESPACE(qCleanupResources_##name)(); \
    } while (false)
template <typename Type> struct QGlobalStatic {
    bool isDestroyed() const noexcept;
    bool exists() const noexcept;
    operator Type *();
    Type *operator()();
    Type *operator->();
    Type &operator*();
};
#define Q_GLOBAL_STATIC(TYPE, NAME, ...) static QGlobalStatic<TYPE> NAME;
#define Q_GLOBAL_STATIC_WITH_ARGS(TYPE, NAME, ARGS) static QGlobalStatic<TYPE> NAME;

// ---- QMultiHash / QMultiMap (Qt 6: their own classes): the members Qt code calls.
template <typename Key, typename T> class QMultiHash {
public:
    typedef typename QHash<Key, T>::iterator iterator;
    typedef typename QHash<Key, T>::const_iterator const_iterator;
    typedef iterator Iterator;
    typedef const_iterator ConstIterator;
    QMultiHash() noexcept;
    QMultiHash(std::initializer_list<std::pair<Key, T>> list);
    qsizetype size() const noexcept;
    qsizetype count() const noexcept;
    qsizetype count(const Key &key) const noexcept;
    bool isEmpty() const noexcept;
    void clear();
    bool contains(const Key &key) const noexcept;
    bool contains(const Key &key, const T &value) const noexcept;
    qsizetype remove(const Key &key);
    qsizetype remove(const Key &key, const T &value);
    T take(const Key &key);
    T value(const Key &key) const noexcept;
    T value(const Key &key, const T &defaultValue) const noexcept;
    QList<T> values() const;
    QList<T> values(const Key &key) const;
    QList<Key> keys() const;
    QList<Key> uniqueKeys() const;
    Key key(const T &value) const noexcept;
    iterator insert(const Key &key, const T &value);
    iterator replace(const Key &key, const T &value);
    iterator find(const Key &key);
    const_iterator find(const Key &key) const noexcept;
    const_iterator constFind(const Key &key) const noexcept;
    iterator erase(const_iterator it);
    iterator begin();
    const_iterator begin() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator constBegin() const noexcept;
    iterator end() noexcept;
    const_iterator end() const noexcept;
    const_iterator cend() const noexcept;
    const_iterator constEnd() const noexcept;
    T &operator[](const Key &key);
};
template <class Key, class T> class QMultiMap {
public:
    typedef typename QMap<Key, T>::iterator iterator;
    typedef typename QMap<Key, T>::const_iterator const_iterator;
    typedef iterator Iterator;
    typedef const_iterator ConstIterator;
    QMultiMap();
    QMultiMap(std::initializer_list<std::pair<Key, T>> list);
    qsizetype size() const;
    qsizetype count() const;
    qsizetype count(const Key &key) const;
    bool isEmpty() const;
    void clear();
    bool contains(const Key &key) const;
    bool contains(const Key &key, const T &value) const;
    qsizetype remove(const Key &key);
    qsizetype remove(const Key &key, const T &value);
    T take(const Key &key);
    T value(const Key &key, const T &defaultValue = T()) const;
    QList<T> values() const;
    QList<T> values(const Key &key) const;
    QList<Key> keys() const;
    QList<Key> uniqueKeys() const;
    Key key(const T &value, const Key &defaultKey = Key()) const;
    iterator insert(const Key &key, const T &value);
    iterator replace(const Key &key, const T &value);
    iterator find(const Key &key);
    const_iterator find(const Key &key) const;
    const_iterator constFind(const Key &key) const;
    iterator erase(const_iterator it);
    iterator begin();
    const_iterator begin() const;
    const_iterator constBegin() const;
    iterator end();
    const_iterator end() const;
    const_iterator constEnd() const;
};

// ---- qvariant_cast (qvariant.h).
template <typename T> inline T qvariant_cast(const QVariant &v);
template <typename T> inline T qvariant_cast(QVariant &&v);
