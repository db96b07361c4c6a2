// qtreview recovery: the stand-in for every name no header defined. A value of __QtrAny accepts
// any use (call, member, operator, conversion), so a body that uses unknown names still parses;
// rules know nothing of it, so nothing is concluded from it.
struct __QtrAny;
template <class T> struct __QtrBare { typedef T type; };
template <class T> struct __QtrBare<T &> : __QtrBare<T> {};
template <class T> struct __QtrBare<T &&> : __QtrBare<T> {};
template <class T> struct __QtrBare<const T> : __QtrBare<T> {};
char __QtrTest(const volatile __QtrAny *);
long __QtrTest(...);
template <class T> struct __QtrIsAny {
    static constexpr bool value = sizeof(__QtrTest((typename __QtrBare<T>::type *)0)) == 1;
};
template <bool B> struct __QtrIf {};
template <> struct __QtrIf<true> { typedef __QtrAny type; };
template <class L, class R> using __QtrEither =
    typename __QtrIf<__QtrIsAny<L>::value || __QtrIsAny<R>::value>::type;
// Binary operators, as hidden friends: argument-dependent lookup finds them only where an
// operand is a stand-in, so code without one never considers them.
struct __QtrOps {
#define __QTR_BINARY(op) \
    template <class L, class R> friend __QtrEither<L, R> operator op(L &&, R &&);
__QTR_BINARY(+) __QTR_BINARY(-) __QTR_BINARY(*) __QTR_BINARY(/) __QTR_BINARY(%)
__QTR_BINARY(^) __QTR_BINARY(&) __QTR_BINARY(|) __QTR_BINARY(<) __QTR_BINARY(>)
__QTR_BINARY(<=) __QTR_BINARY(>=) __QTR_BINARY(==) __QTR_BINARY(!=) __QTR_BINARY(&&)
__QTR_BINARY(||) __QTR_BINARY(<<) __QTR_BINARY(>>) __QTR_BINARY(+=) __QTR_BINARY(-=)
__QTR_BINARY(*=) __QTR_BINARY(/=) __QTR_BINARY(%=) __QTR_BINARY(^=) __QTR_BINARY(&=)
__QTR_BINARY(|=) __QTR_BINARY(<<=) __QTR_BINARY(>>=)
};
#undef __QTR_BINARY
// ---- per file: everything above is precompiled with the model (frontend.py); what follows
// derives from __QtrMembers, the members the file uses, which each file's prelude declares.
struct __QtrAny : __QtrMembers, __QtrOps {
    __QtrAny();
    template <class... A> __QtrAny(A &&...);
    template <class T> operator T() const;
    operator long long() const;  // for switch (x), which no conversion template satisfies
    template <class T> __QtrAny &operator=(T &&);
    template <class... A> __QtrAny &operator()(A &&...) const;
    template <class T> __QtrAny &operator[](T &&) const;
    __QtrAny *operator->() const;
    __QtrAny &operator*() const;
    __QtrAny &operator++();
    __QtrAny &operator--();
    __QtrAny operator++(int);
    __QtrAny operator--(int);
    __QtrAny operator!() const;
    __QtrAny operator~() const;
    __QtrAny operator-() const;
    __QtrAny operator+() const;
    __QtrAny *begin() const;
    __QtrAny *end() const;
};
// A member the file uses where one type is wanted (`name = info.name()` with a QString name,
// see returns.py): its call gives a value that converts to that type only, so overloads taking
// other types no longer compete; it is no T, and the rules know nothing of it.
template <class T> struct __QtrOnly : __QtrMembers {
    operator T() const;
    __QtrOnly *operator->() const;
};
template <class T> struct __QtrCall : __QtrAny {
    template <class... A> __QtrOnly<T> operator()(A &&...) const;
};
