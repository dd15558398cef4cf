"""Feed entries as a feed reader shows them: without the plugin's stylesheet.

Feed readers drop a site's styles, so what the stylesheet hides or protects in
pages would show or break in feeds. Before Pelican writes a feed, each entry
loses the hidden new-tab labels (a reader decides itself where links open, so
"(opens in a new tab)" would be visible and untrue there) and the width and
height the plugin gave images (a reader's `max-width: 100%` without
`height: auto` would squash them).
"""

from __future__ import annotations

import re
from typing import Any

from . import marks

LABEL = re.compile(f'<span class="{marks.NEW_TAB_LABEL_CLASS}">[^<]*</span>')
SIZED_IMAGE = re.compile(f"<img [^>]*\\b{marks.SIZED_IMAGE_CLASS}\\b[^>]*>")
# The figures pass sets width and height one after the other: lxml writes them
# side by side, in that order.
SIZE = re.compile(r' width="[0-9]+" height="[0-9]+"')
FIELDS = ("description", "content")


def plain(text: str) -> str:
    """An entry's HTML without labels and without the sizes the plugin added."""
    if marks.NEW_TAB_LABEL_CLASS in text:
        text = LABEL.sub("", text)
    if marks.SIZED_IMAGE_CLASS in text:
        text = SIZED_IMAGE.sub(lambda m: SIZE.sub("", m.group(0), count=1), text)
    return text


def clean_feed(feed: Any) -> None:
    """Pelican's feed_generated: the feed is built but not yet written."""
    for item in getattr(feed, "items", ()):
        for name in FIELDS:
            value = item.get(name)
            if isinstance(value, str):
                item[name] = plain(value)
