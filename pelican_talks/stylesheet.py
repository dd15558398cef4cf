"""The cards' stylesheet: copied into the output, linked from pages that show cards.

No theme edit: the page templates of Pelican's generators are given a small
subclass whose render() adds one <link> before </head> when the page it just
rendered shows cards. Nothing is read back from disk. TALKS_CSS = False
leaves styling to the theme.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from typing import Any

import jinja2

SOURCE = os.path.join(os.path.dirname(__file__), "static", "talks.css")
OUTPUT_NAME = "pelican-talks/talks.css"
CARDS_MARK = 'class="talk-cards"'


def copy_to_output(settings: Mapping[str, Any]) -> None:
    target = os.path.join(settings["OUTPUT_PATH"], OUTPUT_NAME)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(SOURCE, target)


def with_link(page: str, siteurl: str) -> str:
    """The page with the stylesheet linked, if it shows cards and lacks the link."""
    if CARDS_MARK not in page or OUTPUT_NAME in page:
        return page
    head_end = page.find("</head>")
    if head_end < 0:
        return page
    # Pelican gives each page its SITEURL: the site's URL, or with RELATIVE_URLS
    # the way back to the output root ("." or "../.."), so this works for both.
    base = siteurl.rstrip("/")
    href = f"{base}/{OUTPUT_NAME}" if base else OUTPUT_NAME
    link = f'<link rel="stylesheet" href="{href}">\n'
    return page[:head_end] + link + page[head_end:]


class PageTemplate(jinja2.Template):
    """A theme's page template that links the cards' stylesheet where needed."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        page = super().render(*args, **kwargs)
        context = args[0] if args and isinstance(args[0], Mapping) else kwargs
        return with_link(page, str(context.get("SITEURL") or ""))


def link_from_pages(environment: jinja2.Environment) -> None:
    environment.template_class = PageTemplate
