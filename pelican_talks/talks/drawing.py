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
from html import escape
from typing import Any, NamedTuple

import jinja2
from markupsafe import Markup

from .. import theme, urls
from ..theme import CARDS as TEMPLATE
from ..theme import PACKAGE_TEMPLATES
from .attributes import ATTRIBUTE_NAME, Authored, text
from .model import Link, Speaker, Talk, TalkList
from .words import clock

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
        self.template: jinja2.Template | None = None
        self.failure = ""
        try:
            self.template = self.environment.get_template(TEMPLATE)
        except jinja2.TemplateError as error:
            self.failure = failure(error, self.files)
        self.overridden = self.template is None or self.template.filename != (
            os.path.join(PACKAGE_TEMPLATES, TEMPLATE)
        )

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
        "clock": clock(talk.time) if talk.time else None,  # HH:MM for <time>
        "resources": [(r.text, link(r.url, r.target, r.rel)) for r in talk.resources],
        "speakers": [speaker_entry(s, link) for s in talk.speakers],
    }


def says_kind(title: str, label: str) -> bool:
    """Whether the title already starts with the kind ("Keynote: ..."): a badge
    or a "(Keynote)" beside it would say it twice."""
    return bool(label) and title.lstrip().casefold().startswith(label.casefold())


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


def cards_html(
    entries: list[dict[str, Any]], level: int, author: Authored | None = None
) -> str:
    """The markup of templates/pelican_talks/talks.html, drawn without Jinja."""
    author = author or Authored()
    more = f" {author.classes}" if author.classes else ""
    out = [f'<{author.tag} class="talk-cards{more}" role="list"{author.attributes}>\n']
    for entry in entries:
        talk = entry.get("talk")
        classes = entry.get("classes")
        more, attributes = f" {classes}" if classes else "", entry.get("attributes", "")
        if talk is None:
            html = entry["html"]
            out.append(f'<li class="talk-cards__other{more}"{attributes}>{html}</li>\n')
            continue
        kind, label = text(talk.kind), text(entry["kind_label"])
        untitled = "" if talk.title else " talk-card--untitled"
        out.append(
            f'<li class="talk-card talk-card--{kind}{untitled}{more} h-event"'
            f"{attributes}>\n"
        )
        if talk.time or talk.label or talk.room:
            out.append('<p class="talk-card__label">')
            if at := entry["clock"]:
                out.append(
                    f'<time class="talk-card__time dt-start" datetime="{at}">'
                    f"{text(talk.time)}</time>"
                )
            else:
                out.append(text(talk.time))
            if talk.time and talk.label:
                out.append(" ")
            out.append(text(talk.label))
            if talk.room:
                space = " " if talk.time or talk.label else ""
                out.append(
                    f'{space}<span class="talk-card__room p-location">'
                    f"{text(talk.room)}</span>"
                )
            out.append("</p>\n")
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
                f'p-speaker h-card">{honorific(speaker)}<span class="p-name">'
                f"{text(speaker.name)}</span>{each['affiliation']}"
            )
            where, link = each["profile"], each["link"]
            if where and link:
                classes = "talk-card__profile u-url"
                if each.get("link_classes"):
                    classes += " " + each["link_classes"]
                more = each.get("link_attributes", "")
                out.append(
                    f" <a{link_attributes(link, classes)}{more}>"
                    f'<span class="talk-card__platform">{text(where.platform)}'
                    f"</span>{' ' + text(where.handle) if where.handle else ''}"
                    f"{link.label_html}</a>"
                )
            out.append("</span>")
        out.append("</p>\n")
        if entry["resources"]:
            out.append('<p class="talk-card__resources">')
            out.append(
                " ".join(
                    f"<a{link_attributes(link, 'talk-card__resource')}>{text(words)}"
                    f"{link.label_html}</a>"
                    for words, link in entry["resources"]
                )
            )
            out.append("</p>\n")
        if entry["abstract"]:
            abstract = entry["abstract"]
            out.append(f'<div class="talk-card__abstract e-content">{abstract}</div>\n')
        out.append("</li>\n")
    out.append(f"</{author.tag}>")
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


def honorific(speaker: Speaker) -> str:
    """ "Dr.", "Prof. Dr." before the name, as the author wrote it."""
    if not speaker.honorific:
        return ""
    return f'<span class="p-honorific-prefix">{text(speaker.honorific)}</span> '
