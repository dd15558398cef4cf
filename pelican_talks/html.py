"""Parse an article's HTML once into a tree, and write the tree back once.

lxml, not BeautifulSoup: parsing the reference post takes about 0.07 ms with
lxml and about 1.3 ms with BeautifulSoup, and Pelican itself spends about 5 ms
on a whole article, so only lxml fits the plugin's time budget. Plain
lxml.etree elements, not lxml.html's: those look up a Python class for every
element touched, which made up a tenth of the plugin's time.
"""

from __future__ import annotations

import html
import re
import secrets

from lxml import etree
from lxml.etree import _Comment, _Element

Element = _Element

# The visually hidden "opens in a new tab" label the links pass may add
# (TALKS_NEW_TAB_LABEL): said by screen readers, not seen, so not visible text.
NEW_TAB_LABEL_CLASS = "talks-new-tab-label"
# Images the figures pass sized; the stylesheet keeps their aspect ratio.
SIZED_IMAGE_CLASS = "talks-sized"

# Text inside these is code or not shown: passes leave what is inside alone.
VERBATIM = frozenset({"pre", "code", "kbd", "samp", "script", "style", "textarea"})


# HTML5 void elements that libxml2's HTML parser (2.14) still treats as
# containers: it nests whatever follows them inside them.
VOID_UNKNOWN_TO_LIBXML2 = ("source", "track", "wbr", "embed")
VOID_END_TAG = re.compile(r"(<(source|track|wbr|embed)\b[^<>]*>)</\2>")


# huge_tree: without it libxml2 silently drops everything nested deeper than
# 255 elements, and whatever follows it: text lost.
PARSER = etree.HTMLParser(huge_tree=True)


def parse(fragment: str) -> Element:
    """The article's HTML as the children of one wrapping element (its <body>)."""
    document = etree.fromstring(f"<html><body>{fragment}</body></html>", PARSER)
    root = document.find("body")
    if root is None:  # the fragment was all <head> material
        root = etree.SubElement(document, "body")
    document.remove(root)  # so walking up from any element stops at the wrapper
    for element in list(root.iter(*VOID_UNKNOWN_TO_LIBXML2)):
        empty_void_element(element)
    return root


def empty_void_element(element: Element) -> None:
    """Move what the parser put inside a void element to just after it."""
    children = list(element)
    if not children and not element.text:
        return
    after = element.tail
    element.tail, element.text = element.text, None
    parent = element.getparent()
    position = parent.index(element)
    for offset, child in enumerate(children, start=1):
        parent.insert(position + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + (after or "")
    else:
        element.tail = (element.tail or "") + (after or "")


def serialize(root: Element, placed: list[str] | None = None) -> str:
    """The HTML inside `root` (the wrapper made by parse(), or any element),
    with placed[i] put where put_placeholder(..., i) stood."""
    # The wrapper: one call for the whole tree, then its own tags cut off
    # (a call per child cost twice as much).
    text = to_html(root) if root.tag == "body" and not root.attrib else ""
    if text.startswith("<body>") and text.endswith("</body>"):
        text = text[len("<body>") : -len("</body>")]
    else:
        text = escape_text(root.text or "") + "".join(
            to_html(child, tail=True) for child in root
        )
    return finish(text, placed)


def finish(text: str, placed: list[str] | None) -> str:
    if placed:
        text = PLACEHOLDER.sub(lambda m: placed[int(m.group(1))], text)
    # libxml2 closes the void elements it doesn't know
    if any(f"</{name}>" in text for name in VOID_UNKNOWN_TO_LIBXML2):
        text = VOID_END_TAG.sub(r"\1", text)
    return text


# A comment no author can have written: a new random word every run.
PLACEHOLDER_WORD = f"pelican-talks-{secrets.token_hex(8)}"
PLACEHOLDER = re.compile(f"<!--{PLACEHOLDER_WORD} ([0-9]+)-->")


def put_placeholder(element: Element, index: int) -> None:
    """Stand a comment in for `element`; serialize() puts placed[index] there."""
    mark = etree.Comment(f"{PLACEHOLDER_WORD} {index}")
    mark.tail = element.tail
    element.getparent().replace(element, mark)


def is_placeholder(node: object) -> bool:
    return is_comment(node) and (node.text or "").startswith(PLACEHOLDER_WORD)


def escape_text(text: str) -> str:
    return html.escape(text, quote=False)


def to_html(element: Element, tail: bool = False) -> str:
    return etree.tostring(element, method="html", encoding="unicode", with_tail=tail)


def is_comment(node: object) -> bool:
    return isinstance(node, _Comment)


def has_verbatim(root: Element) -> bool:
    """Whether any code or script is in the tree (most articles have none, and
    then nobody needs to walk up from each element to find out)."""
    return next(root.iter(*VERBATIM), None) is not None


def inside_verbatim(element: Element) -> bool:
    return any(a.tag in VERBATIM for a in element.iterancestors())


def visible_text(element: Element, skip_labels: bool = False) -> str:
    """The text a reader sees, whitespace folded (comments are not text).
    With `skip_labels`, without the hidden new-tab labels: screen readers say
    them, but they are no part of a name, a title or a caption."""
    if skip_labels and has_new_tab_labels(element):
        text = "".join(text_without_labels(element))
    else:
        text = etree.tostring(
            element, method="text", encoding="unicode", with_tail=False
        )
    return " ".join(text.split())


def has_new_tab_labels(element: Element) -> bool:
    return len(element) > 0 and any(
        span.get("class") == NEW_TAB_LABEL_CLASS for span in element.iter("span")
    )


def text_without_labels(element: Element):
    if not isinstance(element.tag, str):  # a comment: no text of its own
        return
    if element.tag == "span" and element.get("class") == NEW_TAB_LABEL_CLASS:
        return
    yield element.text or ""
    for child in element:
        yield from text_without_labels(child)
        yield child.tail or ""
