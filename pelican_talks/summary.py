"""WordPress's `<!--more-->`: the summary is everything before the marker.

Imported posts are full of it; without this, Pelican cuts summaries by word
count and runs past where the author meant the teaser to stop.
"""

from __future__ import annotations

import copy

from lxml import etree

from . import html

MARKER = "<!--more-->"


def before_marker(root: html.Element, placed: list[str] | None = None) -> str | None:
    """The HTML before the first <!--more--> comment, tags closed; None if none.
    `placed`: the HTML that stands in for placeholders (html.serialize)."""
    marker = next(
        (
            node
            for node in root.iter(etree.Comment)
            if (node.text or "").strip() == "more"
        ),
        None,
    )
    if marker is None:
        return None
    # The top-level element holding the marker is the only one to cut; the ones
    # before it are written whole, and only the cut one is copied.
    holder = marker
    while holder.getparent() is not root:
        holder = holder.getparent()
    pieces = [html.escape_text(root.text or "")]
    for child in root:
        if child is holder:
            break
        pieces.append(html.to_html(child, tail=True))
    if holder is not marker:
        pieces.append(html.to_html(cut_copy(holder, marker)))
    text = html.finish("".join(pieces), placed).strip()
    return text or None


def cut_copy(holder: html.Element, marker: html.Element) -> html.Element:
    """A copy of `holder` with the marker and everything after it removed."""
    path = []
    node = marker
    while node is not holder:
        parent = node.getparent()
        path.append(parent.index(node))
        node = parent
    copy_ = copy.deepcopy(holder)
    copy_.tail = None
    node = copy_
    for index in reversed(path):
        for later in list(node)[index + 1 :]:
            node.remove(later)
        node = node[index]
        node.tail = None  # text after this element comes after the marker too
    node.getparent().remove(node)  # the marker itself
    return copy_
