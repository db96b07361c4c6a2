// qtreview model, C library: the <stdio.h>, <stdlib.h>, <string.h>, <math.h>, <time.h>, <limits.h>
// and <unistd.h> names Qt code calls (glibc's types and signatures), declarations only.
#define NULL nullptr
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 255
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 65535
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 4294967295U
#define LONG_MAX 9223372036854775807L
#define LONG_MIN (-LONG_MAX - 1L)
#define ULONG_MAX 18446744073709551615UL
#define LLONG_MAX 9223372036854775807LL
#define LLONG_MIN (-LLONG_MAX - 1LL)
#define ULLONG_MAX 18446744073709551615ULL
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_E 2.7182818284590452354
#define M_SQRT2 1.41421356237309504880
#define RAND_MAX 2147483647
#define EOF (-1)
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define errno (*__errno_location())
#define EINTR 4
#define EAGAIN 11
#define EWOULDBLOCK EAGAIN
#define ENOENT 2
#define EACCES 13
#define EEXIST 17
#define EINVAL 22
#define assert(expr) ((expr) ? static_cast<void>(0) : __assert_fail(#expr, __FILE__, __LINE__, __PRETTY_FUNCTION__))

// <stdint.h>: the fixed-width integers are global names too (Qt's headers include it).
using std::int8_t;
using std::int16_t;
using std::int32_t;
using std::int64_t;
using std::uint8_t;
using std::uint16_t;
using std::uint32_t;
using std::uint64_t;
using std::intptr_t;
using std::uintptr_t;

extern "C" {
typedef long time_t;
typedef long clock_t;
typedef long ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef struct _IO_FILE FILE;
extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
struct timeval {
    time_t tv_sec;
    long tv_usec;
};
struct tm {
    int tm_sec, tm_min, tm_hour, tm_mday, tm_mon, tm_year, tm_wday, tm_yday, tm_isdst;
    long tm_gmtoff;
    const char *tm_zone;
};
int *__errno_location() noexcept;
void __assert_fail(const char *assertion, const char *file, unsigned int line, const char *function) noexcept;
int printf(const char *format, ...);
int fprintf(FILE *stream, const char *format, ...);
int sprintf(char *s, const char *format, ...);
int snprintf(char *s, size_t maxlen, const char *format, ...);
int puts(const char *s);
int fputs(const char *s, FILE *stream);
int putchar(int c);
int fflush(FILE *stream);
FILE *fopen(const char *filename, const char *modes);
int fclose(FILE *stream);
size_t fread(void *ptr, size_t size, size_t n, FILE *stream);
size_t fwrite(const void *ptr, size_t size, size_t n, FILE *s);
char *fgets(char *s, int n, FILE *stream);
int getchar();
void perror(const char *s);
void *malloc(size_t size) noexcept;
void *calloc(size_t nmemb, size_t size) noexcept;
void *realloc(void *ptr, size_t size) noexcept;
void free(void *ptr) noexcept;
[[noreturn]] void exit(int status) noexcept;
[[noreturn]] void abort() noexcept;
int atoi(const char *nptr) noexcept;
long strtol(const char *nptr, char **endptr, int base) noexcept;
char *getenv(const char *name) noexcept;
int rand() noexcept;
void srand(unsigned int seed) noexcept;
int abs(int x) noexcept;
void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
void *memcpy(void *dest, const void *src, size_t n) noexcept;
void *memmove(void *dest, const void *src, size_t n) noexcept;
void *memset(void *s, int c, size_t n) noexcept;
int memcmp(const void *s1, const void *s2, size_t n) noexcept;
size_t strlen(const char *s) noexcept;
int strcmp(const char *s1, const char *s2) noexcept;
int strncmp(const char *s1, const char *s2, size_t n) noexcept;
char *strcpy(char *dest, const char *src) noexcept;
char *strncpy(char *dest, const char *src, size_t n) noexcept;
char *strerror(int errnum) noexcept;
double sin(double x) noexcept;
double cos(double x) noexcept;
double tan(double x) noexcept;
double asin(double x) noexcept;
double acos(double x) noexcept;
double atan(double x) noexcept;
double atan2(double y, double x) noexcept;
double sqrt(double x) noexcept;
double pow(double x, double y) noexcept;
double exp(double x) noexcept;
double log(double x) noexcept;
double log10(double x) noexcept;
double floor(double x) noexcept;
double ceil(double x) noexcept;
double fabs(double x) noexcept;
double fmod(double x, double y) noexcept;
double round(double x) noexcept;
float sinf(float x) noexcept;
float cosf(float x) noexcept;
float sqrtf(float x) noexcept;
time_t time(time_t *timer) noexcept;
clock_t clock() noexcept;
struct tm *localtime(const time_t *timer) noexcept;
int nanosleep(const struct timespec *requested_time, struct timespec *remaining);
int clock_gettime(int clock_id, struct timespec *tp) noexcept;
int gettimeofday(struct timeval *tv, void *tz) noexcept;
uid_t getuid() noexcept;
uid_t geteuid() noexcept;
gid_t getgid() noexcept;
pid_t getpid() noexcept;
pid_t getppid() noexcept;
pid_t fork() noexcept;
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int useconds);
int close(int fd);
ssize_t read(int fd, void *buf, size_t nbytes);
ssize_t write(int fd, const void *buf, size_t n);
int unlink(const char *name) noexcept;
int kill(pid_t pid, int sig) noexcept;
}
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
