"""Finding talk lists: which lists, with what context, and whether to draw them.

A list becomes cards only when the plugin is confident: most of its items read
as talks, and something says these are talks (a heading or paragraph before
the list, or the items themselves). With `talks: yes` the context isn't
needed; a `<!-- talks -->` comment or class "talks" marks a list outright,
`<!-- no-talks -->` or class "no-talks" protects it.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import html
from . import context
from .model import Talk, TalkList
from .together import read_together
from .words import kind_in

CARDS_CLASS = "talk-cards"


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


def talk_lists(
    root: html.Element, mode: str, about: str = ""
) -> Iterator[tuple[html.Element, TalkList]]:
    """Every list to draw as cards, with its cards. A list nested in an item
    (`* Day 1` > `* 10:00 Title - Name`) is read when the list holding it isn't
    drawn, with the item's own text as its context; the item stays as written."""
    first = context.first_paragraph(root)
    for element in candidate_lists(root):
        found = read_list(element, mode, context.context_of(element, about, "", first))
        if found is not None:
            yield element, found
            continue
        for inner, parent in nested_lists(element):
            where = context.context_of(inner, about, parent, first)
            found = read_list(inner, mode, where)
            if found is not None:
                yield inner, found


def nested_lists(element: html.Element) -> Iterator[tuple[html.Element, str]]:
    """Lists inside the items of a list (one level down), with the item's text."""
    for item in element:
        if item.tag != "li":
            continue
        for inner in item:
            if inner.tag in ("ul", "ol"):
                yield inner, own_text(item)


def own_text(item: html.Element) -> str:
    """An item's text without its nested lists."""
    pieces = [item.text or ""]
    for child in item:
        if child.tag not in ("ul", "ol") and isinstance(child.tag, str):
            pieces.append(html.visible_text(child))
        pieces.append(child.tail or "")
    return " ".join(" ".join(pieces).split())


def read_list(
    element: html.Element, mode: str, where: context.Context | None = None
) -> TalkList | None:
    """The cards to draw for this list, or None to leave it exactly as it is."""
    mark = author_mark(element)
    if mark == "no-talks":
        return None
    items = [li for li in element if li.tag == "li"]
    if not items or not only_items(element):
        return None
    where = where or context.context_of(element)
    heading = where.heading or where.parent
    list_kind = kind_in(heading) if heading else None
    labels = html.has_new_tab_labels(element)
    talks = read_together(items, list_kind, labels)
    found = [t for t in talks if t is not None]
    if not found or (mark != "talks" and len(found) * 2 < len(items)):
        return None
    needs_context = mark != "talks" and mode != "yes"
    if needs_context and not context.has_context(where, found, items):
        return None
    entries: list[Talk | str] = [
        talk if talk is not None else html.serialize(li)
        for li, talk in zip(items, talks, strict=True)
    ]
    return TalkList(entries, under_level=where.level)


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
