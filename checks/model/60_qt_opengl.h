// qtreview model, part 8: OpenGL as Qt code sees it: the GL types, constants and the GL 1.x
// functions <GL/gl.h> declares (Qt's qopengl.h includes it on desktop Linux), QtGui's context and
// function resolvers, QtOpenGL's helpers, QOpenGLWidget (QtOpenGLWidgets in Qt 6), and Qt 5's
// legacy QGL classes (QtOpenGL in Qt 5, gone in Qt 6). Written by hand from the public API
// documentation; only what real code calls.

typedef unsigned int GLenum;
typedef unsigned char GLboolean;
typedef unsigned int GLbitfield;
typedef void GLvoid;
typedef signed char GLbyte;
typedef short GLshort;
typedef int GLint;
typedef unsigned char GLubyte;
typedef unsigned short GLushort;
typedef unsigned int GLuint;
typedef int GLsizei;
typedef float GLfloat;
typedef float GLclampf;
typedef double GLdouble;
typedef double GLclampd;
typedef char GLchar;
typedef long GLsizeiptr;
typedef long GLintptr;
typedef long qopengl_GLsizeiptr;
typedef long qopengl_GLintptr;

#define GL_FALSE 0
#define GL_TRUE 1
#define GL_POINTS 0x0000
#define GL_LINES 0x0001
#define GL_LINE_LOOP 0x0002
#define GL_LINE_STRIP 0x0003
#define GL_TRIANGLES 0x0004
#define GL_TRIANGLE_STRIP 0x0005
#define GL_TRIANGLE_FAN 0x0006
#define GL_QUADS 0x0007
#define GL_QUAD_STRIP 0x0008
#define GL_DEPTH_BUFFER_BIT 0x00000100
#define GL_STENCIL_BUFFER_BIT 0x00000400
#define GL_COLOR_BUFFER_BIT 0x00004000
#define GL_ZERO 0
#define GL_ONE 1
#define GL_SRC_ALPHA 0x0302
#define GL_ONE_MINUS_SRC_ALPHA 0x0303
#define GL_FRONT 0x0404
#define GL_BACK 0x0405
#define GL_FRONT_AND_BACK 0x0408
#define GL_CW 0x0900
#define GL_CCW 0x0901
#define GL_CULL_FACE 0x0B44
#define GL_LIGHTING 0x0B50
#define GL_LIGHT_MODEL_TWO_SIDE 0x0B52
#define GL_COLOR_MATERIAL 0x0B57
#define GL_DEPTH_TEST 0x0B71
#define GL_NORMALIZE 0x0BA1
#define GL_BLEND 0x0BE2
#define GL_MULTISAMPLE 0x809D
#define GL_SCISSOR_TEST 0x0C11
#define GL_TEXTURE_2D 0x0DE1
#define GL_UNSIGNED_BYTE 0x1401
#define GL_UNSIGNED_SHORT 0x1403
#define GL_INT 0x1404
#define GL_UNSIGNED_INT 0x1405
#define GL_FLOAT 0x1406
#define GL_DOUBLE 0x140A
#define GL_MODELVIEW 0x1700
#define GL_PROJECTION 0x1701
#define GL_TEXTURE 0x1702
#define GL_RGB 0x1907
#define GL_RGBA 0x1908
#define GL_FLAT 0x1D00
#define GL_SMOOTH 0x1D01
#define GL_VENDOR 0x1F00
#define GL_RENDERER 0x1F01
#define GL_VERSION 0x1F02
#define GL_EXTENSIONS 0x1F03
#define GL_AMBIENT 0x1200
#define GL_DIFFUSE 0x1201
#define GL_SPECULAR 0x1202
#define GL_POSITION 0x1203
#define GL_SHININESS 0x1601
#define GL_AMBIENT_AND_DIFFUSE 0x1602
#define GL_LIGHT0 0x4000
#define GL_NEAREST 0x2600
#define GL_LINEAR 0x2601
#define GL_LINEAR_MIPMAP_LINEAR 0x2703
#define GL_TEXTURE_MAG_FILTER 0x2800
#define GL_TEXTURE_MIN_FILTER 0x2801
#define GL_TEXTURE_WRAP_S 0x2802
#define GL_TEXTURE_WRAP_T 0x2803
#define GL_REPEAT 0x2901
#define GL_VERTEX_ARRAY 0x8074
#define GL_NORMAL_ARRAY 0x8075
#define GL_COLOR_ARRAY 0x8076
#define GL_TEXTURE_COORD_ARRAY 0x8078
#define GL_ALL_ATTRIB_BITS 0xFFFFFFFF
#define GL_COMPILE 0x1300
#define GL_TEXTURE0 0x84C0
#define GL_TEXTURE_3D 0x806F
#define GL_CLAMP_TO_EDGE 0x812F
#define GL_TEXTURE_CUBE_MAP 0x8513
#define GL_ARRAY_BUFFER 0x8892
#define GL_ELEMENT_ARRAY_BUFFER 0x8893
#define GL_STATIC_DRAW 0x88E4
#define GL_FRAMEBUFFER 0x8D40
#define GL_RGBA8 0x8058
#define GL_RGBA32F 0x8814
#define GL_WRITE_ONLY 0x88B9
#define GL_READ_WRITE 0x88BA
#define GL_SHADER_IMAGE_ACCESS_BARRIER_BIT 0x00000020

// GL 1.0/1.1 functions: free functions from <GL/gl.h>, and members of QOpenGLFunctions_1_1.
#define __QTR_GL_1_1(F) \
    F(void, glBegin, (GLenum mode)) \
    F(void, glEnd, ()) \
    F(void, glMatrixMode, (GLenum mode)) \
    F(void, glLoadIdentity, ()) \
    F(void, glPushMatrix, ()) \
    F(void, glPopMatrix, ()) \
    F(void, glPushAttrib, (GLbitfield mask)) \
    F(void, glPopAttrib, ()) \
    F(void, glLoadMatrixf, (const GLfloat *m)) \
    F(void, glMultMatrixf, (const GLfloat *m)) \
    F(void, glTranslatef, (GLfloat x, GLfloat y, GLfloat z)) \
    F(void, glTranslated, (GLdouble x, GLdouble y, GLdouble z)) \
    F(void, glRotatef, (GLfloat angle, GLfloat x, GLfloat y, GLfloat z)) \
    F(void, glRotated, (GLdouble angle, GLdouble x, GLdouble y, GLdouble z)) \
    F(void, glScalef, (GLfloat x, GLfloat y, GLfloat z)) \
    F(void, glOrtho, (GLdouble left, GLdouble right, GLdouble bottom, GLdouble top, GLdouble zNear, GLdouble zFar)) \
    F(void, glFrustum, (GLdouble left, GLdouble right, GLdouble bottom, GLdouble top, GLdouble zNear, GLdouble zFar)) \
    F(void, glVertex2d, (GLdouble x, GLdouble y)) \
    F(void, glVertex2f, (GLfloat x, GLfloat y)) \
    F(void, glVertex3d, (GLdouble x, GLdouble y, GLdouble z)) \
    F(void, glVertex3f, (GLfloat x, GLfloat y, GLfloat z)) \
    F(void, glVertex3fv, (const GLfloat *v)) \
    F(void, glNormal3d, (GLdouble nx, GLdouble ny, GLdouble nz)) \
    F(void, glNormal3f, (GLfloat nx, GLfloat ny, GLfloat nz)) \
    F(void, glNormal3fv, (const GLfloat *v)) \
    F(void, glTexCoord2f, (GLfloat s, GLfloat t)) \
    F(void, glTexCoord2fv, (const GLfloat *v)) \
    F(void, glColor3f, (GLfloat red, GLfloat green, GLfloat blue)) \
    F(void, glColor4f, (GLfloat red, GLfloat green, GLfloat blue, GLfloat alpha)) \
    F(void, glColor4ub, (GLubyte red, GLubyte green, GLubyte blue, GLubyte alpha)) \
    F(void, glShadeModel, (GLenum mode)) \
    F(void, glLightfv, (GLenum light, GLenum pname, const GLfloat *params)) \
    F(void, glLightModelf, (GLenum pname, GLfloat param)) \
    F(void, glLightModeli, (GLenum pname, GLint param)) \
    F(void, glMaterialf, (GLenum face, GLenum pname, GLfloat param)) \
    F(void, glMaterialfv, (GLenum face, GLenum pname, const GLfloat *params)) \
    F(void, glColorMaterial, (GLenum face, GLenum mode)) \
    F(GLuint, glGenLists, (GLsizei range)) \
    F(void, glNewList, (GLuint list, GLenum mode)) \
    F(void, glEndList, ()) \
    F(void, glCallList, (GLuint list)) \
    F(void, glDeleteLists, (GLuint list, GLsizei range)) \
    F(void, glEnableClientState, (GLenum array)) \
    F(void, glDisableClientState, (GLenum array)) \
    F(void, glVertexPointer, (GLint size, GLenum type, GLsizei stride, const GLvoid *pointer)) \
    F(void, glNormalPointer, (GLenum type, GLsizei stride, const GLvoid *pointer)) \
    F(void, glColorPointer, (GLint size, GLenum type, GLsizei stride, const GLvoid *pointer)) \
    F(void, glTexCoordPointer, (GLint size, GLenum type, GLsizei stride, const GLvoid *pointer)) \
    F(void, glTexEnvf, (GLenum target, GLenum pname, GLfloat param)) \
    F(void, glTexEnvi, (GLenum target, GLenum pname, GLint param))

// The GL calls both GL 1.1 (<GL/gl.h>, QOpenGLFunctions_1_1) and OpenGL ES 2 (QOpenGLFunctions) have.
#define __QTR_GL_COMMON(F) \
    F(void, glEnable, (GLenum cap)) \
    F(void, glDisable, (GLenum cap)) \
    F(GLboolean, glIsEnabled, (GLenum cap)) \
    F(void, glClear, (GLbitfield mask)) \
    F(void, glClearColor, (GLclampf red, GLclampf green, GLclampf blue, GLclampf alpha)) \
    F(void, glViewport, (GLint x, GLint y, GLsizei width, GLsizei height)) \
    F(void, glScissor, (GLint x, GLint y, GLsizei width, GLsizei height)) \
    F(void, glBlendFunc, (GLenum sfactor, GLenum dfactor)) \
    F(void, glCullFace, (GLenum mode)) \
    F(void, glFrontFace, (GLenum mode)) \
    F(void, glDepthFunc, (GLenum func)) \
    F(void, glDepthMask, (GLboolean flag)) \
    F(void, glLineWidth, (GLfloat width)) \
    F(void, glFlush, ()) \
    F(void, glFinish, ()) \
    F(GLenum, glGetError, ()) \
    F(const GLubyte *, glGetString, (GLenum name)) \
    F(void, glGetIntegerv, (GLenum pname, GLint *data)) \
    F(void, glGetFloatv, (GLenum pname, GLfloat *data)) \
    F(void, glPixelStorei, (GLenum pname, GLint param)) \
    F(void, glReadPixels, (GLint x, GLint y, GLsizei width, GLsizei height, GLenum format, GLenum type, GLvoid *pixels)) \
    F(void, glGenTextures, (GLsizei n, GLuint *textures)) \
    F(void, glDeleteTextures, (GLsizei n, const GLuint *textures)) \
    F(void, glBindTexture, (GLenum target, GLuint texture)) \
    F(void, glTexParameteri, (GLenum target, GLenum pname, GLint param)) \
    F(void, glTexParameterf, (GLenum target, GLenum pname, GLfloat param)) \
    F(void, glTexImage2D, (GLenum target, GLint level, GLint internalformat, GLsizei width, GLsizei height, GLint border, GLenum format, GLenum type, const GLvoid *pixels)) \
    F(void, glTexSubImage2D, (GLenum target, GLint level, GLint xoffset, GLint yoffset, GLsizei width, GLsizei height, GLenum format, GLenum type, const GLvoid *pixels)) \
    F(void, glDrawArrays, (GLenum mode, GLint first, GLsizei count)) \
    F(void, glDrawElements, (GLenum mode, GLsizei count, GLenum type, const GLvoid *indices))

#define __QTR_GL_FREE(R, N, A) R N A;
#define __QTR_GL_MEMBER(R, N, A) R N A;
extern "C" {
__QTR_GL_COMMON(__QTR_GL_FREE)
__QTR_GL_1_1(__QTR_GL_FREE)
void glActiveTexture(GLenum texture);
void glTexImage3D(GLenum target, GLint level, GLint internalFormat, GLsizei width, GLsizei height, GLsizei depth, GLint border, GLenum format, GLenum type, const GLvoid *pixels);
void glBlendEquation(GLenum mode);
}

typedef void (*QFunctionPointer)();
class QOpenGLFunctions;
class QOpenGLExtraFunctions;

class QOpenGLContext : public QObject {
    Q_OBJECT
public:
    enum OpenGLModuleType {
        LibGL = 0,
        LibGLES = 1
    };
    explicit QOpenGLContext(QObject *parent = nullptr);
    ~QOpenGLContext() noexcept;
    void setFormat(const QSurfaceFormat &format);
    void setShareContext(QOpenGLContext *shareContext);
    void setScreen(QScreen *screen);
    bool create();
    bool isValid() const;
    QSurfaceFormat format() const;
    QOpenGLContext * shareContext() const;
    QScreen * screen() const;
    GLuint defaultFramebufferObject() const;
    bool makeCurrent(QSurface *surface);
    void doneCurrent();
    void swapBuffers(QSurface *surface);
    QSurface * surface() const;
    static QOpenGLContext * currentContext();
    static bool areSharing(QOpenGLContext *first, QOpenGLContext *second);
    QOpenGLFunctions * functions() const;
    QOpenGLExtraFunctions * extraFunctions() const;
    QSet<QByteArray> extensions() const;
    bool hasExtension(const QByteArray &extension) const;
    QFunctionPointer getProcAddress(const char *procName) const;
    QFunctionPointer getProcAddress(const QByteArray &procName) const;
    static void * openGLModuleHandle();
    static OpenGLModuleType openGLModuleType();
    bool isOpenGLES() const;
    static bool supportsThreadedOpenGL();
Q_SIGNALS:
    void aboutToBeDestroyed();
};

class QOffscreenSurface : public QObject, public QSurface {
    Q_OBJECT
public:
    explicit QOffscreenSurface(QScreen *screen = nullptr, QObject *parent = nullptr);
    ~QOffscreenSurface() noexcept;
    SurfaceType surfaceType() const override;
    void create();
    void destroy();
    bool isValid() const;
    void setFormat(const QSurfaceFormat &format);
    QSurfaceFormat format() const override;
    QSurfaceFormat requestedFormat() const;
    QSize size() const override;
    QScreen * screen() const;
    void setScreen(QScreen *screen);
};

class QOpenGLFunctions {
public:
    QOpenGLFunctions();
    explicit QOpenGLFunctions(QOpenGLContext *context);
    ~QOpenGLFunctions();
    void initializeOpenGLFunctions();
    __QTR_GL_COMMON(__QTR_GL_MEMBER)
    void glActiveTexture(GLenum texture);
    void glAttachShader(GLuint program, GLuint shader);
    void glBindAttribLocation(GLuint program, GLuint index, const char *name);
    void glBindBuffer(GLenum target, GLuint buffer);
    void glBindFramebuffer(GLenum target, GLuint framebuffer);
    void glBindRenderbuffer(GLenum target, GLuint renderbuffer);
    void glBlendEquation(GLenum mode);
    void glBufferData(GLenum target, qopengl_GLsizeiptr size, const void *data, GLenum usage);
    void glBufferSubData(GLenum target, qopengl_GLintptr offset, qopengl_GLsizeiptr size, const void *data);
    GLenum glCheckFramebufferStatus(GLenum target);
    void glClearDepthf(GLclampf depth);
    void glCompileShader(GLuint shader);
    GLuint glCreateProgram();
    GLuint glCreateShader(GLenum type);
    void glDeleteBuffers(GLsizei n, const GLuint *buffers);
    void glDeleteFramebuffers(GLsizei n, const GLuint *framebuffers);
    void glDeleteProgram(GLuint program);
    void glDeleteShader(GLuint shader);
    void glDisableVertexAttribArray(GLuint index);
    void glEnableVertexAttribArray(GLuint index);
    void glFramebufferTexture2D(GLenum target, GLenum attachment, GLenum textarget, GLuint texture, GLint level);
    void glGenBuffers(GLsizei n, GLuint *buffers);
    void glGenerateMipmap(GLenum target);
    void glGenFramebuffers(GLsizei n, GLuint *framebuffers);
    GLint glGetAttribLocation(GLuint program, const char *name);
    GLint glGetUniformLocation(GLuint program, const char *name);
    void glLinkProgram(GLuint program);
    void glShaderSource(GLuint shader, GLsizei count, const char **string, const GLint *length);
    void glUniform1f(GLint location, GLfloat x);
    void glUniform1i(GLint location, GLint x);
    void glUniform4fv(GLint location, GLsizei count, const GLfloat *v);
    void glUniformMatrix4fv(GLint location, GLsizei count, GLboolean transpose, const GLfloat *value);
    void glUseProgram(GLuint program);
    void glVertexAttribPointer(GLuint indx, GLint size, GLenum type, GLboolean normalized, GLsizei stride, const void *ptr);
};

class QOpenGLExtraFunctions : public QOpenGLFunctions {
public:
    QOpenGLExtraFunctions();
    explicit QOpenGLExtraFunctions(QOpenGLContext *context);
    ~QOpenGLExtraFunctions();
    void glBindVertexArray(GLuint array);
    void glGenVertexArrays(GLsizei n, GLuint *arrays);
    void glDeleteVertexArrays(GLsizei n, const GLuint *arrays);
    void glDrawArraysInstanced(GLenum mode, GLint first, GLsizei count, GLsizei instancecount);
    void glDrawElementsInstanced(GLenum mode, GLsizei count, GLenum type, const void *indices, GLsizei instancecount);
    void * glMapBufferRange(GLenum target, GLintptr offset, GLsizeiptr length, GLbitfield access);
    GLboolean glUnmapBuffer(GLenum target);
    void glVertexAttribDivisor(GLuint index, GLuint divisor);
    void glBindImageTexture(GLuint unit, GLuint texture, GLint level, GLboolean layered, GLint layer, GLenum access, GLenum format);
    void glDispatchCompute(GLuint num_groups_x, GLuint num_groups_y, GLuint num_groups_z);
    void glMemoryBarrier(GLbitfield barriers);
};

class QAbstractOpenGLFunctions {
public:
    virtual ~QAbstractOpenGLFunctions();
    virtual bool initializeOpenGLFunctions();
};

class QOpenGLFunctions_1_1 : public QAbstractOpenGLFunctions {
public:
    QOpenGLFunctions_1_1();
    ~QOpenGLFunctions_1_1();
    bool initializeOpenGLFunctions() override;
    __QTR_GL_COMMON(__QTR_GL_MEMBER)
    __QTR_GL_1_1(__QTR_GL_MEMBER)
};

class QOpenGLShader : public QObject {
    Q_OBJECT
public:
    enum ShaderTypeBit {
        Vertex = 0x0001,
        Fragment = 0x0002,
        Geometry = 0x0004,
        TessellationControl = 0x0008,
        TessellationEvaluation = 0x0010,
        Compute = 0x0020
    };
    Q_DECLARE_FLAGS(ShaderType, ShaderTypeBit)
    explicit QOpenGLShader(QOpenGLShader::ShaderType type, QObject *parent = nullptr);
    ~QOpenGLShader() noexcept;
    QOpenGLShader::ShaderType shaderType() const;
    bool compileSourceCode(const char *source);
    bool compileSourceCode(const QByteArray &source);
    bool compileSourceCode(const QString &source);
    bool compileSourceFile(const QString &fileName);
    QByteArray sourceCode() const;
    bool isCompiled() const;
    QString log() const;
    GLuint shaderId() const;
    static bool hasOpenGLShaders(ShaderType type, QOpenGLContext *context = nullptr);
};

// The uniform setters QOpenGLShaderProgram and Qt 5's QGLShaderProgram share, by location or name.
#define __QTR_UNIFORMS(KEY) \
    void setUniformValue(KEY, GLfloat value); \
    void setUniformValue(KEY, GLint value); \
    void setUniformValue(KEY, GLuint value); \
    void setUniformValue(KEY, GLfloat x, GLfloat y); \
    void setUniformValue(KEY, GLfloat x, GLfloat y, GLfloat z); \
    void setUniformValue(KEY, GLfloat x, GLfloat y, GLfloat z, GLfloat w); \
    void setUniformValue(KEY, const QVector2D &value); \
    void setUniformValue(KEY, const QVector3D &value); \
    void setUniformValue(KEY, const QVector4D &value); \
    void setUniformValue(KEY, const QColor &color); \
    void setUniformValue(KEY, const QPoint &point); \
    void setUniformValue(KEY, const QPointF &point); \
    void setUniformValue(KEY, const QSize &size); \
    void setUniformValue(KEY, const QSizeF &size); \
    void setUniformValue(KEY, const QMatrix3x3 &value); \
    void setUniformValue(KEY, const QMatrix4x4 &value); \
    void setUniformValue(KEY, const QTransform &value);

class QOpenGLShaderProgram : public QObject {
    Q_OBJECT
public:
    explicit QOpenGLShaderProgram(QObject *parent = nullptr);
    ~QOpenGLShaderProgram() noexcept;
    bool addShader(QOpenGLShader *shader);
    void removeShader(QOpenGLShader *shader);
    bool addShaderFromSourceCode(QOpenGLShader::ShaderType type, const char *source);
    bool addShaderFromSourceCode(QOpenGLShader::ShaderType type, const QByteArray &source);
    bool addShaderFromSourceCode(QOpenGLShader::ShaderType type, const QString &source);
    bool addShaderFromSourceFile(QOpenGLShader::ShaderType type, const QString &fileName);
    bool addCacheableShaderFromSourceCode(QOpenGLShader::ShaderType type, const char *source);
    bool addCacheableShaderFromSourceCode(QOpenGLShader::ShaderType type, const QByteArray &source);
    bool addCacheableShaderFromSourceCode(QOpenGLShader::ShaderType type, const QString &source);
    bool addCacheableShaderFromSourceFile(QOpenGLShader::ShaderType type, const QString &fileName);
    void removeAllShaders();
    virtual bool link();
    bool isLinked() const;
    QString log() const;
    bool create();
    bool bind();
    void release();
    GLuint programId() const;
    void bindAttributeLocation(const char *name, int location);
    void bindAttributeLocation(const QByteArray &name, int location);
    void bindAttributeLocation(const QString &name, int location);
    int attributeLocation(const char *name) const;
    int attributeLocation(const QByteArray &name) const;
    int attributeLocation(const QString &name) const;
    void setAttributeValue(int location, GLfloat value);
    void setAttributeValue(int location, const QVector3D &value);
    void setAttributeValue(int location, const QColor &value);
    void setAttributeValue(const char *name, GLfloat value);
    void setAttributeValue(const char *name, const QVector3D &value);
    void setAttributeValue(const char *name, const QColor &value);
    void setAttributeArray(int location, const GLfloat *values, int tupleSize, int stride = 0);
    void setAttributeArray(int location, const QVector2D *values, int stride = 0);
    void setAttributeArray(int location, const QVector3D *values, int stride = 0);
    void setAttributeArray(int location, const QVector4D *values, int stride = 0);
    void setAttributeArray(int location, GLenum type, const void *values, int tupleSize, int stride = 0);
    void setAttributeArray(const char *name, const GLfloat *values, int tupleSize, int stride = 0);
    void setAttributeArray(const char *name, const QVector2D *values, int stride = 0);
    void setAttributeArray(const char *name, const QVector3D *values, int stride = 0);
    void setAttributeArray(const char *name, const QVector4D *values, int stride = 0);
    void setAttributeArray(const char *name, GLenum type, const void *values, int tupleSize, int stride = 0);
    void setAttributeBuffer(int location, GLenum type, int offset, int tupleSize, int stride = 0);
    void setAttributeBuffer(const char *name, GLenum type, int offset, int tupleSize, int stride = 0);
    void enableAttributeArray(int location);
    void enableAttributeArray(const char *name);
    void disableAttributeArray(int location);
    void disableAttributeArray(const char *name);
    int uniformLocation(const char *name) const;
    int uniformLocation(const QByteArray &name) const;
    int uniformLocation(const QString &name) const;
    __QTR_UNIFORMS(int location)
    __QTR_UNIFORMS(const char *name)
    void setUniformValueArray(int location, const GLfloat *values, int count, int tupleSize);
    void setUniformValueArray(const char *name, const GLfloat *values, int count, int tupleSize);
    static bool hasOpenGLShaderPrograms(QOpenGLContext *context = nullptr);
};

class QOpenGLBuffer {
public:
    enum Type {
        VertexBuffer = 0x8892,
        IndexBuffer = 0x8893,
        PixelPackBuffer = 0x88EB,
        PixelUnpackBuffer = 0x88EC
    };
    enum UsagePattern {
        StreamDraw = 0x88E0,
        StreamRead = 0x88E1,
        StreamCopy = 0x88E2,
        StaticDraw = 0x88E4,
        StaticRead = 0x88E5,
        StaticCopy = 0x88E6,
        DynamicDraw = 0x88E8,
        DynamicRead = 0x88E9,
        DynamicCopy = 0x88EA
    };
    enum Access {
        ReadOnly = 0x88B8,
        WriteOnly = 0x88B9,
        ReadWrite = 0x88BA
    };
    QOpenGLBuffer();
    explicit QOpenGLBuffer(QOpenGLBuffer::Type type);
    QOpenGLBuffer(const QOpenGLBuffer &other);
    ~QOpenGLBuffer();
    QOpenGLBuffer &operator=(const QOpenGLBuffer &other);
    QOpenGLBuffer::Type type() const;
    QOpenGLBuffer::UsagePattern usagePattern() const;
    void setUsagePattern(QOpenGLBuffer::UsagePattern value);
    bool create();
    bool isCreated() const;
    void destroy();
    bool bind();
    void release();
    static void release(QOpenGLBuffer::Type type);
    GLuint bufferId() const;
    int size() const;
    bool read(int offset, void *data, int count);
    void write(int offset, const void *data, int count);
    void allocate(const void *data, int count);
    void allocate(int count);
    void * map(QOpenGLBuffer::Access access);
    bool unmap();
};

class QOpenGLVertexArrayObject : public QObject {
    Q_OBJECT
public:
    explicit QOpenGLVertexArrayObject(QObject *parent = nullptr);
    ~QOpenGLVertexArrayObject() noexcept;
    bool create();
    void destroy();
    bool isCreated() const;
    GLuint objectId() const;
    void bind();
    void release();
    class Binder {
    public:
        explicit Binder(QOpenGLVertexArrayObject *v);
        ~Binder();
        void release();
        void rebind();
    };
};

class QOpenGLTexture {
public:
    enum Target {
        Target1D = 0x0DE0,
        Target1DArray = 0x8C18,
        Target2D = 0x0DE1,
        Target2DArray = 0x8C1A,
        Target3D = 0x806F,
        TargetCubeMap = 0x8513,
        TargetCubeMapArray = 0x9009,
        Target2DMultisample = 0x9100,
        Target2DMultisampleArray = 0x9102,
        TargetRectangle = 0x84F5,
        TargetBuffer = 0x8C2A
    };
    enum MipMapGeneration {
        GenerateMipMaps = 0,
        DontGenerateMipMaps = 1
    };
    enum TextureUnitReset {
        ResetTextureUnit = 0,
        DontResetTextureUnit = 1
    };
    enum TextureFormat {
        NoFormat = 0,
        R8_UNorm = 0x8229,
        RGB8_UNorm = 0x8051,
        RGBA8_UNorm = 0x8058,
        R32F = 0x822E,
        RGBA16F = 0x881A,
        RGBA32F = 0x8814,
        D24S8 = 0x88F0,
        RGBAFormat = 0x1908
    };
    enum PixelFormat {
        NoSourceFormat = 0,
        Red = 0x1903,
        RGB = 0x1907,
        RGBA = 0x1908,
        BGRA = 0x80E1,
        Luminance = 0x1909
    };
    enum PixelType {
        NoPixelType = 0,
        Int8 = 0x1400,
        UInt8 = 0x1401,
        Int16 = 0x1402,
        UInt16 = 0x1403,
        Int32 = 0x1404,
        UInt32 = 0x1405,
        Float16 = 0x140B,
        Float32 = 0x1406
    };
    enum Filter {
        Nearest = 0x2600,
        Linear = 0x2601,
        NearestMipMapNearest = 0x2700,
        NearestMipMapLinear = 0x2702,
        LinearMipMapNearest = 0x2701,
        LinearMipMapLinear = 0x2703
    };
    enum WrapMode {
        Repeat = 0x2901,
        MirroredRepeat = 0x8370,
        ClampToEdge = 0x812F,
        ClampToBorder = 0x812D
    };
    enum CoordinateDirection {
        DirectionS = 0x2802,
        DirectionT = 0x2803,
        DirectionR = 0x8072
    };
    explicit QOpenGLTexture(Target target);
    explicit QOpenGLTexture(const QImage &image, MipMapGeneration genMipMaps = GenerateMipMaps);
    ~QOpenGLTexture();
    Target target() const;
    bool create();
    void destroy();
    bool isCreated() const;
    GLuint textureId() const;
    void bind();
    void bind(uint unit, TextureUnitReset reset = DontResetTextureUnit);
    void release();
    void release(uint unit, TextureUnitReset reset = DontResetTextureUnit);
    bool isBound() const;
    void setFormat(TextureFormat format);
    TextureFormat format() const;
    void setSize(int width, int height = 1, int depth = 1);
    int width() const;
    int height() const;
    int depth() const;
    void setMipLevels(int levels);
    int mipLevels() const;
    void allocateStorage();
    void allocateStorage(PixelFormat pixelFormat, PixelType pixelType);
    bool isStorageAllocated() const;
    void setData(PixelFormat sourceFormat, PixelType sourceType, const void *data);
    void setData(const QImage &image, MipMapGeneration genMipMaps = GenerateMipMaps);
    void generateMipMaps();
    void setMinificationFilter(Filter filter);
    void setMagnificationFilter(Filter filter);
    void setMinMagFilters(Filter minificationFilter, Filter magnificationFilter);
    void setWrapMode(WrapMode mode);
    void setWrapMode(CoordinateDirection direction, WrapMode mode);
};

class QOpenGLFramebufferObjectFormat {
public:
    QOpenGLFramebufferObjectFormat();
    QOpenGLFramebufferObjectFormat(const QOpenGLFramebufferObjectFormat &other);
    ~QOpenGLFramebufferObjectFormat();
    void setSamples(int samples);
    int samples() const;
    void setMipmap(bool enabled);
    bool mipmap() const;
    void setAttachment(int attachment);
    void setTextureTarget(GLenum target);
    void setInternalTextureFormat(GLenum internalTextureFormat);
};

class QOpenGLFramebufferObject {
public:
    enum Attachment {
        NoAttachment = 0,
        CombinedDepthStencil = 1,
        Depth = 2
    };
    explicit QOpenGLFramebufferObject(const QSize &size, GLenum target = GL_TEXTURE_2D);
    QOpenGLFramebufferObject(int width, int height, GLenum target = GL_TEXTURE_2D);
    QOpenGLFramebufferObject(const QSize &size, const QOpenGLFramebufferObjectFormat &format);
    QOpenGLFramebufferObject(int width, int height, const QOpenGLFramebufferObjectFormat &format);
    QOpenGLFramebufferObject(const QSize &size, Attachment attachment, GLenum target = GL_TEXTURE_2D, GLenum internalFormat = 0);
    QOpenGLFramebufferObject(int width, int height, Attachment attachment, GLenum target = GL_TEXTURE_2D, GLenum internalFormat = 0);
    virtual ~QOpenGLFramebufferObject();
    QOpenGLFramebufferObjectFormat format() const;
    bool isValid() const;
    bool isBound() const;
    bool bind();
    bool release();
    int width() const;
    int height() const;
    Attachment attachment() const;
    void setAttachment(Attachment attachment);
    GLuint texture() const;
    GLuint takeTexture();
    QSize size() const;
    QImage toImage(bool flipped = true) const;
    GLuint handle() const;
    static bool bindDefault();
    static bool hasOpenGLFramebufferObjects();
    static void blitFramebuffer(QOpenGLFramebufferObject *target, QOpenGLFramebufferObject *source, GLbitfield buffers = GL_COLOR_BUFFER_BIT, GLenum filter = GL_NEAREST);
};

class QOpenGLPaintDevice : public QPaintDevice {
public:
    QOpenGLPaintDevice();
    explicit QOpenGLPaintDevice(const QSize &size);
    QOpenGLPaintDevice(int width, int height);
    ~QOpenGLPaintDevice() noexcept;
    int devType() const override;
    QOpenGLContext * context() const;
    QSize size() const;
    void setSize(const QSize &size);
    void setDevicePixelRatio(qreal devicePixelRatio);
    qreal dotsPerMeterX() const;
    qreal dotsPerMeterY() const;
    void setDotsPerMeterX(qreal);
    void setDotsPerMeterY(qreal);
    void setPaintFlipped(bool flipped);
    bool paintFlipped() const;
    virtual void ensureActiveTarget();
protected:
    int metric(QPaintDevice::PaintDeviceMetric metric) const override;
};

class QOpenGLTextureBlitter {
public:
    enum Origin {
        OriginBottomLeft = 0,
        OriginTopLeft = 1
    };
    QOpenGLTextureBlitter();
    ~QOpenGLTextureBlitter();
    bool create();
    bool isCreated() const;
    void destroy();
    void bind(GLenum target = GL_TEXTURE_2D);
    void release();
    void blit(GLuint texture, const QMatrix4x4 &targetTransform, Origin sourceOrigin);
    static QMatrix4x4 targetTransform(const QRectF &target, const QRect &viewport);
};

class QOpenGLWindow : public QPaintDeviceWindow {
    Q_OBJECT
public:
    enum UpdateBehavior {
        NoPartialUpdate = 0,
        PartialUpdateBlit = 1,
        PartialUpdateBlend = 2
    };
    explicit QOpenGLWindow(UpdateBehavior updateBehavior = NoPartialUpdate, QWindow *parent = nullptr);
    explicit QOpenGLWindow(QOpenGLContext *shareContext, UpdateBehavior updateBehavior = NoPartialUpdate, QWindow *parent = nullptr);
    ~QOpenGLWindow() noexcept;
    UpdateBehavior updateBehavior() const;
    bool isValid() const;
    void makeCurrent();
    void doneCurrent();
    QOpenGLContext * context() const;
    QOpenGLContext * shareContext() const;
    GLuint defaultFramebufferObject() const;
    QImage grabFramebuffer();
Q_SIGNALS:
    void frameSwapped();
protected:
    virtual void initializeGL();
    virtual void resizeGL(int w, int h);
    virtual void paintGL();
    virtual void paintUnderGL();
    virtual void paintOverGL();
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    int metric(PaintDeviceMetric metric) const override;
    QPaintDevice * redirected(QPoint *) const override;
};

class QOpenGLWidget : public QWidget {
    Q_OBJECT
public:
    enum UpdateBehavior {
        NoPartialUpdate = 0,
        PartialUpdate = 1
    };
    explicit QOpenGLWidget(QWidget *parent = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QOpenGLWidget() noexcept;
    void setUpdateBehavior(UpdateBehavior updateBehavior);
    UpdateBehavior updateBehavior() const;
    void setFormat(const QSurfaceFormat &format);
    QSurfaceFormat format() const;
    GLenum textureFormat() const;
    void setTextureFormat(GLenum texFormat);
    bool isValid() const;
    void makeCurrent();
    void doneCurrent();
    QOpenGLContext * context() const;
    GLuint defaultFramebufferObject() const;
    QImage grabFramebuffer();
Q_SIGNALS:
    void aboutToCompose();
    void frameSwapped();
    void aboutToResize();
    void resized();
protected:
    virtual void initializeGL();
    virtual void resizeGL(int w, int h);
    virtual void paintGL();
    void paintEvent(QPaintEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    bool event(QEvent *e) override;
    int metric(QPaintDevice::PaintDeviceMetric metric) const override;
    QPaintDevice * redirected(QPoint *p) const override;
};

// Qt 5's legacy QtOpenGL module (QGLWidget and friends), removed in Qt 6.
namespace QGL {
    enum FormatOption {
        DoubleBuffer = 0x0001,
        DepthBuffer = 0x0002,
        Rgba = 0x0004,
        AlphaChannel = 0x0008,
        AccumBuffer = 0x0010,
        StencilBuffer = 0x0020,
        StereoBuffers = 0x0040,
        DirectRendering = 0x0080,
        HasOverlay = 0x0100,
        SampleBuffers = 0x0200,
        DeprecatedFunctions = 0x0400,
        SingleBuffer = DoubleBuffer << 16,
        NoDepthBuffer = DepthBuffer << 16,
        NoSampleBuffers = SampleBuffers << 16
    };
    Q_DECLARE_FLAGS(FormatOptions, FormatOption)
}

class QGLFormat {
public:
    enum OpenGLVersionFlag {
        OpenGL_Version_None = 0x00000000,
        OpenGL_Version_1_1 = 0x00000001,
        OpenGL_Version_1_2 = 0x00000002,
        OpenGL_Version_1_3 = 0x00000004,
        OpenGL_Version_1_4 = 0x00000008,
        OpenGL_Version_1_5 = 0x00000010,
        OpenGL_Version_2_0 = 0x00000020,
        OpenGL_Version_2_1 = 0x00000040,
        OpenGL_Version_3_0 = 0x00001000
    };
    Q_DECLARE_FLAGS(OpenGLVersionFlags, OpenGLVersionFlag)
    QGLFormat();
    QGLFormat(QGL::FormatOptions options, int plane = 0);
    QGLFormat(const QGLFormat &other);
    ~QGLFormat();
    QGLFormat &operator=(const QGLFormat &other);
    void setDepthBufferSize(int size);
    void setSamples(int numSamples);
    int samples() const;
    void setSampleBuffers(bool enable);
    bool sampleBuffers() const;
    void setDoubleBuffer(bool enable);
    bool doubleBuffer() const;
    void setAlpha(bool enable);
    bool alpha() const;
    void setVersion(int major, int minor);
    void setOption(QGL::FormatOptions opt);
    bool testOption(QGL::FormatOptions opt) const;
    static QGLFormat defaultFormat();
    static void setDefaultFormat(const QGLFormat &f);
    static bool hasOpenGL();
    static OpenGLVersionFlags openGLVersionFlags();
};

class QGLContext {
public:
    QGLContext(const QGLFormat &format);
    virtual ~QGLContext();
    bool isValid() const;
    QGLFormat format() const;
    virtual void makeCurrent();
    virtual void doneCurrent();
    virtual void swapBuffers() const;
    QFunctionPointer getProcAddress(const QString &proc) const;
    QOpenGLContext * contextHandle() const;
    static const QGLContext * currentContext();
};

class QGLWidget : public QWidget {
    Q_OBJECT
public:
    explicit QGLWidget(QWidget *parent = nullptr, const QGLWidget *shareWidget = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    explicit QGLWidget(QGLContext *context, QWidget *parent = nullptr, const QGLWidget *shareWidget = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    explicit QGLWidget(const QGLFormat &format, QWidget *parent = nullptr, const QGLWidget *shareWidget = nullptr, Qt::WindowFlags f = Qt::WindowFlags());
    ~QGLWidget() noexcept;
    bool isValid() const;
    bool isSharing() const;
    void makeCurrent();
    void doneCurrent();
    bool doubleBuffer() const;
    void swapBuffers();
    QGLFormat format() const;
    QGLContext * context() const;
    void setAutoBufferSwap(bool on);
    bool autoBufferSwap() const;
    QPixmap renderPixmap(int w = 0, int h = 0, bool useContext = false);
    QImage grabFrameBuffer(bool withAlpha = false);
    void qglColor(const QColor &c) const;
    void qglClearColor(const QColor &c) const;
    GLuint bindTexture(const QImage &image, GLenum target = GL_TEXTURE_2D, GLint format = GL_RGBA);
    GLuint bindTexture(const QPixmap &pixmap, GLenum target = GL_TEXTURE_2D, GLint format = GL_RGBA);
    GLuint bindTexture(const QString &fileName);
    void deleteTexture(GLuint tx_id);
    static QImage convertToGLFormat(const QImage &img);
    void renderText(int x, int y, const QString &str, const QFont &fnt = QFont());
    void renderText(double x, double y, double z, const QString &str, const QFont &fnt = QFont());
public Q_SLOTS:
    virtual void updateGL();
    virtual void updateOverlayGL();
protected:
    bool event(QEvent *) override;
    virtual void initializeGL();
    virtual void resizeGL(int w, int h);
    virtual void paintGL();
    virtual void glInit();
    virtual void glDraw();
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *) override;
};

class QGLShader : public QObject {
    Q_OBJECT
public:
    enum ShaderTypeBit {
        Vertex = 0x0001,
        Fragment = 0x0002,
        Geometry = 0x0004
    };
    Q_DECLARE_FLAGS(ShaderType, ShaderTypeBit)
    explicit QGLShader(QGLShader::ShaderType type, QObject *parent = nullptr);
    QGLShader(QGLShader::ShaderType type, const QGLContext *context, QObject *parent = nullptr);
    ~QGLShader() noexcept;
    bool compileSourceCode(const char *source);
    bool compileSourceCode(const QByteArray &source);
    bool compileSourceCode(const QString &source);
    bool compileSourceFile(const QString &fileName);
    QByteArray sourceCode() const;
    bool isCompiled() const;
    QString log() const;
    GLuint shaderId() const;
};

class QGLShaderProgram : public QObject {
    Q_OBJECT
public:
    explicit QGLShaderProgram(QObject *parent = nullptr);
    explicit QGLShaderProgram(const QGLContext *context, QObject *parent = nullptr);
    ~QGLShaderProgram() noexcept;
    bool addShader(QGLShader *shader);
    void removeShader(QGLShader *shader);
    bool addShaderFromSourceCode(QGLShader::ShaderType type, const char *source);
    bool addShaderFromSourceCode(QGLShader::ShaderType type, const QByteArray &source);
    bool addShaderFromSourceCode(QGLShader::ShaderType type, const QString &source);
    bool addShaderFromSourceFile(QGLShader::ShaderType type, const QString &fileName);
    virtual bool link();
    bool isLinked() const;
    QString log() const;
    bool bind();
    void release();
    GLuint programId() const;
    void bindAttributeLocation(const char *name, int location);
    int attributeLocation(const char *name) const;
    void setAttributeArray(int location, const GLfloat *values, int tupleSize, int stride = 0);
    void setAttributeArray(const char *name, const GLfloat *values, int tupleSize, int stride = 0);
    void enableAttributeArray(int location);
    void enableAttributeArray(const char *name);
    void disableAttributeArray(int location);
    void disableAttributeArray(const char *name);
    int uniformLocation(const char *name) const;
    int uniformLocation(const QByteArray &name) const;
    int uniformLocation(const QString &name) const;
    __QTR_UNIFORMS(int location)
    __QTR_UNIFORMS(const char *name)
};

class QGLFramebufferObject : public QPaintDevice {
public:
    QGLFramebufferObject(const QSize &size, GLenum target = GL_TEXTURE_2D);
    QGLFramebufferObject(int width, int height, GLenum target = GL_TEXTURE_2D);
    virtual ~QGLFramebufferObject();
    bool isValid() const;
    bool isBound() const;
    bool bind();
    bool release();
    GLuint texture() const;
    QSize size() const;
    QImage toImage() const;
    GLuint handle() const;
    static bool hasOpenGLFramebufferObjects();
};

class QGLPixelBuffer : public QPaintDevice {
public:
    QGLPixelBuffer(const QSize &size, const QGLFormat &format = QGLFormat::defaultFormat(), QGLWidget *shareWidget = nullptr);
    QGLPixelBuffer(int width, int height, const QGLFormat &format = QGLFormat::defaultFormat(), QGLWidget *shareWidget = nullptr);
    virtual ~QGLPixelBuffer();
    bool isValid() const;
    bool makeCurrent();
    bool doneCurrent();
    GLuint generateDynamicTexture() const;
    bool bindToDynamicTexture(GLuint texture);
    void releaseFromDynamicTexture();
    void updateDynamicTexture(GLuint texture_id) const;
    GLuint bindTexture(const QImage &image, GLenum target = GL_TEXTURE_2D);
    QSize size() const;
    QImage toImage() const;
    QGLFormat format() const;
    static bool hasOpenGLPbuffers();
};
