"""Reading a list as a whole: one author wrote every item from one template.

Each item is first read on its own; then the list's template decides what one
item alone could not: the shape most items were read with is preferred for the
others (title first or speaker first, which side of " - " is the name), and a
label every title starts with ("Meetup 3 - ") is a label, not part of titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import html
from .model import Talk, evolve
from .reading import read_item

# "BacaroLive 3 - Title", "Talk 2: Title", "Episode 12 | Title": a label with a
# number, then a separator.
NUMBERED_LABEL = re.compile(
    r"(?P<label>[^\W\d][^:|·–—-]{0,30}?\d+)\s*[-–—:|·]\s+(?=\S)"
)


def read_together(
    items: Sequence[html.Element], list_kind: str | None, labels: bool
) -> list[Talk | None]:
    """The talks of a list's items, read with the list's own template."""
    talks = [read_item(item, list_kind, labels) for item in items]
    shape = shared_shape(talks)
    if shape:
        for index, (item, talk) in enumerate(zip(items, talks, strict=True)):
            if talk is None or talk.shape != shape:
                again = read_item(item, list_kind, labels, shape)
                if again is not None and again.shape == shape:
                    talks[index] = again
    return shared_label(talks)


def shared_shape(talks: Sequence[Talk | None]) -> str:
    """The shape most of the read items share, when there is one."""
    shapes = Counter(t.shape for t in talks if t is not None)
    if sum(shapes.values()) < 2:
        return ""
    shape, count = shapes.most_common(1)[0]
    return shape if count * 2 > sum(shapes.values()) else ""


def shared_label(talks: list[Talk | None]) -> list[Talk | None]:
    """Move a numbered label most titles start with out of the titles."""
    found = {}
    for index, talk in enumerate(talks):
        if talk is not None and (match := NUMBERED_LABEL.match(talk.title)):
            found[index] = match
    read = sum(1 for t in talks if t is not None)
    stems = Counter(
        re.sub(r"\d+", "#", m.group("label")).casefold() for m in found.values()
    )
    if not stems:
        return talks
    stem, count = stems.most_common(1)[0]
    if count < 2 or count * 2 < read:
        return talks
    for index, match in found.items():
        if re.sub(r"\d+", "#", match.group("label")).casefold() != stem:
            continue
        talk = talks[index]
        label = " ".join(p for p in (talk.label, match.group(0).strip()) if p)
        talks[index] = evolve(talk, label=label, title=talk.title[match.end() :])
    return talks
