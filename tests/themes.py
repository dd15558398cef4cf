"""The demo and the reference post built with real themes, for the browser tests.

Themes: Pelican's two, and two from PyPI (dev dependencies): reflex, and
seafoam, whose Bootstrap sets `html { font-size: 10px }` under 18 px text.
Each site is built in its own `pelican` process: seafoam is also a plugin, and
a plugin's signal handlers, once connected, stay connected for every later
build in the same process.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

from bs4 import BeautifulSoup
from conftest import ROOT, SEED

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


def settings_file(where: pathlib.Path, theme: str) -> str:
    """Settings: the demo's, with this theme, feeds on."""
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(DEMO)!r})",
        "from pelicanconf import *  # noqa",
        f"PATH = {str(where / 'content')!r}",
        f"OUTPUT_PATH = {str(where / 'output')!r}",
        "LOAD_CONTENT_CACHE = False",
        "CACHE_CONTENT = False",
        *(f"{key} = {value!r}" for key, value in FEEDS.items()),
        *(f"{k} = {v!r}" for k, v in THEME_SETTINGS.get(theme, {}).items()),
        f"PLUGINS = PLUGINS + {THEME_PLUGINS.get(theme, [])!r}",
    ]
    if theme == "seafoam":
        lines.append("from pelican.plugins import seafoam")
        lines.append("THEME = seafoam.get_path()")
    else:
        lines.append(f"THEME = {theme!r}")  # Pelican finds installed themes by name
    return "\n".join(lines) + "\n"


def build_themed(
    where: pathlib.Path, theme: str, files: dict[str, bytes]
) -> pathlib.Path:
    """Build `files` (content/ paths) with `theme`; return the output folder."""
    for name, data in files.items():
        path = where / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    conf = where / "themedconf.py"  # not pelicanconf: it imports that one
    conf.write_text(settings_file(where, theme), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pelican", "-q", "-s", str(conf)],
        check=True,
        cwd=where,
        timeout=300,
    )
    return where / "output"


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
