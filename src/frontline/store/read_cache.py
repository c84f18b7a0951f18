"""Results of expensive reads (counts of a filter, the control timeline) kept while the events are
unchanged. Every write to the events bumps the store's generation in the same transaction (in any
process: `rebuild._write`), so a result cached under one generation is never served for another."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class ReadCache:
    def __init__(self, size: int = 1024) -> None:
        self._size = size
        self._generation: int | None = None
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, generation: int, key: Hashable, compute: Callable[[], T]) -> T:
        """The value of `key` under `generation`, computed (outside the lock) when missing.
        A value computed while a write commits may be newer than `generation`, never older."""
        with self._lock:
            if generation != self._generation:
                self._items.clear()
                self._generation = generation
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if generation == self._generation:
                self._items[key] = value
                if len(self._items) > self._size:
                    self._items.popitem(last=False)
        return value
