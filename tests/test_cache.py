"""The processed-article cache: unchanged rebuilds skip the work, changes don't."""

from __future__ import annotations

import logging
import shutil

import pytest
from conftest import build, seed_text
from test_structured import jsonld

from pelican_talks import plugin

CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
NO_ALT = "Title: P\nDate: 2024-01-01\n\n<img src='https://img.example/a.png'>\n"


def test_an_unchanged_rebuild_reuses_the_processed_articles(tmp_path, parses):
    files = {"seed.md": seed_text()}
    first = build(tmp_path, files, **CACHED)
    page = first.html("sourced-tech-talks.html")
    assert len(parses) == 1  # the article, once: cards are put in as HTML
    parses.clear()
    second = build(tmp_path, files, **CACHED)
    assert parses == []
    assert second.html("sourced-tech-talks.html") == page


def test_a_changed_setting_processes_again(tmp_path, parses):
    files = {"seed.md": seed_text()}
    build(tmp_path, files, **CACHED)
    parses.clear()
    site = build(tmp_path, files, TALKS_LINK_REL=["nofollow"], **CACHED)
    assert parses
    assert rels(site) == {"nofollow"}


def test_a_new_plugin_version_processes_again(tmp_path, parses, monkeypatch):
    files = {"seed.md": seed_text()}
    build(tmp_path, files, **CACHED)
    parses.clear()
    monkeypatch.setattr(plugin, "version", "99.0")
    build(tmp_path, files, **CACHED)
    assert parses


def test_changed_content_processes_again(tmp_path, parses):
    build(tmp_path, {"seed.md": seed_text()}, **CACHED)
    parses.clear()
    site = build(
        tmp_path, {"seed.md": seed_text().replace("Facebook", "Meta")}, **CACHED
    )
    assert parses
    assert "Meta" in site.html("sourced-tech-talks.html")


def test_warnings_are_said_again_on_a_cached_rebuild(tmp_path):
    build(tmp_path, {"p.md": NO_ALT}, **CACHED)
    again = build(tmp_path, {"p.md": NO_ALT}, **CACHED)
    assert any("has no alt text and no caption" in m for m in again.messages())


def test_without_pelicans_cache_switches_nothing_is_written(tmp_path):
    build(tmp_path, {"seed.md": seed_text()})
    assert not (tmp_path / "cache" / "pelican-talks.pickle").exists()


GENERATOR_CACHE = {
    "CONTENT_CACHING_LAYER": "generator",
    "CACHE_CONTENT": True,
    "LOAD_CONTENT_CACHE": True,
    # build() writes the files again each time: judge them by content, not mtime,
    # or Pelican would never restore an article from its cache.
    "CHECK_MODIFIED_METHOD": "md5",
}


def rels(site) -> set[str]:
    content = site.content("sourced-tech-talks.html")
    return {" ".join(a["rel"]) for a in content.select(".talk-card__profile")}


def test_generator_cache_changed_setting_gives_no_stale_cards(tmp_path):
    files = {"seed.md": seed_text()}
    assert rels(build(tmp_path, files, **GENERATOR_CACHE)) == {"noopener noreferrer"}
    # Unchanged: Pelican restores its cached articles, the plugin their cards.
    assert rels(build(tmp_path, files, **GENERATOR_CACHE)) == {"noopener noreferrer"}
    changed = build(tmp_path, files, TALKS_LINK_REL=["noopener"], **GENERATOR_CACHE)
    assert rels(changed) == {"noopener"}
    off = build(tmp_path, files, TALKS_CARDS=False, **GENERATOR_CACHE)
    assert "talk-card" not in off.html("sourced-tech-talks.html")


def test_generator_cache_new_plugin_version_processes_again(
    tmp_path, monkeypatch, parses
):
    files = {"seed.md": seed_text()}
    build(tmp_path, files, **GENERATOR_CACHE)
    parses.clear()
    build(tmp_path, files, **GENERATOR_CACHE)
    assert parses == []  # the caches served the articles
    monkeypatch.setattr(plugin, "version", "99.0")
    build(tmp_path, files, **GENERATOR_CACHE)
    assert parses


def test_generator_cache_rebuild_still_ships_the_stylesheet(tmp_path):
    files = {"seed.md": seed_text()}
    build(tmp_path, files, **GENERATOR_CACHE)
    # Pelican restores the articles and the plugin's cache their cards, nothing
    # is parsed; with the output folder gone, the stylesheet must be copied again.
    shutil.rmtree(tmp_path / "output")
    site = build(tmp_path, files, **GENERATOR_CACHE)
    assert "1 of 1 articles changed" in " ".join(site.messages(logging.INFO))
    assert "pelican-talks/talks.css" in site.html("sourced-tech-talks.html")
    assert (site.output / "pelican-talks" / "talks.css").exists()


JSONLD_POST = "Title: {title}\nSlug: spring\nDate: {date}\nEvent_location: {place}\n\nTalks:\n\n* *Queues* by Ana Ruiz. A talk.\n* *Caches* by Bo Li. A talk.\n"
JSONLD_CHANGES = [
    # (what changes in the metadata, the article's text unchanged, JSON-LD field, value)
    ({"title": "Spring night"}, "name", "Spring night"),
    ({"date": "2024-04-02"}, "startDate", "2024-04-02T00:00:00+00:00"),
    ({"place": "Pier 9"}, "location", {"@type": "Place", "name": "Pier 9"}),
]


@pytest.mark.parametrize(("change", "field", "value"), JSONLD_CHANGES)
@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_the_cached_jsonld_follows_the_metadata(tmp_path, change, field, value, layer):
    metadata = {"title": "Spring meetup", "date": "2024-03-01", "place": "Dock 4"}
    settings = {**GENERATOR_CACHE, "CONTENT_CACHING_LAYER": layer}
    build(tmp_path, {"p.md": JSONLD_POST.format(**metadata)}, **settings)
    site = build(
        tmp_path, {"p.md": JSONLD_POST.format(**{**metadata, **change})}, **settings
    )
    (event,) = jsonld(site.html("spring.html"))
    assert event[field] == value


SPEAKER_PAGE = "Title: {name}\nSlug: {slug}\n\nAbout {name}.\n"
LINKED_SPEAKER = (
    "Title: Spring meetup\nSlug: spring\nDate: 2024-03-01\n\nTalks:\n\n"
    "* *Queues* by [Ana Ruiz]({filename}/pages/ana.md). A talk.\n"
    "* *Caches* by Bo Li. A talk.\n"
)


def test_cached_talks_still_follow_a_speakers_page(tmp_path):
    """The recap is unchanged and its talks come from the cache, unread; the
    speaker's page moved, and the JSON-LD says where to. (Not with the generator
    layer: Pelican resolves a restored article's links against the site as it
    was, and leaves this one unresolved in the card too.)"""
    settings = {**GENERATOR_CACHE, "CONTENT_CACHING_LAYER": "reader"}
    settings |= {"SITEURL": "https://site.example", "RELATIVE_URLS": False}
    files = {"p.md": LINKED_SPEAKER}
    page = SPEAKER_PAGE.format(name="Ana", slug="ana")
    build(tmp_path, {**files, "pages/ana.md": page}, **settings)
    moved = SPEAKER_PAGE.format(name="Ana", slug="ana-ruiz")
    site = build(tmp_path, {**files, "pages/ana.md": moved}, **settings)
    (event,) = jsonld(site.html("spring.html"))
    same = [p.get("sameAs") for e in event["subEvent"] for p in e["performer"]]
    assert same == ["https://site.example/pages/ana-ruiz.html", None]


THEME_READS_TALKS = (
    '{% extends "!simple/article.html" %}{% block content %}'
    "<ol id='theirs'>{% for talk in article.talk_cards %}<li>{{ talk.title }}: "
    "{{ talk.speakers|map(attribute='name')|join(', ') }}</li>{% endfor %}</ol>"
    "<p id='count'>{{ article.talk_cards|length }} {{ article.talk_cards[-1].title }}"
    "</p>{% endblock %}"
)


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_a_theme_reads_the_talks_of_a_cached_article(tmp_path, layer):
    overrides = tmp_path / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text(THEME_READS_TALKS, encoding="utf-8")
    settings = {**GENERATOR_CACHE, "CONTENT_CACHING_LAYER": layer}
    settings["THEME_TEMPLATES_OVERRIDES"] = [str(overrides)]
    files = {"p.md": JSONLD_POST.format(title="T", date="2024-03-01", place="P")}
    shown = []
    for _ in range(2):  # processed, then restored from the caches
        soup = build(tmp_path, files, **settings).soup("spring.html")
        shown.append((soup.select_one("#theirs").text, soup.select_one("#count").text))
    assert shown == [("Queues: Ana RuizCaches: Bo Li", "2 Caches")] * 2
