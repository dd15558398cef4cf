"""Pelican's generator cache keeps articles as read; the plugin's work comes
from its own cache, and a warm rebuild writes what a cold one did."""

from __future__ import annotations

from conftest import QUIET, Site, build, seed_text
from pelican import Pelican
from pelican.settings import read_settings
from test_cache import GENERATOR_CACHE

GENERATOR_SITE = {
    "seed.md": None,  # the seed post: seed_text()
    "links.md": "Title: Links\nDate: 2024-02-01\n\n"
    '<a href="https://example.com/a" target="_new">a</a> and '
    "<img src='https://img.example/a.png' alt='A'>\n",
    "off.md": "Title: Off\nDate: 2024-03-01\nTalks: no\n\n"
    "Talks:\n\n* *Queues* by Ana Ruiz. A talk.\n",
    "more.md": "Title: More\nDate: 2024-04-01\n\nBefore.\n\n<!--more-->\n\n"
    "Talks:\n\n* *Queues* by Ana Ruiz. A talk.\n* *Caches* by Bo Li. A talk.\n",
}


def written_pages(site) -> dict[str, str]:
    return {
        str(path.relative_to(site.output)): path.read_text(encoding="utf-8")
        for path in sorted(site.output.rglob("*.html"))
    }


def test_a_warm_generator_rebuild_writes_what_a_cold_build_wrote(tmp_path, parses):
    files = {name: text or seed_text() for name, text in GENERATOR_SITE.items()}
    cold = written_pages(build(tmp_path, files, **GENERATOR_CACHE))
    assert any("talk-card" in page for page in cold.values())
    parses.clear()
    warm = build(tmp_path, files, **GENERATOR_CACHE)
    assert parses == []  # restored by Pelican, processed from the plugin's cache
    assert written_pages(warm) == cold


def test_pelicans_generator_cache_holds_the_articles_as_read(tmp_path):
    files = {name: text or seed_text() for name, text in GENERATOR_SITE.items()}
    build(tmp_path, files, **GENERATOR_CACHE)
    # Without the plugin, Pelican restores its cached articles as they are:
    # none shows what the plugin made of it.
    off = build(tmp_path, files, plugins=("yaml_metadata",), **GENERATOR_CACHE)
    assert "talk-card" not in off.html("sourced-tech-talks.html")
    assert 'target="_new"' in off.html("links.html")
    on = build(tmp_path, files, **GENERATOR_CACHE)
    assert "talk-card" in on.html("sourced-tech-talks.html")


def test_each_autoreload_run_writes_the_same_pages(tmp_path):
    """`pelican --autoreload` runs one Pelican object again: each run restores
    the articles the one before saved, and draws the same cards."""
    files = {name: text or seed_text() for name, text in GENERATOR_SITE.items()}
    # A build before, so the Pelican below finds both caches and uses them.
    first = written_pages(build(tmp_path, files, **GENERATOR_CACHE))
    settings = read_settings(
        path=None,
        override={
            **QUIET,
            **GENERATOR_CACHE,
            "PATH": str(tmp_path / "content"),
            "OUTPUT_PATH": str(tmp_path / "output"),
            "CACHE_PATH": str(tmp_path / "cache"),
            "PLUGINS": ["yaml_metadata", "pelican_talks"],
        },
    )
    site = Pelican(settings)
    for _ in range(2):
        site.run()
        assert written_pages(Site(tmp_path / "output")) == first


def test_articles_as_read_are_let_go_once_pelicans_cache_is_saved(tmp_path):
    """The plugin keeps each article as read only until Pelican has saved its
    cache: not while the pages are written, when memory peaks."""
    from pelican import signals

    from pelican_talks import plugin

    files = {name: text or seed_text() for name, text in GENERATOR_SITE.items()}
    held = []

    def writing(generator, **_) -> None:
        held.append(len(plugin.build_of(generator.settings).kept_out))

    signals.article_writer_finalized.connect(writing)
    try:
        build(tmp_path, files, **GENERATOR_CACHE)  # cold
        build(tmp_path, files, **GENERATOR_CACHE)  # warm: restored by Pelican
    finally:
        signals.article_writer_finalized.disconnect(writing)
    assert held == [0, 0]
