"""Drawing: Talk objects become a list of cards.

A theme overrides the cards by providing templates/pelican_talks/talks.html
(or in THEME_TEMPLATES_OVERRIDES); the template we ship is the starting point
for that, and shows what the built-in cards look like. When no theme overrides
it, `built_in_cards.cards_html` draws the same markup directly, in less than
half the time (a test keeps the two identical). Everything is escaped; the
article's text is only ever data, never compiled as template code.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from html import escape
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup

from .. import theme, urls
from ..theme import CARDS as TEMPLATE
from ..theme import PACKAGE_TEMPLATES
from .attributes import ATTRIBUTE_NAME, Authored, text
from .built_in_cards import cards_html
from .model import Link, Speaker, Talk, TalkList, says_kind
from .words import clock

PLATFORMS = (
    ("twitter.com", "X"),
    ("x.com", "X"),
    ("github.com", "GitHub"),
    ("gitlab.com", "GitLab"),
    ("linkedin.com", "LinkedIn"),
    ("bsky.app", "Bluesky"),
)
PLACEHOLDER = re.compile(r"\{(role|org)\}")


class DrawingError(Exception):
    """The card template could not be loaded or rendered; names its file."""


class Drawer:
    """Draws a TalkList as HTML for one build: the theme's template if it has
    one, else the built-in cards. `theme` is the theme's Jinja environment
    (Pelican's generators make it); without one, one is made the same way."""

    def __init__(
        self, pelican: Mapping[str, Any], theme_env: jinja2.Environment | None = None
    ) -> None:
        base = theme_env or theme.pelican_environment(pelican)
        self.environment = theme.cards_environment(base)
        self.files = theme.template_files(self.environment, TEMPLATE)
        self.failure = ""
        # Which file the theme's environment finds, without compiling it (16
        # ms): the built-in cards are drawn without Jinja.
        try:
            found = self.environment.loader.get_source(self.environment, TEMPLATE)[1]
        except jinja2.TemplateError:
            found = None
        self.overridden = found != os.path.join(PACKAGE_TEMPLATES, TEMPLATE)

    @functools.cached_property
    def template(self) -> jinja2.Template | None:
        """The card template, compiled when first drawn with; None if it fails."""
        try:
            return self.environment.get_template(TEMPLATE)
        except jinja2.TemplateError as error:
            self.failure = failure(error, self.files)
            return None

    def draw(
        self,
        talk_list: TalkList,
        heading_level: int,
        link: LinkRules = Link,
        author: Authored | None = None,
    ) -> str:
        """`link` makes each link a card draws, with the rules links get;
        `author` the attributes the author gave the list and its items.
        DrawingError if an overriding template fails."""
        # What the template shows is worked out here, once, rather than through
        # calls from the template: Jinja's calls cost more than the work itself.
        entries = [
            card(e, link) if isinstance(e, Talk) else {"html": Markup(e)}
            for e in talk_list.entries
        ]
        author = author or Authored()
        items = iter(author.items)
        for entry in entries:
            classes, attributes = next(items, ("", ""))
            entry["classes"], entry["attributes"] = classes, Markup(attributes)
        if not self.overridden:
            return cards_html(entries, heading_level, author)
        if self.template is None:
            raise DrawingError(self.failure)
        try:
            return self.template.render(
                entries=entries,
                level=heading_level,
                list_tag=author.tag,
                list_classes=author.classes,
                list_attributes=Markup(author.attributes),
            )
        except Exception as error:  # a theme's template: anything can go wrong
            raise DrawingError(failure(error, self.files)) from error


def failure(error: Exception, files: list[str]) -> str:
    where = getattr(error, "filename", None) or (files[0] if files else TEMPLATE)
    line = getattr(error, "lineno", None)
    return f"{where}{f':{line}' if line else ''}: {type(error).__name__}: {error}"


# (href, the author's target, the author's rel) -> the Link to draw
LinkRules = Callable[[str, str | None, str | None], Link]


def card(talk: Talk, link: LinkRules = Link) -> dict[str, Any]:
    title_link = None
    if talk.title_url and talk.title:
        title_link = link(talk.title_url, talk.title_target, talk.title_rel)
    label = talk.kind_label
    return {
        "talk": talk,
        "title_link": title_link,
        "abstract": Markup(talk.abstract),
        "kind_label": label,
        "show_kind": bool(
            talk.title
            and (talk.kind != "talk" or talk.kind_words)
            and not says_kind(talk.title, label)
        ),
        "clock": clock(talk.time) if talk.time else None,  # HH:MM for <time>
        "resources": [(r.text, link(r.url, r.target, r.rel)) for r in talk.resources],
        "speakers": [speaker_entry(s, link) for s in talk.speakers],
    }


def speaker_entry(speaker: Speaker, link: LinkRules) -> dict[str, Any]:
    made = None
    if speaker.url:
        made = link(speaker.url, speaker.link_target, speaker.link_rel)
    entry = {
        "speaker": speaker,
        "affiliation": affiliation(speaker),
        "profile": profile(speaker.url) if speaker.url else None,
        "link": made,
        "link_classes": "",  # always there, for themes with StrictUndefined
        "link_attributes": Markup(""),
    }
    if speaker.link_attributes and made is not None:
        # The author's classes, hreflang, title... on the link, kept.
        drawn = set((made.css_class or "").split())
        classes = [
            c
            for k, v in speaker.link_attributes
            if k == "class"
            for c in v.split()
            if c not in drawn
        ]
        entry["link_classes"] = " ".join(classes)
        entry["link_attributes"] = Markup(
            "".join(
                f' {k}="{text(v)}"'
                for k, v in speaker.link_attributes
                if k != "class" and ATTRIBUTE_NAME.fullmatch(k)
            )
        )
    return entry


class Profile(NamedTuple):
    platform: str  # "GitHub", "Mastodon"... or "website"
    handle: str  # "@ana", "ana@host", a host, or ""


@functools.lru_cache(maxsize=1024)  # the same people speak again and again
def profile(url: str) -> Profile:
    """Where a profile link goes, for its label: platform and handle."""
    host = urls.host(url)
    path = [p for p in urls.path(url).split("/") if p]
    for known, platform in PLATFORMS:
        if host == known or host.endswith("." + known):
            if platform == "LinkedIn" or not path:
                return Profile(platform, "")
            user = path[-1] if platform == "Bluesky" else path[0]
            return Profile(platform, "@" + user.lstrip("@"))
    if path and path[0].startswith("@") and len(path) == 1:
        return Profile("Mastodon", f"{path[0]}@{host}")
    return Profile("website", host.removeprefix("www."))


def affiliation(speaker: Speaker) -> Markup:
    """Role and organisation in the author's own words, marked up for mf2."""
    if not speaker.role and not speaker.org:
        return Markup("")
    words = speaker.affiliation_words
    if words is None:
        words = " · " + ", ".join(
            p for p, v in (("{role}", speaker.role), ("{org}", speaker.org)) if v
        )
    spans = {
        "role": f'<span class="p-job-title">{escape(speaker.role or "")}</span>',
        "org": f'<span class="p-org">{escape(speaker.org or "")}</span>',
    }
    pieces = PLACEHOLDER.split(words)
    return Markup(
        "".join(
            spans[piece] if index % 2 else escape(piece)
            for index, piece in enumerate(pieces)
        )
    )
