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

from .. import markup as html
from .choosing import CERTAIN
from .labelled_lines import read_labelled_lines
from .model import Talk, evolve
from .org_after_name import organisations_after_commas, organisations_after_names
from .people import looks_like_a_person, talk_person_score
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
    talks = [
        read_item(item, list_kind, labels)
        or read_labelled_lines(item, list_kind, labels)
        for item in items
    ]
    shape = shared_shape(talks)
    if shape:
        for index, (item, talk) in enumerate(zip(items, talks, strict=True)):
            if talk is None or (talk.shape != shape and talk.certainty < CERTAIN):
                again = read_item(item, list_kind, labels, shape)
                if again is None or again.shape != shape:
                    continue
                # A weaker reading of the list's shape wins over an item's own
                # only by a point: "Keynote de Ana: ..." isn't "Title de Speaker".
                if talk is None or again.certainty >= talk.certainty - 1:
                    talks[index] = again
    shapes = [shape] if shape else []
    shapes += [s for s in OTHER_SHAPES if s != shape]
    for index, (item, talk) in enumerate(zip(items, talks, strict=True)):
        if talk is not None and person_in_title(talk):
            talks[index] = reread_for_people(item, list_kind, labels, shapes)
    return organisations_after_commas(organisations_after_names(shared_label(talks)))


# How surely the speaker slot holds people over the list (people.person_score):
# below UNCLEAR on average the roles are unclear and nothing is drawn; from
# CLEAR on, an item whose speaker isn't a person at all doesn't fit.
UNCLEAR, CLEAR = 0.3, 0.7


def people_in_speaker_slot(
    talks: list[Talk | None], pooled: list[float]
) -> list[Talk | None]:
    """Keep the talks whose speaker slot holds people. `pooled`: the person
    scores of the article's talks of the same shapes, this list's among them."""
    if not pooled:
        return talks
    mean = sum(pooled) / len(pooled)
    if mean < UNCLEAR:
        return [None] * len(talks)
    if mean < CLEAR:
        return talks
    return [
        None if t is not None and talk_person_score(t.speakers) == 0 else t
        for t in talks
    ]


# Shapes to try when an item's title reads as a person and its speaker doesn't.
OTHER_SHAPES = (
    "inside_link:title_first_plain",
    "inside_link:speaker_first",
    "title_first_plain",
    "speaker_first",
)


def person_in_title(talk: Talk) -> bool:
    """The title reads as a person at least as well as the speakers do: the
    roles are swapped or unclear ("Liz Baillie" by "Easy-Bake Testing")."""
    in_title = looks_like_a_person(talk.title)
    return in_title > 0 and in_title >= talk_person_score(talk.speakers)


def reread_for_people(
    item: html.Element, list_kind: str | None, labels: bool, shapes: list[str]
) -> Talk | None:
    """The item read in a shape that puts the person in the speaker slot, or
    None (it stays a list item): a misread card is worse than none."""
    for shape in shapes:
        talk = read_item(item, list_kind, labels, shape)
        if talk is not None and talk.shape == shape and not person_in_title(talk):
            return talk
    return None


def shared_shape(talks: Sequence[Talk | None], least: int = 2) -> str:
    """The shape most of the read items share, when `least` or more read."""
    shapes = Counter(t.shape for t in talks if t is not None)
    if sum(shapes.values()) < least:
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
