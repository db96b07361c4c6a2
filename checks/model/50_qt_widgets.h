// qtreview model, part 7: QtWidgets (windows, dialogs, layouts, buttons, editors, item views).
// Signatures as in Qt 6.4's headers;
// public and protected API only, drafted from those headers with libclang (types, default
// arguments, enum values) and checked against them by tests/checks/test_model.py; no bodies.

using QModelIndexList = QList<QModelIndex>;
using QWidgetList = QList<QWidget *>;
class QSizePolicy {
public:
    using QtGadgetHelper = void;
    enum PolicyFlag {
        GrowFlag = 1,
        ExpandFlag = 2,
        ShrinkFlag = 4,
        IgnoreFlag = 8
    };
    enum Policy {
        Fixed = 0,
        Minimum = 1,
        Maximum = 4,
        Preferred = 5,
        MinimumExpanding = 3,
        Expanding = 7,
        Ignored = 13
    };
    enum ControlType {
        DefaultType = 1,
        ButtonBox = 2,
        CheckBox = 4,
        ComboBox = 8,
        Frame = 16,
        GroupBox = 32,
        Label = 64,
        Line = 128,
        LineEdit = 256,
        PushButton = 512,
        RadioButton = 1024,
        Slider = 2048,
        SpinBox = 4096,
        TabWidget = 8192,
        ToolButton = 16384
    };
    using ControlTypes = QFlags<ControlType>;
    QSizePolicy() noexcept;
    QSizePolicy(Policy horizontal, Policy vertical, ControlType type = DefaultType) noexcept;
    Policy horizontalPolicy() const noexcept;
    Policy verticalPolicy() const noexcept;
    ControlType controlType() const noexcept;
    void setHorizontalPolicy(Policy d) noexcept;
    void setVerticalPolicy(Policy d) noexcept;
    void setControlType(ControlType type) noexcept;
    Qt::Orientations expandingDirections() const noexcept;
    void setHeightForWidth(bool b) noexcept;
    bool hasHeightForWidth() const noexcept;
    void setWidthForHeight(bool b) noexcept;
    bool hasWidthForHeight() const noexcept;
    bool operator==(const QSizePolicy &s) const noexcept;
    bool operator!=(const QSizePolicy &s) const noexcept;
    operator QVariant() const;
    int horizontalStretch() const noexcept;
    int verticalStretch() const noexcept;
    void setHorizontalStretch(int stretchFactor);
    void setVerticalStretch(int stretchFactor);
    bool retainSizeWhenHidden() const noexcept;
    void setRetainSizeWhenHidden(bool retainSize) noexcept;
    void transpose() noexcept;
    QSizePolicy transposed() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QSizePolicy &);
    friend QDataStream & operator>>(QDataStream &, QSizePolicy &);
    friend QDebug operator<<(QDebug dbg, const QSizePolicy &);
};

class QWidget : public QObject, public QPaintDevice {
    Q_OBJECT
public:
    enum RenderFlag {
        DrawWindowBackground = 1,
        DrawChildren = 2,
        IgnoreMask = 4
    };
    using RenderFlags = QFlags<RenderFlag>;
    explicit QWidget(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QWidget() noexcept;
    int devType() const override;
    WId winId() const;
    void createWinId();
    WId internalWinId() const;
    WId effectiveWinId() const;
    QStyle * style() const;
    void setStyle(QStyle *);
    bool isTopLevel() const;
    bool isWindow() const;
    bool isModal() const;
    Qt::WindowModality windowModality() const;
    void setWindowModality(Qt::WindowModality windowModality);
    bool isEnabled() const;
    bool isEnabledTo(const QWidget *) const;
public Q_SLOTS:
    void setEnabled(bool);
    void setDisabled(bool);
    void setWindowModified(bool);
public:
    QRect frameGeometry() const;
    const QRect & geometry() const;
    QRect normalGeometry() const;
    int x() const;
    int y() const;
    QPoint pos() const;
    QSize frameSize() const;
    QSize size() const;
    int width() const;
    int height() const;
    QRect rect() const;
    QRect childrenRect() const;
    QRegion childrenRegion() const;
    QSize minimumSize() const;
    QSize maximumSize() const;
    int minimumWidth() const;
    int minimumHeight() const;
    int maximumWidth() const;
    int maximumHeight() const;
    void setMinimumSize(const QSize &);
    void setMinimumSize(int minw, int minh);
    void setMaximumSize(const QSize &);
    void setMaximumSize(int maxw, int maxh);
    void setMinimumWidth(int minw);
    void setMinimumHeight(int minh);
    void setMaximumWidth(int maxw);
    void setMaximumHeight(int maxh);
    QSize sizeIncrement() const;
    void setSizeIncrement(const QSize &);
    void setSizeIncrement(int w, int h);
    QSize baseSize() const;
    void setBaseSize(const QSize &);
    void setBaseSize(int basew, int baseh);
    void setFixedSize(const QSize &);
    void setFixedSize(int w, int h);
    void setFixedWidth(int w);
    void setFixedHeight(int h);
    QPointF mapToGlobal(const QPointF &) const;
    QPoint mapToGlobal(const QPoint &) const;
    QPointF mapFromGlobal(const QPointF &) const;
    QPoint mapFromGlobal(const QPoint &) const;
    QPointF mapToParent(const QPointF &) const;
    QPoint mapToParent(const QPoint &) const;
    QPointF mapFromParent(const QPointF &) const;
    QPoint mapFromParent(const QPoint &) const;
    QPointF mapTo(const QWidget *, const QPointF &) const;
    QPoint mapTo(const QWidget *, const QPoint &) const;
    QPointF mapFrom(const QWidget *, const QPointF &) const;
    QPoint mapFrom(const QWidget *, const QPoint &) const;
    QWidget * window() const;
    QWidget * nativeParentWidget() const;
    QWidget * topLevelWidget() const;
    const QPalette & palette() const;
    void setPalette(const QPalette &);
    void setBackgroundRole(QPalette::ColorRole);
    QPalette::ColorRole backgroundRole() const;
    void setForegroundRole(QPalette::ColorRole);
    QPalette::ColorRole foregroundRole() const;
    const QFont & font() const;
    void setFont(const QFont &);
    QFontMetrics fontMetrics() const;
    QFontInfo fontInfo() const;
    QCursor cursor() const;
    void setCursor(const QCursor &);
    void unsetCursor();
    void setMouseTracking(bool enable);
    bool hasMouseTracking() const;
    bool underMouse() const;
    void setTabletTracking(bool enable);
    bool hasTabletTracking() const;
    void setMask(const QBitmap &);
    void setMask(const QRegion &);
    QRegion mask() const;
    void clearMask();
    void render(QPaintDevice *target, const QPoint &targetOffset = QPoint(), const QRegion &sourceRegion = QRegion(), RenderFlags renderFlags = RenderFlags(DrawWindowBackground | DrawChildren));
    void render(QPainter *painter, const QPoint &targetOffset = QPoint(), const QRegion &sourceRegion = QRegion(), RenderFlags renderFlags = RenderFlags(DrawWindowBackground | DrawChildren));
    QPixmap grab(const QRect &rectangle = QRect(QPoint(0, 0), QSize(-1, -1)));
    QGraphicsEffect * graphicsEffect() const;
    void setGraphicsEffect(QGraphicsEffect *effect);
    void grabGesture(Qt::GestureType type, Qt::GestureFlags flags = Qt::GestureFlags());
    void ungrabGesture(Qt::GestureType type);
public Q_SLOTS:
    void setWindowTitle(const QString &);
    void setStyleSheet(const QString &styleSheet);
public:
    QString styleSheet() const;
    QString windowTitle() const;
    void setWindowIcon(const QIcon &icon);
    QIcon windowIcon() const;
    void setWindowIconText(const QString &);
    QString windowIconText() const;
    void setWindowRole(const QString &);
    QString windowRole() const;
    void setWindowFilePath(const QString &filePath);
    QString windowFilePath() const;
    void setWindowOpacity(qreal level);
    qreal windowOpacity() const;
    bool isWindowModified() const;
    void setToolTip(const QString &);
    QString toolTip() const;
    void setToolTipDuration(int msec);
    int toolTipDuration() const;
    void setStatusTip(const QString &);
    QString statusTip() const;
    void setWhatsThis(const QString &);
    QString whatsThis() const;
    QString accessibleName() const;
    void setAccessibleName(const QString &name);
    QString accessibleDescription() const;
    void setAccessibleDescription(const QString &description);
    void setLayoutDirection(Qt::LayoutDirection direction);
    Qt::LayoutDirection layoutDirection() const;
    void unsetLayoutDirection();
    void setLocale(const QLocale &locale);
    QLocale locale() const;
    void unsetLocale();
    bool isRightToLeft() const;
    bool isLeftToRight() const;
public Q_SLOTS:
    void setFocus();
public:
    bool isActiveWindow() const;
    void activateWindow();
    void clearFocus();
    void setFocus(Qt::FocusReason reason);
    Qt::FocusPolicy focusPolicy() const;
    void setFocusPolicy(Qt::FocusPolicy policy);
    bool hasFocus() const;
    static void setTabOrder(QWidget *, QWidget *);
    void setFocusProxy(QWidget *);
    QWidget * focusProxy() const;
    Qt::ContextMenuPolicy contextMenuPolicy() const;
    void setContextMenuPolicy(Qt::ContextMenuPolicy policy);
    void grabMouse();
    void grabMouse(const QCursor &);
    void releaseMouse();
    void grabKeyboard();
    void releaseKeyboard();
    int grabShortcut(const QKeySequence &key, Qt::ShortcutContext context = Qt::WindowShortcut);
    void releaseShortcut(int id);
    void setShortcutEnabled(int id, bool enable = true);
    void setShortcutAutoRepeat(int id, bool enable = true);
    static QWidget * mouseGrabber();
    static QWidget * keyboardGrabber();
    bool updatesEnabled() const;
    void setUpdatesEnabled(bool enable);
public Q_SLOTS:
    void update();
    void repaint();
public:
    void update(int x, int y, int w, int h);
    void update(const QRect &);
    void update(const QRegion &);
    void repaint(int x, int y, int w, int h);
    void repaint(const QRect &);
    void repaint(const QRegion &);
public Q_SLOTS:
    virtual void setVisible(bool visible);
    void setHidden(bool hidden);
    void show();
    void hide();
    void showMinimized();
    void showMaximized();
    void showFullScreen();
    void showNormal();
    bool close();
    void raise();
    void lower();
public:
    void stackUnder(QWidget *);
    void move(int x, int y);
    void move(const QPoint &);
    void resize(int w, int h);
    void resize(const QSize &);
    void setGeometry(int x, int y, int w, int h);
    void setGeometry(const QRect &);
    QByteArray saveGeometry() const;
    bool restoreGeometry(const QByteArray &geometry);
    void adjustSize();
    bool isVisible() const;
    bool isVisibleTo(const QWidget *) const;
    bool isHidden() const;
    bool isMinimized() const;
    bool isMaximized() const;
    bool isFullScreen() const;
    Qt::WindowStates windowState() const;
    void setWindowState(Qt::WindowStates state);
    void overrideWindowState(Qt::WindowStates state);
    virtual QSize sizeHint() const;
    virtual QSize minimumSizeHint() const;
    QSizePolicy sizePolicy() const;
    void setSizePolicy(QSizePolicy);
    void setSizePolicy(QSizePolicy::Policy horizontal, QSizePolicy::Policy vertical);
    virtual int heightForWidth(int) const;
    virtual bool hasHeightForWidth() const;
    QRegion visibleRegion() const;
    void setContentsMargins(int left, int top, int right, int bottom);
    void setContentsMargins(const QMargins &margins);
    QMargins contentsMargins() const;
    QRect contentsRect() const;
    QLayout * layout() const;
    void setLayout(QLayout *);
    void updateGeometry();
    void setParent(QWidget *parent);
    void setParent(QWidget *parent, Qt::WindowFlags f);
    void scroll(int dx, int dy);
    void scroll(int dx, int dy, const QRect &);
    QWidget * focusWidget() const;
    QWidget * nextInFocusChain() const;
    QWidget * previousInFocusChain() const;
    bool acceptDrops() const;
    void setAcceptDrops(bool on);
    void addAction(QAction *action);
    void addActions(const QList<QAction *> &actions);
    void insertActions(QAction *before, const QList<QAction *> &actions);
    void insertAction(QAction *before, QAction *action);
    void removeAction(QAction *action);
    QList<QAction *> actions() const;
    QAction * addAction(const QString &text);
    QAction * addAction(const QIcon &icon, const QString &text);
    QAction * addAction(const QString &text, const QObject *receiver, const char *member, Qt::ConnectionType type = Qt::AutoConnection);
    QAction * addAction(const QIcon &icon, const QString &text, const QObject *receiver, const char *member, Qt::ConnectionType type = Qt::AutoConnection);
    QAction * addAction(const QString &text, const QKeySequence &shortcut);
    QAction * addAction(const QIcon &icon, const QString &text, const QKeySequence &shortcut);
    QAction * addAction(const QString &text, const QKeySequence &shortcut, const QObject *receiver, const char *member, Qt::ConnectionType type = Qt::AutoConnection);
    QAction * addAction(const QIcon &icon, const QString &text, const QKeySequence &shortcut, const QObject *receiver, const char *member, Qt::ConnectionType type = Qt::AutoConnection);
    QWidget * parentWidget() const;
    void setWindowFlags(Qt::WindowFlags type);
    Qt::WindowFlags windowFlags() const;
    void setWindowFlag(Qt::WindowType, bool on = true);
    void overrideWindowFlags(Qt::WindowFlags type);
    Qt::WindowType windowType() const;
    static QWidget * find(WId);
    QWidget * childAt(int x, int y) const;
    QWidget * childAt(const QPoint &p) const;
    void setAttribute(Qt::WidgetAttribute, bool on = true);
    bool testAttribute(Qt::WidgetAttribute) const;
    void ensurePolished() const;
    bool isAncestorOf(const QWidget *child) const;
    bool autoFillBackground() const;
    void setAutoFillBackground(bool enabled);
    QBackingStore * backingStore() const;
    QWindow * windowHandle() const;
    QScreen * screen() const;
    void setScreen(QScreen *);
    static QWidget * createWindowContainer(QWindow *window, QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    void windowTitleChanged(const QString &title);
    void windowIconChanged(const QIcon &icon);
    void windowIconTextChanged(const QString &iconText);
    void customContextMenuRequested(const QPoint &pos);
protected:
    bool event(QEvent *event) override;
    virtual void mousePressEvent(QMouseEvent *event);
    virtual void mouseReleaseEvent(QMouseEvent *event);
    virtual void mouseDoubleClickEvent(QMouseEvent *event);
    virtual void mouseMoveEvent(QMouseEvent *event);
    virtual void wheelEvent(QWheelEvent *event);
    virtual void tabletEvent(QTabletEvent *event);
    virtual void keyPressEvent(QKeyEvent *event);
    virtual void keyReleaseEvent(QKeyEvent *event);
    virtual void focusInEvent(QFocusEvent *event);
    virtual void focusOutEvent(QFocusEvent *event);
    virtual void enterEvent(QEnterEvent *event);
    virtual void leaveEvent(QEvent *event);
    virtual void paintEvent(QPaintEvent *event);
    virtual void moveEvent(QMoveEvent *event);
    virtual void resizeEvent(QResizeEvent *event);
    virtual void closeEvent(QCloseEvent *event);
    virtual void contextMenuEvent(QContextMenuEvent *event);
    virtual void dragEnterEvent(QDragEnterEvent *event);
    virtual void dragMoveEvent(QDragMoveEvent *event);
    virtual void dragLeaveEvent(QDragLeaveEvent *event);
    virtual void dropEvent(QDropEvent *event);
    virtual void showEvent(QShowEvent *event);
    virtual void hideEvent(QHideEvent *event);
    virtual bool nativeEvent(const QByteArray &eventType, void *message, qintptr *result);
    virtual void changeEvent(QEvent *);
    int metric(PaintDeviceMetric) const override;
    void initPainter(QPainter *painter) const override;
    QPaintDevice * redirected(QPoint *offset) const override;
    QPainter * sharedPainter() const override;
public:
    virtual QVariant inputMethodQuery(Qt::InputMethodQuery) const;
    Qt::InputMethodHints inputMethodHints() const;
    void setInputMethodHints(Qt::InputMethodHints hints);
protected Q_SLOTS:
    void updateMicroFocus(Qt::InputMethodQuery query = Qt::ImQueryAll);
protected:
    void create(WId = 0, bool initializeWindow = true, bool destroyOldWindow = true);
    void destroy(bool destroyWindow = true, bool destroySubWindows = true);
    virtual bool focusNextPrevChild(bool next);
    bool focusNextChild();
    bool focusPreviousChild();
public:
    template <typename... Args> QAction *addAction(const QString &text, Args &&...args);
    template <typename... Args> QAction *addAction(const QIcon &icon, const QString &text, Args &&...args);
    template <typename... Args> QAction *addAction(const QString &text, const QKeySequence &shortcut, Args &&...args);
    template <typename... Args>
    QAction *addAction(const QIcon &icon, const QString &text, const QKeySequence &shortcut, Args &&...args);
    friend QDebug operator<<(QDebug, const QWidget *);
};

// Qt 5 only (removed in Qt 6, where QScreen says the same).
class QDesktopWidget : public QWidget {
    Q_OBJECT
public:
    QDesktopWidget();
    ~QDesktopWidget() noexcept;
    int screenNumber(const QWidget *widget = nullptr) const;
    int screenNumber(const QPoint &point) const;
    const QRect screenGeometry(int screen = -1) const;
    const QRect screenGeometry(const QWidget *widget) const;
    const QRect availableGeometry(int screen = -1) const;
    const QRect availableGeometry(const QWidget *widget) const;
    int screenCount() const;
    int primaryScreen() const;
    bool isVirtualDesktop() const;
};

class QApplication : public QGuiApplication {
    Q_OBJECT
public:
    QApplication(int &argc, char **argv, int = ApplicationFlags);
    virtual ~QApplication() noexcept;
    static QStyle * style();
    static void setStyle(QStyle *);
    static QStyle * setStyle(const QString &);
    using QGuiApplication::palette;
    static QPalette palette(const QWidget *);
    static QPalette palette(const char *className);
    static void setPalette(const QPalette &, const char *className = nullptr);
    static QFont font();
    static QFont font(const QWidget *);
    static QFont font(const char *className);
    static void setFont(const QFont &, const char *className = nullptr);
    static QFontMetrics fontMetrics();
    static QWidgetList allWidgets();
    static QWidgetList topLevelWidgets();
    static QWidget * activePopupWidget();
    static QWidget * activeModalWidget();
    static QWidget * focusWidget();
    static QWidget * activeWindow();
    static void setActiveWindow(QWidget *act);
    static QWidget * widgetAt(const QPoint &p);
    static QWidget * widgetAt(int x, int y);
    static QWidget * topLevelAt(const QPoint &p);
    static QWidget * topLevelAt(int x, int y);
    static void beep();
    static void alert(QWidget *widget, int duration = 0);
    static void setCursorFlashTime(int);
    static int cursorFlashTime();
    static void setDoubleClickInterval(int);
    static int doubleClickInterval();
    static void setKeyboardInputInterval(int);
    static int keyboardInputInterval();
    static void setWheelScrollLines(int);
    static int wheelScrollLines();
    static void setStartDragTime(int ms);
    static int startDragTime();
    static void setStartDragDistance(int l);
    static int startDragDistance();
    static QSize globalStrut(); // Qt 5 only
    static void setGlobalStrut(const QSize &); // Qt 5 only
    static bool isEffectEnabled(Qt::UIEffect);
    static void setEffectEnabled(Qt::UIEffect, bool enable = true);
    static int exec();
    bool notify(QObject *, QEvent *) override;
protected:
public:
    void focusChanged(QWidget *old, QWidget *now);
    QString styleSheet() const;
public Q_SLOTS:
    void setStyleSheet(const QString &sheet);
    void setAutoSipEnabled(const bool enabled);
    bool autoSipEnabled() const;
    static void closeAllWindows();
    static void aboutQt();
    static QDesktopWidget * desktop();  // Qt 5: QGuiApplication::screens() in Qt 6
protected:
    bool event(QEvent *) override;
};
#undef qApp
#define qApp (static_cast<QApplication *>(QCoreApplication::instance()))

class QDialog : public QWidget {
    Q_OBJECT
public:
    explicit QDialog(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QDialog() noexcept;
    enum DialogCode {
        Rejected = 0,
        Accepted = 1
    };
    int result() const;
    void setVisible(bool visible) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setSizeGripEnabled(bool);
    bool isSizeGripEnabled() const;
    void setModal(bool modal);
    void setResult(int r);
    void finished(int result);
    void accepted();
    void rejected();
public Q_SLOTS:
    virtual void open();
    virtual int exec();
    virtual void done(int);
    virtual void accept();
    virtual void reject();
protected:
    void keyPressEvent(QKeyEvent *) override;
    void closeEvent(QCloseEvent *) override;
    void showEvent(QShowEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;
    bool eventFilter(QObject *, QEvent *) override;
    void adjustPosition(QWidget *);
};

class QTabWidget : public QWidget {
    Q_OBJECT
public:
    explicit QTabWidget(QWidget *parent = nullptr);
    ~QTabWidget() noexcept;
    int addTab(QWidget *widget, const QString &);
    int addTab(QWidget *widget, const QIcon &icon, const QString &label);
    int insertTab(int index, QWidget *widget, const QString &);
    int insertTab(int index, QWidget *widget, const QIcon &icon, const QString &label);
    void removeTab(int index);
    bool isTabEnabled(int index) const;
    void setTabEnabled(int index, bool enabled);
    bool isTabVisible(int index) const;
    void setTabVisible(int index, bool visible);
    QString tabText(int index) const;
    void setTabText(int index, const QString &text);
    QIcon tabIcon(int index) const;
    void setTabIcon(int index, const QIcon &icon);
    void setTabToolTip(int index, const QString &tip);
    QString tabToolTip(int index) const;
    void setTabWhatsThis(int index, const QString &text);
    QString tabWhatsThis(int index) const;
    int currentIndex() const;
    QWidget * currentWidget() const;
    QWidget * widget(int index) const;
    int indexOf(const QWidget *widget) const;
    int count() const;
    enum TabPosition {
        North = 0,
        South = 1,
        West = 2,
        East = 3
    };
    TabPosition tabPosition() const;
    void setTabPosition(TabPosition position);
    bool tabsClosable() const;
    void setTabsClosable(bool closeable);
    bool isMovable() const;
    void setMovable(bool movable);
    enum TabShape {
        Rounded = 0,
        Triangular = 1
    };
    TabShape tabShape() const;
    void setTabShape(TabShape s);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override;
    void setCornerWidget(QWidget *w, Qt::Corner corner = Qt::TopRightCorner);
    QWidget * cornerWidget(Qt::Corner corner = Qt::TopRightCorner) const;
    Qt::TextElideMode elideMode() const;
    void setElideMode(Qt::TextElideMode mode);
    QSize iconSize() const;
    void setIconSize(const QSize &size);
    bool usesScrollButtons() const;
    void setUsesScrollButtons(bool useButtons);
    bool documentMode() const;
    void setDocumentMode(bool set);
    bool tabBarAutoHide() const;
    void setTabBarAutoHide(bool enabled);
    void clear();
    QTabBar * tabBar() const;
public Q_SLOTS:
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *widget);
public:
    void currentChanged(int index);
    void tabCloseRequested(int index);
    void tabBarClicked(int index);
    void tabBarDoubleClicked(int index);
protected:
    virtual void tabInserted(int index);
    virtual void tabRemoved(int index);
    void showEvent(QShowEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void setTabBar(QTabBar *);
    void changeEvent(QEvent *) override;
    bool event(QEvent *) override;
};

class QMainWindow : public QWidget {
    Q_OBJECT
public:
    enum DockOption {
        AnimatedDocks = 1,
        AllowNestedDocks = 2,
        AllowTabbedDocks = 4,
        ForceTabbedDocks = 8,
        VerticalTabs = 16,
        GroupedDragging = 32
    };
    using DockOptions = QFlags<DockOption>;
    explicit QMainWindow(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QMainWindow() noexcept;
    QSize iconSize() const;
    void setIconSize(const QSize &iconSize);
    Qt::ToolButtonStyle toolButtonStyle() const;
    void setToolButtonStyle(Qt::ToolButtonStyle toolButtonStyle);
    bool isAnimated() const;
    bool isDockNestingEnabled() const;
    bool documentMode() const;
    void setDocumentMode(bool enabled);
    QTabWidget::TabShape tabShape() const;
    void setTabShape(QTabWidget::TabShape tabShape);
    QTabWidget::TabPosition tabPosition(Qt::DockWidgetArea area) const;
    void setTabPosition(Qt::DockWidgetAreas areas, QTabWidget::TabPosition tabPosition);
    void setDockOptions(DockOptions options);
    DockOptions dockOptions() const;
    bool isSeparator(const QPoint &pos) const;
    QMenuBar * menuBar() const;
    void setMenuBar(QMenuBar *menubar);
    QWidget * menuWidget() const;
    void setMenuWidget(QWidget *menubar);
    QStatusBar * statusBar() const;
    void setStatusBar(QStatusBar *statusbar);
    QWidget * centralWidget() const;
    void setCentralWidget(QWidget *widget);
    QWidget * takeCentralWidget();
    void setCorner(Qt::Corner corner, Qt::DockWidgetArea area);
    Qt::DockWidgetArea corner(Qt::Corner corner) const;
    void addToolBarBreak(Qt::ToolBarArea area = Qt::TopToolBarArea);
    void insertToolBarBreak(QToolBar *before);
    void addToolBar(Qt::ToolBarArea area, QToolBar *toolbar);
    void addToolBar(QToolBar *toolbar);
    QToolBar * addToolBar(const QString &title);
    void insertToolBar(QToolBar *before, QToolBar *toolbar);
    void removeToolBar(QToolBar *toolbar);
    void removeToolBarBreak(QToolBar *before);
    bool unifiedTitleAndToolBarOnMac() const;
    Qt::ToolBarArea toolBarArea(const QToolBar *toolbar) const;
    bool toolBarBreak(QToolBar *toolbar) const;
    void addDockWidget(Qt::DockWidgetArea area, QDockWidget *dockwidget);
    void addDockWidget(Qt::DockWidgetArea area, QDockWidget *dockwidget, Qt::Orientation orientation);
    void splitDockWidget(QDockWidget *after, QDockWidget *dockwidget, Qt::Orientation orientation);
    void tabifyDockWidget(QDockWidget *first, QDockWidget *second);
    QList<QDockWidget *> tabifiedDockWidgets(QDockWidget *dockwidget) const;
    void removeDockWidget(QDockWidget *dockwidget);
    bool restoreDockWidget(QDockWidget *dockwidget);
    Qt::DockWidgetArea dockWidgetArea(QDockWidget *dockwidget) const;
    void resizeDocks(const QList<QDockWidget *> &docks, const QList<int> &sizes, Qt::Orientation orientation);
    QByteArray saveState(int version = 0) const;
    bool restoreState(const QByteArray &state, int version = 0);
    virtual QMenu * createPopupMenu();
public Q_SLOTS:
    void setAnimated(bool enabled);
    void setDockNestingEnabled(bool enabled);
    void setUnifiedTitleAndToolBarOnMac(bool set);
public:
    void iconSizeChanged(const QSize &iconSize);
    void toolButtonStyleChanged(Qt::ToolButtonStyle toolButtonStyle);
    void tabifiedDockWidgetActivated(QDockWidget *dockWidget);
protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
};

class QFrame : public QWidget {
    Q_OBJECT
public:
    explicit QFrame(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QFrame() noexcept;
    int frameStyle() const;
    void setFrameStyle(int);
    int frameWidth() const;
    QSize sizeHint() const override;
    enum Shape {
        NoFrame = 0,
        Box = 1,
        Panel = 2,
        WinPanel = 3,
        HLine = 4,
        VLine = 5,
        StyledPanel = 6
    };
    enum Shadow {
        Plain = 16,
        Raised = 32,
        Sunken = 48
    };
    enum StyleMask {
        Shadow_Mask = 240,
        Shape_Mask = 15
    };
    Shape frameShape() const;
    void setFrameShape(Shape);
    Shadow frameShadow() const;
    void setFrameShadow(Shadow);
    int lineWidth() const;
    void setLineWidth(int);
    int midLineWidth() const;
    void setMidLineWidth(int);
    QRect frameRect() const;
    void setFrameRect(const QRect &);
protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
    void changeEvent(QEvent *) override;
    void drawFrame(QPainter *);
    virtual void initStyleOption(QStyleOptionFrame *option) const;
};

class QLabel : public QFrame {
    Q_OBJECT
public:
    explicit QLabel(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    explicit QLabel(const QString &text, QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QLabel() noexcept;
    QString text() const;
    QPixmap pixmap(Qt::ReturnByValueConstant) const;
    QPixmap pixmap() const;
    QMovie * movie() const;
    Qt::TextFormat textFormat() const;
    void setTextFormat(Qt::TextFormat);
    QTextDocument::ResourceProvider resourceProvider() const;
    void setResourceProvider(const QTextDocument::ResourceProvider &provider);
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment);
    void setWordWrap(bool on);
    bool wordWrap() const;
    int indent() const;
    void setIndent(int);
    int margin() const;
    void setMargin(int);
    bool hasScaledContents() const;
    void setScaledContents(bool);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setBuddy(QWidget *);
    QWidget * buddy() const;
    int heightForWidth(int) const override;
    bool openExternalLinks() const;
    void setOpenExternalLinks(bool open);
    void setTextInteractionFlags(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags textInteractionFlags() const;
    void setSelection(int, int);
    bool hasSelectedText() const;
    QString selectedText() const;
    int selectionStart() const;
public Q_SLOTS:
    void setText(const QString &);
    void setPixmap(const QPixmap &);
    void setMovie(QMovie *movie);
    void setNum(int);
    void setNum(double);
    void clear();
public:
    void linkActivated(const QString &link);
    void linkHovered(const QString &link);
protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *ev) override;
    void paintEvent(QPaintEvent *) override;
    void changeEvent(QEvent *) override;
    void mousePressEvent(QMouseEvent *ev) override;
    void mouseMoveEvent(QMouseEvent *ev) override;
    void mouseReleaseEvent(QMouseEvent *ev) override;
    void contextMenuEvent(QContextMenuEvent *ev) override;
    void focusInEvent(QFocusEvent *ev) override;
    void focusOutEvent(QFocusEvent *ev) override;
    bool focusNextPrevChild(bool next) override;
};

class QAbstractButton : public QWidget {
    Q_OBJECT
public:
    explicit QAbstractButton(QWidget *parent = nullptr);
    ~QAbstractButton() noexcept;
    void setText(const QString &text);
    QString text() const;
    void setIcon(const QIcon &icon);
    QIcon icon() const;
    QSize iconSize() const;
    void setShortcut(const QKeySequence &key);
    QKeySequence shortcut() const;
    void setCheckable(bool);
    bool isCheckable() const;
    bool isChecked() const;
    void setDown(bool);
    bool isDown() const;
    void setAutoRepeat(bool);
    bool autoRepeat() const;
    void setAutoRepeatDelay(int);
    int autoRepeatDelay() const;
    void setAutoRepeatInterval(int);
    int autoRepeatInterval() const;
    void setAutoExclusive(bool);
    bool autoExclusive() const;
    QButtonGroup * group() const;
public Q_SLOTS:
    void setIconSize(const QSize &size);
    void animateClick();
    void click();
    void toggle();
    void setChecked(bool);
public:
    void pressed();
    void released();
    void clicked(bool checked = false);
    void toggled(bool checked);
protected:
    void paintEvent(QPaintEvent *e) override = 0;
    virtual bool hitButton(const QPoint &pos) const;
    virtual void checkStateSet();
    virtual void nextCheckState();
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void keyReleaseEvent(QKeyEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    void changeEvent(QEvent *e) override;
    void timerEvent(QTimerEvent *e) override;
};

class QPushButton : public QAbstractButton {
    Q_OBJECT
public:
    explicit QPushButton(QWidget *parent = nullptr);
    explicit QPushButton(const QString &text, QWidget *parent = nullptr);
    QPushButton(const QIcon &icon, const QString &text, QWidget *parent = nullptr);
    ~QPushButton() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool autoDefault() const;
    void setAutoDefault(bool);
    bool isDefault() const;
    void setDefault(bool);
    void setMenu(QMenu *menu);
    QMenu * menu() const;
    void setFlat(bool);
    bool isFlat() const;
public Q_SLOTS:
    void showMenu();
protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void focusInEvent(QFocusEvent *) override;
    void focusOutEvent(QFocusEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    virtual void initStyleOption(QStyleOptionButton *option) const;
    bool hitButton(const QPoint &pos) const override;
public:
};

class QCommandLinkButton : public QPushButton {
    Q_OBJECT
public:
    explicit QCommandLinkButton(QWidget *parent = nullptr);
    explicit QCommandLinkButton(const QString &text, QWidget *parent = nullptr);
    explicit QCommandLinkButton(const QString &text, const QString &description, QWidget *parent = nullptr);
    QString description() const;
    void setDescription(const QString &description);
};

class QCheckBox : public QAbstractButton {
    Q_OBJECT
public:
    explicit QCheckBox(QWidget *parent = nullptr);
    explicit QCheckBox(const QString &text, QWidget *parent = nullptr);
    ~QCheckBox() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setTristate(bool y = true);
    bool isTristate() const;
    Qt::CheckState checkState() const;
    void setCheckState(Qt::CheckState state);
    void stateChanged(int);
protected:
    bool event(QEvent *e) override;
    bool hitButton(const QPoint &pos) const override;
    void checkStateSet() override;
    void nextCheckState() override;
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    virtual void initStyleOption(QStyleOptionButton *option) const;
};

class QRadioButton : public QAbstractButton {
    Q_OBJECT
public:
    explicit QRadioButton(QWidget *parent = nullptr);
    explicit QRadioButton(const QString &text, QWidget *parent = nullptr);
    ~QRadioButton() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
protected:
    bool event(QEvent *e) override;
    bool hitButton(const QPoint &) const override;
    void paintEvent(QPaintEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    virtual void initStyleOption(QStyleOptionButton *button) const;
};

class QToolButton : public QAbstractButton {
    Q_OBJECT
public:
    enum ToolButtonPopupMode {
        DelayedPopup = 0,
        MenuButtonPopup = 1,
        InstantPopup = 2
    };
    explicit QToolButton(QWidget *parent = nullptr);
    ~QToolButton() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    Qt::ToolButtonStyle toolButtonStyle() const;
    Qt::ArrowType arrowType() const;
    void setArrowType(Qt::ArrowType type);
    void setMenu(QMenu *menu);
    QMenu * menu() const;
    void setPopupMode(ToolButtonPopupMode mode);
    ToolButtonPopupMode popupMode() const;
    QAction * defaultAction() const;
    void setAutoRaise(bool enable);
    bool autoRaise() const;
public Q_SLOTS:
    void showMenu();
    void setToolButtonStyle(Qt::ToolButtonStyle style);
    void setDefaultAction(QAction *);
public:
    void triggered(QAction *);
protected:
    bool event(QEvent *e) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void enterEvent(QEnterEvent *) override;
    void leaveEvent(QEvent *) override;
    void timerEvent(QTimerEvent *) override;
    void changeEvent(QEvent *) override;
    bool hitButton(const QPoint &pos) const override;
    void checkStateSet() override;
    void nextCheckState() override;
    virtual void initStyleOption(QStyleOptionToolButton *option) const;
};

class QLineEdit : public QWidget {
    Q_OBJECT
public:
    enum ActionPosition {
        LeadingPosition = 0,
        TrailingPosition = 1
    };
    explicit QLineEdit(QWidget *parent = nullptr);
    explicit QLineEdit(const QString &, QWidget *parent = nullptr);
    ~QLineEdit() noexcept;
    QString text() const;
    QString displayText() const;
    QString placeholderText() const;
    void setPlaceholderText(const QString &);
    int maxLength() const;
    void setMaxLength(int);
    void setFrame(bool);
    bool hasFrame() const;
    void setClearButtonEnabled(bool enable);
    bool isClearButtonEnabled() const;
    enum EchoMode {
        Normal = 0,
        NoEcho = 1,
        Password = 2,
        PasswordEchoOnEdit = 3
    };
    EchoMode echoMode() const;
    void setEchoMode(EchoMode);
    bool isReadOnly() const;
    void setReadOnly(bool);
    void setValidator(const QValidator *);
    const QValidator * validator() const;
    void setCompleter(QCompleter *completer);
    QCompleter * completer() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int cursorPosition() const;
    void setCursorPosition(int);
    int cursorPositionAt(const QPoint &pos);
    void setAlignment(Qt::Alignment flag);
    Qt::Alignment alignment() const;
    void cursorForward(bool mark, int steps = 1);
    void cursorBackward(bool mark, int steps = 1);
    void cursorWordForward(bool mark);
    void cursorWordBackward(bool mark);
    void backspace();
    void del();
    void home(bool mark);
    void end(bool mark);
    bool isModified() const;
    void setModified(bool);
    void setSelection(int, int);
    bool hasSelectedText() const;
    QString selectedText() const;
    int selectionStart() const;
    int selectionEnd() const;
    int selectionLength() const;
    bool isUndoAvailable() const;
    bool isRedoAvailable() const;
    void setDragEnabled(bool b);
    bool dragEnabled() const;
    void setCursorMoveStyle(Qt::CursorMoveStyle style);
    Qt::CursorMoveStyle cursorMoveStyle() const;
    QString inputMask() const;
    void setInputMask(const QString &inputMask);
    bool hasAcceptableInput() const;
    void setTextMargins(int left, int top, int right, int bottom);
    void setTextMargins(const QMargins &margins);
    QMargins textMargins() const;
    using QWidget::addAction;
    void addAction(QAction *action, ActionPosition position);
    QAction * addAction(const QIcon &icon, ActionPosition position);
public Q_SLOTS:
    void setText(const QString &);
    void clear();
    void selectAll();
    void undo();
    void redo();
    void cut();
    void copy() const;
    void paste();
public:
    void deselect();
    void insert(const QString &);
    QMenu * createStandardContextMenu();
    void textChanged(const QString &);
    void textEdited(const QString &);
    void cursorPositionChanged(int, int);
    void returnPressed();
    void editingFinished();
    void selectionChanged();
    void inputRejected();
protected:
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void keyReleaseEvent(QKeyEvent *) override;
    void focusInEvent(QFocusEvent *) override;
    void focusOutEvent(QFocusEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dragLeaveEvent(QDragLeaveEvent *e) override;
    void dropEvent(QDropEvent *) override;
    void changeEvent(QEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;
    virtual void initStyleOption(QStyleOptionFrame *option) const;
public:
    QVariant inputMethodQuery(Qt::InputMethodQuery) const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery property, QVariant argument) const;
    void timerEvent(QTimerEvent *) override;
    bool event(QEvent *) override;
protected:
    QRect cursorRect() const;
public:
};

class QLayoutItem {
public:
    explicit QLayoutItem(Qt::Alignment alignment = Qt::Alignment());
    virtual ~QLayoutItem() noexcept;
    virtual QSize sizeHint() const = 0;
    virtual QSize minimumSize() const = 0;
    virtual QSize maximumSize() const = 0;
    virtual Qt::Orientations expandingDirections() const = 0;
    virtual void setGeometry(const QRect &) = 0;
    virtual QRect geometry() const = 0;
    virtual bool isEmpty() const = 0;
    virtual bool hasHeightForWidth() const;
    virtual int heightForWidth(int) const;
    virtual int minimumHeightForWidth(int) const;
    virtual void invalidate();
    virtual QWidget * widget() const;
    virtual QLayout * layout();
    virtual QSpacerItem * spacerItem();
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment a);
    virtual QSizePolicy::ControlTypes controlTypes() const;
protected:
    Qt::Alignment align;
};

class QSpacerItem : public QLayoutItem {
public:
    QSpacerItem(int w, int h, QSizePolicy::Policy hData = QSizePolicy::Minimum, QSizePolicy::Policy vData = QSizePolicy::Minimum);
    ~QSpacerItem() noexcept;
    void changeSize(int w, int h, QSizePolicy::Policy hData = QSizePolicy::Minimum, QSizePolicy::Policy vData = QSizePolicy::Minimum);
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    QSize maximumSize() const override;
    Qt::Orientations expandingDirections() const override;
    bool isEmpty() const override;
    void setGeometry(const QRect &) override;
    QRect geometry() const override;
    QSpacerItem * spacerItem() override;
    QSizePolicy sizePolicy() const;
};

class QWidgetItem : public QLayoutItem {
public:
    explicit QWidgetItem(QWidget *w);
    ~QWidgetItem() noexcept;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    QSize maximumSize() const override;
    Qt::Orientations expandingDirections() const override;
    bool isEmpty() const override;
    void setGeometry(const QRect &) override;
    QRect geometry() const override;
    QWidget * widget() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int) const override;
    int minimumHeightForWidth(int) const override;
    QSizePolicy::ControlTypes controlTypes() const override;
protected:
    QWidget * wid;
};

class QLayout : public QObject, public QLayoutItem {
    Q_OBJECT
public:
    enum SizeConstraint {
        SetDefaultConstraint = 0,
        SetNoConstraint = 1,
        SetMinimumSize = 2,
        SetFixedSize = 3,
        SetMaximumSize = 4,
        SetMinAndMaxSize = 5
    };
    explicit QLayout(QWidget *parent = nullptr);
    ~QLayout() noexcept;
    virtual int spacing() const;
    virtual void setSpacing(int);
    void setContentsMargins(int left, int top, int right, int bottom);
    void setContentsMargins(const QMargins &margins);
    void unsetContentsMargins();
    void getContentsMargins(int *left, int *top, int *right, int *bottom) const;
    QMargins contentsMargins() const;
    QRect contentsRect() const;
    bool setAlignment(QWidget *w, Qt::Alignment alignment);
    bool setAlignment(QLayout *l, Qt::Alignment alignment);
    using QLayoutItem::setAlignment;
    void setSizeConstraint(SizeConstraint);
    SizeConstraint sizeConstraint() const;
    void setMenuBar(QWidget *w);
    QWidget * menuBar() const;
    QWidget * parentWidget() const;
    void invalidate() override;
    QRect geometry() const override;
    bool activate();
    void update();
    void addWidget(QWidget *w);
    virtual void addItem(QLayoutItem *) = 0;
    void removeWidget(QWidget *w);
    void removeItem(QLayoutItem *);
    Qt::Orientations expandingDirections() const override;
    QSize minimumSize() const override;
    QSize maximumSize() const override;
    virtual void setGeometry(const QRect &) override;
    virtual QLayoutItem * itemAt(int index) const = 0;
    virtual QLayoutItem * takeAt(int index) = 0;
    virtual int indexOf(const QWidget *) const;
    virtual int indexOf(const QLayoutItem *) const;
    virtual int count() const = 0;
    bool isEmpty() const override;
    QSizePolicy::ControlTypes controlTypes() const override;
    virtual QLayoutItem * replaceWidget(QWidget *from, QWidget *to, Qt::FindChildOptions options = Qt::FindChildrenRecursively);
    int totalMinimumHeightForWidth(int w) const;
    int totalHeightForWidth(int w) const;
    QSize totalMinimumSize() const;
    QSize totalMaximumSize() const;
    QSize totalSizeHint() const;
    QLayout * layout() override;
    void setEnabled(bool);
    bool isEnabled() const;
    static QSize closestAcceptableSize(const QWidget *w, const QSize &s);
protected:
    void widgetEvent(QEvent *);
    void childEvent(QChildEvent *e) override;
    void addChildLayout(QLayout *l);
    void addChildWidget(QWidget *w);
    bool adoptLayout(QLayout *layout);
    QRect alignmentRect(const QRect &) const;
};

class QBoxLayout : public QLayout {
    Q_OBJECT
public:
    enum Direction {
        LeftToRight = 0,
        RightToLeft = 1,
        TopToBottom = 2,
        BottomToTop = 3,
        Down = 2,
        Up = 3
    };
    explicit QBoxLayout(Direction, QWidget *parent = nullptr);
    ~QBoxLayout() noexcept;
    Direction direction() const;
    void setDirection(Direction);
    void addSpacing(int size);
    void addStretch(int stretch = 0);
    void addSpacerItem(QSpacerItem *spacerItem);
    void addWidget(QWidget *, int stretch = 0, Qt::Alignment alignment = Qt::Alignment());
    void addLayout(QLayout *layout, int stretch = 0);
    void addStrut(int);
    void addItem(QLayoutItem *) override;
    void insertSpacing(int index, int size);
    void insertStretch(int index, int stretch = 0);
    void insertSpacerItem(int index, QSpacerItem *spacerItem);
    void insertWidget(int index, QWidget *widget, int stretch = 0, Qt::Alignment alignment = Qt::Alignment());
    void insertLayout(int index, QLayout *layout, int stretch = 0);
    void insertItem(int index, QLayoutItem *);
    int spacing() const override;
    void setSpacing(int spacing) override;
    bool setStretchFactor(QWidget *w, int stretch);
    bool setStretchFactor(QLayout *l, int stretch);
    void setStretch(int index, int stretch);
    int stretch(int index) const;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    QSize maximumSize() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int) const override;
    int minimumHeightForWidth(int) const override;
    Qt::Orientations expandingDirections() const override;
    void invalidate() override;
    QLayoutItem * itemAt(int) const override;
    QLayoutItem * takeAt(int) override;
    int count() const override;
    void setGeometry(const QRect &) override;
};

class QVBoxLayout : public QBoxLayout {
    Q_OBJECT
public:
    QVBoxLayout();
    explicit QVBoxLayout(QWidget *parent);
    ~QVBoxLayout() noexcept;
};

class QHBoxLayout : public QBoxLayout {
    Q_OBJECT
public:
    QHBoxLayout();
    explicit QHBoxLayout(QWidget *parent);
    ~QHBoxLayout() noexcept;
};

class QGridLayout : public QLayout {
    Q_OBJECT
public:
    explicit QGridLayout(QWidget *parent = nullptr);
    ~QGridLayout() noexcept;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    QSize maximumSize() const override;
    void setHorizontalSpacing(int spacing);
    int horizontalSpacing() const;
    void setVerticalSpacing(int spacing);
    int verticalSpacing() const;
    void setSpacing(int spacing) override;
    int spacing() const override;
    void setRowStretch(int row, int stretch);
    void setColumnStretch(int column, int stretch);
    int rowStretch(int row) const;
    int columnStretch(int column) const;
    void setRowMinimumHeight(int row, int minSize);
    void setColumnMinimumWidth(int column, int minSize);
    int rowMinimumHeight(int row) const;
    int columnMinimumWidth(int column) const;
    int columnCount() const;
    int rowCount() const;
    QRect cellRect(int row, int column) const;
    bool hasHeightForWidth() const override;
    int heightForWidth(int) const override;
    int minimumHeightForWidth(int) const override;
    Qt::Orientations expandingDirections() const override;
    void invalidate() override;
    void addWidget(QWidget *w);
    void addWidget(QWidget *, int row, int column, Qt::Alignment = Qt::Alignment());
    void addWidget(QWidget *, int row, int column, int rowSpan, int columnSpan, Qt::Alignment = Qt::Alignment());
    void addLayout(QLayout *, int row, int column, Qt::Alignment = Qt::Alignment());
    void addLayout(QLayout *, int row, int column, int rowSpan, int columnSpan, Qt::Alignment = Qt::Alignment());
    void setOriginCorner(Qt::Corner);
    Qt::Corner originCorner() const;
    QLayoutItem * itemAt(int index) const override;
    QLayoutItem * itemAtPosition(int row, int column) const;
    QLayoutItem * takeAt(int index) override;
    int count() const override;
    void setGeometry(const QRect &) override;
    void addItem(QLayoutItem *item, int row, int column, int rowSpan = 1, int columnSpan = 1, Qt::Alignment = Qt::Alignment());
    void setDefaultPositioning(int n, Qt::Orientation orient);
    void getItemPosition(int idx, int *row, int *column, int *rowSpan, int *columnSpan) const;
protected:
    void addItem(QLayoutItem *) override;
};

class QFormLayout : public QLayout {
    Q_OBJECT
public:
    class TakeRowResult;
public:
    enum FieldGrowthPolicy {
        FieldsStayAtSizeHint = 0,
        ExpandingFieldsGrow = 1,
        AllNonFixedFieldsGrow = 2
    };
    enum RowWrapPolicy {
        DontWrapRows = 0,
        WrapLongRows = 1,
        WrapAllRows = 2
    };
    enum ItemRole {
        LabelRole = 0,
        FieldRole = 1,
        SpanningRole = 2
    };
    struct TakeRowResult {
        QLayoutItem * labelItem;
        QLayoutItem * fieldItem;
    };
    explicit QFormLayout(QWidget *parent = nullptr);
    ~QFormLayout() noexcept;
    void setFieldGrowthPolicy(FieldGrowthPolicy policy);
    FieldGrowthPolicy fieldGrowthPolicy() const;
    void setRowWrapPolicy(RowWrapPolicy policy);
    RowWrapPolicy rowWrapPolicy() const;
    void setLabelAlignment(Qt::Alignment alignment);
    Qt::Alignment labelAlignment() const;
    void setFormAlignment(Qt::Alignment alignment);
    Qt::Alignment formAlignment() const;
    void setHorizontalSpacing(int spacing);
    int horizontalSpacing() const;
    void setVerticalSpacing(int spacing);
    int verticalSpacing() const;
    int spacing() const override;
    void setSpacing(int) override;
    void addRow(QWidget *label, QWidget *field);
    void addRow(QWidget *label, QLayout *field);
    void addRow(const QString &labelText, QWidget *field);
    void addRow(const QString &labelText, QLayout *field);
    void addRow(QWidget *widget);
    void addRow(QLayout *layout);
    void insertRow(int row, QWidget *label, QWidget *field);
    void insertRow(int row, QWidget *label, QLayout *field);
    void insertRow(int row, const QString &labelText, QWidget *field);
    void insertRow(int row, const QString &labelText, QLayout *field);
    void insertRow(int row, QWidget *widget);
    void insertRow(int row, QLayout *layout);
    void removeRow(int row);
    void removeRow(QWidget *widget);
    void removeRow(QLayout *layout);
    TakeRowResult takeRow(int row);
    TakeRowResult takeRow(QWidget *widget);
    TakeRowResult takeRow(QLayout *layout);
    void setItem(int row, ItemRole role, QLayoutItem *item);
    void setWidget(int row, ItemRole role, QWidget *widget);
    void setLayout(int row, ItemRole role, QLayout *layout);
    void setRowVisible(int row, bool on);
    void setRowVisible(QWidget *widget, bool on);
    void setRowVisible(QLayout *layout, bool on);
    bool isRowVisible(int row) const;
    bool isRowVisible(QWidget *widget) const;
    bool isRowVisible(QLayout *layout) const;
    QLayoutItem * itemAt(int row, ItemRole role) const;
    void getItemPosition(int index, int *rowPtr, ItemRole *rolePtr) const;
    void getWidgetPosition(QWidget *widget, int *rowPtr, ItemRole *rolePtr) const;
    void getLayoutPosition(QLayout *layout, int *rowPtr, ItemRole *rolePtr) const;
    QWidget * labelForField(QWidget *field) const;
    QWidget * labelForField(QLayout *field) const;
    void addItem(QLayoutItem *item) override;
    QLayoutItem * itemAt(int index) const override;
    QLayoutItem * takeAt(int index) override;
    void setGeometry(const QRect &rect) override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void invalidate() override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    Qt::Orientations expandingDirections() const override;
    int count() const override;
    int rowCount() const;
};

class QMessageBox : public QDialog {
    Q_OBJECT
public:
    enum Icon {
        NoIcon = 0,
        Information = 1,
        Warning = 2,
        Critical = 3,
        Question = 4
    };
    enum ButtonRole {
        InvalidRole = -1,
        AcceptRole = 0,
        RejectRole = 1,
        DestructiveRole = 2,
        ActionRole = 3,
        HelpRole = 4,
        YesRole = 5,
        NoRole = 6,
        ResetRole = 7,
        ApplyRole = 8,
        NRoles = 9
    };
    enum StandardButton {
        NoButton = 0,
        Ok = 1024,
        Save = 2048,
        SaveAll = 4096,
        Open = 8192,
        Yes = 16384,
        YesToAll = 32768,
        No = 65536,
        NoToAll = 131072,
        Abort = 262144,
        Retry = 524288,
        Ignore = 1048576,
        Close = 2097152,
        Cancel = 4194304,
        Discard = 8388608,
        Help = 16777216,
        Apply = 33554432,
        Reset = 67108864,
        RestoreDefaults = 134217728,
        FirstButton = 1024,
        LastButton = 134217728,
        YesAll = 32768,
        NoAll = 131072,
        Default = 256,
        Escape = 512,
        FlagMask = 768,
        ButtonMask = -769
    };
    using Button = StandardButton;
    using StandardButtons = QFlags<StandardButton>;
    explicit QMessageBox(QWidget *parent = nullptr);
    QMessageBox(Icon icon, const QString &title, const QString &text, StandardButtons buttons = NoButton, QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::Dialog | Qt::MSWindowsFixedSizeDialogHint);
    ~QMessageBox() noexcept;
    void addButton(QAbstractButton *button, ButtonRole role);
    QPushButton * addButton(const QString &text, ButtonRole role);
    QPushButton * addButton(StandardButton button);
    void removeButton(QAbstractButton *button);
    using QDialog::open;
    void open(QObject *receiver, const char *member);
    QList<QAbstractButton *> buttons() const;
    ButtonRole buttonRole(QAbstractButton *button) const;
    void setStandardButtons(StandardButtons buttons);
    StandardButtons standardButtons() const;
    StandardButton standardButton(QAbstractButton *button) const;
    QAbstractButton * button(StandardButton which) const;
    QPushButton * defaultButton() const;
    void setDefaultButton(QPushButton *button);
    void setDefaultButton(StandardButton button);
    QAbstractButton * escapeButton() const;
    void setEscapeButton(QAbstractButton *button);
    void setEscapeButton(StandardButton button);
    QAbstractButton * clickedButton() const;
    QString text() const;
    void setText(const QString &text);
    Icon icon() const;
    void setIcon(Icon);
    QPixmap iconPixmap() const;
    void setIconPixmap(const QPixmap &pixmap);
    Qt::TextFormat textFormat() const;
    void setTextFormat(Qt::TextFormat format);
    void setTextInteractionFlags(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags textInteractionFlags() const;
    void setCheckBox(QCheckBox *cb);
    QCheckBox * checkBox() const;
    static StandardButton information(QWidget *parent, const QString &title, const QString &text, StandardButtons buttons = Ok, StandardButton defaultButton = NoButton);
    static StandardButton information(QWidget *parent, const QString &title, const QString &text, StandardButton button0, StandardButton button1 = NoButton);
    static StandardButton question(QWidget *parent, const QString &title, const QString &text, StandardButtons buttons = StandardButtons(Yes | No), StandardButton defaultButton = NoButton);
    static int question(QWidget *parent, const QString &title, const QString &text, StandardButton button0, StandardButton button1);
    static StandardButton warning(QWidget *parent, const QString &title, const QString &text, StandardButtons buttons = Ok, StandardButton defaultButton = NoButton);
    static int warning(QWidget *parent, const QString &title, const QString &text, StandardButton button0, StandardButton button1);
    static StandardButton critical(QWidget *parent, const QString &title, const QString &text, StandardButtons buttons = Ok, StandardButton defaultButton = NoButton);
    static int critical(QWidget *parent, const QString &title, const QString &text, StandardButton button0, StandardButton button1);
    static void about(QWidget *parent, const QString &title, const QString &text);
    static void aboutQt(QWidget *parent, const QString &title = QString());
    QMessageBox(const QString &title, const QString &text, Icon icon, int button0, int button1, int button2, QWidget *parent = nullptr, Qt::WindowFlags f = Qt::Dialog | Qt::MSWindowsFixedSizeDialogHint);
    static int information(QWidget *parent, const QString &title, const QString &text, int button0, int button1 = 0, int button2 = 0);
    static int information(QWidget *parent, const QString &title, const QString &text, const QString &button0Text, const QString &button1Text = QString(), const QString &button2Text = QString(), int defaultButtonNumber = 0, int escapeButtonNumber = -1);
    static int question(QWidget *parent, const QString &title, const QString &text, int button0, int button1 = 0, int button2 = 0);
    static int question(QWidget *parent, const QString &title, const QString &text, const QString &button0Text, const QString &button1Text = QString(), const QString &button2Text = QString(), int defaultButtonNumber = 0, int escapeButtonNumber = -1);
    static int warning(QWidget *parent, const QString &title, const QString &text, int button0, int button1, int button2 = 0);
    static int warning(QWidget *parent, const QString &title, const QString &text, const QString &button0Text, const QString &button1Text = QString(), const QString &button2Text = QString(), int defaultButtonNumber = 0, int escapeButtonNumber = -1);
    static int critical(QWidget *parent, const QString &title, const QString &text, int button0, int button1, int button2 = 0);
    static int critical(QWidget *parent, const QString &title, const QString &text, const QString &button0Text, const QString &button1Text = QString(), const QString &button2Text = QString(), int defaultButtonNumber = 0, int escapeButtonNumber = -1);
    QString buttonText(int button) const;
    void setButtonText(int button, const QString &text);
    QString informativeText() const;
    void setInformativeText(const QString &text);
    QString detailedText() const;
    void setDetailedText(const QString &text);
    void setWindowTitle(const QString &title);
    void setWindowModality(Qt::WindowModality windowModality);
    static QPixmap standardIcon(Icon icon);
    void buttonClicked(QAbstractButton *button);
protected:
    bool event(QEvent *e) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
};

class QDialogButtonBox : public QWidget {
    Q_OBJECT
public:
    enum ButtonRole {
        InvalidRole = -1,
        AcceptRole = 0,
        RejectRole = 1,
        DestructiveRole = 2,
        ActionRole = 3,
        HelpRole = 4,
        YesRole = 5,
        NoRole = 6,
        ResetRole = 7,
        ApplyRole = 8,
        NRoles = 9
    };
    enum StandardButton {
        NoButton = 0,
        Ok = 1024,
        Save = 2048,
        SaveAll = 4096,
        Open = 8192,
        Yes = 16384,
        YesToAll = 32768,
        No = 65536,
        NoToAll = 131072,
        Abort = 262144,
        Retry = 524288,
        Ignore = 1048576,
        Close = 2097152,
        Cancel = 4194304,
        Discard = 8388608,
        Help = 16777216,
        Apply = 33554432,
        Reset = 67108864,
        RestoreDefaults = 134217728,
        FirstButton = 1024,
        LastButton = 134217728
    };
    using StandardButtons = QFlags<StandardButton>;
    enum ButtonLayout {
        WinLayout = 0,
        MacLayout = 1,
        KdeLayout = 2,
        GnomeLayout = 3,
        AndroidLayout = 4
    };
    QDialogButtonBox(QWidget *parent = nullptr);
    QDialogButtonBox(Qt::Orientation orientation, QWidget *parent = nullptr);
    explicit QDialogButtonBox(StandardButtons buttons, QWidget *parent = nullptr);
    QDialogButtonBox(StandardButtons buttons, Qt::Orientation orientation, QWidget *parent = nullptr);
    ~QDialogButtonBox() noexcept;
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;
    void addButton(QAbstractButton *button, ButtonRole role);
    QPushButton * addButton(const QString &text, ButtonRole role);
    QPushButton * addButton(StandardButton button);
    void removeButton(QAbstractButton *button);
    void clear();
    QList<QAbstractButton *> buttons() const;
    ButtonRole buttonRole(QAbstractButton *button) const;
    void setStandardButtons(StandardButtons buttons);
    StandardButtons standardButtons() const;
    StandardButton standardButton(QAbstractButton *button) const;
    QPushButton * button(StandardButton which) const;
    void setCenterButtons(bool center);
    bool centerButtons() const;
    void clicked(QAbstractButton *button);
    void accepted();
    void helpRequested();
    void rejected();
protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
};

class QGroupBox : public QWidget {
    Q_OBJECT
public:
    explicit QGroupBox(QWidget *parent = nullptr);
    explicit QGroupBox(const QString &title, QWidget *parent = nullptr);
    ~QGroupBox() noexcept;
    QString title() const;
    void setTitle(const QString &title);
    Qt::Alignment alignment() const;
    void setAlignment(int alignment);
    QSize minimumSizeHint() const override;
    bool isFlat() const;
    void setFlat(bool flat);
    bool isCheckable() const;
    void setCheckable(bool checkable);
    bool isChecked() const;
public Q_SLOTS:
    void setChecked(bool checked);
public:
    void clicked(bool checked = false);
    void toggled(bool);
protected:
    bool event(QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
};

class QComboBox : public QWidget {
    Q_OBJECT
public:
    explicit QComboBox(QWidget *parent = nullptr);
    ~QComboBox() noexcept;
    int maxVisibleItems() const;
    void setMaxVisibleItems(int maxItems);
    int count() const;
    void setMaxCount(int max);
    int maxCount() const;
    bool duplicatesEnabled() const;
    void setDuplicatesEnabled(bool enable);
    void setFrame(bool);
    bool hasFrame() const;
    int findText(const QString &text, Qt::MatchFlags flags = static_cast<Qt::MatchFlags>(Qt::MatchExactly | Qt::MatchCaseSensitive)) const;
    int findData(const QVariant &data, int role = Qt::UserRole, Qt::MatchFlags flags = static_cast<Qt::MatchFlags>(Qt::MatchExactly | Qt::MatchCaseSensitive)) const;
    enum InsertPolicy {
        NoInsert = 0,
        InsertAtTop = 1,
        InsertAtCurrent = 2,
        InsertAtBottom = 3,
        InsertAfterCurrent = 4,
        InsertBeforeCurrent = 5,
        InsertAlphabetically = 6
    };
    InsertPolicy insertPolicy() const;
    void setInsertPolicy(InsertPolicy policy);
    enum SizeAdjustPolicy {
        AdjustToContents = 0,
        AdjustToContentsOnFirstShow = 1,
        AdjustToMinimumContentsLengthWithIcon = 2
    };
    SizeAdjustPolicy sizeAdjustPolicy() const;
    void setSizeAdjustPolicy(SizeAdjustPolicy policy);
    int minimumContentsLength() const;
    void setMinimumContentsLength(int characters);
    QSize iconSize() const;
    void setIconSize(const QSize &size);
    void setPlaceholderText(const QString &placeholderText);
    QString placeholderText() const;
    bool isEditable() const;
    void setEditable(bool editable);
    void setLineEdit(QLineEdit *edit);
    QLineEdit * lineEdit() const;
    void setValidator(const QValidator *v);
    const QValidator * validator() const;
    void setCompleter(QCompleter *c);
    QCompleter * completer() const;
    QAbstractItemDelegate * itemDelegate() const;
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QAbstractItemModel * model() const;
    virtual void setModel(QAbstractItemModel *model);
    QModelIndex rootModelIndex() const;
    void setRootModelIndex(const QModelIndex &index);
    int modelColumn() const;
    void setModelColumn(int visibleColumn);
    int currentIndex() const;
    QString currentText() const;
    QVariant currentData(int role = Qt::UserRole) const;
    QString itemText(int index) const;
    QIcon itemIcon(int index) const;
    QVariant itemData(int index, int role = Qt::UserRole) const;
    void addItem(const QString &text, const QVariant &userData = QVariant());
    void addItem(const QIcon &icon, const QString &text, const QVariant &userData = QVariant());
    void addItems(const QStringList &texts);
    void insertItem(int index, const QString &text, const QVariant &userData = QVariant());
    void insertItem(int index, const QIcon &icon, const QString &text, const QVariant &userData = QVariant());
    void insertItems(int index, const QStringList &texts);
    void insertSeparator(int index);
    void removeItem(int index);
    void setItemText(int index, const QString &text);
    void setItemIcon(int index, const QIcon &icon);
    void setItemData(int index, const QVariant &value, int role = Qt::UserRole);
    QAbstractItemView * view() const;
    void setView(QAbstractItemView *itemView);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    virtual void showPopup();
    virtual void hidePopup();
    bool event(QEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery) const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query, const QVariant &argument) const;
public Q_SLOTS:
    void clear();
    void clearEditText();
    void setEditText(const QString &text);
    void setCurrentIndex(int index);
    void setCurrentText(const QString &text);
public:
    void editTextChanged(const QString &);
    void activated(int index);
    void textActivated(const QString &);
    void highlighted(int index);
    void textHighlighted(const QString &);
    void currentIndexChanged(int index);
    void currentTextChanged(const QString &);
protected:
    void focusInEvent(QFocusEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    void changeEvent(QEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void keyReleaseEvent(QKeyEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;
    virtual void initStyleOption(QStyleOptionComboBox *option) const;
};

class QAbstractSpinBox : public QWidget {
    Q_OBJECT
public:
    explicit QAbstractSpinBox(QWidget *parent = nullptr);
    ~QAbstractSpinBox() noexcept;
    enum StepEnabledFlag {
        StepNone = 0,
        StepUpEnabled = 1,
        StepDownEnabled = 2
    };
    using StepEnabled = QFlags<StepEnabledFlag>;
    enum ButtonSymbols {
        UpDownArrows = 0,
        PlusMinus = 1,
        NoButtons = 2
    };
    ButtonSymbols buttonSymbols() const;
    void setButtonSymbols(ButtonSymbols bs);
    enum CorrectionMode {
        CorrectToPreviousValue = 0,
        CorrectToNearestValue = 1
    };
    void setCorrectionMode(CorrectionMode cm);
    CorrectionMode correctionMode() const;
    bool hasAcceptableInput() const;
    QString text() const;
    QString specialValueText() const;
    void setSpecialValueText(const QString &txt);
    bool wrapping() const;
    void setWrapping(bool w);
    void setReadOnly(bool r);
    bool isReadOnly() const;
    void setKeyboardTracking(bool kt);
    bool keyboardTracking() const;
    void setAlignment(Qt::Alignment flag);
    Qt::Alignment alignment() const;
    void setFrame(bool);
    bool hasFrame() const;
    void setAccelerated(bool on);
    bool isAccelerated() const;
    void setGroupSeparatorShown(bool shown);
    bool isGroupSeparatorShown() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void interpretText();
    bool event(QEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery) const override;
    virtual QValidator::State validate(QString &input, int &pos) const;
    virtual void fixup(QString &input) const;
    virtual void stepBy(int steps);
    enum StepType {
        DefaultStepType = 0,
        AdaptiveDecimalStepType = 1
    };
public Q_SLOTS:
    void stepUp();
    void stepDown();
    void selectAll();
    virtual void clear();
protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    QLineEdit * lineEdit() const;
    void setLineEdit(QLineEdit *edit);
    virtual StepEnabled stepEnabled() const;
public:
    void editingFinished();
protected:
};

class QSpinBox : public QAbstractSpinBox {
    Q_OBJECT
public:
    explicit QSpinBox(QWidget *parent = nullptr);
    ~QSpinBox() noexcept;
    int value() const;
    QString prefix() const;
    void setPrefix(const QString &prefix);
    QString suffix() const;
    void setSuffix(const QString &suffix);
    QString cleanText() const;
    int singleStep() const;
    void setSingleStep(int val);
    int minimum() const;
    void setMinimum(int min);
    int maximum() const;
    void setMaximum(int max);
    void setRange(int min, int max);
    StepType stepType() const;
    void setStepType(StepType stepType);
    int displayIntegerBase() const;
    void setDisplayIntegerBase(int base);
protected:
    bool event(QEvent *event) override;
    QValidator::State validate(QString &input, int &pos) const override;
    virtual int valueFromText(const QString &text) const;
    virtual QString textFromValue(int val) const;
    void fixup(QString &str) const override;
public Q_SLOTS:
    void setValue(int val);
public:
    void valueChanged(int);
    void textChanged(const QString &);
};

class QDoubleSpinBox : public QAbstractSpinBox {
    Q_OBJECT
public:
    explicit QDoubleSpinBox(QWidget *parent = nullptr);
    ~QDoubleSpinBox() noexcept;
    double value() const;
    QString prefix() const;
    void setPrefix(const QString &prefix);
    QString suffix() const;
    void setSuffix(const QString &suffix);
    QString cleanText() const;
    double singleStep() const;
    void setSingleStep(double val);
    double minimum() const;
    void setMinimum(double min);
    double maximum() const;
    void setMaximum(double max);
    void setRange(double min, double max);
    StepType stepType() const;
    void setStepType(StepType stepType);
    int decimals() const;
    void setDecimals(int prec);
    QValidator::State validate(QString &input, int &pos) const override;
    virtual double valueFromText(const QString &text) const;
    virtual QString textFromValue(double val) const;
    void fixup(QString &str) const override;
public Q_SLOTS:
    void setValue(double val);
public:
    void valueChanged(double);
    void textChanged(const QString &);
};

class QAbstractScrollArea : public QFrame {
    Q_OBJECT
public:
    explicit QAbstractScrollArea(QWidget *parent = nullptr);
    ~QAbstractScrollArea() noexcept;
    enum SizeAdjustPolicy {
        AdjustIgnored = 0,
        AdjustToContentsOnFirstShow = 1,
        AdjustToContents = 2
    };
    Qt::ScrollBarPolicy verticalScrollBarPolicy() const;
    void setVerticalScrollBarPolicy(Qt::ScrollBarPolicy);
    QScrollBar * verticalScrollBar() const;
    void setVerticalScrollBar(QScrollBar *scrollbar);
    Qt::ScrollBarPolicy horizontalScrollBarPolicy() const;
    void setHorizontalScrollBarPolicy(Qt::ScrollBarPolicy);
    QScrollBar * horizontalScrollBar() const;
    void setHorizontalScrollBar(QScrollBar *scrollbar);
    QWidget * cornerWidget() const;
    void setCornerWidget(QWidget *widget);
    void addScrollBarWidget(QWidget *widget, Qt::Alignment alignment);
    QWidgetList scrollBarWidgets(Qt::Alignment alignment);
    QWidget * viewport() const;
    void setViewport(QWidget *widget);
    QSize maximumViewportSize() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    virtual void setupViewport(QWidget *viewport);
    SizeAdjustPolicy sizeAdjustPolicy() const;
    void setSizeAdjustPolicy(SizeAdjustPolicy policy);
protected:
    void setViewportMargins(int left, int top, int right, int bottom);
    void setViewportMargins(const QMargins &margins);
    QMargins viewportMargins() const;
    bool eventFilter(QObject *, QEvent *) override;
    bool event(QEvent *) override;
    virtual bool viewportEvent(QEvent *);
    void resizeEvent(QResizeEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void contextMenuEvent(QContextMenuEvent *) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dragMoveEvent(QDragMoveEvent *) override;
    void dragLeaveEvent(QDragLeaveEvent *) override;
    void dropEvent(QDropEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    virtual void scrollContentsBy(int dx, int dy);
    virtual QSize viewportSizeHint() const;
};

class QTextEdit : public QAbstractScrollArea {
    Q_OBJECT
public:
    class ExtraSelection;
public:
    enum LineWrapMode {
        NoWrap = 0,
        WidgetWidth = 1,
        FixedPixelWidth = 2,
        FixedColumnWidth = 3
    };
    enum AutoFormattingFlag {
        AutoNone = 0,
        AutoBulletList = 1,
        AutoAll = 4294967295
    };
    using AutoFormatting = QFlags<AutoFormattingFlag>;
    explicit QTextEdit(QWidget *parent = nullptr);
    explicit QTextEdit(const QString &text, QWidget *parent = nullptr);
    virtual ~QTextEdit() noexcept;
    void setDocument(QTextDocument *document);
    QTextDocument * document() const;
    void setPlaceholderText(const QString &placeholderText);
    QString placeholderText() const;
    void setTextCursor(const QTextCursor &cursor);
    QTextCursor textCursor() const;
    bool isReadOnly() const;
    void setReadOnly(bool ro);
    void setTextInteractionFlags(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags textInteractionFlags() const;
    qreal fontPointSize() const;
    QString fontFamily() const;
    int fontWeight() const;
    bool fontUnderline() const;
    bool fontItalic() const;
    QColor textColor() const;
    QColor textBackgroundColor() const;
    QFont currentFont() const;
    Qt::Alignment alignment() const;
    void mergeCurrentCharFormat(const QTextCharFormat &modifier);
    void setCurrentCharFormat(const QTextCharFormat &format);
    QTextCharFormat currentCharFormat() const;
    AutoFormatting autoFormatting() const;
    void setAutoFormatting(AutoFormatting features);
    bool tabChangesFocus() const;
    void setTabChangesFocus(bool b);
    void setDocumentTitle(const QString &title);
    QString documentTitle() const;
    bool isUndoRedoEnabled() const;
    void setUndoRedoEnabled(bool enable);
    LineWrapMode lineWrapMode() const;
    void setLineWrapMode(LineWrapMode mode);
    int lineWrapColumnOrWidth() const;
    void setLineWrapColumnOrWidth(int w);
    QTextOption::WrapMode wordWrapMode() const;
    void setWordWrapMode(QTextOption::WrapMode policy);
    bool find(const QString &exp, QTextDocument::FindFlags options = QTextDocument::FindFlags());
    bool find(const QRegularExpression &exp, QTextDocument::FindFlags options = QTextDocument::FindFlags());
    QString toPlainText() const;
    QString toHtml() const;
    QString toMarkdown(QTextDocument::MarkdownFeatures features = QTextDocument::MarkdownDialectGitHub) const;
    void ensureCursorVisible();
    virtual QVariant loadResource(int type, const QUrl &name);
    QMenu * createStandardContextMenu();
    QMenu * createStandardContextMenu(const QPoint &position);
    QTextCursor cursorForPosition(const QPoint &pos) const;
    QRect cursorRect(const QTextCursor &cursor) const;
    QRect cursorRect() const;
    QString anchorAt(const QPoint &pos) const;
    bool overwriteMode() const;
    void setOverwriteMode(bool overwrite);
    qreal tabStopDistance() const;
    void setTabStopDistance(qreal distance);
    int cursorWidth() const;
    void setCursorWidth(int width);
    bool acceptRichText() const;
    void setAcceptRichText(bool accept);
    struct ExtraSelection {
        QTextCursor cursor;
        QTextCharFormat format;
    };
    void setExtraSelections(const QList<ExtraSelection> &selections);
    QList<ExtraSelection> extraSelections() const;
    void moveCursor(QTextCursor::MoveOperation operation, QTextCursor::MoveMode mode = QTextCursor::MoveAnchor);
    bool canPaste() const;
    QVariant inputMethodQuery(Qt::InputMethodQuery property) const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query, QVariant argument) const;
public Q_SLOTS:
    void setFontPointSize(qreal s);
    void setFontFamily(const QString &fontFamily);
    void setFontWeight(int w);
    void setFontUnderline(bool b);
    void setFontItalic(bool b);
    void setTextColor(const QColor &c);
    void setTextBackgroundColor(const QColor &c);
    void setCurrentFont(const QFont &f);
    void setAlignment(Qt::Alignment a);
    void setPlainText(const QString &text);
    void setHtml(const QString &text);
    void setMarkdown(const QString &markdown);
    void setText(const QString &text);
    void cut();
    void copy();
    void paste();
    void undo();
    void redo();
    void clear();
    void selectAll();
    void insertPlainText(const QString &text);
    void insertHtml(const QString &text);
    void append(const QString &text);
    void scrollToAnchor(const QString &name);
    void zoomIn(int range = 1);
    void zoomOut(int range = 1);
public:
    void textChanged();
    void undoAvailable(bool b);
    void redoAvailable(bool b);
    void currentCharFormatChanged(const QTextCharFormat &format);
    void copyAvailable(bool b);
    void selectionChanged();
    void cursorPositionChanged();
protected:
    virtual bool event(QEvent *e) override;
    virtual void timerEvent(QTimerEvent *e) override;
    virtual void keyPressEvent(QKeyEvent *e) override;
    virtual void keyReleaseEvent(QKeyEvent *e) override;
    virtual void resizeEvent(QResizeEvent *e) override;
    virtual void paintEvent(QPaintEvent *e) override;
    virtual void mousePressEvent(QMouseEvent *e) override;
    virtual void mouseMoveEvent(QMouseEvent *e) override;
    virtual void mouseReleaseEvent(QMouseEvent *e) override;
    virtual void mouseDoubleClickEvent(QMouseEvent *e) override;
    virtual bool focusNextPrevChild(bool next) override;
    virtual void contextMenuEvent(QContextMenuEvent *e) override;
    virtual void dragEnterEvent(QDragEnterEvent *e) override;
    virtual void dragLeaveEvent(QDragLeaveEvent *e) override;
    virtual void dragMoveEvent(QDragMoveEvent *e) override;
    virtual void dropEvent(QDropEvent *e) override;
    virtual void focusInEvent(QFocusEvent *e) override;
    virtual void focusOutEvent(QFocusEvent *e) override;
    virtual void showEvent(QShowEvent *) override;
    virtual void changeEvent(QEvent *e) override;
    virtual void wheelEvent(QWheelEvent *e) override;
    virtual QMimeData * createMimeDataFromSelection() const;
    virtual bool canInsertFromMimeData(const QMimeData *source) const;
    virtual void insertFromMimeData(const QMimeData *source);
    virtual void scrollContentsBy(int dx, int dy) override;
    virtual void doSetTextCursor(const QTextCursor &cursor);
    void zoomInF(float range);
};

class QPlainTextEdit : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum LineWrapMode {
        NoWrap = 0,
        WidgetWidth = 1
    };
    explicit QPlainTextEdit(QWidget *parent = nullptr);
    explicit QPlainTextEdit(const QString &text, QWidget *parent = nullptr);
    virtual ~QPlainTextEdit() noexcept;
    void setDocument(QTextDocument *document);
    QTextDocument * document() const;
    void setPlaceholderText(const QString &placeholderText);
    QString placeholderText() const;
    void setTextCursor(const QTextCursor &cursor);
    QTextCursor textCursor() const;
    bool isReadOnly() const;
    void setReadOnly(bool ro);
    void setTextInteractionFlags(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags textInteractionFlags() const;
    void mergeCurrentCharFormat(const QTextCharFormat &modifier);
    void setCurrentCharFormat(const QTextCharFormat &format);
    QTextCharFormat currentCharFormat() const;
    bool tabChangesFocus() const;
    void setTabChangesFocus(bool b);
    void setDocumentTitle(const QString &title);
    QString documentTitle() const;
    bool isUndoRedoEnabled() const;
    void setUndoRedoEnabled(bool enable);
    void setMaximumBlockCount(int maximum);
    int maximumBlockCount() const;
    LineWrapMode lineWrapMode() const;
    void setLineWrapMode(LineWrapMode mode);
    QTextOption::WrapMode wordWrapMode() const;
    void setWordWrapMode(QTextOption::WrapMode policy);
    void setBackgroundVisible(bool visible);
    bool backgroundVisible() const;
    void setCenterOnScroll(bool enabled);
    bool centerOnScroll() const;
    bool find(const QString &exp, QTextDocument::FindFlags options = QTextDocument::FindFlags());
    bool find(const QRegularExpression &exp, QTextDocument::FindFlags options = QTextDocument::FindFlags());
    QString toPlainText() const;
    void ensureCursorVisible();
    virtual QVariant loadResource(int type, const QUrl &name);
    QMenu * createStandardContextMenu();
    QMenu * createStandardContextMenu(const QPoint &position);
    QTextCursor cursorForPosition(const QPoint &pos) const;
    QRect cursorRect(const QTextCursor &cursor) const;
    QRect cursorRect() const;
    QString anchorAt(const QPoint &pos) const;
    bool overwriteMode() const;
    void setOverwriteMode(bool overwrite);
    qreal tabStopDistance() const;
    void setTabStopDistance(qreal distance);
    int cursorWidth() const;
    void setCursorWidth(int width);
    void setExtraSelections(const QList<QTextEdit::ExtraSelection> &selections);
    QList<QTextEdit::ExtraSelection> extraSelections() const;
    void moveCursor(QTextCursor::MoveOperation operation, QTextCursor::MoveMode mode = QTextCursor::MoveAnchor);
    bool canPaste() const;
    int blockCount() const;
    QVariant inputMethodQuery(Qt::InputMethodQuery property) const override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query, QVariant argument) const;
public Q_SLOTS:
    void setPlainText(const QString &text);
    void cut();
    void copy();
    void paste();
    void undo();
    void redo();
    void clear();
    void selectAll();
    void insertPlainText(const QString &text);
    void appendPlainText(const QString &text);
    void appendHtml(const QString &html);
    void centerCursor();
    void zoomIn(int range = 1);
    void zoomOut(int range = 1);
public:
    void textChanged();
    void undoAvailable(bool b);
    void redoAvailable(bool b);
    void copyAvailable(bool b);
    void selectionChanged();
    void cursorPositionChanged();
    void updateRequest(const QRect &rect, int dy);
    void blockCountChanged(int newBlockCount);
    void modificationChanged(bool);
protected:
    virtual bool event(QEvent *e) override;
    virtual void timerEvent(QTimerEvent *e) override;
    virtual void keyPressEvent(QKeyEvent *e) override;
    virtual void keyReleaseEvent(QKeyEvent *e) override;
    virtual void resizeEvent(QResizeEvent *e) override;
    virtual void paintEvent(QPaintEvent *e) override;
    virtual void mousePressEvent(QMouseEvent *e) override;
    virtual void mouseMoveEvent(QMouseEvent *e) override;
    virtual void mouseReleaseEvent(QMouseEvent *e) override;
    virtual void mouseDoubleClickEvent(QMouseEvent *e) override;
    virtual bool focusNextPrevChild(bool next) override;
    virtual void contextMenuEvent(QContextMenuEvent *e) override;
    virtual void dragEnterEvent(QDragEnterEvent *e) override;
    virtual void dragLeaveEvent(QDragLeaveEvent *e) override;
    virtual void dragMoveEvent(QDragMoveEvent *e) override;
    virtual void dropEvent(QDropEvent *e) override;
    virtual void focusInEvent(QFocusEvent *e) override;
    virtual void focusOutEvent(QFocusEvent *e) override;
    virtual void showEvent(QShowEvent *) override;
    virtual void changeEvent(QEvent *e) override;
    virtual void wheelEvent(QWheelEvent *e) override;
    virtual QMimeData * createMimeDataFromSelection() const;
    virtual bool canInsertFromMimeData(const QMimeData *source) const;
    virtual void insertFromMimeData(const QMimeData *source);
    virtual void scrollContentsBy(int dx, int dy) override;
    virtual void doSetTextCursor(const QTextCursor &cursor);
    QTextBlock firstVisibleBlock() const;
    QPointF contentOffset() const;
    QRectF blockBoundingRect(const QTextBlock &block) const;
    QRectF blockBoundingGeometry(const QTextBlock &block) const;
    void zoomInF(float range);
};

class QTextBrowser : public QTextEdit {
    Q_OBJECT
public:
    explicit QTextBrowser(QWidget *parent = nullptr);
    virtual ~QTextBrowser() noexcept;
    QUrl source() const;
    QTextDocument::ResourceType sourceType() const;
    QStringList searchPaths() const;
    void setSearchPaths(const QStringList &paths);
    virtual QVariant loadResource(int type, const QUrl &name) override;
    bool isBackwardAvailable() const;
    bool isForwardAvailable() const;
    void clearHistory();
    QString historyTitle(int) const;
    QUrl historyUrl(int) const;
    int backwardHistoryCount() const;
    int forwardHistoryCount() const;
    bool openExternalLinks() const;
    void setOpenExternalLinks(bool open);
    bool openLinks() const;
    void setOpenLinks(bool open);
public Q_SLOTS:
    void setSource(const QUrl &name, QTextDocument::ResourceType type = QTextDocument::UnknownResource);
    virtual void backward();
    virtual void forward();
    virtual void home();
    virtual void reload();
public:
    void backwardAvailable(bool);
    void forwardAvailable(bool);
    void historyChanged();
    void sourceChanged(const QUrl &);
    void highlighted(const QUrl &);
    void anchorClicked(const QUrl &);
protected:
    bool event(QEvent *e) override;
    virtual void keyPressEvent(QKeyEvent *ev) override;
    virtual void mouseMoveEvent(QMouseEvent *ev) override;
    virtual void mousePressEvent(QMouseEvent *ev) override;
    virtual void mouseReleaseEvent(QMouseEvent *ev) override;
    virtual void focusOutEvent(QFocusEvent *ev) override;
    virtual bool focusNextPrevChild(bool next) override;
    virtual void paintEvent(QPaintEvent *e) override;
    virtual void doSetSource(const QUrl &name, QTextDocument::ResourceType type = QTextDocument::UnknownResource);
};

class QMenu : public QWidget {
    Q_OBJECT
public:
    explicit QMenu(QWidget *parent = nullptr);
    explicit QMenu(const QString &title, QWidget *parent = nullptr);
    ~QMenu() noexcept;
    using QWidget::addAction;
    QAction * addAction(const QString &text, const QObject *receiver, const char *member, const QKeySequence &shortcut);
    QAction * addAction(const QIcon &icon, const QString &text, const QObject *receiver, const char *member, const QKeySequence &shortcut);
    QAction * addMenu(QMenu *menu);
    QMenu * addMenu(const QString &title);
    QMenu * addMenu(const QIcon &icon, const QString &title);
    QAction * addSeparator();
    QAction * addSection(const QString &text);
    QAction * addSection(const QIcon &icon, const QString &text);
    QAction * insertMenu(QAction *before, QMenu *menu);
    QAction * insertSeparator(QAction *before);
    QAction * insertSection(QAction *before, const QString &text);
    QAction * insertSection(QAction *before, const QIcon &icon, const QString &text);
    bool isEmpty() const;
    void clear();
    void setTearOffEnabled(bool);
    bool isTearOffEnabled() const;
    bool isTearOffMenuVisible() const;
    void showTearOffMenu();
    void showTearOffMenu(const QPoint &pos);
    void hideTearOffMenu();
    void setDefaultAction(QAction *);
    QAction * defaultAction() const;
    void setActiveAction(QAction *act);
    QAction * activeAction() const;
    void popup(const QPoint &pos, QAction *at = nullptr);
    QAction * exec();
    QAction * exec(const QPoint &pos, QAction *at = nullptr);
    static QAction * exec(const QList<QAction *> &actions, const QPoint &pos, QAction *at = nullptr, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QRect actionGeometry(QAction *) const;
    QAction * actionAt(const QPoint &) const;
    QAction * menuAction() const;
    static QMenu * menuInAction(const QAction *action);
    QString title() const;
    void setTitle(const QString &title);
    QIcon icon() const;
    void setIcon(const QIcon &icon);
    void setNoReplayFor(QWidget *widget);
    bool separatorsCollapsible() const;
    void setSeparatorsCollapsible(bool collapse);
    bool toolTipsVisible() const;
    void setToolTipsVisible(bool visible);
    void aboutToShow();
    void aboutToHide();
    void triggered(QAction *action);
    void hovered(QAction *action);
protected:
    int columnCount() const;
    void changeEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void enterEvent(QEnterEvent *) override;
    void leaveEvent(QEvent *) override;
    void hideEvent(QHideEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void timerEvent(QTimerEvent *) override;
    bool event(QEvent *) override;
    bool focusNextPrevChild(bool next) override;
};

class QMenuBar : public QWidget {
    Q_OBJECT
public:
    explicit QMenuBar(QWidget *parent = nullptr);
    ~QMenuBar() noexcept;
    using QWidget::addAction;
    QAction * addMenu(QMenu *menu);
    QMenu * addMenu(const QString &title);
    QMenu * addMenu(const QIcon &icon, const QString &title);
    QAction * addSeparator();
    QAction * insertSeparator(QAction *before);
    QAction * insertMenu(QAction *before, QMenu *menu);
    void clear();
    QAction * activeAction() const;
    void setActiveAction(QAction *action);
    void setDefaultUp(bool);
    bool isDefaultUp() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int) const override;
    QRect actionGeometry(QAction *) const;
    QAction * actionAt(const QPoint &) const;
    void setCornerWidget(QWidget *w, Qt::Corner corner = Qt::TopRightCorner);
    QWidget * cornerWidget(Qt::Corner corner = Qt::TopRightCorner) const;
    bool isNativeMenuBar() const;
    void setNativeMenuBar(bool nativeMenuBar);
public Q_SLOTS:
    void setVisible(bool visible) override;
public:
    void triggered(QAction *action);
    void hovered(QAction *action);
protected:
    void changeEvent(QEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void leaveEvent(QEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void focusOutEvent(QFocusEvent *) override;
    void focusInEvent(QFocusEvent *) override;
    void timerEvent(QTimerEvent *) override;
    bool eventFilter(QObject *, QEvent *) override;
    bool event(QEvent *) override;
};

class QStatusBar : public QWidget {
    Q_OBJECT
public:
    explicit QStatusBar(QWidget *parent = nullptr);
    virtual ~QStatusBar() noexcept;
    void addWidget(QWidget *widget, int stretch = 0);
    int insertWidget(int index, QWidget *widget, int stretch = 0);
    void addPermanentWidget(QWidget *widget, int stretch = 0);
    int insertPermanentWidget(int index, QWidget *widget, int stretch = 0);
    void removeWidget(QWidget *widget);
    void setSizeGripEnabled(bool);
    bool isSizeGripEnabled() const;
    QString currentMessage() const;
public Q_SLOTS:
    void showMessage(const QString &text, int timeout = 0);
    void clearMessage();
public:
    void messageChanged(const QString &text);
protected:
    void showEvent(QShowEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void reformat();
    void hideOrShow();
    bool event(QEvent *) override;
};

class QToolBar : public QWidget {
    Q_OBJECT
public:
    explicit QToolBar(const QString &title, QWidget *parent = nullptr);
    explicit QToolBar(QWidget *parent = nullptr);
    ~QToolBar() noexcept;
    void setMovable(bool movable);
    bool isMovable() const;
    void setAllowedAreas(Qt::ToolBarAreas areas);
    Qt::ToolBarAreas allowedAreas() const;
    bool isAreaAllowed(Qt::ToolBarArea area) const;
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;
    void clear();
    using QWidget::addAction;
    QAction * addSeparator();
    QAction * insertSeparator(QAction *before);
    QAction * addWidget(QWidget *widget);
    QAction * insertWidget(QAction *before, QWidget *widget);
    QRect actionGeometry(QAction *action) const;
    QAction * actionAt(const QPoint &p) const;
    QAction * actionAt(int x, int y) const;
    QAction * toggleViewAction() const;
    QSize iconSize() const;
    Qt::ToolButtonStyle toolButtonStyle() const;
    QWidget * widgetForAction(QAction *action) const;
    bool isFloatable() const;
    void setFloatable(bool floatable);
    bool isFloating() const;
public Q_SLOTS:
    void setIconSize(const QSize &iconSize);
    void setToolButtonStyle(Qt::ToolButtonStyle toolButtonStyle);
public:
    void actionTriggered(QAction *action);
    void movableChanged(bool movable);
    void allowedAreasChanged(Qt::ToolBarAreas allowedAreas);
    void orientationChanged(Qt::Orientation orientation);
    void iconSizeChanged(const QSize &iconSize);
    void toolButtonStyleChanged(Qt::ToolButtonStyle toolButtonStyle);
    void topLevelChanged(bool topLevel);
    void visibilityChanged(bool visible);
protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

class QProgressBar : public QWidget {
    Q_OBJECT
public:
    enum Direction {
        TopToBottom = 0,
        BottomToTop = 1
    };
    explicit QProgressBar(QWidget *parent = nullptr);
    ~QProgressBar() noexcept;
    int minimum() const;
    int maximum() const;
    int value() const;
    virtual QString text() const;
    void setTextVisible(bool visible);
    bool isTextVisible() const;
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment alignment);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    Qt::Orientation orientation() const;
    void setInvertedAppearance(bool invert);
    bool invertedAppearance() const;
    void setTextDirection(QProgressBar::Direction textDirection);
    QProgressBar::Direction textDirection() const;
    void setFormat(const QString &format);
    void resetFormat();
    QString format() const;
public Q_SLOTS:
    void reset();
    void setRange(int minimum, int maximum);
    void setMinimum(int minimum);
    void setMaximum(int maximum);
    void setValue(int value);
    void setOrientation(Qt::Orientation);
public:
    void valueChanged(int value);
protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
    virtual void initStyleOption(QStyleOptionProgressBar *option) const;
};

class QProgressDialog : public QDialog {
    Q_OBJECT
public:
    explicit QProgressDialog(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    QProgressDialog(const QString &labelText, const QString &cancelButtonText, int minimum, int maximum, QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QProgressDialog() noexcept;
    void setLabel(QLabel *label);
    void setCancelButton(QPushButton *button);
    void setBar(QProgressBar *bar);
    bool wasCanceled() const;
    int minimum() const;
    int maximum() const;
    int value() const;
    QSize sizeHint() const override;
    QString labelText() const;
    int minimumDuration() const;
    void setAutoReset(bool reset);
    bool autoReset() const;
    void setAutoClose(bool close);
    bool autoClose() const;
    using QDialog::open;
    void open(QObject *receiver, const char *member);
public Q_SLOTS:
    void cancel();
    void reset();
    void setMaximum(int maximum);
    void setMinimum(int minimum);
    void setRange(int minimum, int maximum);
    void setValue(int progress);
    void setLabelText(const QString &text);
    void setCancelButtonText(const QString &text);
    void setMinimumDuration(int ms);
public:
    void canceled();
protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
protected Q_SLOTS:
    void forceShow();
};

class QFileDialog : public QDialog {
    Q_OBJECT
public:
    enum ViewMode {
        Detail = 0,
        List = 1
    };
    enum FileMode {
        AnyFile = 0,
        ExistingFile = 1,
        Directory = 2,
        ExistingFiles = 3
    };
    enum AcceptMode {
        AcceptOpen = 0,
        AcceptSave = 1
    };
    enum DialogLabel {
        LookIn = 0,
        FileName = 1,
        FileType = 2,
        Accept = 3,
        Reject = 4
    };
    enum Option {
        ShowDirsOnly = 1,
        DontResolveSymlinks = 2,
        DontConfirmOverwrite = 4,
        DontUseNativeDialog = 8,
        ReadOnly = 16,
        HideNameFilterDetails = 32,
        DontUseCustomDirectoryIcons = 64
    };
    using Options = QFlags<Option>;
    QFileDialog(QWidget *parent, Qt::WindowFlags f);
    explicit QFileDialog(QWidget *parent = nullptr, const QString &caption = QString(), const QString &directory = QString(), const QString &filter = QString());
    ~QFileDialog() noexcept;
    void setDirectory(const QString &directory);
    void setDirectory(const QDir &directory);
    QDir directory() const;
    void setDirectoryUrl(const QUrl &directory);
    QUrl directoryUrl() const;
    void selectFile(const QString &filename);
    QStringList selectedFiles() const;
    void selectUrl(const QUrl &url);
    QList<QUrl> selectedUrls() const;
    void setNameFilter(const QString &filter);
    void setNameFilters(const QStringList &filters);
    QStringList nameFilters() const;
    void selectNameFilter(const QString &filter);
    QString selectedMimeTypeFilter() const;
    QString selectedNameFilter() const;
    void setMimeTypeFilters(const QStringList &filters);
    QStringList mimeTypeFilters() const;
    void selectMimeTypeFilter(const QString &filter);
    QDir::Filters filter() const;
    void setFilter(QDir::Filters filters);
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;
    void setFileMode(FileMode mode);
    FileMode fileMode() const;
    void setAcceptMode(AcceptMode mode);
    AcceptMode acceptMode() const;
    void setSidebarUrls(const QList<QUrl> &urls);
    QList<QUrl> sidebarUrls() const;
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void setDefaultSuffix(const QString &suffix);
    QString defaultSuffix() const;
    void setHistory(const QStringList &paths);
    QStringList history() const;
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QAbstractItemDelegate * itemDelegate() const;
    void setLabelText(DialogLabel label, const QString &text);
    QString labelText(DialogLabel label) const;
    void setSupportedSchemes(const QStringList &schemes);
    QStringList supportedSchemes() const;
    void setProxyModel(QAbstractProxyModel *model);
    QAbstractProxyModel * proxyModel() const;
    void setOption(Option option, bool on = true);
    bool testOption(Option option) const;
    void setOptions(Options options);
    Options options() const;
    using QDialog::open;
    void open(QObject *receiver, const char *member);
    void setVisible(bool visible) override;
    void fileSelected(const QString &file);
    void filesSelected(const QStringList &files);
    void currentChanged(const QString &path);
    void directoryEntered(const QString &directory);
    void urlSelected(const QUrl &url);
    void urlsSelected(const QList<QUrl> &urls);
    void currentUrlChanged(const QUrl &url);
    void directoryUrlEntered(const QUrl &directory);
    void filterSelected(const QString &filter);
    static QString getOpenFileName(QWidget *parent = nullptr, const QString &caption = QString(), const QString &dir = QString(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options());
    static QUrl getOpenFileUrl(QWidget *parent = nullptr, const QString &caption = QString(), const QUrl &dir = QUrl(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options(), const QStringList &supportedSchemes = QStringList());
    static QString getSaveFileName(QWidget *parent = nullptr, const QString &caption = QString(), const QString &dir = QString(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options());
    static QUrl getSaveFileUrl(QWidget *parent = nullptr, const QString &caption = QString(), const QUrl &dir = QUrl(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options(), const QStringList &supportedSchemes = QStringList());
    static QString getExistingDirectory(QWidget *parent = nullptr, const QString &caption = QString(), const QString &dir = QString(), Options options = ShowDirsOnly);
    static QUrl getExistingDirectoryUrl(QWidget *parent = nullptr, const QString &caption = QString(), const QUrl &dir = QUrl(), Options options = ShowDirsOnly, const QStringList &supportedSchemes = QStringList());
    static QStringList getOpenFileNames(QWidget *parent = nullptr, const QString &caption = QString(), const QString &dir = QString(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options());
    static QList<QUrl> getOpenFileUrls(QWidget *parent = nullptr, const QString &caption = QString(), const QUrl &dir = QUrl(), const QString &filter = QString(), QString *selectedFilter = nullptr, Options options = Options(), const QStringList &supportedSchemes = QStringList());
    static void getOpenFileContent(const QString &nameFilter, const std::function<void (const QString &, const QByteArray &)> &fileContentsReady);
    static void saveFileContent(const QByteArray &fileContent, const QString &fileNameHint = QString());
protected:
    void done(int result) override;
    void accept() override;
    void changeEvent(QEvent *e) override;
};

class QInputDialog : public QDialog {
    Q_OBJECT
public:
    enum InputDialogOption {
        NoButtons = 1,
        UseListViewForComboBoxItems = 2,
        UsePlainTextEditForTextInput = 4
    };
    using InputDialogOptions = QFlags<InputDialogOption>;
    enum InputMode {
        TextInput = 0,
        IntInput = 1,
        DoubleInput = 2
    };
    QInputDialog(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QInputDialog() noexcept;
    void setInputMode(InputMode mode);
    InputMode inputMode() const;
    void setLabelText(const QString &text);
    QString labelText() const;
    void setOption(InputDialogOption option, bool on = true);
    bool testOption(InputDialogOption option) const;
    void setOptions(InputDialogOptions options);
    InputDialogOptions options() const;
    void setTextValue(const QString &text);
    QString textValue() const;
    void setTextEchoMode(QLineEdit::EchoMode mode);
    QLineEdit::EchoMode textEchoMode() const;
    void setComboBoxEditable(bool editable);
    bool isComboBoxEditable() const;
    void setComboBoxItems(const QStringList &items);
    QStringList comboBoxItems() const;
    void setIntValue(int value);
    int intValue() const;
    void setIntMinimum(int min);
    int intMinimum() const;
    void setIntMaximum(int max);
    int intMaximum() const;
    void setIntRange(int min, int max);
    void setIntStep(int step);
    int intStep() const;
    void setDoubleValue(double value);
    double doubleValue() const;
    void setDoubleMinimum(double min);
    double doubleMinimum() const;
    void setDoubleMaximum(double max);
    double doubleMaximum() const;
    void setDoubleRange(double min, double max);
    void setDoubleDecimals(int decimals);
    int doubleDecimals() const;
    void setOkButtonText(const QString &text);
    QString okButtonText() const;
    void setCancelButtonText(const QString &text);
    QString cancelButtonText() const;
    using QDialog::open;
    void open(QObject *receiver, const char *member);
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    void setVisible(bool visible) override;
    static QString getText(QWidget *parent, const QString &title, const QString &label, QLineEdit::EchoMode echo = QLineEdit::Normal, const QString &text = QString(), bool *ok = nullptr, Qt::WindowFlags flags = Qt::WindowFlags(), Qt::InputMethodHints inputMethodHints = Qt::ImhNone);
    static QString getMultiLineText(QWidget *parent, const QString &title, const QString &label, const QString &text = QString(), bool *ok = nullptr, Qt::WindowFlags flags = Qt::WindowFlags(), Qt::InputMethodHints inputMethodHints = Qt::ImhNone);
    static QString getItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current = 0, bool editable = true, bool *ok = nullptr, Qt::WindowFlags flags = Qt::WindowFlags(), Qt::InputMethodHints inputMethodHints = Qt::ImhNone);
    static int getInt(QWidget *parent, const QString &title, const QString &label, int value = 0, int minValue = -2147483647, int maxValue = 2147483647, int step = 1, bool *ok = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    static double getDouble(QWidget *parent, const QString &title, const QString &label, double value = 0, double minValue = -2147483647, double maxValue = 2147483647, int decimals = 1, bool *ok = nullptr, Qt::WindowFlags flags = Qt::WindowFlags(), double step = 1);
    void setDoubleStep(double step);
    double doubleStep() const;
    void textValueChanged(const QString &text);
    void textValueSelected(const QString &text);
    void intValueChanged(int value);
    void intValueSelected(int value);
    void doubleValueChanged(double value);
    void doubleValueSelected(double value);
    void done(int result) override;
};

class QAbstractSlider : public QWidget {
    Q_OBJECT
public:
    explicit QAbstractSlider(QWidget *parent = nullptr);
    ~QAbstractSlider() noexcept;
    Qt::Orientation orientation() const;
    void setMinimum(int);
    int minimum() const;
    void setMaximum(int);
    int maximum() const;
    void setSingleStep(int);
    int singleStep() const;
    void setPageStep(int);
    int pageStep() const;
    void setTracking(bool enable);
    bool hasTracking() const;
    void setSliderDown(bool);
    bool isSliderDown() const;
    void setSliderPosition(int);
    int sliderPosition() const;
    void setInvertedAppearance(bool);
    bool invertedAppearance() const;
    void setInvertedControls(bool);
    bool invertedControls() const;
    enum SliderAction {
        SliderNoAction = 0,
        SliderSingleStepAdd = 1,
        SliderSingleStepSub = 2,
        SliderPageStepAdd = 3,
        SliderPageStepSub = 4,
        SliderToMinimum = 5,
        SliderToMaximum = 6,
        SliderMove = 7
    };
    int value() const;
    void triggerAction(SliderAction action);
public Q_SLOTS:
    void setValue(int);
    void setOrientation(Qt::Orientation);
    void setRange(int min, int max);
public:
    void valueChanged(int value);
    void sliderPressed();
    void sliderMoved(int position);
    void sliderReleased();
    void rangeChanged(int min, int max);
    void actionTriggered(int action);
protected:
    bool event(QEvent *e) override;
    void setRepeatAction(SliderAction action, int thresholdTime = 500, int repeatTime = 50);
    SliderAction repeatAction() const;
    enum SliderChange {
        SliderRangeChange = 0,
        SliderOrientationChange = 1,
        SliderStepsChange = 2,
        SliderValueChange = 3
    };
    virtual void sliderChange(SliderChange change);
    void keyPressEvent(QKeyEvent *ev) override;
    void timerEvent(QTimerEvent *) override;
    void wheelEvent(QWheelEvent *e) override;
    void changeEvent(QEvent *e) override;
};

class QScrollBar : public QAbstractSlider {
    Q_OBJECT
public:
    explicit QScrollBar(QWidget *parent = nullptr);
    explicit QScrollBar(Qt::Orientation, QWidget *parent = nullptr);
    ~QScrollBar() noexcept;
    QSize sizeHint() const override;
    bool event(QEvent *event) override;
protected:
    void wheelEvent(QWheelEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void hideEvent(QHideEvent *) override;
    void sliderChange(SliderChange change) override;
    void contextMenuEvent(QContextMenuEvent *) override;
    virtual void initStyleOption(QStyleOptionSlider *option) const;
};

class QSlider : public QAbstractSlider {
    Q_OBJECT
public:
    enum TickPosition {
        NoTicks = 0,
        TicksAbove = 1,
        TicksLeft = 1,
        TicksBelow = 2,
        TicksRight = 2,
        TicksBothSides = 3
    };
    explicit QSlider(QWidget *parent = nullptr);
    explicit QSlider(Qt::Orientation orientation, QWidget *parent = nullptr);
    ~QSlider() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setTickPosition(TickPosition position);
    TickPosition tickPosition() const;
    void setTickInterval(int ti);
    int tickInterval() const;
    bool event(QEvent *event) override;
protected:
    void paintEvent(QPaintEvent *ev) override;
    void mousePressEvent(QMouseEvent *ev) override;
    void mouseReleaseEvent(QMouseEvent *ev) override;
    void mouseMoveEvent(QMouseEvent *ev) override;
    virtual void initStyleOption(QStyleOptionSlider *option) const;
};

class QScrollArea : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit QScrollArea(QWidget *parent = nullptr);
    ~QScrollArea() noexcept;
    QWidget * widget() const;
    void setWidget(QWidget *widget);
    QWidget * takeWidget();
    bool widgetResizable() const;
    void setWidgetResizable(bool resizable);
    QSize sizeHint() const override;
    bool focusNextPrevChild(bool next) override;
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment);
    void ensureVisible(int x, int y, int xmargin = 50, int ymargin = 50);
    void ensureWidgetVisible(QWidget *childWidget, int xmargin = 50, int ymargin = 50);
protected:
    bool event(QEvent *) override;
    bool eventFilter(QObject *, QEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void scrollContentsBy(int dx, int dy) override;
    QSize viewportSizeHint() const override;
};

class QSplitter : public QFrame {
    Q_OBJECT
public:
    explicit QSplitter(QWidget *parent = nullptr);
    explicit QSplitter(Qt::Orientation, QWidget *parent = nullptr);
    ~QSplitter() noexcept;
    void addWidget(QWidget *widget);
    void insertWidget(int index, QWidget *widget);
    QWidget * replaceWidget(int index, QWidget *widget);
    void setOrientation(Qt::Orientation);
    Qt::Orientation orientation() const;
    void setChildrenCollapsible(bool);
    bool childrenCollapsible() const;
    void setCollapsible(int index, bool);
    bool isCollapsible(int index) const;
    void setOpaqueResize(bool opaque = true);
    bool opaqueResize() const;
    void refresh();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QList<int> sizes() const;
    void setSizes(const QList<int> &list);
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    int handleWidth() const;
    void setHandleWidth(int);
    int indexOf(QWidget *w) const;
    QWidget * widget(int index) const;
    int count() const;
    void getRange(int index, int *, int *) const;
    void setStretchFactor(int index, int stretch);
    void splitterMoved(int pos, int index);
protected:
    void childEvent(QChildEvent *) override;
    bool event(QEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void changeEvent(QEvent *) override;
    void moveSplitter(int pos, int index);
    void setRubberBand(int position);
    int closestLegalPosition(int, int);
};

class QSystemTrayIcon : public QObject {
    Q_OBJECT
public:
    QSystemTrayIcon(QObject *parent = nullptr);
    QSystemTrayIcon(const QIcon &icon, QObject *parent = nullptr);
    ~QSystemTrayIcon() noexcept;
    enum ActivationReason {
        Unknown = 0,
        Context = 1,
        DoubleClick = 2,
        Trigger = 3,
        MiddleClick = 4
    };
    void setContextMenu(QMenu *menu);
    QMenu * contextMenu() const;
    QIcon icon() const;
    void setIcon(const QIcon &icon);
    QString toolTip() const;
    void setToolTip(const QString &tip);
    static bool isSystemTrayAvailable();
    static bool supportsMessages();
    enum MessageIcon {
        NoIcon = 0,
        Information = 1,
        Warning = 2,
        Critical = 3
    };
    QRect geometry() const;
    bool isVisible() const;
public Q_SLOTS:
    void setVisible(bool visible);
    void show();
    void hide();
    void showMessage(const QString &title, const QString &msg, const QIcon &icon, int msecs = 10000);
    void showMessage(const QString &title, const QString &msg, QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information, int msecs = 10000);
public:
    void activated(QSystemTrayIcon::ActivationReason reason);
    void messageClicked();
protected:
    bool event(QEvent *event) override;
};

class QModelIndex {
public:
    QModelIndex() noexcept;
    int row() const noexcept;
    int column() const noexcept;
    quintptr internalId() const noexcept;
    void * internalPointer() const noexcept;
    const void * constInternalPointer() const noexcept;
    QModelIndex parent() const;
    QModelIndex sibling(int row, int column) const;
    QModelIndex siblingAtColumn(int column) const;
    QModelIndex siblingAtRow(int row) const;
    QVariant data(int role = Qt::DisplayRole) const;
    Qt::ItemFlags flags() const;
    const QAbstractItemModel * model() const noexcept;
    bool isValid() const noexcept;
    bool operator==(const QModelIndex &other) const noexcept;
    bool operator!=(const QModelIndex &other) const noexcept;
    friend QDebug operator<<(QDebug, const QModelIndex &);
};

class QPersistentModelIndex {
public:
    QPersistentModelIndex();
    QPersistentModelIndex(const QModelIndex &index);
    QPersistentModelIndex(const QPersistentModelIndex &other);
    ~QPersistentModelIndex() noexcept;
    bool operator<(const QPersistentModelIndex &other) const;
    bool operator==(const QPersistentModelIndex &other) const;
    bool operator!=(const QPersistentModelIndex &other) const;
    QPersistentModelIndex & operator=(const QPersistentModelIndex &other);
    QPersistentModelIndex(QPersistentModelIndex &&other) noexcept;
    QPersistentModelIndex & operator=(QPersistentModelIndex &&other) noexcept;
    void swap(QPersistentModelIndex &other) noexcept;
    bool operator==(const QModelIndex &other) const;
    bool operator!=(const QModelIndex &other) const;
    QPersistentModelIndex & operator=(const QModelIndex &other);
    operator QModelIndex() const;
    int row() const;
    int column() const;
    void * internalPointer() const;
    const void * constInternalPointer() const;
    quintptr internalId() const;
    QModelIndex parent() const;
    QModelIndex sibling(int row, int column) const;
    QVariant data(int role = Qt::DisplayRole) const;
    Qt::ItemFlags flags() const;
    const QAbstractItemModel * model() const;
    bool isValid() const;
    friend QDebug operator<<(QDebug, const QPersistentModelIndex &);
};

class QAbstractItemModel : public QObject {
    Q_OBJECT
public:
    explicit QAbstractItemModel(QObject *parent = nullptr);
    virtual ~QAbstractItemModel() noexcept;
    bool hasIndex(int row, int column, const QModelIndex &parent = QModelIndex()) const;
    virtual QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const = 0;
    virtual QModelIndex parent(const QModelIndex &child) const = 0;
    virtual QModelIndex sibling(int row, int column, const QModelIndex &idx) const;
    virtual int rowCount(const QModelIndex &parent = QModelIndex()) const = 0;
    virtual int columnCount(const QModelIndex &parent = QModelIndex()) const = 0;
    virtual bool hasChildren(const QModelIndex &parent = QModelIndex()) const;
    virtual QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const = 0;
    virtual bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole);
    virtual QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const;
    virtual bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole);
    virtual QMap<int, QVariant> itemData(const QModelIndex &index) const;
    virtual bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles);
    virtual bool clearItemData(const QModelIndex &index);
    virtual QStringList mimeTypes() const;
    virtual QMimeData * mimeData(const QModelIndexList &indexes) const;
    virtual bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const;
    virtual bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent);
    virtual Qt::DropActions supportedDropActions() const;
    virtual Qt::DropActions supportedDragActions() const;
    virtual bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex());
    virtual bool insertColumns(int column, int count, const QModelIndex &parent = QModelIndex());
    virtual bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex());
    virtual bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex());
    virtual bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent, int destinationChild);
    virtual bool moveColumns(const QModelIndex &sourceParent, int sourceColumn, int count, const QModelIndex &destinationParent, int destinationChild);
    bool insertRow(int row, const QModelIndex &parent = QModelIndex());
    bool insertColumn(int column, const QModelIndex &parent = QModelIndex());
    bool removeRow(int row, const QModelIndex &parent = QModelIndex());
    bool removeColumn(int column, const QModelIndex &parent = QModelIndex());
    bool moveRow(const QModelIndex &sourceParent, int sourceRow, const QModelIndex &destinationParent, int destinationChild);
    bool moveColumn(const QModelIndex &sourceParent, int sourceColumn, const QModelIndex &destinationParent, int destinationChild);
    virtual void fetchMore(const QModelIndex &parent);
    virtual bool canFetchMore(const QModelIndex &parent) const;
    virtual Qt::ItemFlags flags(const QModelIndex &index) const;
    virtual void sort(int column, Qt::SortOrder order = Qt::AscendingOrder);
    virtual QModelIndex buddy(const QModelIndex &index) const;
    virtual QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1, Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const;
    virtual QSize span(const QModelIndex &index) const;
    virtual QHash<int, QByteArray> roleNames() const;
    using QObject::parent;
    enum LayoutChangeHint {
        NoLayoutChangeHint = 0,
        VerticalSortHint = 1,
        HorizontalSortHint = 2
    };
    enum class CheckIndexOption {
        NoOption = 0,
        IndexIsValid = 1,
        DoNotUseParent = 2,
        ParentIsInvalid = 4
    };
    using CheckIndexOptions = QFlags<CheckIndexOption>;
    bool checkIndex(const QModelIndex &index, CheckIndexOptions options = CheckIndexOption::NoOption) const;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>());
    void headerDataChanged(Qt::Orientation orientation, int first, int last);
    void layoutChanged(const QList<QPersistentModelIndex> &parents = QList<QPersistentModelIndex>(), QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
    void layoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents = QList<QPersistentModelIndex>(), QAbstractItemModel::LayoutChangeHint hint = QAbstractItemModel::NoLayoutChangeHint);
public Q_SLOTS:
    virtual bool submit();
    virtual void revert();
protected Q_SLOTS:
    virtual void resetInternalData();
protected:
    QModelIndex createIndex(int row, int column, const void *data = nullptr) const;
    QModelIndex createIndex(int row, int column, quintptr id) const;
    void encodeData(const QModelIndexList &indexes, QDataStream &stream) const;
    bool decodeData(int row, int column, const QModelIndex &parent, QDataStream &stream);
    void beginInsertRows(const QModelIndex &parent, int first, int last);
    void endInsertRows();
    void beginRemoveRows(const QModelIndex &parent, int first, int last);
    void endRemoveRows();
    bool beginMoveRows(const QModelIndex &sourceParent, int sourceFirst, int sourceLast, const QModelIndex &destinationParent, int destinationRow);
    void endMoveRows();
    void beginInsertColumns(const QModelIndex &parent, int first, int last);
    void endInsertColumns();
    void beginRemoveColumns(const QModelIndex &parent, int first, int last);
    void endRemoveColumns();
    bool beginMoveColumns(const QModelIndex &sourceParent, int sourceFirst, int sourceLast, const QModelIndex &destinationParent, int destinationColumn);
    void endMoveColumns();
    void beginResetModel();
    void endResetModel();
    void changePersistentIndex(const QModelIndex &from, const QModelIndex &to);
    void changePersistentIndexList(const QModelIndexList &from, const QModelIndexList &to);
    QModelIndexList persistentIndexList() const;
Q_SIGNALS:
    void rowsAboutToBeInserted(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void rowsInserted(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void rowsRemoved(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void columnsAboutToBeInserted(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void columnsInserted(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void columnsAboutToBeRemoved(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void columnsRemoved(const QModelIndex &parent, int first, int last, QPrivateSignal);
    void modelAboutToBeReset(QPrivateSignal);
    void modelReset(QPrivateSignal);
    void rowsAboutToBeMoved(const QModelIndex &sourceParent, int sourceStart, int sourceEnd, const QModelIndex &destinationParent, int destinationRow, QPrivateSignal);
    void rowsMoved(const QModelIndex &sourceParent, int sourceStart, int sourceEnd, const QModelIndex &destinationParent, int destinationRow, QPrivateSignal);
    void columnsAboutToBeMoved(const QModelIndex &sourceParent, int sourceStart, int sourceEnd, const QModelIndex &destinationParent, int destinationColumn, QPrivateSignal);
    void columnsMoved(const QModelIndex &sourceParent, int sourceStart, int sourceEnd, const QModelIndex &destinationParent, int destinationColumn, QPrivateSignal);
};

class QAbstractListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit QAbstractListModel(QObject *parent = nullptr);
    ~QAbstractListModel() noexcept;
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    using QObject::parent;
private:
    QModelIndex parent(const QModelIndex &child) const override;
    int columnCount(const QModelIndex &parent) const override;
    bool hasChildren(const QModelIndex &parent) const override;
};

class QAbstractTableModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit QAbstractTableModel(QObject *parent = nullptr);
    ~QAbstractTableModel() noexcept;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    using QObject::parent;
private:
    QModelIndex parent(const QModelIndex &child) const override;
    bool hasChildren(const QModelIndex &parent) const override;
};

class QItemSelectionRange {
public:
    QItemSelectionRange() = default;
    QItemSelectionRange(const QModelIndex &topL, const QModelIndex &bottomR);
    explicit QItemSelectionRange(const QModelIndex &index);
    void swap(QItemSelectionRange &other) noexcept;
    int top() const;
    int left() const;
    int bottom() const;
    int right() const;
    int width() const;
    int height() const;
    const QPersistentModelIndex & topLeft() const;
    const QPersistentModelIndex & bottomRight() const;
    QModelIndex parent() const;
    const QAbstractItemModel * model() const;
    bool contains(const QModelIndex &index) const;
    bool contains(int row, int column, const QModelIndex &parentIndex) const;
    bool intersects(const QItemSelectionRange &other) const;
    QItemSelectionRange intersected(const QItemSelectionRange &other) const;
    bool operator==(const QItemSelectionRange &other) const;
    bool operator!=(const QItemSelectionRange &other) const;
    bool isValid() const;
    bool isEmpty() const;
    QModelIndexList indexes() const;
    friend QDebug operator<<(QDebug, const QItemSelectionRange &);
};

class QItemSelectionModel : public QObject {
    Q_OBJECT
public:
    enum SelectionFlag {
        NoUpdate = 0,
        Clear = 1,
        Select = 2,
        Deselect = 4,
        Toggle = 8,
        Current = 16,
        Rows = 32,
        Columns = 64,
        SelectCurrent = 18,
        ToggleCurrent = 24,
        ClearAndSelect = 3
    };
    using SelectionFlags = QFlags<SelectionFlag>;
    explicit QItemSelectionModel(QAbstractItemModel *model = nullptr);
    explicit QItemSelectionModel(QAbstractItemModel *model, QObject *parent);
    virtual ~QItemSelectionModel() noexcept;
    QModelIndex currentIndex() const;
    bool isSelected(const QModelIndex &index) const;
    bool isRowSelected(int row, const QModelIndex &parent = QModelIndex()) const;
    bool isColumnSelected(int column, const QModelIndex &parent = QModelIndex()) const;
    bool rowIntersectsSelection(int row, const QModelIndex &parent = QModelIndex()) const;
    bool columnIntersectsSelection(int column, const QModelIndex &parent = QModelIndex()) const;
    bool hasSelection() const;
    QModelIndexList selectedIndexes() const;
    QModelIndexList selectedRows(int column = 0) const;
    QModelIndexList selectedColumns(int row = 0) const;
    const QItemSelection selection() const;
    const QAbstractItemModel * model() const;
    QAbstractItemModel * model();
    void setModel(QAbstractItemModel *model);
public Q_SLOTS:
    virtual void setCurrentIndex(const QModelIndex &index, QItemSelectionModel::SelectionFlags command);
    virtual void select(const QModelIndex &index, QItemSelectionModel::SelectionFlags command);
    virtual void select(const QItemSelection &selection, QItemSelectionModel::SelectionFlags command);
    virtual void clear();
    virtual void reset();
    void clearSelection();
    virtual void clearCurrentIndex();
public:
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    void currentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void currentColumnChanged(const QModelIndex &current, const QModelIndex &previous);
    void modelChanged(QAbstractItemModel *model);
protected:
    void emitSelectionChanged(const QItemSelection &newSelection, const QItemSelection &oldSelection);
};

class QItemSelection : public QList<QItemSelectionRange> {
public:
    using QList<QItemSelectionRange>::QList;
    QItemSelection(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void select(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool contains(const QModelIndex &index) const;
    QModelIndexList indexes() const;
    void merge(const QItemSelection &other, QItemSelectionModel::SelectionFlags command);
    static void split(const QItemSelectionRange &range, const QItemSelectionRange &other, QItemSelection *result);
};

class QStandardItem {
public:
    QStandardItem();
    explicit QStandardItem(const QString &text);
    QStandardItem(const QIcon &icon, const QString &text);
    explicit QStandardItem(int rows, int columns = 1);
    virtual ~QStandardItem();
    virtual QVariant data(int role = Qt::UserRole + 1) const;
    virtual void setData(const QVariant &value, int role = Qt::UserRole + 1);
    void clearData();
    QString text() const;
    void setText(const QString &text);
    QIcon icon() const;
    void setIcon(const QIcon &icon);
    QString toolTip() const;
    void setToolTip(const QString &toolTip);
    QString statusTip() const;
    void setStatusTip(const QString &statusTip);
    QString whatsThis() const;
    void setWhatsThis(const QString &whatsThis);
    QSize sizeHint() const;
    void setSizeHint(const QSize &sizeHint);
    QFont font() const;
    void setFont(const QFont &font);
    Qt::Alignment textAlignment() const;
    void setTextAlignment(Qt::Alignment textAlignment);
    QBrush background() const;
    void setBackground(const QBrush &brush);
    QBrush foreground() const;
    void setForeground(const QBrush &brush);
    Qt::CheckState checkState() const;
    void setCheckState(Qt::CheckState checkState);
    QString accessibleText() const;
    void setAccessibleText(const QString &accessibleText);
    QString accessibleDescription() const;
    void setAccessibleDescription(const QString &accessibleDescription);
    Qt::ItemFlags flags() const;
    void setFlags(Qt::ItemFlags flags);
    bool isEnabled() const;
    void setEnabled(bool enabled);
    bool isEditable() const;
    void setEditable(bool editable);
    bool isSelectable() const;
    void setSelectable(bool selectable);
    bool isCheckable() const;
    void setCheckable(bool checkable);
    bool isAutoTristate() const;
    void setAutoTristate(bool tristate);
    bool isUserTristate() const;
    void setUserTristate(bool tristate);
    bool isDragEnabled() const;
    void setDragEnabled(bool dragEnabled);
    bool isDropEnabled() const;
    void setDropEnabled(bool dropEnabled);
    QStandardItem * parent() const;
    int row() const;
    int column() const;
    QModelIndex index() const;
    QStandardItemModel * model() const;
    int rowCount() const;
    void setRowCount(int rows);
    int columnCount() const;
    void setColumnCount(int columns);
    bool hasChildren() const;
    QStandardItem * child(int row, int column = 0) const;
    void setChild(int row, int column, QStandardItem *item);
    void setChild(int row, QStandardItem *item);
    void insertRow(int row, const QList<QStandardItem *> &items);
    void insertColumn(int column, const QList<QStandardItem *> &items);
    void insertRows(int row, const QList<QStandardItem *> &items);
    void insertRows(int row, int count);
    void insertColumns(int column, int count);
    void removeRow(int row);
    void removeColumn(int column);
    void removeRows(int row, int count);
    void removeColumns(int column, int count);
    void appendRow(const QList<QStandardItem *> &items);
    void appendRows(const QList<QStandardItem *> &items);
    void appendColumn(const QList<QStandardItem *> &items);
    void insertRow(int row, QStandardItem *item);
    void appendRow(QStandardItem *item);
    QStandardItem * takeChild(int row, int column = 0);
    QList<QStandardItem *> takeRow(int row);
    QList<QStandardItem *> takeColumn(int column);
    void sortChildren(int column, Qt::SortOrder order = Qt::AscendingOrder);
    virtual QStandardItem * clone() const;
    enum ItemType {
        Type = 0,
        UserType = 1000
    };
    virtual int type() const;
    virtual void read(QDataStream &in);
    virtual void write(QDataStream &out) const;
    virtual bool operator<(const QStandardItem &other) const;
protected:
    QStandardItem(const QStandardItem &other);
    QStandardItem & operator=(const QStandardItem &other);
    void emitDataChanged();
    friend QDataStream & operator>>(QDataStream &in, QStandardItem &item);
    friend QDataStream & operator<<(QDataStream &out, const QStandardItem &item);
};

class QStandardItemModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit QStandardItemModel(QObject *parent = nullptr);
    QStandardItemModel(int rows, int columns, QObject *parent = nullptr);
    ~QStandardItemModel() noexcept;
    void setItemRoleNames(const QHash<int, QByteArray> &roleNames);
    QHash<int, QByteArray> roleNames() const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool clearItemData(const QModelIndex &index) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool insertColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles) override;
    void clear();
    using QObject::parent;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStandardItem * itemFromIndex(const QModelIndex &index) const;
    QModelIndex indexFromItem(const QStandardItem *item) const;
    QStandardItem * item(int row, int column = 0) const;
    void setItem(int row, int column, QStandardItem *item);
    void setItem(int row, QStandardItem *item);
    QStandardItem * invisibleRootItem() const;
    QStandardItem * horizontalHeaderItem(int column) const;
    void setHorizontalHeaderItem(int column, QStandardItem *item);
    QStandardItem * verticalHeaderItem(int row) const;
    void setVerticalHeaderItem(int row, QStandardItem *item);
    void setHorizontalHeaderLabels(const QStringList &labels);
    void setVerticalHeaderLabels(const QStringList &labels);
    void setRowCount(int rows);
    void setColumnCount(int columns);
    void appendRow(const QList<QStandardItem *> &items);
    void appendColumn(const QList<QStandardItem *> &items);
    void appendRow(QStandardItem *item);
    void insertRow(int row, const QList<QStandardItem *> &items);
    void insertColumn(int column, const QList<QStandardItem *> &items);
    void insertRow(int row, QStandardItem *item);
    bool insertRow(int row, const QModelIndex &parent = QModelIndex());
    bool insertColumn(int column, const QModelIndex &parent = QModelIndex());
    QStandardItem * takeItem(int row, int column = 0);
    QList<QStandardItem *> takeRow(int row);
    QList<QStandardItem *> takeColumn(int column);
    QStandardItem * takeHorizontalHeaderItem(int column);
    QStandardItem * takeVerticalHeaderItem(int row);
    const QStandardItem * itemPrototype() const;
    void setItemPrototype(const QStandardItem *item);
    QList<QStandardItem *> findItems(const QString &text, Qt::MatchFlags flags = Qt::MatchExactly, int column = 0) const;
    int sortRole() const;
    void setSortRole(int role);
    QStringList mimeTypes() const override;
    QMimeData * mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    void itemChanged(QStandardItem *item);
protected:
};

class QStringListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit QStringListModel(QObject *parent = nullptr);
    explicit QStringListModel(const QStringList &strings, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool clearItemData(const QModelIndex &index) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent, int destinationChild) override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList stringList() const;
    void setStringList(const QStringList &strings);
    Qt::DropActions supportedDropActions() const override;
};

class QAbstractItemDelegate : public QObject {
    Q_OBJECT
public:
    enum EndEditHint {
        NoHint = 0,
        EditNextItem = 1,
        EditPreviousItem = 2,
        SubmitModelCache = 3,
        RevertModelCache = 4
    };
    explicit QAbstractItemDelegate(QObject *parent = nullptr);
    virtual ~QAbstractItemDelegate() noexcept;
    virtual void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;
    virtual QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;
    virtual QWidget * createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    virtual void destroyEditor(QWidget *editor, const QModelIndex &index) const;
    virtual void setEditorData(QWidget *editor, const QModelIndex &index) const;
    virtual void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const;
    virtual void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    virtual bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index);
    virtual QList<int> paintingRoles() const;
    void commitData(QWidget *editor);
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint = NoHint);
    void sizeHintChanged(const QModelIndex &);
protected:
};

class QAbstractItemView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum SelectionMode {
        NoSelection = 0,
        SingleSelection = 1,
        MultiSelection = 2,
        ExtendedSelection = 3,
        ContiguousSelection = 4
    };
    enum SelectionBehavior {
        SelectItems = 0,
        SelectRows = 1,
        SelectColumns = 2
    };
    enum ScrollHint {
        EnsureVisible = 0,
        PositionAtTop = 1,
        PositionAtBottom = 2,
        PositionAtCenter = 3
    };
    enum EditTrigger {
        NoEditTriggers = 0,
        CurrentChanged = 1,
        DoubleClicked = 2,
        SelectedClicked = 4,
        EditKeyPressed = 8,
        AnyKeyPressed = 16,
        AllEditTriggers = 31
    };
    using EditTriggers = QFlags<EditTrigger>;
    enum ScrollMode {
        ScrollPerItem = 0,
        ScrollPerPixel = 1
    };
    explicit QAbstractItemView(QWidget *parent = nullptr);
    ~QAbstractItemView() noexcept;
    virtual void setModel(QAbstractItemModel *model);
    QAbstractItemModel * model() const;
    virtual void setSelectionModel(QItemSelectionModel *selectionModel);
    QItemSelectionModel * selectionModel() const;
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QAbstractItemDelegate * itemDelegate() const;
    void setSelectionMode(QAbstractItemView::SelectionMode mode);
    QAbstractItemView::SelectionMode selectionMode() const;
    void setSelectionBehavior(QAbstractItemView::SelectionBehavior behavior);
    QAbstractItemView::SelectionBehavior selectionBehavior() const;
    QModelIndex currentIndex() const;
    QModelIndex rootIndex() const;
    void setEditTriggers(EditTriggers triggers);
    EditTriggers editTriggers() const;
    void setVerticalScrollMode(ScrollMode mode);
    ScrollMode verticalScrollMode() const;
    void resetVerticalScrollMode();
    void setHorizontalScrollMode(ScrollMode mode);
    ScrollMode horizontalScrollMode() const;
    void resetHorizontalScrollMode();
    void setAutoScroll(bool enable);
    bool hasAutoScroll() const;
    void setAutoScrollMargin(int margin);
    int autoScrollMargin() const;
    void setTabKeyNavigation(bool enable);
    bool tabKeyNavigation() const;
    void setDropIndicatorShown(bool enable);
    bool showDropIndicator() const;
    void setDragEnabled(bool enable);
    bool dragEnabled() const;
    void setDragDropOverwriteMode(bool overwrite);
    bool dragDropOverwriteMode() const;
    enum DragDropMode {
        NoDragDrop = 0,
        DragOnly = 1,
        DropOnly = 2,
        DragDrop = 3,
        InternalMove = 4
    };
    void setDragDropMode(DragDropMode behavior);
    DragDropMode dragDropMode() const;
    void setDefaultDropAction(Qt::DropAction dropAction);
    Qt::DropAction defaultDropAction() const;
    void setAlternatingRowColors(bool enable);
    bool alternatingRowColors() const;
    void setIconSize(const QSize &size);
    QSize iconSize() const;
    void setTextElideMode(Qt::TextElideMode mode);
    Qt::TextElideMode textElideMode() const;
    virtual void keyboardSearch(const QString &search);
    virtual QRect visualRect(const QModelIndex &index) const = 0;
    virtual void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) = 0;
    virtual QModelIndex indexAt(const QPoint &point) const = 0;
    QSize sizeHintForIndex(const QModelIndex &index) const;
    virtual int sizeHintForRow(int row) const;
    virtual int sizeHintForColumn(int column) const;
    void openPersistentEditor(const QModelIndex &index);
    void closePersistentEditor(const QModelIndex &index);
    bool isPersistentEditorOpen(const QModelIndex &index) const;
    void setIndexWidget(const QModelIndex &index, QWidget *widget);
    QWidget * indexWidget(const QModelIndex &index) const;
    void setItemDelegateForRow(int row, QAbstractItemDelegate *delegate);
    QAbstractItemDelegate * itemDelegateForRow(int row) const;
    void setItemDelegateForColumn(int column, QAbstractItemDelegate *delegate);
    QAbstractItemDelegate * itemDelegateForColumn(int column) const;
    QAbstractItemDelegate * itemDelegate(const QModelIndex &index) const;
    virtual QAbstractItemDelegate * itemDelegateForIndex(const QModelIndex &index) const;
    virtual QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    using QAbstractScrollArea::update;
public Q_SLOTS:
    virtual void reset();
    virtual void setRootIndex(const QModelIndex &index);
    virtual void doItemsLayout();
    virtual void selectAll();
    void edit(const QModelIndex &index);
    void clearSelection();
    void setCurrentIndex(const QModelIndex &index);
    void scrollToTop();
    void scrollToBottom();
    void update(const QModelIndex &index);
protected Q_SLOTS:
    virtual void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>());
    virtual void rowsInserted(const QModelIndex &parent, int start, int end);
    virtual void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end);
    virtual void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected);
    virtual void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    virtual void updateEditorData();
    virtual void updateEditorGeometries();
    virtual void updateGeometries();
    virtual void verticalScrollbarAction(int action);
    virtual void horizontalScrollbarAction(int action);
    virtual void verticalScrollbarValueChanged(int value);
    virtual void horizontalScrollbarValueChanged(int value);
    virtual void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint);
    virtual void commitData(QWidget *editor);
    virtual void editorDestroyed(QObject *editor);
public:
    void pressed(const QModelIndex &index);
    void clicked(const QModelIndex &index);
    void doubleClicked(const QModelIndex &index);
    void activated(const QModelIndex &index);
    void entered(const QModelIndex &index);
    void viewportEntered();
    void iconSizeChanged(const QSize &size);
protected:
    enum CursorAction {
        MoveUp = 0,
        MoveDown = 1,
        MoveLeft = 2,
        MoveRight = 3,
        MoveHome = 4,
        MoveEnd = 5,
        MovePageUp = 6,
        MovePageDown = 7,
        MoveNext = 8,
        MovePrevious = 9
    };
    virtual QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) = 0;
    virtual int horizontalOffset() const = 0;
    virtual int verticalOffset() const = 0;
    virtual bool isIndexHidden(const QModelIndex &index) const = 0;
    virtual void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) = 0;
    virtual QRegion visualRegionForSelection(const QItemSelection &selection) const = 0;
    virtual QModelIndexList selectedIndexes() const;
    virtual bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event);
    virtual QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index, const QEvent *event = nullptr) const;
    virtual void startDrag(Qt::DropActions supportedActions);
    virtual void initViewItemOption(QStyleOptionViewItem *option) const;
    enum State {
        NoState = 0,
        DraggingState = 1,
        DragSelectingState = 2,
        EditingState = 3,
        ExpandingState = 4,
        CollapsingState = 5,
        AnimatingState = 6
    };
    State state() const;
    void setState(State state);
    void scheduleDelayedItemsLayout();
    void executeDelayedItemsLayout();
    void setDirtyRegion(const QRegion &region);
    void scrollDirtyRegion(int dx, int dy);
    QPoint dirtyRegionOffset() const;
    void startAutoScroll();
    void stopAutoScroll();
    void doAutoScroll();
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    enum DropIndicatorPosition {
        OnItem = 0,
        AboveItem = 1,
        BelowItem = 2,
        OnViewport = 3
    };
    DropIndicatorPosition dropIndicatorPosition() const;
    QSize viewportSizeHint() const override;
};

class QListView : public QAbstractItemView {
    Q_OBJECT
public:
    enum Movement {
        Static = 0,
        Free = 1,
        Snap = 2
    };
    enum Flow {
        LeftToRight = 0,
        TopToBottom = 1
    };
    enum ResizeMode {
        Fixed = 0,
        Adjust = 1
    };
    enum LayoutMode {
        SinglePass = 0,
        Batched = 1
    };
    enum ViewMode {
        ListMode = 0,
        IconMode = 1
    };
    explicit QListView(QWidget *parent = nullptr);
    ~QListView() noexcept;
    void setMovement(Movement movement);
    Movement movement() const;
    void setFlow(Flow flow);
    Flow flow() const;
    void setWrapping(bool enable);
    bool isWrapping() const;
    void setResizeMode(ResizeMode mode);
    ResizeMode resizeMode() const;
    void setLayoutMode(LayoutMode mode);
    LayoutMode layoutMode() const;
    void setSpacing(int space);
    int spacing() const;
    void setBatchSize(int batchSize);
    int batchSize() const;
    void setGridSize(const QSize &size);
    QSize gridSize() const;
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;
    void clearPropertyFlags();
    bool isRowHidden(int row) const;
    void setRowHidden(int row, bool hide);
    void setModelColumn(int column);
    int modelColumn() const;
    void setUniformItemSizes(bool enable);
    bool uniformItemSizes() const;
    void setWordWrap(bool on);
    bool wordWrap() const;
    void setSelectionRectVisible(bool show);
    bool isSelectionRectVisible() const;
    void setItemAlignment(Qt::Alignment alignment);
    Qt::Alignment itemAlignment() const;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &p) const override;
    void doItemsLayout() override;
    void reset() override;
    void setRootIndex(const QModelIndex &index) override;
    void indexesMoved(const QModelIndexList &indexes);
protected:
    bool event(QEvent *e) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeContents(int width, int height);
    QSize contentsSize() const;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void timerEvent(QTimerEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dragLeaveEvent(QDragLeaveEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void initViewItemOption(QStyleOptionViewItem *option) const override;
    void paintEvent(QPaintEvent *e) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    QRect rectForIndex(const QModelIndex &index) const;
    void setPositionForIndex(const QPoint &position, const QModelIndex &index);
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    QModelIndexList selectedIndexes() const override;
    void updateGeometries() override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    QSize viewportSizeHint() const override;
};

class QTreeView : public QAbstractItemView {
    Q_OBJECT
public:
    explicit QTreeView(QWidget *parent = nullptr);
    ~QTreeView() noexcept;
    void setModel(QAbstractItemModel *model) override;
    void setRootIndex(const QModelIndex &index) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    QHeaderView * header() const;
    void setHeader(QHeaderView *header);
    int autoExpandDelay() const;
    void setAutoExpandDelay(int delay);
    int indentation() const;
    void setIndentation(int i);
    void resetIndentation();
    bool rootIsDecorated() const;
    void setRootIsDecorated(bool show);
    bool uniformRowHeights() const;
    void setUniformRowHeights(bool uniform);
    bool itemsExpandable() const;
    void setItemsExpandable(bool enable);
    bool expandsOnDoubleClick() const;
    void setExpandsOnDoubleClick(bool enable);
    int columnViewportPosition(int column) const;
    int columnWidth(int column) const;
    void setColumnWidth(int column, int width);
    int columnAt(int x) const;
    bool isColumnHidden(int column) const;
    void setColumnHidden(int column, bool hide);
    bool isHeaderHidden() const;
    void setHeaderHidden(bool hide);
    bool isRowHidden(int row, const QModelIndex &parent) const;
    void setRowHidden(int row, const QModelIndex &parent, bool hide);
    bool isFirstColumnSpanned(int row, const QModelIndex &parent) const;
    void setFirstColumnSpanned(int row, const QModelIndex &parent, bool span);
    bool isExpanded(const QModelIndex &index) const;
    void setExpanded(const QModelIndex &index, bool expand);
    void setSortingEnabled(bool enable);
    bool isSortingEnabled() const;
    void setAnimated(bool enable);
    bool isAnimated() const;
    void setAllColumnsShowFocus(bool enable);
    bool allColumnsShowFocus() const;
    void setWordWrap(bool on);
    bool wordWrap() const;
    void setTreePosition(int logicalIndex);
    int treePosition() const;
    void keyboardSearch(const QString &search) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &p) const override;
    QModelIndex indexAbove(const QModelIndex &index) const;
    QModelIndex indexBelow(const QModelIndex &index) const;
    void doItemsLayout() override;
    void reset() override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void selectAll() override;
    void expanded(const QModelIndex &index);
    void collapsed(const QModelIndex &index);
public Q_SLOTS:
    void hideColumn(int column);
    void showColumn(int column);
    void expand(const QModelIndex &index);
    void collapse(const QModelIndex &index);
    void resizeColumnToContents(int column);
    void sortByColumn(int column, Qt::SortOrder order);
    void expandAll();
    void expandRecursively(const QModelIndex &index, int depth = -1);
    void collapseAll();
    void expandToDepth(int depth);
protected Q_SLOTS:
    void columnResized(int column, int oldSize, int newSize);
    void columnCountChanged(int oldCount, int newCount);
    void columnMoved();
    void reexpand();
    void rowsRemoved(const QModelIndex &parent, int first, int last);
    void verticalScrollbarValueChanged(int value) override;
protected:
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    QModelIndexList selectedIndexes() const override;
    void changeEvent(QEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawTree(QPainter *painter, const QRegion &region) const;
    virtual void drawRow(QPainter *painter, const QStyleOptionViewItem &options, const QModelIndex &index) const;
    virtual void drawBranches(QPainter *painter, const QRect &rect, const QModelIndex &index) const;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void updateGeometries() override;
    QSize viewportSizeHint() const override;
    int sizeHintForColumn(int column) const override;
    int indexRowSizeHint(const QModelIndex &index) const;
    int rowHeight(const QModelIndex &index) const;
    void horizontalScrollbarAction(int action) override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

class QTableView : public QAbstractItemView {
    Q_OBJECT
public:
    explicit QTableView(QWidget *parent = nullptr);
    ~QTableView() noexcept;
    void setModel(QAbstractItemModel *model) override;
    void setRootIndex(const QModelIndex &index) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    void doItemsLayout() override;
    QHeaderView * horizontalHeader() const;
    QHeaderView * verticalHeader() const;
    void setHorizontalHeader(QHeaderView *header);
    void setVerticalHeader(QHeaderView *header);
    int rowViewportPosition(int row) const;
    int rowAt(int y) const;
    void setRowHeight(int row, int height);
    int rowHeight(int row) const;
    int columnViewportPosition(int column) const;
    int columnAt(int x) const;
    void setColumnWidth(int column, int width);
    int columnWidth(int column) const;
    bool isRowHidden(int row) const;
    void setRowHidden(int row, bool hide);
    bool isColumnHidden(int column) const;
    void setColumnHidden(int column, bool hide);
    void setSortingEnabled(bool enable);
    bool isSortingEnabled() const;
    bool showGrid() const;
    Qt::PenStyle gridStyle() const;
    void setGridStyle(Qt::PenStyle style);
    void setWordWrap(bool on);
    bool wordWrap() const;
    void setCornerButtonEnabled(bool enable);
    bool isCornerButtonEnabled() const;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &p) const override;
    void setSpan(int row, int column, int rowSpan, int columnSpan);
    int rowSpan(int row, int column) const;
    int columnSpan(int row, int column) const;
    void clearSpans();
public Q_SLOTS:
    void selectRow(int row);
    void selectColumn(int column);
    void hideRow(int row);
    void hideColumn(int column);
    void showRow(int row);
    void showColumn(int column);
    void resizeRowToContents(int row);
    void resizeRowsToContents();
    void resizeColumnToContents(int column);
    void resizeColumnsToContents();
    void sortByColumn(int column, Qt::SortOrder order);
    void setShowGrid(bool show);
protected Q_SLOTS:
    void rowMoved(int row, int oldIndex, int newIndex);
    void columnMoved(int column, int oldIndex, int newIndex);
    void rowResized(int row, int oldHeight, int newHeight);
    void columnResized(int column, int oldWidth, int newWidth);
    void rowCountChanged(int oldCount, int newCount);
    void columnCountChanged(int oldCount, int newCount);
protected:
    void scrollContentsBy(int dx, int dy) override;
    void initViewItemOption(QStyleOptionViewItem *option) const override;
    void paintEvent(QPaintEvent *e) override;
    void timerEvent(QTimerEvent *event) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    QModelIndexList selectedIndexes() const override;
    void updateGeometries() override;
    QSize viewportSizeHint() const override;
    int sizeHintForRow(int row) const override;
    int sizeHintForColumn(int column) const override;
    void verticalScrollbarAction(int action) override;
    void horizontalScrollbarAction(int action) override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

class QHeaderView : public QAbstractItemView {
    Q_OBJECT
public:
    enum ResizeMode {
        Interactive = 0,
        Stretch = 1,
        Fixed = 2,
        ResizeToContents = 3,
        Custom = 2
    };
    explicit QHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);
    virtual ~QHeaderView() noexcept;
    void setModel(QAbstractItemModel *model) override;
    Qt::Orientation orientation() const;
    int offset() const;
    int length() const;
    QSize sizeHint() const override;
    void setVisible(bool v) override;
    int sectionSizeHint(int logicalIndex) const;
    int visualIndexAt(int position) const;
    int logicalIndexAt(int position) const;
    int logicalIndexAt(int x, int y) const;
    int logicalIndexAt(const QPoint &pos) const;
    int sectionSize(int logicalIndex) const;
    int sectionPosition(int logicalIndex) const;
    int sectionViewportPosition(int logicalIndex) const;
    void moveSection(int from, int to);
    void swapSections(int first, int second);
    void resizeSection(int logicalIndex, int size);
    void resizeSections(QHeaderView::ResizeMode mode);
    bool isSectionHidden(int logicalIndex) const;
    void setSectionHidden(int logicalIndex, bool hide);
    int hiddenSectionCount() const;
    void hideSection(int logicalIndex);
    void showSection(int logicalIndex);
    int count() const;
    int visualIndex(int logicalIndex) const;
    int logicalIndex(int visualIndex) const;
    void setSectionsMovable(bool movable);
    bool sectionsMovable() const;
    void setFirstSectionMovable(bool movable);
    bool isFirstSectionMovable() const;
    void setSectionsClickable(bool clickable);
    bool sectionsClickable() const;
    void setHighlightSections(bool highlight);
    bool highlightSections() const;
    ResizeMode sectionResizeMode(int logicalIndex) const;
    void setSectionResizeMode(ResizeMode mode);
    void setSectionResizeMode(int logicalIndex, ResizeMode mode);
    void setResizeContentsPrecision(int precision);
    int resizeContentsPrecision() const;
    int stretchSectionCount() const;
    void setSortIndicatorShown(bool show);
    bool isSortIndicatorShown() const;
    void setSortIndicator(int logicalIndex, Qt::SortOrder order);
    int sortIndicatorSection() const;
    Qt::SortOrder sortIndicatorOrder() const;
    void setSortIndicatorClearable(bool clearable);
    bool isSortIndicatorClearable() const;
    bool stretchLastSection() const;
    void setStretchLastSection(bool stretch);
    bool cascadingSectionResizes() const;
    void setCascadingSectionResizes(bool enable);
    int defaultSectionSize() const;
    void setDefaultSectionSize(int size);
    void resetDefaultSectionSize();
    int minimumSectionSize() const;
    void setMinimumSectionSize(int size);
    int maximumSectionSize() const;
    void setMaximumSectionSize(int size);
    Qt::Alignment defaultAlignment() const;
    void setDefaultAlignment(Qt::Alignment alignment);
    void doItemsLayout() override;
    bool sectionsMoved() const;
    bool sectionsHidden() const;
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void reset() override;
public Q_SLOTS:
    void setOffset(int offset);
    void setOffsetToSectionPosition(int visualIndex);
    void setOffsetToLastSection();
    void headerDataChanged(Qt::Orientation orientation, int logicalFirst, int logicalLast);
public:
    void sectionMoved(int logicalIndex, int oldVisualIndex, int newVisualIndex);
    void sectionResized(int logicalIndex, int oldSize, int newSize);
    void sectionPressed(int logicalIndex);
    void sectionClicked(int logicalIndex);
    void sectionEntered(int logicalIndex);
    void sectionDoubleClicked(int logicalIndex);
    void sectionCountChanged(int oldCount, int newCount);
    void sectionHandleDoubleClicked(int logicalIndex);
    void geometriesChanged();
    void sortIndicatorChanged(int logicalIndex, Qt::SortOrder order);
    void sortIndicatorClearableChanged(bool clearable);
protected Q_SLOTS:
    void updateSection(int logicalIndex);
    void resizeSections();
    void sectionsInserted(const QModelIndex &parent, int logicalFirst, int logicalLast);
    void sectionsAboutToBeRemoved(const QModelIndex &parent, int logicalFirst, int logicalLast);
protected:
    void initialize();
    void initializeSections();
    void initializeSections(int start, int end);
    void currentChanged(const QModelIndex &current, const QModelIndex &old) override;
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void mouseDoubleClickEvent(QMouseEvent *e) override;
    bool viewportEvent(QEvent *e) override;
    virtual void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const;
    virtual QSize sectionSizeFromContents(int logicalIndex) const;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint) override;
    QModelIndex indexAt(const QPoint &p) const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    QModelIndex moveCursor(CursorAction, Qt::KeyboardModifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags flags) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    virtual void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const;
    virtual void initStyleOption(QStyleOptionHeader *option) const;
};

class QListWidgetItem {
public:
    enum ItemType {
        Type = 0,
        UserType = 1000
    };
    explicit QListWidgetItem(QListWidget *listview = nullptr, int type = Type);
    explicit QListWidgetItem(const QString &text, QListWidget *listview = nullptr, int type = Type);
    explicit QListWidgetItem(const QIcon &icon, const QString &text, QListWidget *listview = nullptr, int type = Type);
    QListWidgetItem(const QListWidgetItem &other);
    virtual ~QListWidgetItem();
    virtual QListWidgetItem * clone() const;
    QListWidget * listWidget() const;
    void setSelected(bool select);
    bool isSelected() const;
    void setHidden(bool hide);
    bool isHidden() const;
    Qt::ItemFlags flags() const;
    void setFlags(Qt::ItemFlags flags);
    QString text() const;
    void setText(const QString &text);
    QIcon icon() const;
    void setIcon(const QIcon &icon);
    QString statusTip() const;
    void setStatusTip(const QString &statusTip);
    QString toolTip() const;
    void setToolTip(const QString &toolTip);
    QString whatsThis() const;
    void setWhatsThis(const QString &whatsThis);
    QFont font() const;
    void setFont(const QFont &font);
    int textAlignment() const;
    void setTextAlignment(int alignment);
    void setTextAlignment(Qt::AlignmentFlag alignment);
    void setTextAlignment(Qt::Alignment alignment);
    QBrush background() const;
    void setBackground(const QBrush &brush);
    QBrush foreground() const;
    void setForeground(const QBrush &brush);
    Qt::CheckState checkState() const;
    void setCheckState(Qt::CheckState state);
    QSize sizeHint() const;
    void setSizeHint(const QSize &size);
    virtual QVariant data(int role) const;
    virtual void setData(int role, const QVariant &value);
    virtual bool operator<(const QListWidgetItem &other) const;
    virtual void read(QDataStream &in);
    virtual void write(QDataStream &out) const;
    QListWidgetItem & operator=(const QListWidgetItem &other);
    int type() const;
    friend QDataStream & operator<<(QDataStream &out, const QListWidgetItem &item);
    friend QDataStream & operator>>(QDataStream &in, QListWidgetItem &item);
};

class QListWidget : public QListView {
    Q_OBJECT
public:
    explicit QListWidget(QWidget *parent = nullptr);
    ~QListWidget() noexcept;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    QListWidgetItem * item(int row) const;
    int row(const QListWidgetItem *item) const;
    void insertItem(int row, QListWidgetItem *item);
    void insertItem(int row, const QString &label);
    void insertItems(int row, const QStringList &labels);
    void addItem(const QString &label);
    void addItem(QListWidgetItem *item);
    void addItems(const QStringList &labels);
    QListWidgetItem * takeItem(int row);
    int count() const;
    QListWidgetItem * currentItem() const;
    void setCurrentItem(QListWidgetItem *item);
    void setCurrentItem(QListWidgetItem *item, QItemSelectionModel::SelectionFlags command);
    int currentRow() const;
    void setCurrentRow(int row);
    void setCurrentRow(int row, QItemSelectionModel::SelectionFlags command);
    QListWidgetItem * itemAt(const QPoint &p) const;
    QListWidgetItem * itemAt(int x, int y) const;
    QRect visualItemRect(const QListWidgetItem *item) const;
    void sortItems(Qt::SortOrder order = Qt::AscendingOrder);
    void setSortingEnabled(bool enable);
    bool isSortingEnabled() const;
    void editItem(QListWidgetItem *item);
    void openPersistentEditor(QListWidgetItem *item);
    void closePersistentEditor(QListWidgetItem *item);
    using QAbstractItemView::isPersistentEditorOpen;
    bool isPersistentEditorOpen(QListWidgetItem *item) const;
    QWidget * itemWidget(QListWidgetItem *item) const;
    void setItemWidget(QListWidgetItem *item, QWidget *widget);
    void removeItemWidget(QListWidgetItem *item);
    QList<QListWidgetItem *> selectedItems() const;
    QList<QListWidgetItem *> findItems(const QString &text, Qt::MatchFlags flags) const;
    QList<QListWidgetItem *> items(const QMimeData *data) const;
    QModelIndex indexFromItem(const QListWidgetItem *item) const;
    QListWidgetItem * itemFromIndex(const QModelIndex &index) const;
protected:
    void dropEvent(QDropEvent *event) override;
public Q_SLOTS:
    void scrollToItem(const QListWidgetItem *item, QAbstractItemView::ScrollHint hint = EnsureVisible);
    void clear();
public:
    void itemPressed(QListWidgetItem *item);
    void itemClicked(QListWidgetItem *item);
    void itemDoubleClicked(QListWidgetItem *item);
    void itemActivated(QListWidgetItem *item);
    void itemEntered(QListWidgetItem *item);
    void itemChanged(QListWidgetItem *item);
    void currentItemChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void currentTextChanged(const QString &currentText);
    void currentRowChanged(int currentRow);
    void itemSelectionChanged();
protected:
    bool event(QEvent *e) override;
    virtual QStringList mimeTypes() const;
    virtual QMimeData * mimeData(const QList<QListWidgetItem *> &items) const;
    virtual bool dropMimeData(int index, const QMimeData *data, Qt::DropAction action);
    virtual Qt::DropActions supportedDropActions() const;
};

class QTreeWidgetItem {
public:
    enum ItemType {
        Type = 0,
        UserType = 1000
    };
    explicit QTreeWidgetItem(int type = Type);
    explicit QTreeWidgetItem(const QStringList &strings, int type = Type);
    explicit QTreeWidgetItem(QTreeWidget *treeview, int type = Type);
    QTreeWidgetItem(QTreeWidget *treeview, const QStringList &strings, int type = Type);
    QTreeWidgetItem(QTreeWidget *treeview, QTreeWidgetItem *after, int type = Type);
    explicit QTreeWidgetItem(QTreeWidgetItem *parent, int type = Type);
    QTreeWidgetItem(QTreeWidgetItem *parent, const QStringList &strings, int type = Type);
    QTreeWidgetItem(QTreeWidgetItem *parent, QTreeWidgetItem *after, int type = Type);
    QTreeWidgetItem(const QTreeWidgetItem &other);
    virtual ~QTreeWidgetItem();
    virtual QTreeWidgetItem * clone() const;
    QTreeWidget * treeWidget() const;
    void setSelected(bool select);
    bool isSelected() const;
    void setHidden(bool hide);
    bool isHidden() const;
    void setExpanded(bool expand);
    bool isExpanded() const;
    void setFirstColumnSpanned(bool span);
    bool isFirstColumnSpanned() const;
    void setDisabled(bool disabled);
    bool isDisabled() const;
    enum ChildIndicatorPolicy {
        ShowIndicator = 0,
        DontShowIndicator = 1,
        DontShowIndicatorWhenChildless = 2
    };
    void setChildIndicatorPolicy(QTreeWidgetItem::ChildIndicatorPolicy policy);
    QTreeWidgetItem::ChildIndicatorPolicy childIndicatorPolicy() const;
    Qt::ItemFlags flags() const;
    void setFlags(Qt::ItemFlags flags);
    QString text(int column) const;
    void setText(int column, const QString &text);
    QIcon icon(int column) const;
    void setIcon(int column, const QIcon &icon);
    QString statusTip(int column) const;
    void setStatusTip(int column, const QString &statusTip);
    QString toolTip(int column) const;
    void setToolTip(int column, const QString &toolTip);
    QString whatsThis(int column) const;
    void setWhatsThis(int column, const QString &whatsThis);
    QFont font(int column) const;
    void setFont(int column, const QFont &font);
    int textAlignment(int column) const;
    void setTextAlignment(int column, int alignment);
    void setTextAlignment(int column, Qt::AlignmentFlag alignment);
    void setTextAlignment(int column, Qt::Alignment alignment);
    QBrush background(int column) const;
    void setBackground(int column, const QBrush &brush);
    QBrush foreground(int column) const;
    void setForeground(int column, const QBrush &brush);
    Qt::CheckState checkState(int column) const;
    void setCheckState(int column, Qt::CheckState state);
    QSize sizeHint(int column) const;
    void setSizeHint(int column, const QSize &size);
    virtual QVariant data(int column, int role) const;
    virtual void setData(int column, int role, const QVariant &value);
    virtual bool operator<(const QTreeWidgetItem &other) const;
    virtual void read(QDataStream &in);
    virtual void write(QDataStream &out) const;
    QTreeWidgetItem & operator=(const QTreeWidgetItem &other);
    QTreeWidgetItem * parent() const;
    QTreeWidgetItem * child(int index) const;
    int childCount() const;
    int columnCount() const;
    int indexOfChild(QTreeWidgetItem *child) const;
    void addChild(QTreeWidgetItem *child);
    void insertChild(int index, QTreeWidgetItem *child);
    void removeChild(QTreeWidgetItem *child);
    QTreeWidgetItem * takeChild(int index);
    void addChildren(const QList<QTreeWidgetItem *> &children);
    void insertChildren(int index, const QList<QTreeWidgetItem *> &children);
    QList<QTreeWidgetItem *> takeChildren();
    int type() const;
    void sortChildren(int column, Qt::SortOrder order);
protected:
    void emitDataChanged();
    friend QDataStream & operator<<(QDataStream &out, const QTreeWidgetItem &item);
    friend QDataStream & operator>>(QDataStream &in, QTreeWidgetItem &item);
};

class QTreeWidget : public QTreeView {
    Q_OBJECT
public:
    explicit QTreeWidget(QWidget *parent = nullptr);
    ~QTreeWidget() noexcept;
    int columnCount() const;
    void setColumnCount(int columns);
    QTreeWidgetItem * invisibleRootItem() const;
    QTreeWidgetItem * topLevelItem(int index) const;
    int topLevelItemCount() const;
    void insertTopLevelItem(int index, QTreeWidgetItem *item);
    void addTopLevelItem(QTreeWidgetItem *item);
    QTreeWidgetItem * takeTopLevelItem(int index);
    int indexOfTopLevelItem(QTreeWidgetItem *item) const;
    void insertTopLevelItems(int index, const QList<QTreeWidgetItem *> &items);
    void addTopLevelItems(const QList<QTreeWidgetItem *> &items);
    QTreeWidgetItem * headerItem() const;
    void setHeaderItem(QTreeWidgetItem *item);
    void setHeaderLabels(const QStringList &labels);
    void setHeaderLabel(const QString &label);
    QTreeWidgetItem * currentItem() const;
    int currentColumn() const;
    void setCurrentItem(QTreeWidgetItem *item);
    void setCurrentItem(QTreeWidgetItem *item, int column);
    void setCurrentItem(QTreeWidgetItem *item, int column, QItemSelectionModel::SelectionFlags command);
    QTreeWidgetItem * itemAt(const QPoint &p) const;
    QTreeWidgetItem * itemAt(int x, int y) const;
    QRect visualItemRect(const QTreeWidgetItem *item) const;
    int sortColumn() const;
    void sortItems(int column, Qt::SortOrder order);
    void editItem(QTreeWidgetItem *item, int column = 0);
    void openPersistentEditor(QTreeWidgetItem *item, int column = 0);
    void closePersistentEditor(QTreeWidgetItem *item, int column = 0);
    using QAbstractItemView::isPersistentEditorOpen;
    bool isPersistentEditorOpen(QTreeWidgetItem *item, int column = 0) const;
    QWidget * itemWidget(QTreeWidgetItem *item, int column) const;
    void setItemWidget(QTreeWidgetItem *item, int column, QWidget *widget);
    void removeItemWidget(QTreeWidgetItem *item, int column);
    QList<QTreeWidgetItem *> selectedItems() const;
    QList<QTreeWidgetItem *> findItems(const QString &text, Qt::MatchFlags flags, int column = 0) const;
    QTreeWidgetItem * itemAbove(const QTreeWidgetItem *item) const;
    QTreeWidgetItem * itemBelow(const QTreeWidgetItem *item) const;
    QModelIndex indexFromItem(const QTreeWidgetItem *item, int column = 0) const;
    QTreeWidgetItem * itemFromIndex(const QModelIndex &index) const;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
public Q_SLOTS:
    void scrollToItem(const QTreeWidgetItem *item, QAbstractItemView::ScrollHint hint = EnsureVisible);
    void expandItem(const QTreeWidgetItem *item);
    void collapseItem(const QTreeWidgetItem *item);
    void clear();
public:
    void itemPressed(QTreeWidgetItem *item, int column);
    void itemClicked(QTreeWidgetItem *item, int column);
    void itemDoubleClicked(QTreeWidgetItem *item, int column);
    void itemActivated(QTreeWidgetItem *item, int column);
    void itemEntered(QTreeWidgetItem *item, int column);
    void itemChanged(QTreeWidgetItem *item, int column);
    void itemExpanded(QTreeWidgetItem *item);
    void itemCollapsed(QTreeWidgetItem *item);
    void currentItemChanged(QTreeWidgetItem *current, QTreeWidgetItem *previous);
    void itemSelectionChanged();
protected:
    bool event(QEvent *e) override;
    virtual QStringList mimeTypes() const;
    virtual QMimeData * mimeData(const QList<QTreeWidgetItem *> &items) const;
    virtual bool dropMimeData(QTreeWidgetItem *parent, int index, const QMimeData *data, Qt::DropAction action);
    virtual Qt::DropActions supportedDropActions() const;
    void dropEvent(QDropEvent *event) override;
};

class QTableWidgetItem {
public:
    enum ItemType {
        Type = 0,
        UserType = 1000
    };
    explicit QTableWidgetItem(int type = Type);
    explicit QTableWidgetItem(const QString &text, int type = Type);
    explicit QTableWidgetItem(const QIcon &icon, const QString &text, int type = Type);
    QTableWidgetItem(const QTableWidgetItem &other);
    virtual ~QTableWidgetItem();
    virtual QTableWidgetItem * clone() const;
    QTableWidget * tableWidget() const;
    int row() const;
    int column() const;
    void setSelected(bool select);
    bool isSelected() const;
    Qt::ItemFlags flags() const;
    void setFlags(Qt::ItemFlags flags);
    QString text() const;
    void setText(const QString &text);
    QIcon icon() const;
    void setIcon(const QIcon &icon);
    QString statusTip() const;
    void setStatusTip(const QString &statusTip);
    QString toolTip() const;
    void setToolTip(const QString &toolTip);
    QString whatsThis() const;
    void setWhatsThis(const QString &whatsThis);
    QFont font() const;
    void setFont(const QFont &font);
    int textAlignment() const;
    void setTextAlignment(int alignment);
    void setTextAlignment(Qt::AlignmentFlag alignment);
    void setTextAlignment(Qt::Alignment alignment);
    QBrush background() const;
    void setBackground(const QBrush &brush);
    QBrush foreground() const;
    void setForeground(const QBrush &brush);
    Qt::CheckState checkState() const;
    void setCheckState(Qt::CheckState state);
    QSize sizeHint() const;
    void setSizeHint(const QSize &size);
    virtual QVariant data(int role) const;
    virtual void setData(int role, const QVariant &value);
    virtual bool operator<(const QTableWidgetItem &other) const;
    virtual void read(QDataStream &in);
    virtual void write(QDataStream &out) const;
    QTableWidgetItem & operator=(const QTableWidgetItem &other);
    int type() const;
    friend QDataStream & operator>>(QDataStream &in, QTableWidgetItem &item);
    friend QDataStream & operator<<(QDataStream &out, const QTableWidgetItem &item);
};

class QTableWidget : public QTableView {
    Q_OBJECT
public:
    explicit QTableWidget(QWidget *parent = nullptr);
    QTableWidget(int rows, int columns, QWidget *parent = nullptr);
    ~QTableWidget() noexcept;
    void setRowCount(int rows);
    int rowCount() const;
    void setColumnCount(int columns);
    int columnCount() const;
    int row(const QTableWidgetItem *item) const;
    int column(const QTableWidgetItem *item) const;
    QTableWidgetItem * item(int row, int column) const;
    void setItem(int row, int column, QTableWidgetItem *item);
    QTableWidgetItem * takeItem(int row, int column);
    QList<QTableWidgetItem *> items(const QMimeData *data) const;
    QModelIndex indexFromItem(const QTableWidgetItem *item) const;
    QTableWidgetItem * itemFromIndex(const QModelIndex &index) const;
    QTableWidgetItem * verticalHeaderItem(int row) const;
    void setVerticalHeaderItem(int row, QTableWidgetItem *item);
    QTableWidgetItem * takeVerticalHeaderItem(int row);
    QTableWidgetItem * horizontalHeaderItem(int column) const;
    void setHorizontalHeaderItem(int column, QTableWidgetItem *item);
    QTableWidgetItem * takeHorizontalHeaderItem(int column);
    void setVerticalHeaderLabels(const QStringList &labels);
    void setHorizontalHeaderLabels(const QStringList &labels);
    int currentRow() const;
    int currentColumn() const;
    QTableWidgetItem * currentItem() const;
    void setCurrentItem(QTableWidgetItem *item);
    void setCurrentItem(QTableWidgetItem *item, QItemSelectionModel::SelectionFlags command);
    void setCurrentCell(int row, int column);
    void setCurrentCell(int row, int column, QItemSelectionModel::SelectionFlags command);
    void sortItems(int column, Qt::SortOrder order = Qt::AscendingOrder);
    void setSortingEnabled(bool enable);
    bool isSortingEnabled() const;
    void editItem(QTableWidgetItem *item);
    void openPersistentEditor(QTableWidgetItem *item);
    void closePersistentEditor(QTableWidgetItem *item);
    using QAbstractItemView::isPersistentEditorOpen;
    bool isPersistentEditorOpen(QTableWidgetItem *item) const;
    QWidget * cellWidget(int row, int column) const;
    void setCellWidget(int row, int column, QWidget *widget);
    void removeCellWidget(int row, int column);
    QList<QTableWidgetItem *> selectedItems() const;
    QList<QTableWidgetItem *> findItems(const QString &text, Qt::MatchFlags flags) const;
    int visualRow(int logicalRow) const;
    int visualColumn(int logicalColumn) const;
    QTableWidgetItem * itemAt(const QPoint &p) const;
    QTableWidgetItem * itemAt(int x, int y) const;
    QRect visualItemRect(const QTableWidgetItem *item) const;
    const QTableWidgetItem * itemPrototype() const;
    void setItemPrototype(const QTableWidgetItem *item);
public Q_SLOTS:
    void scrollToItem(const QTableWidgetItem *item, QAbstractItemView::ScrollHint hint = EnsureVisible);
    void insertRow(int row);
    void insertColumn(int column);
    void removeRow(int row);
    void removeColumn(int column);
    void clear();
    void clearContents();
public:
    void itemPressed(QTableWidgetItem *item);
    void itemClicked(QTableWidgetItem *item);
    void itemDoubleClicked(QTableWidgetItem *item);
    void itemActivated(QTableWidgetItem *item);
    void itemEntered(QTableWidgetItem *item);
    void itemChanged(QTableWidgetItem *item);
    void currentItemChanged(QTableWidgetItem *current, QTableWidgetItem *previous);
    void itemSelectionChanged();
    void cellPressed(int row, int column);
    void cellClicked(int row, int column);
    void cellDoubleClicked(int row, int column);
    void cellActivated(int row, int column);
    void cellEntered(int row, int column);
    void cellChanged(int row, int column);
    void currentCellChanged(int currentRow, int currentColumn, int previousRow, int previousColumn);
protected:
    bool event(QEvent *e) override;
    virtual QStringList mimeTypes() const;
    virtual QMimeData * mimeData(const QList<QTableWidgetItem *> &items) const;
    virtual bool dropMimeData(int row, int column, const QMimeData *data, Qt::DropAction action);
    virtual Qt::DropActions supportedDropActions() const;
    void dropEvent(QDropEvent *event) override;
};

class QItemEditorFactory;

class QStyledItemDelegate : public QAbstractItemDelegate {
    Q_OBJECT
public:
    explicit QStyledItemDelegate(QObject *parent = nullptr);
    ~QStyledItemDelegate() noexcept;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget * createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    virtual QString displayText(const QVariant &value, const QLocale &locale) const;
    QItemEditorFactory * itemEditorFactory() const;
    void setItemEditorFactory(QItemEditorFactory *factory);
protected:
    virtual void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const;
    bool eventFilter(QObject *object, QEvent *event) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;
};

class QItemEditorCreatorBase {
public:
    virtual ~QItemEditorCreatorBase();
    virtual QWidget * createWidget(QWidget *parent) const = 0;
    virtual QByteArray valuePropertyName() const = 0;
};

template <class T> class QItemEditorCreator : public QItemEditorCreatorBase {
public:
    explicit QItemEditorCreator(const QByteArray &valuePropertyName);
    QWidget * createWidget(QWidget *parent) const override;
    QByteArray valuePropertyName() const override;
};

template <class T> class QStandardItemEditorCreator : public QItemEditorCreatorBase {
public:
    QStandardItemEditorCreator();
    QWidget * createWidget(QWidget *parent) const override;
    QByteArray valuePropertyName() const override;
};

class QItemEditorFactory {
public:
    QItemEditorFactory();
    virtual ~QItemEditorFactory();
    virtual QWidget * createEditor(int userType, QWidget *parent) const;
    virtual QByteArray valuePropertyName(int userType) const;
    void registerEditor(int userType, QItemEditorCreatorBase *creator);
    static const QItemEditorFactory * defaultFactory();
    static void setDefaultFactory(QItemEditorFactory *factory);
};

class QItemDelegate : public QAbstractItemDelegate {
    Q_OBJECT
public:
    explicit QItemDelegate(QObject *parent = nullptr);
    ~QItemDelegate() noexcept;
    bool hasClipping() const;
    void setClipping(bool clip);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget * createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
protected:
    virtual void drawDisplay(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text) const;
    virtual void drawDecoration(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QPixmap &pixmap) const;
    virtual void drawFocus(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect) const;
    virtual void drawCheck(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, Qt::CheckState state) const;
    void drawBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void doLayout(const QStyleOptionViewItem &option, QRect *checkRect, QRect *iconRect, QRect *textRect, bool hint) const;
    QRect rect(const QStyleOptionViewItem &option, const QModelIndex &index, int role) const;
    bool eventFilter(QObject *object, QEvent *event) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index) override;
    QStyleOptionViewItem setOptions(const QModelIndex &index, const QStyleOptionViewItem &option) const;
    QPixmap decoration(const QStyleOptionViewItem &option, const QVariant &variant) const;
    static QPixmap selectedPixmap(const QPixmap &pixmap, const QPalette &palette, bool enabled);
    QRect doCheck(const QStyleOptionViewItem &option, const QRect &bounding, const QVariant &variant) const;
    QRect textRectangle(QPainter *painter, const QRect &rect, const QFont &font, const QString &text) const;
};

class QStyleHintReturn;

class QStyle : public QObject {
    Q_OBJECT
public:
protected:
public:
    QStyle();
    virtual ~QStyle() noexcept;
    QString name() const;
    virtual void polish(QWidget *widget);
    virtual void unpolish(QWidget *widget);
    virtual void polish(QApplication *application);
    virtual void unpolish(QApplication *application);
    virtual void polish(QPalette &palette);
    virtual QRect itemTextRect(const QFontMetrics &fm, const QRect &r, int flags, bool enabled, const QString &text) const;
    virtual QRect itemPixmapRect(const QRect &r, int flags, const QPixmap &pixmap) const;
    virtual void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &pal, bool enabled, const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const;
    virtual void drawItemPixmap(QPainter *painter, const QRect &rect, int alignment, const QPixmap &pixmap) const;
    virtual QPalette standardPalette() const;
    enum StateFlag {
        State_None = 0,
        State_Enabled = 1,
        State_Raised = 2,
        State_Sunken = 4,
        State_Off = 8,
        State_NoChange = 16,
        State_On = 32,
        State_DownArrow = 64,
        State_Horizontal = 128,
        State_HasFocus = 256,
        State_Top = 512,
        State_Bottom = 1024,
        State_FocusAtBorder = 2048,
        State_AutoRaise = 4096,
        State_MouseOver = 8192,
        State_UpArrow = 16384,
        State_Selected = 32768,
        State_Active = 65536,
        State_Window = 131072,
        State_Open = 262144,
        State_Children = 524288,
        State_Item = 1048576,
        State_Sibling = 2097152,
        State_Editing = 4194304,
        State_KeyboardFocusChange = 8388608,
        State_ReadOnly = 33554432,
        State_Small = 67108864,
        State_Mini = 134217728
    };
    using State = QFlags<StateFlag>;
    enum PrimitiveElement {
        PE_Frame = 0,
        PE_FrameDefaultButton = 1,
        PE_FrameDockWidget = 2,
        PE_FrameFocusRect = 3,
        PE_FrameGroupBox = 4,
        PE_FrameLineEdit = 5,
        PE_FrameMenu = 6,
        PE_FrameStatusBarItem = 7,
        PE_FrameTabWidget = 8,
        PE_FrameWindow = 9,
        PE_FrameButtonBevel = 10,
        PE_FrameButtonTool = 11,
        PE_FrameTabBarBase = 12,
        PE_PanelButtonCommand = 13,
        PE_PanelButtonBevel = 14,
        PE_PanelButtonTool = 15,
        PE_PanelMenuBar = 16,
        PE_PanelToolBar = 17,
        PE_PanelLineEdit = 18,
        PE_IndicatorArrowDown = 19,
        PE_IndicatorArrowLeft = 20,
        PE_IndicatorArrowRight = 21,
        PE_IndicatorArrowUp = 22,
        PE_IndicatorBranch = 23,
        PE_IndicatorButtonDropDown = 24,
        PE_IndicatorItemViewItemCheck = 25,
        PE_IndicatorCheckBox = 26,
        PE_IndicatorDockWidgetResizeHandle = 27,
        PE_IndicatorHeaderArrow = 28,
        PE_IndicatorMenuCheckMark = 29,
        PE_IndicatorProgressChunk = 30,
        PE_IndicatorRadioButton = 31,
        PE_IndicatorSpinDown = 32,
        PE_IndicatorSpinMinus = 33,
        PE_IndicatorSpinPlus = 34,
        PE_IndicatorSpinUp = 35,
        PE_IndicatorToolBarHandle = 36,
        PE_IndicatorToolBarSeparator = 37,
        PE_PanelTipLabel = 38,
        PE_IndicatorTabTear = 39,
        PE_IndicatorTabTearLeft = 39,
        PE_PanelScrollAreaCorner = 40,
        PE_Widget = 41,
        PE_IndicatorColumnViewArrow = 42,
        PE_IndicatorItemViewItemDrop = 43,
        PE_PanelItemViewItem = 44,
        PE_PanelItemViewRow = 45,
        PE_PanelStatusBar = 46,
        PE_IndicatorTabClose = 47,
        PE_PanelMenu = 48,
        PE_IndicatorTabTearRight = 49,
        PE_CustomBase = 251658240
    };
    virtual void drawPrimitive(PrimitiveElement pe, const QStyleOption *opt, QPainter *p, const QWidget *w = nullptr) const = 0;
    enum ControlElement {
        CE_PushButton = 0,
        CE_PushButtonBevel = 1,
        CE_PushButtonLabel = 2,
        CE_CheckBox = 3,
        CE_CheckBoxLabel = 4,
        CE_RadioButton = 5,
        CE_RadioButtonLabel = 6,
        CE_TabBarTab = 7,
        CE_TabBarTabShape = 8,
        CE_TabBarTabLabel = 9,
        CE_ProgressBar = 10,
        CE_ProgressBarGroove = 11,
        CE_ProgressBarContents = 12,
        CE_ProgressBarLabel = 13,
        CE_MenuItem = 14,
        CE_MenuScroller = 15,
        CE_MenuVMargin = 16,
        CE_MenuHMargin = 17,
        CE_MenuTearoff = 18,
        CE_MenuEmptyArea = 19,
        CE_MenuBarItem = 20,
        CE_MenuBarEmptyArea = 21,
        CE_ToolButtonLabel = 22,
        CE_Header = 23,
        CE_HeaderSection = 24,
        CE_HeaderLabel = 25,
        CE_ToolBoxTab = 26,
        CE_SizeGrip = 27,
        CE_Splitter = 28,
        CE_RubberBand = 29,
        CE_DockWidgetTitle = 30,
        CE_ScrollBarAddLine = 31,
        CE_ScrollBarSubLine = 32,
        CE_ScrollBarAddPage = 33,
        CE_ScrollBarSubPage = 34,
        CE_ScrollBarSlider = 35,
        CE_ScrollBarFirst = 36,
        CE_ScrollBarLast = 37,
        CE_FocusFrame = 38,
        CE_ComboBoxLabel = 39,
        CE_ToolBar = 40,
        CE_ToolBoxTabShape = 41,
        CE_ToolBoxTabLabel = 42,
        CE_HeaderEmptyArea = 43,
        CE_ColumnViewGrip = 44,
        CE_ItemViewItem = 45,
        CE_ShapedFrame = 46,
        CE_CustomBase = 4026531840
    };
    virtual void drawControl(ControlElement element, const QStyleOption *opt, QPainter *p, const QWidget *w = nullptr) const = 0;
    enum SubElement {
        SE_PushButtonContents = 0,
        SE_PushButtonFocusRect = 1,
        SE_CheckBoxIndicator = 2,
        SE_CheckBoxContents = 3,
        SE_CheckBoxFocusRect = 4,
        SE_CheckBoxClickRect = 5,
        SE_RadioButtonIndicator = 6,
        SE_RadioButtonContents = 7,
        SE_RadioButtonFocusRect = 8,
        SE_RadioButtonClickRect = 9,
        SE_ComboBoxFocusRect = 10,
        SE_SliderFocusRect = 11,
        SE_ProgressBarGroove = 12,
        SE_ProgressBarContents = 13,
        SE_ProgressBarLabel = 14,
        SE_ToolBoxTabContents = 15,
        SE_HeaderLabel = 16,
        SE_HeaderArrow = 17,
        SE_TabWidgetTabBar = 18,
        SE_TabWidgetTabPane = 19,
        SE_TabWidgetTabContents = 20,
        SE_TabWidgetLeftCorner = 21,
        SE_TabWidgetRightCorner = 22,
        SE_ItemViewItemCheckIndicator = 23,
        SE_TabBarTearIndicator = 24,
        SE_TabBarTearIndicatorLeft = 24,
        SE_TreeViewDisclosureItem = 25,
        SE_LineEditContents = 26,
        SE_FrameContents = 27,
        SE_DockWidgetCloseButton = 28,
        SE_DockWidgetFloatButton = 29,
        SE_DockWidgetTitleBarText = 30,
        SE_DockWidgetIcon = 31,
        SE_CheckBoxLayoutItem = 32,
        SE_ComboBoxLayoutItem = 33,
        SE_DateTimeEditLayoutItem = 34,
        SE_LabelLayoutItem = 35,
        SE_ProgressBarLayoutItem = 36,
        SE_PushButtonLayoutItem = 37,
        SE_RadioButtonLayoutItem = 38,
        SE_SliderLayoutItem = 39,
        SE_SpinBoxLayoutItem = 40,
        SE_ToolButtonLayoutItem = 41,
        SE_FrameLayoutItem = 42,
        SE_GroupBoxLayoutItem = 43,
        SE_TabWidgetLayoutItem = 44,
        SE_ItemViewItemDecoration = 45,
        SE_ItemViewItemText = 46,
        SE_ItemViewItemFocusRect = 47,
        SE_TabBarTabLeftButton = 48,
        SE_TabBarTabRightButton = 49,
        SE_TabBarTabText = 50,
        SE_ShapedFrameContents = 51,
        SE_ToolBarHandle = 52,
        SE_TabBarScrollLeftButton = 53,
        SE_TabBarScrollRightButton = 54,
        SE_TabBarTearIndicatorRight = 55,
        SE_PushButtonBevel = 56,
        SE_CustomBase = 4026531840
    };
    virtual QRect subElementRect(SubElement subElement, const QStyleOption *option, const QWidget *widget = nullptr) const = 0;
    enum ComplexControl {
        CC_SpinBox = 0,
        CC_ComboBox = 1,
        CC_ScrollBar = 2,
        CC_Slider = 3,
        CC_ToolButton = 4,
        CC_TitleBar = 5,
        CC_Dial = 6,
        CC_GroupBox = 7,
        CC_MdiControls = 8,
        CC_CustomBase = 4026531840
    };
    enum SubControl {
        SC_None = 0,
        SC_ScrollBarAddLine = 1,
        SC_ScrollBarSubLine = 2,
        SC_ScrollBarAddPage = 4,
        SC_ScrollBarSubPage = 8,
        SC_ScrollBarFirst = 16,
        SC_ScrollBarLast = 32,
        SC_ScrollBarSlider = 64,
        SC_ScrollBarGroove = 128,
        SC_SpinBoxUp = 1,
        SC_SpinBoxDown = 2,
        SC_SpinBoxFrame = 4,
        SC_SpinBoxEditField = 8,
        SC_ComboBoxFrame = 1,
        SC_ComboBoxEditField = 2,
        SC_ComboBoxArrow = 4,
        SC_ComboBoxListBoxPopup = 8,
        SC_SliderGroove = 1,
        SC_SliderHandle = 2,
        SC_SliderTickmarks = 4,
        SC_ToolButton = 1,
        SC_ToolButtonMenu = 2,
        SC_TitleBarSysMenu = 1,
        SC_TitleBarMinButton = 2,
        SC_TitleBarMaxButton = 4,
        SC_TitleBarCloseButton = 8,
        SC_TitleBarNormalButton = 16,
        SC_TitleBarShadeButton = 32,
        SC_TitleBarUnshadeButton = 64,
        SC_TitleBarContextHelpButton = 128,
        SC_TitleBarLabel = 256,
        SC_DialGroove = 1,
        SC_DialHandle = 2,
        SC_DialTickmarks = 4,
        SC_GroupBoxCheckBox = 1,
        SC_GroupBoxLabel = 2,
        SC_GroupBoxContents = 4,
        SC_GroupBoxFrame = 8,
        SC_MdiMinButton = 1,
        SC_MdiNormalButton = 2,
        SC_MdiCloseButton = 4,
        SC_CustomBase = 4026531840,
        SC_All = 4294967295
    };
    using SubControls = QFlags<SubControl>;
    virtual void drawComplexControl(ComplexControl cc, const QStyleOptionComplex *opt, QPainter *p, const QWidget *widget = nullptr) const = 0;
    virtual SubControl hitTestComplexControl(ComplexControl cc, const QStyleOptionComplex *opt, const QPoint &pt, const QWidget *widget = nullptr) const = 0;
    virtual QRect subControlRect(ComplexControl cc, const QStyleOptionComplex *opt, SubControl sc, const QWidget *widget = nullptr) const = 0;
    enum PixelMetric {
        PM_ButtonMargin = 0,
        PM_ButtonDefaultIndicator = 1,
        PM_MenuButtonIndicator = 2,
        PM_ButtonShiftHorizontal = 3,
        PM_ButtonShiftVertical = 4,
        PM_DefaultFrameWidth = 5,
        PM_SpinBoxFrameWidth = 6,
        PM_ComboBoxFrameWidth = 7,
        PM_MaximumDragDistance = 8,
        PM_ScrollBarExtent = 9,
        PM_ScrollBarSliderMin = 10,
        PM_SliderThickness = 11,
        PM_SliderControlThickness = 12,
        PM_SliderLength = 13,
        PM_SliderTickmarkOffset = 14,
        PM_SliderSpaceAvailable = 15,
        PM_DockWidgetSeparatorExtent = 16,
        PM_DockWidgetHandleExtent = 17,
        PM_DockWidgetFrameWidth = 18,
        PM_TabBarTabOverlap = 19,
        PM_TabBarTabHSpace = 20,
        PM_TabBarTabVSpace = 21,
        PM_TabBarBaseHeight = 22,
        PM_TabBarBaseOverlap = 23,
        PM_ProgressBarChunkWidth = 24,
        PM_SplitterWidth = 25,
        PM_TitleBarHeight = 26,
        PM_MenuScrollerHeight = 27,
        PM_MenuHMargin = 28,
        PM_MenuVMargin = 29,
        PM_MenuPanelWidth = 30,
        PM_MenuTearoffHeight = 31,
        PM_MenuDesktopFrameWidth = 32,
        PM_MenuBarPanelWidth = 33,
        PM_MenuBarItemSpacing = 34,
        PM_MenuBarVMargin = 35,
        PM_MenuBarHMargin = 36,
        PM_IndicatorWidth = 37,
        PM_IndicatorHeight = 38,
        PM_ExclusiveIndicatorWidth = 39,
        PM_ExclusiveIndicatorHeight = 40,
        PM_DialogButtonsSeparator = 41,
        PM_DialogButtonsButtonWidth = 42,
        PM_DialogButtonsButtonHeight = 43,
        PM_MdiSubWindowFrameWidth = 44,
        PM_MdiSubWindowMinimizedWidth = 45,
        PM_HeaderMargin = 46,
        PM_HeaderMarkSize = 47,
        PM_HeaderGripMargin = 48,
        PM_TabBarTabShiftHorizontal = 49,
        PM_TabBarTabShiftVertical = 50,
        PM_TabBarScrollButtonWidth = 51,
        PM_ToolBarFrameWidth = 52,
        PM_ToolBarHandleExtent = 53,
        PM_ToolBarItemSpacing = 54,
        PM_ToolBarItemMargin = 55,
        PM_ToolBarSeparatorExtent = 56,
        PM_ToolBarExtensionExtent = 57,
        PM_SpinBoxSliderHeight = 58,
        PM_ToolBarIconSize = 59,
        PM_ListViewIconSize = 60,
        PM_IconViewIconSize = 61,
        PM_SmallIconSize = 62,
        PM_LargeIconSize = 63,
        PM_FocusFrameVMargin = 64,
        PM_FocusFrameHMargin = 65,
        PM_ToolTipLabelFrameWidth = 66,
        PM_CheckBoxLabelSpacing = 67,
        PM_TabBarIconSize = 68,
        PM_SizeGripSize = 69,
        PM_DockWidgetTitleMargin = 70,
        PM_MessageBoxIconSize = 71,
        PM_ButtonIconSize = 72,
        PM_DockWidgetTitleBarButtonMargin = 73,
        PM_RadioButtonLabelSpacing = 74,
        PM_LayoutLeftMargin = 75,
        PM_LayoutTopMargin = 76,
        PM_LayoutRightMargin = 77,
        PM_LayoutBottomMargin = 78,
        PM_LayoutHorizontalSpacing = 79,
        PM_LayoutVerticalSpacing = 80,
        PM_TabBar_ScrollButtonOverlap = 81,
        PM_TextCursorWidth = 82,
        PM_TabCloseIndicatorWidth = 83,
        PM_TabCloseIndicatorHeight = 84,
        PM_ScrollView_ScrollBarSpacing = 85,
        PM_ScrollView_ScrollBarOverlap = 86,
        PM_SubMenuOverlap = 87,
        PM_TreeViewIndentation = 88,
        PM_HeaderDefaultSectionSizeHorizontal = 89,
        PM_HeaderDefaultSectionSizeVertical = 90,
        PM_TitleBarButtonIconSize = 91,
        PM_TitleBarButtonSize = 92,
        PM_LineEditIconSize = 93,
        PM_LineEditIconMargin = 94,
        PM_DefaultTopLevelMargin = 95, // Qt 5 only, as the next two (values of our own)
        PM_DefaultChildMargin = 96,
        PM_DefaultLayoutSpacing = 97,
        PM_CustomBase = 4026531840
    };
    virtual int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const = 0;
    enum ContentsType {
        CT_PushButton = 0,
        CT_CheckBox = 1,
        CT_RadioButton = 2,
        CT_ToolButton = 3,
        CT_ComboBox = 4,
        CT_Splitter = 5,
        CT_ProgressBar = 6,
        CT_MenuItem = 7,
        CT_MenuBarItem = 8,
        CT_MenuBar = 9,
        CT_Menu = 10,
        CT_TabBarTab = 11,
        CT_Slider = 12,
        CT_ScrollBar = 13,
        CT_LineEdit = 14,
        CT_SpinBox = 15,
        CT_SizeGrip = 16,
        CT_TabWidget = 17,
        CT_DialogButtons = 18,
        CT_HeaderSection = 19,
        CT_GroupBox = 20,
        CT_MdiControls = 21,
        CT_ItemViewItem = 22,
        CT_CustomBase = 4026531840
    };
    virtual QSize sizeFromContents(ContentsType ct, const QStyleOption *opt, const QSize &contentsSize, const QWidget *w = nullptr) const = 0;
    enum RequestSoftwareInputPanel {
        RSIP_OnMouseClickAndAlreadyFocused = 0,
        RSIP_OnMouseClick = 1
    };
    enum StyleHint {
        SH_EtchDisabledText = 0,
        SH_DitherDisabledText = 1,
        SH_ScrollBar_MiddleClickAbsolutePosition = 2,
        SH_ScrollBar_ScrollWhenPointerLeavesControl = 3,
        SH_TabBar_SelectMouseType = 4,
        SH_TabBar_Alignment = 5,
        SH_Header_ArrowAlignment = 6,
        SH_Slider_SnapToValue = 7,
        SH_Slider_SloppyKeyEvents = 8,
        SH_ProgressDialog_CenterCancelButton = 9,
        SH_ProgressDialog_TextLabelAlignment = 10,
        SH_PrintDialog_RightAlignButtons = 11,
        SH_MainWindow_SpaceBelowMenuBar = 12,
        SH_FontDialog_SelectAssociatedText = 13,
        SH_Menu_AllowActiveAndDisabled = 14,
        SH_Menu_SpaceActivatesItem = 15,
        SH_Menu_SubMenuPopupDelay = 16,
        SH_ScrollView_FrameOnlyAroundContents = 17,
        SH_MenuBar_AltKeyNavigation = 18,
        SH_ComboBox_ListMouseTracking = 19,
        SH_Menu_MouseTracking = 20,
        SH_MenuBar_MouseTracking = 21,
        SH_ItemView_ChangeHighlightOnFocus = 22,
        SH_Widget_ShareActivation = 23,
        SH_Workspace_FillSpaceOnMaximize = 24,
        SH_ComboBox_Popup = 25,
        SH_TitleBar_NoBorder = 26,
        SH_Slider_StopMouseOverSlider = 27,
        SH_BlinkCursorWhenTextSelected = 28,
        SH_RichText_FullWidthSelection = 29,
        SH_Menu_Scrollable = 30,
        SH_GroupBox_TextLabelVerticalAlignment = 31,
        SH_GroupBox_TextLabelColor = 32,
        SH_Menu_SloppySubMenus = 33,
        SH_Table_GridLineColor = 34,
        SH_LineEdit_PasswordCharacter = 35,
        SH_DialogButtons_DefaultButton = 36,
        SH_ToolBox_SelectedPageTitleBold = 37,
        SH_TabBar_PreferNoArrows = 38,
        SH_ScrollBar_LeftClickAbsolutePosition = 39,
        SH_ListViewExpand_SelectMouseType = 40,
        SH_UnderlineShortcut = 41,
        SH_SpinBox_AnimateButton = 42,
        SH_SpinBox_KeyPressAutoRepeatRate = 43,
        SH_SpinBox_ClickAutoRepeatRate = 44,
        SH_Menu_FillScreenWithScroll = 45,
        SH_ToolTipLabel_Opacity = 46,
        SH_DrawMenuBarSeparator = 47,
        SH_TitleBar_ModifyNotification = 48,
        SH_Button_FocusPolicy = 49,
        SH_MessageBox_UseBorderForButtonSpacing = 50,
        SH_TitleBar_AutoRaise = 51,
        SH_ToolButton_PopupDelay = 52,
        SH_FocusFrame_Mask = 53,
        SH_RubberBand_Mask = 54,
        SH_WindowFrame_Mask = 55,
        SH_SpinControls_DisableOnBounds = 56,
        SH_Dial_BackgroundRole = 57,
        SH_ComboBox_LayoutDirection = 58,
        SH_ItemView_EllipsisLocation = 59,
        SH_ItemView_ShowDecorationSelected = 60,
        SH_ItemView_ActivateItemOnSingleClick = 61,
        SH_ScrollBar_ContextMenu = 62,
        SH_ScrollBar_RollBetweenButtons = 63,
        SH_Slider_AbsoluteSetButtons = 64,
        SH_Slider_PageSetButtons = 65,
        SH_Menu_KeyboardSearch = 66,
        SH_TabBar_ElideMode = 67,
        SH_DialogButtonLayout = 68,
        SH_ComboBox_PopupFrameStyle = 69,
        SH_MessageBox_TextInteractionFlags = 70,
        SH_DialogButtonBox_ButtonsHaveIcons = 71,
        SH_MessageBox_CenterButtons = 72,
        SH_Menu_SelectionWrap = 73,
        SH_ItemView_MovementWithoutUpdatingSelection = 74,
        SH_ToolTip_Mask = 75,
        SH_FocusFrame_AboveWidget = 76,
        SH_TextControl_FocusIndicatorTextCharFormat = 77,
        SH_WizardStyle = 78,
        SH_ItemView_ArrowKeysNavigateIntoChildren = 79,
        SH_Menu_Mask = 80,
        SH_Menu_FlashTriggeredItem = 81,
        SH_Menu_FadeOutOnHide = 82,
        SH_SpinBox_ClickAutoRepeatThreshold = 83,
        SH_ItemView_PaintAlternatingRowColorsForEmptyArea = 84,
        SH_FormLayoutWrapPolicy = 85,
        SH_TabWidget_DefaultTabPosition = 86,
        SH_ToolBar_Movable = 87,
        SH_FormLayoutFieldGrowthPolicy = 88,
        SH_FormLayoutFormAlignment = 89,
        SH_FormLayoutLabelAlignment = 90,
        SH_ItemView_DrawDelegateFrame = 91,
        SH_TabBar_CloseButtonPosition = 92,
        SH_DockWidget_ButtonsHaveFrame = 93,
        SH_ToolButtonStyle = 94,
        SH_RequestSoftwareInputPanel = 95,
        SH_ScrollBar_Transient = 96,
        SH_Menu_SupportsSections = 97,
        SH_ToolTip_WakeUpDelay = 98,
        SH_ToolTip_FallAsleepDelay = 99,
        SH_Widget_Animate = 100,
        SH_Splitter_OpaqueResize = 101,
        SH_ComboBox_UseNativePopup = 102,
        SH_LineEdit_PasswordMaskDelay = 103,
        SH_TabBar_ChangeCurrentDelay = 104,
        SH_Menu_SubMenuUniDirection = 105,
        SH_Menu_SubMenuUniDirectionFailCount = 106,
        SH_Menu_SubMenuSloppySelectOtherActions = 107,
        SH_Menu_SubMenuSloppyCloseTimeout = 108,
        SH_Menu_SubMenuResetWhenReenteringParent = 109,
        SH_Menu_SubMenuDontStartSloppyOnLeave = 110,
        SH_ItemView_ScrollMode = 111,
        SH_TitleBar_ShowToolTipsOnButtons = 112,
        SH_Widget_Animation_Duration = 113,
        SH_ComboBox_AllowWheelScrolling = 114,
        SH_SpinBox_ButtonsInsideFrame = 115,
        SH_SpinBox_StepModifier = 116,
        SH_TabBar_AllowWheelScrolling = 117,
        SH_Table_AlwaysDrawLeftTopGridLines = 118,
        SH_SpinBox_SelectOnStep = 119,
        SH_CustomBase = 4026531840
    };
    virtual int styleHint(StyleHint stylehint, const QStyleOption *opt = nullptr, const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const = 0;
    enum StandardPixmap {
        SP_TitleBarMenuButton = 0,
        SP_TitleBarMinButton = 1,
        SP_TitleBarMaxButton = 2,
        SP_TitleBarCloseButton = 3,
        SP_TitleBarNormalButton = 4,
        SP_TitleBarShadeButton = 5,
        SP_TitleBarUnshadeButton = 6,
        SP_TitleBarContextHelpButton = 7,
        SP_DockWidgetCloseButton = 8,
        SP_MessageBoxInformation = 9,
        SP_MessageBoxWarning = 10,
        SP_MessageBoxCritical = 11,
        SP_MessageBoxQuestion = 12,
        SP_DesktopIcon = 13,
        SP_TrashIcon = 14,
        SP_ComputerIcon = 15,
        SP_DriveFDIcon = 16,
        SP_DriveHDIcon = 17,
        SP_DriveCDIcon = 18,
        SP_DriveDVDIcon = 19,
        SP_DriveNetIcon = 20,
        SP_DirOpenIcon = 21,
        SP_DirClosedIcon = 22,
        SP_DirLinkIcon = 23,
        SP_DirLinkOpenIcon = 24,
        SP_FileIcon = 25,
        SP_FileLinkIcon = 26,
        SP_ToolBarHorizontalExtensionButton = 27,
        SP_ToolBarVerticalExtensionButton = 28,
        SP_FileDialogStart = 29,
        SP_FileDialogEnd = 30,
        SP_FileDialogToParent = 31,
        SP_FileDialogNewFolder = 32,
        SP_FileDialogDetailedView = 33,
        SP_FileDialogInfoView = 34,
        SP_FileDialogContentsView = 35,
        SP_FileDialogListView = 36,
        SP_FileDialogBack = 37,
        SP_DirIcon = 38,
        SP_DialogOkButton = 39,
        SP_DialogCancelButton = 40,
        SP_DialogHelpButton = 41,
        SP_DialogOpenButton = 42,
        SP_DialogSaveButton = 43,
        SP_DialogCloseButton = 44,
        SP_DialogApplyButton = 45,
        SP_DialogResetButton = 46,
        SP_DialogDiscardButton = 47,
        SP_DialogYesButton = 48,
        SP_DialogNoButton = 49,
        SP_ArrowUp = 50,
        SP_ArrowDown = 51,
        SP_ArrowLeft = 52,
        SP_ArrowRight = 53,
        SP_ArrowBack = 54,
        SP_ArrowForward = 55,
        SP_DirHomeIcon = 56,
        SP_CommandLink = 57,
        SP_VistaShield = 58,
        SP_BrowserReload = 59,
        SP_BrowserStop = 60,
        SP_MediaPlay = 61,
        SP_MediaStop = 62,
        SP_MediaPause = 63,
        SP_MediaSkipForward = 64,
        SP_MediaSkipBackward = 65,
        SP_MediaSeekForward = 66,
        SP_MediaSeekBackward = 67,
        SP_MediaVolume = 68,
        SP_MediaVolumeMuted = 69,
        SP_LineEditClearButton = 70,
        SP_DialogYesToAllButton = 71,
        SP_DialogNoToAllButton = 72,
        SP_DialogSaveAllButton = 73,
        SP_DialogAbortButton = 74,
        SP_DialogRetryButton = 75,
        SP_DialogIgnoreButton = 76,
        SP_RestoreDefaultsButton = 77,
        SP_TabCloseButton = 78,
        NStandardPixmap = 79,
        SP_CustomBase = 4026531840
    };
    virtual QPixmap standardPixmap(StandardPixmap standardPixmap, const QStyleOption *opt = nullptr, const QWidget *widget = nullptr) const = 0;
    virtual QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const = 0;
    virtual QPixmap generatedIconPixmap(QIcon::Mode iconMode, const QPixmap &pixmap, const QStyleOption *opt) const = 0;
    static QRect visualRect(Qt::LayoutDirection direction, const QRect &boundingRect, const QRect &logicalRect);
    static QPoint visualPos(Qt::LayoutDirection direction, const QRect &boundingRect, const QPoint &logicalPos);
    static int sliderPositionFromValue(int min, int max, int val, int space, bool upsideDown = false);
    static int sliderValueFromPosition(int min, int max, int pos, int space, bool upsideDown = false);
    static Qt::Alignment visualAlignment(Qt::LayoutDirection direction, Qt::Alignment alignment);
    static QRect alignedRect(Qt::LayoutDirection direction, Qt::Alignment alignment, const QSize &size, const QRect &rectangle);
    virtual int layoutSpacing(QSizePolicy::ControlType control1, QSizePolicy::ControlType control2, Qt::Orientation orientation, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const = 0;
    int combinedLayoutSpacing(QSizePolicy::ControlTypes controls1, QSizePolicy::ControlTypes controls2, Qt::Orientation orientation, QStyleOption *option = nullptr, QWidget *widget = nullptr) const;
    const QStyle * proxy() const;
};

class QStyleOption {
public:
    enum OptionType {
        SO_Default = 0,
        SO_FocusRect = 1,
        SO_Button = 2,
        SO_Tab = 3,
        SO_MenuItem = 4,
        SO_Frame = 5,
        SO_ProgressBar = 6,
        SO_ToolBox = 7,
        SO_Header = 8,
        SO_DockWidget = 9,
        SO_ViewItem = 10,
        SO_TabWidgetFrame = 11,
        SO_TabBarBase = 12,
        SO_RubberBand = 13,
        SO_ToolBar = 14,
        SO_GraphicsItem = 15,
        SO_Complex = 983040,
        SO_Slider = 983041,
        SO_SpinBox = 983042,
        SO_ToolButton = 983043,
        SO_ComboBox = 983044,
        SO_TitleBar = 983045,
        SO_GroupBox = 983046,
        SO_SizeGrip = 983047,
        SO_CustomBase = 3840,
        SO_ComplexCustomBase = 251658240
    };
    enum StyleOptionType {
        Type = 0
    };
    enum StyleOptionVersion {
        Version = 1
    };
    int version;
    int type;
    QStyle::State state;
    Qt::LayoutDirection direction;
    QRect rect;
    QFontMetrics fontMetrics;
    QPalette palette;
    QObject * styleObject;
    QStyleOption(int version = QStyleOption::Version, int type = SO_Default);
    QStyleOption(const QStyleOption &other);
    ~QStyleOption();
    void initFrom(const QWidget *w);
    QStyleOption & operator=(const QStyleOption &other);
    friend QDebug operator<<(QDebug debug, const QStyleOption::OptionType &optionType);
    friend QDebug operator<<(QDebug debug, const QStyleOption &option);
};
template <typename T> T qstyleoption_cast(const QStyleOption *opt);
template <typename T> T qstyleoption_cast(QStyleOption *opt);

class QStyleHintReturn {
public:
    enum HintReturnType { SH_Default = 0xf000, SH_Mask, SH_Variant };
    enum StyleOptionType { Type = SH_Default };
    enum StyleOptionVersion { Version = 1 };
    QStyleHintReturn(int version = QStyleOption::Version, int type = SH_Default);
    ~QStyleHintReturn();
    int version;
    int type;
};

class QStyleHintReturnMask : public QStyleHintReturn {
public:
    enum StyleOptionType { Type = SH_Mask };
    enum StyleOptionVersion { Version = 1 };
    QStyleHintReturnMask();
    ~QStyleHintReturnMask();
    QRegion region;
};

template <typename T> T qstyleoption_cast(const QStyleHintReturn *hint);
template <typename T> T qstyleoption_cast(QStyleHintReturn *hint);

class QStyleOptionViewItem : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 10
    };
    enum StyleOptionVersion {
        Version = 1
    };
    enum Position {
        Left = 0,
        Right = 1,
        Top = 2,
        Bottom = 3
    };
    Qt::Alignment displayAlignment;
    Qt::Alignment decorationAlignment;
    Qt::TextElideMode textElideMode;
    Position decorationPosition;
    QSize decorationSize;
    QFont font;
    bool showDecorationSelected;
    enum ViewItemFeature {
        None = 0,
        WrapText = 1,
        Alternate = 2,
        HasCheckIndicator = 4,
        HasDisplay = 8,
        HasDecoration = 16
    };
    using ViewItemFeatures = QFlags<ViewItemFeature>;
    ViewItemFeatures features;
    QLocale locale;
    const QWidget * widget;
    enum ViewItemPosition {
        Invalid = 0,
        Beginning = 1,
        Middle = 2,
        End = 3,
        OnlyOne = 4
    };
    QModelIndex index;
    Qt::CheckState checkState;
    QIcon icon;
    QString text;
    ViewItemPosition viewItemPosition;
    QBrush backgroundBrush;
    QStyleOptionViewItem();
    QStyleOptionViewItem(const QStyleOptionViewItem &other);
    QStyleOptionViewItem & operator=(const QStyleOptionViewItem &) = default;
protected:
    QStyleOptionViewItem(int version);
};

class QCompleter : public QObject {
    Q_OBJECT
public:
    enum CompletionMode {
        PopupCompletion = 0,
        UnfilteredPopupCompletion = 1,
        InlineCompletion = 2
    };
    enum ModelSorting {
        UnsortedModel = 0,
        CaseSensitivelySortedModel = 1,
        CaseInsensitivelySortedModel = 2
    };
    QCompleter(QObject *parent = nullptr);
    QCompleter(QAbstractItemModel *model, QObject *parent = nullptr);
    QCompleter(const QStringList &completions, QObject *parent = nullptr);
    ~QCompleter() noexcept override;
    void setWidget(QWidget *widget);
    QWidget * widget() const;
    void setModel(QAbstractItemModel *c);
    QAbstractItemModel * model() const;
    void setCompletionMode(CompletionMode mode);
    CompletionMode completionMode() const;
    void setFilterMode(Qt::MatchFlags filterMode);
    Qt::MatchFlags filterMode() const;
    QAbstractItemView * popup() const;
    void setPopup(QAbstractItemView *popup);
    void setCaseSensitivity(Qt::CaseSensitivity caseSensitivity);
    Qt::CaseSensitivity caseSensitivity() const;
    void setModelSorting(ModelSorting sorting);
    ModelSorting modelSorting() const;
    void setCompletionColumn(int column);
    int completionColumn() const;
    void setCompletionRole(int role);
    int completionRole() const;
    bool wrapAround() const;
    int maxVisibleItems() const;
    void setMaxVisibleItems(int maxItems);
    int completionCount() const;
    bool setCurrentRow(int row);
    int currentRow() const;
    QModelIndex currentIndex() const;
    QString currentCompletion() const;
    QAbstractItemModel * completionModel() const;
    QString completionPrefix() const;
public Q_SLOTS:
    void setCompletionPrefix(const QString &prefix);
    void complete(const QRect &rect = QRect());
    void setWrapAround(bool wrap);
public:
    virtual QString pathFromIndex(const QModelIndex &index) const;
    virtual QStringList splitPath(const QString &path) const;
protected:
    bool eventFilter(QObject *o, QEvent *e) override;
    bool event(QEvent *) override;
public:
    void activated(const QString &text);
    void activated(const QModelIndex &index);
    void highlighted(const QString &text);
    void highlighted(const QModelIndex &index);
};

class QStyleOptionProgressBar : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 6
    };
    enum StyleOptionVersion {
        Version = 1
    };
    int minimum;
    int maximum;
    int progress;
    QString text;
    Qt::Alignment textAlignment;
    bool textVisible;
    bool invertedAppearance;
    bool bottomToTop;
    QStyleOptionProgressBar();
    QStyleOptionProgressBar(const QStyleOptionProgressBar &other);
    QStyleOptionProgressBar & operator=(const QStyleOptionProgressBar &) = default;
protected:
    QStyleOptionProgressBar(int version);
};

class QStyleOptionButton : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 2
    };
    enum StyleOptionVersion {
        Version = 1
    };
    enum ButtonFeature {
        None = 0,
        Flat = 1,
        HasMenu = 2,
        DefaultButton = 4,
        AutoDefaultButton = 8,
        CommandLinkButton = 16
    };
    using ButtonFeatures = QFlags<ButtonFeature>;
    ButtonFeatures features;
    QString text;
    QIcon icon;
    QSize iconSize;
    QStyleOptionButton();
    QStyleOptionButton(const QStyleOptionButton &other);
    QStyleOptionButton & operator=(const QStyleOptionButton &) = default;
protected:
    QStyleOptionButton(int version);
};

class QStyleOptionComplex : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 983040
    };
    enum StyleOptionVersion {
        Version = 1
    };
    QStyle::SubControls subControls;
    QStyle::SubControls activeSubControls;
    QStyleOptionComplex(int version = QStyleOptionComplex::Version, int type = SO_Complex);
    QStyleOptionComplex(const QStyleOptionComplex &other);
    QStyleOptionComplex & operator=(const QStyleOptionComplex &) = default;
};

class QAbstractProxyModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit QAbstractProxyModel(QObject *parent = nullptr);
    ~QAbstractProxyModel() noexcept;
    virtual void setSourceModel(QAbstractItemModel *sourceModel);
    QAbstractItemModel * sourceModel() const;
    virtual QModelIndex mapToSource(const QModelIndex &proxyIndex) const = 0;
    virtual QModelIndex mapFromSource(const QModelIndex &sourceIndex) const = 0;
    virtual QItemSelection mapSelectionToSource(const QItemSelection &selection) const;
    virtual QItemSelection mapSelectionFromSource(const QItemSelection &selection) const;
    bool submit() override;
    void revert() override;
    QVariant data(const QModelIndex &proxyIndex, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QMap<int, QVariant> itemData(const QModelIndex &index) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool setItemData(const QModelIndex &index, const QMap<int, QVariant> &roles) override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole) override;
    bool clearItemData(const QModelIndex &index) override;
    QModelIndex buddy(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QSize span(const QModelIndex &index) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QMimeData * mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QHash<int, QByteArray> roleNames() const override;
protected:
    QModelIndex createSourceIndex(int row, int col, void *internalPtr) const;
Q_SIGNALS:
    void sourceModelChanged(QPrivateSignal);
};

class QSortFilterProxyModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit QSortFilterProxyModel(QObject *parent = nullptr);
    ~QSortFilterProxyModel() noexcept;
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &proxySelection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &sourceSelection) const override;
    QRegularExpression filterRegularExpression() const;
    int filterKeyColumn() const;
    void setFilterKeyColumn(int column);
    Qt::CaseSensitivity filterCaseSensitivity() const;
    void setFilterCaseSensitivity(Qt::CaseSensitivity cs);
    Qt::CaseSensitivity sortCaseSensitivity() const;
    void setSortCaseSensitivity(Qt::CaseSensitivity cs);
    bool isSortLocaleAware() const;
    void setSortLocaleAware(bool on);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    bool dynamicSortFilter() const;
    void setDynamicSortFilter(bool enable);
    int sortRole() const;
    void setSortRole(int role);
    int filterRole() const;
    void setFilterRole(int role);
    bool isRecursiveFilteringEnabled() const;
    void setRecursiveFilteringEnabled(bool recursive);
    bool autoAcceptChildRows() const;
    void setAutoAcceptChildRows(bool accept);
public Q_SLOTS:
    void setFilterRegularExpression(const QString &pattern);
    void setFilterRegularExpression(const QRegularExpression &regularExpression);
    void setFilterRegExp(const QString &pattern); // Qt 5 only (its QRegExp overload too: QRegExp is not modelled)
    void setFilterWildcard(const QString &pattern);
    void setFilterFixedString(const QString &pattern);
    void invalidate();
protected:
    virtual bool filterAcceptsRow(int source_row, const QModelIndex &source_parent) const;
    virtual bool filterAcceptsColumn(int source_column, const QModelIndex &source_parent) const;
    virtual bool lessThan(const QModelIndex &source_left, const QModelIndex &source_right) const;
    void invalidateFilter();
    void invalidateRowsFilter();
    void invalidateColumnsFilter();
public:
    using QObject::parent;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole) override;
    QMimeData * mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool insertColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    void fetchMore(const QModelIndex &parent) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QModelIndex buddy(const QModelIndex &index) const override;
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1, Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;
    QSize span(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    void dynamicSortFilterChanged(bool dynamicSortFilter);
    void filterCaseSensitivityChanged(Qt::CaseSensitivity filterCaseSensitivity);
    void sortCaseSensitivityChanged(Qt::CaseSensitivity sortCaseSensitivity);
    void sortLocaleAwareChanged(bool sortLocaleAware);
    void sortRoleChanged(int sortRole);
    void filterRoleChanged(int filterRole);
    void recursiveFilteringEnabledChanged(bool recursiveFilteringEnabled);
    void autoAcceptChildRowsChanged(bool autoAcceptChildRows);
};

class QIdentityProxyModel : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit QIdentityProxyModel(QObject *parent = nullptr);
    ~QIdentityProxyModel() noexcept;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    using QObject::parent;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection &selection) const override;
    QItemSelection mapSelectionToSource(const QItemSelection &selection) const override;
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1, Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    bool insertColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent, int destinationChild) override;
    bool moveColumns(const QModelIndex &sourceParent, int sourceColumn, int count, const QModelIndex &destinationParent, int destinationChild) override;
protected:
};

class QGraphicsItem {
public:
    enum GraphicsItemFlag {
        ItemIsMovable = 1,
        ItemIsSelectable = 2,
        ItemIsFocusable = 4,
        ItemClipsToShape = 8,
        ItemClipsChildrenToShape = 16,
        ItemIgnoresTransformations = 32,
        ItemIgnoresParentOpacity = 64,
        ItemDoesntPropagateOpacityToChildren = 128,
        ItemStacksBehindParent = 256,
        ItemUsesExtendedStyleOption = 512,
        ItemHasNoContents = 1024,
        ItemSendsGeometryChanges = 2048,
        ItemAcceptsInputMethod = 4096,
        ItemNegativeZStacksBehindParent = 8192,
        ItemIsPanel = 16384,
        ItemIsFocusScope = 32768,
        ItemSendsScenePositionChanges = 65536,
        ItemStopsClickFocusPropagation = 131072,
        ItemStopsFocusHandling = 262144,
        ItemContainsChildrenInShape = 524288
    };
    using GraphicsItemFlags = QFlags<GraphicsItemFlag>;
    enum GraphicsItemChange {
        ItemPositionChange = 0,
        ItemVisibleChange = 2,
        ItemEnabledChange = 3,
        ItemSelectedChange = 4,
        ItemParentChange = 5,
        ItemChildAddedChange = 6,
        ItemChildRemovedChange = 7,
        ItemTransformChange = 8,
        ItemPositionHasChanged = 9,
        ItemTransformHasChanged = 10,
        ItemSceneChange = 11,
        ItemVisibleHasChanged = 12,
        ItemEnabledHasChanged = 13,
        ItemSelectedHasChanged = 14,
        ItemParentHasChanged = 15,
        ItemSceneHasChanged = 16,
        ItemCursorChange = 17,
        ItemCursorHasChanged = 18,
        ItemToolTipChange = 19,
        ItemToolTipHasChanged = 20,
        ItemFlagsChange = 21,
        ItemFlagsHaveChanged = 22,
        ItemZValueChange = 23,
        ItemZValueHasChanged = 24,
        ItemOpacityChange = 25,
        ItemOpacityHasChanged = 26,
        ItemScenePositionHasChanged = 27,
        ItemRotationChange = 28,
        ItemRotationHasChanged = 29,
        ItemScaleChange = 30,
        ItemScaleHasChanged = 31,
        ItemTransformOriginPointChange = 32,
        ItemTransformOriginPointHasChanged = 33
    };
    enum CacheMode {
        NoCache = 0,
        ItemCoordinateCache = 1,
        DeviceCoordinateCache = 2
    };
    enum PanelModality {
        NonModal = 0,
        PanelModal = 1,
        SceneModal = 2
    };
    explicit QGraphicsItem(QGraphicsItem *parent = nullptr);
    virtual ~QGraphicsItem() noexcept;
    QGraphicsScene * scene() const;
    QGraphicsItem * parentItem() const;
    QGraphicsItem * topLevelItem() const;
    QGraphicsObject * parentObject() const;
    QGraphicsWidget * parentWidget() const;
    QGraphicsWidget * topLevelWidget() const;
    QGraphicsWidget * window() const;
    QGraphicsItem * panel() const;
    void setParentItem(QGraphicsItem *parent);
    QList<QGraphicsItem *> childItems() const;
    bool isWidget() const;
    bool isWindow() const;
    bool isPanel() const;
    QGraphicsObject * toGraphicsObject();
    const QGraphicsObject * toGraphicsObject() const;
    QGraphicsItemGroup * group() const;
    void setGroup(QGraphicsItemGroup *group);
    GraphicsItemFlags flags() const;
    void setFlag(GraphicsItemFlag flag, bool enabled = true);
    void setFlags(GraphicsItemFlags flags);
    CacheMode cacheMode() const;
    void setCacheMode(CacheMode mode, const QSize &cacheSize = QSize());
    PanelModality panelModality() const;
    void setPanelModality(PanelModality panelModality);
    bool isBlockedByModalPanel(QGraphicsItem **blockingPanel = nullptr) const;
    QString toolTip() const;
    void setToolTip(const QString &toolTip);
    QCursor cursor() const;
    void setCursor(const QCursor &cursor);
    bool hasCursor() const;
    void unsetCursor();
    bool isVisible() const;
    bool isVisibleTo(const QGraphicsItem *parent) const;
    void setVisible(bool visible);
    void hide();
    void show();
    bool isEnabled() const;
    void setEnabled(bool enabled);
    bool isSelected() const;
    void setSelected(bool selected);
    bool acceptDrops() const;
    void setAcceptDrops(bool on);
    qreal opacity() const;
    qreal effectiveOpacity() const;
    void setOpacity(qreal opacity);
    QGraphicsEffect * graphicsEffect() const;
    void setGraphicsEffect(QGraphicsEffect *effect);
    Qt::MouseButtons acceptedMouseButtons() const;
    void setAcceptedMouseButtons(Qt::MouseButtons buttons);
    bool acceptHoverEvents() const;
    void setAcceptHoverEvents(bool enabled);
    bool acceptTouchEvents() const;
    void setAcceptTouchEvents(bool enabled);
    bool filtersChildEvents() const;
    void setFiltersChildEvents(bool enabled);
    bool handlesChildEvents() const;
    void setHandlesChildEvents(bool enabled);
    bool isActive() const;
    void setActive(bool active);
    bool hasFocus() const;
    void setFocus(Qt::FocusReason focusReason = Qt::OtherFocusReason);
    void clearFocus();
    QGraphicsItem * focusProxy() const;
    void setFocusProxy(QGraphicsItem *item);
    QGraphicsItem * focusItem() const;
    QGraphicsItem * focusScopeItem() const;
    void grabMouse();
    void ungrabMouse();
    void grabKeyboard();
    void ungrabKeyboard();
    QPointF pos() const;
    qreal x() const;
    void setX(qreal x);
    qreal y() const;
    void setY(qreal y);
    QPointF scenePos() const;
    void setPos(const QPointF &pos);
    void setPos(qreal x, qreal y);
    void moveBy(qreal dx, qreal dy);
    void ensureVisible(const QRectF &rect = QRectF(), int xmargin = 50, int ymargin = 50);
    void ensureVisible(qreal x, qreal y, qreal w, qreal h, int xmargin = 50, int ymargin = 50);
    QTransform transform() const;
    QTransform sceneTransform() const;
    QTransform deviceTransform(const QTransform &viewportTransform) const;
    QTransform itemTransform(const QGraphicsItem *other, bool *ok = nullptr) const;
    void setTransform(const QTransform &matrix, bool combine = false);
    void resetTransform();
    void setRotation(qreal angle);
    qreal rotation() const;
    void setScale(qreal scale);
    qreal scale() const;
    QList<QGraphicsTransform *> transformations() const;
    void setTransformations(const QList<QGraphicsTransform *> &transformations);
    QPointF transformOriginPoint() const;
    void setTransformOriginPoint(const QPointF &origin);
    void setTransformOriginPoint(qreal ax, qreal ay);
    virtual void advance(int phase);
    qreal zValue() const;
    void setZValue(qreal z);
    void stackBefore(const QGraphicsItem *sibling);
    virtual QRectF boundingRect() const = 0;
    QRectF childrenBoundingRect() const;
    QRectF sceneBoundingRect() const;
    virtual QPainterPath shape() const;
    bool isClipped() const;
    QPainterPath clipPath() const;
    virtual bool contains(const QPointF &point) const;
    virtual bool collidesWithItem(const QGraphicsItem *other, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    virtual bool collidesWithPath(const QPainterPath &path, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QList<QGraphicsItem *> collidingItems(Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    bool isObscured(const QRectF &rect = QRectF()) const;
    bool isObscured(qreal x, qreal y, qreal w, qreal h) const;
    virtual bool isObscuredBy(const QGraphicsItem *item) const;
    virtual QPainterPath opaqueArea() const;
    QRegion boundingRegion(const QTransform &itemToDeviceTransform) const;
    qreal boundingRegionGranularity() const;
    void setBoundingRegionGranularity(qreal granularity);
    virtual void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) = 0;
    void update(const QRectF &rect = QRectF());
    void update(qreal x, qreal y, qreal width, qreal height);
    void scroll(qreal dx, qreal dy, const QRectF &rect = QRectF());
    QPointF mapToItem(const QGraphicsItem *item, const QPointF &point) const;
    QPointF mapToParent(const QPointF &point) const;
    QPointF mapToScene(const QPointF &point) const;
    QPolygonF mapToItem(const QGraphicsItem *item, const QRectF &rect) const;
    QPolygonF mapToParent(const QRectF &rect) const;
    QPolygonF mapToScene(const QRectF &rect) const;
    QRectF mapRectToItem(const QGraphicsItem *item, const QRectF &rect) const;
    QRectF mapRectToParent(const QRectF &rect) const;
    QRectF mapRectToScene(const QRectF &rect) const;
    QPolygonF mapToItem(const QGraphicsItem *item, const QPolygonF &polygon) const;
    QPolygonF mapToParent(const QPolygonF &polygon) const;
    QPolygonF mapToScene(const QPolygonF &polygon) const;
    QPainterPath mapToItem(const QGraphicsItem *item, const QPainterPath &path) const;
    QPainterPath mapToParent(const QPainterPath &path) const;
    QPainterPath mapToScene(const QPainterPath &path) const;
    QPointF mapFromItem(const QGraphicsItem *item, const QPointF &point) const;
    QPointF mapFromParent(const QPointF &point) const;
    QPointF mapFromScene(const QPointF &point) const;
    QPolygonF mapFromItem(const QGraphicsItem *item, const QRectF &rect) const;
    QPolygonF mapFromParent(const QRectF &rect) const;
    QPolygonF mapFromScene(const QRectF &rect) const;
    QRectF mapRectFromItem(const QGraphicsItem *item, const QRectF &rect) const;
    QRectF mapRectFromParent(const QRectF &rect) const;
    QRectF mapRectFromScene(const QRectF &rect) const;
    QPolygonF mapFromItem(const QGraphicsItem *item, const QPolygonF &polygon) const;
    QPolygonF mapFromParent(const QPolygonF &polygon) const;
    QPolygonF mapFromScene(const QPolygonF &polygon) const;
    QPainterPath mapFromItem(const QGraphicsItem *item, const QPainterPath &path) const;
    QPainterPath mapFromParent(const QPainterPath &path) const;
    QPainterPath mapFromScene(const QPainterPath &path) const;
    QPointF mapToItem(const QGraphicsItem *item, qreal x, qreal y) const;
    QPointF mapToParent(qreal x, qreal y) const;
    QPointF mapToScene(qreal x, qreal y) const;
    QPolygonF mapToItem(const QGraphicsItem *item, qreal x, qreal y, qreal w, qreal h) const;
    QPolygonF mapToParent(qreal x, qreal y, qreal w, qreal h) const;
    QPolygonF mapToScene(qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectToItem(const QGraphicsItem *item, qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectToParent(qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectToScene(qreal x, qreal y, qreal w, qreal h) const;
    QPointF mapFromItem(const QGraphicsItem *item, qreal x, qreal y) const;
    QPointF mapFromParent(qreal x, qreal y) const;
    QPointF mapFromScene(qreal x, qreal y) const;
    QPolygonF mapFromItem(const QGraphicsItem *item, qreal x, qreal y, qreal w, qreal h) const;
    QPolygonF mapFromParent(qreal x, qreal y, qreal w, qreal h) const;
    QPolygonF mapFromScene(qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectFromItem(const QGraphicsItem *item, qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectFromParent(qreal x, qreal y, qreal w, qreal h) const;
    QRectF mapRectFromScene(qreal x, qreal y, qreal w, qreal h) const;
    bool isAncestorOf(const QGraphicsItem *child) const;
    QGraphicsItem * commonAncestorItem(const QGraphicsItem *other) const;
    bool isUnderMouse() const;
    QVariant data(int key) const;
    void setData(int key, const QVariant &value);
    Qt::InputMethodHints inputMethodHints() const;
    void setInputMethodHints(Qt::InputMethodHints hints);
    enum {
        Type = 1,
        UserType = 65536
    };
    virtual int type() const;
    void installSceneEventFilter(QGraphicsItem *filterItem);
    void removeSceneEventFilter(QGraphicsItem *filterItem);
protected:
    void updateMicroFocus();
    virtual bool sceneEventFilter(QGraphicsItem *watched, QEvent *event);
    virtual bool sceneEvent(QEvent *event);
    virtual void contextMenuEvent(QGraphicsSceneContextMenuEvent *event);
    virtual void dragEnterEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dragLeaveEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dragMoveEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dropEvent(QGraphicsSceneDragDropEvent *event);
    virtual void focusInEvent(QFocusEvent *event);
    virtual void focusOutEvent(QFocusEvent *event);
    virtual void hoverEnterEvent(QGraphicsSceneHoverEvent *event);
    virtual void hoverMoveEvent(QGraphicsSceneHoverEvent *event);
    virtual void hoverLeaveEvent(QGraphicsSceneHoverEvent *event);
    virtual void keyPressEvent(QKeyEvent *event);
    virtual void keyReleaseEvent(QKeyEvent *event);
    virtual void mousePressEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseMoveEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseReleaseEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event);
    virtual void wheelEvent(QGraphicsSceneWheelEvent *event);
    virtual QVariant inputMethodQuery(Qt::InputMethodQuery query) const;
    virtual QVariant itemChange(GraphicsItemChange change, const QVariant &value);
    enum Extension {
        UserExtension = 2147483648
    };
    virtual bool supportsExtension(Extension extension) const;
    virtual void setExtension(Extension extension, const QVariant &variant);
    virtual QVariant extension(const QVariant &variant) const;
    void addToIndex();
    void removeFromIndex();
    void prepareGeometryChange();
    friend QDebug operator<<(QDebug debug, const QGraphicsItem *item);
    friend QDebug operator<<(QDebug debug, QGraphicsItem::GraphicsItemChange change);
    friend QDebug operator<<(QDebug debug, QGraphicsItem::GraphicsItemFlag flag);
    friend QDebug operator<<(QDebug debug, QGraphicsItem::GraphicsItemFlags flags);
};
template <class T> inline T qgraphicsitem_cast(QGraphicsItem *item);
template <class T> inline T qgraphicsitem_cast(const QGraphicsItem *item);

class QGraphicsObject : public QObject, public QGraphicsItem {
    Q_OBJECT
public:
    explicit QGraphicsObject(QGraphicsItem *parent = nullptr);
    ~QGraphicsObject() noexcept;
    using QObject::children;
    void grabGesture(Qt::GestureType type, Qt::GestureFlags flags = Qt::GestureFlags());
    void ungrabGesture(Qt::GestureType type);
protected Q_SLOTS:
    void updateMicroFocus();
public:
    void parentChanged();
    void opacityChanged();
    void visibleChanged();
    void enabledChanged();
    void xChanged();
    void yChanged();
    void zChanged();
    void rotationChanged();
    void scaleChanged();
    void childrenChanged();
    void widthChanged();
    void heightChanged();
protected:
    bool event(QEvent *ev) override;
    friend QDebug operator<<(QDebug debug, const QGraphicsObject *item);
};

class QAbstractGraphicsShapeItem : public QGraphicsItem {
public:
    explicit QAbstractGraphicsShapeItem(QGraphicsItem *parent = nullptr);
    ~QAbstractGraphicsShapeItem() noexcept;
    QPen pen() const;
    void setPen(const QPen &pen);
    QBrush brush() const;
    void setBrush(const QBrush &brush);
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
protected:
};

class QGraphicsPathItem : public QAbstractGraphicsShapeItem {
public:
    explicit QGraphicsPathItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsPathItem(const QPainterPath &path, QGraphicsItem *parent = nullptr);
    ~QGraphicsPathItem() noexcept;
    QPainterPath path() const;
    void setPath(const QPainterPath &path);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 2
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsRectItem : public QAbstractGraphicsShapeItem {
public:
    explicit QGraphicsRectItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsRectItem(const QRectF &rect, QGraphicsItem *parent = nullptr);
    explicit QGraphicsRectItem(qreal x, qreal y, qreal w, qreal h, QGraphicsItem *parent = nullptr);
    ~QGraphicsRectItem() noexcept;
    QRectF rect() const;
    void setRect(const QRectF &rect);
    void setRect(qreal x, qreal y, qreal w, qreal h);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 3
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsEllipseItem : public QAbstractGraphicsShapeItem {
public:
    explicit QGraphicsEllipseItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsEllipseItem(const QRectF &rect, QGraphicsItem *parent = nullptr);
    explicit QGraphicsEllipseItem(qreal x, qreal y, qreal w, qreal h, QGraphicsItem *parent = nullptr);
    ~QGraphicsEllipseItem() noexcept;
    QRectF rect() const;
    void setRect(const QRectF &rect);
    void setRect(qreal x, qreal y, qreal w, qreal h);
    int startAngle() const;
    void setStartAngle(int angle);
    int spanAngle() const;
    void setSpanAngle(int angle);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 4
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsPolygonItem : public QAbstractGraphicsShapeItem {
public:
    explicit QGraphicsPolygonItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsPolygonItem(const QPolygonF &polygon, QGraphicsItem *parent = nullptr);
    ~QGraphicsPolygonItem() noexcept;
    QPolygonF polygon() const;
    void setPolygon(const QPolygonF &polygon);
    Qt::FillRule fillRule() const;
    void setFillRule(Qt::FillRule rule);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 5
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsLineItem : public QGraphicsItem {
public:
    explicit QGraphicsLineItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsLineItem(const QLineF &line, QGraphicsItem *parent = nullptr);
    explicit QGraphicsLineItem(qreal x1, qreal y1, qreal x2, qreal y2, QGraphicsItem *parent = nullptr);
    ~QGraphicsLineItem() noexcept;
    QPen pen() const;
    void setPen(const QPen &pen);
    QLineF line() const;
    void setLine(const QLineF &line);
    void setLine(qreal x1, qreal y1, qreal x2, qreal y2);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 6
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsPixmapItem : public QGraphicsItem {
public:
    enum ShapeMode {
        MaskShape = 0,
        BoundingRectShape = 1,
        HeuristicMaskShape = 2
    };
    explicit QGraphicsPixmapItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsPixmapItem(const QPixmap &pixmap, QGraphicsItem *parent = nullptr);
    ~QGraphicsPixmapItem() noexcept;
    QPixmap pixmap() const;
    void setPixmap(const QPixmap &pixmap);
    Qt::TransformationMode transformationMode() const;
    void setTransformationMode(Qt::TransformationMode mode);
    QPointF offset() const;
    void setOffset(const QPointF &offset);
    void setOffset(qreal x, qreal y);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 7
    };
    int type() const override;
    ShapeMode shapeMode() const;
    void setShapeMode(ShapeMode mode);
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsTextItem : public QGraphicsObject {
    Q_OBJECT
public:
    explicit QGraphicsTextItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsTextItem(const QString &text, QGraphicsItem *parent = nullptr);
    ~QGraphicsTextItem() noexcept;
    QString toHtml() const;
    void setHtml(const QString &html);
    QString toPlainText() const;
    void setPlainText(const QString &text);
    QFont font() const;
    void setFont(const QFont &font);
    void setDefaultTextColor(const QColor &c);
    QColor defaultTextColor() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 8
    };
    int type() const override;
    void setTextWidth(qreal width);
    qreal textWidth() const;
    void adjustSize();
    void setDocument(QTextDocument *document);
    QTextDocument * document() const;
    void setTextInteractionFlags(Qt::TextInteractionFlags flags);
    Qt::TextInteractionFlags textInteractionFlags() const;
    void setTabChangesFocus(bool b);
    bool tabChangesFocus() const;
    void setOpenExternalLinks(bool open);
    bool openExternalLinks() const;
    void setTextCursor(const QTextCursor &cursor);
    QTextCursor textCursor() const;
    void linkActivated(const QString &);
    void linkHovered(const QString &);
protected:
    bool sceneEvent(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsSimpleTextItem : public QAbstractGraphicsShapeItem {
public:
    explicit QGraphicsSimpleTextItem(QGraphicsItem *parent = nullptr);
    explicit QGraphicsSimpleTextItem(const QString &text, QGraphicsItem *parent = nullptr);
    ~QGraphicsSimpleTextItem() noexcept;
    void setText(const QString &text);
    QString text() const;
    void setFont(const QFont &font);
    QFont font() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 9
    };
    int type() const override;
protected:
    bool supportsExtension(Extension extension) const override;
    void setExtension(Extension extension, const QVariant &variant) override;
    QVariant extension(const QVariant &variant) const override;
};

class QGraphicsItemGroup : public QGraphicsItem {
public:
    explicit QGraphicsItemGroup(QGraphicsItem *parent = nullptr);
    ~QGraphicsItemGroup() noexcept;
    void addToGroup(QGraphicsItem *item);
    void removeFromGroup(QGraphicsItem *item);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    bool isObscuredBy(const QGraphicsItem *item) const override;
    QPainterPath opaqueArea() const override;
    enum {
        Type = 10
    };
    int type() const override;
};

class QGraphicsLayoutItem {
public:
    QGraphicsLayoutItem(QGraphicsLayoutItem *parent = nullptr, bool isLayout = false);
    virtual ~QGraphicsLayoutItem() noexcept;
    void setSizePolicy(const QSizePolicy &policy);
    void setSizePolicy(QSizePolicy::Policy hPolicy, QSizePolicy::Policy vPolicy, QSizePolicy::ControlType controlType = QSizePolicy::DefaultType);
    QSizePolicy sizePolicy() const;
    void setMinimumSize(const QSizeF &size);
    void setMinimumSize(qreal w, qreal h);
    QSizeF minimumSize() const;
    void setMinimumWidth(qreal width);
    qreal minimumWidth() const;
    void setMinimumHeight(qreal height);
    qreal minimumHeight() const;
    void setPreferredSize(const QSizeF &size);
    void setPreferredSize(qreal w, qreal h);
    QSizeF preferredSize() const;
    void setPreferredWidth(qreal width);
    qreal preferredWidth() const;
    void setPreferredHeight(qreal height);
    qreal preferredHeight() const;
    void setMaximumSize(const QSizeF &size);
    void setMaximumSize(qreal w, qreal h);
    QSizeF maximumSize() const;
    void setMaximumWidth(qreal width);
    qreal maximumWidth() const;
    void setMaximumHeight(qreal height);
    qreal maximumHeight() const;
    virtual void setGeometry(const QRectF &rect);
    QRectF geometry() const;
    virtual void getContentsMargins(qreal *left, qreal *top, qreal *right, qreal *bottom) const;
    QRectF contentsRect() const;
    QSizeF effectiveSizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const;
    virtual void updateGeometry();
    virtual bool isEmpty() const;
    QGraphicsLayoutItem * parentLayoutItem() const;
    void setParentLayoutItem(QGraphicsLayoutItem *parent);
    bool isLayout() const;
    QGraphicsItem * graphicsItem() const;
    bool ownedByLayout() const;
protected:
    void setGraphicsItem(QGraphicsItem *item);
    void setOwnedByLayout(bool ownedByLayout);
    virtual QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const = 0;
};

class QGraphicsLayout;
class QGraphicsProxyWidget;
class QGraphicsWidget : public QGraphicsObject, public QGraphicsLayoutItem {
    Q_OBJECT
public:
    QGraphicsWidget(QGraphicsItem *parent = nullptr, Qt::WindowFlags wFlags = Qt::WindowFlags());
    ~QGraphicsWidget() noexcept;
    void adjustSize();
    Qt::LayoutDirection layoutDirection() const;
    void setLayoutDirection(Qt::LayoutDirection direction);
    void unsetLayoutDirection();
    QStyle * style() const;
    void setStyle(QStyle *style);
    QFont font() const;
    void setFont(const QFont &font);
    QPalette palette() const;
    void setPalette(const QPalette &palette);
    bool autoFillBackground() const;
    void setAutoFillBackground(bool enabled);
    void resize(const QSizeF &size);
    void resize(qreal w, qreal h);
    QSizeF size() const;
    void setGeometry(const QRectF &rect) override;
    void setGeometry(qreal x, qreal y, qreal w, qreal h);
    QRectF rect() const;
    void setContentsMargins(qreal left, qreal top, qreal right, qreal bottom);
    void setContentsMargins(QMarginsF margins);
    void getContentsMargins(qreal *left, qreal *top, qreal *right, qreal *bottom) const override;
    void setWindowFrameMargins(qreal left, qreal top, qreal right, qreal bottom);
    void setWindowFrameMargins(QMarginsF margins);
    void getWindowFrameMargins(qreal *left, qreal *top, qreal *right, qreal *bottom) const;
    void unsetWindowFrameMargins();
    QRectF windowFrameGeometry() const;
    QRectF windowFrameRect() const;
    Qt::WindowFlags windowFlags() const;
    Qt::WindowType windowType() const;
    void setWindowFlags(Qt::WindowFlags wFlags);
    bool isActiveWindow() const;
    void setWindowTitle(const QString &title);
    QString windowTitle() const;
    Qt::FocusPolicy focusPolicy() const;
    void setFocusPolicy(Qt::FocusPolicy policy);
    static void setTabOrder(QGraphicsWidget *first, QGraphicsWidget *second);
    QGraphicsWidget * focusWidget() const;
    int grabShortcut(const QKeySequence &sequence, Qt::ShortcutContext context = Qt::WindowShortcut);
    void releaseShortcut(int id);
    void setShortcutEnabled(int id, bool enabled = true);
    void setShortcutAutoRepeat(int id, bool enabled = true);
    void addAction(QAction *action);
    void addActions(const QList<QAction *> &actions);
    void insertActions(QAction *before, const QList<QAction *> &actions);
    void insertAction(QAction *before, QAction *action);
    void removeAction(QAction *action);
    QList<QAction *> actions() const;
    void setAttribute(Qt::WidgetAttribute attribute, bool on = true);
    bool testAttribute(Qt::WidgetAttribute attribute) const;
    QGraphicsLayout * layout() const;
    void setLayout(QGraphicsLayout *layout);
    enum {
        Type = 11
    };
    int type() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr) override;
    virtual void paintWindowFrame(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget = nullptr);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    using QObject::children;
    void geometryChanged();
    void layoutChanged();
public Q_SLOTS:
    bool close();
protected:
    virtual void initStyleOption(QStyleOption *option) const;
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
    void updateGeometry() override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    virtual QVariant propertyChange(const QString &propertyName, const QVariant &value);
    bool sceneEvent(QEvent *event) override;
    virtual bool windowFrameEvent(QEvent *e);
    virtual Qt::WindowFrameSection windowFrameSectionAt(const QPointF &pos) const;
    bool event(QEvent *event) override;
    virtual void changeEvent(QEvent *event);
    virtual void closeEvent(QCloseEvent *event);
    void focusInEvent(QFocusEvent *event) override;
    virtual bool focusNextPrevChild(bool next);
    void focusOutEvent(QFocusEvent *event) override;
    virtual void hideEvent(QHideEvent *event);
    virtual void moveEvent(QGraphicsSceneMoveEvent *event);
    virtual void polishEvent();
    virtual void resizeEvent(QGraphicsSceneResizeEvent *event);
    virtual void showEvent(QShowEvent *event);
    virtual void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    virtual void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    virtual void grabMouseEvent(QEvent *event);
    virtual void ungrabMouseEvent(QEvent *event);
    virtual void grabKeyboardEvent(QEvent *event);
    virtual void ungrabKeyboardEvent(QEvent *event);
};

class QGraphicsProxyWidget : public QGraphicsWidget {
    Q_OBJECT
public:
    QGraphicsProxyWidget(QGraphicsItem *parent = nullptr, Qt::WindowFlags wFlags = Qt::WindowFlags());
    ~QGraphicsProxyWidget() noexcept;
    void setWidget(QWidget *widget);
    QWidget * widget() const;
    QRectF subWidgetRect(const QWidget *widget) const;
    void setGeometry(const QRectF &rect) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    enum {
        Type = 12
    };
    int type() const override;
    QGraphicsProxyWidget * createProxyForChildWidget(QWidget *child);
protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
};

class QGraphicsLayout : public QGraphicsLayoutItem {
public:
    QGraphicsLayout(QGraphicsLayoutItem *parent = nullptr);
    ~QGraphicsLayout() noexcept;
    void setContentsMargins(qreal left, qreal top, qreal right, qreal bottom);
    void getContentsMargins(qreal *left, qreal *top, qreal *right, qreal *bottom) const override;
    void activate();
    bool isActivated() const;
    virtual void invalidate();
    void updateGeometry() override;
    virtual void widgetEvent(QEvent *e);
    virtual int count() const = 0;
    virtual QGraphicsLayoutItem * itemAt(int i) const = 0;
    virtual void removeAt(int index) = 0;
protected:
    void addChildLayoutItem(QGraphicsLayoutItem *layoutItem);
};

class QGraphicsLinearLayout : public QGraphicsLayout {
public:
    QGraphicsLinearLayout(QGraphicsLayoutItem *parent = nullptr);
    QGraphicsLinearLayout(Qt::Orientation orientation, QGraphicsLayoutItem *parent = nullptr);
    virtual ~QGraphicsLinearLayout() noexcept;
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;
    void addItem(QGraphicsLayoutItem *item);
    void addStretch(int stretch = 1);
    void insertItem(int index, QGraphicsLayoutItem *item);
    void insertStretch(int index, int stretch = 1);
    void removeItem(QGraphicsLayoutItem *item);
    void removeAt(int index) override;
    void setSpacing(qreal spacing);
    qreal spacing() const;
    void setItemSpacing(int index, qreal spacing);
    qreal itemSpacing(int index) const;
    void setStretchFactor(QGraphicsLayoutItem *item, int stretch);
    int stretchFactor(QGraphicsLayoutItem *item) const;
    void setAlignment(QGraphicsLayoutItem *item, Qt::Alignment alignment);
    Qt::Alignment alignment(QGraphicsLayoutItem *item) const;
    void setGeometry(const QRectF &rect) override;
    int count() const override;
    QGraphicsLayoutItem * itemAt(int index) const override;
    void invalidate() override;
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
};

class QGraphicsGridLayout : public QGraphicsLayout {
public:
    QGraphicsGridLayout(QGraphicsLayoutItem *parent = nullptr);
    virtual ~QGraphicsGridLayout() noexcept;
    void addItem(QGraphicsLayoutItem *item, int row, int column, int rowSpan, int columnSpan, Qt::Alignment alignment = Qt::Alignment());
    void addItem(QGraphicsLayoutItem *item, int row, int column, Qt::Alignment alignment = Qt::Alignment());
    void setHorizontalSpacing(qreal spacing);
    void setVerticalSpacing(qreal spacing);
    void setSpacing(qreal spacing);
    void setRowSpacing(int row, qreal spacing);
    void setColumnSpacing(int column, qreal spacing);
    void setRowStretchFactor(int row, int stretch);
    void setColumnStretchFactor(int column, int stretch);
    void setRowMinimumHeight(int row, qreal height);
    void setRowPreferredHeight(int row, qreal height);
    void setRowMaximumHeight(int row, qreal height);
    void setRowFixedHeight(int row, qreal height);
    void setColumnMinimumWidth(int column, qreal width);
    void setColumnPreferredWidth(int column, qreal width);
    void setColumnMaximumWidth(int column, qreal width);
    void setColumnFixedWidth(int column, qreal width);
    void setAlignment(QGraphicsLayoutItem *item, Qt::Alignment alignment);
    int rowCount() const;
    int columnCount() const;
    QGraphicsLayoutItem * itemAt(int row, int column) const;
    int count() const override;
    QGraphicsLayoutItem * itemAt(int index) const override;
    void removeAt(int index) override;
    void removeItem(QGraphicsLayoutItem *item);
    void invalidate() override;
    void setGeometry(const QRectF &rect) override;
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
};

class QGraphicsAnchor : public QObject {
    Q_OBJECT
public:
    void setSpacing(qreal spacing);
    void unsetSpacing();
    qreal spacing() const;
    void setSizePolicy(QSizePolicy::Policy policy);
    QSizePolicy::Policy sizePolicy() const;
    ~QGraphicsAnchor() noexcept;
};

class QGraphicsAnchorLayout : public QGraphicsLayout {
public:
    QGraphicsAnchorLayout(QGraphicsLayoutItem *parent = nullptr);
    virtual ~QGraphicsAnchorLayout() noexcept;
    QGraphicsAnchor * addAnchor(QGraphicsLayoutItem *firstItem, Qt::AnchorPoint firstEdge, QGraphicsLayoutItem *secondItem, Qt::AnchorPoint secondEdge);
    QGraphicsAnchor * anchor(QGraphicsLayoutItem *firstItem, Qt::AnchorPoint firstEdge, QGraphicsLayoutItem *secondItem, Qt::AnchorPoint secondEdge);
    void addCornerAnchors(QGraphicsLayoutItem *firstItem, Qt::Corner firstCorner, QGraphicsLayoutItem *secondItem, Qt::Corner secondCorner);
    void addAnchors(QGraphicsLayoutItem *firstItem, QGraphicsLayoutItem *secondItem, Qt::Orientations orientations = Qt::Horizontal | Qt::Vertical);
    void setHorizontalSpacing(qreal spacing);
    void setVerticalSpacing(qreal spacing);
    void setSpacing(qreal spacing);
    qreal horizontalSpacing() const;
    qreal verticalSpacing() const;
    void removeAt(int index) override;
    void setGeometry(const QRectF &rect) override;
    int count() const override;
    QGraphicsLayoutItem * itemAt(int index) const override;
    void invalidate() override;
protected:
    QSizeF sizeHint(Qt::SizeHint which, const QSizeF &constraint = QSizeF()) const override;
};

class QGraphicsScene : public QObject {
    Q_OBJECT
public:
    enum ItemIndexMethod {
        BspTreeIndex = 0,
        NoIndex = -1
    };
    enum SceneLayer {
        ItemLayer = 1,
        BackgroundLayer = 2,
        ForegroundLayer = 4,
        AllLayers = 65535
    };
    using SceneLayers = QFlags<SceneLayer>;
    QGraphicsScene(QObject *parent = nullptr);
    QGraphicsScene(const QRectF &sceneRect, QObject *parent = nullptr);
    QGraphicsScene(qreal x, qreal y, qreal width, qreal height, QObject *parent = nullptr);
    virtual ~QGraphicsScene() noexcept;
    QRectF sceneRect() const;
    qreal width() const;
    qreal height() const;
    void setSceneRect(const QRectF &rect);
    void setSceneRect(qreal x, qreal y, qreal w, qreal h);
    void render(QPainter *painter, const QRectF &target = QRectF(), const QRectF &source = QRectF(), Qt::AspectRatioMode aspectRatioMode = Qt::KeepAspectRatio);
    ItemIndexMethod itemIndexMethod() const;
    void setItemIndexMethod(ItemIndexMethod method);
    int bspTreeDepth() const;
    void setBspTreeDepth(int depth);
    QRectF itemsBoundingRect() const;
    QList<QGraphicsItem *> items(Qt::SortOrder order = Qt::DescendingOrder) const;
    QList<QGraphicsItem *> items(const QPointF &pos, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape, Qt::SortOrder order = Qt::DescendingOrder, const QTransform &deviceTransform = QTransform()) const;
    QList<QGraphicsItem *> items(const QRectF &rect, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape, Qt::SortOrder order = Qt::DescendingOrder, const QTransform &deviceTransform = QTransform()) const;
    QList<QGraphicsItem *> items(const QPolygonF &polygon, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape, Qt::SortOrder order = Qt::DescendingOrder, const QTransform &deviceTransform = QTransform()) const;
    QList<QGraphicsItem *> items(const QPainterPath &path, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape, Qt::SortOrder order = Qt::DescendingOrder, const QTransform &deviceTransform = QTransform()) const;
    QList<QGraphicsItem *> items(qreal x, qreal y, qreal w, qreal h, Qt::ItemSelectionMode mode, Qt::SortOrder order, const QTransform &deviceTransform = QTransform()) const;
    QList<QGraphicsItem *> collidingItems(const QGraphicsItem *item, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QGraphicsItem * itemAt(const QPointF &pos, const QTransform &deviceTransform) const;
    QGraphicsItem * itemAt(qreal x, qreal y, const QTransform &deviceTransform) const;
    QList<QGraphicsItem *> selectedItems() const;
    QPainterPath selectionArea() const;
    void setSelectionArea(const QPainterPath &path, const QTransform &deviceTransform);
    void setSelectionArea(const QPainterPath &path, Qt::ItemSelectionOperation selectionOperation = Qt::ReplaceSelection, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape, const QTransform &deviceTransform = QTransform());
    QGraphicsItemGroup * createItemGroup(const QList<QGraphicsItem *> &items);
    void destroyItemGroup(QGraphicsItemGroup *group);
    void addItem(QGraphicsItem *item);
    QGraphicsProxyWidget * addWidget(QWidget *widget, Qt::WindowFlags wFlags = Qt::WindowFlags());
    QGraphicsEllipseItem * addEllipse(const QRectF &rect, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    QGraphicsLineItem * addLine(const QLineF &line, const QPen &pen = QPen());
    QGraphicsPathItem * addPath(const QPainterPath &path, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    QGraphicsPixmapItem * addPixmap(const QPixmap &pixmap);
    QGraphicsPolygonItem * addPolygon(const QPolygonF &polygon, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    QGraphicsRectItem * addRect(const QRectF &rect, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    QGraphicsTextItem * addText(const QString &text, const QFont &font = QFont());
    QGraphicsSimpleTextItem * addSimpleText(const QString &text, const QFont &font = QFont());
    QGraphicsEllipseItem * addEllipse(qreal x, qreal y, qreal w, qreal h, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    QGraphicsLineItem * addLine(qreal x1, qreal y1, qreal x2, qreal y2, const QPen &pen = QPen());
    QGraphicsRectItem * addRect(qreal x, qreal y, qreal w, qreal h, const QPen &pen = QPen(), const QBrush &brush = QBrush());
    void removeItem(QGraphicsItem *item);
    QGraphicsItem * focusItem() const;
    void setFocusItem(QGraphicsItem *item, Qt::FocusReason focusReason = Qt::OtherFocusReason);
    bool hasFocus() const;
    void setFocus(Qt::FocusReason focusReason = Qt::OtherFocusReason);
    void clearFocus();
    void setStickyFocus(bool enabled);
    bool stickyFocus() const;
    QGraphicsItem * mouseGrabberItem() const;
    QBrush backgroundBrush() const;
    void setBackgroundBrush(const QBrush &brush);
    QBrush foregroundBrush() const;
    void setForegroundBrush(const QBrush &brush);
    virtual QVariant inputMethodQuery(Qt::InputMethodQuery query) const;
    QList<QGraphicsView *> views() const;
    void update(qreal x, qreal y, qreal w, qreal h);
    void invalidate(qreal x, qreal y, qreal w, qreal h, SceneLayers layers = AllLayers);
    QStyle * style() const;
    void setStyle(QStyle *style);
    QFont font() const;
    void setFont(const QFont &font);
    QPalette palette() const;
    void setPalette(const QPalette &palette);
    bool isActive() const;
    QGraphicsItem * activePanel() const;
    void setActivePanel(QGraphicsItem *item);
    QGraphicsWidget * activeWindow() const;
    void setActiveWindow(QGraphicsWidget *widget);
    bool sendEvent(QGraphicsItem *item, QEvent *event);
    qreal minimumRenderSize() const;
    void setMinimumRenderSize(qreal minSize);
    bool focusOnTouch() const;
    void setFocusOnTouch(bool enabled);
public Q_SLOTS:
    void update(const QRectF &rect = QRectF());
    void invalidate(const QRectF &rect = QRectF(), SceneLayers layers = AllLayers);
    void advance();
    void clearSelection();
    void clear();
protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    virtual void contextMenuEvent(QGraphicsSceneContextMenuEvent *event);
    virtual void dragEnterEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dragMoveEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dragLeaveEvent(QGraphicsSceneDragDropEvent *event);
    virtual void dropEvent(QGraphicsSceneDragDropEvent *event);
    virtual void focusInEvent(QFocusEvent *event);
    virtual void focusOutEvent(QFocusEvent *event);
    virtual void keyPressEvent(QKeyEvent *event);
    virtual void keyReleaseEvent(QKeyEvent *event);
    virtual void mousePressEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseMoveEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseReleaseEvent(QGraphicsSceneMouseEvent *event);
    virtual void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event);
    virtual void wheelEvent(QGraphicsSceneWheelEvent *event);
    virtual void drawBackground(QPainter *painter, const QRectF &rect);
    virtual void drawForeground(QPainter *painter, const QRectF &rect);
    virtual void drawItems(QPainter *painter, int numItems, QGraphicsItem *items[], const QStyleOptionGraphicsItem options[], QWidget *widget = nullptr);
protected Q_SLOTS:
    virtual bool focusNextPrevChild(bool next);
public:
    void changed(const QList<QRectF> &region);
    void sceneRectChanged(const QRectF &rect);
    void selectionChanged();
    void focusItemChanged(QGraphicsItem *newFocus, QGraphicsItem *oldFocus, Qt::FocusReason reason);
};

class QGraphicsView : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum ViewportAnchor {
        NoAnchor = 0,
        AnchorViewCenter = 1,
        AnchorUnderMouse = 2
    };
    enum CacheModeFlag {
        CacheNone = 0,
        CacheBackground = 1
    };
    using CacheMode = QFlags<CacheModeFlag>;
    enum DragMode {
        NoDrag = 0,
        ScrollHandDrag = 1,
        RubberBandDrag = 2
    };
    enum ViewportUpdateMode {
        FullViewportUpdate = 0,
        MinimalViewportUpdate = 1,
        SmartViewportUpdate = 2,
        NoViewportUpdate = 3,
        BoundingRectViewportUpdate = 4
    };
    enum OptimizationFlag {
        DontSavePainterState = 1,
        DontAdjustForAntialiasing = 2,
        IndirectPainting = 4
    };
    using OptimizationFlags = QFlags<OptimizationFlag>;
    QGraphicsView(QWidget *parent = nullptr);
    QGraphicsView(QGraphicsScene *scene, QWidget *parent = nullptr);
    ~QGraphicsView() noexcept;
    QSize sizeHint() const override;
    QPainter::RenderHints renderHints() const;
    void setRenderHint(QPainter::RenderHint hint, bool enabled = true);
    void setRenderHints(QPainter::RenderHints hints);
    Qt::Alignment alignment() const;
    void setAlignment(Qt::Alignment alignment);
    ViewportAnchor transformationAnchor() const;
    void setTransformationAnchor(ViewportAnchor anchor);
    ViewportAnchor resizeAnchor() const;
    void setResizeAnchor(ViewportAnchor anchor);
    ViewportUpdateMode viewportUpdateMode() const;
    void setViewportUpdateMode(ViewportUpdateMode mode);
    OptimizationFlags optimizationFlags() const;
    void setOptimizationFlag(OptimizationFlag flag, bool enabled = true);
    void setOptimizationFlags(OptimizationFlags flags);
    DragMode dragMode() const;
    void setDragMode(DragMode mode);
    Qt::ItemSelectionMode rubberBandSelectionMode() const;
    void setRubberBandSelectionMode(Qt::ItemSelectionMode mode);
    QRect rubberBandRect() const;
    CacheMode cacheMode() const;
    void setCacheMode(CacheMode mode);
    void resetCachedContent();
    bool isInteractive() const;
    void setInteractive(bool allowed);
    QGraphicsScene * scene() const;
    void setScene(QGraphicsScene *scene);
    QRectF sceneRect() const;
    void setSceneRect(const QRectF &rect);
    void setSceneRect(qreal x, qreal y, qreal w, qreal h);
    QTransform transform() const;
    QTransform viewportTransform() const;
    bool isTransformed() const;
    void setTransform(const QTransform &matrix, bool combine = false);
    void resetTransform();
    void rotate(qreal angle);
    void scale(qreal sx, qreal sy);
    void shear(qreal sh, qreal sv);
    void translate(qreal dx, qreal dy);
    void centerOn(const QPointF &pos);
    void centerOn(qreal x, qreal y);
    void centerOn(const QGraphicsItem *item);
    void ensureVisible(const QRectF &rect, int xmargin = 50, int ymargin = 50);
    void ensureVisible(qreal x, qreal y, qreal w, qreal h, int xmargin = 50, int ymargin = 50);
    void ensureVisible(const QGraphicsItem *item, int xmargin = 50, int ymargin = 50);
    void fitInView(const QRectF &rect, Qt::AspectRatioMode aspectRadioMode = Qt::IgnoreAspectRatio);
    void fitInView(qreal x, qreal y, qreal w, qreal h, Qt::AspectRatioMode aspectRadioMode = Qt::IgnoreAspectRatio);
    void fitInView(const QGraphicsItem *item, Qt::AspectRatioMode aspectRadioMode = Qt::IgnoreAspectRatio);
    void render(QPainter *painter, const QRectF &target = QRectF(), const QRect &source = QRect(), Qt::AspectRatioMode aspectRatioMode = Qt::KeepAspectRatio);
    QList<QGraphicsItem *> items() const;
    QList<QGraphicsItem *> items(const QPoint &pos) const;
    QList<QGraphicsItem *> items(int x, int y) const;
    QList<QGraphicsItem *> items(const QRect &rect, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QList<QGraphicsItem *> items(int x, int y, int w, int h, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QList<QGraphicsItem *> items(const QPolygon &polygon, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QList<QGraphicsItem *> items(const QPainterPath &path, Qt::ItemSelectionMode mode = Qt::IntersectsItemShape) const;
    QGraphicsItem * itemAt(const QPoint &pos) const;
    QGraphicsItem * itemAt(int x, int y) const;
    QPointF mapToScene(const QPoint &point) const;
    QPolygonF mapToScene(const QRect &rect) const;
    QPolygonF mapToScene(const QPolygon &polygon) const;
    QPainterPath mapToScene(const QPainterPath &path) const;
    QPoint mapFromScene(const QPointF &point) const;
    QPolygon mapFromScene(const QRectF &rect) const;
    QPolygon mapFromScene(const QPolygonF &polygon) const;
    QPainterPath mapFromScene(const QPainterPath &path) const;
    QPointF mapToScene(int x, int y) const;
    QPolygonF mapToScene(int x, int y, int w, int h) const;
    QPoint mapFromScene(qreal x, qreal y) const;
    QPolygon mapFromScene(qreal x, qreal y, qreal w, qreal h) const;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    QBrush backgroundBrush() const;
    void setBackgroundBrush(const QBrush &brush);
    QBrush foregroundBrush() const;
    void setForegroundBrush(const QBrush &brush);
public Q_SLOTS:
    void updateScene(const QList<QRectF> &rects);
    void invalidateScene(const QRectF &rect = QRectF(), QGraphicsScene::SceneLayers layers = QGraphicsScene::AllLayers);
    void updateSceneRect(const QRectF &rect);
public:
    void rubberBandChanged(QRect viewportRect, QPointF fromScenePoint, QPointF toScenePoint);
protected Q_SLOTS:
    void setupViewport(QWidget *widget) override;
protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void showEvent(QShowEvent *event) override;
    virtual void drawBackground(QPainter *painter, const QRectF &rect);
    virtual void drawForeground(QPainter *painter, const QRectF &rect);
    virtual void drawItems(QPainter *painter, int numItems, QGraphicsItem *items[], const QStyleOptionGraphicsItem options[]);
};

class QGraphicsSceneEvent : public QEvent {
public:
    explicit QGraphicsSceneEvent(Type type);
    ~QGraphicsSceneEvent() noexcept;
    QWidget * widget() const;
    void setWidget(QWidget *widget);
    quint64 timestamp() const;
    void setTimestamp(quint64 ts);
protected:
    friend QDebug operator<<(QDebug, const QGraphicsSceneEvent *);
};

class QGraphicsSceneMouseEvent : public QGraphicsSceneEvent {
public:
    explicit QGraphicsSceneMouseEvent(Type type = None);
    ~QGraphicsSceneMouseEvent() noexcept;
    QPointF pos() const;
    void setPos(const QPointF &pos);
    QPointF scenePos() const;
    void setScenePos(const QPointF &pos);
    QPoint screenPos() const;
    void setScreenPos(const QPoint &pos);
    QPointF buttonDownPos(Qt::MouseButton button) const;
    void setButtonDownPos(Qt::MouseButton button, const QPointF &pos);
    QPointF buttonDownScenePos(Qt::MouseButton button) const;
    void setButtonDownScenePos(Qt::MouseButton button, const QPointF &pos);
    QPoint buttonDownScreenPos(Qt::MouseButton button) const;
    void setButtonDownScreenPos(Qt::MouseButton button, const QPoint &pos);
    QPointF lastPos() const;
    void setLastPos(const QPointF &pos);
    QPointF lastScenePos() const;
    void setLastScenePos(const QPointF &pos);
    QPoint lastScreenPos() const;
    void setLastScreenPos(const QPoint &pos);
    Qt::MouseButtons buttons() const;
    void setButtons(Qt::MouseButtons buttons);
    Qt::MouseButton button() const;
    void setButton(Qt::MouseButton button);
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
    Qt::MouseEventSource source() const;
    void setSource(Qt::MouseEventSource source);
    Qt::MouseEventFlags flags() const;
    void setFlags(Qt::MouseEventFlags);
};

class QGraphicsSceneWheelEvent : public QGraphicsSceneEvent {
public:
    explicit QGraphicsSceneWheelEvent(Type type = None);
    ~QGraphicsSceneWheelEvent() noexcept;
    QPointF pos() const;
    void setPos(const QPointF &pos);
    QPointF scenePos() const;
    void setScenePos(const QPointF &pos);
    QPoint screenPos() const;
    void setScreenPos(const QPoint &pos);
    Qt::MouseButtons buttons() const;
    void setButtons(Qt::MouseButtons buttons);
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
    int delta() const;
    void setDelta(int delta);
    Qt::Orientation orientation() const;
    void setOrientation(Qt::Orientation orientation);
    Qt::ScrollPhase phase() const;
    void setPhase(Qt::ScrollPhase scrollPhase);
    QPoint pixelDelta() const;
    void setPixelDelta(QPoint delta);
    bool isInverted() const;
    void setInverted(bool inverted);
};

class QGraphicsSceneContextMenuEvent : public QGraphicsSceneEvent {
public:
    enum Reason {
        Mouse = 0,
        Keyboard = 1,
        Other = 2
    };
    explicit QGraphicsSceneContextMenuEvent(Type type = None);
    ~QGraphicsSceneContextMenuEvent() noexcept;
    QPointF pos() const;
    void setPos(const QPointF &pos);
    QPointF scenePos() const;
    void setScenePos(const QPointF &pos);
    QPoint screenPos() const;
    void setScreenPos(const QPoint &pos);
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
    Reason reason() const;
    void setReason(Reason reason);
};

class QGraphicsSceneHoverEvent : public QGraphicsSceneEvent {
public:
    explicit QGraphicsSceneHoverEvent(Type type = None);
    ~QGraphicsSceneHoverEvent() noexcept;
    QPointF pos() const;
    void setPos(const QPointF &pos);
    QPointF scenePos() const;
    void setScenePos(const QPointF &pos);
    QPoint screenPos() const;
    void setScreenPos(const QPoint &pos);
    QPointF lastPos() const;
    void setLastPos(const QPointF &pos);
    QPointF lastScenePos() const;
    void setLastScenePos(const QPointF &pos);
    QPoint lastScreenPos() const;
    void setLastScreenPos(const QPoint &pos);
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
};

class QGraphicsSceneDragDropEvent : public QGraphicsSceneEvent {
public:
    explicit QGraphicsSceneDragDropEvent(Type type = None);
    ~QGraphicsSceneDragDropEvent() noexcept;
    QPointF pos() const;
    void setPos(const QPointF &pos);
    QPointF scenePos() const;
    void setScenePos(const QPointF &pos);
    QPoint screenPos() const;
    void setScreenPos(const QPoint &pos);
    Qt::MouseButtons buttons() const;
    void setButtons(Qt::MouseButtons buttons);
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
    Qt::DropActions possibleActions() const;
    void setPossibleActions(Qt::DropActions actions);
    Qt::DropAction proposedAction() const;
    void setProposedAction(Qt::DropAction action);
    void acceptProposedAction();
    Qt::DropAction dropAction() const;
    void setDropAction(Qt::DropAction action);
    QWidget * source() const;
    void setSource(QWidget *source);
    const QMimeData * mimeData() const;
    void setMimeData(const QMimeData *data);
};

class QGraphicsSceneResizeEvent : public QGraphicsSceneEvent {
public:
    QGraphicsSceneResizeEvent();
    ~QGraphicsSceneResizeEvent() noexcept;
    QSizeF oldSize() const;
    void setOldSize(const QSizeF &size);
    QSizeF newSize() const;
    void setNewSize(const QSizeF &size);
};

class QGraphicsSceneMoveEvent : public QGraphicsSceneEvent {
public:
    QGraphicsSceneMoveEvent();
    ~QGraphicsSceneMoveEvent() noexcept;
    QPointF oldPos() const;
    void setOldPos(const QPointF &pos);
    QPointF newPos() const;
    void setNewPos(const QPointF &pos);
};

class QStyleOptionGraphicsItem : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 15
    };
    enum StyleOptionVersion {
        Version = 1
    };
    QRectF exposedRect;
    QStyleOptionGraphicsItem();
    QStyleOptionGraphicsItem(const QStyleOptionGraphicsItem &other);
    QStyleOptionGraphicsItem & operator=(const QStyleOptionGraphicsItem &) = default;
    static qreal levelOfDetailFromTransform(const QTransform &worldTransform);
protected:
    QStyleOptionGraphicsItem(int version);
};

class QGraphicsEffect : public QObject {
    Q_OBJECT
public:
    enum ChangeFlag {
        SourceAttached = 1,
        SourceDetached = 2,
        SourceBoundingRectChanged = 4,
        SourceInvalidated = 8
    };
    using ChangeFlags = QFlags<ChangeFlag>;
    enum PixmapPadMode {
        NoPad = 0,
        PadToTransparentBorder = 1,
        PadToEffectiveBoundingRect = 2
    };
    QGraphicsEffect(QObject *parent = nullptr);
    virtual ~QGraphicsEffect() noexcept;
    virtual QRectF boundingRectFor(const QRectF &sourceRect) const;
    QRectF boundingRect() const;
    bool isEnabled() const;
public Q_SLOTS:
    void setEnabled(bool enable);
    void update();
public:
    void enabledChanged(bool enabled);
protected:
    virtual void draw(QPainter *painter) = 0;
    virtual void sourceChanged(ChangeFlags flags);
    void updateBoundingRect();
    bool sourceIsPixmap() const;
    QRectF sourceBoundingRect(Qt::CoordinateSystem system = Qt::LogicalCoordinates) const;
    void drawSource(QPainter *painter);
    QPixmap sourcePixmap(Qt::CoordinateSystem system = Qt::LogicalCoordinates, QPoint *offset = nullptr, PixmapPadMode mode = PadToEffectiveBoundingRect) const;
public:
};

class QGraphicsDropShadowEffect : public QGraphicsEffect {
    Q_OBJECT
public:
    QGraphicsDropShadowEffect(QObject *parent = nullptr);
    ~QGraphicsDropShadowEffect() noexcept;
    QRectF boundingRectFor(const QRectF &rect) const override;
    QPointF offset() const;
    qreal xOffset() const;
    qreal yOffset() const;
    qreal blurRadius() const;
    QColor color() const;
public Q_SLOTS:
    void setOffset(const QPointF &ofs);
    void setOffset(qreal dx, qreal dy);
    void setOffset(qreal d);
    void setXOffset(qreal dx);
    void setYOffset(qreal dy);
    void setBlurRadius(qreal blurRadius);
    void setColor(const QColor &color);
public:
    void offsetChanged(const QPointF &offset);
    void blurRadiusChanged(qreal blurRadius);
    void colorChanged(const QColor &color);
protected:
    void draw(QPainter *painter) override;
};

class QGraphicsOpacityEffect : public QGraphicsEffect {
    Q_OBJECT
public:
    QGraphicsOpacityEffect(QObject *parent = nullptr);
    ~QGraphicsOpacityEffect() noexcept;
    qreal opacity() const;
    QBrush opacityMask() const;
public Q_SLOTS:
    void setOpacity(qreal opacity);
    void setOpacityMask(const QBrush &mask);
public:
    void opacityChanged(qreal opacity);
    void opacityMaskChanged(const QBrush &mask);
protected:
    void draw(QPainter *painter) override;
};

class QGraphicsColorizeEffect : public QGraphicsEffect {
    Q_OBJECT
public:
    QGraphicsColorizeEffect(QObject *parent = nullptr);
    ~QGraphicsColorizeEffect() noexcept;
    QColor color() const;
    qreal strength() const;
public Q_SLOTS:
    void setColor(const QColor &c);
    void setStrength(qreal strength);
Q_SIGNALS:
    void colorChanged(const QColor &color);
    void strengthChanged(qreal strength);
protected:
    void draw(QPainter *painter) override;
};

class QGraphicsBlurEffect : public QGraphicsEffect {
    Q_OBJECT
public:
    enum BlurHint {
        PerformanceHint = 0x00,
        QualityHint = 0x01,
        AnimationHint = 0x02
    };
    Q_DECLARE_FLAGS(BlurHints, BlurHint)
    QGraphicsBlurEffect(QObject *parent = nullptr);
    ~QGraphicsBlurEffect() noexcept;
    QRectF boundingRectFor(const QRectF &rect) const override;
    qreal blurRadius() const;
    BlurHints blurHints() const;
public Q_SLOTS:
    void setBlurRadius(qreal blurRadius);
    void setBlurHints(BlurHints hints);
Q_SIGNALS:
    void blurRadiusChanged(qreal blurRadius);
    void blurHintsChanged(BlurHints hints);
protected:
    void draw(QPainter *painter) override;
};

class QGraphicsTransform : public QObject {
    Q_OBJECT
public:
    QGraphicsTransform(QObject *parent = nullptr);
    ~QGraphicsTransform() noexcept;
    virtual void applyTo(QMatrix4x4 *matrix) const = 0;
protected Q_SLOTS:
    void update();
protected:
};

class QGraphicsRotation : public QGraphicsTransform {
    Q_OBJECT
public:
    QGraphicsRotation(QObject *parent = nullptr);
    ~QGraphicsRotation() noexcept;
    QVector3D origin() const;
    void setOrigin(const QVector3D &point);
    qreal angle() const;
    void setAngle(qreal);
    QVector3D axis() const;
    void setAxis(const QVector3D &axis);
    void setAxis(Qt::Axis axis);
    void applyTo(QMatrix4x4 *matrix) const override;
    void originChanged();
    void angleChanged();
    void axisChanged();
};

class QGraphicsScale : public QGraphicsTransform {
    Q_OBJECT
public:
    QGraphicsScale(QObject *parent = nullptr);
    ~QGraphicsScale() noexcept;
    QVector3D origin() const;
    void setOrigin(const QVector3D &point);
    qreal xScale() const;
    void setXScale(qreal);
    qreal yScale() const;
    void setYScale(qreal);
    qreal zScale() const;
    void setZScale(qreal);
    void applyTo(QMatrix4x4 *matrix) const override;
    void originChanged();
    void xScaleChanged();
    void yScaleChanged();
    void zScaleChanged();
    void scaleChanged();
};

class QButtonGroup : public QObject {
    Q_OBJECT
public:
    explicit QButtonGroup(QObject *parent = nullptr);
    ~QButtonGroup() noexcept;
    void setExclusive(bool);
    bool exclusive() const;
    void addButton(QAbstractButton *, int id = -1);
    void removeButton(QAbstractButton *);
    QList<QAbstractButton *> buttons() const;
    QAbstractButton * checkedButton() const;
    QAbstractButton * button(int id) const;
    void setId(QAbstractButton *button, int id);
    int id(QAbstractButton *button) const;
    int checkedId() const;
    void buttonClicked(QAbstractButton *);
    void buttonPressed(QAbstractButton *);
    void buttonReleased(QAbstractButton *);
    void buttonToggled(QAbstractButton *, bool);
    void idClicked(int);
    void idPressed(int);
    void idReleased(int);
    void idToggled(int, bool);
};

class QDataWidgetMapper : public QObject {
    Q_OBJECT
public:
    explicit QDataWidgetMapper(QObject *parent = nullptr);
    ~QDataWidgetMapper() noexcept;
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel * model() const;
    void setItemDelegate(QAbstractItemDelegate *delegate);
    QAbstractItemDelegate * itemDelegate() const;
    void setRootIndex(const QModelIndex &index);
    QModelIndex rootIndex() const;
    void setOrientation(Qt::Orientation aOrientation);
    Qt::Orientation orientation() const;
    enum SubmitPolicy {
        AutoSubmit = 0,
        ManualSubmit = 1
    };
    void setSubmitPolicy(SubmitPolicy policy);
    SubmitPolicy submitPolicy() const;
    void addMapping(QWidget *widget, int section);
    void addMapping(QWidget *widget, int section, const QByteArray &propertyName);
    void removeMapping(QWidget *widget);
    int mappedSection(QWidget *widget) const;
    QByteArray mappedPropertyName(QWidget *widget) const;
    QWidget * mappedWidgetAt(int section) const;
    void clearMapping();
    int currentIndex() const;
public Q_SLOTS:
    void revert();
    bool submit();
    void toFirst();
    void toLast();
    void toNext();
    void toPrevious();
    virtual void setCurrentIndex(int index);
    void setCurrentModelIndex(const QModelIndex &index);
public:
    void currentIndexChanged(int index);
};

class QColorDialog : public QDialog {
    Q_OBJECT
public:
    enum ColorDialogOption {
        ShowAlphaChannel = 1,
        NoButtons = 2,
        DontUseNativeDialog = 4
    };
    using ColorDialogOptions = QFlags<ColorDialogOption>;
    explicit QColorDialog(QWidget *parent = nullptr);
    explicit QColorDialog(const QColor &initial, QWidget *parent = nullptr);
    ~QColorDialog() noexcept;
    void setCurrentColor(const QColor &color);
    QColor currentColor() const;
    QColor selectedColor() const;
    void setOption(ColorDialogOption option, bool on = true);
    bool testOption(ColorDialogOption option) const;
    void setOptions(ColorDialogOptions options);
    ColorDialogOptions options() const;
    using QDialog::open;
    void open(QObject *receiver, const char *member);
    void setVisible(bool visible) override;
    static QColor getColor(const QColor &initial = Qt::white, QWidget *parent = nullptr, const QString &title = QString(), ColorDialogOptions options = ColorDialogOptions());
    static int customCount();
    static QColor customColor(int index);
    static void setCustomColor(int index, QColor color);
    static QColor standardColor(int index);
    static void setStandardColor(int index, QColor color);
    void currentColorChanged(const QColor &color);
    void colorSelected(const QColor &color);
protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
};

class QFontDialog : public QDialog {
    Q_OBJECT
public:
    enum FontDialogOption {
        NoButtons = 1,
        DontUseNativeDialog = 2,
        ScalableFonts = 4,
        NonScalableFonts = 8,
        MonospacedFonts = 16,
        ProportionalFonts = 32
    };
    using FontDialogOptions = QFlags<FontDialogOption>;
    explicit QFontDialog(QWidget *parent = nullptr);
    explicit QFontDialog(const QFont &initial, QWidget *parent = nullptr);
    ~QFontDialog() noexcept;
    void setCurrentFont(const QFont &font);
    QFont currentFont() const;
    QFont selectedFont() const;
    void setOption(FontDialogOption option, bool on = true);
    bool testOption(FontDialogOption option) const;
    void setOptions(FontDialogOptions options);
    FontDialogOptions options() const;
    using QDialog::open;
    void open(QObject *receiver, const char *member);
    void setVisible(bool visible) override;
    static QFont getFont(bool *ok, QWidget *parent = nullptr);
    static QFont getFont(bool *ok, const QFont &initial, QWidget *parent = nullptr, const QString &title = QString(), FontDialogOptions options = FontDialogOptions());
    void currentFontChanged(const QFont &font);
    void fontSelected(const QFont &font);
protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    bool eventFilter(QObject *object, QEvent *event) override;
};

class QStyleFactory {
public:
    static QStringList keys();
    static QStyle * create(const QString &);
};

class QCommonStyle : public QStyle {
    Q_OBJECT
public:
    QCommonStyle();
    ~QCommonStyle() noexcept;
    void drawPrimitive(PrimitiveElement pe, const QStyleOption *opt, QPainter *p, const QWidget *w = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *opt, QPainter *p, const QWidget *w = nullptr) const override;
    QRect subElementRect(SubElement r, const QStyleOption *opt, const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl cc, const QStyleOptionComplex *opt, QPainter *p, const QWidget *w = nullptr) const override;
    SubControl hitTestComplexControl(ComplexControl cc, const QStyleOptionComplex *opt, const QPoint &pt, const QWidget *w = nullptr) const override;
    QRect subControlRect(ComplexControl cc, const QStyleOptionComplex *opt, SubControl sc, const QWidget *w = nullptr) const override;
    QSize sizeFromContents(ContentsType ct, const QStyleOption *opt, const QSize &contentsSize, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric m, const QStyleOption *opt = nullptr, const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint sh, const QStyleOption *opt = nullptr, const QWidget *w = nullptr, QStyleHintReturn *shret = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *opt = nullptr, const QWidget *widget = nullptr) const override;
    QPixmap standardPixmap(StandardPixmap sp, const QStyleOption *opt = nullptr, const QWidget *widget = nullptr) const override;
    QPixmap generatedIconPixmap(QIcon::Mode iconMode, const QPixmap &pixmap, const QStyleOption *opt) const override;
    int layoutSpacing(QSizePolicy::ControlType control1, QSizePolicy::ControlType control2, Qt::Orientation orientation, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    void polish(QPalette &) override;
    void polish(QApplication *app) override;
    void polish(QWidget *widget) override;
    void unpolish(QWidget *widget) override;
    void unpolish(QApplication *application) override;
protected:
};

class QProxyStyle : public QCommonStyle {
    Q_OBJECT
public:
    QProxyStyle(QStyle *style = nullptr);
    QProxyStyle(const QString &key);
    ~QProxyStyle() noexcept;
    QStyle * baseStyle() const;
    void setBaseStyle(QStyle *style);
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget = nullptr) const override;
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &pal, bool enabled, const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;
    virtual void drawItemPixmap(QPainter *painter, const QRect &rect, int alignment, const QPixmap &pixmap) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const override;
    QRect subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const override;
    QRect subControlRect(ComplexControl cc, const QStyleOptionComplex *opt, SubControl sc, const QWidget *widget) const override;
    QRect itemTextRect(const QFontMetrics &fm, const QRect &r, int flags, bool enabled, const QString &text) const override;
    QRect itemPixmapRect(const QRect &r, int flags, const QPixmap &pixmap) const override;
    SubControl hitTestComplexControl(ComplexControl control, const QStyleOptionComplex *option, const QPoint &pos, const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const override;
    int layoutSpacing(QSizePolicy::ControlType control1, QSizePolicy::ControlType control2, Qt::Orientation orientation, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
    QPixmap standardPixmap(StandardPixmap standardPixmap, const QStyleOption *opt, const QWidget *widget = nullptr) const override;
    QPixmap generatedIconPixmap(QIcon::Mode iconMode, const QPixmap &pixmap, const QStyleOption *opt) const override;
    QPalette standardPalette() const override;
    void polish(QWidget *widget) override;
    void polish(QPalette &pal) override;
    void polish(QApplication *app) override;
    void unpolish(QWidget *widget) override;
    void unpolish(QApplication *app) override;
protected:
    bool event(QEvent *e) override;
};

class QDockWidget : public QWidget {
    Q_OBJECT
public:
    explicit QDockWidget(const QString &title, QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    explicit QDockWidget(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QDockWidget() noexcept;
    QWidget * widget() const;
    void setWidget(QWidget *widget);
    enum DockWidgetFeature {
        DockWidgetClosable = 1,
        DockWidgetMovable = 2,
        DockWidgetFloatable = 4,
        DockWidgetVerticalTitleBar = 8,
        DockWidgetFeatureMask = 15,
        NoDockWidgetFeatures = 0,
        Reserved = 255
    };
    using DockWidgetFeatures = QFlags<DockWidgetFeature>;
    void setFeatures(DockWidgetFeatures features);
    DockWidgetFeatures features() const;
    void setFloating(bool floating);
    bool isFloating() const;
    void setAllowedAreas(Qt::DockWidgetAreas areas);
    Qt::DockWidgetAreas allowedAreas() const;
    void setTitleBarWidget(QWidget *widget);
    QWidget * titleBarWidget() const;
    bool isAreaAllowed(Qt::DockWidgetArea area) const;
    QAction * toggleViewAction() const;
    void featuresChanged(QDockWidget::DockWidgetFeatures features);
    void topLevelChanged(bool topLevel);
    void allowedAreasChanged(Qt::DockWidgetAreas allowedAreas);
    void visibilityChanged(bool visible);
    void dockLocationChanged(Qt::DockWidgetArea area);
protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

class QStackedWidget : public QFrame {
    Q_OBJECT
public:
    explicit QStackedWidget(QWidget *parent = nullptr);
    ~QStackedWidget() noexcept;
    int addWidget(QWidget *w);
    int insertWidget(int index, QWidget *w);
    void removeWidget(QWidget *w);
    QWidget * currentWidget() const;
    int currentIndex() const;
    int indexOf(const QWidget *) const;
    QWidget * widget(int) const;
    int count() const;
public Q_SLOTS:
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *w);
public:
    void currentChanged(int);
    void widgetRemoved(int index);
protected:
    bool event(QEvent *e) override;
};

class QStackedLayout : public QLayout {
    Q_OBJECT
public:
    enum StackingMode {
        StackOne = 0,
        StackAll = 1
    };
    QStackedLayout();
    explicit QStackedLayout(QWidget *parent);
    explicit QStackedLayout(QLayout *parentLayout);
    ~QStackedLayout() noexcept;
    int addWidget(QWidget *w);
    int insertWidget(int index, QWidget *w);
    QWidget * currentWidget() const;
    int currentIndex() const;
    using QLayout::widget;
    QWidget * widget(int) const;
    int count() const override;
    StackingMode stackingMode() const;
    void setStackingMode(StackingMode stackingMode);
    void addItem(QLayoutItem *item) override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    QLayoutItem * itemAt(int) const override;
    QLayoutItem * takeAt(int) override;
    void setGeometry(const QRect &rect) override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void widgetRemoved(int index);
    void currentChanged(int index);
public Q_SLOTS:
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *w);
};

class QWidgetAction : public QAction {
    Q_OBJECT
public:
    explicit QWidgetAction(QObject *parent);
    virtual ~QWidgetAction() noexcept;
    void setDefaultWidget(QWidget *w);
    QWidget * defaultWidget() const;
    QWidget * requestWidget(QWidget *parent);
    void releaseWidget(QWidget *widget);
protected:
    virtual bool event(QEvent *) override;
    virtual bool eventFilter(QObject *, QEvent *) override;
    virtual QWidget * createWidget(QWidget *parent);
    virtual void deleteWidget(QWidget *widget);
    QList<QWidget *> createdWidgets() const;
};

class QDateTimeEdit : public QAbstractSpinBox {
    Q_OBJECT
public:
    enum Section {
        NoSection = 0,
        AmPmSection = 1,
        MSecSection = 2,
        SecondSection = 4,
        MinuteSection = 8,
        HourSection = 16,
        DaySection = 256,
        MonthSection = 512,
        YearSection = 1024,
        TimeSections_Mask = 31,
        DateSections_Mask = 1792
    };
    using Sections = QFlags<Section>;
    explicit QDateTimeEdit(QWidget *parent = nullptr);
    explicit QDateTimeEdit(const QDateTime &dt, QWidget *parent = nullptr);
    explicit QDateTimeEdit(QDate d, QWidget *parent = nullptr);
    explicit QDateTimeEdit(QTime t, QWidget *parent = nullptr);
    ~QDateTimeEdit() noexcept;
    QDateTime dateTime() const;
    QDate date() const;
    QTime time() const;
    QDateTime minimumDateTime() const;
    void clearMinimumDateTime();
    void setMinimumDateTime(const QDateTime &dt);
    QDateTime maximumDateTime() const;
    void clearMaximumDateTime();
    void setMaximumDateTime(const QDateTime &dt);
    void setDateTimeRange(const QDateTime &min, const QDateTime &max);
    QDate minimumDate() const;
    void setMinimumDate(QDate min);
    void clearMinimumDate();
    QDate maximumDate() const;
    void setMaximumDate(QDate max);
    void clearMaximumDate();
    void setDateRange(QDate min, QDate max);
    QTime minimumTime() const;
    void setMinimumTime(QTime min);
    void clearMinimumTime();
    QTime maximumTime() const;
    void setMaximumTime(QTime max);
    void clearMaximumTime();
    void setTimeRange(QTime min, QTime max);
    Sections displayedSections() const;
    Section currentSection() const;
    Section sectionAt(int index) const;
    void setCurrentSection(Section section);
    int currentSectionIndex() const;
    void setCurrentSectionIndex(int index);
    QCalendarWidget * calendarWidget() const;
    void setCalendarWidget(QCalendarWidget *calendarWidget);
    int sectionCount() const;
    void setSelectedSection(Section section);
    QString sectionText(Section section) const;
    QString displayFormat() const;
    void setDisplayFormat(const QString &format);
    bool calendarPopup() const;
    void setCalendarPopup(bool enable);
    Qt::TimeSpec timeSpec() const;
    void setTimeSpec(Qt::TimeSpec spec);
    QSize sizeHint() const override;
    void clear() override;
    void stepBy(int steps) override;
    bool event(QEvent *event) override;
    void dateTimeChanged(const QDateTime &dateTime);
    void timeChanged(QTime time);
    void dateChanged(QDate date);
public Q_SLOTS:
    void setDateTime(const QDateTime &dateTime);
    void setDate(QDate date);
    void setTime(QTime time);
protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    virtual QDateTime dateTimeFromText(const QString &text) const;
    virtual QString textFromDateTime(const QDateTime &dt) const;
    StepEnabled stepEnabled() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

class QTimeEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit QTimeEdit(QWidget *parent = nullptr);
    explicit QTimeEdit(QTime time, QWidget *parent = nullptr);
    ~QTimeEdit() noexcept;
    void userTimeChanged(QTime time);
};

class QDateEdit : public QDateTimeEdit {
    Q_OBJECT
public:
    explicit QDateEdit(QWidget *parent = nullptr);
    explicit QDateEdit(QDate date, QWidget *parent = nullptr);
    ~QDateEdit() noexcept;
    void userDateChanged(QDate date);
};

class QCalendarWidget : public QWidget {
    Q_OBJECT
public:
    enum HorizontalHeaderFormat {
        NoHorizontalHeader = 0,
        SingleLetterDayNames = 1,
        ShortDayNames = 2,
        LongDayNames = 3
    };
    enum VerticalHeaderFormat {
        NoVerticalHeader = 0,
        ISOWeekNumbers = 1
    };
    enum SelectionMode {
        NoSelection = 0,
        SingleSelection = 1
    };
    explicit QCalendarWidget(QWidget *parent = nullptr);
    ~QCalendarWidget() noexcept;
    virtual QSize sizeHint() const override;
    virtual QSize minimumSizeHint() const override;
    QDate selectedDate() const;
    int yearShown() const;
    int monthShown() const;
    QDate minimumDate() const;
    void setMinimumDate(QDate date);
    QDate maximumDate() const;
    void setMaximumDate(QDate date);
    Qt::DayOfWeek firstDayOfWeek() const;
    void setFirstDayOfWeek(Qt::DayOfWeek dayOfWeek);
    bool isNavigationBarVisible() const;
    bool isGridVisible() const;
    SelectionMode selectionMode() const;
    void setSelectionMode(SelectionMode mode);
    HorizontalHeaderFormat horizontalHeaderFormat() const;
    void setHorizontalHeaderFormat(HorizontalHeaderFormat format);
    VerticalHeaderFormat verticalHeaderFormat() const;
    void setVerticalHeaderFormat(VerticalHeaderFormat format);
    QTextCharFormat headerTextFormat() const;
    void setHeaderTextFormat(const QTextCharFormat &format);
    QTextCharFormat weekdayTextFormat(Qt::DayOfWeek dayOfWeek) const;
    void setWeekdayTextFormat(Qt::DayOfWeek dayOfWeek, const QTextCharFormat &format);
    QMap<QDate, QTextCharFormat> dateTextFormat() const;
    QTextCharFormat dateTextFormat(QDate date) const;
    void setDateTextFormat(QDate date, const QTextCharFormat &format);
    bool isDateEditEnabled() const;
    void setDateEditEnabled(bool enable);
    int dateEditAcceptDelay() const;
    void setDateEditAcceptDelay(int delay);
protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    virtual void paintCell(QPainter *painter, const QRect &rect, QDate date) const;
    void updateCell(QDate date);
    void updateCells();
public Q_SLOTS:
    void setSelectedDate(QDate date);
    void setDateRange(QDate min, QDate max);
    void setCurrentPage(int year, int month);
    void setGridVisible(bool show);
    void setNavigationBarVisible(bool visible);
    void showNextMonth();
    void showPreviousMonth();
    void showNextYear();
    void showPreviousYear();
    void showSelectedDate();
    void showToday();
public:
    void selectionChanged();
    void clicked(QDate date);
    void activated(QDate date);
    void currentPageChanged(int year, int month);
};

class QLCDNumber : public QFrame {
    Q_OBJECT
public:
    explicit QLCDNumber(QWidget *parent = nullptr);
    explicit QLCDNumber(uint numDigits, QWidget *parent = nullptr);
    ~QLCDNumber() noexcept;
    enum Mode {
        Hex = 0,
        Dec = 1,
        Oct = 2,
        Bin = 3
    };
    enum SegmentStyle {
        Outline = 0,
        Filled = 1,
        Flat = 2
    };
    bool smallDecimalPoint() const;
    int digitCount() const;
    void setDigitCount(int nDigits);
    bool checkOverflow(double num) const;
    bool checkOverflow(int num) const;
    Mode mode() const;
    void setMode(Mode);
    SegmentStyle segmentStyle() const;
    void setSegmentStyle(SegmentStyle);
    double value() const;
    int intValue() const;
    QSize sizeHint() const override;
public Q_SLOTS:
    void display(const QString &str);
    void display(int num);
    void display(double num);
    void setHexMode();
    void setDecMode();
    void setOctMode();
    void setBinMode();
    void setSmallDecimalPoint(bool);
public:
    void overflow();
protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
public:
};

class QDial : public QAbstractSlider {
    Q_OBJECT
public:
    explicit QDial(QWidget *parent = nullptr);
    ~QDial() noexcept;
    bool wrapping() const;
    int notchSize() const;
    void setNotchTarget(double target);
    qreal notchTarget() const;
    bool notchesVisible() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
public Q_SLOTS:
    void setNotchesVisible(bool visible);
    void setWrapping(bool on);
protected:
    bool event(QEvent *e) override;
    void resizeEvent(QResizeEvent *re) override;
    void paintEvent(QPaintEvent *pe) override;
    void mousePressEvent(QMouseEvent *me) override;
    void mouseReleaseEvent(QMouseEvent *me) override;
    void mouseMoveEvent(QMouseEvent *me) override;
    void sliderChange(SliderChange change) override;
    virtual void initStyleOption(QStyleOptionSlider *option) const;
};

class QSplashScreen : public QWidget {
    Q_OBJECT
public:
    explicit QSplashScreen(const QPixmap &pixmap = QPixmap(), Qt::WindowFlags f = Qt::WindowFlags());
    QSplashScreen(QScreen *screen, const QPixmap &pixmap = QPixmap(), Qt::WindowFlags f = Qt::WindowFlags());
    virtual ~QSplashScreen() noexcept;
    void setPixmap(const QPixmap &pixmap);
    const QPixmap pixmap() const;
    void finish(QWidget *w);
    void repaint();
    QString message() const;
public Q_SLOTS:
    void showMessage(const QString &message, int alignment = Qt::AlignLeft, const QColor &color = Qt::black);
    void clearMessage();
public:
    void messageChanged(const QString &message);
protected:
    bool event(QEvent *e) override;
    virtual void drawContents(QPainter *painter);
    void mousePressEvent(QMouseEvent *) override;
};

class QToolBox : public QFrame {
    Q_OBJECT
public:
    explicit QToolBox(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QToolBox() noexcept;
    int addItem(QWidget *widget, const QString &text);
    int addItem(QWidget *widget, const QIcon &icon, const QString &text);
    int insertItem(int index, QWidget *widget, const QString &text);
    int insertItem(int index, QWidget *widget, const QIcon &icon, const QString &text);
    void removeItem(int index);
    void setItemEnabled(int index, bool enabled);
    bool isItemEnabled(int index) const;
    void setItemText(int index, const QString &text);
    QString itemText(int index) const;
    void setItemIcon(int index, const QIcon &icon);
    QIcon itemIcon(int index) const;
    void setItemToolTip(int index, const QString &toolTip);
    QString itemToolTip(int index) const;
    int currentIndex() const;
    QWidget * currentWidget() const;
    QWidget * widget(int index) const;
    int indexOf(const QWidget *widget) const;
    int count() const;
public Q_SLOTS:
    void setCurrentIndex(int index);
    void setCurrentWidget(QWidget *widget);
public:
    void currentChanged(int index);
protected:
    bool event(QEvent *e) override;
    virtual void itemInserted(int index);
    virtual void itemRemoved(int index);
    void showEvent(QShowEvent *e) override;
    void changeEvent(QEvent *) override;
};

class QMdiArea : public QAbstractScrollArea {
    Q_OBJECT
public:
    enum AreaOption {
        DontMaximizeSubWindowOnActivation = 1
    };
    using AreaOptions = QFlags<AreaOption>;
    enum WindowOrder {
        CreationOrder = 0,
        StackingOrder = 1,
        ActivationHistoryOrder = 2
    };
    enum ViewMode {
        SubWindowView = 0,
        TabbedView = 1
    };
    QMdiArea(QWidget *parent = nullptr);
    ~QMdiArea() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QMdiSubWindow * currentSubWindow() const;
    QMdiSubWindow * activeSubWindow() const;
    QList<QMdiSubWindow *> subWindowList(WindowOrder order = CreationOrder) const;
    QMdiSubWindow * addSubWindow(QWidget *widget, Qt::WindowFlags flags = Qt::WindowFlags());
    void removeSubWindow(QWidget *widget);
    QBrush background() const;
    void setBackground(const QBrush &background);
    WindowOrder activationOrder() const;
    void setActivationOrder(WindowOrder order);
    void setOption(AreaOption option, bool on = true);
    bool testOption(AreaOption opton) const;
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const;
    bool documentMode() const;
    void setDocumentMode(bool enabled);
    void setTabsClosable(bool closable);
    bool tabsClosable() const;
    void setTabsMovable(bool movable);
    bool tabsMovable() const;
    void setTabShape(QTabWidget::TabShape shape);
    QTabWidget::TabShape tabShape() const;
    void setTabPosition(QTabWidget::TabPosition position);
    QTabWidget::TabPosition tabPosition() const;
    void subWindowActivated(QMdiSubWindow *);
public Q_SLOTS:
    void setActiveSubWindow(QMdiSubWindow *window);
    void tileSubWindows();
    void cascadeSubWindows();
    void closeActiveSubWindow();
    void closeAllSubWindows();
    void activateNextSubWindow();
    void activatePreviousSubWindow();
protected Q_SLOTS:
    void setupViewport(QWidget *viewport) override;
protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *object, QEvent *event) override;
    void paintEvent(QPaintEvent *paintEvent) override;
    void childEvent(QChildEvent *childEvent) override;
    void resizeEvent(QResizeEvent *resizeEvent) override;
    void timerEvent(QTimerEvent *timerEvent) override;
    void showEvent(QShowEvent *showEvent) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
};

class QMdiSubWindow : public QWidget {
    Q_OBJECT
public:
    enum SubWindowOption {
        AllowOutsideAreaHorizontally = 1,
        AllowOutsideAreaVertically = 2,
        RubberBandResize = 4,
        RubberBandMove = 8
    };
    using SubWindowOptions = QFlags<SubWindowOption>;
    QMdiSubWindow(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QMdiSubWindow() noexcept;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setWidget(QWidget *widget);
    QWidget * widget() const;
    QWidget * maximizedButtonsWidget() const;
    QWidget * maximizedSystemMenuIconWidget() const;
    bool isShaded() const;
    void setOption(SubWindowOption option, bool on = true);
    bool testOption(SubWindowOption) const;
    void setKeyboardSingleStep(int step);
    int keyboardSingleStep() const;
    void setKeyboardPageStep(int step);
    int keyboardPageStep() const;
    void setSystemMenu(QMenu *systemMenu);
    QMenu * systemMenu() const;
    QMdiArea * mdiArea() const;
    void windowStateChanged(Qt::WindowStates oldState, Qt::WindowStates newState);
    void aboutToActivate();
public Q_SLOTS:
    void showSystemMenu();
    void showShaded();
protected:
    bool eventFilter(QObject *object, QEvent *event) override;
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *showEvent) override;
    void hideEvent(QHideEvent *hideEvent) override;
    void changeEvent(QEvent *changeEvent) override;
    void closeEvent(QCloseEvent *closeEvent) override;
    void leaveEvent(QEvent *leaveEvent) override;
    void resizeEvent(QResizeEvent *resizeEvent) override;
    void timerEvent(QTimerEvent *timerEvent) override;
    void moveEvent(QMoveEvent *moveEvent) override;
    void paintEvent(QPaintEvent *paintEvent) override;
    void mousePressEvent(QMouseEvent *mouseEvent) override;
    void mouseDoubleClickEvent(QMouseEvent *mouseEvent) override;
    void mouseReleaseEvent(QMouseEvent *mouseEvent) override;
    void mouseMoveEvent(QMouseEvent *mouseEvent) override;
    void keyPressEvent(QKeyEvent *keyEvent) override;
    void contextMenuEvent(QContextMenuEvent *contextMenuEvent) override;
    void focusInEvent(QFocusEvent *focusInEvent) override;
    void focusOutEvent(QFocusEvent *focusOutEvent) override;
    void childEvent(QChildEvent *childEvent) override;
};

class QRubberBand : public QWidget {
    Q_OBJECT
public:
    enum Shape {
        Line = 0,
        Rectangle = 1
    };
    explicit QRubberBand(Shape, QWidget * = nullptr);
    ~QRubberBand() noexcept;
    Shape shape() const;
    void setGeometry(const QRect &r);
    void setGeometry(int x, int y, int w, int h);
    void move(int x, int y);
    void move(const QPoint &p);
    void resize(int w, int h);
    void resize(const QSize &s);
protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *) override;
    void changeEvent(QEvent *) override;
    void showEvent(QShowEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void moveEvent(QMoveEvent *) override;
};

class QSizeGrip : public QWidget {
    Q_OBJECT
public:
    explicit QSizeGrip(QWidget *parent);
    ~QSizeGrip() noexcept;
    QSize sizeHint() const override;
    void setVisible(bool) override;
protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *mouseEvent) override;
    void moveEvent(QMoveEvent *moveEvent) override;
    void showEvent(QShowEvent *showEvent) override;
    void hideEvent(QHideEvent *hideEvent) override;
    bool eventFilter(QObject *, QEvent *) override;
    bool event(QEvent *) override;
public:
};

class QKeySequenceEdit : public QWidget {
    Q_OBJECT
public:
    explicit QKeySequenceEdit(QWidget *parent = nullptr);
    explicit QKeySequenceEdit(const QKeySequence &keySequence, QWidget *parent = nullptr);
    ~QKeySequenceEdit() noexcept;
    QKeySequence keySequence() const;
    void setClearButtonEnabled(bool enable);
    bool isClearButtonEnabled() const;
public Q_SLOTS:
    void setKeySequence(const QKeySequence &keySequence);
    void clear();
public:
    void editingFinished();
    void keySequenceChanged(const QKeySequence &keySequence);
protected:
    bool event(QEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void keyReleaseEvent(QKeyEvent *) override;
    void timerEvent(QTimerEvent *) override;
    void focusOutEvent(QFocusEvent *) override;
};

class QFontComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit QFontComboBox(QWidget *parent = nullptr);
    ~QFontComboBox() noexcept;
    void setWritingSystem(QFontDatabase::WritingSystem);
    QFontDatabase::WritingSystem writingSystem() const;
    enum FontFilter {
        AllFonts = 0,
        ScalableFonts = 1,
        NonScalableFonts = 2,
        MonospacedFonts = 4,
        ProportionalFonts = 8
    };
    using FontFilters = QFlags<FontFilter>;
    void setFontFilters(FontFilters filters);
    FontFilters fontFilters() const;
    QFont currentFont() const;
    QSize sizeHint() const override;
    void setSampleTextForSystem(QFontDatabase::WritingSystem writingSystem, const QString &sampleText);
    QString sampleTextForSystem(QFontDatabase::WritingSystem writingSystem) const;
    void setSampleTextForFont(const QString &fontFamily, const QString &sampleText);
    QString sampleTextForFont(const QString &fontFamily) const;
    void setDisplayFont(const QString &fontFamily, const QFont &font);
public Q_SLOTS:
    void setCurrentFont(const QFont &f);
public:
    void currentFontChanged(const QFont &f);
protected:
    bool event(QEvent *e) override;
};

class QUndoView : public QListView {
    Q_OBJECT
public:
    explicit QUndoView(QWidget *parent = nullptr);
    explicit QUndoView(QUndoStack *stack, QWidget *parent = nullptr);
    ~QUndoView() noexcept;
    QUndoStack * stack() const;
    void setEmptyLabel(const QString &label);
    QString emptyLabel() const;
    void setCleanIcon(const QIcon &icon);
    QIcon cleanIcon() const;
public Q_SLOTS:
    void setStack(QUndoStack *stack);
};

class QColumnView : public QAbstractItemView {
    Q_OBJECT
public:
    void updatePreviewWidget(const QModelIndex &index);
    explicit QColumnView(QWidget *parent = nullptr);
    ~QColumnView() noexcept;
    QModelIndex indexAt(const QPoint &point) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QSize sizeHint() const override;
    QRect visualRect(const QModelIndex &index) const override;
    void setModel(QAbstractItemModel *model) override;
    void setSelectionModel(QItemSelectionModel *selectionModel) override;
    void setRootIndex(const QModelIndex &index) override;
    void selectAll() override;
    void setResizeGripsVisible(bool visible);
    bool resizeGripsVisible() const;
    QWidget * previewWidget() const;
    void setPreviewWidget(QWidget *widget);
    void setColumnWidths(const QList<int> &list);
    QList<int> columnWidths() const;
protected:
    bool isIndexHidden(const QModelIndex &index) const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void resizeEvent(QResizeEvent *event) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void scrollContentsBy(int dx, int dy) override;
    virtual QAbstractItemView * createColumn(const QModelIndex &rootIndex);
    void initializeColumn(QAbstractItemView *column) const;
};

class QFileSystemModel : public QAbstractItemModel {
    Q_OBJECT
public:
    void rootPathChanged(const QString &newPath);
    void fileRenamed(const QString &path, const QString &oldName, const QString &newName);
    void directoryLoaded(const QString &path);
    enum Roles {
        FileIconRole = 1,
        FilePathRole = 257,
        FileNameRole = 258,
        FilePermissions = 259
    };
    enum Option {
        DontWatchForChanges = 1,
        DontResolveSymlinks = 2,
        DontUseCustomDirectoryIcons = 4
    };
    using Options = QFlags<Option>;
    explicit QFileSystemModel(QObject *parent = nullptr);
    ~QFileSystemModel() noexcept;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(const QString &path, int column = 0) const;
    QModelIndex parent(const QModelIndex &child) const override;
    using QObject::parent;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant myComputer(int role = Qt::DisplayRole) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData * mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    QHash<int, QByteArray> roleNames() const override;
    QModelIndex setRootPath(const QString &path);
    QString rootPath() const;
    QDir rootDirectory() const;
    void setFilter(QDir::Filters filters);
    QDir::Filters filter() const;
    void setResolveSymlinks(bool enable);
    bool resolveSymlinks() const;
    void setReadOnly(bool enable);
    bool isReadOnly() const;
    void setNameFilterDisables(bool enable);
    bool nameFilterDisables() const;
    void setNameFilters(const QStringList &filters);
    QStringList nameFilters() const;
    void setOption(Option option, bool on = true);
    bool testOption(Option option) const;
    void setOptions(Options options);
    Options options() const;
    QString filePath(const QModelIndex &index) const;
    bool isDir(const QModelIndex &index) const;
    qint64 size(const QModelIndex &index) const;
    QString type(const QModelIndex &index) const;
    QDateTime lastModified(const QModelIndex &index) const;
    QModelIndex mkdir(const QModelIndex &parent, const QString &name);
    bool rmdir(const QModelIndex &index);
    QString fileName(const QModelIndex &index) const;
    QIcon fileIcon(const QModelIndex &index) const;
    QFile::Permissions permissions(const QModelIndex &index) const;
    QFileInfo fileInfo(const QModelIndex &index) const;
    bool remove(const QModelIndex &index);
protected:
    void timerEvent(QTimerEvent *event) override;
    bool event(QEvent *event) override;
};

class QTabBar : public QWidget {
    Q_OBJECT
public:
    explicit QTabBar(QWidget *parent = nullptr);
    ~QTabBar() noexcept;
    enum Shape {
        RoundedNorth = 0,
        RoundedSouth = 1,
        RoundedWest = 2,
        RoundedEast = 3,
        TriangularNorth = 4,
        TriangularSouth = 5,
        TriangularWest = 6,
        TriangularEast = 7
    };
    enum ButtonPosition {
        LeftSide = 0,
        RightSide = 1
    };
    enum SelectionBehavior {
        SelectLeftTab = 0,
        SelectRightTab = 1,
        SelectPreviousTab = 2
    };
    Shape shape() const;
    void setShape(Shape shape);
    int addTab(const QString &text);
    int addTab(const QIcon &icon, const QString &text);
    int insertTab(int index, const QString &text);
    int insertTab(int index, const QIcon &icon, const QString &text);
    void removeTab(int index);
    void moveTab(int from, int to);
    bool isTabEnabled(int index) const;
    void setTabEnabled(int index, bool enabled);
    bool isTabVisible(int index) const;
    void setTabVisible(int index, bool visible);
    QString tabText(int index) const;
    void setTabText(int index, const QString &text);
    QColor tabTextColor(int index) const;
    void setTabTextColor(int index, const QColor &color);
    QIcon tabIcon(int index) const;
    void setTabIcon(int index, const QIcon &icon);
    Qt::TextElideMode elideMode() const;
    void setElideMode(Qt::TextElideMode mode);
    void setTabToolTip(int index, const QString &tip);
    QString tabToolTip(int index) const;
    void setTabWhatsThis(int index, const QString &text);
    QString tabWhatsThis(int index) const;
    void setTabData(int index, const QVariant &data);
    QVariant tabData(int index) const;
    QRect tabRect(int index) const;
    int tabAt(const QPoint &pos) const;
    int currentIndex() const;
    int count() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    void setDrawBase(bool drawTheBase);
    bool drawBase() const;
    QSize iconSize() const;
    void setIconSize(const QSize &size);
    bool usesScrollButtons() const;
    void setUsesScrollButtons(bool useButtons);
    bool tabsClosable() const;
    void setTabsClosable(bool closable);
    void setTabButton(int index, ButtonPosition position, QWidget *widget);
    QWidget * tabButton(int index, ButtonPosition position) const;
    SelectionBehavior selectionBehaviorOnRemove() const;
    void setSelectionBehaviorOnRemove(SelectionBehavior behavior);
    bool expanding() const;
    void setExpanding(bool enabled);
    bool isMovable() const;
    void setMovable(bool movable);
    bool documentMode() const;
    void setDocumentMode(bool set);
    bool autoHide() const;
    void setAutoHide(bool hide);
    bool changeCurrentOnDrag() const;
    void setChangeCurrentOnDrag(bool change);
    QString accessibleTabName(int index) const;
    void setAccessibleTabName(int index, const QString &name);
public Q_SLOTS:
    void setCurrentIndex(int index);
public:
    void currentChanged(int index);
    void tabCloseRequested(int index);
    void tabMoved(int from, int to);
    void tabBarClicked(int index);
    void tabBarDoubleClicked(int index);
protected:
    virtual QSize tabSizeHint(int index) const;
    virtual QSize minimumTabSizeHint(int index) const;
    virtual void tabInserted(int index);
    virtual void tabRemoved(int index);
    virtual void tabLayoutChange();
    bool event(QEvent *) override;
    void resizeEvent(QResizeEvent *) override;
    void showEvent(QShowEvent *) override;
    void hideEvent(QHideEvent *) override;
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;
    void mouseReleaseEvent(QMouseEvent *) override;
    void mouseDoubleClickEvent(QMouseEvent *) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *) override;
    void changeEvent(QEvent *) override;
    void timerEvent(QTimerEvent *event) override;
    virtual void initStyleOption(QStyleOptionTab *option, int tabIndex) const;
};

class QWizard : public QDialog {
    Q_OBJECT
public:
    enum WizardButton {
        BackButton = 0,
        NextButton = 1,
        CommitButton = 2,
        FinishButton = 3,
        CancelButton = 4,
        HelpButton = 5,
        CustomButton1 = 6,
        CustomButton2 = 7,
        CustomButton3 = 8,
        Stretch = 9,
        NoButton = -1,
        NStandardButtons = 6,
        NButtons = 9
    };
    enum WizardPixmap {
        WatermarkPixmap = 0,
        LogoPixmap = 1,
        BannerPixmap = 2,
        BackgroundPixmap = 3,
        NPixmaps = 4
    };
    enum WizardStyle {
        ClassicStyle = 0,
        ModernStyle = 1,
        MacStyle = 2,
        AeroStyle = 3,
        NStyles = 4
    };
    enum WizardOption {
        IndependentPages = 1,
        IgnoreSubTitles = 2,
        ExtendedWatermarkPixmap = 4,
        NoDefaultButton = 8,
        NoBackButtonOnStartPage = 16,
        NoBackButtonOnLastPage = 32,
        DisabledBackButtonOnLastPage = 64,
        HaveNextButtonOnLastPage = 128,
        HaveFinishButtonOnEarlyPages = 256,
        NoCancelButton = 512,
        CancelButtonOnLeft = 1024,
        HaveHelpButton = 2048,
        HelpButtonOnRight = 4096,
        HaveCustomButton1 = 8192,
        HaveCustomButton2 = 16384,
        HaveCustomButton3 = 32768,
        NoCancelButtonOnLastPage = 65536
    };
    using WizardOptions = QFlags<WizardOption>;
    explicit QWizard(QWidget *parent = nullptr, Qt::WindowFlags flags = Qt::WindowFlags());
    ~QWizard() noexcept;
    int addPage(QWizardPage *page);
    void setPage(int id, QWizardPage *page);
    void removePage(int id);
    QWizardPage * page(int id) const;
    bool hasVisitedPage(int id) const;
    QList<int> visitedIds() const;
    QList<int> pageIds() const;
    void setStartId(int id);
    int startId() const;
    QWizardPage * currentPage() const;
    int currentId() const;
    virtual bool validateCurrentPage();
    virtual int nextId() const;
    void setField(const QString &name, const QVariant &value);
    QVariant field(const QString &name) const;
    void setWizardStyle(WizardStyle style);
    WizardStyle wizardStyle() const;
    void setOption(WizardOption option, bool on = true);
    bool testOption(WizardOption option) const;
    void setOptions(WizardOptions options);
    WizardOptions options() const;
    void setButtonText(WizardButton which, const QString &text);
    QString buttonText(WizardButton which) const;
    void setButtonLayout(const QList<WizardButton> &layout);
    void setButton(WizardButton which, QAbstractButton *button);
    QAbstractButton * button(WizardButton which) const;
    void setTitleFormat(Qt::TextFormat format);
    Qt::TextFormat titleFormat() const;
    void setSubTitleFormat(Qt::TextFormat format);
    Qt::TextFormat subTitleFormat() const;
    void setPixmap(WizardPixmap which, const QPixmap &pixmap);
    QPixmap pixmap(WizardPixmap which) const;
    void setSideWidget(QWidget *widget);
    QWidget * sideWidget() const;
    void setDefaultProperty(const char *className, const char *property, const char *changedSignal);
    void setVisible(bool visible) override;
    QSize sizeHint() const override;
    void currentIdChanged(int id);
    void helpRequested();
    void customButtonClicked(int which);
    void pageAdded(int id);
    void pageRemoved(int id);
public Q_SLOTS:
    void back();
    void next();
    void setCurrentId(int id);
    void restart();
protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void done(int result) override;
    virtual void initializePage(int id);
    virtual void cleanupPage(int id);
};

class QWizardPage : public QWidget {
    Q_OBJECT
public:
    explicit QWizardPage(QWidget *parent = nullptr);
    ~QWizardPage() noexcept;
    void setTitle(const QString &title);
    QString title() const;
    void setSubTitle(const QString &subTitle);
    QString subTitle() const;
    void setPixmap(QWizard::WizardPixmap which, const QPixmap &pixmap);
    QPixmap pixmap(QWizard::WizardPixmap which) const;
    void setFinalPage(bool finalPage);
    bool isFinalPage() const;
    void setCommitPage(bool commitPage);
    bool isCommitPage() const;
    void setButtonText(QWizard::WizardButton which, const QString &text);
    QString buttonText(QWizard::WizardButton which) const;
    virtual void initializePage();
    virtual void cleanupPage();
    virtual bool validatePage();
    virtual bool isComplete() const;
    virtual int nextId() const;
    void completeChanged();
protected:
    void setField(const QString &name, const QVariant &value);
    QVariant field(const QString &name) const;
    void registerField(const QString &name, QWidget *widget, const char *property = nullptr, const char *changedSignal = nullptr);
    QWizard * wizard() const;
};

class QErrorMessage : public QDialog {
    Q_OBJECT
public:
    explicit QErrorMessage(QWidget *parent = nullptr);
    ~QErrorMessage() noexcept;
    static QErrorMessage * qtHandler();
public Q_SLOTS:
    void showMessage(const QString &message);
    void showMessage(const QString &message, const QString &type);
protected:
    void done(int) override;
    void changeEvent(QEvent *e) override;
};

class QStyleOptionFrame : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 5
    };
    enum StyleOptionVersion {
        Version = 1
    };
    int lineWidth;
    int midLineWidth;
    enum FrameFeature {
        None = 0,
        Flat = 1,
        Rounded = 2
    };
    using FrameFeatures = QFlags<FrameFeature>;
    FrameFeatures features;
    QFrame::Shape frameShape;
    QStyleOptionFrame();
    QStyleOptionFrame(const QStyleOptionFrame &other);
    QStyleOptionFrame & operator=(const QStyleOptionFrame &) = default;
protected:
    QStyleOptionFrame(int version);
};

class QStyleOptionGroupBox : public QStyleOptionComplex {
public:
    enum StyleOptionType {
        Type = SO_GroupBox
    };
    enum StyleOptionVersion {
        Version = 1
    };
    QStyleOptionFrame::FrameFeatures features;
    QString text;
    Qt::Alignment textAlignment;
    QColor textColor;
    int lineWidth;
    int midLineWidth;
    QStyleOptionGroupBox();
    QStyleOptionGroupBox(const QStyleOptionGroupBox &other);
    QStyleOptionGroupBox & operator=(const QStyleOptionGroupBox &) = default;
};

class QStyleOptionTab : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 3
    };
    enum StyleOptionVersion {
        Version = 1
    };
    enum TabPosition {
        Beginning = 0,
        Middle = 1,
        End = 2,
        OnlyOneTab = 3
    };
    enum SelectedPosition {
        NotAdjacent = 0,
        NextIsSelected = 1,
        PreviousIsSelected = 2
    };
    enum CornerWidget {
        NoCornerWidgets = 0,
        LeftCornerWidget = 1,
        RightCornerWidget = 2
    };
    enum TabFeature {
        None = 0,
        HasFrame = 1
    };
    using CornerWidgets = QFlags<CornerWidget>;
    using TabFeatures = QFlags<TabFeature>;
    QTabBar::Shape shape;
    QString text;
    QIcon icon;
    int row;
    TabPosition position;
    SelectedPosition selectedPosition;
    CornerWidgets cornerWidgets;
    QSize iconSize;
    bool documentMode;
    QSize leftButtonSize;
    QSize rightButtonSize;
    TabFeatures features;
    int tabIndex;
    QStyleOptionTab();
    QStyleOptionTab(const QStyleOptionTab &other);
    QStyleOptionTab & operator=(const QStyleOptionTab &) = default;
protected:
    QStyleOptionTab(int version);
};

class QStyleOptionSlider : public QStyleOptionComplex {
public:
    enum StyleOptionType {
        Type = 983041
    };
    enum StyleOptionVersion {
        Version = 1
    };
    Qt::Orientation orientation;
    int minimum;
    int maximum;
    QSlider::TickPosition tickPosition;
    int tickInterval;
    bool upsideDown;
    int sliderPosition;
    int sliderValue;
    int singleStep;
    int pageStep;
    qreal notchTarget;
    bool dialWrapping;
    Qt::KeyboardModifiers keyboardModifiers;
    QStyleOptionSlider();
    QStyleOptionSlider(const QStyleOptionSlider &other);
    QStyleOptionSlider & operator=(const QStyleOptionSlider &) = default;
protected:
    QStyleOptionSlider(int version);
};

class QStyleOptionToolButton : public QStyleOptionComplex {
public:
    enum StyleOptionType {
        Type = 983043
    };
    enum StyleOptionVersion {
        Version = 1
    };
    enum ToolButtonFeature {
        None = 0,
        Arrow = 1,
        Menu = 4,
        MenuButtonPopup = 4,
        PopupDelay = 8,
        HasMenu = 16
    };
    using ToolButtonFeatures = QFlags<ToolButtonFeature>;
    ToolButtonFeatures features;
    QIcon icon;
    QSize iconSize;
    QString text;
    Qt::ArrowType arrowType;
    Qt::ToolButtonStyle toolButtonStyle;
    QPoint pos;
    QFont font;
    QStyleOptionToolButton();
    QStyleOptionToolButton(const QStyleOptionToolButton &other);
    QStyleOptionToolButton & operator=(const QStyleOptionToolButton &) = default;
protected:
    QStyleOptionToolButton(int version);
};

class QStyleOptionComboBox : public QStyleOptionComplex {
public:
    enum StyleOptionType {
        Type = 983044
    };
    enum StyleOptionVersion {
        Version = 1
    };
    bool editable;
    QRect popupRect;
    bool frame;
    QString currentText;
    QIcon currentIcon;
    QSize iconSize;
    Qt::Alignment textAlignment;
    QStyleOptionComboBox();
    QStyleOptionComboBox(const QStyleOptionComboBox &other);
    QStyleOptionComboBox & operator=(const QStyleOptionComboBox &) = default;
protected:
    QStyleOptionComboBox(int version);
};

class QStyleOptionHeader : public QStyleOption {
public:
    enum StyleOptionType {
        Type = 8
    };
    enum StyleOptionVersion {
        Version = 1
    };
    enum SectionPosition {
        Beginning = 0,
        Middle = 1,
        End = 2,
        OnlyOneSection = 3
    };
    enum SelectedPosition {
        NotAdjacent = 0,
        NextIsSelected = 1,
        PreviousIsSelected = 2,
        NextAndPreviousAreSelected = 3
    };
    enum SortIndicator {
        None = 0,
        SortUp = 1,
        SortDown = 2
    };
    int section;
    QString text;
    Qt::Alignment textAlignment;
    QIcon icon;
    Qt::Alignment iconAlignment;
    SectionPosition position;
    SelectedPosition selectedPosition;
    SortIndicator sortIndicator;
    Qt::Orientation orientation;
    QStyleOptionHeader();
    QStyleOptionHeader(const QStyleOptionHeader &other);
    QStyleOptionHeader & operator=(const QStyleOptionHeader &) = default;
protected:
    QStyleOptionHeader(int version);
};

class QStylePainter : public QPainter {
public:
    QStylePainter();
    explicit QStylePainter(QWidget *w);
    QStylePainter(QPaintDevice *pd, QWidget *w);
    bool begin(QWidget *w);
    bool begin(QPaintDevice *pd, QWidget *w);
    void drawPrimitive(QStyle::PrimitiveElement pe, const QStyleOption &opt);
    void drawControl(QStyle::ControlElement ce, const QStyleOption &opt);
    void drawComplexControl(QStyle::ComplexControl cc, const QStyleOptionComplex &opt);
    void drawItemText(const QRect &r, int flags, const QPalette &pal, bool enabled, const QString &text, QPalette::ColorRole textRole = QPalette::NoRole);
    void drawItemPixmap(const QRect &r, int flags, const QPixmap &pixmap);
    QStyle * style() const;
};

class QToolTip {
public:
    static void showText(const QPoint &pos, const QString &text, QWidget *w = nullptr, const QRect &rect = { }, int msecShowTime = -1);
    static void hideText();
    static bool isVisible();
    static QString text();
    static QPalette palette();
    static void setPalette(const QPalette &);
    static QFont font();
    static void setFont(const QFont &);
};

class QWhatsThis {
public:
    static void enterWhatsThisMode();
    static bool inWhatsThisMode();
    static void leaveWhatsThisMode();
    static void showText(const QPoint &pos, const QString &text, QWidget *w = nullptr);
    static void hideText();
    static QAction * createAction(QObject *parent = nullptr);
};

class QGesture : public QObject {
    Q_OBJECT
public:
    explicit QGesture(QObject *parent = nullptr);
    ~QGesture() noexcept;
    Qt::GestureType gestureType() const;
    Qt::GestureState state() const;
    QPointF hotSpot() const;
    void setHotSpot(const QPointF &value);
    bool hasHotSpot() const;
    void unsetHotSpot();
    enum GestureCancelPolicy {
        CancelNone = 0,
        CancelAllInContext = 1
    };
    void setGestureCancelPolicy(GestureCancelPolicy policy);
    GestureCancelPolicy gestureCancelPolicy() const;
protected:
    friend QDebug operator<<(QDebug, const QGesture *);
};

class QGestureEvent : public QEvent {
public:
    explicit QGestureEvent(const QList<QGesture *> &gestures);
    ~QGestureEvent() noexcept;
    QList<QGesture *> gestures() const;
    QGesture * gesture(Qt::GestureType type) const;
    QList<QGesture *> activeGestures() const;
    QList<QGesture *> canceledGestures() const;
    using QEvent::setAccepted;
    using QEvent::isAccepted;
    using QEvent::accept;
    using QEvent::ignore;
    void setAccepted(QGesture *, bool);
    void accept(QGesture *);
    void ignore(QGesture *);
    bool isAccepted(QGesture *) const;
    void setAccepted(Qt::GestureType, bool);
    void accept(Qt::GestureType);
    void ignore(Qt::GestureType);
    bool isAccepted(Qt::GestureType) const;
    void setWidget(QWidget *widget);
    QWidget * widget() const;
    QPointF mapToGraphicsScene(const QPointF &gesturePoint) const;
    friend QDebug operator<<(QDebug, const QGestureEvent *);
};

class QPinchGesture : public QGesture {
    Q_OBJECT
public:
    enum ChangeFlag {
        ScaleFactorChanged = 1,
        RotationAngleChanged = 2,
        CenterPointChanged = 4
    };
    using ChangeFlags = QFlags<ChangeFlag>;
    explicit QPinchGesture(QObject *parent = nullptr);
    ~QPinchGesture() noexcept;
    ChangeFlags totalChangeFlags() const;
    void setTotalChangeFlags(ChangeFlags value);
    ChangeFlags changeFlags() const;
    void setChangeFlags(ChangeFlags value);
    QPointF startCenterPoint() const;
    QPointF lastCenterPoint() const;
    QPointF centerPoint() const;
    void setStartCenterPoint(const QPointF &value);
    void setLastCenterPoint(const QPointF &value);
    void setCenterPoint(const QPointF &value);
    qreal totalScaleFactor() const;
    qreal lastScaleFactor() const;
    qreal scaleFactor() const;
    void setTotalScaleFactor(qreal value);
    void setLastScaleFactor(qreal value);
    void setScaleFactor(qreal value);
    qreal totalRotationAngle() const;
    qreal lastRotationAngle() const;
    qreal rotationAngle() const;
    void setTotalRotationAngle(qreal value);
    void setLastRotationAngle(qreal value);
    void setRotationAngle(qreal value);
};

class QSwipeGesture : public QGesture {
    Q_OBJECT
public:
    enum SwipeDirection {
        NoDirection = 0,
        Left = 1,
        Right = 2,
        Up = 3,
        Down = 4
    };
    explicit QSwipeGesture(QObject *parent = nullptr);
    ~QSwipeGesture() noexcept;
    SwipeDirection horizontalDirection() const;
    SwipeDirection verticalDirection() const;
    qreal swipeAngle() const;
    void setSwipeAngle(qreal value);
};

class QPanGesture : public QGesture {
    Q_OBJECT
public:
    explicit QPanGesture(QObject *parent = nullptr);
    ~QPanGesture() noexcept;
    QPointF lastOffset() const;
    QPointF offset() const;
    QPointF delta() const;
    qreal acceleration() const;
    void setLastOffset(const QPointF &value);
    void setOffset(const QPointF &value);
    void setAcceleration(qreal value);
};

class QTapGesture : public QGesture {
    Q_OBJECT
public:
    explicit QTapGesture(QObject *parent = nullptr);
    ~QTapGesture() noexcept;
    QPointF position() const;
    void setPosition(const QPointF &pos);
};

class QTapAndHoldGesture : public QGesture {
    Q_OBJECT
public:
    explicit QTapAndHoldGesture(QObject *parent = nullptr);
    ~QTapAndHoldGesture() noexcept;
    QPointF position() const;
    void setPosition(const QPointF &pos);
    static void setTimeout(int msecs);
    static int timeout();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QSizePolicy::ControlTypes)
Q_DECLARE_OPERATORS_FOR_FLAGS(QWidget::RenderFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QMainWindow::DockOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QMessageBox::StandardButtons)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDialogButtonBox::StandardButtons)
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractSpinBox::StepEnabled)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextEdit::AutoFormatting)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileDialog::Options)
Q_DECLARE_OPERATORS_FOR_FLAGS(QInputDialog::InputDialogOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractItemModel::CheckIndexOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QItemSelectionModel::SelectionFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QAbstractItemView::EditTriggers)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyle::State)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyle::SubControls)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionViewItem::ViewItemFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionButton::ButtonFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QGraphicsItem::GraphicsItemFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QGraphicsScene::SceneLayers)
Q_DECLARE_OPERATORS_FOR_FLAGS(QGraphicsView::CacheMode)
Q_DECLARE_OPERATORS_FOR_FLAGS(QGraphicsView::OptimizationFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QGraphicsEffect::ChangeFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QColorDialog::ColorDialogOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFontDialog::FontDialogOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDockWidget::DockWidgetFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QDateTimeEdit::Sections)
Q_DECLARE_OPERATORS_FOR_FLAGS(QMdiArea::AreaOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QMdiSubWindow::SubWindowOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFontComboBox::FontFilters)
Q_DECLARE_OPERATORS_FOR_FLAGS(QFileSystemModel::Options)
Q_DECLARE_OPERATORS_FOR_FLAGS(QWizard::WizardOptions)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionFrame::FrameFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionTab::CornerWidgets)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionTab::TabFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QStyleOptionToolButton::ToolButtonFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QPinchGesture::ChangeFlags)
