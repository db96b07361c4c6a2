// qtreview model, part 6: QtGui (geometry, colours, fonts, images, input events, actions, text).
// Signatures as in Qt 6.4's headers;
// public and protected API only, drafted from those headers with libclang (types, default
// arguments, enum values) and checked against them by tests/checks/test_model.py; no bodies.

using WId = ::quintptr;
using QRgb = unsigned int;
int qRed(QRgb rgb);
int qGreen(QRgb rgb);
int qBlue(QRgb rgb);
int qAlpha(QRgb rgb);
QRgb qRgb(int r, int g, int b);
QRgb qRgba(int r, int g, int b, int a);
int qGray(int r, int g, int b);
int qGray(QRgb rgb);
class QTextFrame;
class QVulkanInstance;
class QAbstractTextDocumentLayout;
class QTextTable;
class QTextList;
class QTextListFormat;
class QSessionManager;
class QSurface {
public:
    using QtGadgetHelper = void;
    enum SurfaceClass {
        Window = 0,
        Offscreen = 1
    };
    enum SurfaceType {
        RasterSurface = 0,
        OpenGLSurface = 1,
        RasterGLSurface = 2,
        OpenVGSurface = 3,
        VulkanSurface = 4,
        MetalSurface = 5,
        Direct3DSurface = 6
    };
    virtual ~QSurface() noexcept;
    SurfaceClass surfaceClass() const;
    virtual QSurfaceFormat format() const = 0;
    virtual SurfaceType surfaceType() const = 0;
    bool supportsOpenGL() const;
    virtual QSize size() const = 0;
protected:
    explicit QSurface(SurfaceClass type);
    SurfaceClass m_type;
};

class QPaintDevice {
public:
    enum PaintDeviceMetric {
        PdmWidth = 1,
        PdmHeight = 2,
        PdmWidthMM = 3,
        PdmHeightMM = 4,
        PdmNumColors = 5,
        PdmDepth = 6,
        PdmDpiX = 7,
        PdmDpiY = 8,
        PdmPhysicalDpiX = 9,
        PdmPhysicalDpiY = 10,
        PdmDevicePixelRatio = 11,
        PdmDevicePixelRatioScaled = 12
    };
    virtual ~QPaintDevice() noexcept;
    virtual int devType() const;
    bool paintingActive() const;
    int width() const;
    int height() const;
    int widthMM() const;
    int heightMM() const;
    int logicalDpiX() const;
    int logicalDpiY() const;
    int physicalDpiX() const;
    int physicalDpiY() const;
    qreal devicePixelRatio() const;
    qreal devicePixelRatioF() const;
    int colorCount() const;
    int depth() const;
    static qreal devicePixelRatioFScale();
protected:
    QPaintDevice() noexcept;
    virtual int metric(PaintDeviceMetric metric) const;
    virtual void initPainter(QPainter *painter) const;
    virtual QPaintDevice * redirected(QPoint *offset) const;
    virtual QPainter * sharedPainter() const;
    ushort painters;
};

class QMargins {
public:
    QMargins() noexcept;
    QMargins(int left, int top, int right, int bottom) noexcept;
    bool isNull() const noexcept;
    int left() const noexcept;
    int top() const noexcept;
    int right() const noexcept;
    int bottom() const noexcept;
    void setLeft(int left) noexcept;
    void setTop(int top) noexcept;
    void setRight(int right) noexcept;
    void setBottom(int bottom) noexcept;
    QMargins & operator+=(const QMargins &margins) noexcept;
    QMargins & operator-=(const QMargins &margins) noexcept;
    QMargins & operator+=(int) noexcept;
    QMargins & operator-=(int) noexcept;
    QMargins & operator*=(int) noexcept;
    QMargins & operator/=(int);
    QMargins & operator*=(qreal) noexcept;
    QMargins & operator/=(qreal);
    QMarginsF toMarginsF() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QMargins &);
    friend QDataStream & operator>>(QDataStream &, QMargins &);
    friend QDebug operator<<(QDebug, const QMargins &);
};

class QSize {
public:
    QSize() noexcept;
    QSize(int w, int h) noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    bool isValid() const noexcept;
    int width() const noexcept;
    int height() const noexcept;
    void setWidth(int w) noexcept;
    void setHeight(int h) noexcept;
    void transpose() noexcept;
    QSize transposed() const noexcept;
    void scale(int w, int h, Qt::AspectRatioMode mode) noexcept;
    void scale(const QSize &s, Qt::AspectRatioMode mode) noexcept;
    QSize scaled(int w, int h, Qt::AspectRatioMode mode) const noexcept;
    QSize scaled(const QSize &s, Qt::AspectRatioMode mode) const noexcept;
    QSize expandedTo(const QSize &) const noexcept;
    QSize boundedTo(const QSize &) const noexcept;
    QSize grownBy(QMargins m) const noexcept;
    QSize shrunkBy(QMargins m) const noexcept;
    int & rwidth() noexcept;
    int & rheight() noexcept;
    QSize & operator+=(const QSize &) noexcept;
    QSize & operator-=(const QSize &) noexcept;
    QSize & operator*=(qreal c) noexcept;
    QSize & operator/=(qreal c);
    friend bool operator==(const QSize &s1, const QSize &s2) noexcept;
    friend bool operator!=(const QSize &s1, const QSize &s2) noexcept;
    friend QSize operator+(const QSize &s1, const QSize &s2) noexcept;
    friend QSize operator-(const QSize &s1, const QSize &s2) noexcept;
    friend QSize operator*(const QSize &s, qreal c) noexcept;
    friend QSize operator*(qreal c, const QSize &s) noexcept;
    friend QSize operator/(const QSize &s, qreal c);
    friend size_t qHash(const QSize &, size_t) noexcept;
    QSizeF toSizeF() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QSize &);
    friend QDataStream & operator>>(QDataStream &, QSize &);
    friend QDebug operator<<(QDebug, const QSize &);
};

class QMarginsF {
public:
    QMarginsF() noexcept;
    QMarginsF(qreal left, qreal top, qreal right, qreal bottom) noexcept;
    QMarginsF(const QMargins &margins) noexcept;
    bool isNull() const noexcept;
    qreal left() const noexcept;
    qreal top() const noexcept;
    qreal right() const noexcept;
    qreal bottom() const noexcept;
    void setLeft(qreal aleft) noexcept;
    void setTop(qreal atop) noexcept;
    void setRight(qreal aright) noexcept;
    void setBottom(qreal abottom) noexcept;
    QMarginsF & operator+=(const QMarginsF &margins) noexcept;
    QMarginsF & operator-=(const QMarginsF &margins) noexcept;
    QMarginsF & operator+=(qreal addend) noexcept;
    QMarginsF & operator-=(qreal subtrahend) noexcept;
    QMarginsF & operator*=(qreal factor) noexcept;
    QMarginsF & operator/=(qreal divisor);
    QMargins toMargins() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QMarginsF &);
    friend QDataStream & operator>>(QDataStream &, QMarginsF &);
    friend QDebug operator<<(QDebug, const QMarginsF &);
};

class QSizeF {
public:
    QSizeF() noexcept;
    QSizeF(const QSize &sz) noexcept;
    QSizeF(qreal w, qreal h) noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    bool isValid() const noexcept;
    qreal width() const noexcept;
    qreal height() const noexcept;
    void setWidth(qreal w) noexcept;
    void setHeight(qreal h) noexcept;
    void transpose() noexcept;
    QSizeF transposed() const noexcept;
    void scale(qreal w, qreal h, Qt::AspectRatioMode mode) noexcept;
    void scale(const QSizeF &s, Qt::AspectRatioMode mode) noexcept;
    QSizeF scaled(qreal w, qreal h, Qt::AspectRatioMode mode) const noexcept;
    QSizeF scaled(const QSizeF &s, Qt::AspectRatioMode mode) const noexcept;
    QSizeF expandedTo(const QSizeF &) const noexcept;
    QSizeF boundedTo(const QSizeF &) const noexcept;
    QSizeF grownBy(QMarginsF m) const noexcept;
    QSizeF shrunkBy(QMarginsF m) const noexcept;
    qreal & rwidth() noexcept;
    qreal & rheight() noexcept;
    QSizeF & operator+=(const QSizeF &) noexcept;
    QSizeF & operator-=(const QSizeF &) noexcept;
    QSizeF & operator*=(qreal c) noexcept;
    QSizeF & operator/=(qreal c);
    friend bool operator==(const QSizeF &s1, const QSizeF &s2);
    friend bool operator!=(const QSizeF &s1, const QSizeF &s2);
    friend QSizeF operator+(const QSizeF &s1, const QSizeF &s2) noexcept;
    friend QSizeF operator-(const QSizeF &s1, const QSizeF &s2) noexcept;
    friend QSizeF operator*(const QSizeF &s, qreal c) noexcept;
    friend QSizeF operator*(qreal c, const QSizeF &s) noexcept;
    friend QSizeF operator/(const QSizeF &s, qreal c);
    QSize toSize() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QSizeF &);
    friend QDataStream & operator>>(QDataStream &, QSizeF &);
    friend QDebug operator<<(QDebug, const QSizeF &);
};

class QPoint {
public:
    QPoint() noexcept;
    QPoint(int xpos, int ypos) noexcept;
    bool isNull() const noexcept;
    int x() const noexcept;
    int y() const noexcept;
    void setX(int x) noexcept;
    void setY(int y) noexcept;
    int manhattanLength() const;
    QPoint transposed() const noexcept;
    int & rx() noexcept;
    int & ry() noexcept;
    QPoint & operator+=(const QPoint &p);
    QPoint & operator-=(const QPoint &p);
    QPoint & operator*=(float factor);
    QPoint & operator*=(double factor);
    QPoint & operator*=(int factor);
    QPoint & operator/=(qreal divisor);
    static int dotProduct(const QPoint &p1, const QPoint &p2);
    friend bool operator==(const QPoint &p1, const QPoint &p2) noexcept;
    friend bool operator!=(const QPoint &p1, const QPoint &p2) noexcept;
    friend QPoint operator+(const QPoint &p1, const QPoint &p2) noexcept;
    friend QPoint operator-(const QPoint &p1, const QPoint &p2) noexcept;
    friend QPoint operator*(const QPoint &p, float factor);
    friend QPoint operator*(const QPoint &p, double factor);
    friend QPoint operator*(const QPoint &p, int factor) noexcept;
    friend QPoint operator*(float factor, const QPoint &p);
    friend QPoint operator*(double factor, const QPoint &p);
    friend QPoint operator*(int factor, const QPoint &p) noexcept;
    friend QPoint operator+(const QPoint &p) noexcept;
    friend QPoint operator-(const QPoint &p) noexcept;
    friend QPoint operator/(const QPoint &p, qreal c);
    QPointF toPointF() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QPoint &);
    friend QDataStream & operator>>(QDataStream &, QPoint &);
    friend QDebug operator<<(QDebug, const QPoint &);
};

class QPointF {
public:
    QPointF() noexcept;
    QPointF(const QPoint &p) noexcept;
    QPointF(qreal xpos, qreal ypos) noexcept;
    qreal manhattanLength() const;
    bool isNull() const noexcept;
    qreal x() const noexcept;
    qreal y() const noexcept;
    void setX(qreal x) noexcept;
    void setY(qreal y) noexcept;
    QPointF transposed() const noexcept;
    qreal & rx() noexcept;
    qreal & ry() noexcept;
    QPointF & operator+=(const QPointF &p);
    QPointF & operator-=(const QPointF &p);
    QPointF & operator*=(qreal c);
    QPointF & operator/=(qreal c);
    static qreal dotProduct(const QPointF &p1, const QPointF &p2);
    friend bool operator==(const QPointF &p1, const QPointF &p2);
    friend bool operator!=(const QPointF &p1, const QPointF &p2);
    friend QPointF operator+(const QPointF &p1, const QPointF &p2);
    friend QPointF operator-(const QPointF &p1, const QPointF &p2);
    friend QPointF operator*(const QPointF &p, qreal c);
    friend QPointF operator*(qreal c, const QPointF &p);
    friend QPointF operator+(const QPointF &p);
    friend QPointF operator-(const QPointF &p);
    friend QPointF operator/(const QPointF &p, qreal divisor);
    QPoint toPoint() const;
    friend QDataStream & operator<<(QDataStream &, const QPointF &);
    friend QDataStream & operator>>(QDataStream &, QPointF &);
    friend QDebug operator<<(QDebug d, const QPointF &p);
};

class QRect {
public:
    QRect() noexcept;
    QRect(const QPoint &topleft, const QPoint &bottomright) noexcept;
    QRect(const QPoint &topleft, const QSize &size) noexcept;
    QRect(int left, int top, int width, int height) noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    bool isValid() const noexcept;
    int left() const noexcept;
    int top() const noexcept;
    int right() const noexcept;
    int bottom() const noexcept;
    QRect normalized() const noexcept;
    int x() const noexcept;
    int y() const noexcept;
    void setLeft(int pos) noexcept;
    void setTop(int pos) noexcept;
    void setRight(int pos) noexcept;
    void setBottom(int pos) noexcept;
    void setX(int x) noexcept;
    void setY(int y) noexcept;
    void setTopLeft(const QPoint &p) noexcept;
    void setBottomRight(const QPoint &p) noexcept;
    void setTopRight(const QPoint &p) noexcept;
    void setBottomLeft(const QPoint &p) noexcept;
    QPoint topLeft() const noexcept;
    QPoint bottomRight() const noexcept;
    QPoint topRight() const noexcept;
    QPoint bottomLeft() const noexcept;
    QPoint center() const noexcept;
    void moveLeft(int pos) noexcept;
    void moveTop(int pos) noexcept;
    void moveRight(int pos) noexcept;
    void moveBottom(int pos) noexcept;
    void moveTopLeft(const QPoint &p) noexcept;
    void moveBottomRight(const QPoint &p) noexcept;
    void moveTopRight(const QPoint &p) noexcept;
    void moveBottomLeft(const QPoint &p) noexcept;
    void moveCenter(const QPoint &p) noexcept;
    void translate(int dx, int dy) noexcept;
    void translate(const QPoint &p) noexcept;
    QRect translated(int dx, int dy) const noexcept;
    QRect translated(const QPoint &p) const noexcept;
    QRect transposed() const noexcept;
    void moveTo(int x, int t) noexcept;
    void moveTo(const QPoint &p) noexcept;
    void setRect(int x, int y, int w, int h) noexcept;
    void getRect(int *x, int *y, int *w, int *h) const;
    void setCoords(int x1, int y1, int x2, int y2) noexcept;
    void getCoords(int *x1, int *y1, int *x2, int *y2) const;
    void adjust(int x1, int y1, int x2, int y2) noexcept;
    QRect adjusted(int x1, int y1, int x2, int y2) const noexcept;
    QSize size() const noexcept;
    int width() const noexcept;
    int height() const noexcept;
    void setWidth(int w) noexcept;
    void setHeight(int h) noexcept;
    void setSize(const QSize &s) noexcept;
    QRect operator|(const QRect &r) const noexcept;
    QRect operator&(const QRect &r) const noexcept;
    QRect & operator|=(const QRect &r) noexcept;
    QRect & operator&=(const QRect &r) noexcept;
    bool contains(const QRect &r, bool proper = false) const noexcept;
    bool contains(const QPoint &p, bool proper = false) const noexcept;
    bool contains(int x, int y) const noexcept;
    bool contains(int x, int y, bool proper) const noexcept;
    QRect united(const QRect &other) const noexcept;
    QRect intersected(const QRect &other) const noexcept;
    bool intersects(const QRect &r) const noexcept;
    QRect marginsAdded(const QMargins &margins) const noexcept;
    QRect marginsRemoved(const QMargins &margins) const noexcept;
    QRect & operator+=(const QMargins &margins) noexcept;
    QRect & operator-=(const QMargins &margins) noexcept;
    static QRect span(const QPoint &p1, const QPoint &p2) noexcept;
    friend bool operator==(const QRect &r1, const QRect &r2) noexcept;
    friend bool operator!=(const QRect &r1, const QRect &r2) noexcept;
    friend size_t qHash(const QRect &, size_t) noexcept;
    QRectF toRectF() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QRect &);
    friend QDataStream & operator>>(QDataStream &, QRect &);
    friend QDebug operator<<(QDebug, const QRect &);
};

class QRegion {
public:
    enum RegionType {
        Rectangle = 0,
        Ellipse = 1
    };
    QRegion();
    QRegion(int x, int y, int w, int h, RegionType t = Rectangle);
    QRegion(const QRect &r, RegionType t = Rectangle);
    QRegion(const QPolygon &pa, Qt::FillRule fillRule = Qt::OddEvenFill);
    QRegion(const QRegion &region);
    QRegion(QRegion &&other) noexcept;
    QRegion(const QBitmap &bitmap);
    ~QRegion() noexcept;
    QRegion & operator=(const QRegion &);
    QRegion & operator=(QRegion &&other) noexcept;
    void swap(QRegion &other) noexcept;
    bool isEmpty() const;
    bool isNull() const;
    using const_iterator = const QRect *;
    const_iterator begin() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator end() const noexcept;
    const_iterator cend() const noexcept;
    bool contains(const QPoint &p) const;
    bool contains(const QRect &r) const;
    void translate(int dx, int dy);
    void translate(const QPoint &p);
    QRegion translated(int dx, int dy) const;
    QRegion translated(const QPoint &p) const;
    QRegion united(const QRegion &r) const;
    QRegion united(const QRect &r) const;
    QRegion intersected(const QRegion &r) const;
    QRegion intersected(const QRect &r) const;
    QRegion subtracted(const QRegion &r) const;
    QRegion xored(const QRegion &r) const;
    bool intersects(const QRegion &r) const;
    bool intersects(const QRect &r) const;
    QRect boundingRect() const noexcept;
    void setRects(const QRect *rect, int num);
    int rectCount() const noexcept;
    QRegion operator|(const QRegion &r) const;
    QRegion operator+(const QRegion &r) const;
    QRegion operator+(const QRect &r) const;
    QRegion operator&(const QRegion &r) const;
    QRegion operator&(const QRect &r) const;
    QRegion operator-(const QRegion &r) const;
    QRegion operator^(const QRegion &r) const;
    QRegion & operator|=(const QRegion &r);
    QRegion & operator+=(const QRegion &r);
    QRegion & operator+=(const QRect &r);
    QRegion & operator&=(const QRegion &r);
    QRegion & operator&=(const QRect &r);
    QRegion & operator-=(const QRegion &r);
    QRegion & operator^=(const QRegion &r);
    bool operator==(const QRegion &r) const;
    bool operator!=(const QRegion &r) const;
    operator QVariant() const;
    friend QDataStream & operator<<(QDataStream &, const QRegion &);
    friend QDataStream & operator>>(QDataStream &, QRegion &);
    friend QDataStream & operator<<(QDataStream &, const QRegion &);
    friend QDataStream & operator>>(QDataStream &, QRegion &);
    friend QDebug operator<<(QDebug, const QRegion &);
};

class QRectF {
public:
    QRectF() noexcept;
    QRectF(const QPointF &topleft, const QSizeF &size) noexcept;
    QRectF(const QPointF &topleft, const QPointF &bottomRight) noexcept;
    QRectF(qreal left, qreal top, qreal width, qreal height) noexcept;
    QRectF(const QRect &rect) noexcept;
    bool isNull() const noexcept;
    bool isEmpty() const noexcept;
    bool isValid() const noexcept;
    QRectF normalized() const noexcept;
    qreal left() const noexcept;
    qreal top() const noexcept;
    qreal right() const noexcept;
    qreal bottom() const noexcept;
    qreal x() const noexcept;
    qreal y() const noexcept;
    void setLeft(qreal pos) noexcept;
    void setTop(qreal pos) noexcept;
    void setRight(qreal pos) noexcept;
    void setBottom(qreal pos) noexcept;
    void setX(qreal pos) noexcept;
    void setY(qreal pos) noexcept;
    QPointF topLeft() const noexcept;
    QPointF bottomRight() const noexcept;
    QPointF topRight() const noexcept;
    QPointF bottomLeft() const noexcept;
    QPointF center() const noexcept;
    void setTopLeft(const QPointF &p) noexcept;
    void setBottomRight(const QPointF &p) noexcept;
    void setTopRight(const QPointF &p) noexcept;
    void setBottomLeft(const QPointF &p) noexcept;
    void moveLeft(qreal pos) noexcept;
    void moveTop(qreal pos) noexcept;
    void moveRight(qreal pos) noexcept;
    void moveBottom(qreal pos) noexcept;
    void moveTopLeft(const QPointF &p) noexcept;
    void moveBottomRight(const QPointF &p) noexcept;
    void moveTopRight(const QPointF &p) noexcept;
    void moveBottomLeft(const QPointF &p) noexcept;
    void moveCenter(const QPointF &p) noexcept;
    void translate(qreal dx, qreal dy) noexcept;
    void translate(const QPointF &p) noexcept;
    QRectF translated(qreal dx, qreal dy) const noexcept;
    QRectF translated(const QPointF &p) const noexcept;
    QRectF transposed() const noexcept;
    void moveTo(qreal x, qreal y) noexcept;
    void moveTo(const QPointF &p) noexcept;
    void setRect(qreal x, qreal y, qreal w, qreal h) noexcept;
    void getRect(qreal *x, qreal *y, qreal *w, qreal *h) const;
    void setCoords(qreal x1, qreal y1, qreal x2, qreal y2) noexcept;
    void getCoords(qreal *x1, qreal *y1, qreal *x2, qreal *y2) const;
    void adjust(qreal x1, qreal y1, qreal x2, qreal y2) noexcept;
    QRectF adjusted(qreal x1, qreal y1, qreal x2, qreal y2) const noexcept;
    QSizeF size() const noexcept;
    qreal width() const noexcept;
    qreal height() const noexcept;
    void setWidth(qreal w) noexcept;
    void setHeight(qreal h) noexcept;
    void setSize(const QSizeF &s) noexcept;
    QRectF operator|(const QRectF &r) const noexcept;
    QRectF operator&(const QRectF &r) const noexcept;
    QRectF & operator|=(const QRectF &r) noexcept;
    QRectF & operator&=(const QRectF &r) noexcept;
    bool contains(const QRectF &r) const noexcept;
    bool contains(const QPointF &p) const noexcept;
    bool contains(qreal x, qreal y) const noexcept;
    QRectF united(const QRectF &other) const noexcept;
    QRectF intersected(const QRectF &other) const noexcept;
    bool intersects(const QRectF &r) const noexcept;
    QRectF marginsAdded(const QMarginsF &margins) const noexcept;
    QRectF marginsRemoved(const QMarginsF &margins) const noexcept;
    QRectF & operator+=(const QMarginsF &margins) noexcept;
    QRectF & operator-=(const QMarginsF &margins) noexcept;
    friend bool operator==(const QRectF &r1, const QRectF &r2) noexcept;
    friend bool operator!=(const QRectF &r1, const QRectF &r2) noexcept;
    QRect toRect() const noexcept;
    QRect toAlignedRect() const noexcept;
    friend QDataStream & operator<<(QDataStream &, const QRectF &);
    friend QDataStream & operator>>(QDataStream &, QRectF &);
    friend QDebug operator<<(QDebug, const QRectF &);
};

class QLine {
public:
    QLine();
    QLine(const QPoint &pt1, const QPoint &pt2);
    QLine(int x1, int y1, int x2, int y2);
    bool isNull() const;
    QPoint p1() const;
    QPoint p2() const;
    int x1() const;
    int y1() const;
    int x2() const;
    int y2() const;
    int dx() const;
    int dy() const;
    void translate(const QPoint &p);
    void translate(int dx, int dy);
    QLine translated(const QPoint &p) const;
    QLine translated(int dx, int dy) const;
    QPoint center() const;
    void setP1(const QPoint &p1);
    void setP2(const QPoint &p2);
    void setPoints(const QPoint &p1, const QPoint &p2);
    void setLine(int x1, int y1, int x2, int y2);
    bool operator==(const QLine &d) const noexcept;
    bool operator!=(const QLine &d) const noexcept;
    QLineF toLineF() const noexcept;
    friend QDebug operator<<(QDebug d, const QLine &p);
    friend QDataStream & operator<<(QDataStream &, const QLine &);
    friend QDataStream & operator>>(QDataStream &, QLine &);
};

class QLineF {
public:
    enum IntersectionType {
        NoIntersection = 0,
        BoundedIntersection = 1,
        UnboundedIntersection = 2
    };
    using IntersectType = IntersectionType;
    QLineF();
    QLineF(const QPointF &pt1, const QPointF &pt2);
    QLineF(qreal x1, qreal y1, qreal x2, qreal y2);
    QLineF(const QLine &line);
    static QLineF fromPolar(qreal length, qreal angle);
    bool isNull() const;
    QPointF p1() const;
    QPointF p2() const;
    qreal x1() const;
    qreal y1() const;
    qreal x2() const;
    qreal y2() const;
    qreal dx() const;
    qreal dy() const;
    qreal length() const;
    void setLength(qreal len);
    qreal angle() const;
    void setAngle(qreal angle);
    qreal angleTo(const QLineF &l) const;
    QLineF unitVector() const;
    QLineF normalVector() const;
    IntersectionType intersects(const QLineF &l, QPointF *intersectionPoint = nullptr) const;
    QPointF pointAt(qreal t) const;
    void translate(const QPointF &p);
    void translate(qreal dx, qreal dy);
    QLineF translated(const QPointF &p) const;
    QLineF translated(qreal dx, qreal dy) const;
    QPointF center() const;
    void setP1(const QPointF &p1);
    void setP2(const QPointF &p2);
    void setPoints(const QPointF &p1, const QPointF &p2);
    void setLine(qreal x1, qreal y1, qreal x2, qreal y2);
    bool operator==(const QLineF &d) const;
    bool operator!=(const QLineF &d) const;
    QLine toLine() const;
    friend QDebug operator<<(QDebug d, const QLineF &p);
    friend QDataStream & operator<<(QDataStream &, const QLineF &);
    friend QDataStream & operator>>(QDataStream &, QLineF &);
};

class QColor {
public:
    enum Spec {
        Invalid = 0,
        Rgb = 1,
        Hsv = 2,
        Cmyk = 3,
        Hsl = 4,
        ExtendedRgb = 5
    };
    enum NameFormat {
        HexRgb = 0,
        HexArgb = 1
    };
    QColor() noexcept;
    QColor(Qt::GlobalColor color) noexcept;
    QColor(int r, int g, int b, int a = 255) noexcept;
    QColor(QRgb rgb) noexcept;
    QColor(const QString &name);
    explicit QColor(QStringView name);
    QColor(const char *aname);
    QColor(QLatin1StringView name);
    QColor(Spec spec) noexcept;
    static QColor fromString(QAnyStringView name) noexcept;
    QColor & operator=(Qt::GlobalColor color) noexcept;
    bool isValid() const noexcept;
    QString name(NameFormat format = HexRgb) const;
    void setNamedColor(const QString &name);
    void setNamedColor(QStringView name);
    void setNamedColor(QLatin1StringView name);
    static QStringList colorNames();
    Spec spec() const noexcept;
    int alpha() const noexcept;
    void setAlpha(int alpha);
    float alphaF() const noexcept;
    void setAlphaF(float alpha);
    int red() const noexcept;
    int green() const noexcept;
    int blue() const noexcept;
    void setRed(int red);
    void setGreen(int green);
    void setBlue(int blue);
    float redF() const noexcept;
    float greenF() const noexcept;
    float blueF() const noexcept;
    void setRedF(float red);
    void setGreenF(float green);
    void setBlueF(float blue);
    void getRgb(int *r, int *g, int *b, int *a = nullptr) const;
    void setRgb(int r, int g, int b, int a = 255);
    void getRgbF(float *r, float *g, float *b, float *a = nullptr) const;
    void setRgbF(float r, float g, float b, float a = 1.0);
    QRgb rgba() const noexcept;
    void setRgba(QRgb rgba) noexcept;
    QRgb rgb() const noexcept;
    void setRgb(QRgb rgb) noexcept;
    int hue() const noexcept;
    int saturation() const noexcept;
    int hsvHue() const noexcept;
    int hsvSaturation() const noexcept;
    int value() const noexcept;
    float hueF() const noexcept;
    float saturationF() const noexcept;
    float hsvHueF() const noexcept;
    float hsvSaturationF() const noexcept;
    float valueF() const noexcept;
    void getHsv(int *h, int *s, int *v, int *a = nullptr) const;
    void setHsv(int h, int s, int v, int a = 255);
    void getHsvF(float *h, float *s, float *v, float *a = nullptr) const;
    void setHsvF(float h, float s, float v, float a = 1.0);
    int cyan() const noexcept;
    int magenta() const noexcept;
    int yellow() const noexcept;
    int black() const noexcept;
    float cyanF() const noexcept;
    float magentaF() const noexcept;
    float yellowF() const noexcept;
    float blackF() const noexcept;
    void getCmyk(int *c, int *m, int *y, int *k, int *a = nullptr) const;
    void setCmyk(int c, int m, int y, int k, int a = 255);
    void getCmykF(float *c, float *m, float *y, float *k, float *a = nullptr) const;
    void setCmykF(float c, float m, float y, float k, float a = 1.0);
    int hslHue() const noexcept;
    int hslSaturation() const noexcept;
    int lightness() const noexcept;
    float hslHueF() const noexcept;
    float hslSaturationF() const noexcept;
    float lightnessF() const noexcept;
    void getHsl(int *h, int *s, int *l, int *a = nullptr) const;
    void setHsl(int h, int s, int l, int a = 255);
    void getHslF(float *h, float *s, float *l, float *a = nullptr) const;
    void setHslF(float h, float s, float l, float a = 1.0);
    QColor toRgb() const noexcept;
    QColor toHsv() const noexcept;
    QColor toCmyk() const noexcept;
    QColor toHsl() const noexcept;
    QColor toExtendedRgb() const noexcept;
    QColor convertTo(Spec colorSpec) const noexcept;
    static QColor fromRgb(QRgb rgb) noexcept;
    static QColor fromRgba(QRgb rgba) noexcept;
    static QColor fromRgb(int r, int g, int b, int a = 255);
    static QColor fromRgbF(float r, float g, float b, float a = 1.0);
    static QColor fromRgba64(ushort r, ushort g, ushort b, ushort a = USHRT_MAX) noexcept;
    static QColor fromHsv(int h, int s, int v, int a = 255);
    static QColor fromHsvF(float h, float s, float v, float a = 1.0);
    static QColor fromCmyk(int c, int m, int y, int k, int a = 255);
    static QColor fromCmykF(float c, float m, float y, float k, float a = 1.0);
    static QColor fromHsl(int h, int s, int l, int a = 255);
    static QColor fromHslF(float h, float s, float l, float a = 1.0);
    QColor lighter(int f = 150) const noexcept;
    QColor darker(int f = 200) const noexcept;
    bool operator==(const QColor &c) const noexcept;
    bool operator!=(const QColor &c) const noexcept;
    operator QVariant() const;
    static bool isValidColor(const QString &name);
    static bool isValidColor(QStringView) noexcept;
    static bool isValidColor(QLatin1StringView) noexcept;
    static bool isValidColorName(QAnyStringView) noexcept;
    explicit QColor(Spec spec, ushort a1, ushort a2, ushort a3, ushort a4, ushort a5 = 0) noexcept;
    friend QDebug operator<<(QDebug, const QColor &);
    friend QDataStream & operator<<(QDataStream &, const QColor &);
    friend QDataStream & operator>>(QDataStream &, QColor &);
};

class QBrush {
public:
    QBrush();
    QBrush(Qt::BrushStyle bs);
    QBrush(const QColor &color, Qt::BrushStyle bs = Qt::SolidPattern);
    QBrush(Qt::GlobalColor color, Qt::BrushStyle bs = Qt::SolidPattern);
    QBrush(const QColor &color, const QPixmap &pixmap);
    QBrush(Qt::GlobalColor color, const QPixmap &pixmap);
    QBrush(const QPixmap &pixmap);
    QBrush(const QImage &image);
    QBrush(const QBrush &brush);
    QBrush(const QGradient &gradient);
    ~QBrush() noexcept;
    QBrush & operator=(const QBrush &brush);
    QBrush & operator=(QBrush &&other) noexcept;
    void swap(QBrush &other) noexcept;
    operator QVariant() const;
    Qt::BrushStyle style() const;
    void setStyle(Qt::BrushStyle);
    QTransform transform() const;
    void setTransform(const QTransform &);
    QPixmap texture() const;
    void setTexture(const QPixmap &pixmap);
    QImage textureImage() const;
    void setTextureImage(const QImage &image);
    const QColor & color() const;
    void setColor(const QColor &color);
    void setColor(Qt::GlobalColor color);
    const QGradient * gradient() const;
    bool isOpaque() const;
    bool operator==(const QBrush &b) const;
    bool operator!=(const QBrush &b) const;
    bool isDetached() const;
    friend QDataStream & operator<<(QDataStream &, const QBrush &);
    friend QDataStream & operator>>(QDataStream &, QBrush &);
    friend QDebug operator<<(QDebug, const QBrush &);
};

class QPen {
public:
    QPen();
    QPen(Qt::PenStyle);
    QPen(const QColor &color);
    QPen(const QBrush &brush, qreal width, Qt::PenStyle s = Qt::SolidLine, Qt::PenCapStyle c = Qt::SquareCap, Qt::PenJoinStyle j = Qt::BevelJoin);
    QPen(const QPen &pen) noexcept;
    ~QPen() noexcept;
    QPen & operator=(const QPen &pen) noexcept;
    QPen(QPen &&other) noexcept;
    QPen & operator=(QPen &&other) noexcept;
    void swap(QPen &other) noexcept;
    Qt::PenStyle style() const;
    void setStyle(Qt::PenStyle);
    QList<qreal> dashPattern() const;
    void setDashPattern(const QList<qreal> &pattern);
    qreal dashOffset() const;
    void setDashOffset(qreal doffset);
    qreal miterLimit() const;
    void setMiterLimit(qreal limit);
    qreal widthF() const;
    void setWidthF(qreal width);
    int width() const;
    void setWidth(int width);
    QColor color() const;
    void setColor(const QColor &color);
    QBrush brush() const;
    void setBrush(const QBrush &brush);
    bool isSolid() const;
    Qt::PenCapStyle capStyle() const;
    void setCapStyle(Qt::PenCapStyle pcs);
    Qt::PenJoinStyle joinStyle() const;
    void setJoinStyle(Qt::PenJoinStyle pcs);
    bool isCosmetic() const;
    void setCosmetic(bool cosmetic);
    bool operator==(const QPen &p) const;
    bool operator!=(const QPen &p) const;
    operator QVariant() const;
    bool isDetached();
    friend QDataStream & operator<<(QDataStream &, const QPen &);
    friend QDataStream & operator>>(QDataStream &, QPen &);
    friend QDebug operator<<(QDebug, const QPen &);
};

class QFont {
public:
    using QtGadgetHelper = void;
    enum StyleHint {
        Helvetica = 0,
        SansSerif = 0,
        Times = 1,
        Serif = 1,
        Courier = 2,
        TypeWriter = 2,
        OldEnglish = 3,
        Decorative = 3,
        System = 4,
        AnyStyle = 5,
        Cursive = 6,
        Monospace = 7,
        Fantasy = 8
    };
    enum StyleStrategy {
        PreferDefault = 1,
        PreferBitmap = 2,
        PreferDevice = 4,
        PreferOutline = 8,
        ForceOutline = 16,
        PreferMatch = 32,
        PreferQuality = 64,
        PreferAntialias = 128,
        NoAntialias = 256,
        NoSubpixelAntialias = 2048,
        PreferNoShaping = 4096,
        NoFontMerging = 32768
    };
    enum HintingPreference {
        PreferDefaultHinting = 0,
        PreferNoHinting = 1,
        PreferVerticalHinting = 2,
        PreferFullHinting = 3
    };
    enum Weight {
        Thin = 100,
        ExtraLight = 200,
        Light = 300,
        Normal = 400,
        Medium = 500,
        DemiBold = 600,
        Bold = 700,
        ExtraBold = 800,
        Black = 900
    };
    enum Style {
        StyleNormal = 0,
        StyleItalic = 1,
        StyleOblique = 2
    };
    enum Stretch {
        AnyStretch = 0,
        UltraCondensed = 50,
        ExtraCondensed = 62,
        Condensed = 75,
        SemiCondensed = 87,
        Unstretched = 100,
        SemiExpanded = 112,
        Expanded = 125,
        ExtraExpanded = 150,
        UltraExpanded = 200
    };
    enum Capitalization {
        MixedCase = 0,
        AllUppercase = 1,
        AllLowercase = 2,
        SmallCaps = 3,
        Capitalize = 4
    };
    enum SpacingType {
        PercentageSpacing = 0,
        AbsoluteSpacing = 1
    };
    enum ResolveProperties {
        NoPropertiesResolved = 0,
        FamilyResolved = 1,
        SizeResolved = 2,
        StyleHintResolved = 4,
        StyleStrategyResolved = 8,
        WeightResolved = 16,
        StyleResolved = 32,
        UnderlineResolved = 64,
        OverlineResolved = 128,
        StrikeOutResolved = 256,
        FixedPitchResolved = 512,
        StretchResolved = 1024,
        KerningResolved = 2048,
        CapitalizationResolved = 4096,
        LetterSpacingResolved = 8192,
        WordSpacingResolved = 16384,
        HintingPreferenceResolved = 32768,
        StyleNameResolved = 65536,
        FamiliesResolved = 131072,
        AllPropertiesResolved = 262143
    };
    QFont();
    QFont(const QString &family, int pointSize = -1, int weight = -1, bool italic = false);
    explicit QFont(const QStringList &families, int pointSize = -1, int weight = -1, bool italic = false);
    QFont(const QFont &font, const QPaintDevice *pd);
    QFont(const QFont &font);
    ~QFont() noexcept;
    void swap(QFont &other) noexcept;
    QString family() const;
    void setFamily(const QString &);
    QStringList families() const;
    void setFamilies(const QStringList &);
    QString styleName() const;
    void setStyleName(const QString &);
    int pointSize() const;
    void setPointSize(int);
    qreal pointSizeF() const;
    void setPointSizeF(qreal);
    int pixelSize() const;
    void setPixelSize(int);
    Weight weight() const;
    void setWeight(Weight weight);
    bool bold() const;
    void setBold(bool);
    void setStyle(Style style);
    Style style() const;
    bool italic() const;
    void setItalic(bool b);
    bool underline() const;
    void setUnderline(bool);
    bool overline() const;
    void setOverline(bool);
    bool strikeOut() const;
    void setStrikeOut(bool);
    bool fixedPitch() const;
    void setFixedPitch(bool);
    bool kerning() const;
    void setKerning(bool);
    StyleHint styleHint() const;
    StyleStrategy styleStrategy() const;
    void setStyleHint(StyleHint, StyleStrategy = PreferDefault);
    void setStyleStrategy(StyleStrategy s);
    int stretch() const;
    void setStretch(int);
    qreal letterSpacing() const;
    SpacingType letterSpacingType() const;
    void setLetterSpacing(SpacingType type, qreal spacing);
    qreal wordSpacing() const;
    void setWordSpacing(qreal spacing);
    void setCapitalization(Capitalization);
    Capitalization capitalization() const;
    void setHintingPreference(HintingPreference hintingPreference);
    HintingPreference hintingPreference() const;
    bool exactMatch() const;
    QFont & operator=(const QFont &);
    bool operator==(const QFont &) const;
    bool operator!=(const QFont &) const;
    bool operator<(const QFont &) const;
    operator QVariant() const;
    bool isCopyOf(const QFont &) const;
    QFont & operator=(QFont &&other) noexcept;
    QString key() const;
    QString toString() const;
    bool fromString(const QString &);
    static QString substitute(const QString &);
    static QStringList substitutes(const QString &);
    static QStringList substitutions();
    static void insertSubstitution(const QString &, const QString &);
    static void insertSubstitutions(const QString &, const QStringList &);
    static void removeSubstitutions(const QString &);
    static void initialize();
    static void cleanup();
    static void cacheStatistics();
    QString defaultFamily() const;
    QFont resolve(const QFont &) const;
    uint resolveMask() const;
    void setResolveMask(uint mask);
    void setLegacyWeight(int legacyWeight);
    int legacyWeight() const;
    friend QDataStream & operator<<(QDataStream &, const QFont &);
    friend QDataStream & operator>>(QDataStream &, QFont &);
    friend QDebug operator<<(QDebug, const QFont &);
};

class QFontMetrics {
public:
    explicit QFontMetrics(const QFont &);
    QFontMetrics(const QFont &font, const QPaintDevice *pd);
    QFontMetrics(const QFontMetrics &);
    ~QFontMetrics() noexcept;
    QFontMetrics & operator=(const QFontMetrics &);
    QFontMetrics & operator=(QFontMetrics &&other) noexcept;
    void swap(QFontMetrics &other) noexcept;
    int ascent() const;
    int capHeight() const;
    int descent() const;
    int height() const;
    int leading() const;
    int lineSpacing() const;
    int minLeftBearing() const;
    int minRightBearing() const;
    int maxWidth() const;
    int xHeight() const;
    int averageCharWidth() const;
    bool inFont(QChar) const;
    bool inFontUcs4(uint ucs4) const;
    int leftBearing(QChar) const;
    int rightBearing(QChar) const;
    int horizontalAdvance(const QString &, int len = -1) const;
    int horizontalAdvance(const QString &, const QTextOption &textOption) const;
    int horizontalAdvance(QChar) const;
    int width(const QString &, int len = -1) const;  // Qt 5: horizontalAdvance
    int width(QChar) const;
    QRect boundingRect(QChar) const;
    QRect boundingRect(const QString &text) const;
    QRect boundingRect(const QString &text, const QTextOption &textOption) const;
    QRect boundingRect(const QRect &r, int flags, const QString &text, int tabstops = 0, int *tabarray = nullptr) const;
    QRect boundingRect(int x, int y, int w, int h, int flags, const QString &text, int tabstops = 0, int *tabarray = nullptr) const;
    QSize size(int flags, const QString &str, int tabstops = 0, int *tabarray = nullptr) const;
    QRect tightBoundingRect(const QString &text) const;
    QRect tightBoundingRect(const QString &text, const QTextOption &textOption) const;
    QString elidedText(const QString &text, Qt::TextElideMode mode, int width, int flags = 0) const;
    int underlinePos() const;
    int overlinePos() const;
    int strikeOutPos() const;
    int lineWidth() const;
    qreal fontDpi() const;
    bool operator==(const QFontMetrics &other) const;
    bool operator!=(const QFontMetrics &other) const;
};

class QPalette {
public:
    using QtGadgetHelper = void;
    QPalette();
    QPalette(const QColor &button);
    QPalette(Qt::GlobalColor button);
    QPalette(const QColor &button, const QColor &window);
    QPalette(const QBrush &windowText, const QBrush &button, const QBrush &light, const QBrush &dark, const QBrush &mid, const QBrush &text, const QBrush &bright_text, const QBrush &base, const QBrush &window);
    QPalette(const QColor &windowText, const QColor &window, const QColor &light, const QColor &dark, const QColor &mid, const QColor &text, const QColor &base);
    QPalette(const QPalette &palette);
    ~QPalette() noexcept;
    QPalette & operator=(const QPalette &palette);
    QPalette(QPalette &&other) noexcept;
    QPalette & operator=(QPalette &&other) noexcept;
    void swap(QPalette &other) noexcept;
    operator QVariant() const;
    enum ColorGroup {
        Active = 0,
        Disabled = 1,
        Inactive = 2,
        NColorGroups = 3,
        Current = 4,
        All = 5,
        Normal = 0
    };
    enum ColorRole {
        WindowText = 0,
        Button = 1,
        Light = 2,
        Midlight = 3,
        Dark = 4,
        Mid = 5,
        Text = 6,
        BrightText = 7,
        ButtonText = 8,
        Base = 9,
        Window = 10,
        Shadow = 11,
        Highlight = 12,
        HighlightedText = 13,
        Link = 14,
        LinkVisited = 15,
        AlternateBase = 16,
        NoRole = 17,
        ToolTipBase = 18,
        ToolTipText = 19,
        PlaceholderText = 20,
        NColorRoles = 21
    };
    ColorGroup currentColorGroup() const;
    void setCurrentColorGroup(ColorGroup cg);
    const QColor & color(ColorGroup cg, ColorRole cr) const;
    const QBrush & brush(ColorGroup cg, ColorRole cr) const;
    void setColor(ColorGroup cg, ColorRole cr, const QColor &color);
    void setColor(ColorRole cr, const QColor &color);
    void setBrush(ColorRole cr, const QBrush &brush);
    bool isBrushSet(ColorGroup cg, ColorRole cr) const;
    void setBrush(ColorGroup cg, ColorRole cr, const QBrush &brush);
    void setColorGroup(ColorGroup cr, const QBrush &windowText, const QBrush &button, const QBrush &light, const QBrush &dark, const QBrush &mid, const QBrush &text, const QBrush &bright_text, const QBrush &base, const QBrush &window);
    bool isEqual(ColorGroup cr1, ColorGroup cr2) const;
    const QColor & color(ColorRole cr) const;
    const QBrush & brush(ColorRole cr) const;
    const QBrush & windowText() const;
    const QBrush & button() const;
    const QBrush & light() const;
    const QBrush & dark() const;
    const QBrush & mid() const;
    const QBrush & text() const;
    const QBrush & base() const;
    const QBrush & alternateBase() const;
    const QBrush & toolTipBase() const;
    const QBrush & toolTipText() const;
    const QBrush & window() const;
    const QBrush & midlight() const;
    const QBrush & brightText() const;
    const QBrush & buttonText() const;
    const QBrush & shadow() const;
    const QBrush & highlight() const;
    const QBrush & highlightedText() const;
    const QBrush & link() const;
    const QBrush & linkVisited() const;
    const QBrush & placeholderText() const;
    bool operator==(const QPalette &p) const;
    bool operator!=(const QPalette &p) const;
    bool isCopyOf(const QPalette &p) const;
    qint64 cacheKey() const;
    QPalette resolve(const QPalette &other) const;
    using ResolveMask = quint64;
    ResolveMask resolveMask() const;
    void setResolveMask(ResolveMask mask);
    friend QDataStream & operator<<(QDataStream &ds, const QPalette &p);
    friend QDataStream & operator>>(QDataStream &ds, QPalette &p);
    friend QDebug operator<<(QDebug, const QPalette &);
};

class QIcon {
public:
    enum Mode {
        Normal = 0,
        Disabled = 1,
        Active = 2,
        Selected = 3
    };
    enum State {
        On = 0,
        Off = 1
    };
    QIcon() noexcept;
    QIcon(const QPixmap &pixmap);
    QIcon(const QIcon &other);
    QIcon(QIcon &&other) noexcept;
    explicit QIcon(const QString &fileName);
    ~QIcon() noexcept;
    QIcon & operator=(const QIcon &other);
    QIcon & operator=(QIcon &&other) noexcept;
    void swap(QIcon &other) noexcept;
    bool operator==(const QIcon &) const = delete;
    bool operator!=(const QIcon &) const = delete;
    operator QVariant() const;
    QPixmap pixmap(const QSize &size, Mode mode = Normal, State state = Off) const;
    QPixmap pixmap(int w, int h, Mode mode = Normal, State state = Off) const;
    QPixmap pixmap(int extent, Mode mode = Normal, State state = Off) const;
    QPixmap pixmap(const QSize &size, qreal devicePixelRatio, Mode mode = Normal, State state = Off) const;
    QPixmap pixmap(QWindow *window, const QSize &size, Mode mode = Normal, State state = Off) const;
    QSize actualSize(const QSize &size, Mode mode = Normal, State state = Off) const;
    QSize actualSize(QWindow *window, const QSize &size, Mode mode = Normal, State state = Off) const;
    QString name() const;
    void paint(QPainter *painter, const QRect &rect, Qt::Alignment alignment = Qt::AlignCenter, Mode mode = Normal, State state = Off) const;
    void paint(QPainter *painter, int x, int y, int w, int h, Qt::Alignment alignment = Qt::AlignCenter, Mode mode = Normal, State state = Off) const;
    bool isNull() const;
    bool isDetached() const;
    void detach();
    qint64 cacheKey() const;
    void addPixmap(const QPixmap &pixmap, Mode mode = Normal, State state = Off);
    void addFile(const QString &fileName, const QSize &size = QSize(), Mode mode = Normal, State state = Off);
    QList<QSize> availableSizes(Mode mode = Normal, State state = Off) const;
    void setIsMask(bool isMask);
    bool isMask() const;
    static QIcon fromTheme(const QString &name);
    static QIcon fromTheme(const QString &name, const QIcon &fallback);
    static bool hasThemeIcon(const QString &name);
    static QStringList themeSearchPaths();
    static void setThemeSearchPaths(const QStringList &searchpath);
    static QStringList fallbackSearchPaths();
    static void setFallbackSearchPaths(const QStringList &paths);
    static QString themeName();
    static void setThemeName(const QString &path);
    static QString fallbackThemeName();
    static void setFallbackThemeName(const QString &name);
    friend QDataStream & operator<<(QDataStream &, const QIcon &);
    friend QDataStream & operator>>(QDataStream &, QIcon &);
    friend QDebug operator<<(QDebug dbg, const QIcon &);
};

class QColorSpace {
public:
    enum NamedColorSpace { SRgb = 1, SRgbLinear, AdobeRgb, DisplayP3, ProPhotoRgb };
    QColorSpace() noexcept;
    QColorSpace(NamedColorSpace namedColorSpace);
    ~QColorSpace();
    QColorSpace(const QColorSpace &colorSpace) noexcept;
    QColorSpace & operator=(const QColorSpace &colorSpace) noexcept;
    bool isValid() const noexcept;
    QString description() const noexcept;
    static QColorSpace fromIccProfile(const QByteArray &iccProfile);
    QByteArray iccProfile() const;
    bool operator==(const QColorSpace &other) const;
    bool operator!=(const QColorSpace &other) const;
};

class QImage : public QPaintDevice {
public:
    using QtGadgetHelper = void;
    enum InvertMode {
        InvertRgb = 0,
        InvertRgba = 1
    };
    enum Format {
        Format_Invalid = 0,
        Format_Mono = 1,
        Format_MonoLSB = 2,
        Format_Indexed8 = 3,
        Format_RGB32 = 4,
        Format_ARGB32 = 5,
        Format_ARGB32_Premultiplied = 6,
        Format_RGB16 = 7,
        Format_ARGB8565_Premultiplied = 8,
        Format_RGB666 = 9,
        Format_ARGB6666_Premultiplied = 10,
        Format_RGB555 = 11,
        Format_ARGB8555_Premultiplied = 12,
        Format_RGB888 = 13,
        Format_RGB444 = 14,
        Format_ARGB4444_Premultiplied = 15,
        Format_RGBX8888 = 16,
        Format_RGBA8888 = 17,
        Format_RGBA8888_Premultiplied = 18,
        Format_BGR30 = 19,
        Format_A2BGR30_Premultiplied = 20,
        Format_RGB30 = 21,
        Format_A2RGB30_Premultiplied = 22,
        Format_Alpha8 = 23,
        Format_Grayscale8 = 24,
        Format_RGBX64 = 25,
        Format_RGBA64 = 26,
        Format_RGBA64_Premultiplied = 27,
        Format_Grayscale16 = 28,
        Format_BGR888 = 29,
        Format_RGBX16FPx4 = 30,
        Format_RGBA16FPx4 = 31,
        Format_RGBA16FPx4_Premultiplied = 32,
        Format_RGBX32FPx4 = 33,
        Format_RGBA32FPx4 = 34,
        Format_RGBA32FPx4_Premultiplied = 35,
        NImageFormats = 36
    };
    QImage() noexcept;
    QImage(const QSize &size, Format format);
    QImage(int width, int height, Format format);
    explicit QImage(const char *const xpm[]);
    explicit QImage(const QString &fileName, const char *format = nullptr);
    QImage(const QImage &);
    QImage(QImage &&other) noexcept;
    ~QImage() noexcept;
    QImage & operator=(const QImage &);
    QImage & operator=(QImage &&other) noexcept;
    void swap(QImage &other) noexcept;
    bool isNull() const;
    int devType() const override;
    bool operator==(const QImage &) const;
    bool operator!=(const QImage &) const;
    operator QVariant() const;
    void detach();
    bool isDetached() const;
    QImage copy(const QRect &rect = QRect()) const;
    QImage copy(int x, int y, int w, int h) const;
    Format format() const;
    QImage convertToFormat(Format f, Qt::ImageConversionFlags flags = Qt::AutoColor) const &;
    QColorSpace colorSpace() const;
    QImage convertedToColorSpace(const QColorSpace &colorSpace) const;
    void convertToColorSpace(const QColorSpace &colorSpace);
    void setColorSpace(const QColorSpace &colorSpace);
    QImage convertToFormat(Format f, Qt::ImageConversionFlags flags = Qt::AutoColor) &&;
    QImage convertToFormat(Format f, const QList<QRgb> &colorTable, Qt::ImageConversionFlags flags = Qt::AutoColor) const;
    bool reinterpretAsFormat(Format f);
    QImage convertedTo(Format f, Qt::ImageConversionFlags flags = Qt::AutoColor) const &;
    QImage convertedTo(Format f, Qt::ImageConversionFlags flags = Qt::AutoColor) &&;
    void convertTo(Format f, Qt::ImageConversionFlags flags = Qt::AutoColor);
    int width() const;
    int height() const;
    QSize size() const;
    QRect rect() const;
    int depth() const;
    int colorCount() const;
    int bitPlaneCount() const;
    QRgb color(int i) const;
    void setColor(int i, QRgb c);
    void setColorCount(int);
    bool allGray() const;
    bool isGrayscale() const;
    uchar * bits();
    const uchar * bits() const;
    const uchar * constBits() const;
    qsizetype sizeInBytes() const;
    uchar * scanLine(int);
    const uchar * scanLine(int) const;
    const uchar * constScanLine(int) const;
    qsizetype bytesPerLine() const;
    bool valid(int x, int y) const;
    bool valid(const QPoint &pt) const;
    int pixelIndex(int x, int y) const;
    int pixelIndex(const QPoint &pt) const;
    QRgb pixel(int x, int y) const;
    QRgb pixel(const QPoint &pt) const;
    void setPixel(int x, int y, uint index_or_rgb);
    void setPixel(const QPoint &pt, uint index_or_rgb);
    QColor pixelColor(int x, int y) const;
    QColor pixelColor(const QPoint &pt) const;
    void setPixelColor(int x, int y, const QColor &c);
    void setPixelColor(const QPoint &pt, const QColor &c);
    QList<QRgb> colorTable() const;
    void setColorTable(const QList<QRgb> &colors);
    qreal devicePixelRatio() const;
    void setDevicePixelRatio(qreal scaleFactor);
    QSizeF deviceIndependentSize() const;
    void fill(uint pixel);
    void fill(const QColor &color);
    void fill(Qt::GlobalColor color);
    bool hasAlphaChannel() const;
    void setAlphaChannel(const QImage &alphaChannel);
    QImage createAlphaMask(Qt::ImageConversionFlags flags = Qt::AutoColor) const;
    QImage createHeuristicMask(bool clipTight = true) const;
    QImage createMaskFromColor(QRgb color, Qt::MaskMode mode = Qt::MaskInColor) const;
    QImage scaled(int w, int h, Qt::AspectRatioMode aspectMode = Qt::IgnoreAspectRatio, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QImage scaled(const QSize &s, Qt::AspectRatioMode aspectMode = Qt::IgnoreAspectRatio, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QImage scaledToWidth(int w, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QImage scaledToHeight(int h, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QImage transformed(const QTransform &matrix, Qt::TransformationMode mode = Qt::FastTransformation) const;
    static QTransform trueMatrix(const QTransform &, int w, int h);
    QImage mirrored(bool horizontally = false, bool vertically = true) const &;
    QImage mirrored(bool horizontally = false, bool vertically = true) &&;
    QImage rgbSwapped() const &;
    QImage rgbSwapped() &&;
    void mirror(bool horizontally = false, bool vertically = true);
    void rgbSwap();
    void invertPixels(InvertMode = InvertRgb);
    bool load(QIODevice *device, const char *format);
    bool load(const QString &fileName, const char *format = nullptr);
    bool loadFromData(QByteArrayView data, const char *format = nullptr);
    bool loadFromData(const uchar *buf, int len, const char *format = nullptr);
    bool loadFromData(const QByteArray &data, const char *format = nullptr);
    bool save(const QString &fileName, const char *format = nullptr, int quality = -1) const;
    bool save(QIODevice *device, const char *format = nullptr, int quality = -1) const;
    static QImage fromData(QByteArrayView data, const char *format = nullptr);
    static QImage fromData(const uchar *data, int size, const char *format = nullptr);
    static QImage fromData(const QByteArray &data, const char *format = nullptr);
    qint64 cacheKey() const;
    int dotsPerMeterX() const;
    int dotsPerMeterY() const;
    void setDotsPerMeterX(int);
    void setDotsPerMeterY(int);
    QPoint offset() const;
    void setOffset(const QPoint &);
    QStringList textKeys() const;
    QString text(const QString &key = QString()) const;
    void setText(const QString &key, const QString &value);
protected:
    virtual int metric(PaintDeviceMetric metric) const override;
    QImage mirrored_helper(bool horizontal, bool vertical) const;
    QImage rgbSwapped_helper() const;
    void mirrored_inplace(bool horizontal, bool vertical);
    void rgbSwapped_inplace();
    QImage convertToFormat_helper(Format format, Qt::ImageConversionFlags flags) const;
    bool convertToFormat_inplace(Format format, Qt::ImageConversionFlags flags);
    QImage smoothScaled(int w, int h) const;
    void detachMetadata(bool invalidateCache = false);
public:
    friend QDataStream & operator<<(QDataStream &, const QImage &);
    friend QDataStream & operator>>(QDataStream &, QImage &);
    friend QDebug operator<<(QDebug, const QImage &);
};

class QPixmap : public QPaintDevice {
public:
    QPixmap();
    QPixmap(int w, int h);
    explicit QPixmap(const QSize &);
    QPixmap(const QString &fileName, const char *format = nullptr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    explicit QPixmap(const char *const xpm[]);
    QPixmap(const QPixmap &);
    QPixmap(QPixmap &&other) noexcept;
    ~QPixmap() noexcept;
    QPixmap & operator=(const QPixmap &);
    QPixmap & operator=(QPixmap &&other) noexcept;
    void swap(QPixmap &other) noexcept;
    bool operator==(const QPixmap &) const = delete;
    bool operator!=(const QPixmap &) const = delete;
    operator QVariant() const;
    bool isNull() const;
    int devType() const override;
    int width() const;
    int height() const;
    QSize size() const;
    QRect rect() const;
    int depth() const;
    static int defaultDepth();
    void fill(const QColor &fillColor = Qt::white);
    QBitmap mask() const;
    void setMask(const QBitmap &);
    qreal devicePixelRatio() const;
    void setDevicePixelRatio(qreal scaleFactor);
    QSizeF deviceIndependentSize() const;
    bool hasAlpha() const;
    bool hasAlphaChannel() const;
    QBitmap createHeuristicMask(bool clipTight = true) const;
    QBitmap createMaskFromColor(const QColor &maskColor, Qt::MaskMode mode = Qt::MaskInColor) const;
    QPixmap scaled(int w, int h, Qt::AspectRatioMode aspectMode = Qt::IgnoreAspectRatio, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QPixmap scaled(const QSize &s, Qt::AspectRatioMode aspectMode = Qt::IgnoreAspectRatio, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QPixmap scaledToWidth(int w, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QPixmap scaledToHeight(int h, Qt::TransformationMode mode = Qt::FastTransformation) const;
    QPixmap transformed(const QTransform &, Qt::TransformationMode mode = Qt::FastTransformation) const;
    static QTransform trueMatrix(const QTransform &m, int w, int h);
    QImage toImage() const;
    static QPixmap fromImage(const QImage &image, Qt::ImageConversionFlags flags = Qt::AutoColor);
    static QPixmap fromImageReader(QImageReader *imageReader, Qt::ImageConversionFlags flags = Qt::AutoColor);
    static QPixmap fromImage(QImage &&image, Qt::ImageConversionFlags flags = Qt::AutoColor);
    bool load(const QString &fileName, const char *format = nullptr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    bool loadFromData(const uchar *buf, uint len, const char *format = nullptr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    bool loadFromData(const QByteArray &data, const char *format = nullptr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    bool save(const QString &fileName, const char *format = nullptr, int quality = -1) const;
    bool save(QIODevice *device, const char *format = nullptr, int quality = -1) const;
    bool convertFromImage(const QImage &img, Qt::ImageConversionFlags flags = Qt::AutoColor);
    QPixmap copy(int x, int y, int width, int height) const;
    QPixmap copy(const QRect &rect = QRect()) const;
    void scroll(int dx, int dy, int x, int y, int width, int height, QRegion *exposed = nullptr);
    void scroll(int dx, int dy, const QRect &rect, QRegion *exposed = nullptr);
    qint64 cacheKey() const;
    bool isDetached() const;
    void detach();
    bool isQBitmap() const;
    bool operator!() const;
protected:
    int metric(PaintDeviceMetric) const override;
    static QPixmap fromImageInPlace(QImage &image, Qt::ImageConversionFlags flags = Qt::AutoColor);
public:
    friend QDataStream & operator<<(QDataStream &, const QPixmap &);
    friend QDataStream & operator>>(QDataStream &, QPixmap &);
    friend QDebug operator<<(QDebug, const QPixmap &);
};

class QBitmap : public QPixmap {
public:
    QBitmap();
    QBitmap(const QPixmap &); // implicit as in Qt 5 (Qt 6: explicit, deprecated)
    QBitmap(int w, int h);
    explicit QBitmap(const QSize &);
    explicit QBitmap(const QString &fileName, const char *format = nullptr);
    ~QBitmap() noexcept override;
    QBitmap & operator=(const QPixmap &);
    void swap(QBitmap &other);
    operator QVariant() const;
    void clear();
    static QBitmap fromImage(const QImage &image, Qt::ImageConversionFlags flags = Qt::AutoColor);
    static QBitmap fromImage(QImage &&image, Qt::ImageConversionFlags flags = Qt::AutoColor);
    static QBitmap fromData(const QSize &size, const uchar *bits, QImage::Format monoFormat = QImage::Format_MonoLSB);
    static QBitmap fromPixmap(const QPixmap &pixmap);
    QBitmap transformed(const QTransform &matrix) const;
};

class QCursor {
public:
    QCursor();
    QCursor(Qt::CursorShape shape);
    QCursor(const QBitmap &bitmap, const QBitmap &mask, int hotX = -1, int hotY = -1);
    explicit QCursor(const QPixmap &pixmap, int hotX = -1, int hotY = -1);
    QCursor(const QCursor &cursor);
    ~QCursor() noexcept;
    QCursor & operator=(const QCursor &cursor);
    QCursor(QCursor &&other) noexcept;
    QCursor & operator=(QCursor &&other) noexcept;
    void swap(QCursor &other) noexcept;
    operator QVariant() const;
    Qt::CursorShape shape() const;
    void setShape(Qt::CursorShape newShape);
    QBitmap bitmap(Qt::ReturnByValueConstant) const;
    QBitmap mask(Qt::ReturnByValueConstant) const;
    QBitmap bitmap() const;
    QBitmap mask() const;
    QPixmap pixmap() const;
    QPoint hotSpot() const;
    static QPoint pos();
    static QPoint pos(const QScreen *screen);
    static void setPos(int x, int y);
    static void setPos(QScreen *screen, int x, int y);
    static void setPos(const QPoint &p);
    static void setPos(QScreen *screen, const QPoint &p);
    friend QDataStream & operator<<(QDataStream &outS, const QCursor &cursor);
    friend QDataStream & operator>>(QDataStream &inS, QCursor &cursor);
    friend QDebug operator<<(QDebug, const QCursor &);
};

class QKeySequence {
public:
    using QtGadgetHelper = void;
    enum StandardKey {
        UnknownKey = 0,
        HelpContents = 1,
        WhatsThis = 2,
        Open = 3,
        Close = 4,
        Save = 5,
        New = 6,
        Delete = 7,
        Cut = 8,
        Copy = 9,
        Paste = 10,
        Undo = 11,
        Redo = 12,
        Back = 13,
        Forward = 14,
        Refresh = 15,
        ZoomIn = 16,
        ZoomOut = 17,
        Print = 18,
        AddTab = 19,
        NextChild = 20,
        PreviousChild = 21,
        Find = 22,
        FindNext = 23,
        FindPrevious = 24,
        Replace = 25,
        SelectAll = 26,
        Bold = 27,
        Italic = 28,
        Underline = 29,
        MoveToNextChar = 30,
        MoveToPreviousChar = 31,
        MoveToNextWord = 32,
        MoveToPreviousWord = 33,
        MoveToNextLine = 34,
        MoveToPreviousLine = 35,
        MoveToNextPage = 36,
        MoveToPreviousPage = 37,
        MoveToStartOfLine = 38,
        MoveToEndOfLine = 39,
        MoveToStartOfBlock = 40,
        MoveToEndOfBlock = 41,
        MoveToStartOfDocument = 42,
        MoveToEndOfDocument = 43,
        SelectNextChar = 44,
        SelectPreviousChar = 45,
        SelectNextWord = 46,
        SelectPreviousWord = 47,
        SelectNextLine = 48,
        SelectPreviousLine = 49,
        SelectNextPage = 50,
        SelectPreviousPage = 51,
        SelectStartOfLine = 52,
        SelectEndOfLine = 53,
        SelectStartOfBlock = 54,
        SelectEndOfBlock = 55,
        SelectStartOfDocument = 56,
        SelectEndOfDocument = 57,
        DeleteStartOfWord = 58,
        DeleteEndOfWord = 59,
        DeleteEndOfLine = 60,
        InsertParagraphSeparator = 61,
        InsertLineSeparator = 62,
        SaveAs = 63,
        Preferences = 64,
        Quit = 65,
        FullScreen = 66,
        Deselect = 67,
        DeleteCompleteLine = 68,
        Backspace = 69,
        Cancel = 70
    };
    enum SequenceFormat {
        NativeText = 0,
        PortableText = 1
    };
    QKeySequence();
    QKeySequence(const QString &key, SequenceFormat format = NativeText);
    QKeySequence(int k1, int k2 = 0, int k3 = 0, int k4 = 0);
    QKeySequence(const QKeySequence &ks);
    QKeySequence(StandardKey key);
    ~QKeySequence() noexcept;
    int count() const;
    bool isEmpty() const;
    enum SequenceMatch {
        NoMatch = 0,
        PartialMatch = 1,
        ExactMatch = 2
    };
    QString toString(SequenceFormat format = PortableText) const;
    static QKeySequence fromString(const QString &str, SequenceFormat format = PortableText);
    static QList<QKeySequence> listFromString(const QString &str, SequenceFormat format = PortableText);
    static QString listToString(const QList<QKeySequence> &list, SequenceFormat format = PortableText);
    SequenceMatch matches(const QKeySequence &seq) const;
    static QKeySequence mnemonic(const QString &text);
    static QList<QKeySequence> keyBindings(StandardKey key);
    operator QVariant() const;
    QKeySequence & operator=(const QKeySequence &other);
    QKeySequence & operator=(QKeySequence &&other) noexcept;
    void swap(QKeySequence &other) noexcept;
    bool operator==(const QKeySequence &other) const;
    bool operator!=(const QKeySequence &other) const;
    bool operator<(const QKeySequence &ks) const;
    bool operator>(const QKeySequence &other) const;
    bool operator<=(const QKeySequence &other) const;
    bool operator>=(const QKeySequence &other) const;
    bool isDetached() const;
    friend QDataStream & operator<<(QDataStream &in, const QKeySequence &ks);
    friend QDataStream & operator>>(QDataStream &out, QKeySequence &ks);
    friend QDebug operator<<(QDebug, const QKeySequence &);
};

class QPolygon : public QList<QPoint> {
public:
    using QList<QPoint>::QList;
    QPolygon() = default;
    QPolygon(const QList<QPoint> &v);
    QPolygon(QList<QPoint> &&v) noexcept;
    QPolygon(const QRect &r, bool closed = false);
    QPolygon(int nPoints, const int *points);
    void swap(QPolygon &other) noexcept;
    operator QVariant() const;
    void translate(int dx, int dy);
    void translate(const QPoint &offset);
    QPolygon translated(int dx, int dy) const;
    QPolygon translated(const QPoint &offset) const;
    QRect boundingRect() const;
    void point(int i, int *x, int *y) const;
    QPoint point(int i) const;
    void setPoint(int index, int x, int y);
    void setPoint(int index, const QPoint &p);
    void setPoints(int nPoints, const int *points);
    void setPoints(int nPoints, int firstx, int firsty, ...);
    void putPoints(int index, int nPoints, const int *points);
    void putPoints(int index, int nPoints, int firstx, int firsty, ...);
    void putPoints(int index, int nPoints, const QPolygon &from, int fromIndex = 0);
    bool containsPoint(const QPoint &pt, Qt::FillRule fillRule) const;
    QPolygon united(const QPolygon &r) const;
    QPolygon intersected(const QPolygon &r) const;
    QPolygon subtracted(const QPolygon &r) const;
    bool intersects(const QPolygon &r) const;
    QPolygonF toPolygonF() const;
    friend QDebug operator<<(QDebug, const QPolygon &);
    friend QDataStream & operator<<(QDataStream &stream, const QPolygon &polygon);
    friend QDataStream & operator>>(QDataStream &stream, QPolygon &polygon);
};

class QPolygonF : public QList<QPointF> {
public:
    using QList<QPointF>::QList;
    QPolygonF() = default;
    QPolygonF(const QList<QPointF> &v);
    QPolygonF(QList<QPointF> &&v) noexcept;
    QPolygonF(const QRectF &r);
    QPolygonF(const QPolygon &a);
    void swap(QPolygonF &other);
    operator QVariant() const;
    void translate(qreal dx, qreal dy);
    void translate(const QPointF &offset);
    QPolygonF translated(qreal dx, qreal dy) const;
    QPolygonF translated(const QPointF &offset) const;
    QPolygon toPolygon() const;
    bool isClosed() const;
    QRectF boundingRect() const;
    bool containsPoint(const QPointF &pt, Qt::FillRule fillRule) const;
    QPolygonF united(const QPolygonF &r) const;
    QPolygonF intersected(const QPolygonF &r) const;
    QPolygonF subtracted(const QPolygonF &r) const;
    bool intersects(const QPolygonF &r) const;
    friend QDebug operator<<(QDebug, const QPolygonF &);
    friend QDataStream & operator<<(QDataStream &stream, const QPolygonF &array);
    friend QDataStream & operator>>(QDataStream &stream, QPolygonF &array);
};

class QTransform {
public:
    enum TransformationType {
        TxNone = 0,
        TxTranslate = 1,
        TxScale = 2,
        TxRotate = 4,
        TxShear = 8,
        TxProject = 16
    };
    explicit QTransform(Qt::Initialization);
    QTransform();
    QTransform(qreal h11, qreal h12, qreal h13, qreal h21, qreal h22, qreal h23, qreal h31, qreal h32, qreal h33);
    QTransform(qreal h11, qreal h12, qreal h21, qreal h22, qreal dx, qreal dy);
    QTransform & operator=(QTransform &&other) noexcept = default;
    QTransform & operator=(const QTransform &) noexcept = default;
    QTransform(QTransform &&other) noexcept = default;
    QTransform(const QTransform &other) noexcept = default;
    bool isAffine() const;
    bool isIdentity() const;
    bool isInvertible() const;
    bool isScaling() const;
    bool isRotating() const;
    bool isTranslating() const;
    TransformationType type() const;
    qreal determinant() const;
    qreal m11() const;
    qreal m12() const;
    qreal m13() const;
    qreal m21() const;
    qreal m22() const;
    qreal m23() const;
    qreal m31() const;
    qreal m32() const;
    qreal m33() const;
    qreal dx() const;
    qreal dy() const;
    void setMatrix(qreal m11, qreal m12, qreal m13, qreal m21, qreal m22, qreal m23, qreal m31, qreal m32, qreal m33);
    QTransform inverted(bool *invertible = nullptr) const;
    QTransform adjoint() const;
    QTransform transposed() const;
    QTransform & translate(qreal dx, qreal dy);
    QTransform & scale(qreal sx, qreal sy);
    QTransform & shear(qreal sh, qreal sv);
    QTransform & rotate(qreal a, Qt::Axis axis = Qt::ZAxis);
    QTransform & rotateRadians(qreal a, Qt::Axis axis = Qt::ZAxis);
    static bool squareToQuad(const QPolygonF &square, QTransform &result);
    static bool quadToSquare(const QPolygonF &quad, QTransform &result);
    static bool quadToQuad(const QPolygonF &one, const QPolygonF &two, QTransform &result);
    bool operator==(const QTransform &) const;
    bool operator!=(const QTransform &) const;
    QTransform & operator*=(const QTransform &);
    QTransform operator*(const QTransform &o) const;
    operator QVariant() const;
    void reset();
    QPoint map(const QPoint &p) const;
    QPointF map(const QPointF &p) const;
    QLine map(const QLine &l) const;
    QLineF map(const QLineF &l) const;
    QPolygonF map(const QPolygonF &a) const;
    QPolygon map(const QPolygon &a) const;
    QRegion map(const QRegion &r) const;
    QPainterPath map(const QPainterPath &p) const;
    QPolygon mapToPolygon(const QRect &r) const;
    QRect mapRect(const QRect &) const;
    QRectF mapRect(const QRectF &) const;
    void map(int x, int y, int *tx, int *ty) const;
    void map(qreal x, qreal y, qreal *tx, qreal *ty) const;
    QTransform & operator*=(qreal div);
    QTransform & operator/=(qreal div);
    QTransform & operator+=(qreal div);
    QTransform & operator-=(qreal div);
    static QTransform fromTranslate(qreal dx, qreal dy);
    static QTransform fromScale(qreal dx, qreal dy);
    friend QDataStream & operator<<(QDataStream &, const QTransform &);
    friend QDataStream & operator>>(QDataStream &, QTransform &);
    friend QDebug operator<<(QDebug, const QTransform &);
};

class QPainterPath {
public:
    class Element;
public:
    enum ElementType {
        MoveToElement = 0,
        LineToElement = 1,
        CurveToElement = 2,
        CurveToDataElement = 3
    };
    class Element {
    public:
        qreal x;
        qreal y;
        ElementType type;
        bool isMoveTo() const;
        bool isLineTo() const;
        bool isCurveTo() const;
        operator QPointF() const;
        bool operator==(const Element &e) const;
        bool operator!=(const Element &e) const;
    };
    QPainterPath() noexcept;
    explicit QPainterPath(const QPointF &startPoint);
    QPainterPath(const QPainterPath &other);
    QPainterPath & operator=(const QPainterPath &other);
    QPainterPath & operator=(QPainterPath &&other) noexcept;
    ~QPainterPath() noexcept;
    void swap(QPainterPath &other) noexcept;
    void clear();
    void reserve(int size);
    int capacity() const;
    void closeSubpath();
    void moveTo(const QPointF &p);
    void moveTo(qreal x, qreal y);
    void lineTo(const QPointF &p);
    void lineTo(qreal x, qreal y);
    void arcMoveTo(const QRectF &rect, qreal angle);
    void arcMoveTo(qreal x, qreal y, qreal w, qreal h, qreal angle);
    void arcTo(const QRectF &rect, qreal startAngle, qreal arcLength);
    void arcTo(qreal x, qreal y, qreal w, qreal h, qreal startAngle, qreal arcLength);
    void cubicTo(const QPointF &ctrlPt1, const QPointF &ctrlPt2, const QPointF &endPt);
    void cubicTo(qreal ctrlPt1x, qreal ctrlPt1y, qreal ctrlPt2x, qreal ctrlPt2y, qreal endPtx, qreal endPty);
    void quadTo(const QPointF &ctrlPt, const QPointF &endPt);
    void quadTo(qreal ctrlPtx, qreal ctrlPty, qreal endPtx, qreal endPty);
    QPointF currentPosition() const;
    void addRect(const QRectF &rect);
    void addRect(qreal x, qreal y, qreal w, qreal h);
    void addEllipse(const QRectF &rect);
    void addEllipse(qreal x, qreal y, qreal w, qreal h);
    void addEllipse(const QPointF &center, qreal rx, qreal ry);
    void addPolygon(const QPolygonF &polygon);
    void addText(const QPointF &point, const QFont &f, const QString &text);
    void addText(qreal x, qreal y, const QFont &f, const QString &text);
    void addPath(const QPainterPath &path);
    void addRegion(const QRegion &region);
    void addRoundedRect(const QRectF &rect, qreal xRadius, qreal yRadius, Qt::SizeMode mode = Qt::AbsoluteSize);
    void addRoundedRect(qreal x, qreal y, qreal w, qreal h, qreal xRadius, qreal yRadius, Qt::SizeMode mode = Qt::AbsoluteSize);
    void connectPath(const QPainterPath &path);
    bool contains(const QPointF &pt) const;
    bool contains(const QRectF &rect) const;
    bool intersects(const QRectF &rect) const;
    void translate(qreal dx, qreal dy);
    void translate(const QPointF &offset);
    QPainterPath translated(qreal dx, qreal dy) const;
    QPainterPath translated(const QPointF &offset) const;
    QRectF boundingRect() const;
    QRectF controlPointRect() const;
    Qt::FillRule fillRule() const;
    void setFillRule(Qt::FillRule fillRule);
    bool isEmpty() const;
    QPainterPath toReversed() const;
    QList<QPolygonF> toSubpathPolygons(const QTransform &matrix = QTransform()) const;
    QList<QPolygonF> toFillPolygons(const QTransform &matrix = QTransform()) const;
    QPolygonF toFillPolygon(const QTransform &matrix = QTransform()) const;
    int elementCount() const;
    QPainterPath::Element elementAt(int i) const;
    void setElementPositionAt(int i, qreal x, qreal y);
    qreal length() const;
    qreal percentAtLength(qreal t) const;
    QPointF pointAtPercent(qreal t) const;
    qreal angleAtPercent(qreal t) const;
    qreal slopeAtPercent(qreal t) const;
    bool intersects(const QPainterPath &p) const;
    bool contains(const QPainterPath &p) const;
    QPainterPath united(const QPainterPath &r) const;
    QPainterPath intersected(const QPainterPath &r) const;
    QPainterPath subtracted(const QPainterPath &r) const;
    QPainterPath simplified() const;
    bool operator==(const QPainterPath &other) const;
    bool operator!=(const QPainterPath &other) const;
    QPainterPath operator&(const QPainterPath &other) const;
    QPainterPath operator|(const QPainterPath &other) const;
    QPainterPath operator+(const QPainterPath &other) const;
    QPainterPath operator-(const QPainterPath &other) const;
    QPainterPath & operator&=(const QPainterPath &other);
    QPainterPath & operator|=(const QPainterPath &other);
    QPainterPath & operator+=(const QPainterPath &other);
    QPainterPath & operator-=(const QPainterPath &other);
    friend QDataStream & operator<<(QDataStream &, const QPainterPath &);
    friend QDataStream & operator>>(QDataStream &, QPainterPath &);
    friend QDebug operator<<(QDebug, const QPainterPath &);
};

class QInputDevice : public QObject {
    Q_OBJECT
public:
    enum class DeviceType {
        Unknown = 0,
        Mouse = 1,
        TouchScreen = 2,
        TouchPad = 4,
        Puck = 8,
        Stylus = 16,
        Airbrush = 32,
        Keyboard = 4096,
        AllDevices = 2147483647
    };
    using DeviceTypes = QFlags<DeviceType>;
    enum class Capability {
        None = 0,
        Position = 1,
        Area = 2,
        Pressure = 4,
        Velocity = 8,
        NormalizedPosition = 32,
        MouseEmulation = 64,
        PixelScroll = 128,
        Scroll = 256,
        Hover = 512,
        Rotation = 1024,
        XTilt = 2048,
        YTilt = 4096,
        TangentialPressure = 8192,
        ZPosition = 16384,
        All = 2147483647
    };
    using Capabilities = QFlags<Capability>;
    QInputDevice(QObject *parent = nullptr);
    ~QInputDevice() noexcept;
    QInputDevice(const QString &name, qint64 systemId, DeviceType type, const QString &seatName = QString(), QObject *parent = nullptr);
    QString name() const;
    DeviceType type() const;
    Capabilities capabilities() const;
    bool hasCapability(Capability cap) const;
    qint64 systemId() const;
    QString seatName() const;
    QRect availableVirtualGeometry() const;
    static QStringList seatNames();
    static QList<const QInputDevice *> devices();
    static const QInputDevice * primaryKeyboard(const QString &seatName = QString());
    bool operator==(const QInputDevice &other) const;
    void availableVirtualGeometryChanged(QRect area);
protected:
    QInputDevice(const QInputDevice &) = delete;
    QInputDevice & operator=(const QInputDevice &) = delete;
    QInputDevice(QInputDevice &&) = delete;
    QInputDevice & operator=(QInputDevice &&) = delete;
    friend QDebug operator<<(QDebug, const QInputDevice *);
};

class QPointingDevice : public QInputDevice {
    Q_OBJECT
public:
    enum class PointerType {
        Unknown = 0,
        Generic = 1,
        Finger = 2,
        Pen = 4,
        Eraser = 8,
        Cursor = 16,
        AllPointerTypes = 32767
    };
    using PointerTypes = QFlags<PointerType>;
    enum GrabTransition {
        GrabPassive = 1,
        UngrabPassive = 2,
        CancelGrabPassive = 3,
        OverrideGrabPassive = 4,
        GrabExclusive = 16,
        UngrabExclusive = 32,
        CancelGrabExclusive = 48
    };
    QPointingDevice(QObject *parent = nullptr);
    ~QPointingDevice() noexcept;
    void setType(DeviceType devType);
    void setCapabilities(QInputDevice::Capabilities caps);
    void setMaximumTouchPoints(int c);
    PointerType pointerType() const;
    int maximumPoints() const;
    int buttonCount() const;
    static const QPointingDevice * primaryPointingDevice(const QString &seatName = QString());
    bool operator==(const QPointingDevice &other) const;
    void grabChanged(QObject *grabber, GrabTransition transition, const QPointerEvent *event, const QEventPoint &point) const;
protected:
    QPointingDevice(const QPointingDevice &) = delete;
    QPointingDevice & operator=(const QPointingDevice &) = delete;
    QPointingDevice(QPointingDevice &&) = delete;
    QPointingDevice & operator=(QPointingDevice &&) = delete;
    friend QDebug operator<<(QDebug, const QPointingDevice *);
};

// Qt 5 only (Qt 6: QPointingDevice, whose capabilities() the Qt 5 flags still test against).
class QTouchDevice {
public:
    enum DeviceType {
        TouchScreen = 0,
        TouchPad = 1
    };
    enum CapabilityFlag {
        Position = 0x0001,
        Area = 0x0002,
        Pressure = 0x0004,
        Velocity = 0x0008,
        RawPositions = 0x0010,
        NormalizedPosition = 0x0020,
        MouseEmulation = 0x0040
    };
    Q_DECLARE_FLAGS(Capabilities, CapabilityFlag)
    QTouchDevice();
    ~QTouchDevice();
    static QList<const QTouchDevice *> devices();
    QString name() const;
    DeviceType type() const;
    Capabilities capabilities() const;
    int maximumTouchPoints() const;
};

class QInputEvent : public QEvent {
protected:
    QInputEvent(const QInputEvent &);
    QInputEvent(QInputEvent &&) = delete;
    QInputEvent & operator=(const QInputEvent &other) = default;
    QInputEvent & operator=(QInputEvent &&) = delete;
public:
    explicit QInputEvent(Type type, const QInputDevice *m_dev, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    const QInputDevice * device() const;
    QInputDevice::DeviceType deviceType() const;
    Qt::KeyboardModifiers modifiers() const;
    void setModifiers(Qt::KeyboardModifiers modifiers);
    quint64 timestamp() const;
    virtual void setTimestamp(quint64 timestamp);
protected:
    QInputEvent(Type type, PointerEventTag, const QInputDevice *dev, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QInputEvent(Type type, SinglePointEventTag, const QInputDevice *dev, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    const QInputDevice * m_dev;
    quint64 m_timeStamp;
    Qt::KeyboardModifiers m_modState;
    quint32 m_reserved;
};

class QEventPoint {
public:
    using QtGadgetHelper = void;
    enum State : quint8 {
        Unknown = 0,
        Stationary = 4,
        Pressed = 1,
        Updated = 2,
        Released = 8
    };
    using States = QFlags<State>;
    explicit QEventPoint(int id = -1, const QPointingDevice *device = nullptr);
    QEventPoint(int pointId, State state, const QPointF &scenePosition, const QPointF &globalPosition);
    QEventPoint(const QEventPoint &other) noexcept;
    QEventPoint & operator=(const QEventPoint &other) noexcept;
    QEventPoint(QEventPoint &&other) noexcept = default;
    QEventPoint & operator=(QEventPoint &&other) noexcept;
    bool operator==(const QEventPoint &other) const noexcept;
    bool operator!=(const QEventPoint &other) const noexcept;
    ~QEventPoint() noexcept;
    void swap(QEventPoint &other) noexcept;
    QPointF position() const;
    QPointF pressPosition() const;
    QPointF grabPosition() const;
    QPointF lastPosition() const;
    QPointF scenePosition() const;
    QPointF scenePressPosition() const;
    QPointF sceneGrabPosition() const;
    QPointF sceneLastPosition() const;
    QPointF globalPosition() const;
    QPointF globalPressPosition() const;
    QPointF globalGrabPosition() const;
    QPointF globalLastPosition() const;
    QPointF normalizedPosition() const;
    QPointF pos() const;
    QPointF startPos() const;
    QPointF scenePos() const;
    QPointF startScenePos() const;
    QPointF screenPos() const;
    QPointF startScreenPos() const;
    QPointF startNormalizedPos() const;
    QPointF normalizedPos() const;
    QPointF lastPos() const;
    QPointF lastScenePos() const;
    QPointF lastScreenPos() const;
    QPointF lastNormalizedPos() const;
    QVector2D velocity() const;
    State state() const;
    const QPointingDevice * device() const;
    int id() const;
    ulong timestamp() const;
    ulong lastTimestamp() const;
    ulong pressTimestamp() const;
    qreal timeHeld() const;
    qreal pressure() const;
    qreal rotation() const;
    QSizeF ellipseDiameters() const;
    bool isAccepted() const;
    void setAccepted(bool accepted = true);
    friend QDebug operator<<(QDebug, const QEventPoint *);
    friend QDebug operator<<(QDebug, const QEventPoint &);
};

class QPointerEvent : public QInputEvent {
protected:
    QPointerEvent(const QPointerEvent &);
    QPointerEvent(QPointerEvent &&) = delete;
    QPointerEvent & operator=(const QPointerEvent &other) = default;
    QPointerEvent & operator=(QPointerEvent &&) = delete;
public:
    explicit QPointerEvent(Type type, const QPointingDevice *dev, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QList<QEventPoint> &points = { });
    const QPointingDevice * pointingDevice() const;
    QPointingDevice::PointerType pointerType() const;
    void setTimestamp(quint64 timestamp) override;
    qsizetype pointCount() const;
    QEventPoint & point(qsizetype i);
    const QList<QEventPoint> & points() const;
    QEventPoint * pointById(int id);
    bool allPointsGrabbed() const;
    virtual bool isBeginEvent() const;
    virtual bool isUpdateEvent() const;
    virtual bool isEndEvent() const;
    bool allPointsAccepted() const;
    virtual void setAccepted(bool accepted) override;
    QObject * exclusiveGrabber(const QEventPoint &point) const;
    void setExclusiveGrabber(const QEventPoint &point, QObject *exclusiveGrabber);
    QList<QPointer<QObject>> passiveGrabbers(const QEventPoint &point) const;
    void clearPassiveGrabbers(const QEventPoint &point);
    bool addPassiveGrabber(const QEventPoint &point, QObject *grabber);
    bool removePassiveGrabber(const QEventPoint &point, QObject *grabber);
protected:
    QPointerEvent(Type type, SinglePointEventTag, const QInputDevice *dev, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<QEventPoint> m_points;
};

class QSinglePointEvent : public QPointerEvent {
public:
    using QtGadgetHelper = void;
protected:
    QSinglePointEvent(const QSinglePointEvent &);
    QSinglePointEvent(QSinglePointEvent &&) = delete;
    QSinglePointEvent & operator=(const QSinglePointEvent &other) = default;
    QSinglePointEvent & operator=(QSinglePointEvent &&) = delete;
public:
    Qt::MouseButton button() const;
    Qt::MouseButtons buttons() const;
    QPointF position() const;
    QPointF scenePosition() const;
    QPointF globalPosition() const;
    bool isBeginEvent() const override;
    bool isUpdateEvent() const override;
    bool isEndEvent() const override;
    QObject * exclusivePointGrabber() const;
    void setExclusivePointGrabber(QObject *exclusiveGrabber);
protected:
    QSinglePointEvent(Type type, const QPointingDevice *dev, const QEventPoint &point, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Qt::MouseEventSource source);
    QSinglePointEvent(Type type, const QPointingDevice *dev, const QPointF &localPos, const QPointF &scenePos, const QPointF &globalPos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Qt::MouseEventSource source = Qt::MouseEventNotSynthesized);
    Qt::MouseButton m_button;
    Qt::MouseButtons m_mouseState;
    Qt::MouseEventSource m_source;
    quint16 m_reserved;
    quint16 m_reserved2;
    quint16 m_doubleClick;
    quint16 m_phase;
    quint16 m_invertedScrolling;
};

class QMouseEvent : public QSinglePointEvent {
protected:
    QMouseEvent(const QMouseEvent &);
    QMouseEvent(QMouseEvent &&) = delete;
    QMouseEvent & operator=(const QMouseEvent &other) = default;
    QMouseEvent & operator=(QMouseEvent &&) = delete;
public:
    QMouseEvent(Type type, const QPointF &localPos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QMouseEvent(Type type, const QPointF &localPos, const QPointF &globalPos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QMouseEvent(Type type, const QPointF &localPos, const QPointF &scenePos, const QPointF &globalPos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QMouseEvent(Type type, const QPointF &localPos, const QPointF &scenePos, const QPointF &globalPos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Qt::MouseEventSource source, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QPoint pos() const;
    QPoint globalPos() const;
    int x() const;
    int y() const;
    int globalX() const;
    int globalY() const;
    QPointF localPos() const;
    QPointF windowPos() const;
    QPointF screenPos() const;
    Qt::MouseEventSource source() const;
    Qt::MouseEventFlags flags() const;
};

class QWheelEvent : public QSinglePointEvent {
public:
    using QtGadgetHelper = void;
protected:
    QWheelEvent(const QWheelEvent &);
    QWheelEvent(QWheelEvent &&) = delete;
    QWheelEvent & operator=(const QWheelEvent &other) = default;
    QWheelEvent & operator=(QWheelEvent &&) = delete;
public:
    enum {
        DefaultDeltasPerStep = 120
    };
    QWheelEvent(const QPointF &pos, const QPointF &globalPos, QPoint pixelDelta, QPoint angleDelta, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Qt::ScrollPhase phase, bool inverted, Qt::MouseEventSource source = Qt::MouseEventNotSynthesized, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QPoint pixelDelta() const;
    QPoint angleDelta() const;
    int delta() const;  // Qt 5: angleDelta
    Qt::Orientation orientation() const;  // Qt 5
    Qt::ScrollPhase phase() const;
    bool inverted() const;
    bool isInverted() const;
    bool hasPixelDelta() const;
    bool isBeginEvent() const override;
    bool isUpdateEvent() const override;
    bool isEndEvent() const override;
    Qt::MouseEventSource source() const;
protected:
    QPoint m_pixelDelta;
    QPoint m_angleDelta;
};

class QKeyEvent : public QInputEvent {
protected:
    QKeyEvent(const QKeyEvent &);
    QKeyEvent(QKeyEvent &&) = delete;
    QKeyEvent & operator=(const QKeyEvent &other) = default;
    QKeyEvent & operator=(QKeyEvent &&) = delete;
public:
    QKeyEvent(Type type, int key, Qt::KeyboardModifiers modifiers, const QString &text = QString(), bool autorep = false, quint16 count = 1);
    QKeyEvent(Type type, int key, Qt::KeyboardModifiers modifiers, quint32 nativeScanCode, quint32 nativeVirtualKey, quint32 nativeModifiers, const QString &text = QString(), bool autorep = false, quint16 count = 1, const QInputDevice *device = QInputDevice::primaryKeyboard());
    int key() const;
    bool matches(QKeySequence::StandardKey key) const;
    Qt::KeyboardModifiers modifiers() const;
    QString text() const;
    bool isAutoRepeat() const;
    int count() const;
    quint32 nativeScanCode() const;
    quint32 nativeVirtualKey() const;
    quint32 nativeModifiers() const;
    friend bool operator==(QKeyEvent *e, QKeySequence::StandardKey key);
    friend bool operator==(QKeySequence::StandardKey key, QKeyEvent *e);
protected:
    QString m_text;
    int m_key;
    quint32 m_scanCode;
    quint32 m_virtualKey;
    quint32 m_nativeModifiers;
    quint16 m_count;
    quint16 m_autoRepeat;
};

class QFocusEvent : public QEvent {
protected:
    QFocusEvent(const QFocusEvent &);
    QFocusEvent(QFocusEvent &&) = delete;
    QFocusEvent & operator=(const QFocusEvent &other) = default;
    QFocusEvent & operator=(QFocusEvent &&) = delete;
public:
    explicit QFocusEvent(Type type, Qt::FocusReason reason = Qt::OtherFocusReason);
    bool gotFocus() const;
    bool lostFocus() const;
    Qt::FocusReason reason() const;
};

class QPaintEvent : public QEvent {
protected:
    QPaintEvent(const QPaintEvent &);
    QPaintEvent(QPaintEvent &&) = delete;
    QPaintEvent & operator=(const QPaintEvent &other) = default;
    QPaintEvent & operator=(QPaintEvent &&) = delete;
public:
    explicit QPaintEvent(const QRegion &paintRegion);
    explicit QPaintEvent(const QRect &paintRect);
    const QRect & rect() const;
    const QRegion & region() const;
protected:
    QRect m_rect;
    QRegion m_region;
    bool m_erased;
};

class QMoveEvent : public QEvent {
protected:
    QMoveEvent(const QMoveEvent &);
    QMoveEvent(QMoveEvent &&) = delete;
    QMoveEvent & operator=(const QMoveEvent &other) = default;
    QMoveEvent & operator=(QMoveEvent &&) = delete;
public:
    QMoveEvent(const QPoint &pos, const QPoint &oldPos);
    const QPoint & pos() const;
    const QPoint & oldPos() const;
protected:
    QPoint m_pos;
    QPoint m_oldPos;
};

class QResizeEvent : public QEvent {
protected:
    QResizeEvent(const QResizeEvent &);
    QResizeEvent(QResizeEvent &&) = delete;
    QResizeEvent & operator=(const QResizeEvent &other) = default;
    QResizeEvent & operator=(QResizeEvent &&) = delete;
public:
    QResizeEvent(const QSize &size, const QSize &oldSize);
    const QSize & size() const;
    const QSize & oldSize() const;
protected:
    QSize m_size;
    QSize m_oldSize;
};

class QCloseEvent : public QEvent {
protected:
    QCloseEvent(const QCloseEvent &);
    QCloseEvent(QCloseEvent &&) = delete;
    QCloseEvent & operator=(const QCloseEvent &other) = default;
    QCloseEvent & operator=(QCloseEvent &&) = delete;
public:
    QCloseEvent();
};

class QShowEvent : public QEvent {
protected:
    QShowEvent(const QShowEvent &);
    QShowEvent(QShowEvent &&) = delete;
    QShowEvent & operator=(const QShowEvent &other) = default;
    QShowEvent & operator=(QShowEvent &&) = delete;
public:
    QShowEvent();
};

class QHideEvent : public QEvent {
protected:
    QHideEvent(const QHideEvent &);
    QHideEvent(QHideEvent &&) = delete;
    QHideEvent & operator=(const QHideEvent &other) = default;
    QHideEvent & operator=(QHideEvent &&) = delete;
public:
    QHideEvent();
};

class QContextMenuEvent : public QInputEvent {
protected:
    QContextMenuEvent(const QContextMenuEvent &);
    QContextMenuEvent(QContextMenuEvent &&) = delete;
    QContextMenuEvent & operator=(const QContextMenuEvent &other) = default;
    QContextMenuEvent & operator=(QContextMenuEvent &&) = delete;
public:
    enum Reason {
        Mouse = 0,
        Keyboard = 1,
        Other = 2
    };
    QContextMenuEvent(Reason reason, const QPoint &pos, const QPoint &globalPos, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QContextMenuEvent(Reason reason, const QPoint &pos);
    int x() const;
    int y() const;
    int globalX() const;
    int globalY() const;
    const QPoint & pos() const;
    const QPoint & globalPos() const;
    Reason reason() const;
protected:
    QPoint m_pos;
    QPoint m_globalPos;
    uint m_reason;
};

class QDropEvent : public QEvent {
protected:
    QDropEvent(const QDropEvent &);
    QDropEvent(QDropEvent &&) = delete;
    QDropEvent & operator=(const QDropEvent &other) = default;
    QDropEvent & operator=(QDropEvent &&) = delete;
public:
    QDropEvent(const QPointF &pos, Qt::DropActions actions, const QMimeData *data, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Type type = Drop);
    QPoint pos() const;
    QPointF posF() const;
    Qt::MouseButtons mouseButtons() const;
    Qt::KeyboardModifiers keyboardModifiers() const;
    QPointF position() const;
    Qt::MouseButtons buttons() const;
    Qt::KeyboardModifiers modifiers() const;
    Qt::DropActions possibleActions() const;
    Qt::DropAction proposedAction() const;
    void acceptProposedAction();
    Qt::DropAction dropAction() const;
    void setDropAction(Qt::DropAction action);
    QObject * source() const;
    const QMimeData * mimeData() const;
protected:
    QPointF m_pos;
    Qt::MouseButtons m_mouseState;
    Qt::KeyboardModifiers m_modState;
    Qt::DropActions m_actions;
    Qt::DropAction m_dropAction;
    Qt::DropAction m_defaultAction;
    const QMimeData * m_data;
};

class QDragMoveEvent : public QDropEvent {
protected:
    QDragMoveEvent(const QDragMoveEvent &);
    QDragMoveEvent(QDragMoveEvent &&) = delete;
    QDragMoveEvent & operator=(const QDragMoveEvent &other) = default;
    QDragMoveEvent & operator=(QDragMoveEvent &&) = delete;
public:
    QDragMoveEvent(const QPoint &pos, Qt::DropActions actions, const QMimeData *data, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers, Type type = DragMove);
    QRect answerRect() const;
    void accept();
    void ignore();
    void accept(const QRect &r);
    void ignore(const QRect &r);
protected:
    QRect m_rect;
};

class QDragEnterEvent : public QDragMoveEvent {
protected:
    QDragEnterEvent(const QDragEnterEvent &);
    QDragEnterEvent(QDragEnterEvent &&) = delete;
    QDragEnterEvent & operator=(const QDragEnterEvent &other) = default;
    QDragEnterEvent & operator=(QDragEnterEvent &&) = delete;
public:
    QDragEnterEvent(const QPoint &pos, Qt::DropActions actions, const QMimeData *data, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers);
};

class QDragLeaveEvent : public QEvent {
protected:
    QDragLeaveEvent(const QDragLeaveEvent &);
    QDragLeaveEvent(QDragLeaveEvent &&) = delete;
    QDragLeaveEvent & operator=(const QDragLeaveEvent &other) = default;
    QDragLeaveEvent & operator=(QDragLeaveEvent &&) = delete;
public:
    QDragLeaveEvent();
};

class QHoverEvent : public QSinglePointEvent {
protected:
    QHoverEvent(const QHoverEvent &);
    QHoverEvent(QHoverEvent &&) = delete;
    QHoverEvent & operator=(const QHoverEvent &other) = default;
    QHoverEvent & operator=(QHoverEvent &&) = delete;
public:
    QHoverEvent(Type type, const QPointF &scenePos, const QPointF &globalPos, const QPointF &oldPos, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QHoverEvent(Type type, const QPointF &pos, const QPointF &oldPos, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QPoint pos() const;
    QPointF posF() const;
    bool isUpdateEvent() const override;
    QPoint oldPos() const;
    QPointF oldPosF() const;
protected:
    QPointF m_oldPos;
};

class QEnterEvent : public QSinglePointEvent {
protected:
    QEnterEvent(const QEnterEvent &);
    QEnterEvent(QEnterEvent &&) = delete;
    QEnterEvent & operator=(const QEnterEvent &other) = default;
    QEnterEvent & operator=(QEnterEvent &&) = delete;
public:
    QEnterEvent(const QPointF &localPos, const QPointF &scenePos, const QPointF &globalPos, const QPointingDevice *device = QPointingDevice::primaryPointingDevice());
    QPoint pos() const;
    QPoint globalPos() const;
    int x() const;
    int y() const;
    int globalX() const;
    int globalY() const;
    QPointF localPos() const;
    QPointF windowPos() const;
    QPointF screenPos() const;
};

class QTabletEvent : public QSinglePointEvent {
public:
    QTabletEvent(Type t, const QPointingDevice *device, const QPointF &pos, const QPointF &globalPos, qreal pressure, float xTilt, float yTilt, float tangentialPressure, qreal rotation, float z, Qt::KeyboardModifiers keyState, Qt::MouseButton button, Qt::MouseButtons buttons);
    QPoint pos() const;
    QPoint globalPos() const;
    const QPointF posF() const;
    const QPointF globalPosF() const;
    int x() const;
    int y() const;
    qreal pressure() const;
    qreal rotation() const;
    qreal z() const;
    qreal tangentialPressure() const;
    qreal xTilt() const;
    qreal yTilt() const;
};

class QHelpEvent : public QEvent {
public:
    QHelpEvent(Type type, const QPoint &pos, const QPoint &globalPos);
    int x() const;
    int y() const;
    int globalX() const;
    int globalY() const;
    const QPoint & pos() const;
    const QPoint & globalPos() const;
};

class QStatusTipEvent : public QEvent {
public:
    explicit QStatusTipEvent(const QString &tip);
    QString tip() const;
};

class QScrollPrepareEvent : public QEvent {
public:
    explicit QScrollPrepareEvent(const QPointF &startPos);
    QPointF startPos() const;
    QSizeF viewportSize() const;
    QRectF contentPosRange() const;
    QPointF contentPos() const;
    void setViewportSize(const QSizeF &size);
    void setContentPosRange(const QRectF &rect);
    void setContentPos(const QPointF &pos);
};

class QScrollEvent : public QEvent {
public:
    enum ScrollState { ScrollStarted, ScrollUpdated, ScrollFinished };
    QScrollEvent(const QPointF &contentPos, const QPointF &overshoot, ScrollState scrollState);
    QPointF contentPos() const;
    QPointF overshootDistance() const;
    ScrollState scrollState() const;
};

class QTouchEvent : public QPointerEvent {
public:
    using TouchPoint = QEventPoint;
    explicit QTouchEvent(QEvent::Type eventType, const QPointingDevice *device = nullptr, Qt::KeyboardModifiers modifiers = Qt::NoModifier, const QList<QEventPoint> &touchPoints = {});
    ~QTouchEvent();
    QObject * target() const;
    QEventPoint::States touchPointStates() const;
    const QList<QEventPoint> & touchPoints() const;
    bool isBeginEvent() const override;
    bool isUpdateEvent() const override;
    bool isEndEvent() const override;
};

class QScreen : public QObject {
    Q_OBJECT
public:
    ~QScreen() noexcept;
    QString name() const;
    QString manufacturer() const;
    QString model() const;
    QString serialNumber() const;
    int depth() const;
    QSize size() const;
    QRect geometry() const;
    QSizeF physicalSize() const;
    qreal physicalDotsPerInchX() const;
    qreal physicalDotsPerInchY() const;
    qreal physicalDotsPerInch() const;
    qreal logicalDotsPerInchX() const;
    qreal logicalDotsPerInchY() const;
    qreal logicalDotsPerInch() const;
    qreal devicePixelRatio() const;
    QSize availableSize() const;
    QRect availableGeometry() const;
    QList<QScreen *> virtualSiblings() const;
    QScreen * virtualSiblingAt(QPoint point);
    QSize virtualSize() const;
    QRect virtualGeometry() const;
    QSize availableVirtualSize() const;
    QRect availableVirtualGeometry() const;
    Qt::ScreenOrientation primaryOrientation() const;
    Qt::ScreenOrientation orientation() const;
    Qt::ScreenOrientation nativeOrientation() const;
    int angleBetween(Qt::ScreenOrientation a, Qt::ScreenOrientation b) const;
    QTransform transformBetween(Qt::ScreenOrientation a, Qt::ScreenOrientation b, const QRect &target) const;
    QRect mapBetween(Qt::ScreenOrientation a, Qt::ScreenOrientation b, const QRect &rect) const;
    bool isPortrait(Qt::ScreenOrientation orientation) const;
    bool isLandscape(Qt::ScreenOrientation orientation) const;
    QPixmap grabWindow(WId window = 0, int x = 0, int y = 0, int w = -1, int h = -1);
    qreal refreshRate() const;
protected:
public:
    void geometryChanged(const QRect &geometry);
    void availableGeometryChanged(const QRect &geometry);
    void physicalSizeChanged(const QSizeF &size);
    void physicalDotsPerInchChanged(qreal dpi);
    void logicalDotsPerInchChanged(qreal dpi);
    void virtualGeometryChanged(const QRect &rect);
    void primaryOrientationChanged(Qt::ScreenOrientation orientation);
    void orientationChanged(Qt::ScreenOrientation orientation);
    void refreshRateChanged(qreal refreshRate);
    friend QDebug operator<<(QDebug, const QScreen *);
};

class QWindow : public QObject, public QSurface {
    Q_OBJECT
public:
    enum Visibility {
        Hidden = 0,
        AutomaticVisibility = 1,
        Windowed = 2,
        Minimized = 3,
        Maximized = 4,
        FullScreen = 5
    };
    enum AncestorMode {
        ExcludeTransients = 0,
        IncludeTransients = 1
    };
    explicit QWindow(QScreen *screen = nullptr);
    explicit QWindow(QWindow *parent);
    ~QWindow() noexcept;
    void setSurfaceType(SurfaceType surfaceType);
    void setVulkanInstance(QVulkanInstance *instance);
    QVulkanInstance * vulkanInstance() const;
    SurfaceType surfaceType() const override;
    bool isVisible() const;
    Visibility visibility() const;
    void setVisibility(Visibility v);
    void create();
    WId winId() const;
    QWindow * parent(AncestorMode mode = ExcludeTransients) const;
    void setParent(QWindow *parent);
    bool isTopLevel() const;
    bool isModal() const;
    Qt::WindowModality modality() const;
    void setModality(Qt::WindowModality modality);
    void setFormat(const QSurfaceFormat &format);
    QSurfaceFormat format() const override;
    QSurfaceFormat requestedFormat() const;
    void setFlags(Qt::WindowFlags flags);
    Qt::WindowFlags flags() const;
    void setFlag(Qt::WindowType, bool on = true);
    Qt::WindowType type() const;
    QString title() const;
    void setOpacity(qreal level);
    qreal opacity() const;
    void setMask(const QRegion &region);
    QRegion mask() const;
    bool isActive() const;
    void reportContentOrientationChange(Qt::ScreenOrientation orientation);
    Qt::ScreenOrientation contentOrientation() const;
    qreal devicePixelRatio() const;
    Qt::WindowState windowState() const;
    Qt::WindowStates windowStates() const;
    void setWindowState(Qt::WindowState state);
    void setWindowStates(Qt::WindowStates states);
    void setTransientParent(QWindow *parent);
    QWindow * transientParent() const;
    bool isAncestorOf(const QWindow *child, AncestorMode mode = IncludeTransients) const;
    bool isExposed() const;
    int minimumWidth() const;
    int minimumHeight() const;
    int maximumWidth() const;
    int maximumHeight() const;
    QSize minimumSize() const;
    QSize maximumSize() const;
    QSize baseSize() const;
    QSize sizeIncrement() const;
    void setMinimumSize(const QSize &size);
    void setMaximumSize(const QSize &size);
    void setBaseSize(const QSize &size);
    void setSizeIncrement(const QSize &size);
    QRect geometry() const;
    QMargins frameMargins() const;
    QRect frameGeometry() const;
    QPoint framePosition() const;
    void setFramePosition(const QPoint &point);
    int width() const;
    int height() const;
    int x() const;
    int y() const;
    QSize size() const override;
    QPoint position() const;
    void setPosition(const QPoint &pt);
    void setPosition(int posx, int posy);
    void resize(const QSize &newSize);
    void resize(int w, int h);
    void setFilePath(const QString &filePath);
    QString filePath() const;
    void setIcon(const QIcon &icon);
    QIcon icon() const;
    void destroy();
    bool setKeyboardGrabEnabled(bool grab);
    bool setMouseGrabEnabled(bool grab);
    QScreen * screen() const;
    void setScreen(QScreen *screen);
    virtual QObject * focusObject() const;
    QPointF mapToGlobal(const QPointF &pos) const;
    QPointF mapFromGlobal(const QPointF &pos) const;
    QPoint mapToGlobal(const QPoint &pos) const;
    QPoint mapFromGlobal(const QPoint &pos) const;
    QCursor cursor() const;
    void setCursor(const QCursor &);
    void unsetCursor();
    static QWindow * fromWinId(WId id);
protected:
public:
public Q_SLOTS:
    void requestActivate();
    void setVisible(bool visible);
    void show();
    void hide();
    void showMinimized();
    void showMaximized();
    void showFullScreen();
    void showNormal();
    bool close();
    void raise();
    void lower();
    bool startSystemResize(Qt::Edges edges);
    bool startSystemMove();
    void setTitle(const QString &);
    void setX(int arg);
    void setY(int arg);
    void setWidth(int arg);
    void setHeight(int arg);
    void setGeometry(int posx, int posy, int w, int h);
    void setGeometry(const QRect &rect);
    void setMinimumWidth(int w);
    void setMinimumHeight(int h);
    void setMaximumWidth(int w);
    void setMaximumHeight(int h);
    void alert(int msec);
    void requestUpdate();
public:
    void screenChanged(QScreen *screen);
    void modalityChanged(Qt::WindowModality modality);
    void windowStateChanged(Qt::WindowState windowState);
    void windowTitleChanged(const QString &title);
    void xChanged(int arg);
    void yChanged(int arg);
    void widthChanged(int arg);
    void heightChanged(int arg);
    void minimumWidthChanged(int arg);
    void minimumHeightChanged(int arg);
    void maximumWidthChanged(int arg);
    void maximumHeightChanged(int arg);
    void visibleChanged(bool arg);
    void visibilityChanged(QWindow::Visibility visibility);
    void activeChanged();
    void contentOrientationChanged(Qt::ScreenOrientation orientation);
    void focusObjectChanged(QObject *object);
    void opacityChanged(qreal opacity);
    void transientParentChanged(QWindow *transientParent);
protected:
    virtual void exposeEvent(QExposeEvent *);
    virtual void resizeEvent(QResizeEvent *);
    virtual void paintEvent(QPaintEvent *);
    virtual void moveEvent(QMoveEvent *);
    virtual void focusInEvent(QFocusEvent *);
    virtual void focusOutEvent(QFocusEvent *);
    virtual void showEvent(QShowEvent *);
    virtual void hideEvent(QHideEvent *);
    virtual void closeEvent(QCloseEvent *);
    virtual bool event(QEvent *) override;
    virtual void keyPressEvent(QKeyEvent *);
    virtual void keyReleaseEvent(QKeyEvent *);
    virtual void mousePressEvent(QMouseEvent *);
    virtual void mouseReleaseEvent(QMouseEvent *);
    virtual void mouseDoubleClickEvent(QMouseEvent *);
    virtual void mouseMoveEvent(QMouseEvent *);
    virtual void wheelEvent(QWheelEvent *);
    virtual bool nativeEvent(const QByteArray &eventType, void *message, qintptr *result);
    friend QDebug operator<<(QDebug, const QWindow *);
};

class QGuiApplication : public QCoreApplication {
    Q_OBJECT
public:
    QGuiApplication(int &argc, char **argv, int = ApplicationFlags);
    ~QGuiApplication() noexcept;
    static void setApplicationDisplayName(const QString &name);
    static QString applicationDisplayName();
    static void setDesktopFileName(const QString &name);
    static QString desktopFileName();
    static QWindow * topLevelAt(const QPoint &pos);
    static void setWindowIcon(const QIcon &icon);
    static QIcon windowIcon();
    static QString platformName();
    static QWindow * modalWindow();
    static QWindow * focusWindow();
    static QObject * focusObject();
    static QScreen * primaryScreen();
    static QList<QScreen *> screens();
    static QScreen * screenAt(const QPoint &point);
    qreal devicePixelRatio() const;
    static QCursor * overrideCursor();
    static void setOverrideCursor(const QCursor &);
    static void changeOverrideCursor(const QCursor &);
    static void restoreOverrideCursor();
    static QFont font();
    static void setFont(const QFont &);
    static QClipboard * clipboard();
    static QPalette palette();
    static void setPalette(const QPalette &pal);
    static Qt::KeyboardModifiers keyboardModifiers();
    static Qt::KeyboardModifiers queryKeyboardModifiers();
    static Qt::MouseButtons mouseButtons();
    static void setLayoutDirection(Qt::LayoutDirection direction);
    static Qt::LayoutDirection layoutDirection();
    static bool isRightToLeft();
    static bool isLeftToRight();
    static QStyleHints * styleHints();
    static void setDesktopSettingsAware(bool on);
    static bool desktopSettingsAware();
    static void setQuitOnLastWindowClosed(bool quit);
    static bool quitOnLastWindowClosed();
    static Qt::ApplicationState applicationState();
    static void setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy policy);
    static Qt::HighDpiScaleFactorRoundingPolicy highDpiScaleFactorRoundingPolicy();
    static int exec();
    bool notify(QObject *, QEvent *) override;
    bool isSessionRestored() const;
    QString sessionId() const;
    QString sessionKey() const;
    bool isSavingSession() const;
protected:
public:
    static void sync();
    void fontDatabaseChanged();
    void screenAdded(QScreen *screen);
    void screenRemoved(QScreen *screen);
    void primaryScreenChanged(QScreen *screen);
    void lastWindowClosed();
    void focusObjectChanged(QObject *focusObject);
    void focusWindowChanged(QWindow *focusWindow);
    void applicationStateChanged(Qt::ApplicationState state);
    void layoutDirectionChanged(Qt::LayoutDirection direction);
    void applicationDisplayNameChanged();
    void paletteChanged(const QPalette &pal);
    void fontChanged(const QFont &font);
    void commitDataRequest(QSessionManager &sessionManager);
    void saveStateRequest(QSessionManager &sessionManager);
    static void setFallbackSessionManagementEnabled(bool); // Qt 5 only
    static bool isFallbackSessionManagementEnabled(); // Qt 5 only
protected:
    bool event(QEvent *) override;
};
#define qGuiApp (static_cast<QGuiApplication *>(QCoreApplication::instance()))

class QSessionManager : public QObject {
    Q_OBJECT
public:
    QString sessionId() const;
    QString sessionKey() const;
    bool allowsInteraction();
    bool allowsErrorInteraction();
    void release();
    void cancel();
    bool isPhase2() const;
    void requestPhase2();
};

class QAction : public QObject {
    Q_OBJECT
public:
    enum MenuRole {
        NoRole = 0,
        TextHeuristicRole = 1,
        ApplicationSpecificRole = 2,
        AboutQtRole = 3,
        AboutRole = 4,
        PreferencesRole = 5,
        QuitRole = 6
    };
    enum Priority {
        LowPriority = 0,
        NormalPriority = 128,
        HighPriority = 256
    };
    explicit QAction(QObject *parent = nullptr);
    explicit QAction(const QString &text, QObject *parent = nullptr);
    explicit QAction(const QIcon &icon, const QString &text, QObject *parent = nullptr);
    ~QAction() noexcept;
    QList<QObject *> associatedObjects() const;
    void setActionGroup(QActionGroup *group);
    QActionGroup * actionGroup() const;
    void setIcon(const QIcon &icon);
    QIcon icon() const;
    void setText(const QString &text);
    QString text() const;
    void setIconText(const QString &text);
    QString iconText() const;
    void setToolTip(const QString &tip);
    QString toolTip() const;
    void setStatusTip(const QString &statusTip);
    QString statusTip() const;
    void setWhatsThis(const QString &what);
    QString whatsThis() const;
    void setPriority(Priority priority);
    Priority priority() const;
    void setSeparator(bool b);
    bool isSeparator() const;
    void setShortcut(const QKeySequence &shortcut);
    QKeySequence shortcut() const;
    void setShortcuts(const QList<QKeySequence> &shortcuts);
    void setShortcuts(QKeySequence::StandardKey);
    QList<QKeySequence> shortcuts() const;
    void setShortcutContext(Qt::ShortcutContext context);
    Qt::ShortcutContext shortcutContext() const;
    void setAutoRepeat(bool);
    bool autoRepeat() const;
    void setFont(const QFont &font);
    QFont font() const;
    void setCheckable(bool);
    bool isCheckable() const;
    QVariant data() const;
    void setData(const QVariant &var);
    bool isChecked() const;
    bool isEnabled() const;
    bool isVisible() const;
    enum ActionEvent {
        Trigger = 0,
        Hover = 1
    };
    void activate(ActionEvent event);
    void setMenuRole(MenuRole menuRole);
    MenuRole menuRole() const;
    template <typename T = QMenu *> T menu() const;
    template <typename T = QMenu *> void setMenu(T m);
    void setIconVisibleInMenu(bool visible);
    bool isIconVisibleInMenu() const;
    void setShortcutVisibleInContextMenu(bool show);
    bool isShortcutVisibleInContextMenu() const;
    bool showStatusText(QObject *object = nullptr);
protected:
    bool event(QEvent *) override;
public Q_SLOTS:
    void trigger();
    void hover();
    void setChecked(bool);
    void toggle();
    void setEnabled(bool);
    void resetEnabled();
    void setDisabled(bool b);
    void setVisible(bool);
public:
    void changed();
    void enabledChanged(bool enabled);
    void checkableChanged(bool checkable);
    void visibleChanged();
    void triggered(bool checked = false);
    void hovered();
    void toggled(bool);
    friend QDebug operator<<(QDebug, const QAction *);
};

class QActionGroup : public QObject {
    Q_OBJECT
public:
    enum class ExclusionPolicy {
        None = 0,
        Exclusive = 1,
        ExclusiveOptional = 2
    };
    explicit QActionGroup(QObject *parent);
    ~QActionGroup() noexcept;
    QAction * addAction(QAction *a);
    QAction * addAction(const QString &text);
    QAction * addAction(const QIcon &icon, const QString &text);
    void removeAction(QAction *a);
    QList<QAction *> actions() const;
    QAction * checkedAction() const;
    bool isExclusive() const;
    bool isEnabled() const;
    bool isVisible() const;
    ExclusionPolicy exclusionPolicy() const;
public Q_SLOTS:
    void setEnabled(bool);
    void setDisabled(bool b);
    void setVisible(bool);
    void setExclusive(bool);
    void setExclusionPolicy(ExclusionPolicy policy);
public:
    void triggered(QAction *);
    void hovered(QAction *);
protected:
};

class QDesktopServices {
public:
    static bool openUrl(const QUrl &url);
    static void setUrlHandler(const QString &scheme, QObject *receiver, const char *method);
    static void unsetUrlHandler(const QString &scheme);
};

class QClipboard : public QObject {
    Q_OBJECT
public:
    enum Mode {
        Clipboard = 0,
        Selection = 1,
        FindBuffer = 2,
        LastMode = 2
    };
    void clear(Mode mode = Clipboard);
    bool supportsSelection() const;
    bool supportsFindBuffer() const;
    bool ownsSelection() const;
    bool ownsClipboard() const;
    bool ownsFindBuffer() const;
    QString text(Mode mode = Clipboard) const;
    QString text(QString &subtype, Mode mode = Clipboard) const;
    void setText(const QString &, Mode mode = Clipboard);
    const QMimeData * mimeData(Mode mode = Clipboard) const;
    void setMimeData(QMimeData *data, Mode mode = Clipboard);
    QImage image(Mode mode = Clipboard) const;
    QPixmap pixmap(Mode mode = Clipboard) const;
    void setImage(const QImage &, Mode mode = Clipboard);
    void setPixmap(const QPixmap &, Mode mode = Clipboard);
    void changed(QClipboard::Mode mode);
    void selectionChanged();
    void findBufferChanged();
    void dataChanged();
protected:
};

class QValidator : public QObject {
    Q_OBJECT
public:
    explicit QValidator(QObject *parent = nullptr);
    ~QValidator() noexcept;
    enum State {
        Invalid = 0,
        Intermediate = 1,
        Acceptable = 2
    };
    void setLocale(const QLocale &locale);
    QLocale locale() const;
    virtual State validate(QString &, int &) const = 0;
    virtual void fixup(QString &) const;
    void changed();
protected:
};

class QIntValidator : public QValidator {
    Q_OBJECT
public:
    explicit QIntValidator(QObject *parent = nullptr);
    QIntValidator(int bottom, int top, QObject *parent = nullptr);
    ~QIntValidator() noexcept;
    QValidator::State validate(QString &, int &) const override;
    void fixup(QString &input) const override;
    void setBottom(int);
    void setTop(int);
    void setRange(int bottom, int top);
    int bottom() const;
    int top() const;
    void bottomChanged(int bottom);
    void topChanged(int top);
};

class QDoubleValidator : public QValidator {
    Q_OBJECT
public:
    explicit QDoubleValidator(QObject *parent = nullptr);
    QDoubleValidator(double bottom, double top, int decimals, QObject *parent = nullptr);
    ~QDoubleValidator() noexcept;
    enum Notation {
        StandardNotation = 0,
        ScientificNotation = 1
    };
    QValidator::State validate(QString &, int &) const override;
    void fixup(QString &input) const override;
    void setRange(double bottom, double top, int decimals);
    void setRange(double bottom, double top);
    void setBottom(double);
    void setTop(double);
    void setDecimals(int);
    void setNotation(Notation);
    double bottom() const;
    double top() const;
    int decimals() const;
    Notation notation() const;
    void bottomChanged(double bottom);
    void topChanged(double top);
    void decimalsChanged(int decimals);
    void notationChanged(QDoubleValidator::Notation notation);
};

class QRegularExpressionValidator : public QValidator {
    Q_OBJECT
public:
    explicit QRegularExpressionValidator(QObject *parent = nullptr);
    explicit QRegularExpressionValidator(const QRegularExpression &re, QObject *parent = nullptr);
    ~QRegularExpressionValidator() noexcept;
    QValidator::State validate(QString &input, int &pos) const override;
    QRegularExpression regularExpression() const;
public Q_SLOTS:
    void setRegularExpression(const QRegularExpression &re);
public:
    void regularExpressionChanged(const QRegularExpression &re);
};

using QGradientStop = QPair<qreal, QColor>;
using QGradientStops = QList<QGradientStop>;
class QGradient {
public:
    using QtGadgetHelper = void;
    enum Type {
        LinearGradient = 0,
        RadialGradient = 1,
        ConicalGradient = 2,
        NoGradient = 3
    };
    enum Spread {
        PadSpread = 0,
        ReflectSpread = 1,
        RepeatSpread = 2
    };
    enum CoordinateMode {
        LogicalMode = 0,
        StretchToDeviceMode = 1,
        ObjectBoundingMode = 2,
        ObjectMode = 3
    };
    enum InterpolationMode {
        ColorInterpolation = 0,
        ComponentInterpolation = 1
    };
    enum Preset {
        WarmFlame = 1,
        NightFade = 2,
        SpringWarmth = 3,
        JuicyPeach = 4,
        YoungPassion = 5,
        LadyLips = 6,
        SunnyMorning = 7,
        RainyAshville = 8,
        FrozenDreams = 9,
        WinterNeva = 10,
        DustyGrass = 11,
        TemptingAzure = 12,
        HeavyRain = 13,
        AmyCrisp = 14,
        MeanFruit = 15,
        DeepBlue = 16,
        RipeMalinka = 17,
        CloudyKnoxville = 18,
        MalibuBeach = 19,
        NewLife = 20,
        TrueSunset = 21,
        MorpheusDen = 22,
        RareWind = 23,
        NearMoon = 24,
        WildApple = 25,
        SaintPetersburg = 26,
        PlumPlate = 28,
        EverlastingSky = 29,
        HappyFisher = 30,
        Blessing = 31,
        SharpeyeEagle = 32,
        LadogaBottom = 33,
        LemonGate = 34,
        ItmeoBranding = 35,
        ZeusMiracle = 36,
        OldHat = 37,
        StarWine = 38,
        HappyAcid = 41,
        AwesomePine = 42,
        NewYork = 43,
        ShyRainbow = 44,
        MixedHopes = 46,
        FlyHigh = 47,
        StrongBliss = 48,
        FreshMilk = 49,
        SnowAgain = 50,
        FebruaryInk = 51,
        KindSteel = 52,
        SoftGrass = 53,
        GrownEarly = 54,
        SharpBlues = 55,
        ShadyWater = 56,
        DirtyBeauty = 57,
        GreatWhale = 58,
        TeenNotebook = 59,
        PoliteRumors = 60,
        SweetPeriod = 61,
        WideMatrix = 62,
        SoftCherish = 63,
        RedSalvation = 64,
        BurningSpring = 65,
        NightParty = 66,
        SkyGlider = 67,
        HeavenPeach = 68,
        PurpleDivision = 69,
        AquaSplash = 70,
        SpikyNaga = 72,
        LoveKiss = 73,
        CleanMirror = 75,
        PremiumDark = 76,
        ColdEvening = 77,
        CochitiLake = 78,
        SummerGames = 79,
        PassionateBed = 80,
        MountainRock = 81,
        DesertHump = 82,
        JungleDay = 83,
        PhoenixStart = 84,
        OctoberSilence = 85,
        FarawayRiver = 86,
        AlchemistLab = 87,
        OverSun = 88,
        PremiumWhite = 89,
        MarsParty = 90,
        EternalConstance = 91,
        JapanBlush = 92,
        SmilingRain = 93,
        CloudyApple = 94,
        BigMango = 95,
        HealthyWater = 96,
        AmourAmour = 97,
        RiskyConcrete = 98,
        StrongStick = 99,
        ViciousStance = 100,
        PaloAlto = 101,
        HappyMemories = 102,
        MidnightBloom = 103,
        Crystalline = 104,
        PartyBliss = 106,
        ConfidentCloud = 107,
        LeCocktail = 108,
        RiverCity = 109,
        FrozenBerry = 110,
        ChildCare = 112,
        FlyingLemon = 113,
        NewRetrowave = 114,
        HiddenJaguar = 115,
        AboveTheSky = 116,
        Nega = 117,
        DenseWater = 118,
        Seashore = 120,
        MarbleWall = 121,
        CheerfulCaramel = 122,
        NightSky = 123,
        MagicLake = 124,
        YoungGrass = 125,
        ColorfulPeach = 126,
        GentleCare = 127,
        PlumBath = 128,
        HappyUnicorn = 129,
        AfricanField = 131,
        SolidStone = 132,
        OrangeJuice = 133,
        GlassWater = 134,
        NorthMiracle = 136,
        FruitBlend = 137,
        MillenniumPine = 138,
        HighFlight = 139,
        MoleHall = 140,
        SpaceShift = 142,
        ForestInei = 143,
        RoyalGarden = 144,
        RichMetal = 145,
        JuicyCake = 146,
        SmartIndigo = 147,
        SandStrike = 148,
        NorseBeauty = 149,
        AquaGuidance = 150,
        SunVeggie = 151,
        SeaLord = 152,
        BlackSea = 153,
        GrassShampoo = 154,
        LandingAircraft = 155,
        WitchDance = 156,
        SleeplessNight = 157,
        AngelCare = 158,
        CrystalRiver = 159,
        SoftLipstick = 160,
        SaltMountain = 161,
        PerfectWhite = 162,
        FreshOasis = 163,
        StrictNovember = 164,
        MorningSalad = 165,
        DeepRelief = 166,
        SeaStrike = 167,
        NightCall = 168,
        SupremeSky = 169,
        LightBlue = 170,
        MindCrawl = 171,
        LilyMeadow = 172,
        SugarLollipop = 173,
        SweetDessert = 174,
        MagicRay = 175,
        TeenParty = 176,
        FrozenHeat = 177,
        GagarinView = 178,
        FabledSunset = 179,
        PerfectBlue = 180,
        NumPresets = 181
    };
    QGradient();
    QGradient(Preset);
    ~QGradient();
    Type type() const;
    void setSpread(Spread spread);
    Spread spread() const;
    void setColorAt(qreal pos, const QColor &color);
    void setStops(const QGradientStops &stops);
    QGradientStops stops() const;
    CoordinateMode coordinateMode() const;
    void setCoordinateMode(CoordinateMode mode);
    InterpolationMode interpolationMode() const;
    void setInterpolationMode(InterpolationMode mode);
    bool operator==(const QGradient &gradient) const;
    bool operator!=(const QGradient &other) const;
};

class QTextOption {
public:
    class Tab;
public:
    enum TabType {
        LeftTab = 0,
        RightTab = 1,
        CenterTab = 2,
        DelimiterTab = 3
    };
    struct Tab {
        Tab();
        Tab(qreal pos, TabType tabType, QChar delim = QChar());
        bool operator==(const Tab &other) const;
        bool operator!=(const Tab &other) const;
        qreal position;
        TabType type;
        QChar delimiter;
    };
    QTextOption();
    QTextOption(Qt::Alignment alignment);
    ~QTextOption() noexcept;
    QTextOption(const QTextOption &o);
    QTextOption & operator=(const QTextOption &o);
    void setAlignment(Qt::Alignment alignment);
    Qt::Alignment alignment() const;
    void setTextDirection(Qt::LayoutDirection aDirection);
    Qt::LayoutDirection textDirection() const;
    enum WrapMode {
        NoWrap = 0,
        WordWrap = 1,
        ManualWrap = 2,
        WrapAnywhere = 3,
        WrapAtWordBoundaryOrAnywhere = 4
    };
    void setWrapMode(WrapMode wrap);
    WrapMode wrapMode() const;
    enum Flag {
        ShowTabsAndSpaces = 1,
        ShowLineAndParagraphSeparators = 2,
        AddSpaceForLineAndParagraphSeparators = 4,
        SuppressColors = 8,
        ShowDocumentTerminator = 16,
        IncludeTrailingSpaces = 2147483648
    };
    using Flags = QFlags<Flag>;
    void setFlags(Flags flags);
    Flags flags() const;
    void setTabStopDistance(qreal tabStopDistance);
    qreal tabStopDistance() const;
    void setTabArray(const QList<qreal> &tabStops);
    QList<qreal> tabArray() const;
    void setTabs(const QList<Tab> &tabStops);
    QList<Tab> tabs() const;
    void setUseDesignMetrics(bool b);
    bool useDesignMetrics() const;
};

class QStaticText {
public:
    enum PerformanceHint {
        ModerateCaching = 0,
        AggressiveCaching = 1
    };
    QStaticText();
    explicit QStaticText(const QString &text);
    QStaticText(const QStaticText &other);
    ~QStaticText();
    QStaticText & operator=(const QStaticText &other);
    void setText(const QString &text);
    QString text() const;
    void setTextFormat(Qt::TextFormat textFormat);
    Qt::TextFormat textFormat() const;
    void setTextWidth(qreal textWidth);
    qreal textWidth() const;
    void setTextOption(const QTextOption &textOption);
    QTextOption textOption() const;
    QSizeF size() const;
    void prepare(const QTransform &matrix = QTransform(), const QFont &font = QFont());
    void setPerformanceHint(PerformanceHint performanceHint);
    PerformanceHint performanceHint() const;
};

class QPainter {
public:
    class PixmapFragment;
public:
    using QtGadgetHelper = void;
    enum RenderHint {
        Antialiasing = 1,
        TextAntialiasing = 2,
        SmoothPixmapTransform = 4,
        VerticalSubpixelPositioning = 8,
        LosslessImageRendering = 64,
        NonCosmeticBrushPatterns = 128
    };
    using RenderHints = QFlags<RenderHint>;
    class PixmapFragment {
    public:
        qreal x;
        qreal y;
        qreal sourceLeft;
        qreal sourceTop;
        qreal width;
        qreal height;
        qreal scaleX;
        qreal scaleY;
        qreal rotation;
        qreal opacity;
        static PixmapFragment create(const QPointF &pos, const QRectF &sourceRect, qreal scaleX = 1, qreal scaleY = 1, qreal rotation = 0, qreal opacity = 1);
    };
    enum PixmapFragmentHint {
        OpaqueHint = 1
    };
    using PixmapFragmentHints = QFlags<PixmapFragmentHint>;
    QPainter();
    explicit QPainter(QPaintDevice *);
    ~QPainter();
    QPaintDevice * device() const;
    bool begin(QPaintDevice *);
    bool end();
    bool isActive() const;
    enum CompositionMode {
        CompositionMode_SourceOver = 0,
        CompositionMode_DestinationOver = 1,
        CompositionMode_Clear = 2,
        CompositionMode_Source = 3,
        CompositionMode_Destination = 4,
        CompositionMode_SourceIn = 5,
        CompositionMode_DestinationIn = 6,
        CompositionMode_SourceOut = 7,
        CompositionMode_DestinationOut = 8,
        CompositionMode_SourceAtop = 9,
        CompositionMode_DestinationAtop = 10,
        CompositionMode_Xor = 11,
        CompositionMode_Plus = 12,
        CompositionMode_Multiply = 13,
        CompositionMode_Screen = 14,
        CompositionMode_Overlay = 15,
        CompositionMode_Darken = 16,
        CompositionMode_Lighten = 17,
        CompositionMode_ColorDodge = 18,
        CompositionMode_ColorBurn = 19,
        CompositionMode_HardLight = 20,
        CompositionMode_SoftLight = 21,
        CompositionMode_Difference = 22,
        CompositionMode_Exclusion = 23,
        RasterOp_SourceOrDestination = 24,
        RasterOp_SourceAndDestination = 25,
        RasterOp_SourceXorDestination = 26,
        RasterOp_NotSourceAndNotDestination = 27,
        RasterOp_NotSourceOrNotDestination = 28,
        RasterOp_NotSourceXorDestination = 29,
        RasterOp_NotSource = 30,
        RasterOp_NotSourceAndDestination = 31,
        RasterOp_SourceAndNotDestination = 32,
        RasterOp_NotSourceOrDestination = 33,
        RasterOp_SourceOrNotDestination = 34,
        RasterOp_ClearDestination = 35,
        RasterOp_SetDestination = 36,
        RasterOp_NotDestination = 37
    };
    void setCompositionMode(CompositionMode mode);
    CompositionMode compositionMode() const;
    const QFont & font() const;
    void setFont(const QFont &f);
    QFontMetrics fontMetrics() const;
    QFontInfo fontInfo() const;
    void setPen(const QColor &color);
    void setPen(const QPen &pen);
    void setPen(Qt::PenStyle style);
    const QPen & pen() const;
    void setBrush(const QBrush &brush);
    void setBrush(Qt::BrushStyle style);
    const QBrush & brush() const;
    void setBackgroundMode(Qt::BGMode mode);
    Qt::BGMode backgroundMode() const;
    QPoint brushOrigin() const;
    void setBrushOrigin(int x, int y);
    void setBrushOrigin(const QPoint &);
    void setBrushOrigin(const QPointF &);
    void setBackground(const QBrush &bg);
    const QBrush & background() const;
    qreal opacity() const;
    void setOpacity(qreal opacity);
    QRegion clipRegion() const;
    QPainterPath clipPath() const;
    void setClipRect(const QRectF &, Qt::ClipOperation op = Qt::ReplaceClip);
    void setClipRect(const QRect &, Qt::ClipOperation op = Qt::ReplaceClip);
    void setClipRect(int x, int y, int w, int h, Qt::ClipOperation op = Qt::ReplaceClip);
    void setClipRegion(const QRegion &, Qt::ClipOperation op = Qt::ReplaceClip);
    void setClipPath(const QPainterPath &path, Qt::ClipOperation op = Qt::ReplaceClip);
    void setClipping(bool enable);
    bool hasClipping() const;
    QRectF clipBoundingRect() const;
    void save();
    void restore();
    void setTransform(const QTransform &transform, bool combine = false);
    const QTransform & transform() const;
    const QTransform & deviceTransform() const;
    void resetTransform();
    void setWorldTransform(const QTransform &matrix, bool combine = false);
    const QTransform & worldTransform() const;
    QTransform combinedTransform() const;
    void setWorldMatrixEnabled(bool enabled);
    bool worldMatrixEnabled() const;
    void scale(qreal sx, qreal sy);
    void shear(qreal sh, qreal sv);
    void rotate(qreal a);
    void translate(const QPointF &offset);
    void translate(const QPoint &offset);
    void translate(qreal dx, qreal dy);
    QRect window() const;
    void setWindow(const QRect &window);
    void setWindow(int x, int y, int w, int h);
    QRect viewport() const;
    void setViewport(const QRect &viewport);
    void setViewport(int x, int y, int w, int h);
    void setViewTransformEnabled(bool enable);
    bool viewTransformEnabled() const;
    void strokePath(const QPainterPath &path, const QPen &pen);
    void fillPath(const QPainterPath &path, const QBrush &brush);
    void drawPath(const QPainterPath &path);
    void drawPoint(const QPointF &pt);
    void drawPoint(const QPoint &p);
    void drawPoint(int x, int y);
    void drawPoints(const QPointF *points, int pointCount);
    void drawPoints(const QPolygonF &points);
    void drawPoints(const QPoint *points, int pointCount);
    void drawPoints(const QPolygon &points);
    void drawLine(const QLineF &line);
    void drawLine(const QLine &line);
    void drawLine(int x1, int y1, int x2, int y2);
    void drawLine(const QPoint &p1, const QPoint &p2);
    void drawLine(const QPointF &p1, const QPointF &p2);
    void drawLines(const QLineF *lines, int lineCount);
    void drawLines(const QList<QLineF> &lines);
    void drawLines(const QPointF *pointPairs, int lineCount);
    void drawLines(const QList<QPointF> &pointPairs);
    void drawLines(const QLine *lines, int lineCount);
    void drawLines(const QList<QLine> &lines);
    void drawLines(const QPoint *pointPairs, int lineCount);
    void drawLines(const QList<QPoint> &pointPairs);
    void drawRect(const QRectF &rect);
    void drawRect(int x1, int y1, int w, int h);
    void drawRect(const QRect &rect);
    void drawRects(const QRectF *rects, int rectCount);
    void drawRects(const QList<QRectF> &rectangles);
    void drawRects(const QRect *rects, int rectCount);
    void drawRects(const QList<QRect> &rectangles);
    void drawEllipse(const QRectF &r);
    void drawEllipse(const QRect &r);
    void drawEllipse(int x, int y, int w, int h);
    void drawEllipse(const QPointF &center, qreal rx, qreal ry);
    void drawEllipse(const QPoint &center, int rx, int ry);
    void drawPolyline(const QPointF *points, int pointCount);
    void drawPolyline(const QPolygonF &polyline);
    void drawPolyline(const QPoint *points, int pointCount);
    void drawPolyline(const QPolygon &polygon);
    void drawPolygon(const QPointF *points, int pointCount, Qt::FillRule fillRule = Qt::OddEvenFill);
    void drawPolygon(const QPolygonF &polygon, Qt::FillRule fillRule = Qt::OddEvenFill);
    void drawPolygon(const QPoint *points, int pointCount, Qt::FillRule fillRule = Qt::OddEvenFill);
    void drawPolygon(const QPolygon &polygon, Qt::FillRule fillRule = Qt::OddEvenFill);
    void drawConvexPolygon(const QPointF *points, int pointCount);
    void drawConvexPolygon(const QPolygonF &polygon);
    void drawConvexPolygon(const QPoint *points, int pointCount);
    void drawConvexPolygon(const QPolygon &polygon);
    void drawArc(const QRectF &rect, int a, int alen);
    void drawArc(const QRect &, int a, int alen);
    void drawArc(int x, int y, int w, int h, int a, int alen);
    void drawPie(const QRectF &rect, int a, int alen);
    void drawPie(int x, int y, int w, int h, int a, int alen);
    void drawPie(const QRect &, int a, int alen);
    void drawChord(const QRectF &rect, int a, int alen);
    void drawChord(int x, int y, int w, int h, int a, int alen);
    void drawChord(const QRect &, int a, int alen);
    void drawRoundedRect(const QRectF &rect, qreal xRadius, qreal yRadius, Qt::SizeMode mode = Qt::AbsoluteSize);
    void drawRoundedRect(int x, int y, int w, int h, qreal xRadius, qreal yRadius, Qt::SizeMode mode = Qt::AbsoluteSize);
    void drawRoundedRect(const QRect &rect, qreal xRadius, qreal yRadius, Qt::SizeMode mode = Qt::AbsoluteSize);
    void drawTiledPixmap(const QRectF &rect, const QPixmap &pm, const QPointF &offset = QPointF());
    void drawTiledPixmap(int x, int y, int w, int h, const QPixmap &, int sx = 0, int sy = 0);
    void drawTiledPixmap(const QRect &, const QPixmap &, const QPoint & = QPoint());
    void drawPixmap(const QRectF &targetRect, const QPixmap &pixmap, const QRectF &sourceRect);
    void drawPixmap(const QRect &targetRect, const QPixmap &pixmap, const QRect &sourceRect);
    void drawPixmap(int x, int y, int w, int h, const QPixmap &pm, int sx, int sy, int sw, int sh);
    void drawPixmap(int x, int y, const QPixmap &pm, int sx, int sy, int sw, int sh);
    void drawPixmap(const QPointF &p, const QPixmap &pm, const QRectF &sr);
    void drawPixmap(const QPoint &p, const QPixmap &pm, const QRect &sr);
    void drawPixmap(const QPointF &p, const QPixmap &pm);
    void drawPixmap(const QPoint &p, const QPixmap &pm);
    void drawPixmap(int x, int y, const QPixmap &pm);
    void drawPixmap(const QRect &r, const QPixmap &pm);
    void drawPixmap(int x, int y, int w, int h, const QPixmap &pm);
    void drawPixmapFragments(const PixmapFragment *fragments, int fragmentCount, const QPixmap &pixmap, PixmapFragmentHints hints = PixmapFragmentHints());
    void drawImage(const QRectF &targetRect, const QImage &image, const QRectF &sourceRect, Qt::ImageConversionFlags flags = Qt::AutoColor);
    void drawImage(const QRect &targetRect, const QImage &image, const QRect &sourceRect, Qt::ImageConversionFlags flags = Qt::AutoColor);
    void drawImage(const QPointF &p, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    void drawImage(const QPoint &p, const QImage &image, const QRect &sr, Qt::ImageConversionFlags flags = Qt::AutoColor);
    void drawImage(const QRectF &r, const QImage &image);
    void drawImage(const QRect &r, const QImage &image);
    void drawImage(const QPointF &p, const QImage &image);
    void drawImage(const QPoint &p, const QImage &image);
    void drawImage(int x, int y, const QImage &image, int sx = 0, int sy = 0, int sw = -1, int sh = -1, Qt::ImageConversionFlags flags = Qt::AutoColor);
    void setLayoutDirection(Qt::LayoutDirection direction);
    Qt::LayoutDirection layoutDirection() const;
    void drawStaticText(const QPointF &topLeftPosition, const QStaticText &staticText);
    void drawStaticText(const QPoint &topLeftPosition, const QStaticText &staticText);
    void drawStaticText(int left, int top, const QStaticText &staticText);
    void drawText(const QPointF &p, const QString &s);
    void drawText(const QPoint &p, const QString &s);
    void drawText(int x, int y, const QString &s);
    void drawText(const QPointF &p, const QString &str, int tf, int justificationPadding);
    void drawText(const QRectF &r, int flags, const QString &text, QRectF *br = nullptr);
    void drawText(const QRect &r, int flags, const QString &text, QRect *br = nullptr);
    void drawText(int x, int y, int w, int h, int flags, const QString &text, QRect *br = nullptr);
    void drawText(const QRectF &r, const QString &text, const QTextOption &o = QTextOption());
    QRectF boundingRect(const QRectF &rect, int flags, const QString &text);
    QRect boundingRect(const QRect &rect, int flags, const QString &text);
    QRect boundingRect(int x, int y, int w, int h, int flags, const QString &text);
    QRectF boundingRect(const QRectF &rect, const QString &text, const QTextOption &o = QTextOption());
    void fillRect(const QRectF &, const QBrush &);
    void fillRect(int x, int y, int w, int h, const QBrush &);
    void fillRect(const QRect &, const QBrush &);
    void fillRect(const QRectF &, const QColor &color);
    void fillRect(int x, int y, int w, int h, const QColor &color);
    void fillRect(const QRect &, const QColor &color);
    void fillRect(int x, int y, int w, int h, Qt::GlobalColor c);
    void fillRect(const QRect &r, Qt::GlobalColor c);
    void fillRect(const QRectF &r, Qt::GlobalColor c);
    void fillRect(int x, int y, int w, int h, Qt::BrushStyle style);
    void fillRect(const QRect &r, Qt::BrushStyle style);
    void fillRect(const QRectF &r, Qt::BrushStyle style);
    void fillRect(int x, int y, int w, int h, QGradient::Preset preset);
    void fillRect(const QRect &r, QGradient::Preset preset);
    void fillRect(const QRectF &r, QGradient::Preset preset);
    void eraseRect(const QRectF &);
    void eraseRect(int x, int y, int w, int h);
    void eraseRect(const QRect &);
    void setRenderHint(RenderHint hint, bool on = true);
    void setRenderHints(RenderHints hints, bool on = true);
    RenderHints renderHints() const;
    bool testRenderHint(RenderHint hint) const;
    void beginNativePainting();
    void endNativePainting();
};

class QTextDocument : public QObject {
    Q_OBJECT
public:
    explicit QTextDocument(QObject *parent = nullptr);
    explicit QTextDocument(const QString &text, QObject *parent = nullptr);
    ~QTextDocument() noexcept;
    QTextDocument * clone(QObject *parent = nullptr) const;
    bool isEmpty() const;
    QTextFrame * rootFrame() const;
    QAbstractTextDocumentLayout * documentLayout() const;
    void setDocumentLayout(QAbstractTextDocumentLayout *layout);
    virtual void clear();
    void setUndoRedoEnabled(bool enable);
    bool isUndoRedoEnabled() const;
    bool isUndoAvailable() const;
    bool isRedoAvailable() const;
    int availableUndoSteps() const;
    int availableRedoSteps() const;
    int revision() const;
    enum MetaInformation {
        DocumentTitle = 0,
        DocumentUrl = 1,
        CssMedia = 2
    };
    void setMetaInformation(MetaInformation info, const QString &);
    QString metaInformation(MetaInformation info) const;
    QString toHtml() const;
    void setHtml(const QString &html);
    enum MarkdownFeature {
        MarkdownNoHTML = 96,
        MarkdownDialectCommonMark = 0,
        MarkdownDialectGitHub = 20236
    };
    using MarkdownFeatures = QFlags<MarkdownFeature>;
    QString toMarkdown(MarkdownFeatures features = MarkdownDialectGitHub) const;
    void setMarkdown(const QString &markdown, MarkdownFeatures features = MarkdownDialectGitHub);
    QString toRawText() const;
    QString toPlainText() const;
    void setPlainText(const QString &text);
    QChar characterAt(int pos) const;
    enum FindFlag {
        FindBackward = 1,
        FindCaseSensitively = 2,
        FindWholeWords = 4
    };
    using FindFlags = QFlags<FindFlag>;
    QTextCursor find(const QString &subString, int from = 0, FindFlags options = FindFlags()) const;
    QTextCursor find(const QString &subString, const QTextCursor &cursor, FindFlags options = FindFlags()) const;
    QTextCursor find(const QRegularExpression &expr, int from = 0, FindFlags options = FindFlags()) const;
    QTextCursor find(const QRegularExpression &expr, const QTextCursor &cursor, FindFlags options = FindFlags()) const;
    QTextBlock findBlock(int pos) const;
    QTextBlock findBlockByNumber(int blockNumber) const;
    QTextBlock findBlockByLineNumber(int blockNumber) const;
    QTextBlock begin() const;
    QTextBlock end() const;
    QTextBlock firstBlock() const;
    QTextBlock lastBlock() const;
    void setPageSize(const QSizeF &size);
    QSizeF pageSize() const;
    void setDefaultFont(const QFont &font);
    QFont defaultFont() const;
    void setSuperScriptBaseline(qreal baseline);
    qreal superScriptBaseline() const;
    void setSubScriptBaseline(qreal baseline);
    qreal subScriptBaseline() const;
    void setBaselineOffset(qreal baseline);
    qreal baselineOffset() const;
    int pageCount() const;
    bool isModified() const;
    enum ResourceType {
        UnknownResource = 0,
        HtmlResource = 1,
        ImageResource = 2,
        StyleSheetResource = 3,
        MarkdownResource = 4,
        UserResource = 100
    };
    QVariant resource(int type, const QUrl &name) const;
    void addResource(int type, const QUrl &name, const QVariant &resource);
    using ResourceProvider = std::function<QVariant (const QUrl &)>;
    QTextDocument::ResourceProvider resourceProvider() const;
    void setResourceProvider(const ResourceProvider &provider);
    static QTextDocument::ResourceProvider defaultResourceProvider();
    static void setDefaultResourceProvider(const ResourceProvider &provider);
    QList<QTextFormat> allFormats() const;
    void markContentsDirty(int from, int length);
    void setUseDesignMetrics(bool b);
    bool useDesignMetrics() const;
    void setLayoutEnabled(bool b);
    bool isLayoutEnabled() const;
    void drawContents(QPainter *painter, const QRectF &rect = QRectF());
    void setTextWidth(qreal width);
    qreal textWidth() const;
    qreal idealWidth() const;
    qreal indentWidth() const;
    void setIndentWidth(qreal width);
    qreal documentMargin() const;
    void setDocumentMargin(qreal margin);
    void adjustSize();
    QSizeF size() const;
    int blockCount() const;
    int lineCount() const;
    int characterCount() const;
    void setDefaultStyleSheet(const QString &sheet);
    QString defaultStyleSheet() const;
    void undo(QTextCursor *cursor);
    void redo(QTextCursor *cursor);
    enum Stacks {
        UndoStack = 1,
        RedoStack = 2,
        UndoAndRedoStacks = 3
    };
    void clearUndoRedoStacks(Stacks historyToClear = UndoAndRedoStacks);
    int maximumBlockCount() const;
    void setMaximumBlockCount(int maximum);
    QTextOption defaultTextOption() const;
    void setDefaultTextOption(const QTextOption &option);
    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);
    Qt::CursorMoveStyle defaultCursorMoveStyle() const;
    void setDefaultCursorMoveStyle(Qt::CursorMoveStyle style);
    void contentsChange(int from, int charsRemoved, int charsAdded);
    void contentsChanged();
    void undoAvailable(bool);
    void redoAvailable(bool);
    void undoCommandAdded();
    void modificationChanged(bool m);
    void cursorPositionChanged(const QTextCursor &cursor);
    void blockCountChanged(int newBlockCount);
    void baseUrlChanged(const QUrl &url);
    void documentLayoutChanged();
public Q_SLOTS:
    void undo();
    void redo();
    void setModified(bool m = true);
protected:
    virtual QVariant loadResource(int type, const QUrl &name);
};

class QTextLength {
public:
    enum Type { VariableLength = 0, FixedLength, PercentageLength };
    QTextLength();
    QTextLength(Type type, qreal value);
    Type type() const;
    qreal value(qreal maximumLength) const;
    qreal rawValue() const;
    bool operator==(const QTextLength &other) const;
    bool operator!=(const QTextLength &other) const;
};

class QTextFormat {
public:
    using QtGadgetHelper = void;
    enum FormatType {
        InvalidFormat = -1,
        BlockFormat = 1,
        CharFormat = 2,
        ListFormat = 3,
        FrameFormat = 5,
        UserFormat = 100
    };
    enum Property {
        ObjectIndex = 0,
        CssFloat = 2048,
        LayoutDirection = 2049,
        OutlinePen = 2064,
        BackgroundBrush = 2080,
        ForegroundBrush = 2081,
        BackgroundImageUrl = 2083,
        BlockAlignment = 4112,
        BlockTopMargin = 4144,
        BlockBottomMargin = 4145,
        BlockLeftMargin = 4146,
        BlockRightMargin = 4147,
        TextIndent = 4148,
        TabPositions = 4149,
        BlockIndent = 4160,
        LineHeight = 4168,
        LineHeightType = 4169,
        BlockNonBreakableLines = 4176,
        BlockTrailingHorizontalRulerWidth = 4192,
        HeadingLevel = 4208,
        BlockQuoteLevel = 4224,
        BlockCodeLanguage = 4240,
        BlockCodeFence = 4241,
        BlockMarker = 4256,
        FirstFontProperty = 8160,
        FontCapitalization = 8160,
        FontLetterSpacing = 8161,
        FontWordSpacing = 8162,
        FontStyleHint = 8163,
        FontStyleStrategy = 8164,
        FontKerning = 8165,
        FontHintingPreference = 8166,
        FontFamilies = 8167,
        FontStyleName = 8168,
        FontLetterSpacingType = 8169,
        FontStretch = 8170,
        FontFamily = 8192,
        FontPointSize = 8193,
        FontSizeAdjustment = 8194,
        FontSizeIncrement = 8194,
        FontWeight = 8195,
        FontItalic = 8196,
        FontUnderline = 8197,
        FontOverline = 8198,
        FontStrikeOut = 8199,
        FontFixedPitch = 8200,
        FontPixelSize = 8201,
        LastFontProperty = 8201,
        TextUnderlineColor = 8224,
        TextVerticalAlignment = 8225,
        TextOutline = 8226,
        TextUnderlineStyle = 8227,
        TextToolTip = 8228,
        TextSuperScriptBaseline = 8229,
        TextSubScriptBaseline = 8230,
        TextBaselineOffset = 8231,
        IsAnchor = 8240,
        AnchorHref = 8241,
        AnchorName = 8242,
        OldFontLetterSpacingType = 8243,
        OldFontStretch = 8244,
        OldTextUnderlineColor = 8208,
        OldFontFamily = 8192,
        ObjectType = 12032,
        ListStyle = 12288,
        ListIndent = 12289,
        ListNumberPrefix = 12290,
        ListNumberSuffix = 12291,
        FrameBorder = 16384,
        FrameMargin = 16385,
        FramePadding = 16386,
        FrameWidth = 16387,
        FrameHeight = 16388,
        FrameTopMargin = 16389,
        FrameBottomMargin = 16390,
        FrameLeftMargin = 16391,
        FrameRightMargin = 16392,
        FrameBorderBrush = 16393,
        FrameBorderStyle = 16400,
        TableColumns = 16640,
        TableColumnWidthConstraints = 16641,
        TableCellSpacing = 16642,
        TableCellPadding = 16643,
        TableHeaderRowCount = 16644,
        TableBorderCollapse = 16645,
        TableCellRowSpan = 18448,
        TableCellColumnSpan = 18449,
        TableCellTopPadding = 18450,
        TableCellBottomPadding = 18451,
        TableCellLeftPadding = 18452,
        TableCellRightPadding = 18453,
        TableCellTopBorder = 18454,
        TableCellBottomBorder = 18455,
        TableCellLeftBorder = 18456,
        TableCellRightBorder = 18457,
        TableCellTopBorderStyle = 18458,
        TableCellBottomBorderStyle = 18459,
        TableCellLeftBorderStyle = 18460,
        TableCellRightBorderStyle = 18461,
        TableCellTopBorderBrush = 18462,
        TableCellBottomBorderBrush = 18463,
        TableCellLeftBorderBrush = 18464,
        TableCellRightBorderBrush = 18465,
        ImageName = 20480,
        ImageTitle = 20481,
        ImageAltText = 20482,
        ImageWidth = 20496,
        ImageHeight = 20497,
        ImageQuality = 20500,
        FullWidthSelection = 24576,
        PageBreakPolicy = 28672,
        UserProperty = 1048576
    };
    enum ObjectTypes {
        NoObject = 0,
        ImageObject = 1,
        TableObject = 2,
        TableCellObject = 3,
        UserObject = 4096
    };
    enum PageBreakFlag {
        PageBreak_Auto = 0,
        PageBreak_AlwaysBefore = 1,
        PageBreak_AlwaysAfter = 16
    };
    using PageBreakFlags = QFlags<PageBreakFlag>;
    QTextFormat();
    explicit QTextFormat(int type);
    QTextFormat(const QTextFormat &rhs);
    QTextFormat & operator=(const QTextFormat &rhs);
    ~QTextFormat() noexcept;
    void swap(QTextFormat &other);
    void merge(const QTextFormat &other);
    bool isValid() const;
    bool isEmpty() const;
    int type() const;
    int objectIndex() const;
    void setObjectIndex(int object);
    QVariant property(int propertyId) const;
    void setProperty(int propertyId, const QVariant &value);
    void clearProperty(int propertyId);
    bool hasProperty(int propertyId) const;
    bool boolProperty(int propertyId) const;
    int intProperty(int propertyId) const;
    qreal doubleProperty(int propertyId) const;
    QString stringProperty(int propertyId) const;
    QColor colorProperty(int propertyId) const;
    QPen penProperty(int propertyId) const;
    QBrush brushProperty(int propertyId) const;
    QMap<int, QVariant> properties() const;
    int propertyCount() const;
    void setObjectType(int type);
    int objectType() const;
    bool isCharFormat() const;
    bool isBlockFormat() const;
    bool isListFormat() const;
    bool isFrameFormat() const;
    bool isImageFormat() const;
    bool isTableFormat() const;
    bool isTableCellFormat() const;
    QTextBlockFormat toBlockFormat() const;
    QTextCharFormat toCharFormat() const;
    QTextTableFormat toTableFormat() const;
    QTextListFormat toListFormat() const;
    QTextFrameFormat toFrameFormat() const;
    bool operator==(const QTextFormat &rhs) const;
    bool operator!=(const QTextFormat &rhs) const;
    operator QVariant() const;
    void setLayoutDirection(Qt::LayoutDirection direction);
    Qt::LayoutDirection layoutDirection() const;
    void setBackground(const QBrush &brush);
    QBrush background() const;
    void clearBackground();
    void setForeground(const QBrush &brush);
    QBrush foreground() const;
    void clearForeground();
    friend QDebug operator<<(QDebug, const QTextFormat &);
};

class QTextFrameFormat : public QTextFormat {
public:
    QTextFrameFormat();
    bool isValid() const;
    enum Position {
        InFlow = 0,
        FloatLeft = 1,
        FloatRight = 2
    };
    enum BorderStyle {
        BorderStyle_None = 0,
        BorderStyle_Dotted = 1,
        BorderStyle_Dashed = 2,
        BorderStyle_Solid = 3,
        BorderStyle_Double = 4,
        BorderStyle_DotDash = 5,
        BorderStyle_DotDotDash = 6,
        BorderStyle_Groove = 7,
        BorderStyle_Ridge = 8,
        BorderStyle_Inset = 9,
        BorderStyle_Outset = 10
    };
    void setPosition(Position f);
    Position position() const;
    void setBorder(qreal border);
    qreal border() const;
    void setBorderBrush(const QBrush &brush);
    QBrush borderBrush() const;
    void setBorderStyle(BorderStyle style);
    BorderStyle borderStyle() const;
    void setMargin(qreal margin);
    qreal margin() const;
    void setTopMargin(qreal margin);
    qreal topMargin() const;
    void setBottomMargin(qreal margin);
    qreal bottomMargin() const;
    void setLeftMargin(qreal margin);
    qreal leftMargin() const;
    void setRightMargin(qreal margin);
    qreal rightMargin() const;
    void setPadding(qreal padding);
    qreal padding() const;
    void setWidth(qreal width);
    void setWidth(const QTextLength &length);
    QTextLength width() const;
    void setHeight(qreal height);
    void setHeight(const QTextLength &height);
    QTextLength height() const;
    void setPageBreakPolicy(PageBreakFlags flags);
    PageBreakFlags pageBreakPolicy() const;
protected:
    explicit QTextFrameFormat(const QTextFormat &fmt);
    friend QDataStream & operator<<(QDataStream &, const QTextFrameFormat &);
    friend QDataStream & operator>>(QDataStream &, QTextFrameFormat &);
};

class QTextListFormat : public QTextFormat {
public:
    QTextListFormat();
    bool isValid() const;
    enum Style {
        ListDisc = -1,
        ListCircle = -2,
        ListSquare = -3,
        ListDecimal = -4,
        ListLowerAlpha = -5,
        ListUpperAlpha = -6,
        ListLowerRoman = -7,
        ListUpperRoman = -8,
        ListStyleUndefined = 0
    };
    void setStyle(Style style);
    Style style() const;
    void setIndent(int indent);
    int indent() const;
    void setNumberPrefix(const QString &numberPrefix);
    QString numberPrefix() const;
    void setNumberSuffix(const QString &numberSuffix);
    QString numberSuffix() const;
protected:
    explicit QTextListFormat(const QTextFormat &fmt);
};

class QTextCursor {
public:
    QTextCursor();
    explicit QTextCursor(QTextDocument *document);
    explicit QTextCursor(const QTextBlock &block);
    QTextCursor(const QTextCursor &cursor);
    QTextCursor & operator=(QTextCursor &&other) noexcept;
    QTextCursor & operator=(const QTextCursor &other);
    ~QTextCursor() noexcept;
    void swap(QTextCursor &other) noexcept;
    bool isNull() const;
    enum MoveMode {
        MoveAnchor = 0,
        KeepAnchor = 1
    };
    void setPosition(int pos, MoveMode mode = MoveAnchor);
    int position() const;
    int positionInBlock() const;
    int anchor() const;
    void insertText(const QString &text);
    void insertText(const QString &text, const QTextCharFormat &format);
    enum MoveOperation {
        NoMove = 0,
        Start = 1,
        Up = 2,
        StartOfLine = 3,
        StartOfBlock = 4,
        StartOfWord = 5,
        PreviousBlock = 6,
        PreviousCharacter = 7,
        PreviousWord = 8,
        Left = 9,
        WordLeft = 10,
        End = 11,
        Down = 12,
        EndOfLine = 13,
        EndOfWord = 14,
        EndOfBlock = 15,
        NextBlock = 16,
        NextCharacter = 17,
        NextWord = 18,
        Right = 19,
        WordRight = 20,
        NextCell = 21,
        PreviousCell = 22,
        NextRow = 23,
        PreviousRow = 24
    };
    bool movePosition(MoveOperation op, MoveMode = MoveAnchor, int n = 1);
    bool visualNavigation() const;
    void setVisualNavigation(bool b);
    void setVerticalMovementX(int x);
    int verticalMovementX() const;
    void setKeepPositionOnInsert(bool b);
    bool keepPositionOnInsert() const;
    void deleteChar();
    void deletePreviousChar();
    enum SelectionType {
        WordUnderCursor = 0,
        LineUnderCursor = 1,
        BlockUnderCursor = 2,
        Document = 3
    };
    void select(SelectionType selection);
    bool hasSelection() const;
    bool hasComplexSelection() const;
    void removeSelectedText();
    void clearSelection();
    int selectionStart() const;
    int selectionEnd() const;
    QString selectedText() const;
    void selectedTableCells(int *firstRow, int *numRows, int *firstColumn, int *numColumns) const;
    QTextBlock block() const;
    QTextCharFormat charFormat() const;
    void setCharFormat(const QTextCharFormat &format);
    void mergeCharFormat(const QTextCharFormat &modifier);
    QTextBlockFormat blockFormat() const;
    void setBlockFormat(const QTextBlockFormat &format);
    void mergeBlockFormat(const QTextBlockFormat &modifier);
    QTextCharFormat blockCharFormat() const;
    void setBlockCharFormat(const QTextCharFormat &format);
    void mergeBlockCharFormat(const QTextCharFormat &modifier);
    bool atBlockStart() const;
    bool atBlockEnd() const;
    bool atStart() const;
    bool atEnd() const;
    void insertBlock();
    void insertBlock(const QTextBlockFormat &format);
    void insertBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    void insertHtml(const QString &html);
    void insertMarkdown(const QString &markdown, QTextDocument::MarkdownFeatures features = QTextDocument::MarkdownDialectGitHub);
    void insertImage(const QString &name);
    void insertImage(const QImage &image, const QString &name = QString());
    QTextList * insertList(const QTextListFormat &format);
    QTextList * insertList(QTextListFormat::Style style);
    QTextList * createList(const QTextListFormat &format);
    QTextList * createList(QTextListFormat::Style style);
    QTextList * currentList() const;
    QTextTable * insertTable(int rows, int cols, const QTextTableFormat &format);
    QTextTable * insertTable(int rows, int cols);
    QTextTable * currentTable() const;
    QTextFrame * insertFrame(const QTextFrameFormat &format);
    QTextFrame * currentFrame() const;
    void beginEditBlock();
    void joinPreviousEditBlock();
    void endEditBlock();
    bool operator!=(const QTextCursor &rhs) const;
    bool operator<(const QTextCursor &rhs) const;
    bool operator<=(const QTextCursor &rhs) const;
    bool operator==(const QTextCursor &rhs) const;
    bool operator>=(const QTextCursor &rhs) const;
    bool operator>(const QTextCursor &rhs) const;
    bool isCopyOf(const QTextCursor &other) const;
    int blockNumber() const;
    int columnNumber() const;
    QTextDocument * document() const;
};

class QTextCharFormat : public QTextFormat {
public:
    enum VerticalAlignment {
        AlignNormal = 0,
        AlignSuperScript = 1,
        AlignSubScript = 2,
        AlignMiddle = 3,
        AlignTop = 4,
        AlignBottom = 5,
        AlignBaseline = 6
    };
    enum UnderlineStyle {
        NoUnderline = 0,
        SingleUnderline = 1,
        DashUnderline = 2,
        DotLine = 3,
        DashDotLine = 4,
        DashDotDotLine = 5,
        WaveUnderline = 6,
        SpellCheckUnderline = 7
    };
    QTextCharFormat();
    bool isValid() const;
    enum FontPropertiesInheritanceBehavior {
        FontPropertiesSpecifiedOnly = 0,
        FontPropertiesAll = 1
    };
    void setFont(const QFont &font, FontPropertiesInheritanceBehavior behavior = FontPropertiesAll);
    QFont font() const;
    void setFontFamily(const QString &family);
    QString fontFamily() const;
    void setFontFamilies(const QStringList &families);
    QVariant fontFamilies() const;
    void setFontStyleName(const QString &styleName);
    QVariant fontStyleName() const;
    void setFontPointSize(qreal size);
    qreal fontPointSize() const;
    void setFontWeight(int weight);
    int fontWeight() const;
    void setFontItalic(bool italic);
    bool fontItalic() const;
    void setFontCapitalization(QFont::Capitalization capitalization);
    QFont::Capitalization fontCapitalization() const;
    void setFontLetterSpacingType(QFont::SpacingType letterSpacingType);
    QFont::SpacingType fontLetterSpacingType() const;
    void setFontLetterSpacing(qreal spacing);
    qreal fontLetterSpacing() const;
    void setFontWordSpacing(qreal spacing);
    qreal fontWordSpacing() const;
    void setFontUnderline(bool underline);
    bool fontUnderline() const;
    void setFontOverline(bool overline);
    bool fontOverline() const;
    void setFontStrikeOut(bool strikeOut);
    bool fontStrikeOut() const;
    void setUnderlineColor(const QColor &color);
    QColor underlineColor() const;
    void setFontFixedPitch(bool fixedPitch);
    bool fontFixedPitch() const;
    void setFontStretch(int factor);
    int fontStretch() const;
    void setFontStyleHint(QFont::StyleHint hint, QFont::StyleStrategy strategy = QFont::PreferDefault);
    void setFontStyleStrategy(QFont::StyleStrategy strategy);
    QFont::StyleHint fontStyleHint() const;
    QFont::StyleStrategy fontStyleStrategy() const;
    void setFontHintingPreference(QFont::HintingPreference hintingPreference);
    QFont::HintingPreference fontHintingPreference() const;
    void setFontKerning(bool enable);
    bool fontKerning() const;
    void setUnderlineStyle(UnderlineStyle style);
    UnderlineStyle underlineStyle() const;
    void setVerticalAlignment(VerticalAlignment alignment);
    VerticalAlignment verticalAlignment() const;
    void setTextOutline(const QPen &pen);
    QPen textOutline() const;
    void setToolTip(const QString &tip);
    QString toolTip() const;
    void setSuperScriptBaseline(qreal baseline);
    qreal superScriptBaseline() const;
    void setSubScriptBaseline(qreal baseline);
    qreal subScriptBaseline() const;
    void setBaselineOffset(qreal baseline);
    qreal baselineOffset() const;
    void setAnchor(bool anchor);
    bool isAnchor() const;
    void setAnchorHref(const QString &value);
    QString anchorHref() const;
    void setAnchorNames(const QStringList &names);
    QStringList anchorNames() const;
    void setTableCellRowSpan(int tableCellRowSpan);
    int tableCellRowSpan() const;
    void setTableCellColumnSpan(int tableCellColumnSpan);
    int tableCellColumnSpan() const;
protected:
    explicit QTextCharFormat(const QTextFormat &fmt);
    friend QDataStream & operator<<(QDataStream &, const QTextCharFormat &);
    friend QDataStream & operator>>(QDataStream &, QTextCharFormat &);
};

class QAbstractTextDocumentLayout : public QObject {
    Q_OBJECT
public:
    struct Selection {
        QTextCursor cursor;
        QTextCharFormat format;
    };
    struct PaintContext {
        PaintContext();
        int cursorPosition;
        QPalette palette;
        QRectF clip;
        QList<Selection> selections;
    };
    explicit QAbstractTextDocumentLayout(QTextDocument *doc);
    ~QAbstractTextDocumentLayout() noexcept;
    virtual void draw(QPainter *painter, const PaintContext &context) = 0;
    virtual int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const = 0;
    QString anchorAt(const QPointF &pos) const;
    virtual int pageCount() const = 0;
    virtual QSizeF documentSize() const = 0;
    virtual QRectF frameBoundingRect(QTextFrame *frame) const = 0;
    virtual QRectF blockBoundingRect(const QTextBlock &block) const = 0;
    void setPaintDevice(QPaintDevice *device);
    QPaintDevice * paintDevice() const;
    QTextDocument * document() const;
Q_SIGNALS:
    void update(const QRectF &rect = QRectF(0., 0., 1000000000., 1000000000.));
    void updateBlock(const QTextBlock &block);
    void documentSizeChanged(const QSizeF &newSize);
    void pageCountChanged(int newPages);
protected:
    virtual void documentChanged(int from, int charsRemoved, int charsAdded) = 0;
};

class QTextBlockFormat : public QTextFormat {
public:
    enum LineHeightTypes {
        SingleHeight = 0,
        ProportionalHeight = 1,
        FixedHeight = 2,
        MinimumHeight = 3,
        LineDistanceHeight = 4
    };
    enum class MarkerType {
        NoMarker = 0,
        Unchecked = 1,
        Checked = 2
    };
    QTextBlockFormat();
    bool isValid() const;
    void setAlignment(Qt::Alignment alignment);
    Qt::Alignment alignment() const;
    void setTopMargin(qreal margin);
    qreal topMargin() const;
    void setBottomMargin(qreal margin);
    qreal bottomMargin() const;
    void setLeftMargin(qreal margin);
    qreal leftMargin() const;
    void setRightMargin(qreal margin);
    qreal rightMargin() const;
    void setTextIndent(qreal aindent);
    qreal textIndent() const;
    void setIndent(int indent);
    int indent() const;
    void setHeadingLevel(int alevel);
    int headingLevel() const;
    void setLineHeight(qreal height, int heightType);
    qreal lineHeight(qreal scriptLineHeight, qreal scaling) const;
    qreal lineHeight() const;
    int lineHeightType() const;
    void setNonBreakableLines(bool b);
    bool nonBreakableLines() const;
    void setPageBreakPolicy(PageBreakFlags flags);
    PageBreakFlags pageBreakPolicy() const;
    void setTabPositions(const QList<QTextOption::Tab> &tabs);
    QList<QTextOption::Tab> tabPositions() const;
    void setMarker(MarkerType marker);
    MarkerType marker() const;
protected:
    explicit QTextBlockFormat(const QTextFormat &fmt);
    friend QDataStream & operator<<(QDataStream &, const QTextBlockFormat &);
    friend QDataStream & operator>>(QDataStream &, QTextBlockFormat &);
};

class QTextTableFormat : public QTextFrameFormat {
public:
    QTextTableFormat();
    bool isValid() const;
    int columns() const;
    void setColumns(int columns);
    void clearColumnWidthConstraints();
    qreal cellSpacing() const;
    void setCellSpacing(qreal spacing);
    qreal cellPadding() const;
    void setCellPadding(qreal padding);
    void setAlignment(Qt::Alignment alignment);
    Qt::Alignment alignment() const;
    void setHeaderRowCount(int count);
    int headerRowCount() const;
    void setBorderCollapse(bool borderCollapse);
    bool borderCollapse() const;
    void setColumnWidthConstraints(const QList<QTextLength> &constraints);
    QList<QTextLength> columnWidthConstraints() const;
protected:
    explicit QTextTableFormat(const QTextFormat &fmt);
};

class QTextObject : public QObject {
    Q_OBJECT
protected:
    explicit QTextObject(QTextDocument *doc);
    ~QTextObject();
    void setFormat(const QTextFormat &format);
public:
    QTextFormat format() const;
    int formatIndex() const;
    QTextDocument * document() const;
    int objectIndex() const;
};

class QTextBlockGroup : public QTextObject {
    Q_OBJECT
protected:
    explicit QTextBlockGroup(QTextDocument *doc);
    ~QTextBlockGroup();
    virtual void blockInserted(const QTextBlock &block);
    virtual void blockRemoved(const QTextBlock &block);
    virtual void blockFormatChanged(const QTextBlock &block);
    QList<QTextBlock> blockList() const;
};

class QTextList : public QTextBlockGroup {
    Q_OBJECT
public:
    explicit QTextList(QTextDocument *doc);
    ~QTextList();
    int count() const;
    QTextBlock item(int i) const;
    int itemNumber(const QTextBlock &) const;
    QString itemText(const QTextBlock &) const;
    void removeItem(int i);
    void remove(const QTextBlock &);
    void add(const QTextBlock &block);
    void setFormat(const QTextListFormat &format);
    QTextListFormat format() const;
};

class QTextFrame : public QTextObject {
    Q_OBJECT
public:
    explicit QTextFrame(QTextDocument *doc);
    ~QTextFrame();
    void setFrameFormat(const QTextFrameFormat &format);
    QTextFrameFormat frameFormat() const;
    QTextCursor firstCursorPosition() const;
    QTextCursor lastCursorPosition() const;
    int firstPosition() const;
    int lastPosition() const;
    QList<QTextFrame *> childFrames() const;
    QTextFrame * parentFrame() const;
};

class QTextTableCell {
public:
    QTextTableCell();
    ~QTextTableCell();
    QTextTableCell(const QTextTableCell &o);
    QTextTableCell & operator=(const QTextTableCell &o);
    void setFormat(const QTextCharFormat &format);
    QTextCharFormat format() const;
    int row() const;
    int column() const;
    int rowSpan() const;
    int columnSpan() const;
    bool isValid() const;
    QTextCursor firstCursorPosition() const;
    QTextCursor lastCursorPosition() const;
    int firstPosition() const;
    int lastPosition() const;
    bool operator==(const QTextTableCell &other) const;
    bool operator!=(const QTextTableCell &other) const;
};

class QTextTable : public QTextFrame {
    Q_OBJECT
public:
    explicit QTextTable(QTextDocument *doc);
    ~QTextTable();
    void resize(int rows, int cols);
    void insertRows(int pos, int num);
    void insertColumns(int pos, int num);
    void appendRows(int count);
    void appendColumns(int count);
    void removeRows(int pos, int num);
    void removeColumns(int pos, int num);
    void mergeCells(int row, int col, int numRows, int numCols);
    void mergeCells(const QTextCursor &cursor);
    void splitCell(int row, int col, int numRows, int numCols);
    int rows() const;
    int columns() const;
    QTextTableCell cellAt(int row, int col) const;
    QTextTableCell cellAt(int position) const;
    QTextTableCell cellAt(const QTextCursor &c) const;
    QTextCursor rowStart(const QTextCursor &c) const;
    QTextCursor rowEnd(const QTextCursor &c) const;
    void setFormat(const QTextTableFormat &format);
    QTextTableFormat format() const;
};

class QStyleHints : public QObject {
    Q_OBJECT
public:
    void setMouseDoubleClickInterval(int mouseDoubleClickInterval);
    int mouseDoubleClickInterval() const;
    int mouseDoubleClickDistance() const;
    int touchDoubleTapDistance() const;
    void setMousePressAndHoldInterval(int mousePressAndHoldInterval);
    int mousePressAndHoldInterval() const;
    void setStartDragDistance(int startDragDistance);
    int startDragDistance() const;
    void setStartDragTime(int startDragTime);
    int startDragTime() const;
    int startDragVelocity() const;
    void setKeyboardInputInterval(int keyboardInputInterval);
    int keyboardInputInterval() const;
    int keyboardAutoRepeatRate() const;
    void setCursorFlashTime(int cursorFlashTime);
    int cursorFlashTime() const;
    bool showIsFullScreen() const;
    bool showIsMaximized() const;
    bool showShortcutsInContextMenus() const;
    void setShowShortcutsInContextMenus(bool showShortcutsInContextMenus);
    int passwordMaskDelay() const;
    QChar passwordMaskCharacter() const;
    qreal fontSmoothingGamma() const;
    bool useRtlExtensions() const;
    bool setFocusOnTouchRelease() const;
    Qt::TabFocusBehavior tabFocusBehavior() const;
    void setTabFocusBehavior(Qt::TabFocusBehavior tabFocusBehavior);
    bool singleClickActivation() const;
    bool useHoverEffects() const;
    void setUseHoverEffects(bool useHoverEffects);
    int wheelScrollLines() const;
    void setWheelScrollLines(int scrollLines);
    void setMouseQuickSelectionThreshold(int threshold);
    int mouseQuickSelectionThreshold() const;
    void cursorFlashTimeChanged(int cursorFlashTime);
    void keyboardInputIntervalChanged(int keyboardInputInterval);
    void mouseDoubleClickIntervalChanged(int mouseDoubleClickInterval);
    void mousePressAndHoldIntervalChanged(int mousePressAndHoldInterval);
    void startDragDistanceChanged(int startDragDistance);
    void startDragTimeChanged(int startDragTime);
    void tabFocusBehaviorChanged(Qt::TabFocusBehavior tabFocusBehavior);
    void useHoverEffectsChanged(bool useHoverEffects);
    void showShortcutsInContextMenusChanged(bool);
    void wheelScrollLinesChanged(int scrollLines);
    void mouseQuickSelectionThresholdChanged(int threshold);
};

class QVector2D {
public:
    QVector2D() noexcept;
    explicit QVector2D(Qt::Initialization) noexcept;
    QVector2D(float xpos, float ypos) noexcept;
    explicit QVector2D(QPoint point) noexcept;
    explicit QVector2D(QPointF point) noexcept;
    explicit QVector2D(QVector3D vector) noexcept;
    explicit QVector2D(QVector4D vector) noexcept;
    bool isNull() const noexcept;
    float x() const noexcept;
    float y() const noexcept;
    void setX(float x) noexcept;
    void setY(float y) noexcept;
    float & operator[](int i);
    float operator[](int i) const;
    float length() const noexcept;
    float lengthSquared() const noexcept;
    QVector2D normalized() const noexcept;
    void normalize() noexcept;
    float distanceToPoint(QVector2D point) const noexcept;
    float distanceToLine(QVector2D point, QVector2D direction) const noexcept;
    QVector2D & operator+=(QVector2D vector) noexcept;
    QVector2D & operator-=(QVector2D vector) noexcept;
    QVector2D & operator*=(float factor) noexcept;
    QVector2D & operator*=(QVector2D vector) noexcept;
    QVector2D & operator/=(float divisor);
    QVector2D & operator/=(QVector2D vector);
    static float dotProduct(QVector2D v1, QVector2D v2) noexcept;
    friend bool operator==(QVector2D v1, QVector2D v2) noexcept;
    friend bool operator!=(QVector2D v1, QVector2D v2) noexcept;
    friend QVector2D operator+(QVector2D v1, QVector2D v2) noexcept;
    friend QVector2D operator-(QVector2D v1, QVector2D v2) noexcept;
    friend QVector2D operator*(float factor, QVector2D vector) noexcept;
    friend QVector2D operator*(QVector2D vector, float factor) noexcept;
    friend QVector2D operator*(QVector2D v1, QVector2D v2) noexcept;
    friend QVector2D operator-(QVector2D vector) noexcept;
    friend QVector2D operator/(QVector2D vector, float divisor);
    friend QVector2D operator/(QVector2D vector, QVector2D divisor);
    friend bool qFuzzyCompare(QVector2D v1, QVector2D v2) noexcept;
    QVector3D toVector3D() const noexcept;
    QVector4D toVector4D() const noexcept;
    QPoint toPoint() const noexcept;
    QPointF toPointF() const noexcept;
    operator QVariant() const;
    friend QDebug operator<<(QDebug dbg, QVector2D vector);
    friend QDataStream & operator<<(QDataStream &, QVector2D);
    friend QDataStream & operator>>(QDataStream &, QVector2D &);
};

class QVector3D {
public:
    QVector3D() noexcept;
    explicit QVector3D(Qt::Initialization) noexcept;
    QVector3D(float xpos, float ypos, float zpos) noexcept;
    explicit QVector3D(QPoint point) noexcept;
    explicit QVector3D(QPointF point) noexcept;
    explicit QVector3D(QVector2D vector) noexcept;
    QVector3D(QVector2D vector, float zpos) noexcept;
    explicit QVector3D(QVector4D vector) noexcept;
    bool isNull() const noexcept;
    float x() const noexcept;
    float y() const noexcept;
    float z() const noexcept;
    void setX(float x) noexcept;
    void setY(float y) noexcept;
    void setZ(float z) noexcept;
    float & operator[](int i);
    float operator[](int i) const;
    float length() const noexcept;
    float lengthSquared() const noexcept;
    QVector3D normalized() const noexcept;
    void normalize() noexcept;
    QVector3D & operator+=(QVector3D vector) noexcept;
    QVector3D & operator-=(QVector3D vector) noexcept;
    QVector3D & operator*=(float factor) noexcept;
    QVector3D & operator*=(QVector3D vector) noexcept;
    QVector3D & operator/=(float divisor);
    QVector3D & operator/=(QVector3D vector);
    static float dotProduct(QVector3D v1, QVector3D v2) noexcept;
    static QVector3D crossProduct(QVector3D v1, QVector3D v2) noexcept;
    static QVector3D normal(QVector3D v1, QVector3D v2) noexcept;
    static QVector3D normal(QVector3D v1, QVector3D v2, QVector3D v3) noexcept;
    QVector3D project(const QMatrix4x4 &modelView, const QMatrix4x4 &projection, const QRect &viewport) const;
    QVector3D unproject(const QMatrix4x4 &modelView, const QMatrix4x4 &projection, const QRect &viewport) const;
    friend bool operator==(QVector3D v1, QVector3D v2) noexcept;
    friend bool operator!=(QVector3D v1, QVector3D v2) noexcept;
    float distanceToPoint(QVector3D point) const noexcept;
    float distanceToPlane(QVector3D plane, QVector3D normal) const noexcept;
    float distanceToPlane(QVector3D plane1, QVector3D plane2, QVector3D plane3) const noexcept;
    float distanceToLine(QVector3D point, QVector3D direction) const noexcept;
    friend QVector3D operator+(QVector3D v1, QVector3D v2) noexcept;
    friend QVector3D operator-(QVector3D v1, QVector3D v2) noexcept;
    friend QVector3D operator*(float factor, QVector3D vector) noexcept;
    friend QVector3D operator*(QVector3D vector, float factor) noexcept;
    friend QVector3D operator*(QVector3D v1, QVector3D v2) noexcept;
    friend QVector3D operator-(QVector3D vector) noexcept;
    friend QVector3D operator/(QVector3D vector, float divisor);
    friend QVector3D operator/(QVector3D vector, QVector3D divisor);
    friend bool qFuzzyCompare(QVector3D v1, QVector3D v2) noexcept;
    QVector2D toVector2D() const noexcept;
    QVector4D toVector4D() const noexcept;
    QPoint toPoint() const noexcept;
    QPointF toPointF() const noexcept;
    operator QVariant() const;
    friend QDebug operator<<(QDebug dbg, QVector3D vector);
    friend QDataStream & operator<<(QDataStream &, QVector3D);
    friend QDataStream & operator>>(QDataStream &, QVector3D &);
};

class QVector4D {
public:
    QVector4D() noexcept;
    explicit QVector4D(Qt::Initialization) noexcept;
    QVector4D(float xpos, float ypos, float zpos, float wpos) noexcept;
    explicit QVector4D(QPoint point) noexcept;
    explicit QVector4D(QPointF point) noexcept;
    explicit QVector4D(QVector2D vector) noexcept;
    QVector4D(QVector2D vector, float zpos, float wpos) noexcept;
    explicit QVector4D(QVector3D vector) noexcept;
    QVector4D(QVector3D vector, float wpos) noexcept;
    bool isNull() const noexcept;
    float x() const noexcept;
    float y() const noexcept;
    float z() const noexcept;
    float w() const noexcept;
    void setX(float x) noexcept;
    void setY(float y) noexcept;
    void setZ(float z) noexcept;
    void setW(float w) noexcept;
    float & operator[](int i);
    float operator[](int i) const;
    float length() const noexcept;
    float lengthSquared() const noexcept;
    QVector4D normalized() const noexcept;
    void normalize() noexcept;
    QVector4D & operator+=(QVector4D vector) noexcept;
    QVector4D & operator-=(QVector4D vector) noexcept;
    QVector4D & operator*=(float factor) noexcept;
    QVector4D & operator*=(QVector4D vector) noexcept;
    QVector4D & operator/=(float divisor);
    QVector4D & operator/=(QVector4D vector);
    static float dotProduct(QVector4D v1, QVector4D v2) noexcept;
    friend bool operator==(QVector4D v1, QVector4D v2) noexcept;
    friend bool operator!=(QVector4D v1, QVector4D v2) noexcept;
    friend QVector4D operator+(QVector4D v1, QVector4D v2) noexcept;
    friend QVector4D operator-(QVector4D v1, QVector4D v2) noexcept;
    friend QVector4D operator*(float factor, QVector4D vector) noexcept;
    friend QVector4D operator*(QVector4D vector, float factor) noexcept;
    friend QVector4D operator*(QVector4D v1, QVector4D v2) noexcept;
    friend QVector4D operator-(QVector4D vector) noexcept;
    friend QVector4D operator/(QVector4D vector, float divisor);
    friend QVector4D operator/(QVector4D vector, QVector4D divisor);
    friend bool qFuzzyCompare(QVector4D v1, QVector4D v2) noexcept;
    QVector2D toVector2D() const noexcept;
    QVector2D toVector2DAffine() const noexcept;
    QVector3D toVector3D() const noexcept;
    QVector3D toVector3DAffine() const noexcept;
    QPoint toPoint() const noexcept;
    QPointF toPointF() const noexcept;
    operator QVariant() const;
    friend QDebug operator<<(QDebug dbg, QVector4D vector);
    friend QDataStream & operator<<(QDataStream &, QVector4D);
    friend QDataStream & operator>>(QDataStream &, QVector4D &);
};

template <int N, int M, typename T>
class QGenericMatrix {
public:
    QGenericMatrix();
    explicit QGenericMatrix(const T *values);
    const T & operator()(int row, int column) const;
    T & operator()(int row, int column);
    bool isIdentity() const;
    void setToIdentity();
    QGenericMatrix<M, N, T> transposed() const;
    T * data();
    const T * data() const;
    const T * constData() const;
};
typedef QGenericMatrix<2, 2, float> QMatrix2x2;
typedef QGenericMatrix<3, 3, float> QMatrix3x3;

class QMatrix4x4 {
public:
    QMatrix4x4();
    explicit QMatrix4x4(Qt::Initialization);
    explicit QMatrix4x4(const float *values);
    QMatrix4x4(float m11, float m12, float m13, float m14, float m21, float m22, float m23, float m24, float m31, float m32, float m33, float m34, float m41, float m42, float m43, float m44);
    QMatrix4x4(const float *values, int cols, int rows);
    QMatrix4x4(const QTransform &transform);
    const float & operator()(int row, int column) const;
    float & operator()(int row, int column);
    QVector4D column(int index) const;
    void setColumn(int index, const QVector4D &value);
    QVector4D row(int index) const;
    void setRow(int index, const QVector4D &value);
    bool isAffine() const;
    bool isIdentity() const;
    void setToIdentity();
    void fill(float value);
    double determinant() const;
    QMatrix4x4 inverted(bool *invertible = nullptr) const;
    QMatrix4x4 transposed() const;
    QMatrix4x4 & operator+=(const QMatrix4x4 &other);
    QMatrix4x4 & operator-=(const QMatrix4x4 &other);
    QMatrix4x4 & operator*=(const QMatrix4x4 &other);
    QMatrix4x4 & operator*=(float factor);
    QMatrix4x4 & operator/=(float divisor);
    bool operator==(const QMatrix4x4 &other) const;
    bool operator!=(const QMatrix4x4 &other) const;
    friend QMatrix4x4 operator+(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
    friend QMatrix4x4 operator-(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
    friend QMatrix4x4 operator*(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
    friend QVector3D operator*(const QMatrix4x4 &matrix, const QVector3D &vector);
    friend QVector3D operator*(const QVector3D &vector, const QMatrix4x4 &matrix);
    friend QVector4D operator*(const QVector4D &vector, const QMatrix4x4 &matrix);
    friend QVector4D operator*(const QMatrix4x4 &matrix, const QVector4D &vector);
    friend QPoint operator*(const QPoint &point, const QMatrix4x4 &matrix);
    friend QPointF operator*(const QPointF &point, const QMatrix4x4 &matrix);
    friend QMatrix4x4 operator-(const QMatrix4x4 &matrix);
    friend QPoint operator*(const QMatrix4x4 &matrix, const QPoint &point);
    friend QPointF operator*(const QMatrix4x4 &matrix, const QPointF &point);
    friend QMatrix4x4 operator*(float factor, const QMatrix4x4 &matrix);
    friend QMatrix4x4 operator*(const QMatrix4x4 &matrix, float factor);
    friend QMatrix4x4 operator/(const QMatrix4x4 &matrix, float divisor);
    friend bool qFuzzyCompare(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
    void scale(const QVector3D &vector);
    void translate(const QVector3D &vector);
    void rotate(float angle, const QVector3D &vector);
    void scale(float x, float y);
    void scale(float x, float y, float z);
    void scale(float factor);
    void translate(float x, float y);
    void translate(float x, float y, float z);
    void rotate(float angle, float x, float y, float z = 0.0f);
    void rotate(const QQuaternion &quaternion);
    void ortho(const QRect &rect);
    void ortho(const QRectF &rect);
    void ortho(float left, float right, float bottom, float top, float nearPlane, float farPlane);
    void frustum(float left, float right, float bottom, float top, float nearPlane, float farPlane);
    void perspective(float verticalAngle, float aspectRatio, float nearPlane, float farPlane);
    void lookAt(const QVector3D &eye, const QVector3D &center, const QVector3D &up);
    void viewport(const QRectF &rect);
    void viewport(float left, float bottom, float width, float height, float nearPlane = 0.0f, float farPlane = 1.0f);
    void flipCoordinates();
    void copyDataTo(float *values) const;
    QTransform toTransform() const;
    QTransform toTransform(float distanceToPlane) const;
    QPoint map(const QPoint &point) const;
    QPointF map(const QPointF &point) const;
    QVector3D map(const QVector3D &point) const;
    QVector3D mapVector(const QVector3D &vector) const;
    QVector4D map(const QVector4D &point) const;
    QRect mapRect(const QRect &rect) const;
    QRectF mapRect(const QRectF &rect) const;
    QMatrix3x3 normalMatrix() const;
    float * data();
    const float * data() const;
    const float * constData() const;
    void optimize();
    operator QVariant() const;
    friend QDebug operator<<(QDebug dbg, const QMatrix4x4 &m);
    void projectedRotate(float angle, float x, float y, float z);
    enum Flag {
        Identity = 0,
        Translation = 1,
        Scale = 2,
        Rotation2D = 4,
        Rotation = 8,
        Perspective = 16,
        General = 31
    };
    using Flags = QFlags<Flag>;
    Flags flags() const;
    friend QDebug operator<<(QDebug dbg, const QMatrix4x4 &m);
    friend QDataStream & operator<<(QDataStream &, const QMatrix4x4 &);
    friend QDataStream & operator>>(QDataStream &, QMatrix4x4 &);
};

class QQuaternion {
public:
    QQuaternion();
    explicit QQuaternion(Qt::Initialization);
    QQuaternion(float scalar, float xpos, float ypos, float zpos);
    QQuaternion(float scalar, const QVector3D &vector);
    explicit QQuaternion(const QVector4D &vector);
    bool isNull() const;
    bool isIdentity() const;
    QVector3D vector() const;
    void setVector(const QVector3D &vector);
    void setVector(float x, float y, float z);
    float x() const;
    float y() const;
    float z() const;
    float scalar() const;
    void setX(float x);
    void setY(float y);
    void setZ(float z);
    void setScalar(float scalar);
    static float dotProduct(const QQuaternion &q1, const QQuaternion &q2);
    float length() const;
    float lengthSquared() const;
    QQuaternion normalized() const;
    void normalize();
    QQuaternion inverted() const;
    QQuaternion conjugated() const;
    QVector3D rotatedVector(const QVector3D &vector) const;
    QQuaternion & operator+=(const QQuaternion &quaternion);
    QQuaternion & operator-=(const QQuaternion &quaternion);
    QQuaternion & operator*=(float factor);
    QQuaternion & operator*=(const QQuaternion &quaternion);
    QQuaternion & operator/=(float divisor);
    friend bool operator==(const QQuaternion &q1, const QQuaternion &q2) noexcept;
    friend bool operator!=(const QQuaternion &q1, const QQuaternion &q2) noexcept;
    friend const QQuaternion operator+(const QQuaternion &q1, const QQuaternion &q2);
    friend const QQuaternion operator-(const QQuaternion &q1, const QQuaternion &q2);
    friend const QQuaternion operator*(float factor, const QQuaternion &quaternion);
    friend const QQuaternion operator*(const QQuaternion &quaternion, float factor);
    friend const QQuaternion operator*(const QQuaternion &q1, const QQuaternion &q2);
    friend const QQuaternion operator-(const QQuaternion &quaternion);
    friend const QQuaternion operator/(const QQuaternion &quaternion, float divisor);
    friend bool qFuzzyCompare(const QQuaternion &q1, const QQuaternion &q2);
    QVector4D toVector4D() const;
    operator QVariant() const;
    void getAxisAndAngle(QVector3D *axis, float *angle) const;
    static QQuaternion fromAxisAndAngle(const QVector3D &axis, float angle);
    void getAxisAndAngle(float *x, float *y, float *z, float *angle) const;
    static QQuaternion fromAxisAndAngle(float x, float y, float z, float angle);
    QVector3D toEulerAngles() const;
    static QQuaternion fromEulerAngles(const QVector3D &eulerAngles);
    void getEulerAngles(float *pitch, float *yaw, float *roll) const;
    static QQuaternion fromEulerAngles(float pitch, float yaw, float roll);
    void getAxes(QVector3D *xAxis, QVector3D *yAxis, QVector3D *zAxis) const;
    static QQuaternion fromAxes(const QVector3D &xAxis, const QVector3D &yAxis, const QVector3D &zAxis);
    static QQuaternion fromDirection(const QVector3D &direction, const QVector3D &up);
    static QQuaternion rotationTo(const QVector3D &from, const QVector3D &to);
    static QQuaternion slerp(const QQuaternion &q1, const QQuaternion &q2, float t);
    static QQuaternion nlerp(const QQuaternion &q1, const QQuaternion &q2, float t);
    friend QDebug operator<<(QDebug dbg, const QQuaternion &q);
    friend QDataStream & operator<<(QDataStream &, const QQuaternion &);
    friend QDataStream & operator>>(QDataStream &, QQuaternion &);
};

class QLinearGradient : public QGradient {
public:
    QLinearGradient();
    QLinearGradient(const QPointF &start, const QPointF &finalStop);
    QLinearGradient(qreal xStart, qreal yStart, qreal xFinalStop, qreal yFinalStop);
    ~QLinearGradient();
    QPointF start() const;
    void setStart(const QPointF &start);
    void setStart(qreal x, qreal y);
    QPointF finalStop() const;
    void setFinalStop(const QPointF &stop);
    void setFinalStop(qreal x, qreal y);
};

class QRadialGradient : public QGradient {
public:
    QRadialGradient();
    QRadialGradient(const QPointF &center, qreal radius, const QPointF &focalPoint);
    QRadialGradient(qreal cx, qreal cy, qreal radius, qreal fx, qreal fy);
    QRadialGradient(const QPointF &center, qreal radius);
    QRadialGradient(qreal cx, qreal cy, qreal radius);
    QRadialGradient(const QPointF &center, qreal centerRadius, const QPointF &focalPoint, qreal focalRadius);
    QRadialGradient(qreal cx, qreal cy, qreal centerRadius, qreal fx, qreal fy, qreal focalRadius);
    ~QRadialGradient();
    QPointF center() const;
    void setCenter(const QPointF &center);
    void setCenter(qreal x, qreal y);
    QPointF focalPoint() const;
    void setFocalPoint(const QPointF &focalPoint);
    void setFocalPoint(qreal x, qreal y);
    qreal radius() const;
    void setRadius(qreal radius);
    qreal centerRadius() const;
    void setCenterRadius(qreal radius);
    qreal focalRadius() const;
    void setFocalRadius(qreal radius);
};

class QConicalGradient : public QGradient {
public:
    QConicalGradient();
    QConicalGradient(const QPointF &center, qreal startAngle);
    QConicalGradient(qreal cx, qreal cy, qreal startAngle);
    ~QConicalGradient();
    QPointF center() const;
    void setCenter(const QPointF &center);
    void setCenter(qreal x, qreal y);
    qreal angle() const;
    void setAngle(qreal angle);
};

class QSurfaceFormat {
public:
    using QtGadgetHelper = void;
    enum FormatOption {
        StereoBuffers = 1,
        DebugContext = 2,
        DeprecatedFunctions = 4,
        ResetNotification = 8,
        ProtectedContent = 16
    };
    using FormatOptions = QFlags<FormatOption>;
    enum SwapBehavior {
        DefaultSwapBehavior = 0,
        SingleBuffer = 1,
        DoubleBuffer = 2,
        TripleBuffer = 3
    };
    enum RenderableType {
        DefaultRenderableType = 0,
        OpenGL = 1,
        OpenGLES = 2,
        OpenVG = 4
    };
    enum OpenGLContextProfile {
        NoProfile = 0,
        CoreProfile = 1,
        CompatibilityProfile = 2
    };
    enum ColorSpace {
        DefaultColorSpace = 0,
        sRGBColorSpace = 1
    };
    QSurfaceFormat();
    QSurfaceFormat(FormatOptions options);
    QSurfaceFormat(const QSurfaceFormat &other);
    QSurfaceFormat & operator=(const QSurfaceFormat &other);
    ~QSurfaceFormat();
    void setDepthBufferSize(int size);
    int depthBufferSize() const;
    void setStencilBufferSize(int size);
    int stencilBufferSize() const;
    void setRedBufferSize(int size);
    int redBufferSize() const;
    void setGreenBufferSize(int size);
    int greenBufferSize() const;
    void setBlueBufferSize(int size);
    int blueBufferSize() const;
    void setAlphaBufferSize(int size);
    int alphaBufferSize() const;
    void setSamples(int numSamples);
    int samples() const;
    void setSwapBehavior(SwapBehavior behavior);
    SwapBehavior swapBehavior() const;
    bool hasAlpha() const;
    void setProfile(OpenGLContextProfile profile);
    OpenGLContextProfile profile() const;
    void setRenderableType(RenderableType type);
    RenderableType renderableType() const;
    void setMajorVersion(int majorVersion);
    int majorVersion() const;
    void setMinorVersion(int minorVersion);
    int minorVersion() const;
    QPair<int, int> version() const;
    void setVersion(int major, int minor);
    bool stereo() const;
    void setStereo(bool enable);
    void setOptions(QSurfaceFormat::FormatOptions options);
    void setOption(FormatOption option, bool on = true);
    bool testOption(FormatOption option) const;
    QSurfaceFormat::FormatOptions options() const;
    int swapInterval() const;
    void setSwapInterval(int interval);
    void setColorSpace(ColorSpace colorSpace);
    static void setDefaultFormat(const QSurfaceFormat &format);
    static QSurfaceFormat defaultFormat();
    friend QDebug operator<<(QDebug, const QSurfaceFormat &);
};

class QExposeEvent : public QEvent {
protected:
    QExposeEvent(const QExposeEvent &);
    QExposeEvent(QExposeEvent &&) = delete;
    QExposeEvent & operator=(const QExposeEvent &other) = default;
    QExposeEvent & operator=(QExposeEvent &&) = delete;
public:
    explicit QExposeEvent(const QRegion &m_region);
    const QRegion & region() const;
protected:
    QRegion m_region;
};

class QImageReader {
public:
    enum ImageReaderError {
        UnknownError = 0,
        FileNotFoundError = 1,
        DeviceError = 2,
        UnsupportedFormatError = 3,
        InvalidDataError = 4
    };
    QImageReader();
    explicit QImageReader(QIODevice *device, const QByteArray &format = QByteArray());
    explicit QImageReader(const QString &fileName, const QByteArray &format = QByteArray());
    ~QImageReader();
    void setFormat(const QByteArray &format);
    QByteArray format() const;
    void setAutoDetectImageFormat(bool enabled);
    bool autoDetectImageFormat() const;
    void setDecideFormatFromContent(bool ignored);
    bool decideFormatFromContent() const;
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void setFileName(const QString &fileName);
    QString fileName() const;
    QSize size() const;
    QImage::Format imageFormat() const;
    QStringList textKeys() const;
    QString text(const QString &key) const;
    void setClipRect(const QRect &rect);
    QRect clipRect() const;
    void setScaledSize(const QSize &size);
    QSize scaledSize() const;
    void setQuality(int quality);
    int quality() const;
    void setScaledClipRect(const QRect &rect);
    QRect scaledClipRect() const;
    void setBackgroundColor(const QColor &color);
    QColor backgroundColor() const;
    bool supportsAnimation() const;
    void setAutoTransform(bool enabled);
    bool autoTransform() const;
    QByteArray subType() const;
    QList<QByteArray> supportedSubTypes() const;
    bool canRead() const;
    QImage read();
    bool read(QImage *image);
    bool jumpToNextImage();
    bool jumpToImage(int imageNumber);
    int loopCount() const;
    int imageCount() const;
    int nextImageDelay() const;
    int currentImageNumber() const;
    QRect currentImageRect() const;
    ImageReaderError error() const;
    QString errorString() const;
    static QByteArray imageFormat(const QString &fileName);
    static QByteArray imageFormat(QIODevice *device);
    static QList<QByteArray> supportedImageFormats();
    static QList<QByteArray> supportedMimeTypes();
    static QList<QByteArray> imageFormatsForMimeType(const QByteArray &mimeType);
    static int allocationLimit();
    static void setAllocationLimit(int mbLimit);
};

class QImageWriter {
public:
    enum ImageWriterError {
        UnknownError = 0,
        DeviceError = 1,
        UnsupportedFormatError = 2,
        InvalidImageError = 3
    };
    QImageWriter();
    explicit QImageWriter(QIODevice *device, const QByteArray &format);
    explicit QImageWriter(const QString &fileName, const QByteArray &format = QByteArray());
    ~QImageWriter();
    void setFormat(const QByteArray &format);
    QByteArray format() const;
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void setFileName(const QString &fileName);
    QString fileName() const;
    void setQuality(int quality);
    int quality() const;
    void setCompression(int compression);
    int compression() const;
    void setSubType(const QByteArray &type);
    QByteArray subType() const;
    QList<QByteArray> supportedSubTypes() const;
    void setOptimizedWrite(bool optimize);
    bool optimizedWrite() const;
    void setProgressiveScanWrite(bool progressive);
    bool progressiveScanWrite() const;
    void setText(const QString &key, const QString &text);
    bool canWrite() const;
    bool write(const QImage &image);
    ImageWriterError error() const;
    QString errorString() const;
    static QList<QByteArray> supportedImageFormats();
    static QList<QByteArray> supportedMimeTypes();
    static QList<QByteArray> imageFormatsForMimeType(const QByteArray &mimeType);
};

class QDrag : public QObject {
    Q_OBJECT
public:
    explicit QDrag(QObject *dragSource);
    ~QDrag() noexcept;
    void setMimeData(QMimeData *data);
    QMimeData * mimeData() const;
    void setPixmap(const QPixmap &);
    QPixmap pixmap() const;
    void setHotSpot(const QPoint &hotspot);
    QPoint hotSpot() const;
    QObject * source() const;
    QObject * target() const;
    Qt::DropAction exec(Qt::DropActions supportedActions = Qt::MoveAction);
    Qt::DropAction exec(Qt::DropActions supportedActions, Qt::DropAction defaultAction);
    void setDragCursor(const QPixmap &cursor, Qt::DropAction action);
    QPixmap dragCursor(Qt::DropAction action) const;
    Qt::DropActions supportedActions() const;
    Qt::DropAction defaultAction() const;
    static void cancel();
    void actionChanged(Qt::DropAction action);
    void targetChanged(QObject *newTarget);
};

class QPaintDeviceWindow : public QWindow, public QPaintDevice {
    Q_OBJECT
public:
    void update(const QRect &rect);
    void update(const QRegion &region);
    using QWindow::width;
    using QWindow::height;
    using QWindow::devicePixelRatio;
public Q_SLOTS:
    void update();
protected:
    void exposeEvent(QExposeEvent *) override;
    void paintEvent(QPaintEvent *event) override;
    int metric(PaintDeviceMetric metric) const override;
    bool event(QEvent *event) override;
};

class QRasterWindow : public QPaintDeviceWindow {
    Q_OBJECT
public:
    explicit QRasterWindow(QWindow *parent = nullptr);
    ~QRasterWindow() noexcept;
protected:
    int metric(PaintDeviceMetric metric) const override;
    QPaintDevice * redirected(QPoint *) const override;
};

class QBackingStore {
public:
    explicit QBackingStore(QWindow *window);
    ~QBackingStore();
    QWindow * window() const;
    QPaintDevice * paintDevice();
    void flush(const QRegion &region, QWindow *window = nullptr, const QPoint &offset = QPoint());
    void resize(const QSize &size);
    QSize size() const;
    bool scroll(const QRegion &area, int dx, int dy);
    void beginPaint(const QRegion &);
    void endPaint();
    void setStaticContents(const QRegion &region);
    QRegion staticContents() const;
    bool hasStaticContents() const;
};

class QUndoCommand {
public:
    explicit QUndoCommand(QUndoCommand *parent = nullptr);
    explicit QUndoCommand(const QString &text, QUndoCommand *parent = nullptr);
    virtual ~QUndoCommand();
    virtual void undo();
    virtual void redo();
    QString text() const;
    QString actionText() const;
    void setText(const QString &text);
    bool isObsolete() const;
    void setObsolete(bool obsolete);
    virtual int id() const;
    virtual bool mergeWith(const QUndoCommand *other);
    int childCount() const;
    const QUndoCommand * child(int index) const;
};

class QUndoStack : public QObject {
    Q_OBJECT
public:
    explicit QUndoStack(QObject *parent = nullptr);
    ~QUndoStack() noexcept;
    void clear();
    void push(QUndoCommand *cmd);
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    int count() const;
    int index() const;
    QString text(int idx) const;
    QAction * createUndoAction(QObject *parent, const QString &prefix = QString()) const;
    QAction * createRedoAction(QObject *parent, const QString &prefix = QString()) const;
    bool isActive() const;
    bool isClean() const;
    int cleanIndex() const;
    void beginMacro(const QString &text);
    void endMacro();
    void setUndoLimit(int limit);
    int undoLimit() const;
    const QUndoCommand * command(int index) const;
public Q_SLOTS:
    void setClean();
    void resetClean();
    void setIndex(int idx);
    void undo();
    void redo();
    void setActive(bool active = true);
public:
    void indexChanged(int idx);
    void cleanChanged(bool clean);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &undoText);
    void redoTextChanged(const QString &redoText);
};

class QShortcut : public QObject {
    Q_OBJECT
public:
    explicit QShortcut(QObject *parent);
    explicit QShortcut(const QKeySequence &key, QObject *parent, const char *member = nullptr, const char *ambiguousMember = nullptr, Qt::ShortcutContext context = Qt::WindowShortcut);
    explicit QShortcut(QKeySequence::StandardKey key, QObject *parent, const char *member = nullptr, const char *ambiguousMember = nullptr, Qt::ShortcutContext context = Qt::WindowShortcut);
    template <typename Functor> QShortcut(const QKeySequence &key, QObject *parent, Functor functor, Qt::ShortcutContext context = Qt::WindowShortcut);
    template <typename Functor> QShortcut(const QKeySequence &key, QObject *parent, const QObject *context, Functor functor, Qt::ShortcutContext shortcutContext = Qt::WindowShortcut);
    template <typename Functor> QShortcut(QKeySequence::StandardKey key, QObject *parent, Functor functor, Qt::ShortcutContext context = Qt::WindowShortcut);
    template <typename Functor> QShortcut(QKeySequence::StandardKey key, QObject *parent, const QObject *context, Functor functor, Qt::ShortcutContext shortcutContext = Qt::WindowShortcut);
    ~QShortcut() noexcept;
    void setKey(const QKeySequence &key);
    QKeySequence key() const;
    void setKeys(QKeySequence::StandardKey key);
    void setKeys(const QList<QKeySequence> &keys);
    QList<QKeySequence> keys() const;
    void setEnabled(bool enable);
    bool isEnabled() const;
    void setContext(Qt::ShortcutContext context);
    Qt::ShortcutContext context() const;
    void setAutoRepeat(bool on);
    bool autoRepeat() const;
    int id() const;
    void setWhatsThis(const QString &text);
    QString whatsThis() const;
    void activated();
    void activatedAmbiguously();
protected:
    bool event(QEvent *e) override;
};

class QFontDatabase {
public:
    using QtGadgetHelper = void;
    enum WritingSystem {
        Any = 0,
        Latin = 1,
        Greek = 2,
        Cyrillic = 3,
        Armenian = 4,
        Hebrew = 5,
        Arabic = 6,
        Syriac = 7,
        Thaana = 8,
        Devanagari = 9,
        Bengali = 10,
        Gurmukhi = 11,
        Gujarati = 12,
        Oriya = 13,
        Tamil = 14,
        Telugu = 15,
        Kannada = 16,
        Malayalam = 17,
        Sinhala = 18,
        Thai = 19,
        Lao = 20,
        Tibetan = 21,
        Myanmar = 22,
        Georgian = 23,
        Khmer = 24,
        SimplifiedChinese = 25,
        TraditionalChinese = 26,
        Japanese = 27,
        Korean = 28,
        Vietnamese = 29,
        Symbol = 30,
        Other = 30,
        Ogham = 31,
        Runic = 32,
        Nko = 33,
        WritingSystemsCount = 34
    };
    enum SystemFont {
        GeneralFont = 0,
        FixedFont = 1,
        TitleFont = 2,
        SmallestReadableFont = 3
    };
    static QList<int> standardSizes();
    explicit QFontDatabase() = default;
    static QList<WritingSystem> writingSystems();
    static QList<WritingSystem> writingSystems(const QString &family);
    static QStringList families(WritingSystem writingSystem = Any);
    static QStringList styles(const QString &family);
    static QList<int> pointSizes(const QString &family, const QString &style = QString());
    static QList<int> smoothSizes(const QString &family, const QString &style);
    static QString styleString(const QFont &font);
    static QString styleString(const QFontInfo &fontInfo);
    static QFont font(const QString &family, const QString &style, int pointSize);
    static bool isBitmapScalable(const QString &family, const QString &style = QString());
    static bool isSmoothlyScalable(const QString &family, const QString &style = QString());
    static bool isScalable(const QString &family, const QString &style = QString());
    static bool isFixedPitch(const QString &family, const QString &style = QString());
    static bool italic(const QString &family, const QString &style);
    static bool bold(const QString &family, const QString &style);
    static int weight(const QString &family, const QString &style);
    static bool hasFamily(const QString &family);
    static bool isPrivateFamily(const QString &family);
    static QString writingSystemName(WritingSystem writingSystem);
    static QString writingSystemSample(WritingSystem writingSystem);
    static int addApplicationFont(const QString &fileName);
    static int addApplicationFontFromData(const QByteArray &fontData);
    static QStringList applicationFontFamilies(int id);
    static bool removeApplicationFont(int id);
    static bool removeAllApplicationFonts();
    static QFont systemFont(SystemFont type);
};

class QFontInfo {
public:
    QFontInfo(const QFont &);
    QFontInfo(const QFontInfo &);
    ~QFontInfo() noexcept;
    QFontInfo & operator=(const QFontInfo &);
    void swap(QFontInfo &other) noexcept;
    QString family() const;
    QString styleName() const;
    int pixelSize() const;
    int pointSize() const;
    qreal pointSizeF() const;
    bool italic() const;
    QFont::Style style() const;
    int weight() const;
    bool bold() const;
    bool underline() const;
    bool overline() const;
    bool strikeOut() const;
    bool fixedPitch() const;
    QFont::StyleHint styleHint() const;
    int legacyWeight() const;
    bool exactMatch() const;
};

class QTextLayout {
public:
    class FormatRange;
public:
    QTextLayout();
    QTextLayout(const QString &text);
    QTextLayout(const QString &text, const QFont &font, const QPaintDevice *paintdevice = nullptr);
    QTextLayout(const QTextBlock &b);
    ~QTextLayout();
    void setFont(const QFont &f);
    QFont font() const;
    void setText(const QString &string);
    QString text() const;
    void setTextOption(const QTextOption &option);
    const QTextOption & textOption() const;
    void setPreeditArea(int position, const QString &text);
    int preeditAreaPosition() const;
    QString preeditAreaText() const;
    struct FormatRange {
        int start;
        int length;
        QTextCharFormat format;
        friend bool operator==(const FormatRange &lhs, const FormatRange &rhs);
        friend bool operator!=(const FormatRange &lhs, const FormatRange &rhs);
    };
    void setFormats(const QList<FormatRange> &overrides);
    QList<FormatRange> formats() const;
    void clearFormats();
    void setCacheEnabled(bool enable);
    bool cacheEnabled() const;
    void setCursorMoveStyle(Qt::CursorMoveStyle style);
    Qt::CursorMoveStyle cursorMoveStyle() const;
    void beginLayout();
    void endLayout();
    void clearLayout();
    QTextLine createLine();
    int lineCount() const;
    QTextLine lineAt(int i) const;
    QTextLine lineForTextPosition(int pos) const;
    enum CursorMode {
        SkipCharacters = 0,
        SkipWords = 1
    };
    bool isValidCursorPosition(int pos) const;
    int nextCursorPosition(int oldPos, CursorMode mode = SkipCharacters) const;
    int previousCursorPosition(int oldPos, CursorMode mode = SkipCharacters) const;
    int leftCursorPosition(int oldPos) const;
    int rightCursorPosition(int oldPos) const;
    void draw(QPainter *p, const QPointF &pos, const QList<FormatRange> &selections = QList<FormatRange>(), const QRectF &clip = QRectF()) const;
    void drawCursor(QPainter *p, const QPointF &pos, int cursorPosition) const;
    void drawCursor(QPainter *p, const QPointF &pos, int cursorPosition, int width) const;
    QPointF position() const;
    void setPosition(const QPointF &p);
    QRectF boundingRect() const;
    qreal minimumWidth() const;
    qreal maximumWidth() const;
    void setFlags(int flags);
};

class QTextLine {
public:
    QTextLine();
    bool isValid() const;
    QRectF rect() const;
    qreal x() const;
    qreal y() const;
    qreal width() const;
    qreal ascent() const;
    qreal descent() const;
    qreal height() const;
    qreal leading() const;
    void setLeadingIncluded(bool included);
    bool leadingIncluded() const;
    qreal naturalTextWidth() const;
    qreal horizontalAdvance() const;
    QRectF naturalTextRect() const;
    enum Edge {
        Leading = 0,
        Trailing = 1
    };
    enum CursorPosition {
        CursorBetweenCharacters = 0,
        CursorOnCharacter = 1
    };
    qreal cursorToX(int *cursorPos, Edge edge = Leading) const;
    qreal cursorToX(int cursorPos, Edge edge = Leading) const;
    int xToCursor(qreal x, CursorPosition = CursorBetweenCharacters) const;
    void setLineWidth(qreal width);
    void setNumColumns(int columns);
    void setNumColumns(int columns, qreal alignmentWidth);
    void setPosition(const QPointF &pos);
    QPointF position() const;
    int textStart() const;
    int textLength() const;
    int lineNumber() const;
    void draw(QPainter *painter, const QPointF &position) const;
};

class QTextBlock {
public:
    class iterator;
public:
    QTextBlock();
    QTextBlock(const QTextBlock &o);
    QTextBlock & operator=(const QTextBlock &o);
    bool isValid() const;
    bool operator==(const QTextBlock &o) const;
    bool operator!=(const QTextBlock &o) const;
    bool operator<(const QTextBlock &o) const;
    int position() const;
    int length() const;
    bool contains(int position) const;
    QTextLayout * layout() const;
    void clearLayout();
    QTextBlockFormat blockFormat() const;
    int blockFormatIndex() const;
    QTextCharFormat charFormat() const;
    int charFormatIndex() const;
    Qt::LayoutDirection textDirection() const;
    QString text() const;
    QList<QTextLayout::FormatRange> textFormats() const;
    const QTextDocument * document() const;
    int userState() const;
    void setUserState(int state);
    int revision() const;
    void setRevision(int rev);
    bool isVisible() const;
    void setVisible(bool visible);
    int blockNumber() const;
    int firstLineNumber() const;
    void setLineCount(int count);
    int lineCount() const;
    class iterator {
    public:
        iterator() = default;
        bool atEnd() const;
        bool operator==(const iterator &o) const;
        bool operator!=(const iterator &o) const;
        iterator & operator++();
        iterator operator++(int);
        iterator & operator--();
        iterator operator--(int);
    };
    using Iterator = iterator;
    iterator begin() const;
    iterator end() const;
    QTextBlock next() const;
    QTextBlock previous() const;
    int fragmentIndex() const;
};

class QMovie : public QObject {
    Q_OBJECT
public:
    enum MovieState {
        NotRunning = 0,
        Paused = 1,
        Running = 2
    };
    enum CacheMode {
        CacheNone = 0,
        CacheAll = 1
    };
    explicit QMovie(QObject *parent = nullptr);
    explicit QMovie(QIODevice *device, const QByteArray &format = QByteArray(), QObject *parent = nullptr);
    explicit QMovie(const QString &fileName, const QByteArray &format = QByteArray(), QObject *parent = nullptr);
    ~QMovie() noexcept;
    static QList<QByteArray> supportedFormats();
    void setDevice(QIODevice *device);
    QIODevice * device() const;
    void setFileName(const QString &fileName);
    QString fileName() const;
    void setFormat(const QByteArray &format);
    QByteArray format() const;
    void setBackgroundColor(const QColor &color);
    QColor backgroundColor() const;
    MovieState state() const;
    QRect frameRect() const;
    QImage currentImage() const;
    QPixmap currentPixmap() const;
    bool isValid() const;
    QImageReader::ImageReaderError lastError() const;
    QString lastErrorString() const;
    bool jumpToFrame(int frameNumber);
    int loopCount() const;
    int frameCount() const;
    int nextFrameDelay() const;
    int currentFrameNumber() const;
    int speed() const;
    QSize scaledSize();
    void setScaledSize(const QSize &size);
    CacheMode cacheMode() const;
    void setCacheMode(CacheMode mode);
    void started();
    void resized(const QSize &size);
    void updated(const QRect &rect);
    void stateChanged(QMovie::MovieState state);
    void error(QImageReader::ImageReaderError error);
    void finished();
    void frameChanged(int frameNumber);
public Q_SLOTS:
    void start();
    bool jumpToNextFrame();
    void setPaused(bool paused);
    void stop();
    void setSpeed(int percentSpeed);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(QInputDevice::DeviceTypes)
Q_DECLARE_OPERATORS_FOR_FLAGS(QInputDevice::Capabilities)
Q_DECLARE_OPERATORS_FOR_FLAGS(QPointingDevice::PointerTypes)
Q_DECLARE_OPERATORS_FOR_FLAGS(QEventPoint::States)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextOption::Flags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QPainter::RenderHints)
Q_DECLARE_OPERATORS_FOR_FLAGS(QPainter::PixmapFragmentHints)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextDocument::MarkdownFeatures)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextDocument::FindFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QTextFormat::PageBreakFlags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QMatrix4x4::Flags)
Q_DECLARE_OPERATORS_FOR_FLAGS(QSurfaceFormat::FormatOptions)
QMargins operator+(const QMargins &m1, const QMargins &m2) noexcept;
QMargins operator-(const QMargins &m1, const QMargins &m2) noexcept;
QMargins operator+(const QMargins &lhs, int rhs) noexcept;
QMargins operator+(int lhs, const QMargins &rhs) noexcept;
QMargins operator-(const QMargins &lhs, int rhs) noexcept;
QMargins operator*(const QMargins &margins, int factor) noexcept;
QMargins operator*(int factor, const QMargins &margins) noexcept;
QMargins operator*(const QMargins &margins, qreal factor) noexcept;
QMargins operator*(qreal factor, const QMargins &margins) noexcept;
QMargins operator/(const QMargins &margins, int divisor);
QMargins operator/(const QMargins &margins, qreal divisor);
QMargins operator|(const QMargins &m1, const QMargins &m2) noexcept;
QMargins operator+(const QMargins &margins) noexcept;
QMargins operator-(const QMargins &margins) noexcept;
QMarginsF operator+(const QMarginsF &lhs, const QMarginsF &rhs) noexcept;
QMarginsF operator-(const QMarginsF &lhs, const QMarginsF &rhs) noexcept;
QMarginsF operator+(const QMarginsF &lhs, qreal rhs) noexcept;
QMarginsF operator+(qreal lhs, const QMarginsF &rhs) noexcept;
QMarginsF operator-(const QMarginsF &lhs, qreal rhs) noexcept;
QMarginsF operator*(const QMarginsF &lhs, qreal rhs) noexcept;
QMarginsF operator*(qreal lhs, const QMarginsF &rhs) noexcept;
QMarginsF operator/(const QMarginsF &lhs, qreal divisor);
QMarginsF operator|(const QMarginsF &m1, const QMarginsF &m2) noexcept;
QMarginsF operator+(const QMarginsF &margins) noexcept;
QMarginsF operator-(const QMarginsF &margins) noexcept;
QRect operator+(const QRect &rectangle, const QMargins &margins) noexcept;
QRect operator+(const QMargins &margins, const QRect &rectangle) noexcept;
QRect operator-(const QRect &lhs, const QMargins &rhs) noexcept;
QRectF operator+(const QRectF &lhs, const QMarginsF &rhs) noexcept;
QRectF operator+(const QMarginsF &lhs, const QRectF &rhs) noexcept;
QRectF operator-(const QRectF &lhs, const QMarginsF &rhs) noexcept;
QPoint operator*(const QPoint &p, const QTransform &m);
QPointF operator*(const QPointF &p, const QTransform &m);
QLineF operator*(const QLineF &l, const QTransform &m);
QLine operator*(const QLine &l, const QTransform &m);
QPolygon operator*(const QPolygon &a, const QTransform &m);
QPolygonF operator*(const QPolygonF &a, const QTransform &m);
QRegion operator*(const QRegion &r, const QTransform &m);
QTransform operator*(const QTransform &a, qreal n);
QTransform operator/(const QTransform &a, qreal n);
QTransform operator+(const QTransform &a, qreal n);
QTransform operator-(const QTransform &a, qreal n);
const QQuaternion operator*(const QQuaternion &q1, const QQuaternion &q2);
const QQuaternion operator+(const QQuaternion &q1, const QQuaternion &q2);
const QQuaternion operator-(const QQuaternion &q1, const QQuaternion &q2);
const QQuaternion operator*(float factor, const QQuaternion &quaternion);
const QQuaternion operator*(const QQuaternion &quaternion, float factor);
const QQuaternion operator-(const QQuaternion &quaternion);
const QQuaternion operator/(const QQuaternion &quaternion, float divisor);
QVector3D operator*(const QQuaternion &quaternion, const QVector3D &vec);
QMatrix4x4 operator/(const QMatrix4x4 &matrix, float divisor);
QMatrix4x4 operator+(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
QMatrix4x4 operator-(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
QMatrix4x4 operator*(const QMatrix4x4 &m1, const QMatrix4x4 &m2);
QVector3D operator*(const QVector3D &vector, const QMatrix4x4 &matrix);
QVector3D operator*(const QMatrix4x4 &matrix, const QVector3D &vector);
QVector4D operator*(const QVector4D &vector, const QMatrix4x4 &matrix);
QVector4D operator*(const QMatrix4x4 &matrix, const QVector4D &vector);
QPoint operator*(const QPoint &point, const QMatrix4x4 &matrix);
QPointF operator*(const QPointF &point, const QMatrix4x4 &matrix);
QPoint operator*(const QMatrix4x4 &matrix, const QPoint &point);
QPointF operator*(const QMatrix4x4 &matrix, const QPointF &point);
QMatrix4x4 operator-(const QMatrix4x4 &matrix);
QMatrix4x4 operator*(float factor, const QMatrix4x4 &matrix);
QMatrix4x4 operator*(const QMatrix4x4 &matrix, float factor);
QPainterPath operator*(const QPainterPath &p, const QTransform &m);
