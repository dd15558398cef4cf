"""WordPress's `<!--more-->`: the summary is everything before the marker.

Imported posts are full of it; without this, Pelican cuts summaries by word
count and runs past where the author meant the teaser to stop.
"""

from __future__ import annotations

import copy

from . import html

MARKER = "<!--more-->"


def before_marker(root: html.Element) -> str | None:
    """The HTML before the first <!--more--> comment, tags closed; None if none."""
    marker = next(
        (
            node
            for node in root.iter()
            if html.is_comment(node) and (node.text or "").strip() == "more"
        ),
        None,
    )
    if marker is None:
        return None
    # Cut a copy, not the article: find the marker in the copy by position.
    position = list(root.iter()).index(marker)
    teaser = copy.deepcopy(root)
    node = list(teaser.iter())[position]
    parent = node.getparent()
    while node is not teaser:
        for later in list(node.itersiblings()):
            parent.remove(later)
        node.tail = None
        node, parent = parent, parent.getparent()
    cut = list(teaser.iter())[position]
    cut.getparent().remove(cut)  # with its tail already cleared, this drops only it
    text = html.serialize(teaser).strip()
    return text or None
