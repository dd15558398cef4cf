"""Pelican's intrasite links ({filename}, {static}, |filename|...) in what the
plugin writes outside an article's own HTML: speaker pages and JSON-LD.

Pelican resolves them in an article's HTML only. The cards keep the author's
{filename} links in that HTML, so Pelican resolves those; a speaker's link that
goes elsewhere is resolved here with Pelican's own replacer, once the whole
site is read.
"""

from __future__ import annotations

import html
import re
from typing import Any

INTRASITE = re.compile(r"^\s*(\{\w+\}|\|\w+\|)")
HREF = re.compile(r'href="([^"]*)"')


def is_intrasite(url: str | None) -> bool:
    return bool(url) and INTRASITE.match(url) is not None


def site_path(url: str, content: Any) -> str | None:
    """The path from the site's root ("blog/ana.html") that an intrasite link
    of `content` points at, or None if Pelican can't find its target."""
    update = getattr(content, "_update_content", None)
    if update is None:
        return None
    try:
        linked = update(f'<a href="{html.escape(url.strip())}"></a>', "")
    except Exception:  # Pelican's replacer on a value it can't read
        return None
    found = HREF.search(linked)
    path = html.unescape(found.group(1)) if found else ""
    if not path or is_intrasite(path):
        return None  # Pelican said "Unable to find" and left it as written
    return path.lstrip("/")


def absolute(url: str | None, content: Any, siteurl: str) -> str | None:
    """`url` for a page outside the article: an intrasite link made absolute
    with SITEURL (None without an absolute SITEURL, or if it points nowhere)."""
    if not is_intrasite(url):
        return url
    path = site_path(url, content)
    if path is None or not siteurl.startswith(("http://", "https://")):
        return None
    return f"{siteurl.rstrip('/')}/{path}"


def speakers_link_elsewhere(talks: Any) -> bool:
    """Whether a speaker's link is written {filename}/...: it resolves to another
    page's URL, which a cached JSON-LD's key doesn't cover (pages.py)."""
    known = getattr(talks, "links_elsewhere", None)  # stored_talks.StoredTalks
    if known is not None:
        return known
    return any(is_intrasite(s.url) for talk in talks for s in talk.speakers)
