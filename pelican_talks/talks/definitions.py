"""reST definition lists as talk lists: `<dl><dt>Title</dt><dd>Speaker ...</dd></dl>`.

docutils writes a definition list for "Title" followed by an indented "Speaker
...". Each term and its definition are read as one item would be written,
"**Title**: Speaker ...": the term is emphasised, as it is on the page. A
programme may instead put the talk's whole line in the term and its abstract
in the definition; the list is then read that way too (programme_items), and
the reading that reads more of its items wins (finding.read_one_list). These
items are built for reading only; a definition list is drawn only when every
one of its terms reads as a talk, so none of them is ever written out.
"""

from __future__ import annotations

import copy

from lxml import etree

from .. import markup

# No talk's term and definition are this long (as passes/cards.py MAX_ITEM_TEXT).
MAX_TEXT = 5_000


def definition_items(element: markup.Element) -> list[markup.Element] | None:
    """One <li> per term and its definition, or None unless the list is only
    terms each followed by one definition (no text between, no nesting)."""
    if (element.text or "").strip():
        return None
    if any(sum(map(len, child.itertext())) > MAX_TEXT for child in element):
        return None  # (reading costs more than linear time in an item's length)
    children = [c for c in element if not markup.is_comment(c)]
    if not children or len(children) % 2:
        return None
    if any((child.tail or "").strip() for child in element):
        return None
    terms, definitions = children[0::2], children[1::2]
    if any(t.tag != "dt" for t in terms) or any(d.tag != "dd" for d in definitions):
        return None
    pairs = zip(terms, definitions, strict=True)
    return [as_item(term, definition) for term, definition in pairs]


def programme_items(items: list[markup.Element]) -> list[markup.Element]:
    """The same items read the other way a programme writes them: the term is
    the whole line of the talk ("18:45, Room 1 - Ana Ruiz (Acme): Title"),
    the definition its abstract, a paragraph after it."""
    return [as_line(item) for item in items]


def as_line(item: markup.Element) -> markup.Element:
    line = etree.Element("li")
    term = item[0]  # as_item's <strong>: the term
    line.text = term.text
    for child in term:
        line.append(copy.deepcopy(child))
    rest = etree.SubElement(line, "p")
    rest.text = (term.tail or "").removeprefix(": ")
    for child in item[1:]:
        rest.append(copy.deepcopy(child))
    return line


def as_item(term: markup.Element, definition: markup.Element) -> markup.Element:
    """ "<li><strong>term</strong>: definition</li>", the definition's first
    paragraph inline and its other blocks after it."""
    item = etree.Element("li")
    title = copy.deepcopy(term)
    title.tag, title.tail = "strong", ": "
    title.attrib.clear()
    item.append(title)
    blocks = list(definition)
    first = blocks[0] if blocks and blocks[0].tag == "p" else None
    if first is not None and not (definition.text or "").strip():
        title.tail += first.text or ""
        for child in first:
            item.append(copy.deepcopy(child))
        item[-1].tail = (item[-1].tail or "") + (first.tail or "")
        blocks = blocks[1:]
    else:
        title.tail += definition.text or ""
    for block in blocks:
        item.append(copy.deepcopy(block))
    return item
