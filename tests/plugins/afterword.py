"""A test plugin: once the articles are processed, adds to each article's HTML
the text of afterword.txt beside the content folder, as a plugin that reads
data files of its own would. Acts only in builds that list it (signals are
process-wide)."""

from __future__ import annotations

import pathlib

from pelican import signals


def add(generator) -> None:
    settings = generator.settings
    if "afterword" not in (settings.get("PLUGINS") or ()):
        return
    text = (pathlib.Path(settings["PATH"]).parent / "afterword.txt").read_text()
    for article in generator.articles:
        article._content += f"<p>{text}</p>"


def register() -> None:
    signals.article_generator_finalized.connect(add)
