"""Parse once, run the passes in their declared order, serialize once.

The pipeline knows passes only through the registry in ``passes``; it never
asks which one it is running. The summary is one of them: it reads the tree
the others left and leaves its summary on the ArticleWork. A pass that raises
leaves the whole article as it was: a half-processed article is worse than an
untouched one.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .link_rules import LinkRules
from .report import Report
from .settings import TalksSettings

if TYPE_CHECKING:
    import jinja2

    from . import markup
    from .cache import ProcessedCache
    from .talks.drawing import Drawer

# markup and the passes (lxml) are imported when an article is processed: a
# warm rebuild that finds every article in the cache never needs them (lxml
# and the passes were 35 ms of a 70 ms import).

logger = logging.getLogger(__name__)


@dataclass
class Build:
    """What stays the same for every article of one Pelican build: made once
    when Pelican initialises (plugin.py), filled as the build goes."""

    settings: TalksSettings
    pelican: Mapping[str, Any]  # Pelican's own settings (SITEURL, PATH, THEME...)
    report: Report = field(default_factory=Report)
    processed: ProcessedCache | None = None  # when Pelican's caching is on
    fingerprint: str = ""  # what besides an article decides its processing
    # Articles read but not yet processed, with their `talks:` mode (plugin.py);
    # how many of them were looked at for the second process, those held back
    # until there are enough for one, and that process (worker.py).
    waiting: list[tuple[Any, str]] = field(default_factory=list)
    handed: int = 0
    held: list[tuple[Any, Any]] = field(default_factory=list)
    worker: Any = None
    link_rules: LinkRules = field(init=False)  # the site's, for every link
    # The theme's Jinja environment of this run (a new one each run of
    # `pelican --autoreload`), and the cards drawn with it, made at the first
    # list drawn.
    theme_env: jinja2.Environment | None = None
    drawer: Drawer | None = None
    # The template folders the fingerprint was worked out for, this run: each
    # generator has an environment of its own, mostly reading the same folders.
    theme_folders: Any = None
    # The articles' environment: the talks index renders with it.
    articles_env: jinja2.Environment | None = None
    # TALKS_SPEAKERS by folded name, made at the first list completed.
    speakers: Mapping[str, Mapping[str, str]] | None = None
    # Image sizes read this run: (src, article folder) -> (size, (file, stamp)).
    image_sizes: dict[tuple[str, str], tuple[Any, Any]] = field(default_factory=dict)
    # What the written pages needed ("stylesheet"), whichever run processed them.
    pages_used: set[str] = field(default_factory=set)
    # With Pelican's generator cache (generator_cache.py): the articles read
    # this run (their ids; the others were restored from that cache), and the
    # articles processed, as they were before and after.
    generator_layer: bool = field(init=False)
    read_this_run: set[int] = field(default_factory=set)
    kept_out: list[Any] = field(default_factory=list)
    # With the plugin's cache: each article processed this run (by id) with
    # the HTML it was left, the key it was processed under and the files read.
    html_keys: dict[int, tuple[str, bytes, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.link_rules = LinkRules.for_site(self.settings, self.pelican)
        pelican = self.pelican
        self.generator_layer = pelican.get("CONTENT_CACHING_LAYER") == "generator" and (
            bool(pelican.get("CACHE_CONTENT") or pelican.get("LOAD_CONTENT_CACHE"))
        )


@dataclass
class ArticleWork:
    """One article being processed: what a pass may know about it, and what
    the passes leave for the outcome (counts, warnings, talks, placed HTML).
    Not Pelican's Article, which the glue hands over."""

    source_path: str
    build: Build
    mode: str = "auto"  # the article's `talks:` metadata: "auto" or "yes"
    source: str = ""  # its HTML as it came to the pipeline
    about: str = ""  # its title, category and tags: context for talk lists
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    notes: set[tuple[str, str]] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    talks: list[Any] = field(default_factory=list)  # the Talks drawn as cards
    placed: list[str] = field(default_factory=list)  # HTML that replaces elements
    inputs: set[tuple[str, str]] = field(default_factory=set)  # (file, stamp) read
    summary: str | None = None  # the summary pass's, when it has one
    current_pass: str = ""

    @property
    def settings(self) -> TalksSettings:
        return self.build.settings

    def count(self, what: str, n: int = 1) -> None:
        key = (self.current_pass, what)
        self.counts[key] = self.counts.get(key, 0) + n

    def note(self, what: str, name: str) -> None:
        """A name for the build's summary line, e.g. an upgraded host."""
        self.notes.add((what, name))

    def place(self, element: markup.Element, replacement: str) -> None:
        """Replace `element` with the HTML `replacement` when the article is
        written. Later passes see a placeholder comment in its place (the
        summary ends before it), never the HTML."""
        from .placeholders import put_placeholder

        put_placeholder(element, len(self.placed))
        self.placed.append(replacement)

    def warn(self, message: str, *args: object) -> None:
        text = f"pelican-talks: {self.source_path}: " + (
            message % args if args else message
        )
        # Logged by the caller with the article's outcome, fresh or from the
        # cache alike.
        self.warnings.append(text)


class Pass(Protocol):
    name: str  # also the TalksSettings switch that turns it off (links, figures...)

    def wants(self, article: ArticleWork) -> bool:
        """A cheap look at the raw HTML (article.source), and at what the passes
        before it left: False means this pass has nothing to do. Asked just
        before the pass would run; the article is parsed only if one wants it."""

    def run(self, root: markup.Element, article: ArticleWork) -> int:
        """Change the tree in place; return how many things were changed."""


@dataclass
class Outcome:
    """What processing one article gave: also what the cache keeps and replays."""

    html: str
    summary: str | None = None
    changed: bool = False
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    notes: frozenset[tuple[str, str]] = frozenset()
    warnings: tuple[str, ...] = ()
    talks: Sequence[Any] = ()  # the Talks drawn, for structured data and the index
    complete: bool = True  # False when a pass failed: never cached
    inputs: frozenset[tuple[str, str]] = frozenset()  # files read: (path, stamp)

    def add_to(self, report: Report) -> None:
        for (pass_name, what), n in self.counts.items():
            report.count(pass_name, what, n)
        for what, name in self.notes:
            report.note(what, name)


def process(source: str, article: ArticleWork, passes: Sequence[Pass]) -> Outcome:
    from . import markup

    article.source = source
    root = None
    changes = 0
    for each in passes:
        if not each.wants(article):
            continue
        if root is None:  # parsed for the first pass that wants it, and only once
            try:
                root = markup.parse(source)
            except Exception as error:  # lxml refuses a few inputs (encodings)
                article.warn("could not parse the HTML (%s); left as it was", error)
                return Outcome(source, warnings=tuple(article.warnings))
        article.current_pass = each.name
        try:
            changes += each.run(root, article)
        except Exception as error:
            # The traceback is for those who debug (pelican -D); the warning
            # names what failed, where.
            logger.debug("the %s pass failed", each.name, exc_info=True)
            article.warn(
                "the %s pass failed (%s: %s); article left as it was",
                each.name,
                type(error).__name__,
                error,
            )
            return Outcome(source, warnings=tuple(article.warnings), complete=False)
    if root is None:
        return Outcome(source)
    # Nothing changed: hand back the author's bytes, not our re-serialization.
    text = markup.serialize(root, article.placed) if changes else source
    return Outcome(
        text,
        article.summary,
        changed=bool(changes),
        counts=dict(article.counts),
        notes=frozenset(article.notes),
        warnings=tuple(article.warnings),
        talks=tuple(article.talks),
        inputs=frozenset(article.inputs),
    )
