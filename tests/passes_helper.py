"""Run the plugin's passes on an HTML fragment, without Pelican, for table tests."""

from __future__ import annotations

from pelican_talks import pipeline
from pelican_talks.passes import PASSES
from pelican_talks.settings import TalksSettings


def run_passes(
    source: str,
    only: str | None = None,
    site: dict | None = None,
    source_path: str = "post.md",
    mode: str = "auto",
    **talks_settings,
) -> str:
    """The HTML after the passes (only the named one, if given) ran on `source`."""
    names = {f"TALKS_{k.upper()}": v for k, v in talks_settings.items()}
    build = pipeline.Build(TalksSettings.from_pelican(names), dict(site or {}))
    article = pipeline.ArticleWork(source_path, build, mode)
    passes = [p for p in PASSES if only is None or p.name == only]
    return pipeline.process(source, article, passes).html


def run_passes_outcome(
    source: str,
    site: dict | None = None,
    source_path: str = "post.md",
    mode: str = "auto",
    only: str | None = None,
    **talks_settings,
):
    """The whole Outcome of the passes (only the named one, if given) on
    `source`: html, summary, counts, warnings (which the plugin logs)..."""
    names = {f"TALKS_{k.upper()}": v for k, v in talks_settings.items()}
    build = pipeline.Build(TalksSettings.from_pelican(names), dict(site or {}))
    article = pipeline.ArticleWork(source_path, build, mode)
    passes = [p for p in PASSES if only is None or p.name == only]
    return pipeline.process(source, article, passes)
