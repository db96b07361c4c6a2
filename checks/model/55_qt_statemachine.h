// qtreview model, part 7b: the state machine framework (QtCore and QtWidgets in Qt 5, the
// QtStateMachine module in Qt 6, same API). Written by hand from the public API documentation;
// only what real code calls.

class QState;
class QStateMachine;
class QAbstractTransition;
class QSignalTransition;

class QAbstractState : public QObject {
    Q_OBJECT
public:
    ~QAbstractState() noexcept;
    QState * parentState() const;
    QStateMachine * machine() const;
    bool active() const;
Q_SIGNALS:
    void entered();
    void exited();
    void activeChanged(bool active);
protected:
    QAbstractState(QState *parent = nullptr);
    virtual void onEntry(QEvent *event) = 0;
    virtual void onExit(QEvent *event) = 0;
    bool event(QEvent *e) override;
};

class QAbstractTransition : public QObject {
    Q_OBJECT
public:
    enum TransitionType {
        ExternalTransition = 0,
        InternalTransition = 1
    };
    QAbstractTransition(QState *sourceState = nullptr);
    ~QAbstractTransition() noexcept;
    QState * sourceState() const;
    QAbstractState * targetState() const;
    void setTargetState(QAbstractState *target);
    QList<QAbstractState *> targetStates() const;
    void setTargetStates(const QList<QAbstractState *> &targets);
    TransitionType transitionType() const;
    void setTransitionType(TransitionType type);
    QStateMachine * machine() const;
    void addAnimation(QAbstractAnimation *animation);
    void removeAnimation(QAbstractAnimation *animation);
    QList<QAbstractAnimation *> animations() const;
Q_SIGNALS:
    void triggered();
    void targetStateChanged();
    void targetStatesChanged();
protected:
    virtual bool eventTest(QEvent *event) = 0;
    virtual void onTransition(QEvent *event) = 0;
    bool event(QEvent *e) override;
};

class QState : public QAbstractState {
    Q_OBJECT
public:
    enum ChildMode {
        ExclusiveStates = 0,
        ParallelStates = 1
    };
    enum RestorePolicy {
        DontRestoreProperties = 0,
        RestoreProperties = 1
    };
    QState(QState *parent = nullptr);
    QState(ChildMode childMode, QState *parent = nullptr);
    ~QState() noexcept;
    QAbstractState * errorState() const;
    void setErrorState(QAbstractState *state);
    void addTransition(QAbstractTransition *transition);
    QSignalTransition * addTransition(const QObject *sender, const char *signal, QAbstractState *target);
    template <typename Func>
    QSignalTransition * addTransition(const typename QtPrivate::FunctionPointer<Func>::Object *obj, Func signal, QAbstractState *target);
    QAbstractTransition * addTransition(QAbstractState *target);
    void removeTransition(QAbstractTransition *transition);
    QList<QAbstractTransition *> transitions() const;
    QAbstractState * initialState() const;
    void setInitialState(QAbstractState *state);
    ChildMode childMode() const;
    void setChildMode(ChildMode mode);
    void assignProperty(QObject *object, const char *name, const QVariant &value);
Q_SIGNALS:
    void finished();
    void propertiesAssigned();
    void childModeChanged();
    void initialStateChanged();
    void errorStateChanged();
protected:
    void onEntry(QEvent *event) override;
    void onExit(QEvent *event) override;
    bool event(QEvent *e) override;
};

class QFinalState : public QAbstractState {
    Q_OBJECT
public:
    QFinalState(QState *parent = nullptr);
    ~QFinalState() noexcept;
protected:
    void onEntry(QEvent *event) override;
    void onExit(QEvent *event) override;
    bool event(QEvent *e) override;
};

class QHistoryState : public QAbstractState {
    Q_OBJECT
public:
    enum HistoryType {
        ShallowHistory = 0,
        DeepHistory = 1
    };
    QHistoryState(QState *parent = nullptr);
    QHistoryState(HistoryType type, QState *parent = nullptr);
    ~QHistoryState() noexcept;
    QAbstractTransition * defaultTransition() const;
    void setDefaultTransition(QAbstractTransition *transition);
    QAbstractState * defaultState() const;
    void setDefaultState(QAbstractState *state);
    HistoryType historyType() const;
    void setHistoryType(HistoryType type);
protected:
    void onEntry(QEvent *event) override;
    void onExit(QEvent *event) override;
    bool event(QEvent *e) override;
};

class QStateMachine : public QState {
    Q_OBJECT
public:
    class SignalEvent : public QEvent {
    public:
        SignalEvent(QObject *sender, int signalIndex, const QList<QVariant> &arguments);
        ~SignalEvent();
        QObject * sender() const;
        int signalIndex() const;
        QList<QVariant> arguments() const;
    };
    class WrappedEvent : public QEvent {
    public:
        WrappedEvent(QObject *object, QEvent *event);
        ~WrappedEvent();
        QObject * object() const;
        QEvent * event() const;
    };
    enum EventPriority {
        NormalPriority = 0,
        HighPriority = 1
    };
    enum Error {
        NoError = 0,
        NoInitialStateError = 1,
        NoDefaultStateInHistoryStateError = 2,
        NoCommonAncestorForTransitionError = 3,
        StateMachineChildModeSetToParallelError = 4
    };
    explicit QStateMachine(QObject *parent = nullptr);
    explicit QStateMachine(QState::ChildMode childMode, QObject *parent = nullptr);
    ~QStateMachine() noexcept;
    void addState(QAbstractState *state);
    void removeState(QAbstractState *state);
    Error error() const;
    QString errorString() const;
    void clearError();
    bool isRunning() const;
    bool isAnimated() const;
    void setAnimated(bool enabled);
    void addDefaultAnimation(QAbstractAnimation *animation);
    QList<QAbstractAnimation *> defaultAnimations() const;
    void removeDefaultAnimation(QAbstractAnimation *animation);
    QState::RestorePolicy globalRestorePolicy() const;
    void setGlobalRestorePolicy(QState::RestorePolicy restorePolicy);
    void postEvent(QEvent *event, EventPriority priority = NormalPriority);
    int postDelayedEvent(QEvent *event, int delay);
    bool cancelDelayedEvent(int id);
    QSet<QAbstractState *> configuration() const;
    bool eventFilter(QObject *watched, QEvent *event) override;
public Q_SLOTS:
    void start();
    void stop();
    void setRunning(bool running);
Q_SIGNALS:
    void started();
    void stopped();
    void runningChanged(bool running);
protected:
    void onEntry(QEvent *event) override;
    void onExit(QEvent *event) override;
    virtual void beginSelectTransitions(QEvent *event);
    virtual void endSelectTransitions(QEvent *event);
    virtual void beginMicrostep(QEvent *event);
    virtual void endMicrostep(QEvent *event);
    bool event(QEvent *e) override;
};

class QSignalTransition : public QAbstractTransition {
    Q_OBJECT
public:
    QSignalTransition(QState *sourceState = nullptr);
    QSignalTransition(const QObject *sender, const char *signal, QState *sourceState = nullptr);
    template <typename Func>
    QSignalTransition(const typename QtPrivate::FunctionPointer<Func>::Object *obj, Func sig, QState *srcState = nullptr);
    ~QSignalTransition() noexcept;
    QObject * senderObject() const;
    void setSenderObject(const QObject *sender);
    QByteArray signal() const;
    void setSignal(const QByteArray &signal);
Q_SIGNALS:
    void senderObjectChanged();
    void signalChanged();
protected:
    bool eventTest(QEvent *event) override;
    void onTransition(QEvent *event) override;
    bool event(QEvent *e) override;
};

class QEventTransition : public QAbstractTransition {
    Q_OBJECT
public:
    QEventTransition(QState *sourceState = nullptr);
    QEventTransition(QObject *object, QEvent::Type type, QState *sourceState = nullptr);
    ~QEventTransition() noexcept;
    QObject * eventSource() const;
    void setEventSource(QObject *object);
    QEvent::Type eventType() const;
    void setEventType(QEvent::Type type);
protected:
    bool eventTest(QEvent *event) override;
    void onTransition(QEvent *event) override;
    bool event(QEvent *e) override;
};

class QKeyEventTransition : public QEventTransition {
    Q_OBJECT
public:
    QKeyEventTransition(QState *sourceState = nullptr);
    QKeyEventTransition(QObject *object, QEvent::Type type, int key, QState *sourceState = nullptr);
    ~QKeyEventTransition() noexcept;
    int key() const;
    void setKey(int key);
    Qt::KeyboardModifiers modifierMask() const;
    void setModifierMask(Qt::KeyboardModifiers modifiers);
protected:
    void onTransition(QEvent *event) override;
    bool eventTest(QEvent *event) override;
};

class QMouseEventTransition : public QEventTransition {
    Q_OBJECT
public:
    QMouseEventTransition(QState *sourceState = nullptr);
    QMouseEventTransition(QObject *object, QEvent::Type type, Qt::MouseButton button, QState *sourceState = nullptr);
    ~QMouseEventTransition() noexcept;
    Qt::MouseButton button() const;
    void setButton(Qt::MouseButton button);
    Qt::KeyboardModifiers modifierMask() const;
    void setModifierMask(Qt::KeyboardModifiers modifiers);
    QPainterPath hitTestPath() const;
    void setHitTestPath(const QPainterPath &path);
protected:
    void onTransition(QEvent *event) override;
    bool eventTest(QEvent *event) override;
};
