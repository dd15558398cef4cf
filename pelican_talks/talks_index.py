"""The site's talks index: every talk, grouped by the article (the event) that
recaps it, newest first, and a page per speaker with all their talks.

A Pelican generator of its own, so its pages are rendered by the theme's Jinja
environment: the templates extend the theme's base.html, and a theme overrides
them with templates/pelican_talks/index.html and speaker.html.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader
from pelican.generators import Generator
from pelican.utils import slugify

from .settings import TalksSettings
from .talks.directory import folded
from .talks.drawing import KIND_LABELS, PACKAGE_TEMPLATES, says_kind
from .talks.model import Speaker, Talk


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
class Event:
    article: Any
    talks: list[
        dict[str, Any]
    ]  # {"talk": Talk, "label": str, "speakers": [SpeakerPage]}


class TalksIndexGenerator(Generator):
    # The build's checked settings; the plugin hands them over (see for_build),
    # so they are not read and checked a second time.
    talks_settings: TalksSettings | None = None

    @classmethod
    def for_build(cls, settings: TalksSettings) -> type[TalksIndexGenerator]:
        return type(cls.__name__, (cls,), {"talks_settings": settings})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Theme templates first, so a theme's pelican_talks/*.html wins.
        self.env.loader = ChoiceLoader(
            [self.env.loader, FileSystemLoader(PACKAGE_TEMPLATES)]
        )
        if self.talks_settings is None:  # made outside the plugin's glue
            self.talks_settings = TalksSettings.from_pelican(self.settings)

    def generate_context(self) -> None:
        """Nothing to read: the articles are already read and processed."""

    def generate_output(self, writer: Any) -> None:
        save_as = self.talks_settings.index_save_as
        if save_as is None or not self.talks_settings.cards:
            return
        events, speakers = collect(
            self.context.get("articles", ()),
            self.talks_settings,
            save_as,
            self.settings,
        )
        relative = self.settings.get("RELATIVE_URLS", False)
        writer.write_file(
            save_as,
            self.get_template("pelican_talks/index"),
            self.context,
            relative_urls=relative,
            talk_events=events,
            talk_speakers=sorted(speakers.values(), key=lambda s: folded(s.name)),
            url=save_as,
        )
        for page in speakers.values():
            writer.write_file(
                page.save_as,
                self.get_template("pelican_talks/speaker"),
                self.context,
                relative_urls=relative,
                speaker=page,
                talks_index_url=save_as,
                url=page.url,
            )


def collect(articles, settings: TalksSettings, save_as: str, pelican: Any):
    """Events newest first, and the speakers reconciled across articles."""
    directory = {folded(name): name for name in settings.speakers}
    folder = os.path.dirname(save_as)
    speakers: dict[str, SpeakerPage] = {}
    events = []
    ordered = sorted(
        (a for a in articles if getattr(a, "talk_cards", None)),
        key=lambda a: getattr(a, "date", None) or 0,
        reverse=True,
    )
    for article in ordered:
        rows = []
        for talk in article.talk_cards:
            pages = [
                speaker_page(s, directory, speakers, folder, pelican)
                for s in talk.speakers
            ]
            for page in pages:
                page.talks.append((article, talk))
            label = KIND_LABELS.get(talk.kind, talk.kind)
            # "Keynote: ..." needs no "(Keynote)" after it.
            shown = talk.kind != "talk" and not says_kind(talk.title or "", label)
            rows.append(
                {"talk": talk, "label": label, "show_kind": shown, "speakers": pages}
            )
        events.append(Event(article, rows))
    return events, speakers


def speaker_page(
    speaker: Speaker, directory: dict, speakers: dict, folder: str, pelican: Any
) -> SpeakerPage:
    """One page per person: "David Fernández" and "David Fernandez" are one."""
    key = folded(speaker.name)
    page = speakers.get(key)
    if page is None:
        name = directory.get(key, speaker.name)
        slug = (
            slugify(
                name.lstrip("@"),
                regex_subs=pelican.get("SLUG_REGEX_SUBSTITUTIONS", []),
            )
            or "speaker"
        )
        path = "/".join(p for p in (folder, "speakers", f"{slug}.html") if p)
        page = SpeakerPage(name, path, path)
        speakers[key] = page
    page.profile = page.profile or speaker.url
    page.role = page.role or speaker.role
    page.org = page.org or speaker.org
    return page


def get_generators(pelican_object: Any):
    return TalksIndexGenerator
