"""Drawing: Talk objects become a list of cards through a Jinja template.

The template ships as package data; a theme overrides it by providing
templates/pelican_talks/talks.html (or in THEME_TEMPLATES_OVERRIDES). The
environment escapes everything; the article's text is only ever passed in as
data, never compiled as template code.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from html import escape as escape_html
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from .. import urls
from .model import Speaker, Talk, TalkList

TEMPLATE = "pelican_talks/talks.html"
PACKAGE_TEMPLATES = os.path.join(
    os.path.dirname(os.path.dirname(__file__)), "templates"
)
KIND_LABELS = {
    "talk": "Talk",
    "lightning": "Lightning talk",
    "keynote": "Keynote",
    "workshop": "Workshop",
    "panel": "Panel",
}
PLATFORMS = (
    ("twitter.com", "X"),
    ("x.com", "X"),
    ("github.com", "GitHub"),
    ("gitlab.com", "GitLab"),
    ("linkedin.com", "LinkedIn"),
    ("bsky.app", "Bluesky"),
)
PLACEHOLDER = re.compile(r"\{(role|org)\}")


def environment(pelican: Mapping[str, Any]) -> jinja2.Environment:
    """Theme overrides first, then the theme, then our own template."""
    folders = [str(p) for p in pelican.get("THEME_TEMPLATES_OVERRIDES") or ()]
    theme = pelican.get("THEME")
    if theme:
        folders.append(os.path.join(str(theme), "templates"))
    folders.append(PACKAGE_TEMPLATES)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=True,
        # One build never sees its template change; checking the file's time
        # on every list drawn cost more than drawing it.
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def draw(talk_list: TalkList, env: jinja2.Environment, heading_level: int) -> str:
    # What the template shows is worked out here, once, rather than through
    # calls from the template: Jinja's calls cost more than the work itself.
    entries = [
        card(e) if isinstance(e, Talk) else {"html": Markup(e)}
        for e in talk_list.entries
    ]
    return env.get_template(TEMPLATE).render(entries=entries, level=heading_level)


def card(talk: Talk) -> dict[str, Any]:
    return {
        "talk": talk,
        "abstract": Markup(talk.abstract),
        "kind_label": talk.kind_words or KIND_LABELS.get(talk.kind, talk.kind),
        "speakers": [
            {
                "speaker": s,
                "affiliation": affiliation(s),
                "profile": profile(s.url) if s.url else None,
            }
            for s in talk.speakers
        ],
    }


def profile(url: str) -> dict[str, str]:
    """Where a profile link goes, for its label: platform and handle."""
    host = urls.host(url)
    path = [p for p in urlsplit(url).path.split("/") if p]
    for known, platform in PLATFORMS:
        if host == known or host.endswith("." + known):
            if platform == "LinkedIn" or not path:
                return {"platform": platform, "handle": ""}
            user = path[-1] if platform == "Bluesky" else path[0]
            return {"platform": platform, "handle": "@" + user.lstrip("@")}
    if path and path[0].startswith("@") and len(path) == 1:
        return {"platform": "Mastodon", "handle": f"{path[0]}@{host}"}
    return {"platform": "website", "handle": host.removeprefix("www.")}


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
        "role": f'<span class="p-job-title">{escape_html(speaker.role or "")}</span>',
        "org": f'<span class="p-org">{escape_html(speaker.org or "")}</span>',
    }
    pieces = PLACEHOLDER.split(words)
    return Markup(
        "".join(
            spans[piece] if index % 2 else escape_html(piece)
            for index, piece in enumerate(pieces)
        )
    )
