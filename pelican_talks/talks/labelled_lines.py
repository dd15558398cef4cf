"""An item written as paragraphs, one line of the talk each: reST and loose
Markdown lists give

    1. Charla: *Title*

       Ponente: Ana Ruiz (Acme)

       Diapositivas: `Speaker Deck <...>`_

The first paragraph alone has no speaker, so the item reads as no talk. When a
later paragraph starts with a speaker's label or a byline ("Ponente:", "Speaker:",
"by"), the paragraphs are read as the lines of one item, as if the author had
broken them with <br>: the reader knows that shape.
"""

from __future__ import annotations

import copy
import re

from .. import markup as html
from .model import Talk
from .reading import read_item
from .words import BYLINE, SPEAKER_LABELS

LABELLED = re.compile(
    r"\s*(?:(?:" + SPEAKER_LABELS + r")\s*:|(?:" + BYLINE + r")\s)", re.IGNORECASE
)


def read_labelled_lines(
    item: html.Element, list_kind: str | None, labels: bool
) -> Talk | None:
    """The talk of an item of paragraphs read as lines, or None."""
    lines = as_one_line(item)
    return None if lines is None else read_item(lines, list_kind, labels)


def as_one_line(item: html.Element) -> html.Element | None:
    """A copy of the item with its paragraphs joined by <br>, when it is made
    of paragraphs only and one after the first names the speaker."""
    paragraphs = list(item)
    if len(paragraphs) < 2 or (item.text or "").strip():
        return None
    for paragraph in paragraphs:
        if paragraph.tag != "p" or (paragraph.tail or "").strip():
            return None
    if not any(LABELLED.match(html.visible_text(p)) for p in paragraphs[1:]):
        return None
    line = item.makeelement("li", {})
    last = None  # the element the next text follows, or None: the item's start
    for index, paragraph in enumerate(copy.deepcopy(paragraphs)):
        if index:
            last = line.makeelement("br", {})
            line.append(last)
        if last is None:
            line.text = paragraph.text
        else:
            last.tail = paragraph.text
        for child in list(paragraph):
            line.append(child)  # its tail comes with it
            last = child
    return line
