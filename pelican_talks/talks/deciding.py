"""Deciding whether a list that was read is drawn as cards.

Most of its items read as talks (a schedule's breaks and a day's heading don't
count against them), its speaker slot holds people (evidence pooled over the
article's lists of one shape), and, in auto mode, something says these are
talks (`context.py`). Otherwise the list stays exactly as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import markup as html
from . import context
from .model import Talk, TalkList
from .people import talk_person_score
from .together import people_in_speaker_slot, shared_shape
from .words import TIME

if TYPE_CHECKING:
    from .finding import ListReading

# A list with this many talks is judged on its own speakers.
ENOUGH_TO_JUDGE = 3
TIME_FIRST = re.compile(r"\s*" + TIME)
DATE_FIRST = re.compile(r"\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?\b")
# How surely a talk must read for a schedule's breaks not to count against it.
SURE = 6


def person_scores(readings: list[ListReading]) -> dict[str, list[float]]:
    """Shape -> how surely each talk of that shape in the article has a person
    as speaker."""
    scores: dict[str, list[float]] = {}
    for reading in readings:
        for talk in reading.talks:
            if talk is not None:
                scores.setdefault(talk.shape, []).append(
                    talk_person_score(talk.speakers)
                )
    return scores


def decide(
    reading: ListReading,
    mode: str,
    people: dict[str, list[float]],
    drawn_shapes: frozenset[str] = frozenset(),
) -> TalkList | None:
    """The cards to draw for a list read, or None to leave it exactly as it is.
    `drawn_shapes`: the shapes of the article's lists already drawn with their
    own context (see context_from_siblings)."""
    mark, items = reading.mark, reading.items
    if mark == "no-talks":
        return None
    read = [t for t in reading.talks if t is not None]
    if len(read) >= ENOUGH_TO_JUDGE:
        pooled = [talk_person_score(t.speakers) for t in read]
    else:  # a schedule's small lists: judged with the article's others alike
        shapes = {t.shape for t in read}
        pooled = [score for shape in shapes for score in people.get(shape, [])]
    talks = people_in_speaker_slot(reading.talks, pooled)
    found = [t for t in talks if t is not None]
    # Items that start with a date and aren't talks head the talks after them
    # ("08/06: LyonJS Meetup"): structure, not items that failed to read.
    # A schedule's breaks ("12:30 Lunch") are structure too, beside talks read
    # surely (a misread card is worse than none).
    sure = bool(found) and all(t.certainty >= SURE for t in found)
    # What each item that didn't read is, looked at once.
    unread = {
        index: "day" if index in reading.holders else schedule_part(li)
        for index, (li, t) in enumerate(zip(items, talks, strict=True))
        if t is None
    }
    structure = {"day", "break"} if sure else {"day"}
    counted = [li for i, li in enumerate(items) if unread.get(i) not in structure]
    if not found or (mark != "talks" and len(found) * 2 < len(counted)):
        return None
    if reading.element.tag == "dl" and len(found) < len(talks):
        return None  # its items were built for reading: drawn whole or not at all
    needs_context = mark != "talks" and mode != "yes"
    if needs_context:
        group = reading.group or [reading]
        all_items = [
            item for r in group if r is not reading for item in counted_items(r)
        ]
        # Items that didn't read and link nowhere are a recap's other moments
        # (the opening, a break, a raffle); unread items with links may be
        # people or things that aren't talks, and count against the list.
        all_items += [
            li for i, li in enumerate(items) if unread.get(i, "linked") == "linked"
        ]
        all_found = [t for r in group for t in r.talks if t is not None]
        if not context.has_context(
            reading.where, all_found, all_items
        ) and not context_from_siblings(reading, found, all_items, drawn_shapes):
            return None
    entries: list[Talk | str] = [
        talk if talk is not None else html.serialize(li)
        for li, talk in zip(items, talks, strict=True)
    ]
    return TalkList(entries, under_level=reading.where.level)


def context_from_siblings(
    reading: ListReading,
    found: list[Talk],
    items: list[html.Element],
    drawn_shapes: frozenset[str],
) -> bool:
    """A list written from the template of a list of the article drawn on its
    own evidence ("## Jeudi" and "## Vendredi", each with its talks) shares
    that evidence, down to a month's one talk: most of its items read as talks
    of that shape, each with a speaker named in full, and nothing speaks
    against it."""
    return (
        shared_shape(found, least=1) in drawn_shapes
        and len(found) * 2 > len(items)
        and all(any(context.looks_named(s) for s in t.speakers) for t in found)
        and not context.speaks_against(reading.where, items)
    )


def counted_items(reading: ListReading) -> list[html.Element]:
    """A list's items that count for or against it beside the lists read with
    it: a programme holding nested talks counts its talks and its linked items,
    not its slots, breaks and the items holding the nested talks."""
    if not reading.holders:
        return reading.items
    return [
        item
        for index, (item, talk) in enumerate(
            zip(reading.items, reading.talks, strict=True)
        )
        if talk is not None
        or (index not in reading.holders and schedule_part(item) == "linked")
    ]


def schedule_part(item: html.Element) -> str:
    """What an item that isn't a talk is: "day" (a date first: "08/06: LyonJS
    Meetup"), "break" (a time and words that link nowhere: "12:30 Lunch"),
    "linked" (it links somewhere) or "unlinked"."""
    text = html.visible_text(item)
    if DATE_FIRST.match(text):
        return "day"
    linked = item.find(".//a") is not None
    if TIME_FIRST.match(text) and not linked:
        return "break"
    return "linked" if linked else "unlinked"
