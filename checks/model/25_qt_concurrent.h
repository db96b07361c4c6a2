// qtreview model, part 3b: QFuture and QFutureWatcher (QtCore) and the QtConcurrent functions
// Qt code calls (run, map, mapped, mappedReduced, filtered and their blocking forms). Written
// from the documented API, Qt 5 spellings beside Qt 6 ones where they differ; result types are
// worked out from the functor as Qt does, so `QFuture<QImage> f = QtConcurrent::mapped(...)`
// type-checks, without Qt's machinery of stored calls and thread engines.

template <typename T> class QFuture {
public:
    QFuture();
    bool isStarted() const;
    bool isRunning() const;
    bool isFinished() const;
    bool isCanceled() const;
    bool isValid() const;
    bool isSuspended() const;
    bool isPaused() const; // Qt 5 spelling, deprecated in Qt 6
    void cancel();
    void suspend();
    void resume();
    void setSuspended(bool suspend);
    void toggleSuspended();
    void pause(); // Qt 5 spelling
    void setPaused(bool paused);
    void togglePaused();
    void waitForFinished();
    int progressValue() const;
    int progressMinimum() const;
    int progressMaximum() const;
    QString progressText() const;
    int resultCount() const;
    bool isResultReadyAt(int resultIndex) const;
    template <typename U = T> U result() const;
    template <typename U = T> U resultAt(int index) const;
    template <typename U = T> U takeResult();
    template <typename U = T> QList<U> results() const;
    operator T() const; // Qt 5 only: a QFuture<T> read as its result
};

class QFutureWatcherBase : public QObject {
    Q_OBJECT
public:
    int progressValue() const;
    int progressMinimum() const;
    int progressMaximum() const;
    QString progressText() const;
    bool isStarted() const;
    bool isFinished() const;
    bool isRunning() const;
    bool isCanceled() const;
    bool isSuspending() const;
    bool isSuspended() const;
    bool isPaused() const; // Qt 5 spelling
    void waitForFinished();
    void setPendingResultsLimit(int limit);
Q_SIGNALS:
    void started();
    void finished();
    void canceled();
    void suspending();
    void suspended();
    void paused(); // Qt 5 spelling
    void resumed();
    void resultReadyAt(int resultIndex);
    void resultsReadyAt(int beginIndex, int endIndex);
    void progressRangeChanged(int minimum, int maximum);
    void progressValueChanged(int progressValue);
    void progressTextChanged(const QString &progressText);
public Q_SLOTS:
    void cancel();
    void setSuspended(bool suspend);
    void suspend();
    void resume();
    void toggleSuspended();
    void setPaused(bool paused); // Qt 5 spellings
    void pause();
    void togglePaused();

protected:
    explicit QFutureWatcherBase(QObject *parent = nullptr);
};

template <typename T> class QFutureWatcher : public QFutureWatcherBase {
public:
    explicit QFutureWatcher(QObject *parent = nullptr);
    ~QFutureWatcher();
    void setFuture(const QFuture<T> &future);
    QFuture<T> future() const;
    template <typename U = T> U result() const;
    template <typename U = T> U resultAt(int index) const;
};

namespace QtConcurrent {
enum ReduceOption { UnorderedReduce = 0x1, OrderedReduce = 0x2, SequentialReduce = 0x4 };
Q_DECLARE_FLAGS(ReduceOptions, ReduceOption)

// What a map functor returns for an element of a sequence, and what a reduce function
// accumulates into (its first parameter).
template <typename Sequence, typename Functor> struct MapResult {
    typedef typename std::decay<decltype(std::declval<Functor>()(*std::declval<const Sequence &>().begin()))>::type type;
};
template <typename Functor> struct ReduceResult;
template <typename R, typename U, typename V> struct ReduceResult<R (*)(U &, V)> {
    typedef U type;
};
template <typename R, typename C, typename U, typename V> struct ReduceResult<R (C::*)(U &, V)> {
    typedef U type;
};

template <typename Function, typename... Args>
auto run(Function &&function, Args &&...args) -> QFuture<typename std::decay<decltype(function(args...))>::type>;
template <typename Function, typename... Args>
auto run(QThreadPool *pool, Function &&function, Args &&...args) -> QFuture<typename std::decay<decltype(function(args...))>::type>;
template <typename T, typename Class> QFuture<T> run(Class *object, T (Class::*function)()); // Qt 5 only
template <typename T, typename Class> QFuture<T> run(const Class *object, T (Class::*function)() const); // Qt 5 only
template <typename T, typename Class> QFuture<T> run(T (Class::*function)(), Class *object);
template <typename T, typename Class> QFuture<T> run(T (Class::*function)() const, const Class *object);

template <typename Sequence, typename MapFunctor> QFuture<void> map(Sequence &&sequence, MapFunctor &&function);
template <typename Sequence, typename MapFunctor>
QFuture<typename MapResult<Sequence, MapFunctor>::type> mapped(const Sequence &sequence, MapFunctor function);
template <typename Sequence, typename MapFunctor, typename ReduceFunctor>
QFuture<typename ReduceResult<ReduceFunctor>::type> mappedReduced(const Sequence &sequence, MapFunctor map, ReduceFunctor reduce,
                                                                   ReduceOptions options = ReduceOptions(UnorderedReduce | SequentialReduce));
template <typename Sequence, typename MapFunctor> void blockingMap(Sequence &&sequence, MapFunctor &&function);
template <typename Sequence, typename MapFunctor>
QList<typename MapResult<Sequence, MapFunctor>::type> blockingMapped(const Sequence &sequence, MapFunctor function);
template <typename Sequence, typename MapFunctor, typename ReduceFunctor>
typename ReduceResult<ReduceFunctor>::type blockingMappedReduced(const Sequence &sequence, MapFunctor map, ReduceFunctor reduce,
                                                                 ReduceOptions options = ReduceOptions(UnorderedReduce | SequentialReduce));
template <typename Sequence, typename KeepFunctor> QFuture<void> filter(Sequence &sequence, KeepFunctor &&keep);
template <typename Sequence, typename KeepFunctor>
QFuture<typename std::decay<decltype(*std::declval<const Sequence &>().begin())>::type> filtered(const Sequence &sequence, KeepFunctor keep);
template <typename Sequence, typename KeepFunctor> void blockingFilter(Sequence &sequence, KeepFunctor &&keep);
template <typename Sequence, typename KeepFunctor> Sequence blockingFiltered(const Sequence &sequence, KeepFunctor keep);
} // namespace QtConcurrent
Q_DECLARE_OPERATORS_FOR_FLAGS(QtConcurrent::ReduceOptions)
