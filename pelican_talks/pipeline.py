"""Parse once, run the passes in their declared order, serialize once.

The pipeline knows passes only through the registry in ``passes``; it never
asks which one it is running. A pass that raises leaves the whole article as
it was: a half-processed article is worse than an untouched one.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from . import html, summary
from .report import Report
from .settings import TalksSettings

logger = logging.getLogger(__name__)


@dataclass
class Build:
    """What stays the same for every article of one Pelican build."""

    settings: TalksSettings
    pelican: Mapping[str, Any]  # Pelican's own settings (SITEURL, PATH, THEME...)
    report: Report = field(default_factory=Report)
    cache: dict[str, Any] = field(default_factory=dict)  # things made once a build


@dataclass
class Article:
    """What a pass may know about the article it works on."""

    source_path: str
    build: Build
    mode: str = "auto"  # the article's `talks:` metadata: "auto" or "yes"
    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    current_pass: str = ""

    @property
    def settings(self) -> TalksSettings:
        return self.build.settings

    def count(self, what: str, n: int = 1) -> None:
        self.counts[(self.current_pass, what)] += n

    def warn(self, message: str, *args: object) -> None:
        logger.warning("pelican-talks: %s: " + message, self.source_path, *args)


class Pass(Protocol):
    name: str  # also the TalksSettings switch that turns it off (links, figures...)

    def wants(self, html: str) -> bool:
        """A cheap look at the raw HTML: False means this pass has nothing to do."""

    def run(self, root: html.Element, article: Article) -> int:
        """Change the tree in place; return how many things were changed."""


@dataclass
class Outcome:
    html: str
    summary: str | None = None
    changed: bool = False


def process(source: str, article: Article, passes: Sequence[Pass]) -> Outcome:
    wanted = [p for p in passes if p.wants(source)]
    wants_summary = summary.MARKER in source
    if not wanted and not wants_summary:
        return Outcome(source)
    try:
        root = html.parse(source)
    except Exception as error:  # lxml refuses a few inputs (empty documents...)
        article.warn("could not parse the HTML (%s); left as it was", error)
        return Outcome(source)
    changes = 0
    for each in wanted:
        article.current_pass = each.name
        try:
            changes += each.run(root, article)
        except Exception:
            logger.warning(
                "pelican-talks: the %s pass failed on %s; article left as it was",
                each.name,
                article.source_path,
                exc_info=True,
            )
            return Outcome(source)
    report = article.build.report
    for (pass_name, what), n in article.counts.items():
        report.count(pass_name, what, n)
    before_more = summary.before_marker(root) if wants_summary else None
    if not changes:
        # Nothing changed: hand back the author's bytes, not our re-serialization.
        return Outcome(source, before_more)
    return Outcome(html.serialize(root), before_more, changed=True)
