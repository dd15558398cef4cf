"""Finding talk lists: which lists, with what context, and whether to draw them.

A list becomes cards only when the plugin is confident: most of its items read
as talks, and something says these are talks (a heading or paragraph before
the list, or the items themselves). With `talks: yes` the context isn't
needed; a `<!-- talks -->` comment or class "talks" marks a list outright,
`<!-- no-talks -->` or class "no-talks" protects it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import html
from .model import Talk, TalkList
from .together import read_together
from .words import (
    CONTEXT_STEMS,
    TALK_CONTEXT,
    TALK_IN_ITEM,
    TIME_SLOT,
    WORKSHOP_BYLINE,
    kind_in,
)

CARDS_CLASS = "talk-cards"
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
ANY_STEM = re.compile("|".join(re.escape(stem) for stem in CONTEXT_STEMS))
PASSED_OVER = frozenset({"figure", "img", "ul", "ol", "hr", "br", "picture", "table"})


def candidate_lists(root: html.Element) -> Iterator[html.Element]:
    """Top-level lists (not nested in another list, not in code, not our cards)."""
    check_code = html.has_verbatim(root)
    for element in root.iter("ul", "ol"):
        if CARDS_CLASS in classes(element):
            continue
        if check_code and html.inside_verbatim(element):
            continue
        if any(a.tag == "li" for a in element.iterancestors()):
            continue
        yield element


def classes(element: html.Element) -> list[str]:
    return (element.get("class") or "").split()


def author_mark(element: html.Element) -> str | None:
    """ "talks" or "no-talks" from a class or a comment right before the list.

    The class may sit on the list, on an element wrapping it, or on an item:
    Python-Markdown's attr_list can only put `{: .talks }` on the last item.
    """
    names = set(classes(element))
    parent = element.getparent()
    if parent is not None and parent.getparent() is not None:
        names.update(classes(parent))
    for item in element:
        if item.tag == "li":
            names.update(classes(item))
    for mark in ("no-talks", "talks"):
        if mark in names:
            return mark
    previous = element.getprevious()
    if (
        previous is not None
        and html.is_comment(previous)
        and not (previous.tail or "").strip()
    ):
        text = (previous.text or "").strip().lower()
        if text in ("talks", "no-talks"):
            return text
    return None


def context_of(element: html.Element) -> tuple[str, str, int]:
    """The nearest heading above the list, the nearest paragraph before it, and
    the heading's level (1 when there is none: the article's own title)."""
    heading, paragraph, level = "", "", 1
    node = element
    while node is not None and not heading:
        sibling = node.getprevious()
        while sibling is not None and not heading:
            if isinstance(sibling.tag, str):
                if sibling.tag in HEADINGS:
                    heading = html.visible_text(sibling)
                    level = int(sibling.tag[1])
                elif sibling.tag not in PASSED_OVER and not paragraph:
                    paragraph = html.visible_text(sibling)
            sibling = sibling.getprevious()
        node = node.getparent()
        if node is not None and node.getparent() is None:
            break  # the element wrapping the whole article
    return heading, paragraph, level


def read_list(element: html.Element, mode: str) -> TalkList | None:
    """The cards to draw for this list, or None to leave it exactly as it is."""
    mark = author_mark(element)
    if mark == "no-talks":
        return None
    items = [li for li in element if li.tag == "li"]
    if not items or not only_items(element):
        return None
    heading, paragraph, level = context_of(element)
    list_kind = kind_in(heading) if heading else None
    labels = html.has_new_tab_labels(element)
    talks = read_together(items, list_kind, labels)
    found = [t for t in talks if t is not None]
    if not found or (mark != "talks" and len(found) * 2 < len(items)):
        return None
    if mark != "talks" and mode != "yes" and not has_context(heading, paragraph, found):
        return None
    entries: list[Talk | str] = [
        talk if talk is not None else html.serialize(li)
        for li, talk in zip(items, talks, strict=True)
    ]
    return TalkList(entries, under_level=level)


def only_items(element: html.Element) -> bool:
    """A list holding just <li>s (and comments): nothing a card list would drop."""
    if (element.text or "").strip():
        return False
    for child in element:
        if (child.tail or "").strip():
            return False
        if child.tag != "li" and not html.is_comment(child):
            return False
    return True


def has_context(heading: str, paragraph: str, talks: list[Talk]) -> bool:
    if speaks_of_talks(heading) or speaks_of_talks(paragraph):
        return True
    if TIME_SLOT.match(heading):
        return True
    # The items themselves: at least two talks, and half of them say so.
    spoken = sum(1 for t in talks if says_talk(t))
    return len(talks) >= 2 and spoken * 2 >= len(talks)


def speaks_of_talks(text: str) -> bool:
    # The words' stems first: the regex, a long case-blind alternation with
    # word boundaries, is slow on a long paragraph, so it starts just before
    # the first stem (every word it knows has its stem in its first 8 letters).
    lowered = text.lower()
    stem = ANY_STEM.search(lowered)
    if stem is None:
        return False
    start = max(0, stem.start() - 8) if len(lowered) == len(text) else 0
    return TALK_CONTEXT.search(text, start) is not None


def says_talk(talk: Talk) -> bool:
    """The item itself names a talk: "his lightning talk", "Keynote by", "animé par"."""
    return bool(
        talk.kind_words
        or TALK_IN_ITEM.search(talk.abstract)
        or WORKSHOP_BYLINE.search(talk.byline_words)
    )
