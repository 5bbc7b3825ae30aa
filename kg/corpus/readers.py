"""Reading fact records back from the JSON the cache wrote (:mod:`kg.corpus.cache`): each type gets a
reader made once, which checks the data's shape as it rebuilds the records.

A record's fields of plain types (``str``, ``int | None`` …) are checked all at once, by their types'
sets, and kept as they are; only its other fields (records, tuples, enums) are read one by one. When
the check fails, the fields are read one by one to say which is wrong.

>>> from kg.model import Span
>>> from_data(Span, [1, 3, "發展", "发展"]).text
'发展'
>>> from_data(tuple[Span, ...], [[1, 3, "目标", None]])[0].matching is None
True
>>> from_data(Span, [1, 3, "目标"])
Traceback (most recent call last):
kg.corpus.readers.Damaged: Span needs 4 fields, found 3
"""

from __future__ import annotations

import operator
import types
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from enum import Enum
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

PLAIN = (str, int, float, bool)


class Damaged(ValueError):
    """A cache entry that does not decode; the message says why."""


def from_data(tp: Any, data: Any) -> Any:
    """The record of type ``tp`` that :func:`kg.corpus.cache.to_json` wrote as ``data``; :class:`Damaged`
    when it is not one.

    >>> from kg.model import Span
    >>> from_data(Span, [1, "3", "目标", None])
    Traceback (most recent call last):
    kg.corpus.readers.Damaged: expected int, found str
    >>> from_data(Span, [1, 3, "目标", 5])
    Traceback (most recent call last):
    kg.corpus.readers.Damaged: expected str, found int
    """
    return _reader(tp)(data)


@cache
def _reader(tp: Any) -> Callable[[Any], Any]:
    origin, args = get_origin(tp), get_args(tp)
    if origin in (Union, types.UnionType):
        return _optional(tp, args)
    if origin is tuple:
        return _sequence(args)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp)
    if is_dataclass(tp) and isinstance(tp, type):
        return _record(tp)
    if tp in PLAIN:
        return _plain(tp)
    raise TypeError(f"no cache reader for {tp!r}")


def _optional(tp: Any, args: tuple[Any, ...]) -> Callable[[Any], Any]:
    rest = [a for a in args if a is not type(None)]
    if len(rest) != 1 or len(args) != 2:
        raise TypeError(f"no cache reader for {tp!r}")
    inner = _reader(rest[0])
    return lambda data: None if data is None else inner(data)


def _sequence(args: tuple[Any, ...]) -> Callable[[Any], Any]:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])

        def many(data: Any) -> tuple[Any, ...]:
            return tuple([item(x) for x in _list(data)])

        return many
    readers = [_reader(a) for a in args]

    def fixed(data: Any) -> tuple[Any, ...]:
        items = _list(data)
        if len(items) != len(readers):
            raise Damaged(f"expected {len(readers)} items, found {len(items)}")
        return tuple(r(x) for r, x in zip(readers, items, strict=True))

    return fixed


def _enum(tp: type[Enum]) -> Callable[[Any], Any]:
    members = {m.value: m for m in tp}

    def member(data: Any) -> Enum:
        try:
            return members[data]
        except (KeyError, TypeError):
            raise Damaged(f"{data!r} is not a {tp.__name__}") from None

    return member


def _plain_types(tp: Any) -> frozenset[type] | None:
    """The types a field of type ``tp`` holds as they are (``str | None``: str and None), or None when it is read.

    >>> sorted(t.__name__ for t in _plain_types(str | None))
    ['NoneType', 'str']
    >>> _plain_types(tuple[str, ...]) is None
    True
    """
    if tp in PLAIN:
        return frozenset([tp])
    args = get_args(tp)
    if get_origin(tp) in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return frozenset([rest[0], type(None)]) if rest[0] in PLAIN else None
    return None


def _record(tp: type) -> Callable[[Any], Any]:
    hints = get_type_hints(tp)
    kinds = [hints[f.name] for f in fields(tp)]
    readers = [_reader(k) for k in kinds]
    plain = {n: t for n, t in enumerate(map(_plain_types, kinds)) if t is not None}
    allowed, at = tuple(plain.values()), tuple(plain)
    picked = operator.itemgetter(*at) if len(at) > 1 else (lambda items: (items[at[0]],)) if at else (lambda _: ())
    others = [(n, r) for n, r in enumerate(readers) if n not in at]
    make = _maker(tp)

    def record(data: Any) -> Any:
        items = _list(data)
        if len(items) != len(readers):
            raise Damaged(f"{tp.__name__} needs {len(readers)} fields, found {len(items)}")
        if not all(map(operator.contains, allowed, map(type, picked(items)))):
            return tp(*[r(x) for r, x in zip(readers, items, strict=True)])  # says which field is wrong
        values = list(items)
        for n, read in others:
            values[n] = read(values[n])
        return make(values)

    return record


def _maker(tp: type) -> Callable[[list[Any]], Any]:
    """Makes a record of ``tp`` from its fields' values. A frozen record without ``__post_init__`` or slots
    gets its fields set directly, as its ``__init__`` would set them, without ``object.__setattr__``
    for each.

    >>> from kg.model import Span
    >>> _maker(Span)([1, 3, "目标", None]) == Span(1, 3, "目标")
    True
    """
    names = [f.name for f in fields(tp)]
    if hasattr(tp, "__post_init__") or hasattr(tp, "__slots__") or not all(f.init for f in fields(tp)):
        return lambda values: tp(*values)
    new = object.__new__

    def make(values: list[Any]) -> Any:
        record: Any = new(tp)
        record.__dict__.update(zip(names, values, strict=True))
        return record

    return make


def _plain(tp: type) -> Callable[[Any], Any]:
    def plain(data: Any) -> Any:
        if type(data) is not tp:
            raise Damaged(f"expected {tp.__name__}, found {type(data).__name__}")
        return data

    return plain


def _list(data: Any) -> list[Any]:
    if type(data) is not list:
        raise Damaged(f"expected a list, found {type(data).__name__}")
    return data
