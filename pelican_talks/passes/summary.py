"""Summaries that end where the author meant, never inside a talk card.

- WordPress's `<!--more-->`: the summary is everything before the marker.
  Imported posts are full of it; without this, Pelican cuts summaries by word
  count and runs past where the author meant the teaser to stop.
- An article with cards and no marker: Pelican would cut its 50 words anywhere,
  often inside a card, and index pages and feeds would show half a card. Its
  summary is the text before the first card list instead, whole blocks while
  they fit in SUMMARY_MAX_LENGTH words (and SUMMARY_MAX_PARAGRAPHS blocks),
  the first block cut by Pelican's own truncation if it alone is too long.
- Any other article: the summary Pelican itself would cut (pelicans_cut),
  worked out once from the processed HTML and kept in the plugin's cache.
  Pelican cuts it again on every build, parsing each article's HTML a second
  time; a warm rebuild with the cache doesn't.

Either way an author's `Summary:` metadata wins (plugin.py). The summary is
the last pass: it reads the tree the others left, card lists standing as
placeholders, and changes nothing in the article.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from lxml import etree
from pelican import utils
from pelican.utils import truncate_html_paragraphs, truncate_html_words

from .. import markup
from ..pipeline import ArticleWork
from ..placeholders import is_placeholder

MARKER = "<!--more-->"
# An attribute holding one of Pelican's {filename}-style links (or |filename|).
INTRASITE_LINK = re.compile(r"""=\s*["'][{|]""")
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class SummaryPass:
    name = "summary"  # no TALKS_SUMMARY switch: Pelican's SUMMARY_* settings

    def wants(self, article: ArticleWork) -> bool:
        # The marker, or card lists the cards pass placed before this ran.
        return MARKER in article.source or bool(article.placed)

    def run(self, root: markup.Element, article: ArticleWork) -> int:
        placed = article.placed
        summary = before_marker(root, placed) if MARKER in article.source else None
        if summary is None and placed:
            summary = before_cards(root, placed, article.build.pelican)
        article.summary = summary
        return 0  # the article itself is unchanged


def pelicans_cut(html: str, pelican: Mapping[str, Any]) -> str | None:
    """What Pelican's Content.get_summary cuts from an article's HTML when it
    has no Summary: line, with Pelican's own functions, so it is the same
    summary. None when Pelican would treat ours otherwise than its own: with
    "summary" out of FORMATTED_FIELDS it would not make the summary's links
    point into the site, and with RELATIVE_URLS it makes them relative to each
    page its own summary is shown on, ours once for all pages."""
    if "summary" not in pelican.get("FORMATTED_FIELDS", ["summary"]):
        return None
    if pelican.get("RELATIVE_URLS") and INTRASITE_LINK.search(html):
        return None  # even after the summary's end: not worth a parse to know
    max_paragraphs = pelican.get("SUMMARY_MAX_PARAGRAPHS")
    if max_paragraphs is not None:
        html = truncate_html_paragraphs(html, max_paragraphs)
    max_words = pelican.get("SUMMARY_MAX_LENGTH", 50)
    if max_words is not None:
        html = truncate_html_words(
            html, max_words, pelican.get("SUMMARY_END_SUFFIX", "…")
        )
    strip_toc = getattr(utils, "strip_toc_elements_from_html", None)  # Pelican 4.12
    return strip_toc(html) if strip_toc is not None else html


def before_marker(root: markup.Element, placed: list[str] | None = None) -> str | None:
    """The HTML before the first <!--more--> comment, tags closed; None if none.
    `placed`: the HTML that stands in for placeholders (markup.serialize)."""
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
    pieces = [markup.escape_text(root.text or "")]
    for child in root:
        if child is holder:
            break
        pieces.append(markup.to_html(child, tail=True))
    if holder is not marker:
        pieces.append(markup.to_html(cut_copy(holder, marker)))
    text = markup.finish("".join(pieces), placed).strip()
    return text or None


def cut_copy(holder: markup.Element, marker: markup.Element) -> markup.Element:
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


def before_cards(
    root: markup.Element, placed: list[str], pelican: Mapping[str, Any]
) -> str | None:
    """The summary of an article whose card lists stand as placeholders in
    `root`; None when Pelican's own summary can't cut a card (no length limit)."""
    max_words = pelican.get("SUMMARY_MAX_LENGTH")
    if max_words is None:
        return None  # Pelican's summary is the whole article: every card whole
    max_blocks = pelican.get("SUMMARY_MAX_PARAGRAPHS")
    suffix = pelican.get("SUMMARY_END_SUFFIX", "…")
    lead = markup.escape_text(root.text or "")
    words = len(lead.split())
    taken: list[markup.Element] = []
    cut = ""
    for child in root:
        if shows_cards(child):
            if words:
                break
            continue  # nothing before the first card list: what follows it
        count = len(markup.visible_text(child).split())
        if words + count > max_words:
            if not words:  # one long first block: Pelican's cut, tags closed
                block = markup.to_html(child, tail=True)
                cut = truncate_html_words(block, max_words, suffix)
            break
        taken.append(child)
        words += count
        if max_blocks is not None and len(taken) >= int(max_blocks):
            break
    while taken and not cut and taken[-1].tag in HEADINGS:
        taken.pop()  # a heading that announced the cards announces nothing here
    pieces = [lead, *(markup.to_html(e, tail=True) for e in taken), cut]
    return markup.finish("".join(pieces), placed).strip()


def shows_cards(element: markup.Element) -> bool:
    """Whether a card list stands at or inside this top-level element."""
    if is_placeholder(element):
        return True
    return any(is_placeholder(c) for c in element.iter(etree.Comment))
