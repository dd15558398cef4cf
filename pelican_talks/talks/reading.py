"""Reading one list item into a Talk, or deciding it isn't one.

What comes before the talk (a time, a numbered slot, a rating) is a label; the
shape readers (`shapes.py`) propose readings of the rest, and the best one, or
the best of the shape the list's other items share, becomes the Talk: its kind
named in a prefix, its length, its time and its abstract (the rest of the item).
"""

from __future__ import annotations

import re

from .. import markup as html
from .. import urls
from .choosing import CLOCK_TIME, best_reading
from .line import Line, item_line, line_within_emphasis
from .model import Resource, Talk
from .names import read_speakers
from .readings import clean_title, marked_title, unquoted
from .shapes import speakers_only
from .speaker_first import kind_alone
from .words import (
    AT_TIME,
    DATE,
    DAY_MONTH,
    DURATION,
    KIND_BEFORE,
    KIND_OF,
    KIND_PREFIX,
    KIND_WORDS,
    RESOURCE,
    ROOM,
    SLOT_LABEL,
    TIME,
    WEEKDAY_SHORT,
    WORKSHOP_BYLINE,
    kind_in,
    kind_named,
)

# What authors put before a talk: times, rooms, ratings, emoji, [tags].
LABEL = re.compile(
    r"\s*((?:"
    # "Sa., 11:00, HS 1 -": a day shortened, before a time or a date
    + r"(?i:"
    + WEEKDAY_SHORT
    + r")\.?,?(?=\s*\d)|"
    # "ore 10:00", "um 14:00": a word before the time, the time's
    + AT_TIME
    + TIME
    + r"|"
    + DAY_MONTH
    + r"|"
    + SLOT_LABEL
    + r"|"
    + ROOM
    # "09:30 (grote zaal) —": a room in parentheses
    + r"|\((?:"
    + ROOM
    + r")\)"
    # "**1.** Dr Ana Ruiz — Title": the author's own numbering
    + r"|\d{1,2}[.)](?=\s)"
    + r"|[★☆✩✪\u2600-\u27bf\ufe0f"
    r"\U0001f300-\U0001faff]+|\[[^\]]{1,30}\])\s*(?:[,|·–—-]\s+(?="
    + ROOM
    + r"|"
    + TIME
    + r"))?)+"
    r"(?:[:·|]\s+|[-–—]\s+(?=\S))?"  # "19:00: ...", "19:00 · ...", "19.30 - ..."
)
QUOTED_REST = re.compile(r"[\"“„«][^\"“”„«»]{2,200}[\"”“»]")
# One word and a colon: "Closing:", "Slotsessie:".
WORD_LABEL = re.compile(r"\s*[^\W\d_][\w-]{2,20}:\s+")
ROOM_IN = re.compile(ROOM)
# A room closing the item: "... by Ana (Salle 2)", "..., Sala B", "... - Raum 3".
ROOM_AFTER = re.compile(
    r"\s*(?:[(,;·|]|[-–—])?\s*(?P<room>" + ROOM + r")\s*\)?\s*\.?\s*"
)
ROOM_CLOSING_TITLE = re.compile(
    r"\s*(?:\((?P<room>" + ROOM + r")\)|,\s*(?P<after_comma>" + ROOM + r"),?)\s*$"
)
LABEL_PIECES = re.compile(r"\s*(?:[,;·|–—]|\s-)\s*")
KIND_AFTER = re.compile(r"\s*\((" + KIND_WORDS + r")\)\s*$", re.IGNORECASE)
# (a closing quote too: the title's, when its link ended the title)
LEADING_PUNCTUATION = re.compile(r"^\s*[:;,.\-–—)»”]+\s*")


def read_item(
    item: html.Element,
    list_kind: str | None = None,
    labels: bool = False,
    shape: str = "",
) -> Talk | None:
    """The talk this <li> describes, or None when it doesn't read as one.
    `labels`: the item may hold new-tab labels (html.visible_text). `shape`:
    the reader most items of the list were read with, preferred when it fits."""
    line = item_line(item, labels)
    if not line.text.strip() or not line.simple:
        return None
    talk = read_line(line, list_kind, labels, shape)
    if talk is None and (within := line_within_emphasis(line, labels)) is not None:
        # "**Ana Ruiz, CTO at Acme — Title**": emphasis over the whole line
        # marks the line, not a title in it; read what it holds.
        talk = read_line(within, list_kind, labels, shape)
    return talk


def read_line(
    line: Line, list_kind: str | None, labels: bool, shape: str
) -> Talk | None:
    if line.rest and (over := speaker_over_title(line, labels)) is not None:
        return over
    label = LABEL.match(line.text)
    start = label.end() if label else 0
    within = line.part_at(start - 1) if start else None
    if within is not None and within.kind != "text" and within.end > start:
        if within.text[start - within.start :].strip(" :·|-–—"):
            label, start = None, 0  # a label that ends inside emphasis isn't one
        else:
            start = within.end  # "**19:30 Uhr** ...": the whole emphasis
    prefix = KIND_PREFIX.match(line.text, start)
    kind_words = byline = title_kind = ""
    inside = prefix and getattr(line.part_at(prefix.start()), "kind", "text") != "text"
    if inside and kind_set_apart(line, prefix):
        inside = False  # "**Keynote:** *Title*": the emphasis holds the kind alone
    if prefix and (
        inside or (prefix.group("by") and not speakers_only(line, prefix.end()))
    ):
        # "**Taller de Raku**", "[Talks - Ana: Title](video)": the kind word is part
        # of the title, or of a link read on its own.
        title_kind, prefix = kind_named(prefix.group("kind_words")), None
    note = ""  # "Workshop (Room B, 90 min): ...": part of the label
    if prefix:
        kind_words, byline = prefix.group("kind_words"), prefix.group("by") or ""
        note, start = prefix.group("note") or "", prefix.end()
    elif (
        # "Workshop *Title* - Ana", "Podiumsdiskussion *Title* mit ...": the
        # kind, then the title marked, no separator between
        (bare := KIND_BEFORE.match(line.text, start))
        and not title_kind
        and line.part_at(bare.start(1)) is line.part_at(start)
        and marked_title(line, bare.end())
    ):
        kind_words, start, prefix = bare.group(1), bare.end(), bare
    reading = best_reading(line, start, bool(prefix), bool(byline), shape)
    if reading is None and not label and not prefix:
        # "Slotsessie: "Title" door Ana": a word we don't know, as a label
        # before a marked title, when the item reads no other way.
        named = WORD_LABEL.match(line.text, start)
        if named and marked_title(line, named.end()) is not None:
            reading = best_reading(line, named.end(), False, False, shape)
            if reading is not None and reading.shape != "title_first_marked":
                reading = None  # the marked words must be the title
            label = named if reading is not None else None
    if reading is None or not reading.run.speakers:
        return None
    cut = line.part_at(reading.end)
    if cut is not None and cut.kind != "text" and cut.start < reading.end:
        return None  # title and speakers end inside an element: can't split its text
    kind_words = kind_words or reading.kind_words
    title = unquoted(" ".join(reading.title.split()))
    named = KIND_PREFIX.match(title)
    if named and not named.group("by") and not kind_words and named.end() < len(title):
        # "**Keynote: Twenty years of X**": a keynote titled "Twenty years of X"
        kind_words, note = named.group("kind_words"), named.group("note") or ""
        # ("**Keynote: "X"**": X, its quotes with it, whichever were kept)
        title = title[named.end() :].strip(" \"“”„«»'")
    if not kind_words and title.lower() in KIND_OF:
        kind_words, title = title, ""  # "**Keynote** - Ana": a keynote, untitled
    if (
        not kind_words
        and title.endswith(")")
        and (after := KIND_AFTER.search(title))
        and after.start()
    ):
        # "„Title“ (Keynote) von Ana": the kind, named after the title
        kind_words, title = after.group(1), clean_title(title[: after.start()])
    label_text = label.group(0).strip() if label else ""
    word = WORD_LABEL.match(title)
    if word and QUOTED_REST.fullmatch(title, word.end()):
        # "Slotsessie: "Title" door Ana", "16:30 — Cierre: «Title» — Ana": the
        # quotes hold the title, the word is the label's
        label_text = f"{label_text} {word.group(0).strip()}".strip()
        title = clean_title(title[word.end() :])
    if note:
        label_text = f"{label_text} {note}".strip()
    time = room = ""
    if label_text and (where := ROOM_IN.search(label_text)):
        # (first: a room's code may hold what reads as a time, "UD2.218A")
        room = where.group(0)  # "Room A", "Salle 2": the room is its own field too
        label_text = (label_text[: where.start()] + label_text[where.end() :]).strip(
            " ,;"
        )
        if not any(c.isalnum() for c in label_text):
            label_text = ""
    if label_text and (when := CLOCK_TIME.search(label_text)):
        # "19:30 - 20:00 Uhr ·": the time is the talk's own field; what else the
        # label says stays a label (punctuation alone isn't worth keeping)
        time = when.group(0).strip()
        label_text = (label_text[: when.start()] + label_text[when.end() :]).strip()
        if not any(c.isalnum() for c in label_text):
            label_text = ""
    if (time or room) and label_text:
        # "Sa., , -" once the time and room are out: the day, its pieces joined
        label_text = ", ".join(p for p in LABEL_PIECES.split(label_text) if p.strip())
    after = None if line.rest else ROOM_AFTER.fullmatch(line.text, reading.end)
    if after:  # "... by Ana (Salle 2)": the room closes the item
        room = room or after.group("room")
    closing = ROOM_CLOSING_TITLE.search(title)
    if closing and not room and closing.start():
        # "Title (Sala 2) — Ana", "Title, Sala 4, di Ana": the room, not the title's
        room = closing.group("room") or closing.group("after_comma")
        title = title[: closing.start()].rstrip()
    duration = DURATION.search(title)
    if duration and title[: duration.start()].strip():
        # "Title (5 min) by Ana": the length is a label, not part of the title
        title = (title[: duration.start()] + title[duration.end() :]).strip()
        label_text = " ".join(p for p in (label_text, duration.group(0).strip()) if p)
    if not title and not kind_words:
        return None
    abstract = LEADING_PUNCTUATION.sub("", line.rest_html(reading.end))
    abstract_text = " ".join(
        [line.text[reading.end :], *(html.visible_text(b, labels) for b in line.rest)]
    )
    abstract_text = LEADING_PUNCTUATION.sub("", " ".join(abstract_text.split()))
    resources = () if after else resources_after(line, reading.end)
    if resources or after:
        abstract = abstract_text = ""  # it was only the links or room, now the card's
    kind = kind_named(kind_words) if kind_words else (title_kind or None)
    if kind in (None, "talk"):
        later = line.text[reading.end :]
        kind = kind_in(later) or list_kind or kind or "talk"
        if WORKSHOP_BYLINE.search(reading.byline_words):
            kind = "workshop"
    return Talk(
        title=title,
        speakers=tuple(reading.run.speakers),
        kind=kind,
        abstract=abstract,
        abstract_text=abstract_text,
        title_url=reading.title_url,
        title_target=reading.title_link.target if reading.title_link else None,
        title_rel=reading.title_link.rel if reading.title_link else None,
        label=label_text,
        time=time,
        room=" ".join(room.split()),
        resources=resources,
        byline_words=" ".join((reading.byline_words or byline).split()),
        kind_words=kind_words.strip(),
        shape=reading.shape,
        certainty=reading.score,
    )


def safe_url(href: str | None) -> bool:
    return bool(href) and not urls.is_unsafe(href)


def resources_after(line: Line, end: int) -> tuple[Resource, ...]:
    """The talk's slides or recording when they are all that follows it:
    "([slides](...))", "(`pdf <...>`_)"; else nothing (they stay in the abstract)."""
    if line.rest:
        return ()
    links = [p for p in line.parts if p.start >= end and p.kind == "link"]
    if not links:
        return ()
    between = line.text[end:]
    for part in reversed(links):
        between = between[: part.start - end] + between[part.end - end :]
    if between.strip(" ()[].,;:-–—|·"):
        return ()  # words besides the links: an abstract, kept as written
    if not all(RESOURCE.fullmatch(p.text) and safe_url(p.href) for p in links):
        return ()  # (an unsafe link stays the author's, in the abstract)
    return tuple(
        Resource(p.text.strip(), p.href, p.target, p.rel) for p in links if p.href
    )


def speaker_over_title(line: Line, labels: bool) -> Talk | None:
    """`* [Ana Ruiz](profile)` > `* Title`: the speaker's item holds the title as
    its only sub-item (and says nothing else)."""
    if len(line.rest) != 1 or line.rest[0].tag not in ("ul", "ol"):
        return None
    subitems = [child for child in line.rest[0] if child.tag == "li"]
    if len(subitems) != 1:
        return None
    run = read_speakers(line, 0, allow_handles=True)
    if run.score < 3 or line.text[run.end :].strip():
        return None
    below = item_line(subitems[0], labels)
    if below.rest or not below.simple:
        return None
    title = " ".join(below.text.split())
    kind_words = ""
    named = KIND_PREFIX.match(title)
    if named and not named.group("by") and named.end() < len(title):
        kind_words, title = named.group("kind_words"), title[named.end() :]
    if not title or DATE.fullmatch(title):
        return None
    kind = kind_named(kind_words) if kind_words else "talk"
    return Talk(
        title=title,
        speakers=tuple(run.speakers),
        kind=kind,
        kind_words=kind_words,
        shape="speaker_over_title",
        certainty=run.score + 2,
    )


def kind_set_apart(line: Line, prefix: re.Match) -> bool:
    """Whether the emphasis (or link) the kind prefix starts in holds the kind
    word and its colon alone: "**Keynote:**", not "**Keynote: Twenty years**"
    (nor "**Keynote** - Ana", an untitled keynote)."""
    part = line.part_at(prefix.start())
    return part is not None and prefix.end() >= part.end and kind_alone(part.text)
