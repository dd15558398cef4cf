"""Drawing: Talk objects become a list of cards.

A theme overrides the cards by providing templates/pelican_talks/talks.html
(or in THEME_TEMPLATES_OVERRIDES); the template we ship is the starting point
for that, and shows what the built-in cards look like. When no theme overrides
it, `cards_html` below draws the same markup directly: rendering the template
took about 90 us for a recap's four cards, drawing them directly 35 (a test
keeps the two identical). Everything is escaped; the article's text is only
ever data, never compiled as template code.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from html import escape as escape_html
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup

from .. import urls
from .model import Link, Speaker, Talk, TalkList

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


class Drawer:
    """Draws a TalkList as HTML for one build: the theme's template if it has
    one, else the built-in cards."""

    def __init__(self, pelican: Mapping[str, Any]) -> None:
        self.environment = environment(pelican)
        self.template = self.environment.get_template(TEMPLATE)
        self.overridden = self.template.filename != os.path.join(
            PACKAGE_TEMPLATES, TEMPLATE
        )

    def draw(
        self, talk_list: TalkList, heading_level: int, link: LinkRules = Link
    ) -> str:
        """`link` makes each link a card draws, with the rules links get."""
        # What the template shows is worked out here, once, rather than through
        # calls from the template: Jinja's calls cost more than the work itself.
        entries = [
            card(e, link) if isinstance(e, Talk) else {"html": Markup(e)}
            for e in talk_list.entries
        ]
        if not self.overridden:
            return cards_html(entries, heading_level)
        return self.template.render(entries=entries, level=heading_level)


# (href, the author's target, the author's rel) -> the Link to draw
LinkRules = Callable[[str, str | None, str | None], Link]


def card(talk: Talk, link: LinkRules = Link) -> dict[str, Any]:
    title_link = None
    if talk.title_url and talk.title:
        title_link = link(talk.title_url, talk.title_target, talk.title_rel)
    label = talk.kind_words or KIND_LABELS.get(talk.kind, talk.kind)
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
        "speakers": [
            {
                "speaker": s,
                "affiliation": affiliation(s),
                "profile": profile(s.url) if s.url else None,
                "link": link(s.url, s.link_target, s.link_rel) if s.url else None,
            }
            for s in talk.speakers
        ],
    }


def says_kind(title: str, label: str) -> bool:
    """Whether the title already starts with the kind ("Keynote: ..."): a badge
    or a "(Keynote)" beside it would say it twice."""
    return bool(label) and title.lstrip().casefold().startswith(label.casefold())


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


def text(value: str) -> str:
    """Escaped as Jinja's autoescape does (markupsafe: &#39; and &#34; for
    quotes), as a plain str: creating Markup objects cost a tenth of drawing."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )


def cards_html(entries: list[dict[str, Any]], level: int) -> str:
    """The markup of templates/pelican_talks/talks.html, drawn without Jinja."""
    out = ['<ul class="talk-cards" role="list">\n']
    for entry in entries:
        talk = entry.get("talk")
        if talk is None:
            out.append(f'<li class="talk-cards__other">{entry["html"]}</li>\n')
            continue
        kind, label = text(talk.kind), text(entry["kind_label"])
        untitled = "" if talk.title else " talk-card--untitled"
        out.append(f'<li class="talk-card talk-card--{kind}{untitled} h-event">\n')
        if talk.label:
            out.append(f'<p class="talk-card__label">{text(talk.label)}</p>\n')
        out.append(f'<h{level} class="talk-card__title p-name">')
        title_link = entry["title_link"]
        if title_link:
            out.append(
                f"<a{link_attributes(title_link, 'u-url')}>{text(talk.title)}"
                f"{title_link.label_html}</a>"
            )
        else:
            out.append(text(talk.title or entry["kind_label"]))
        out.append(f"</h{level}>\n")
        if entry["show_kind"]:
            out.append(
                f'<p class="talk-card__kind"><data class="p-category" '
                f'value="{kind}">{label}</data></p>\n'
            )
        else:
            out.append(f'<data class="p-category" value="{kind}"></data>\n')
        out.append('<p class="talk-card__speakers">')
        if talk.byline_words:
            out.append(f"{text(talk.byline_words)} ")
        for each in entry["speakers"]:
            speaker = each["speaker"]
            out.append(
                f'{text(speaker.joining_words)}<span class="talk-card__speaker '
                f'p-speaker h-card"><span class="p-name">{text(speaker.name)}'
                f"</span>{each['affiliation']}"
            )
            where, link = each["profile"], each["link"]
            if where and link:
                out.append(
                    f" <a{link_attributes(link, 'talk-card__profile u-url')}>"
                    f'<span class="talk-card__platform">{text(where.platform)}'
                    f"</span>{' ' + text(where.handle) if where.handle else ''}"
                    f"{link.label_html}</a>"
                )
            out.append("</span>")
        out.append("</p>\n")
        if entry["abstract"]:
            abstract = entry["abstract"]
            out.append(f'<div class="talk-card__abstract e-content">{abstract}</div>\n')
        out.append("</li>\n")
    out.append("</ul>")
    return "".join(out)


def link_attributes(link: Link, classes: str) -> str:
    """class, href, target and rel, in the template's order."""
    if link.css_class:
        classes = f"{classes} {link.css_class}"
    return (
        f' class="{text(classes)}" href="{text(link.href)}"'
        + (f' target="{text(link.target)}"' if link.target else "")
        + (f' rel="{text(link.rel)}"' if link.rel else "")
    )
