"""Which articles go to the second process (worker.py), and when.

An article is handed over once every plugin's content_object_init has seen
it: when Pelican reads the next one, or when it has read them all. Those
whose outcome the plugin's cache holds stay; the process starts once there
are enough to pay for it.
"""

from __future__ import annotations

from typing import Any

from pelican.contents import Article

from . import pipeline, worker
from .article import about

Request = worker.Request


def hand_over(build: pipeline.Build, every: bool = False) -> None:
    """Hand the second process the articles read before the last one (or
    `every` one): every plugin's content_object_init has seen them now. Those
    the cache holds stay."""
    if not worker.wanted(build.settings):
        return
    end = len(build.waiting) - (0 if every else 1)
    ready, build.handed = build.waiting[build.handed : end], max(build.handed, end)
    for content, mode in ready:
        if isinstance(content._content, str):
            hand(build, content, mode)


def hand(build: pipeline.Build, content: Any, mode: str) -> None:
    """Hand one article to the second process unless the cache holds what
    processing it gives. The process starts once there are enough of them to
    pay for it (worker.WORTH_A_PROCESS); those before wait for it."""
    request = request_of(content, mode)
    store = build.processed
    if store is not None and store.holds(key_of(store, request)):
        return
    if build.worker is None:
        build.held.append((content, request))
        if len(build.held) < worker.WORTH_A_PROCESS:
            return
        build.worker = worker.Worker.start(build)
        held, build.held = build.held, []
        for content, request in held:
            build.worker.hand(content, request)
        return
    build.worker.hand(content, request)


def let_go(build: pipeline.Build) -> None:
    """End this run's second process, if there is one."""
    if build.worker is not None:
        build.worker.end()
        build.worker = None


def request_of(content: Any, mode: str) -> Request:
    """What processing an article depends on besides the build: its HTML as
    the content hooks of other plugins left it, and what the plugin reads
    of it."""
    return (
        content._content,
        str(content.source_path),
        mode,
        about(content),
        summary_wanted(content),
    )


def key_of(store: Any, request: Request) -> bytes:
    """The request's key in the plugin's cache (cache.ProcessedCache)."""
    source, path, mode, subject, summary = request
    return store.key(source, path, f"{mode}\0{subject}\0{summary:d}")


def summary_wanted(content: Any) -> bool:
    """Whether the plugin works out the summary Pelican would cut from the
    article's processed HTML: Pelican cuts it again on every build (a second
    HTML parse of each article), while the plugin's cache keeps it. Not for
    pages (few themes show their summaries) nor where the author wrote one."""
    return isinstance(content, Article) and "summary" not in content.metadata
