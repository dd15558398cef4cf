"""The demo and the reference post built with real themes, for the browser tests.

Themes: Pelican's two, and two from PyPI (dev dependencies): reflex, and
seafoam, whose Bootstrap sets `html { font-size: 10px }` under 18 px text.
Each site is built in its own `pelican` process: seafoam is also a plugin, and
a plugin's signal handlers, once connected, stay connected for every later
build in the same process.
"""

from __future__ import annotations

import pathlib
import runpy

from bs4 import BeautifulSoup
from conftest import ROOT, SEED, build_apart

DEMO = ROOT / "demo_site"
THEMES = ("notmyidea", "simple", "reflex", "seafoam")
# Plugins a theme needs besides the demo's own.
THEME_PLUGINS = {
    "seafoam": ["pelican.plugins.seafoam", "pelican.plugins.jinja_filters"],
}
# Settings a theme can't build without: reflex reads CC_LICENSE['icon'].
THEME_SETTINGS = {"reflex": {"CC_LICENSE": {}}}
FEEDS = {
    "FEED_ALL_ATOM": "feeds/all.atom.xml",
    "FEED_ALL_RSS": "feeds/all.rss.xml",
    "CATEGORY_FEED_ATOM": "feeds/{slug}.atom.xml",
    "TAG_FEED_ATOM": "feeds/tag-{slug}.atom.xml",
}


def build_themed(
    where: pathlib.Path, theme: str, files: dict[str, bytes]
) -> pathlib.Path:
    """Build `files` (content/ paths) with the demo's settings and `theme`."""
    demo = runpy.run_path(str(DEMO / "pelicanconf.py"))
    folder = theme  # Pelican finds the installed themes by name
    if theme == "seafoam":
        from pelican.plugins import seafoam  # importing it connects nothing

        folder = seafoam.get_path()
    return build_apart(
        where,
        files,
        config=DEMO / "pelicanconf.py",
        THEME=folder,
        PLUGINS=demo["PLUGINS"] + THEME_PLUGINS.get(theme, []),
        LOAD_CONTENT_CACHE=False,
        CACHE_CONTENT=False,
        **FEEDS,
        **THEME_SETTINGS.get(theme, {}),
    )


def site_files() -> dict[str, bytes]:
    """The demo's content, and the reference post when ../shared is there."""
    content = DEMO / "content"
    files = {
        str(p.relative_to(content)): p.read_bytes()
        for p in content.rglob("*")
        if p.is_file()
    }
    if SEED.exists():
        files[SEED.name] = SEED.read_bytes()
    return files


def pages(output: pathlib.Path) -> list[str]:
    """Every page a reader can reach, but one page per speaker is enough."""
    found = sorted(
        str(p.relative_to(output))
        for p in output.rglob("*.html")
        if "theme" not in p.parts and "speakers" not in p.parts
    )
    speakers = sorted(output.glob("talks/speakers/*.html"))
    return found + [str(p.relative_to(output)) for p in speakers[:1]]


def card_texts(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    for label in soup.select(".talks-new-tab-label"):
        label.decompose()  # feeds leave them out (pelican_talks/feeds.py)
    return [" ".join(li.get_text(" ").split()) for li in soup.select("li.talk-card")]


def feed_entries(output: pathlib.Path) -> list[tuple[str, str]]:
    """(feed, HTML) for each entry's content and summary in every feed written."""
    entries = []
    for feed in sorted(output.glob("feeds/*.xml")):
        soup = BeautifulSoup(feed.read_text(encoding="utf-8"), "xml")
        for tag in soup.find_all(["content", "summary", "description"]):
            entries.append((feed.name, tag.get_text()))
    return entries
