"""What recovery will declare, by kind: the state carried from one round to the next."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Pick(NamedTuple):
    """One member function the file asks for by taking its address: `ret name(params) [const]`."""

    ret: str
    params: str
    const: bool = False


@dataclass
class ClassPlan:
    """A class no header declares, rebuilt from its out-of-line member definitions."""

    name: str
    bases: list[str] = field(default_factory=list)
    inferred_base: str = ""
    """A Qt class the file itself shows this class derives from ('' when none)."""
    methods: dict[str, str] = field(default_factory=dict)
    """Declarations copied from the definitions, keyed by their own text."""
    fields: dict[str, str] = field(default_factory=dict)
    """Data members the bodies use: name -> declared type."""
    inferred_fields: dict[str, str] = field(default_factory=dict)
    """Fields typed as a Qt class because the file assigns a QFoo to them (`new QFoo(...)`, a
    `QFoo *` parameter)."""
    field_evidence: dict[str, str] = field(default_factory=dict)
    """Field -> what in the file shows its Qt class."""
    functions: set[str] = field(default_factory=set)
    """Member functions the bodies call without a definition here (signature unknown)."""
    templates: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    """Nested type names (`Owner::State`)."""
    pointed: set[str] = field(default_factory=set)
    """Nested types used through pointers or references: classes, never enums."""
    enumerators: set[str] = field(default_factory=set)
    statics: set[str] = field(default_factory=set)


@dataclass
class Plan:
    macros: dict[str, str] = field(default_factory=dict)
    """Macro name -> its empty definition (`#define FOO_EXPORT`, `#define QT_FWD(...)`)."""
    types: dict[str, bool] = field(default_factory=dict)
    """Stand-in type name -> whether it is a template."""
    classes: dict[str, ClassPlan] = field(default_factory=dict)
    functions: set[str] = field(default_factory=set)
    templates: set[str] = field(default_factory=set)
    """Function templates called as `name<T>(...)`."""
    variables: dict[str, str] = field(default_factory=dict)
    members: set[str] = field(default_factory=set)
    """Member names every stand-in accepts (`x->name`, `Stub::name`)."""
    scoped: dict[str, set[str]] = field(default_factory=dict)
    """Namespace -> values missing in it (`Qt::Foo`); a trailing `()` marks a function."""
    scoped_types: dict[str, set[str]] = field(default_factory=dict)
    """Namespace or stand-in -> types missing in it; a trailing `<>` marks a template."""
    virtuals: dict[str, dict[str, str]] = field(default_factory=dict)
    """Stand-in base -> virtual functions its derived classes mark `override`."""
    mixins: dict[str, set[str]] = field(default_factory=dict)
    """Stand-in base beside a known one (`QDialog, private Ui::ChatDialog`) -> the names the
    derived class's bodies take from it; such a base has those alone, not every stand-in's."""
    rebased: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Stand-in base of a class the file shows to be a QObject -> (its Qt class, why)."""
    needs: dict[str, dict[str, int]] = field(default_factory=dict)
    """Class -> Qt classes a `this` or pointer of it was passed as (`QWidget *`) -> line."""
    used: dict[str, set[str]] = field(default_factory=dict)
    """Class -> members the file asks of its objects that nothing declares (`widget.show()`)."""
    namespaces: set[str] = field(default_factory=set)
    """Namespaces no header declares (`using namespace QtConcurrent;`, `org::example::chat`)."""
    dropped: set[str] = field(default_factory=set)
    """Names the parse showed are declared after all: never declared again."""
    inferred: dict[str, str] = field(default_factory=dict)
    """Class -> why the file shows it derives from a Qt class."""
    returns: dict[str, set[str]] = field(default_factory=dict)
    """Stand-in member -> the types the file wants its call to give (see `returns`); declared
    only when they agree."""
    addressed: dict[str, dict[str, set[Pick]]] = field(default_factory=dict)
    """Stand-in or rebuilt class -> member whose address the file takes (`&S::readyRead`) ->
    the parameter lists it is taken with (see `addresses`)."""
