// qtreview model, part 0: the sliver of the C++ standard library that Qt-using code touches.
// Declarations only (bodies where constexpr evaluation or a template needs them). No includes, no
// compiler builtin headers: every type here is spelled from core-language constructs.

typedef decltype(sizeof(0)) size_t;
typedef decltype((int *)0 - (int *)0) ptrdiff_t;

namespace std {
typedef ::size_t size_t;
typedef ::ptrdiff_t ptrdiff_t;
typedef decltype(nullptr) nullptr_t;

typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;

// ---- std::initializer_list: the exact layout clang expects (pointer + length).
template <class E> class initializer_list {
    const E *_M_array;
    size_t _M_len;
    constexpr initializer_list(const E *a, size_t l) : _M_array(a), _M_len(l) {}

public:
    typedef E value_type;
    typedef const E &reference;
    typedef const E &const_reference;
    typedef size_t size_type;
    typedef const E *iterator;
    typedef const E *const_iterator;
    constexpr initializer_list() noexcept : _M_array(0), _M_len(0) {}
    constexpr size_t size() const noexcept { return _M_len; }
    constexpr const E *begin() const noexcept { return _M_array; }
    constexpr const E *end() const noexcept { return _M_array + _M_len; }
};
template <class E> constexpr const E *begin(initializer_list<E> il) noexcept { return il.begin(); }
template <class E> constexpr const E *end(initializer_list<E> il) noexcept { return il.end(); }

// ---- Type traits: what the model's own templates use, and what Qt code names (underlying_type).
template <class T, T v> struct integral_constant {
    static constexpr T value = v;
    typedef T value_type;
    constexpr operator T() const noexcept { return v; }
};
typedef integral_constant<bool, true> true_type;
typedef integral_constant<bool, false> false_type;
template <class T, class U> struct is_same : false_type {};
template <class T> struct is_same<T, T> : true_type {};
template <class T> struct is_enum : integral_constant<bool, __is_enum(T)> {};
template <class T> struct underlying_type { typedef __underlying_type(T) type; };
template <class T> using underlying_type_t = typename underlying_type<T>::type;
template <class T> T &&declval() noexcept;

template <bool B, class T = void> struct enable_if {};
template <class T> struct enable_if<true, T> { typedef T type; };
template <bool B, class T = void> using enable_if_t = typename enable_if<B, T>::type;
template <bool B, class T, class F> struct conditional { typedef T type; };
template <class T, class F> struct conditional<false, T, F> { typedef F type; };
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> struct remove_reference<T &&> { typedef T type; };
template <class T> struct remove_cv { typedef T type; };
template <class T> struct remove_cv<const T> { typedef T type; };
template <class T> struct remove_cv<volatile T> { typedef T type; };
template <class T> struct remove_cv<const volatile T> { typedef T type; };
template <class T> struct add_const { typedef const T type; };
template <class T> struct decay { typedef typename remove_cv<typename remove_reference<T>::type>::type type; };
template <class T, size_t N> struct decay<T[N]> { typedef T *type; };
template <class T, size_t N> struct decay<const T[N]> { typedef const T *type; };

template <class T, size_t N> struct decay<T (&)[N]> { typedef T *type; };
template <class T, size_t N> struct decay<const T (&)[N]> { typedef const T *type; };
template <class T> using decay_t = typename decay<T>::type;
template <class T> using remove_reference_t = typename remove_reference<T>::type;

// ---- Reverse iterators (QList::rbegin and friends).
template <class It> class reverse_iterator {
public:
    reverse_iterator();
    explicit reverse_iterator(It it);
    It base() const;
    decltype(*declval<It>()) operator*() const;
    typename remove_reference<decltype(*declval<It>())>::type *operator->() const;
    reverse_iterator &operator++();
    reverse_iterator operator++(int);
    reverse_iterator &operator--();
    reverse_iterator operator--(int);
    friend bool operator==(const reverse_iterator &a, const reverse_iterator &b);
    friend bool operator!=(const reverse_iterator &a, const reverse_iterator &b);
};

// ---- Utilities.
template <class T> constexpr typename remove_reference<T>::type &&move(T &&t) noexcept
{
    return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T> constexpr T &&forward(typename remove_reference<T>::type &t) noexcept
{
    return static_cast<T &&>(t);
}
template <class T> constexpr T &&forward(typename remove_reference<T>::type &&t) noexcept
{
    return static_cast<T &&>(t);
}
template <class T> void swap(T &a, T &b) noexcept;
template <class T> constexpr const T &min(const T &a, const T &b) { return b < a ? b : a; }
template <class T> constexpr const T &max(const T &a, const T &b) { return a < b ? b : a; }
template <class T> constexpr T min(initializer_list<T> il);
template <class T> constexpr T max(initializer_list<T> il);

template <class T1, class T2> struct pair {
    typedef T1 first_type;
    typedef T2 second_type;
    T1 first;
    T2 second;
    constexpr pair() : first(), second() {}
    constexpr pair(const T1 &a, const T2 &b) : first(a), second(b) {}
    template <class U1, class U2> constexpr pair(U1 &&a, U2 &&b);
    template <class U1, class U2> constexpr pair(const pair<U1, U2> &p);
};
template <class T1, class T2> constexpr pair<typename decay<T1>::type, typename decay<T2>::type> make_pair(T1 &&a, T2 &&b);
template <class T1, class T2> bool operator==(const pair<T1, T2> &a, const pair<T1, T2> &b);
template <class T1, class T2> bool operator<(const pair<T1, T2> &a, const pair<T1, T2> &b);

// ---- Smart pointers.
template <class T> struct default_delete {
    void operator()(T *p) const;
};
template <class T, class D = default_delete<T>> class unique_ptr {
public:
    typedef T *pointer;
    typedef T element_type;
    constexpr unique_ptr() noexcept;
    constexpr unique_ptr(nullptr_t) noexcept;
    explicit unique_ptr(T *p) noexcept;
    unique_ptr(unique_ptr &&u) noexcept;
    template <class U, class E> unique_ptr(unique_ptr<U, E> &&u) noexcept;
    unique_ptr(const unique_ptr &) = delete;
    ~unique_ptr();
    unique_ptr &operator=(unique_ptr &&u) noexcept;
    template <class U, class E> unique_ptr &operator=(unique_ptr<U, E> &&u) noexcept;
    unique_ptr &operator=(nullptr_t) noexcept;
    unique_ptr &operator=(const unique_ptr &) = delete;
    T &operator*() const;
    T *operator->() const noexcept;
    T *get() const noexcept;
    explicit operator bool() const noexcept;
    T *release() noexcept;
    void reset(T *p = nullptr) noexcept;
};
template <class T, class D, class U, class E> bool operator==(const unique_ptr<T, D> &a, const unique_ptr<U, E> &b);
template <class T, class D> bool operator==(const unique_ptr<T, D> &a, nullptr_t);
template <class T, class D> bool operator!=(const unique_ptr<T, D> &a, nullptr_t);
template <class T, class... Args> unique_ptr<T> make_unique(Args &&...args);

template <class T> class shared_ptr {
public:
    constexpr shared_ptr() noexcept;
    constexpr shared_ptr(nullptr_t) noexcept;
    template <class Y> explicit shared_ptr(Y *p);
    shared_ptr(const shared_ptr &r) noexcept;
    template <class Y> shared_ptr(const shared_ptr<Y> &r) noexcept;
    template <class Y, class D> shared_ptr(unique_ptr<Y, D> &&r);
    ~shared_ptr();
    shared_ptr &operator=(const shared_ptr &r) noexcept;
    T &operator*() const noexcept;
    T *operator->() const noexcept;
    T *get() const noexcept;
    long use_count() const noexcept;
    explicit operator bool() const noexcept;
    void reset() noexcept;
};
template <class T, class... Args> shared_ptr<T> make_shared(Args &&...args);

// ---- std::function (minimal).
template <class> class function;
template <class R, class... Args> class function<R(Args...)> {
public:
    function() noexcept;
    function(nullptr_t) noexcept;
    function(const function &f);
    function(function &&f) noexcept;
    template <class F> function(F f);
    ~function();
    function &operator=(const function &f);
    function &operator=(function &&f);
    function &operator=(nullptr_t) noexcept;
    template <class F> function &operator=(F &&f);
    R operator()(Args... args) const;
    explicit operator bool() const noexcept;
};

// ---- std::vector and std::string (minimal).
template <class T> class allocator {};
template <class T, class A = allocator<T>> class vector {
public:
    typedef T value_type;
    typedef size_t size_type;
    typedef T &reference;
    typedef const T &const_reference;
    typedef T *iterator;
    typedef const T *const_iterator;
    vector() noexcept;
    explicit vector(size_t n);
    vector(size_t n, const T &value);
    vector(initializer_list<T> il);
    template <class It> vector(It first, It last);
    vector(const vector &other);
    vector(vector &&other) noexcept;
    ~vector();
    vector &operator=(const vector &other);
    vector &operator=(vector &&other) noexcept;
    T &operator[](size_t i);
    const T &operator[](size_t i) const;
    T &at(size_t i);
    const T &at(size_t i) const;
    T &front();
    T &back();
    T *data() noexcept;
    const T *data() const noexcept;
    iterator begin() noexcept;
    iterator end() noexcept;
    const_iterator begin() const noexcept;
    const_iterator end() const noexcept;
    const_iterator cbegin() const noexcept;
    const_iterator cend() const noexcept;
    bool empty() const noexcept;
    size_t size() const noexcept;
    size_t capacity() const noexcept;
    void reserve(size_t n);
    void resize(size_t n);
    void resize(size_t n, const T &value);
    void clear() noexcept;
    void push_back(const T &value);
    void push_back(T &&value);
    template <class... Args> T &emplace_back(Args &&...args);
    void pop_back();
    iterator erase(const_iterator pos);
    iterator erase(const_iterator first, const_iterator last);
    iterator insert(const_iterator pos, const T &value);
};

class string {
public:
    typedef char value_type;
    typedef size_t size_type;
    typedef char *iterator;
    typedef const char *const_iterator;
    static constexpr size_t npos = size_t(-1);
    string();
    string(const char *s);
    string(const char *s, size_t n);
    string(size_t n, char c);
    string(const string &other);
    string(string &&other) noexcept;
    ~string();
    string &operator=(const string &other);
    string &operator=(string &&other) noexcept;
    string &operator=(const char *s);
    const char *c_str() const noexcept;
    const char *data() const noexcept;
    char *data() noexcept;
    size_t size() const noexcept;
    size_t length() const noexcept;
    bool empty() const noexcept;
    void clear() noexcept;
    void reserve(size_t n);
    void resize(size_t n);
    char &operator[](size_t i);
    const char &operator[](size_t i) const;
    string &operator+=(const string &s);
    string &operator+=(const char *s);
    string &operator+=(char c);
    string &append(const char *s, size_t n);
    string &append(const string &s);
    string substr(size_t pos = 0, size_t n = npos) const;
    size_t find(const string &s, size_t pos = 0) const noexcept;
    size_t find(const char *s, size_t pos = 0) const;
    size_t find(char c, size_t pos = 0) const noexcept;
    int compare(const string &s) const noexcept;
    iterator begin() noexcept;
    iterator end() noexcept;
    const_iterator begin() const noexcept;
    const_iterator end() const noexcept;
};
string operator+(const string &a, const string &b);
string operator+(const string &a, const char *b);
string operator+(const char *a, const string &b);
bool operator==(const string &a, const string &b) noexcept;
bool operator==(const string &a, const char *b);
bool operator!=(const string &a, const string &b) noexcept;
bool operator<(const string &a, const string &b) noexcept;
string to_string(int value);
string to_string(long long value);
string to_string(unsigned long long value);
string to_string(double value);

// ---- std::chrono: durations and their literals.
template <long long Num, long long Den = 1> struct ratio {
    static constexpr long long num = Num;
    static constexpr long long den = Den;
};
typedef ratio<1, 1000000000> nano;
typedef ratio<1, 1000000> micro;
typedef ratio<1, 1000> milli;

namespace chrono {
template <class Rep, class Period = ratio<1>> class duration {
    Rep r_;

public:
    typedef Rep rep;
    typedef Period period;
    constexpr duration() : r_() {}
    template <class Rep2> constexpr explicit duration(const Rep2 &r) : r_(static_cast<Rep>(r)) {}
    template <class Rep2, class Period2>
    constexpr duration(const duration<Rep2, Period2> &d)
        : r_(static_cast<Rep>(d.count() * Period2::num * Period::den / (Period2::den * Period::num)))
    {
    }
    constexpr Rep count() const { return r_; }
    static constexpr duration zero() noexcept { return duration(0); }
    static constexpr duration max() noexcept;
    constexpr duration operator-() const { return duration(-r_); }
    duration &operator+=(const duration &d);
    duration &operator-=(const duration &d);
    duration &operator*=(const Rep &n);
};
typedef duration<long long, nano> nanoseconds;
typedef duration<long long, micro> microseconds;
typedef duration<long long, milli> milliseconds;
typedef duration<long long> seconds;
typedef duration<long long, ratio<60>> minutes;
typedef duration<long long, ratio<3600>> hours;

// Mixed-unit arithmetic yields the finer of the two units (the real common_type, for SI ratios).
template <class D1, class D2> struct finer_duration {
    typedef typename conditional<(D1::period::num * D2::period::den <= D2::period::num * D1::period::den), D1,
                                 D2>::type type;
};
template <class R1, class P1, class R2, class P2>
constexpr typename finer_duration<duration<R1, P1>, duration<R2, P2>>::type operator+(const duration<R1, P1> &a,
                                                                                     const duration<R2, P2> &b)
{
    typedef typename finer_duration<duration<R1, P1>, duration<R2, P2>>::type D;
    return D(D(a).count() + D(b).count());
}
template <class R1, class P1, class R2, class P2>
constexpr typename finer_duration<duration<R1, P1>, duration<R2, P2>>::type operator-(const duration<R1, P1> &a,
                                                                                     const duration<R2, P2> &b)
{
    typedef typename finer_duration<duration<R1, P1>, duration<R2, P2>>::type D;
    return D(D(a).count() - D(b).count());
}
template <class R, class P> constexpr duration<R, P> operator*(const duration<R, P> &d, long long n)
{
    return duration<R, P>(d.count() * n);
}
template <class R, class P> constexpr duration<R, P> operator*(long long n, const duration<R, P> &d)
{
    return duration<R, P>(d.count() * n);
}
template <class R, class P> constexpr duration<R, P> operator/(const duration<R, P> &d, long long n)
{
    return duration<R, P>(d.count() / n);
}
template <class R1, class P1, class R2, class P2> constexpr bool operator==(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class R1, class P1, class R2, class P2> constexpr bool operator!=(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class R1, class P1, class R2, class P2> constexpr bool operator<(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class R1, class P1, class R2, class P2> constexpr bool operator>(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class R1, class P1, class R2, class P2> constexpr bool operator<=(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class R1, class P1, class R2, class P2> constexpr bool operator>=(const duration<R1, P1> &a, const duration<R2, P2> &b);
template <class To, class R, class P> constexpr To duration_cast(const duration<R, P> &d) { return To(d); }

template <class Clock, class Duration = typename Clock::duration> class time_point {
public:
    typedef Duration duration;
    constexpr time_point();
    constexpr Duration time_since_epoch() const;
};
template <class C, class D1, class D2> constexpr D1 operator-(const time_point<C, D1> &a, const time_point<C, D2> &b);
struct steady_clock {
    typedef nanoseconds duration;
    typedef time_point<steady_clock> time_point;
    static constexpr bool is_steady = true;
    static time_point now() noexcept;
};
struct system_clock {
    typedef nanoseconds duration;
    typedef time_point<system_clock> time_point;
    static time_point now() noexcept;
};
} // namespace chrono

inline namespace literals {
inline namespace chrono_literals {
constexpr chrono::hours operator""h(unsigned long long n) { return chrono::hours(n); }
constexpr chrono::minutes operator""min(unsigned long long n) { return chrono::minutes(n); }
constexpr chrono::seconds operator""s(unsigned long long n) { return chrono::seconds(n); }
constexpr chrono::milliseconds operator""ms(unsigned long long n) { return chrono::milliseconds(n); }
constexpr chrono::microseconds operator""us(unsigned long long n) { return chrono::microseconds(n); }
constexpr chrono::nanoseconds operator""ns(unsigned long long n) { return chrono::nanoseconds(n); }
} // namespace chrono_literals
} // namespace literals
namespace chrono {
using namespace literals::chrono_literals;
}

// <limits> and <algorithm>: what Qt code calls.
template <class T> class numeric_limits {
public:
    static constexpr bool is_specialized = false;
    static constexpr T min() noexcept { return T(); }
    static constexpr T max() noexcept { return T(); }
    static constexpr T lowest() noexcept { return T(); }
};
#define QTREVIEW_LIMITS(T, lo, hi) \
    template <> class numeric_limits<T> { \
    public: \
        static constexpr bool is_specialized = true; \
        static constexpr T min() noexcept { return lo; } \
        static constexpr T max() noexcept { return hi; } \
        static constexpr T lowest() noexcept { return lo; } \
    };
QTREVIEW_LIMITS(bool, false, true)
QTREVIEW_LIMITS(char, -128, 127)
QTREVIEW_LIMITS(signed char, -128, 127)
QTREVIEW_LIMITS(unsigned char, 0, 255)
QTREVIEW_LIMITS(short, -32768, 32767)
QTREVIEW_LIMITS(unsigned short, 0, 65535)
QTREVIEW_LIMITS(int, -2147483647 - 1, 2147483647)
QTREVIEW_LIMITS(unsigned int, 0, 4294967295U)
QTREVIEW_LIMITS(long, -9223372036854775807L - 1, 9223372036854775807L)
QTREVIEW_LIMITS(unsigned long, 0, 18446744073709551615UL)
QTREVIEW_LIMITS(long long, -9223372036854775807LL - 1, 9223372036854775807LL)
QTREVIEW_LIMITS(unsigned long long, 0, 18446744073709551615ULL)
QTREVIEW_LIMITS(double, -1.7976931348623157e308, 1.7976931348623157e308)
QTREVIEW_LIMITS(float, -3.40282347e38F, 3.40282347e38F)
#undef QTREVIEW_LIMITS
template <class InputIt, class UnaryPredicate> InputIt find_if(InputIt first, InputIt last, UnaryPredicate p);
template <class InputIt, class T> InputIt find(InputIt first, InputIt last, const T &value);
template <class ForwardIt, class UnaryPredicate> ForwardIt remove_if(ForwardIt first, ForwardIt last, UnaryPredicate p);
template <class ForwardIt, class T> ForwardIt remove(ForwardIt first, ForwardIt last, const T &value);
template <class RandomIt> void sort(RandomIt first, RandomIt last);
template <class RandomIt, class Compare> void sort(RandomIt first, RandomIt last, Compare comp);
template <class RandomIt> void stable_sort(RandomIt first, RandomIt last);
template <class RandomIt, class Compare> void stable_sort(RandomIt first, RandomIt last, Compare comp);
template <class InputIt, class UnaryPredicate> bool any_of(InputIt first, InputIt last, UnaryPredicate p);
template <class InputIt, class UnaryPredicate> bool all_of(InputIt first, InputIt last, UnaryPredicate p);
template <class InputIt, class UnaryPredicate> bool none_of(InputIt first, InputIt last, UnaryPredicate p);
template <class InputIt, class UnaryFunction> UnaryFunction for_each(InputIt first, InputIt last, UnaryFunction f);
template <class InputIt, class T> ptrdiff_t count(InputIt first, InputIt last, const T &value);
template <class InputIt, class OutputIt> OutputIt copy(InputIt first, InputIt last, OutputIt d_first);
template <class ForwardIt, class T> void fill(ForwardIt first, ForwardIt last, const T &value);
template <class BidirIt> void reverse(BidirIt first, BidirIt last);
template <class ForwardIt, class T> ForwardIt lower_bound(ForwardIt first, ForwardIt last, const T &value);
template <class ForwardIt, class T> ForwardIt upper_bound(ForwardIt first, ForwardIt last, const T &value);
template <class ForwardIt> ForwardIt max_element(ForwardIt first, ForwardIt last);
template <class ForwardIt> ForwardIt min_element(ForwardIt first, ForwardIt last);
} // namespace std
