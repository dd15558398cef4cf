"""The talks index on warm rebuilds: kept when nothing it shows changed, written
again (and never stale or missing) when something did."""

from __future__ import annotations

import os
import pathlib

import pytest
from conftest import build

CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
LAYERS = [
    {**CACHED, "CONTENT_CACHING_LAYER": "reader"},
    # build() writes the files again each time: judge them by content.
    {**CACHED, "CONTENT_CACHING_LAYER": "generator", "CHECK_MODIFIED_METHOD": "md5"},
]
ONE = "Title: Spring meetup\nDate: 2024-03-01\n\nTalks:\n\n* *Queues* by Ana Ruiz. A talk.\n* *Caches* by Bo Li. A talk.\n"
TWO = "Title: Autumn meetup\nDate: 2024-10-01\n\nTalks:\n\n* *Backups* by Cy Oduya. A talk.\n* *Alerts* by Ana Ruiz. A talk.\n"
PLAIN = "Title: A post\nDate: 2024-05-01\n\nNo talks here.\n"


def titles(site) -> list[str]:
    index = site.soup("talks/index.html")
    return [s.get_text() for s in index.select(".talks-index__title")]


def speakers(site) -> list[str]:
    return sorted(p.name for p in (site.output / "talks" / "speakers").iterdir())


def stamp(site, name: str = "talks/index.html") -> int:
    return os.stat(site.output / name).st_mtime_ns


@pytest.mark.parametrize("layer", LAYERS, ids=["reader", "generator"])
def test_an_unchanged_rebuild_keeps_the_pages(tmp_path, layer):
    files = {"one.md": ONE, "two.md": TWO}
    first = build(tmp_path, files, **layer)
    written = {
        n: stamp(first, n) for n in ("talks/index.html", "talks/speakers/bo-li.html")
    }
    second = build(tmp_path, files, **layer)
    assert {n: stamp(second, n) for n in written} == written
    assert titles(second) == ["Backups", "Alerts", "Queues", "Caches"]


CHANGES = [
    # (what changes, files of the second build, titles, speaker pages)
    (
        "a talk renamed",
        {"one.md": ONE.replace("Queues", "Streams"), "two.md": TWO},
        ["Backups", "Alerts", "Streams", "Caches"],
        ["ana-ruiz.html", "bo-li.html", "cy-oduya.html"],
    ),
    (
        "a recap deleted",
        {"one.md": ONE},
        ["Queues", "Caches"],
        ["ana-ruiz.html", "bo-li.html"],
    ),
    (
        "a speaker gone",
        {"one.md": ONE.replace("Bo Li", "Ana Ruiz"), "two.md": TWO},
        ["Backups", "Alerts", "Queues", "Caches"],
        ["ana-ruiz.html", "cy-oduya.html"],
    ),
    (
        "an article retitled",
        {"one.md": ONE.replace("Spring meetup", "Spring night"), "two.md": TWO},
        ["Backups", "Alerts", "Queues", "Caches"],
        ["ana-ruiz.html", "bo-li.html", "cy-oduya.html"],
    ),
    # The theme's menu lists categories: a new post changes every page's menu.
    (
        "a post without talks added",
        {"one.md": ONE, "two.md": TWO, "p.md": PLAIN},
        ["Backups", "Alerts", "Queues", "Caches"],
        ["ana-ruiz.html", "bo-li.html", "cy-oduya.html"],
    ),
]


@pytest.mark.parametrize("layer", LAYERS, ids=["reader", "generator"])
@pytest.mark.parametrize(
    ("change", "files", "expected", "pages"), CHANGES, ids=[c[0] for c in CHANGES]
)
def test_a_change_writes_the_pages_again(
    tmp_path, layer, change, files, expected, pages
):
    first = build(tmp_path, {"one.md": ONE, "two.md": TWO}, **layer)
    before = stamp(first)
    for gone in {"one.md", "two.md"} - set(files):
        (tmp_path / "content" / gone).unlink()
    second = build(tmp_path, files, **layer)
    assert titles(second) == expected
    assert speakers(second) == pages
    assert stamp(second) != before
    # The page is what a build from nothing writes.
    fresh = build(tmp_path / "fresh", files)
    assert second.html("talks/index.html") == fresh.html("talks/index.html")


def test_a_retitled_article_shows_on_its_speakers_pages(tmp_path):
    build(tmp_path, {"one.md": ONE}, **CACHED)
    site = build(
        tmp_path, {"one.md": ONE.replace("Spring meetup", "Spring night")}, **CACHED
    )
    assert "Spring night" in site.soup("talks/speakers/bo-li.html").get_text()


@pytest.mark.parametrize("damage", ["deleted", "edited"])
def test_a_missing_or_edited_page_is_written_again(tmp_path, damage):
    files = {"one.md": ONE}
    first = build(tmp_path, files, **CACHED)
    page = first.output / "talks" / "speakers" / "bo-li.html"
    right = page.read_text(encoding="utf-8")
    if damage == "deleted":
        page.unlink()
    else:
        page.write_text("broken", encoding="utf-8")
    build(tmp_path, files, **CACHED)
    assert page.read_text(encoding="utf-8") == right


def test_a_changed_theme_template_writes_the_pages_again(tmp_path):
    overrides = tmp_path / "overrides" / "pelican_talks"
    overrides.mkdir(parents=True)
    template = overrides / "index.html"
    template.write_text(
        '{% extends "base.html" %}{% block content %}first{% endblock %}'
    )
    settings = {**CACHED, "THEME_TEMPLATES_OVERRIDES": [str(overrides.parent)]}
    build(tmp_path, {"one.md": ONE}, **settings)
    template.write_text(
        '{% extends "base.html" %}{% block content %}second{% endblock %}'
    )
    os.utime(template, ns=(1, 1))  # a different mtime whatever the clock's grain
    site = build(tmp_path, {"one.md": ONE}, **settings)
    assert "second" in site.html("talks/index.html")


@pytest.mark.parametrize("layer", LAYERS, ids=["reader", "generator"])
def test_html_another_plugin_changed_after_processing_is_seen(tmp_path, layer):
    """A processed article's HTML is read through its cache key (site_key): a
    plugin that changes it later, from a file of its own, must still count."""
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    # A theme whose every page shows the newest article's text.
    (overrides / "base.html").write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        "{% block content %}{% endblock %}"
        "<aside>{% for a in articles[:1] %}{{ a.content }}{% endfor %}</aside>"
        "</body></html>"
    )
    settings = {
        **layer,
        "THEME_TEMPLATES_OVERRIDES": [str(overrides)],
        "PLUGIN_PATHS": [str(pathlib.Path(__file__).parent / "plugins")],
    }
    plugins = ("yaml_metadata", "pelican_talks", "afterword")
    afterword = tmp_path / "afterword.txt"
    afterword.write_text("first words")
    files = {"one.md": ONE}
    build(tmp_path, files, plugins, **settings)
    afterword.write_text("other words")
    site = build(tmp_path, files, plugins, **settings)
    assert "other words" in site.html("talks/index.html")
    assert "other words" in site.html("talks/speakers/bo-li.html")


def test_without_the_cache_switches_every_build_writes_the_pages(tmp_path):
    first = build(tmp_path, {"one.md": ONE})
    before = stamp(first)
    os.utime(first.output / "talks" / "index.html", ns=(1, 1))
    second = build(tmp_path, {"one.md": ONE})
    assert stamp(second) != 1
    assert not (tmp_path / "cache" / "pelican-talks-index.json").exists()
    assert before
