"""A reading of one item, and what every shape reader shares: the marked
title at a place, the points every reading earns, which side reads as a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .line import Line, Part
from .names import SpeakerRun
from .people import looks_like_a_person

OPENING_QUOTE = re.compile(r"\s*[\"“„«‘]\s*")
CLOSING_QUOTE = re.compile(r"\s*[\"”“»’]")
# Each opening quote with the quotes that close it: "« Terraform à l'échelle »"
# holds an apostrophe, which closes only a title opened with one.
# (a straight quote closes curly ones too: „Title" is often typed so)
QUOTE_PAIRS = {"«": "»", "“": '”“"', "„": '“”"', '"': '"”“', "‘": "’'", "'": "'’"}
QUOTED = re.compile(
    r"\s*(?:"
    + "|".join(
        f"{re.escape(opening)}\\s*(?P<q{index}>[^{re.escape(closing)}]{{2,200}}?)"
        f"\\s*[{re.escape(closing)}]"
        for index, (opening, closing) in enumerate(QUOTE_PAIRS.items())
    )
    + ")"
)


@dataclass
class Reading:
    title: str
    run: SpeakerRun
    end: int  # where title and speakers end in the line: the abstract starts here
    score: int
    title_url: str | None = None
    byline_words: str = ""
    kind_words: str = ""  # a kind named before the speakers, inside a link
    title_link: Part | None = None  # the part holding the author's title link
    shape: str = ""  # which reader read it: the list's template, item by item


# A reading of the list's own shape is taken at this score, below the usual 4:
# the other items vouch for it.
SHAPE_FITS = 3


def evidence(line: Line, run: SpeakerRun, finish: int) -> int:
    """Points every reader shares: a role or org was read, the talk ends the item."""
    points = 1 if any(s.role or s.org for s in run.speakers) else 0
    if not line.text[finish:].strip(" .;,!"):
        points += 1
    return points


def clean_title(title: str) -> str:
    return unquoted(title.strip().rstrip(",;:–—-").strip())


QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“”", '"': '"', "‘": "’", "'": "'"}


def unquoted(title: str) -> str:
    """A title wrapped whole in its quotes, without them (not "“A” and “B”",
    two quoted pieces), or opening a quote it never closes."""
    closing = QUOTE_PAIRS.get(title[:1], "")
    if not closing or len(title) < 3:
        return title
    whole = title.rstrip(".,;:")  # ("« Title ».": the item's own full stop)
    if whole[-1] in closing and not any(q in whole[1:-1] for q in (title[0], *closing)):
        return whole[1:-1].strip()
    if title[0] not in "‘'" and not any(q in title[1:] for q in closing):
        # "« [Title](url) »": the title ended at its link (an apostrophe stays)
        return title[1:].strip()
    return title


def marked_title(line: Line, start: int) -> tuple[str, int, Part | None] | None:
    """An emphasised, linked, code or quoted title at `start`: (text, end, part)."""
    part = line.marked_at(start)
    if part is not None:
        text = part.text.strip().strip("\"“”„«»'")
        if text.startswith("@"):
            return None  # an @handle names a person: never a title
        return text, part.end, part
    quoted = QUOTED.match(line.text, start)
    if quoted:
        title = next(name for name, text in quoted.groupdict().items() if text)
        if line.part_at(quoted.start(title)) in (None, line.part_at(start)):
            return quoted.group(title), quoted.end(), None
    # "« [Title](video) »": quotes around a link or emphasis, all of it
    opening = OPENING_QUOTE.match(line.text, start)
    inner = line.marked_at(opening.end()) if opening else None
    if inner is not None and inner.kind in ("emph", "link"):
        closing = CLOSING_QUOTE.match(line.text, inner.end)
        if closing is not None:
            return inner.text.strip(), closing.end(), inner
    return None


def likelier_person(title: str, run: SpeakerRun) -> str:
    """ "title" or "speakers": which side starts with a known given name, when
    only one does; "" when names don't tell."""
    in_title = looks_like_a_person(title)
    in_run = max(looks_like_a_person(s.name) for s in run.speakers)
    if in_title > in_run:
        return "title"
    return "speakers" if in_run > in_title else ""


def name_words(run: SpeakerRun) -> int:
    return sum(len(s.name.split()) for s in run.speakers)
