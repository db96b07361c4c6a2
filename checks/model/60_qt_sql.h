// qtreview model, part 6: QtSql, as Qt's SQL examples and database-backed tools use it:
// connections, queries, records and fields, errors, the SQL item models and the relational
// delegate (a QStyledItemDelegate, hence after QtWidgets). Written from the documented Qt 6 API,
// Qt 5 spellings beside where they differ (QSqlField by QVariant::Type); no bodies.

class QSqlDriver;
class QSqlQuery;
class QSqlRecord;
class QSqlTableModel;

namespace QSql {
enum Location { BeforeFirstRow = -1, AfterLastRow = -2 };
enum ParamTypeFlag { In = 0x00000001, Out = 0x00000002, InOut = In | Out, Binary = 0x00000004 };
Q_DECLARE_FLAGS(ParamType, ParamTypeFlag)
enum TableType { Tables = 0x01, SystemTables = 0x02, Views = 0x04, AllTables = 0xff };
enum NumericalPrecisionPolicy { LowPrecisionInt32 = 0x01, LowPrecisionInt64 = 0x02, LowPrecisionDouble = 0x04, HighPrecision = 0 };
} // namespace QSql
Q_DECLARE_OPERATORS_FOR_FLAGS(QSql::ParamType)

class QSqlError {
public:
    enum ErrorType { NoError, ConnectionError, StatementError, TransactionError, UnknownError };
    QSqlError(const QString &driverText = QString(), const QString &databaseText = QString(), ErrorType type = NoError,
              const QString &errorCode = QString());
    QSqlError(const QSqlError &other);
    QSqlError &operator=(const QSqlError &other);
    ~QSqlError();
    QString driverText() const;
    QString databaseText() const;
    ErrorType type() const;
    QString nativeErrorCode() const;
    QString text() const;
    bool isValid() const;
    bool operator==(const QSqlError &other) const;
    bool operator!=(const QSqlError &other) const;
    friend QDebug operator<<(QDebug debug, const QSqlError &error);
};

class QSqlField {
public:
    enum RequiredStatus { Unknown = -1, Optional = 0, Required = 1 };
    explicit QSqlField(const QString &fieldName = QString(), QMetaType type = QMetaType(), const QString &tableName = QString());
    QSqlField(const QString &fieldName, QVariant::Type type, const QString &tableName = QString()); // Qt 5 spelling
    QSqlField(const QSqlField &other);
    QSqlField &operator=(const QSqlField &other);
    ~QSqlField();
    void setValue(const QVariant &value);
    QVariant value() const;
    void setName(const QString &name);
    QString name() const;
    void setTableName(const QString &tableName);
    QString tableName() const;
    bool isNull() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void clear();
    bool isAutoValue() const;
    QMetaType metaType() const;
    void setMetaType(QMetaType type);
    QVariant::Type type() const; // Qt 5 spelling
    void setType(QVariant::Type type);
    void setRequiredStatus(RequiredStatus status);
    void setRequired(bool required);
    void setLength(int fieldLength);
    void setPrecision(int precision);
    void setDefaultValue(const QVariant &value);
    void setGenerated(bool gen);
    void setAutoValue(bool autoVal);
    RequiredStatus requiredStatus() const;
    int length() const;
    int precision() const;
    QVariant defaultValue() const;
    bool isGenerated() const;
    bool isValid() const;
    int typeID() const; // Qt 5 only: the driver's own type id
    friend QDebug operator<<(QDebug debug, const QSqlField &field);
};

class QSqlRecord {
public:
    QSqlRecord();
    QSqlRecord(const QSqlRecord &other);
    QSqlRecord &operator=(const QSqlRecord &other);
    ~QSqlRecord();
    QVariant value(int i) const;
    QVariant value(const QString &name) const;
    void setValue(int i, const QVariant &val);
    void setValue(const QString &name, const QVariant &val);
    void setNull(int i);
    void setNull(const QString &name);
    bool isNull(int i) const;
    bool isNull(const QString &name) const;
    int indexOf(const QString &name) const;
    QString fieldName(int i) const;
    QSqlField field(int i) const;
    QSqlField field(const QString &name) const;
    bool isGenerated(int i) const;
    bool isGenerated(const QString &name) const;
    void setGenerated(const QString &name, bool generated);
    void setGenerated(int i, bool generated);
    void append(const QSqlField &field);
    void replace(int pos, const QSqlField &field);
    void insert(int pos, const QSqlField &field);
    void remove(int pos);
    bool isEmpty() const;
    bool contains(const QString &name) const;
    void clear();
    void clearValues();
    int count() const;
    QSqlRecord keyValues(const QSqlRecord &keyFields) const;
    friend QDebug operator<<(QDebug debug, const QSqlRecord &record);
};

class QSqlDatabase {
public:
    QSqlDatabase();
    QSqlDatabase(const QSqlDatabase &other);
    QSqlDatabase &operator=(const QSqlDatabase &other);
    ~QSqlDatabase();
    bool open();
    bool open(const QString &user, const QString &password);
    void close();
    bool isOpen() const;
    bool isOpenError() const;
    QStringList tables(QSql::TableType type = QSql::Tables) const;
    QSqlRecord record(const QString &tablename) const;
    QSqlQuery exec(const QString &query = QString()) const;
    QSqlError lastError() const;
    bool isValid() const;
    bool transaction();
    bool commit();
    bool rollback();
    void setDatabaseName(const QString &name);
    void setUserName(const QString &name);
    void setPassword(const QString &password);
    void setHostName(const QString &host);
    void setPort(int p);
    void setConnectOptions(const QString &options = QString());
    QString databaseName() const;
    QString userName() const;
    QString password() const;
    QString hostName() const;
    QString driverName() const;
    int port() const;
    QString connectOptions() const;
    QString connectionName() const;
    QSqlDriver *driver() const;
    static const char *defaultConnection;
    static QSqlDatabase addDatabase(const QString &type, const QString &connectionName = QLatin1String(defaultConnection));
    static QSqlDatabase addDatabase(QSqlDriver *driver, const QString &connectionName = QLatin1String(defaultConnection));
    static QSqlDatabase cloneDatabase(const QSqlDatabase &other, const QString &connectionName);
    static QSqlDatabase database(const QString &connectionName = QLatin1String(defaultConnection), bool open = true);
    static void removeDatabase(const QString &connectionName);
    static bool contains(const QString &connectionName = QLatin1String(defaultConnection));
    static QStringList drivers();
    static QStringList connectionNames();
    static bool isDriverAvailable(const QString &name);
    friend QDebug operator<<(QDebug debug, const QSqlDatabase &database);
};

class QSqlQuery {
public:
    enum BatchExecutionMode { ValuesAsRows, ValuesAsColumns };
    explicit QSqlQuery(const QString &query = QString(), const QSqlDatabase &db = QSqlDatabase());
    explicit QSqlQuery(const QSqlDatabase &db);
    QSqlQuery(const QSqlQuery &other);
    QSqlQuery &operator=(const QSqlQuery &other);
    QSqlQuery(QSqlQuery &&other) noexcept;
    QSqlQuery &operator=(QSqlQuery &&other) noexcept;
    ~QSqlQuery();
    bool isValid() const;
    bool isActive() const;
    bool isNull(int field) const;
    bool isNull(const QString &name) const;
    int at() const;
    QString lastQuery() const;
    int numRowsAffected() const;
    QSqlError lastError() const;
    bool isSelect() const;
    int size() const;
    const QSqlDriver *driver() const;
    bool isForwardOnly() const;
    QSqlRecord record() const;
    void setForwardOnly(bool forward);
    bool exec(const QString &query);
    bool exec();
    QVariant value(int i) const;
    QVariant value(const QString &name) const;
    bool seek(int i, bool relative = false);
    bool next();
    bool previous();
    bool first();
    bool last();
    void clear();
    bool execBatch(BatchExecutionMode mode = ValuesAsRows);
    bool prepare(const QString &query);
    void bindValue(const QString &placeholder, const QVariant &val, QSql::ParamType type = QSql::In);
    void bindValue(int pos, const QVariant &val, QSql::ParamType type = QSql::In);
    void addBindValue(const QVariant &val, QSql::ParamType type = QSql::In);
    QVariant boundValue(const QString &placeholder) const;
    QVariant boundValue(int pos) const;
    QVariant lastInsertId() const;
    void finish();
};

class QSqlDriver : public QObject {
    Q_OBJECT
public:
    enum DriverFeature {
        Transactions, QuerySize, BLOB, Unicode, PreparedQueries, NamedPlaceholders, PositionalPlaceholders, LastInsertId,
        BatchOperations, SimpleLocking, LowPrecisionNumbers, EventNotifications, FinishQuery, MultipleResultSets, CancelQuery
    };
    enum StatementType { WhereStatement, SelectStatement, UpdateStatement, InsertStatement, DeleteStatement };
    enum IdentifierType { FieldName, TableName };
    virtual bool isOpen() const;
    bool isOpenError() const;
    virtual bool hasFeature(DriverFeature f) const = 0;
    virtual QStringList tables(QSql::TableType tableType) const;
    virtual QString escapeIdentifier(const QString &identifier, IdentifierType type) const;
    virtual bool isIdentifierEscaped(const QString &identifier, IdentifierType type) const;
    virtual QString stripDelimiters(const QString &identifier, IdentifierType type) const;
    QSqlError lastError() const;
};

class QSqlQueryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit QSqlQueryModel(QObject *parent = nullptr);
    ~QSqlQueryModel() override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QSqlRecord record(int row) const;
    QSqlRecord record() const;
    QVariant data(const QModelIndex &item, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant &value, int role = Qt::EditRole) override;
    bool insertColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    void setQuery(const QSqlQuery &query);
    void setQuery(QSqlQuery &&query);
    void setQuery(const QString &query, const QSqlDatabase &db = QSqlDatabase());
    QSqlQuery query() const;
    virtual void clear();
    QSqlError lastError() const;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    virtual void queryChange();
    virtual QModelIndex indexInQuery(const QModelIndex &item) const;
    void setLastError(const QSqlError &error);
};

class QSqlTableModel : public QSqlQueryModel {
    Q_OBJECT
public:
    enum EditStrategy { OnFieldChange, OnRowChange, OnManualSubmit };
    explicit QSqlTableModel(QObject *parent = nullptr, const QSqlDatabase &db = QSqlDatabase());
    ~QSqlTableModel() override;
    virtual void setTable(const QString &tableName);
    QString tableName() const;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QSqlRecord record() const;
    QSqlRecord record(int row) const;
    QVariant data(const QModelIndex &idx, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isDirty() const;
    bool isDirty(const QModelIndex &index) const;
    void clear() override;
    virtual void setEditStrategy(EditStrategy strategy);
    EditStrategy editStrategy() const;
    QSqlDatabase database() const;
    int fieldIndex(const QString &fieldName) const;
    void sort(int column, Qt::SortOrder order) override;
    virtual void setSort(int column, Qt::SortOrder order);
    QString filter() const;
    virtual void setFilter(const QString &filter);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool insertRecord(int row, const QSqlRecord &record);
    bool setRecord(int row, const QSqlRecord &record);
    virtual void revertRow(int row);
public Q_SLOTS:
    virtual bool select();
    virtual bool selectRow(int row);
    bool submit() override;
    void revert() override;
    bool submitAll();
    void revertAll();
Q_SIGNALS:
    void primeInsert(int row, QSqlRecord &record);
    void beforeInsert(QSqlRecord &record);
    void beforeUpdate(int row, QSqlRecord &record);
    void beforeDelete(int row);

protected:
    virtual bool updateRowInTable(int row, const QSqlRecord &values);
    virtual bool insertRowIntoTable(const QSqlRecord &values);
    virtual bool deleteRowFromTable(int row);
    virtual QString orderByClause() const;
    virtual QString selectStatement() const;
};

class QSqlRelation {
public:
    QSqlRelation();
    QSqlRelation(const QString &aTableName, const QString &indexCol, const QString &displayCol);
    QString tableName() const;
    QString indexColumn() const;
    QString displayColumn() const;
    bool isValid() const;
};

class QSqlRelationalTableModel : public QSqlTableModel {
    Q_OBJECT
public:
    enum JoinMode { InnerJoin, LeftJoin };
    explicit QSqlRelationalTableModel(QObject *parent = nullptr, const QSqlDatabase &db = QSqlDatabase());
    ~QSqlRelationalTableModel() override;
    QVariant data(const QModelIndex &item, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &item, const QVariant &value, int role = Qt::EditRole) override;
    bool removeColumns(int column, int count, const QModelIndex &parent = QModelIndex()) override;
    void clear() override;
    bool select() override;
    void setTable(const QString &tableName) override;
    virtual void setRelation(int column, const QSqlRelation &relation);
    QSqlRelation relation(int column) const;
    virtual QSqlTableModel *relationModel(int column) const;
    void setJoinMode(JoinMode joinMode);
public Q_SLOTS:
    void revertRow(int row) override;

protected:
    QString selectStatement() const override;
    bool updateRowInTable(int row, const QSqlRecord &values) override;
    bool insertRowIntoTable(const QSqlRecord &values) override;
    QString orderByClause() const override;
};


class QSqlRelationalDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit QSqlRelationalDelegate(QObject *aParent = nullptr);
    ~QSqlRelationalDelegate() override;
    QWidget *createEditor(QWidget *aParent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
