"""What the plugin adds to the pages Pelican writes, without a theme edit.

The page templates of Pelican's generators are given a small Template subclass
whose render() adds, before </head>: the plugin's stylesheet when the page
shows anything it styles (cards, images it sized, hidden new-tab labels), on
article pages and on index, category, tag and author listings alike, and the
JSON-LD of an article page whose article has cards. Nothing is read back from
disk.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from html import escape
from html.parser import HTMLParser
from typing import Any

import jinja2

from . import intrasite, marks, structured

SOURCE = os.path.join(os.path.dirname(__file__), "static", "talks.css")
OUTPUT_NAME = "pelican-talks/talks.css"
# The start of the cards' class: the author's own classes may follow it.
CARDS_MARK = 'class="talk-cards'
# What in a page needs the stylesheet: cards, and the classes the passes add.
STYLED_MARKS = (CARDS_MARK, marks.SIZED_IMAGE_CLASS, marks.NEW_TAB_LABEL_CLASS)


def copy_stylesheet(settings: Mapping[str, Any]) -> None:
    target = os.path.join(settings["OUTPUT_PATH"], OUTPUT_NAME)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(SOURCE, target)


def stylesheet_link(page: str, siteurl: str) -> str:
    """The <link> the page needs, or "" if it shows nothing the stylesheet
    styles or has it already."""
    # The marks first: a page with none is then read three times, not four.
    if not any(mark in page for mark in STYLED_MARKS) or OUTPUT_NAME in page:
        return ""
    # Pelican gives each page its SITEURL: the site's URL, or with RELATIVE_URLS
    # the way back to the output root ("." or "../.."), so this works for both.
    base = siteurl.rstrip("/")
    href = f"{base}/{OUTPUT_NAME}" if base else OUTPUT_NAME
    return f'<link rel="stylesheet" href="{escape(href)}">\n'


def structured_data(context: Mapping[str, Any], siteurl: str, scripts=None) -> str:
    """`scripts`: the build's ProcessedCache, which keeps what it made before."""
    article = context.get("article")
    talks = getattr(article, "talk_cards", None)
    if not talks:
        return ""

    def make() -> str:
        return structured.script(structured.event(article, talks, siteurl))

    html = getattr(article, "_content", None)
    if (
        scripts is None
        or not isinstance(html, str)
        or intrasite.speakers_link_elsewhere(talks)
    ):
        return make()
    return scripts.script(structured.event_inputs(article, siteurl), html, make)


class PageTemplate(jinja2.Template):
    """A theme's page template; the plugin sets the two switches per build."""

    link_stylesheet = False
    add_structured_data = False
    site_url = ""  # the site's absolute SITEURL, for JSON-LD's url
    used: frozenset[str] | set[str] = frozenset()  # per build: decorate() sets it
    scripts: Any = None  # the build's ProcessedCache, when Pelican's cache is on

    def render(self, *args: Any, **kwargs: Any) -> str:
        page = super().render(*args, **kwargs)
        if "</head>" not in page:
            return page
        context = args[0] if args and isinstance(args[0], Mapping) else kwargs
        extra = ""
        if self.link_stylesheet:
            link = stylesheet_link(page, str(context.get("SITEURL") or ""))
            if link:
                self.used.add("stylesheet")
            extra += link
        if self.add_structured_data:
            extra += structured_data(context, self.site_url, self.scripts)
        if not extra:
            return page
        head_end = end_of_head(page)
        if head_end < 0:
            return page
        if head_end == page.find("</head>"):
            # One copy of the page, not three (slices, then the sum).
            return page.replace("</head>", extra + "</head>", 1)
        return page[:head_end] + extra + page[head_end:]


def end_of_head(page: str) -> int:
    """Where the page's real </head> is. Text the theme writes in the head may
    read "</head>" too: an article's title in <title>, its summary with tags
    stripped in a <meta> (Pelican's own theme does that), so when there is
    more than one, the page is read as a browser reads it."""
    first = page.find("</head>")
    if first < 0 or page.find("</head>", first + 1) < 0:
        return first
    finder = HeadEnd()
    try:
        finder.feed(page)
    except HeadEnd.Found:
        line, column = finder.getpos()
        starts = [0] + [i + 1 for i, c in enumerate(page) if c == "\n"]
        return starts[line - 1] + column
    return -1


class HeadEnd(HTMLParser):
    """Stops at the </head> tag: not one in an attribute, a comment, a script
    or the <title> (whose text is text to a browser, markup to HTMLParser)."""

    class Found(Exception):
        pass

    in_title = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.in_title = self.in_title or tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if self.in_title:
            self.in_title = tag != "title"
        elif tag == "head":
            raise HeadEnd.Found


def decorate(
    environment: jinja2.Environment,
    css: bool,
    jsonld: bool,
    siteurl: str,
    used: set,
    scripts: Any = None,
) -> None:
    """Make the environment's templates add what this build asks for; `used`
    learns what the written pages needed (so the stylesheet is copied when a
    page links it, whether or not its article was processed in this build)."""
    environment.template_class = type(
        "PageTemplate",
        (PageTemplate,),
        {
            "link_stylesheet": css,
            "add_structured_data": jsonld,
            "site_url": siteurl,
            "used": used,
            "scripts": scripts,
        },
    )
