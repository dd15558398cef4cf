"""An article's talks as the plugin's cache keeps them: pickled, read on first use.

A warm rebuild restores every recap's talks (`article.talk_cards`), yet reads
them only to write what changed: the JSON-LD of a page whose script isn't in
the cache, the talks index when an article changed, a theme that shows them.
Loading them all as objects took 34 ms and 4 MB of a warm build for 600
recaps; kept as bytes it is a copy of each pickle.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from typing import Any


class StoredTalks(Sequence):
    """A tuple of Talks, unpickled when first asked for one. Its length, and
    whether a speaker's link is written {filename}/...
    (intrasite.speakers_link_elsewhere), are known without unpickling."""

    __slots__ = ("_count", "_pickled", "_talks", "links_elsewhere")

    def __init__(self, pickled: bytes, count: int, links_elsewhere: bool) -> None:
        self._pickled = pickled
        self._talks: tuple[Any, ...] | None = None
        self._count = count
        self.links_elsewhere = links_elsewhere

    @property
    def talks(self) -> tuple[Any, ...]:
        if self._talks is None:
            self._talks = tuple(pickle.loads(self._pickled))
        return self._talks

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: Any) -> Any:
        return self.talks[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.talks)

    def __eq__(self, other: object) -> bool:
        # Equal as the tuple it stands for is: to that tuple, not to a list.
        if isinstance(other, StoredTalks):
            other = other.talks
        return isinstance(other, tuple) and self.talks == other

    def __add__(self, other: object) -> tuple[Any, ...]:
        return self.talks + other  # type: ignore[operator]  # a tuple's TypeError

    def __radd__(self, other: object) -> tuple[Any, ...]:
        return other + self.talks  # type: ignore[operator]

    __hash__ = None  # type: ignore[assignment]  # like a list's: equal to tuples

    def __repr__(self) -> str:
        return repr(self.talks)

    def stored(self) -> tuple[bytes, int, bool]:
        """What the cache keeps: as it was loaded, not pickled again."""
        return self._pickled, self._count, self.links_elsewhere

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by another plugin's cache: the bytes, not the talks.
        return (StoredTalks, self.stored())


def stored(talks: Sequence[Any], links_elsewhere: bool) -> tuple[bytes, int, bool]:
    """What the cache keeps of an outcome's talks."""
    pickled = pickle.dumps(tuple(talks), pickle.HIGHEST_PROTOCOL)
    return pickled, len(talks), links_elsewhere
