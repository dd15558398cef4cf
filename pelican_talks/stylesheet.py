"""The cards' stylesheet: copied into the output, linked from pages that show cards.

No theme edit: after Pelican writes a page, a page with cards gets one <link>
before </head>. TALKS_CSS = False leaves styling to the theme.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import Any

SOURCE = os.path.join(os.path.dirname(__file__), "static", "talks.css")
OUTPUT_NAME = "pelican-talks/talks.css"
CARDS_MARK = 'class="talk-cards"'


def copy_to_output(settings: Mapping[str, Any]) -> None:
    target = os.path.join(settings["OUTPUT_PATH"], OUTPUT_NAME)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(SOURCE, target)


def href(page_path: str, settings: Mapping[str, Any]) -> str:
    if settings.get("RELATIVE_URLS"):
        target = os.path.join(settings["OUTPUT_PATH"], OUTPUT_NAME)
        relative = os.path.relpath(target, os.path.dirname(os.path.abspath(page_path)))
        return relative.replace(os.sep, "/")
    return f"{(settings.get('SITEURL') or '').rstrip('/')}/{OUTPUT_NAME}"


def may_show_cards(context: Mapping[str, Any]) -> bool:
    """Whether a written page shows content with cards, from what it was made of."""
    shown = [context[k] for k in ("article", "page") if k in context]
    listing = context.get("articles_page")
    if listing is not None:
        shown += list(getattr(listing, "object_list", ()))
    return any(CARDS_MARK in (getattr(c, "_content", "") or "") for c in shown)


def link_from_page(page_path: str, settings: Mapping[str, Any]) -> bool:
    """Add the stylesheet link to a written page that shows cards; True if added."""
    try:
        with open(page_path, encoding="utf-8") as page:
            text = page.read()
    except (OSError, UnicodeDecodeError):
        return False
    if CARDS_MARK not in text or OUTPUT_NAME in text:
        return False
    head_end = text.find("</head>")
    if head_end < 0:
        return False
    link = f'<link rel="stylesheet" href="{href(page_path, settings)}">\n'
    text = text[:head_end] + link + text[head_end:]
    with open(page_path, "w", encoding="utf-8") as page:
        page.write(text)
    return True
