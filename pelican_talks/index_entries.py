"""What the talks index lists: each recap as an event with its talks, newest
first, and a page per speaker with all their talks, reconciled across
articles. Imported only when the index is written: an unchanged rebuild keeps
the pages (index_cache.py) and never needs it."""

from __future__ import annotations

import hashlib
import os
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from anyascii import anyascii
from pelican.utils import slugify

from . import intrasite, urls
from .settings import TalksSettings
from .talks.directory import folded
from .talks.model import KIND_LABELS, Speaker, Talk, says_kind


@dataclass
class SpeakerPage:
    name: str
    url: str  # the page's URL, relative to the site root
    save_as: str
    profile: str | None = None
    role: str | None = None
    org: str | None = None
    talks: list[tuple[Any, Talk]] = field(default_factory=list)  # (article, talk)


@dataclass
class TalkRow:
    """A talk as the index lists it. Not a dict: Jinja looks row.talk up as an
    attribute first, and on a dict each lookup raised and was caught (4 per
    row, 19,000 for 600 recaps). Themes' row["talk"] still works: Jinja falls
    back to the attribute."""

    talk: Talk
    label: str  # its kind's words: "Keynote"
    show_kind: bool  # False when the title says the kind already
    speakers: list[SpeakerPage]


@dataclass
class Event:
    article: Any
    talks: list[TalkRow]


def with_talks(article: Any) -> Any:
    """The article, or the first of its translations with talks in it: talks
    written only in a translation are in the index too."""
    for version in (article, *(getattr(article, "translations", None) or ())):
        if getattr(version, "talk_cards", None):
            return version
    return None


def collect(
    articles, settings: TalksSettings, save_as: str, pelican: Any, taken=frozenset()
):
    """Events newest first, and the speakers reconciled across articles."""
    directory = {folded(name): name for name in settings.speakers}
    folder = os.path.dirname(save_as)
    speakers: dict[str, SpeakerPage] = {}
    used = {save_as, *taken}  # file names no speaker page may take
    events = []
    ordered = sorted(
        (a for a in map(with_talks, articles) if a is not None),
        key=lambda a: getattr(a, "date", None) or 0,
        reverse=True,
    )
    for article in map(ArticleView, ordered):
        rows = []
        for talk in article.talk_cards:
            pages = [
                speaker_page(s, article, directory, speakers, folder, pelican, used)
                for s in talk.speakers
            ]
            for page in pages:
                page.talks.append((article, talk))
            label = KIND_LABELS.get(talk.kind, talk.kind)
            # "Keynote: ..." needs no "(Keynote)" after it.
            shown = talk.kind != "talk" and not says_kind(talk.title or "", label)
            rows.append(TalkRow(talk, label, shown, pages))
        events.append(Event(article, rows))
    return events, speakers


class ArticleView:
    """An article as the index pages read it: each attribute looked up once.
    Pelican works an article's url out anew at every read (40 µs), and the
    pages read it once per talk: 4,800 times for 600 recaps."""

    def __init__(self, article: Any) -> None:
        self._article = article

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._article, name)
        setattr(self, name, value)  # found on the view from now on
        return value


def speaker_page(
    speaker: Speaker,
    article: Any,
    directory: dict,
    speakers: dict,
    folder: str,
    pelican: Any,
    used: set,
) -> SpeakerPage:
    """One page per person: "David Fernández" and "David Fernandez" are one."""
    key = folded(speaker.name)
    page = speakers.get(key)
    if page is None:
        name = directory.get(key, speaker.name)
        subs = pelican.get("SLUG_REGEX_SUBSTITUTIONS", [])
        slug = speaker_slug(key, name, subs, folder, used)
        path = "/".join(p for p in (folder, "speakers", f"{slug}.html") if p)
        used.add(path)
        page = SpeakerPage(name, path, path)
        speakers[key] = page
    page.profile = page.profile or profile_link(speaker.url, article, page)
    page.role = page.role or speaker.role
    page.org = page.org or speaker.org
    return page


# Long enough for any real name, short of every file system's 255 bytes.
MAX_SLUG = 60
UNSAFE_IN_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def speaker_slug(key: str, name: str, subs: Any, folder: str, used: set) -> str:
    """A file name of its own for each person, by construction: the name's slug
    (transliterated, capped), with a suffix from the folded name's hash when
    the slug is empty, was cut, or is another person's."""
    try:
        plain = slugify(anyascii(name.lstrip("@")), regex_subs=subs)
    except Exception:  # a SLUG_REGEX_SUBSTITUTIONS the name trips over
        plain = ""
    plain = UNSAFE_IN_SLUG.sub("-", plain).strip("-")
    slug = plain[:MAX_SLUG].strip("-") or "speaker"
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass")).hexdigest()
    size = 0 if plain and len(plain) <= MAX_SLUG else 8
    while True:
        candidate = f"{slug}-{digest[:size]}" if size else slug
        path = "/".join(p for p in (folder, "speakers", f"{candidate}.html") if p)
        if path not in used:
            return candidate
        size += 8


def profile_link(url: str | None, article: Any, page: SpeakerPage) -> str | None:
    """The speaker's link as the speaker page can use it: {filename} links
    resolved relative to the page; only http(s), mailto and relative links."""
    if intrasite.is_intrasite(url):
        path = intrasite.site_path(url, article)
        if path is None:
            return None
        return posixpath.relpath(path, posixpath.dirname(page.save_as) or ".")
    return urls.link_or_none(url)
