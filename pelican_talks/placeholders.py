"""Placeholders: comments that stand in for markup while lxml holds an
article's tree, swapped back when the tree is written (markup.serialize).

- HTML a pass placed (the cards): put_placeholder() when it is drawn.
- What libxml2 would read or write differently from the author, kept as
  written: stray end tags and CDATA (hidden before parsing), URL attributes it
  would percent-encode and raw text it would escape again (hidden while
  serializing).

Every placeholder holds PLACEHOLDER_WORD, so put_in() finds only its own.
"""

from __future__ import annotations

import html
import re
import secrets

from lxml import etree
from lxml.etree import _Comment, _Element

# Raw text for a browser (HTML5), but escaped again by libxml2's serializer.
RAW_TEXT = ("xmp", "iframe", "noembed", "noframes")

# A comment no author can have written: a new random word every run.
PLACEHOLDER_WORD = f"pelican-talks-{secrets.token_hex(8)}"
PLACEHOLDER = re.compile(f"<!--{PLACEHOLDER_WORD} ([0-9]+)-->")


KEPT_TAG = re.compile(f"<!--{PLACEHOLDER_WORD}-tag (</[^<>]*>)-->")
KEPT_URL = re.compile(f"{PLACEHOLDER_WORD}-url-([0-9a-f]*)")
KEPT_RAW = re.compile(f"<!--{PLACEHOLDER_WORD}-raw-([0-9a-f]*)-->")

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


def kept_as_written(match: re.Match) -> str:
    found = match.group()
    if found.startswith("<![CDATA["):
        return f"<!--{PLACEHOLDER_WORD}-raw-{encoded(found)}-->"
    if found.startswith("</"):
        return f"<!--{PLACEHOLDER_WORD}-tag {found}-->"
    return found  # a comment, raw text or a start tag: left to the parser


def put_placeholder(element: _Element, index: int) -> None:
    """Stand a comment in for `element`; put_in() puts placed[index] there."""
    mark = etree.Comment(f"{PLACEHOLDER_WORD} {index}")
    mark.tail = element.tail
    element.getparent().replace(element, mark)


def is_placeholder(node: object) -> bool:
    return isinstance(node, _Comment) and (node.text or "").startswith(PLACEHOLDER_WORD)


# libxml2 writes these attributes percent-encoded ("a b\n" as "a%20b%0A"):
# an anchor's name stops matching, a wrapped link breaks. Values holding
# anything it would encode are written back byte for byte (put_in()).
URL_ATTRIBUTES = etree.XPath(".//@href|.//@src|.//@action|.//a/@name")
ENCODED_BY_LIBXML2 = re.compile(r"[^A-Za-z0-9\-_.!~*'()@/:=?;#%&,+<>]")


def keep_as_written(root: _Element) -> list:
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


def raw_markup(element: _Element) -> str:
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


def put_in(text: str, placed: list[str] | None) -> str:
    """Serialized HTML with placed[i] where put_placeholder(..., i) stood, and
    what was kept as written back as it was."""
    if placed:

        def placed_html(match: re.Match) -> str:
            # A list's cards may hold cards placed before them: the talks nested
            # in an item the cards keep as written.
            return PLACEHOLDER.sub(placed_html, placed[int(match.group(1))])

        text = PLACEHOLDER.sub(placed_html, text)
    if PLACEHOLDER_WORD in text:
        # Raw text first: what it holds may hold the others (an <iframe>'s src).
        text = kept_raw(text)
        text = KEPT_TAG.sub(r"\1", text)
        text = KEPT_URL.sub(
            lambda m: html.escape(KEPT_TAG.sub(r"\1", decoded(m.group(1)))), text
        )
    return text
