"""``lazy_property``: computed on first use, then kept on the instance, with no lock.

``functools.cached_property`` in Python 3.11 takes one lock per property for all instances. The
engine forks its worker processes while other threads may be inside such a property (the
what-if evaluator sweeping a mast beside the coverage layers' pool): the child inherits the lock
held and waits for ever on the first use of that property. Without a lock, two threads asking at
once both compute the same value and one is kept, which is harmless for values derived from
read-only data.
"""

from __future__ import annotations


class lazy_property:  # noqa: N801 (used as a decorator, like property)
    def __init__(self, fn) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # later reads find it in __dict__
        return value
