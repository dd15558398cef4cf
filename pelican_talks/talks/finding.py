"""Finding talk lists: which lists, read with what context.

Every list of the article is read first (a list, or the lists nested in its
items when they read better), then judged (`deciding.py`). A `<!-- talks -->`
comment or class "talks" marks a list outright, `<!-- no-talks -->` or class
"no-talks" protects it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import markup as html
from . import context
from .deciding import ENOUGH_TO_JUDGE, decide, person_scores
from .definitions import definition_items, programme_items
from .model import Talk, TalkList
from .people import talk_person_score
from .reading import read_item
from .together import read_together, shared_shape
from .words import kind_in

CARDS_CLASS = "talk-cards"


def candidate_lists(root: html.Element) -> Iterator[html.Element]:
    """Top-level lists (not nested in another list or a heading, not in code, not
    our cards), reST definition lists among them."""
    check_code = html.has_verbatim(root)
    for element in root.iter("ul", "ol", "dl"):
        if CARDS_CLASS in classes(element):
            continue
        if check_code and html.inside_verbatim(element):
            continue
        # Nested lists are read through their parent list; a list inside a
        # heading (invalid HTML, kept so by the parser) is no talk list, and its
        # cards would become the context of the lists after it.
        if any(
            a.tag == "li" or a.tag in context.HEADINGS for a in element.iterancestors()
        ):
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


@dataclass
class ListReading:
    """A list read, before deciding whether to draw it."""

    element: html.Element
    items: list[html.Element]
    talks: list[Talk | None]
    where: context.Context
    mark: str | None
    # The lists read together with it (nested lists of one list): judged as one.
    group: list[ListReading] = field(default_factory=list)
    # Items holding nested lists of talks: the programme's structure, like a day.
    holders: set[int] = field(default_factory=set)


# What a caller may say about lists: which to leave unread (too long to read),
# and what to do when reading one fails (it is left as it was).
Skip = Callable[[html.Element], bool]
Failed = Callable[[Exception], None]


def talk_lists(
    root: html.Element,
    mode: str,
    about: str = "",
    skip: Skip | None = None,
    failed: Failed | None = None,
) -> Iterator[tuple[html.Element, TalkList]]:
    """Every list to draw as cards, with its cards. Evidence that the speakers
    are people is pooled over the article's lists of one shape: one author
    wrote a schedule's small lists alike. One odd list costs that list only."""
    readings = read_lists(root, about, skip or (lambda _: False), failed)
    small_lists_alike(readings)
    people = person_scores(readings)
    undrawn: list[ListReading] = []
    drawn: set[str] = set()
    for reading in readings:
        try:
            found = decide(reading, mode, people)
        except Exception as error:
            if failed is None:
                raise
            failed(error)  # one odd list costs that list only
            continue
        if found is None:
            undrawn.append(reading)
            continue
        drawn.add(shared_shape(found.talks, least=1))
        # Drawn as soon as decided: a programme's nested lists before the
        # items holding them are written out (read_list_or_nested).
        yield reading.element, found
    # Lists of a template the article drew on their own evidence: the others
    # of that template are judged again with it (deciding.context_from_siblings).
    shapes = frozenset(drawn - {""})
    if not shapes or mode == "yes":
        return
    for reading in undrawn:
        try:
            found = decide(reading, mode, people, shapes)
        except Exception as error:
            if failed is None:
                raise
            failed(error)
            continue
        if found is not None:
            yield reading.element, found


def read_lists(
    root: html.Element,
    about: str,
    skip: Skip = lambda _: False,
    failed: Failed | None = None,
) -> list[ListReading]:
    """Every candidate list read. A list nested in an item (`* Day 1` >
    `* 10:00 Title - Name`) is read when the list holding it doesn't read as
    talks, with the item's own text as its context; the item stays as written.
    The nested lists of one list are read together: one template."""
    readings: list[ListReading] = []
    for element in candidate_lists(root):
        if holds_cards(element) or skip(element):
            continue  # (cards: its nested lists were drawn by an earlier run)
        try:
            readings += read_list_or_nested(element, about, skip)
        except Exception as error:
            if failed is None:
                raise
            failed(error)
    return readings


def read_list_or_nested(
    element: html.Element, about: str, skip: Skip
) -> list[ListReading]:
    """The list read, or the lists nested in its items when they read better
    as talks (the other level stays as written)."""
    where = context.context_of(element, about)
    reading = read_one_list(element, where)
    if reading is None:
        return []
    inner = [
        read_one_list(nested, context.context_of(nested, about, up), False)
        for nested, up in nested_lists(element)
        if not skip(nested)
    ]
    inner = [r for r in inner if r is not None]
    if not inner or reading.mark == "no-talks":
        return [reading]
    read_nested_together(inner, where)
    held = holders(reading, inner)
    # (an item holding nested talks that reads as a talk itself has them as
    # its abstract)
    if count(inner) and count([reading]) and not any(reading.talks[i] for i in held):
        # A programme's talks beside a slot of parallel talks ("10:30 Room A" >
        # talks): both levels are talks. The nested lists come first, so that
        # they are drawn before the items holding them are written out.
        both = [*inner, reading]
        for each in both:
            each.group = both
        reading.holders = held
        return both
    return inner if count(inner) > count([reading]) else [reading]


def holders(reading: ListReading, inner: list[ListReading]) -> set[int]:
    """Which items of the list hold a nested list that reads as talks."""
    talking = {id(r.element) for r in inner if count([r])}
    return {
        index
        for index, item in enumerate(reading.items)
        if any(id(child) in talking for child in item)
    }


def count(readings: list[ListReading]) -> int:
    return sum(1 for r in readings for t in r.talks if t is not None)


def nested_lists(element: html.Element) -> Iterator[tuple[html.Element, str]]:
    """Lists inside the items of a list (one level down), with the item's text."""
    for item in element:
        if item.tag != "li":
            continue
        for inner in item:
            if inner.tag in ("ul", "ol") and CARDS_CLASS not in classes(inner):
                yield inner, own_text(item)


def holds_cards(element: html.Element) -> bool:
    return any(
        CARDS_CLASS in classes(inner)
        for item in element
        if item.tag == "li"
        for inner in item
        if inner.tag == "ul"
    )


def own_text(item: html.Element) -> str:
    """An item's text without its nested lists."""
    pieces = [item.text or ""]
    for child in item:
        if child.tag not in ("ul", "ol") and isinstance(child.tag, str):
            pieces.append(html.visible_text(child))
        pieces.append(child.tail or "")
    return " ".join(" ".join(pieces).split())


def read_one_list(
    element: html.Element, where: context.Context, read: bool = True
) -> ListReading | None:
    """The list's items and, if `read`, their talks; None if it can't be cards."""
    if element.tag == "dl":
        items = definition_items(element) or []
    else:
        items = [li for li in element if li.tag == "li"]
    if not items or (element.tag != "dl" and not only_items(element)):
        return None
    talks: list[Talk | None] = [None] * len(items)
    if read:
        labels = html.has_new_tab_labels(element)
        talks = read_together(items, list_kind(where), labels)
        if element.tag == "dl" and None in talks:
            # A term may be the talk's whole line, its definition the abstract:
            # the reading that reads more of the list's items wins.
            lines = programme_items(items)
            again = read_together(lines, list_kind(where), labels)
            if sum(t is not None for t in again) > sum(t is not None for t in talks):
                items, talks = lines, again
    return ListReading(element, items, talks, where, author_mark(element))


def list_kind(where: context.Context) -> str | None:
    heading = where.heading or where.parent
    return kind_in(heading) if heading else None


def read_nested_together(readings: list[ListReading], outer: context.Context) -> None:
    items = [item for r in readings for item in r.items]
    labels = any(html.has_new_tab_labels(r.element) for r in readings)
    talks = read_together(items, list_kind(outer), labels)
    for reading in readings:
        reading.talks, talks = talks[: len(reading.items)], talks[len(reading.items) :]
        reading.group = readings


def small_lists_alike(readings: list[ListReading]) -> None:
    """A schedule's small lists (one per time slot) are one template: an item
    that didn't read on its own is read again in the article's shared shape."""
    unread = [r for r in readings if len(r.items) < ENOUGH_TO_JUDGE and None in r.talks]
    shape = shared_shape([t for r in readings for t in r.talks]) if unread else ""
    if not shape:
        return  # (most articles: every small list read, nothing to look at again)
    for reading in unread:
        labels = html.has_new_tab_labels(reading.element)
        for index, (item, talk) in enumerate(
            zip(reading.items, reading.talks, strict=True)
        ):
            if talk is None:
                again = read_item(item, list_kind(reading.where), labels, shape)
                if (
                    again is not None
                    and again.shape == shape
                    and talk_person_score(again.speakers) > 0  # and names a person
                ):
                    reading.talks[index] = again


def read_list(element: html.Element, mode: str) -> TalkList | None:
    """One list on its own: the cards to draw, or None to leave it as it is."""
    reading = read_one_list(element, context.context_of(element))
    if reading is None:
        return None
    return decide(reading, mode, person_scores([reading]))


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
