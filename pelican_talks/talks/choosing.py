"""Choosing among the shape readers' readings of an item: the best one, or the
best of the shape the list's other items share, if any reads at all.
"""

from __future__ import annotations

import re

from .line import Line
from .readings import SHAPE_FITS, Reading, marked_title
from .shapes import inside_link, speakers_only, title_first_marked, title_first_plain
from .speaker_first import speaker_first
from .words import DATE, HONORIFICS, TIME

CLOCK_TIME = re.compile(TIME)


def honorifics_only(title: str) -> bool:
    words = title.lower().split()
    return bool(words) and all(word in HONORIFICS for word in words)


def dated(title: str) -> bool:
    """A date or time, alone or nearly ("ab 20:30 Uhr"): a schedule's slot."""
    if DATE.fullmatch(title):
        return True
    return len(title.split()) <= 3 and CLOCK_TIME.search(title) is not None


COLON = re.compile(r"\s*:\s*")


def title_after(line: Line, end: int) -> bool:
    """ "*Acme* - Ana : « Title »": a colon and a marked title after the speakers
    say the words before them were no title (a company, a label)."""
    if ":" not in line.text[end : end + 3]:
        return False  # (most items: no colon right after the speakers)
    colon = COLON.match(line.text, end)
    return colon is not None and marked_title(line, colon.end()) is not None


# A reading this good isn't beaten in practice: stop trying other readers.
CERTAIN = 8


def best_reading(
    line: Line, start: int, has_prefix: bool, by_prefix: bool = False, shape: str = ""
) -> Reading | None:
    readings = []
    for reader in (title_first_marked, speaker_first, title_first_plain, inside_link):
        reading = (
            inside_link(line, start, shape)
            if reader is inside_link
            else reader(line, start)
        )
        if reading is not None:
            reading.shape = reading.shape or reader.__name__
            readings.append(reading)
            if reading.score >= CERTAIN and not has_prefix and not shape:
                break
    if has_prefix and (only := speakers_only(line, start)):
        only.shape = "speakers_only"
        readings.append(only)
        if by_prefix:  # "Keynote de Ana: una charla..." names the speaker, no title;
            only.score += 1  # a capitalised title after the colon still wins
    # A person's @handle, a date or a time is never a title, nor words that
    # open a parenthesis they don't close ("Ana Lima (@ana): Title"), nor a
    # title before a name ("Dr. [Ana Ruiz](...) — Title").
    readings = [
        r
        for r in readings
        if not (
            r.title.startswith("@")
            or dated(r.title)
            or honorifics_only(r.title)
            or r.title.count("(") > r.title.count(")")
            or title_after(line, r.end)
        )
    ]
    if shape:
        fitting = [r for r in readings if r.shape == shape and r.score >= SHAPE_FITS]
        if fitting:
            return max(fitting, key=lambda r: r.score)
    readings = [r for r in readings if r.score >= 4]
    return max(readings, key=lambda r: r.score, default=None)
