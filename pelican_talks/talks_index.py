"""The site's talks index: every talk, grouped by the article (the event) that
recaps it, newest first, and a page per speaker with all their talks.

A Pelican generator of its own, so its pages are rendered by the theme's Jinja
environment: the templates extend the theme's base.html, and a theme overrides
them with templates/pelican_talks/index.html and speaker.html. What the pages
list is worked out in index_entries.py, imported when they are written.
"""

from __future__ import annotations

import logging
from typing import Any

from pelican.generators import Generator

from . import index_cache, theme
from .settings import TalksSettings

logger = logging.getLogger(__name__)


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
            html_keys = self.build.html_keys if self.build is not None else None
            key = index_cache.site_key(
                self.fingerprint, self.settings, self.context, self.env, html_keys
            )
            if written.unchanged(key):
                return  # nothing these pages show changed, and they are intact
        from . import index_entries, index_years  # only when the pages are written

        taken = written_by_pelican(self.context)
        if save_as in taken:
            logger.error(
                "pelican-talks: TALKS_INDEX_SAVE_AS = %r is also the file of %s; "
                "the talks index is not written: choose another path",
                save_as,
                taken[save_as],
            )
            return
        events, speakers = index_entries.collect(
            self.context.get("articles", ()),
            self.talks_settings,
            save_as,
            self.settings,
            set(taken),
        )
        listed = sorted(speakers.values(), key=lambda s: index_entries.folded(s.name))
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
