"""Parse an article's HTML once into a tree, and write the tree back once.

lxml, not BeautifulSoup: BeautifulSoup parses an article more slowly than
Pelican builds it, so only lxml fits the plugin's time budget (README,
Performance). Plain lxml.etree elements, not lxml.html's: those look up a
Python class for every element touched.
"""

from __future__ import annotations

import html
import re
import secrets
from html.parser import HTMLParser

from lxml import etree
from lxml.etree import _Comment, _Element

# Re-exported: the passes write them.
from .marks import NEW_TAB_LABEL_CLASS, SIZED_IMAGE_CLASS  # noqa: F401

Element = _Element

# Raw text for a browser (HTML5), but escaped again by libxml2's serializer.
RAW_TEXT = ("xmp", "iframe", "noembed", "noframes")

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
# it was (see finish()).
DOCUMENT_END_TAG = re.compile(r"</(?:body|html|br)\b[^<>]*>", re.I)
# What is kept as written besides: CDATA (text inside SVG and MathML, which
# libxml2 makes a comment). Comments, raw text and start tags are skipped: a
# tag in them is no tag (a comment ended early by its placeholder lost the
# words after it; one in an href reached the cards' links).
KEPT_AS_WRITTEN = re.compile(
    r"<!--(?:-?>|.*?--!?>|.*)"
    # To its end tag, or to the end, as a browser reads an unclosed one.
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes)(?=[\s/>])"
    r".*?(?:</\1(?=[\s/>])|\Z)"
    r"""|<[A-Za-z](?:"[^"]*(?:"|\Z)|'[^']*(?:'|\Z)|[^"'>])*>?"""
    r"|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    r"|</(?:body|html|br)\b[^<>]*>",
    re.I | re.S,
)
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


def kept_as_written(match: re.Match) -> str:
    found = match.group()
    if found.startswith("<![CDATA["):
        return f"<!--{PLACEHOLDER_WORD}-raw-{encoded(found)}-->"
    if found.startswith("</"):
        return f"<!--{PLACEHOLDER_WORD}-tag {found}-->"
    return found  # a comment, raw text or a start tag: left to the parser


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
    if placed:
        text = PLACEHOLDER.sub(lambda m: placed[int(m.group(1))], text)
    if PLACEHOLDER_WORD in text:
        # Raw text first: what it holds may hold the others (an <iframe>'s src).
        text = kept_raw(text)
        text = KEPT_TAG.sub(r"\1", text)
        text = KEPT_URL.sub(
            lambda m: html.escape(KEPT_TAG.sub(r"\1", decoded(m.group(1)))), text
        )
    # libxml2 closes the void elements it doesn't know
    if any(f"</{name}>" in text for name in VOID_UNKNOWN_TO_LIBXML2):
        text = VOID_END_TAG.sub(r"\1", text)
    return text


# A comment no author can have written: a new random word every run.
PLACEHOLDER_WORD = f"pelican-talks-{secrets.token_hex(8)}"
PLACEHOLDER = re.compile(f"<!--{PLACEHOLDER_WORD} ([0-9]+)-->")


KEPT_TAG = re.compile(f"<!--{PLACEHOLDER_WORD}-tag (</[^<>]*>)-->")
KEPT_URL = re.compile(f"{PLACEHOLDER_WORD}-url-([0-9a-f]*)")
KEPT_RAW = re.compile(f"<!--{PLACEHOLDER_WORD}-raw-([0-9a-f]*)-->")

# libxml2 writes these attributes percent-encoded ("a b\n" as "a%20b%0A"):
# an anchor's name stops matching, a wrapped link breaks. Values holding
# anything it would encode are written back byte for byte (finish()).
URL_ATTRIBUTES = etree.XPath(".//@href|.//@src|.//@action|.//a/@name")
ENCODED_BY_LIBXML2 = re.compile(r"[^A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]")


def keep_as_written(root: Element) -> list:
    """Stand self-describing placeholders in for what libxml2 would write
    differently from the tree: URL attributes it would encode, raw text it
    would escape. Returns what put_back() needs to undo this."""
    undo: list = []
    for value in URL_ATTRIBUTES(root):
        if ENCODED_BY_LIBXML2.search(value):
            owner, name = value.getparent(), value.attrname
            undo.append((owner, name, str(value)))
            owner.set(name, f"{PLACEHOLDER_WORD}-url-{encoded(value)}")
    for element in list(root.iter(*RAW_TEXT)):
        if element is root or not element.text:
            continue
        mark = etree.Comment(f"{PLACEHOLDER_WORD}-raw-{encoded(raw_markup(element))}")
        mark.tail = element.tail
        element.getparent().replace(element, mark)
        undo.append((mark, element))
    return undo


def raw_markup(element: Element) -> str:
    """A raw-text element (<xmp>, <iframe>...) as written: its text unescaped."""
    attributes = "".join(
        f' {name}="{html.escape(value)}"' for name, value in element.items()
    )
    return f"<{element.tag}{attributes}>{element.text}</{element.tag}>"


def kept_raw(text: str) -> str:
    return KEPT_RAW.sub(lambda m: kept_raw(decoded(m.group(1))), text)


def put_back(undo: list) -> None:
    for change in reversed(undo):
        if len(change) == 3:
            owner, name, value = change
            owner.set(name, value)
        else:
            mark, element = change
            mark.getparent().replace(mark, element)


def encoded(text: str) -> str:
    # Hex: nothing libxml2 would escape, and no "--" to end a comment.
    return text.encode("utf-8", "surrogatepass").hex()


def decoded(token: str) -> str:
    return bytes.fromhex(token).decode("utf-8", "surrogatepass")


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
