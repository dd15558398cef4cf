"""Parse an article's HTML once into a tree, and write the tree back once.

lxml, not BeautifulSoup: BeautifulSoup parses an article more slowly than
Pelican builds it, so only lxml fits the plugin's time budget (README,
Performance). Plain lxml.etree elements, not lxml.html's: those look up a
Python class for every element touched. Where libxml2 would read or write an
article differently from a browser, placeholders.py keeps it as written.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lxml import etree
from lxml.etree import _Comment, _Element

# Re-exported: the passes write them.
from .marks import NEW_TAB_LABEL_CLASS, SIZED_IMAGE_CLASS  # noqa: F401
from .placeholders import (
    KEPT_AS_WRITTEN,
    RAW_TEXT,
    keep_as_written,
    kept_as_written,
    put_back,
    put_in,
    raw_markup,
)

Element = _Element

# Text inside these is code or not shown: passes leave what is inside alone.
VERBATIM = frozenset(
    {"pre", "code", "kbd", "samp", "script", "style", "textarea", *RAW_TEXT}
)


# HTML5 void elements that libxml2's HTML parser (2.14) still treats as
# containers: it nests whatever follows them inside them.
VOID_UNKNOWN_TO_LIBXML2 = ("source", "track", "wbr", "embed")
VOID_END_TAG = re.compile(r"(<(source|track|wbr|embed)\b[^<>]*>)</\2>")


# huge_tree: without it libxml2 silently drops everything nested deeper than
# 255 elements, and whatever follows it: text lost.
PARSER = etree.HTMLParser(huge_tree=True)


class ParseLoss(ValueError):
    """The parsed tree would not show every word the browser shows."""


# A stray </body> or </html> in an article ("paste it before the </body> tag"):
# a browser ignores it and reads on, libxml2 stops reading there. A </br> typo
# is a line break to a browser, nothing to libxml2 (which joins the words
# either side). Each becomes a comment holding the tag, and is written back as
# it was (placeholders.py).
DOCUMENT_END_TAG = re.compile(r"</(?:body|html|br)\b[^<>]*>", re.I)
# Markup where libxml2 and a browser may still part ways: the words are
# compared then (rare, so the cost is paid by few articles).
DOCUMENT_MARKUP = re.compile(
    r"<(?:/?(?:html|body|head)\b|/br\b|plaintext\b|!doctype|!\[CDATA\[)", re.I
)


def parse(fragment: str) -> Element:
    """The article's HTML as the children of one wrapping element (its <body>).
    ParseLoss if libxml2 would lose words a browser shows."""
    if "\x00" in fragment:  # a browser drops it from text; libxml2 shows U+FFFD
        fragment = fragment.replace("\x00", "")
    if ("</" in fragment and DOCUMENT_END_TAG.search(fragment)) or ("<![" in fragment):
        fragment = KEPT_AS_WRITTEN.sub(kept_as_written, fragment)
    root = parse_body(fragment)
    if DOCUMENT_MARKUP.search(fragment):
        check_words(fragment, root)
    return root


def parse_body(fragment: str) -> Element:
    document = etree.fromstring(f"<html><body>{fragment}</body></html>", PARSER)
    root = document.find("body")
    if root is None:  # the fragment was all <head> material
        root = etree.SubElement(document, "body")
    document.remove(root)  # so walking up from any element stops at the wrapper
    for element in list(root.iter(*VOID_UNKNOWN_TO_LIBXML2)):
        empty_void_element(element)
    return root


def check_words(fragment: str, root: Element) -> None:
    """ParseLoss unless the tree holds the words Python's HTML parser (which,
    like a browser, reads on to the end) finds in the fragment."""
    reader = WordReader()
    reader.feed(fragment)
    reader.close()
    ours = etree.tostring(root, method="text", encoding="unicode")
    # Compared without whitespace: block boundaries are not spaces in a text dump.
    if "".join(ours.split()) != "".join(reader.words):
        raise ParseLoss("the parser would lose words a browser shows")


class WordReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words.extend(data.split())


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
    # (a call per child costs more).
    undo = keep_as_written(root)
    text = libxml2_html(root) if root.tag == "body" and not root.attrib else ""
    if text.startswith("<body>") and text.endswith("</body>"):
        text = text[len("<body>") : -len("</body>")]
    else:
        text = escape_text(root.text or "") + "".join(
            libxml2_html(child, tail=True) for child in root
        )
    put_back(undo)
    return finish(text, placed)


def finish(text: str, placed: list[str] | None) -> str:
    """Serialized HTML as it is written out: the placed HTML and what was kept
    as written put back (placeholders.py)."""
    text = put_in(text, placed)
    # libxml2 closes the void elements it doesn't know
    if any(f"</{name}>" in text for name in VOID_UNKNOWN_TO_LIBXML2):
        text = VOID_END_TAG.sub(r"\1", text)
    return text


def escape_text(text: str) -> str:
    return html.escape(text, quote=False)


def to_html(element: Element, tail: bool = False) -> str:
    """One element's HTML (a card's abstract, a summary's paragraph), written
    back as the author wrote it where libxml2 would not (see keep_as_written)."""
    if not isinstance(element.tag, str):  # a comment
        return finish(libxml2_html(element, tail), None)
    if element.tag in RAW_TEXT and element.text:
        text = raw_markup(element) + (escape_text(element.tail or "") if tail else "")
        return finish(text, None)
    undo = keep_as_written(element)
    text = libxml2_html(element, tail)
    put_back(undo)
    return finish(text, None)


def libxml2_html(element: Element, tail: bool = False) -> str:
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
