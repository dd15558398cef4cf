"""A list item as one line of text that still knows its markup.

Reading works on the item's text ("Title: Name is a role at Org. ...") but
needs to know which stretches were emphasised or linked, and, once it has
read the title and speakers, to hand back the rest of the item as HTML.
"""

from __future__ import annotations

import html as html_escaping
from dataclasses import dataclass

from .. import markup as html

EMPHASIS = frozenset({"em", "i", "strong", "b", "cite", "q", "mark", "u"})
CODE = frozenset({"code", "kbd", "samp", "tt"})
BLOCKS = frozenset(
    {"ul", "ol", "p", "div", "blockquote", "pre", "figure", "table", "dl", "section"}
)
HEAD_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
# Inside the first line of an item, these mean it is not a simple line of text.
NOT_INLINE = (*BLOCKS, "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer")


@dataclass
class Part:
    """A stretch of the line: plain text, or one inline element."""

    start: int
    end: int
    text: str
    kind: str  # "text", "emph", "link", "code", "inline"
    element: html.Element | None = None  # the element, or the owner of the text
    slot: str = ""  # for text: "text" (element.text) or "tail" (element.tail)
    href: str | None = None
    link: html.Element | None = None  # the <a> of a "link" part

    @property
    def target(self) -> str | None:
        return self.link.get("target") if self.link is not None else None

    @property
    def rel(self) -> str | None:
        return self.link.get("rel") if self.link is not None else None


@dataclass
class Line:
    text: str
    parts: list[Part]
    head: html.Element
    rest: list[html.Element]  # block children after the head: more paragraphs, lists

    @property
    def simple(self) -> bool:
        """No headings or lists hiding inside the line's inline elements."""
        return not any(
            part.kind != "text"
            # an element with no children is quick to judge by its own tag
            and (len(part.element) or part.element.tag in NOT_INLINE)
            and next(part.element.iter(*NOT_INLINE), None) is not None
            for part in self.parts
        )

    def part_at(self, offset: int) -> Part | None:
        for part in self.parts:
            if part.start <= offset < part.end:
                return part
        return None

    def marked_at(self, offset: int) -> Part | None:
        """The emphasised, linked or code part starting at `offset` (spaces skipped)."""
        while offset < len(self.text) and self.text[offset].isspace():
            offset += 1
        part = self.part_at(offset)
        if part and part.kind in ("emph", "link", "code") and part.start == offset:
            return part
        return None

    def marked_between(self, start: int, end: int) -> bool:
        """Whether any part that isn't plain text overlaps [start, end)."""
        return any(
            p.kind != "text" and p.start < end and p.end > start for p in self.parts
        )

    def rest_html(self, offset: int) -> str:
        """The item's HTML from text offset `offset` on, markup kept."""
        pieces: list[str] = []
        following: list[html.Element] = []
        part = self.part_at(offset)
        if part is None:
            following = []
        elif part.kind == "text":
            pieces.append(html_escaping.escape(part.text[offset - part.start :], False))
            following = self._children_after(part)
        else:
            keep = part.start == offset
            if not keep:  # an element cut in the middle was read whole; its tail wasn't
                pieces.append(html_escaping.escape(part.element.tail or "", False))
            following = self._children_from(part.element, include=keep)
        for child in following:
            pieces.append(serialize(child, tail=True))
        if self.head.tag != "li" and (self.head.tail or "").strip():
            # text after the item's first paragraph or heading: "<p>…</p> more"
            pieces.append(html_escaping.escape(self.head.tail, False))
        text = "".join(pieces)
        # A block's tail is text of the item too ("<p>Abstract.</p> Slides online.").
        blocks = "\n".join(
            serialize(block, tail=bool((block.tail or "").strip()))
            for block in self.rest
        )
        return "\n".join(p for p in (text.strip(), blocks) if p)

    def _inline_children(self) -> list[html.Element]:
        return [c for c in self.head if c not in self.rest]

    def _children_after(self, part: Part) -> list[html.Element]:
        children = self._inline_children()
        if part.slot == "text":
            return children
        return self._children_from(part.element, include=False)

    def _children_from(self, element, include: bool) -> list[html.Element]:
        children = self._inline_children()
        index = children.index(element)
        return children[index if include else index + 1 :]


def serialize(element: html.Element, tail: bool) -> str:
    return html.to_html(element, tail)


# A <br> in an item's line: whitespace to every pattern, and the end of a plain
# title or a name (the author broke the line there; a line wrapped in the
# source is a space).
BREAK = "\u2028"


def item_line(item: html.Element, labels: bool = False) -> Line:
    """Split an <li> into its head (first paragraph, or its inline content) and rest.
    `labels`: the item may hold new-tab labels, which are not read as text."""
    children = list(item)
    first = children[0] if children else None
    # "- ###### Title by Name": a heading is the item's line as a paragraph is.
    if first is not None and first.tag in HEAD_TAGS and not (item.text or "").strip():
        head, rest = first, children[1:]
    else:
        head = item
        rest = [c for c in children if c.tag in BLOCKS]
    return Line(*_parts(head, rest, labels), head=head, rest=rest)


def line_within_emphasis(line: Line, labels: bool) -> Line | None:
    """The line inside the one emphasis that spans all of it ("**Ana - Title**"),
    or None."""
    shown = [p for p in line.parts if p.kind != "text" or p.text.strip()]
    if len(shown) != 1 or shown[0].kind != "emph":
        return None
    emphasis = shown[0].element
    return Line(*_parts(emphasis, [], labels), head=emphasis, rest=line.rest)


def _parts(
    head: html.Element, rest: list[html.Element], labels: bool
) -> tuple[str, list[Part]]:
    parts: list[Part] = []
    position = 0

    def add(text: str, kind: str, element, slot: str = "", link=None) -> None:
        nonlocal position
        if not text:
            return
        href = link.get("href") if link is not None else None
        end = position + len(text)
        parts.append(Part(position, end, text, kind, element, slot, href, link))
        position = end

    add(head.text or "", "text", head, "text")
    for child in head:
        if child in rest:
            continue
        if not html.is_comment(child) and isinstance(child.tag, str):
            kind, link = _kind_of(child, labels)
            text = BREAK if child.tag == "br" else text_of(child, labels)
            add(text, kind, child, link=link)
        add(child.tail or "", "text", child, "tail")
    return "".join(p.text for p in parts), parts


def text_of(element: html.Element, labels: bool) -> str:
    """html.visible_text, without serializing the element when it holds text
    only (most emphasis and links: a third of the time of splitting an item)."""
    if len(element) == 0:
        return " ".join((element.text or "").split())
    return html.visible_text(element, labels)


def _kind_of(element: html.Element, labels: bool) -> tuple[str, html.Element | None]:
    if element.tag == "a":
        return "link", element
    if element.tag in EMPHASIS:
        links = list(element.iter("a"))
        only_link = len(links) == 1 and html.visible_text(
            links[0], labels
        ) == html.visible_text(element, labels)
        if only_link:
            return "link", links[0]
        return "emph", None
    if element.tag in CODE:
        return "code", None
    return "inline", None
