"""The site's talks index: every talk, grouped by the article (the event) that
recaps it, newest first, and a page per speaker with all their talks.

A Pelican generator of its own, so its pages are rendered by the theme's Jinja
environment: the templates extend the theme's base.html, and a theme overrides
them with templates/pelican_talks/index.html and speaker.html.
"""

from __future__ import annotations

import hashlib
import logging
import os
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from anyascii import anyascii
from pelican.generators import Generator
from pelican.utils import slugify

from . import index_cache, index_years, intrasite, theme, urls
from .settings import TalksSettings
from .talks.directory import folded
from .talks.model import KIND_LABELS, Speaker, Talk, says_kind

logger = logging.getLogger(__name__)


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


class TalksIndexGenerator(Generator):
    # The build's checked settings; the plugin hands them over (see for_build),
    # so they are not read and checked a second time.
    talks_settings: TalksSettings | None = None
    fingerprint = ""  # what else decides the plugin's output (cache.fingerprint)
    build: Any = None  # the plugin's pipeline.Build, when its glue made this

    @classmethod
    def for_build(
        cls, settings: TalksSettings, fingerprint: str = "", build: Any = None
    ) -> type[TalksIndexGenerator]:
        attributes = {
            "talks_settings": settings,
            "fingerprint": fingerprint,
            "build": build,
        }
        return type(cls.__name__, (cls,), attributes)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The articles' environment, when the plugin's glue has it: the theme's
        # base.html and what it includes are compiled once for both.
        self.env = getattr(self.build, "articles_env", None) or self.env
        # Theme templates first, so a theme's pelican_talks/*.html wins.
        if not getattr(self.env.loader, "with_talks_templates", False):
            self.env.loader = theme.with_package_templates(self.env.loader)
            self.env.loader.with_talks_templates = True
        if self.talks_settings is None:  # made outside the plugin's glue
            self.talks_settings = TalksSettings.from_pelican(self.settings)

    def generate_context(self) -> None:
        """Nothing to read: the articles are already read and processed."""

    def generate_output(self, writer: Any) -> None:
        save_as = self.talks_settings.index_save_as
        if save_as is None or not self.talks_settings.cards:
            return
        written = index_cache.WrittenPages.for_build(self.settings)
        key = ""
        if written is not None and self.fingerprint:
            key = index_cache.site_key(
                self.fingerprint, self.settings, self.context, self.env
            )
            if written.unchanged(key):
                return  # nothing these pages show changed, and they are intact
        taken = written_by_pelican(self.context)
        if save_as in taken:
            logger.error(
                "pelican-talks: TALKS_INDEX_SAVE_AS = %r is also the file of %s; "
                "the talks index is not written: choose another path",
                save_as,
                taken[save_as],
            )
            return
        events, speakers = collect(
            self.context.get("articles", ()),
            self.talks_settings,
            save_as,
            self.settings,
            set(taken),
        )
        listed = sorted(speakers.values(), key=lambda s: folded(s.name))
        pages = index_years.index_pages(events, save_as)
        for page in pages:
            self.write(
                writer,
                page.save_as,
                "pelican_talks/index",
                talk_events=page.events,
                talk_speakers=listed if page.first else [],
                talk_years=page.years,
            )
        for page in speakers.values():
            self.write(
                writer,
                page.save_as,
                "pelican_talks/speaker",
                speaker=page,
                talks_index_url=save_as,
            )
        if written is not None and key:
            names = [p.save_as for p in pages] + [p.save_as for p in speakers.values()]
            written.wrote(key, names)

    def write(self, writer: Any, save_as: str, template: str, **context: Any) -> None:
        """Write one page; a page that can't be written is said, never a crash."""
        try:
            writer.write_file(
                save_as,
                self.get_template(template),
                self.context,
                relative_urls=self.settings.get("RELATIVE_URLS", False),
                url=save_as,
                **context,
            )
        except Exception as error:  # a theme's template, or the file system
            # A category, tag or author page in the index's place ("{slug}/index.html")
            # is only known when Pelican writes it: say which setting to change.
            setting = (
                " (TALKS_INDEX_SAVE_AS)"
                if save_as == self.talks_settings.index_save_as
                else ""
            )
            logger.error("pelican-talks: %s%s not written: %s", save_as, setting, error)


def written_by_pelican(context: dict) -> dict[str, str]:
    """The output files of the site's content: save_as -> its source file."""
    taken: dict[str, str] = {}
    # The same article is in several lists ("articles", "dates",
    # "generated_content"...), and Pelican works its save_as out anew at each
    # read (30 µs): each is read once.
    seen: set[int] = set()
    for value in context.values():
        items = value.values() if isinstance(value, dict) else value
        if not isinstance(items, (list, tuple, type({}.values()))):
            continue
        for item in items:
            for content in (item, *(getattr(item, "translations", None) or ())):
                if id(content) in seen:
                    continue
                seen.add(id(content))
                save_as = getattr(content, "save_as", None)
                if isinstance(save_as, str) and save_as:
                    taken[save_as] = str(getattr(content, "source_path", save_as))
    return taken


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
