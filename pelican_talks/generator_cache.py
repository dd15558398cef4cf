"""Pelican's generator cache, kept free of what the plugin adds to articles.

With CONTENT_CACHING_LAYER = "generator" Pelican pickles every Article object
(gzipped) on every build, and restores them on the next without reading the
files. Processed articles doubled that pickle for recaps (cards' HTML, the
Talks, the summary): 2.3 MB became 6.6 MB for 600 recaps, and pickling,
gzipping and loading it again cost a warm rebuild more than the plugin's own
cache does. So Pelican saves each article as it was before the plugin
processed it, and a restored article is processed again from the plugin's
cache (cache.py), as with the reader layer: a hash and a lookup.

The articles are put back as they were right after the save: other plugins
and the theme see processed articles from the usual signal on, as before.
"""

from __future__ import annotations

from typing import Any

# The attributes processing may set on an article.
ATTRIBUTES = ("_content", "_summary", "talk_cards")
MISSING = object()


class Processed:
    """An article's attributes and metadata summary before and after the
    plugin processed it. A plain class: one per article, and a dataclass
    took a millisecond to import."""

    __slots__ = ("after", "article", "before")

    def __init__(self, article: Any) -> None:
        self.article = article
        self.before = state(article)  # ATTRIBUTES, then the metadata's summary
        self.after: tuple[Any, ...] = ()

    def processed(self) -> None:
        self.after = state(self.article)


def state(article: Any) -> tuple[Any, ...]:
    values = [article.__dict__.get(name, MISSING) for name in ATTRIBUTES]
    return (*values, article.metadata.get("summary", MISSING))


def put(article: Any, values: tuple[Any, ...]) -> None:
    *attributes, summary = values
    for name, value in zip(ATTRIBUTES, attributes, strict=True):
        if value is MISSING:
            article.__dict__.pop(name, None)
        else:
            article.__dict__[name] = value
    if summary is MISSING:
        article.metadata.pop("summary", None)
    else:
        article.metadata["summary"] = summary


def keep_out(generator: Any, processed: list[Processed]) -> None:
    """Have `generator` save its cache with the `processed` articles (filled as
    the build goes) as they were before processing."""
    save = generator.save_cache

    def save_cache() -> None:
        done = [each for each in processed if each.after]
        for each in done:
            put(each.article, each.before)
        try:
            save()
        finally:
            for each in done:
                put(each.article, each.after)
            # Saved: their HTML as read is needed no more, and held it for the
            # rest of the build (4 MB for 600 recaps, at the peak while pages
            # are written).
            processed[:] = [each for each in processed if not each.after]

    generator.save_cache = save_cache


def restored(generator: Any, seen: set[int]) -> list[Any]:
    """The generator's articles not read in this run (`seen`: their ids), so
    restored from Pelican's cache, unprocessed."""
    lists = ("articles", "translations", "hidden_articles", "hidden_translations")
    lists += ("drafts", "drafts_translations")
    found = []
    for name in lists:
        for article in getattr(generator, name, None) or ():
            if id(article) not in seen:
                found.append(article)
    return found
