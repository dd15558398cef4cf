"""Real content, every pass on: Pelican's own test content, the shared corpus and
the demo site. For every article and page: no error the plugin-off build
doesn't have, no visible word lost, and running the plugin over its own output
changes nothing.
"""

from __future__ import annotations

import collections
import logging
import pathlib
import re

import pytest
from bs4 import BeautifulSoup
from conftest import CORPUS, ROOT, build, pelican_test_sites
from pelican.contents import Static

from pelican_talks import pipeline
from pelican_talks.article import article_mode
from pelican_talks.passes import enabled_passes
from pelican_talks.settings import TalksSettings


def words(html: str) -> collections.Counter:
    """Words of the article or page body (the menu may differ: categories change)."""
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select_one(".entry-content") or soup.select_one("#content") or soup
    for info in body.select("footer, .post-info"):
        info.decompose()  # "In misc": the category line changes with categories:
    text = body.get_text(" ")
    return collections.Counter(re.findall(r"\w+", text.casefold()))


def errors(site, root: pathlib.Path) -> set[str]:
    return {
        r.getMessage().replace(str(root), "<site>")
        for r in site.records
        if r.levelno >= logging.ERROR
    }


def check_pair(tmp_path: pathlib.Path, files: dict, **settings) -> int:
    """Build plugin on and off; check each article and page; return pages checked."""
    plugins = settings.pop("plugins", ("yaml_metadata", "pelican_talks"))
    on = build(tmp_path / "on", files, plugins=plugins, **settings)
    off_plugins = tuple(p for p in (plugins or ()) if p != "pelican_talks")
    off = build(tmp_path / "off", files, plugins=off_plugins, **settings)
    assert errors(on, tmp_path / "on") <= errors(off, tmp_path / "off")
    checked = 0
    for content in on.contents:
        if isinstance(content, Static) or not getattr(content, "_content", None):
            continue
        page = on.output / content.save_as
        if not content.save_as or not page.exists():
            continue
        before = off.output / content.save_as
        lost = words(before.read_text(encoding="utf-8")) - words(
            page.read_text(encoding="utf-8")
        )
        assert not lost, (content.source_path, lost)
        assert_idempotent(content)
        checked += 1
    return checked


def assert_idempotent(content) -> None:
    mode = article_mode(content)
    if mode == "no":
        return
    build_ = pipeline.Build(
        TalksSettings.from_pelican(content.settings), content.settings
    )
    article = pipeline.ArticleWork(str(content.source_path), build_, mode)
    again = pipeline.process(content._content, article, enabled_passes(build_.settings))
    assert again.html == content._content, content.source_path


def test_pelicans_own_test_content(tmp_path):
    checked = sum(
        check_pair(tmp_path / f"site{n}", files, SLUGIFY_SOURCE="basename")
        for n, files in enumerate(pelican_test_sites())
    )
    assert checked >= 30


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
@pytest.mark.parametrize("folder", ["talks", "traps"])
@pytest.mark.parametrize("talks", [None, "yes"])
def test_the_shared_corpus(tmp_path, folder, talks):
    from corpus import pelicanize_module

    pelicanize = pelicanize_module()
    files = dict(
        pelicanize.pelicanize(p, talks)
        for p in sorted((CORPUS / folder).iterdir())
        if p.suffix in (".md", ".rst")
    )
    assert check_pair(tmp_path, files, plugins=("pelican_talks",)) == len(files)


def test_the_demo_site(tmp_path):
    demo = ROOT / "demo_site"
    files = {
        str(p.relative_to(demo / "content")): p.read_bytes()
        for p in (demo / "content").rglob("*")
        if p.is_file()
    }
    checked = check_pair(tmp_path, files, plugins=None, config=demo / "pelicanconf.py")
    assert checked == len([f for f in files if f.endswith((".md", ".rst"))])
