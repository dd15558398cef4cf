"""WordPress/Jekyll exports: `categories:` and `<!--more-->` behave as authors meant."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import seed_text

from pelican_talks.wordpress import first_category

NEWER = (
    "Title: Newer\nDate: 2030-01-01\nCategory: General\n\n"
    "A newer post so the seed is a summary.\n"
)


def feed_summary(feed: str, title: str) -> str:
    entry = next(
        e for e in BeautifulSoup(feed, "xml").find_all("entry") if e.title.text == title
    )
    return entry.summary.text.strip()


@pytest.fixture
def seed_site(build_site):
    return build_site(
        {"seed.md": seed_text(), "newer.md": NEWER},
        FEED_ALL_ATOM="feeds/all.atom.xml",
        SITEURL="https://blog.example",
    )


def test_first_of_categories_becomes_the_category(seed_site):
    content = seed_site.html("sourced-tech-talks.html")
    assert 'href="./category/general.html">General</a>' in content
    assert not (seed_site.output / "category" / "misc.html").exists()


def test_tags_are_kept(seed_site):
    tags = {
        a.text for a in seed_site.soup("sourced-tech-talks.html").select("a[href*=tag]")
    }
    assert {"infrastructure", "event", "talent"} <= tags


def test_summary_stops_at_the_more_marker(seed_site):
    index = seed_site.soup("index.html")
    teaser = next(
        a.find_parent("article") or a.find_parent("li")
        for a in index.select("a[href='./sourced-tech-talks.html']")
    )
    text = teaser.get_text(" ", strip=True)
    assert "This first edition was about infrastructure." in text
    assert "little conference" not in text
    summary = feed_summary(seed_site.html("feeds/all.atom.xml"), "Sourced Tech Talks")
    assert summary.endswith("This first edition was about infrastructure.</p>")
    assert "little conference" not in summary


def test_an_explicit_summary_wins(build_site):
    post = (
        "Title: P\nDate: 2024-01-01\nSummary: Mine.\n\nBefore.\n<!--more-->\nAfter.\n"
    )
    site = build_site({"p.md": post, "newer.md": NEWER}, FEED_ALL_ATOM="all.atom.xml")
    assert feed_summary(site.html("all.atom.xml"), "P") == "<p>Mine.</p>"


def test_an_explicit_category_wins(build_site):
    post = "---\ntitle: P\ndate: 2024-01-01\ncategory: Mine\n"
    post += "categories: [Other]\n---\n\nx\n"
    site = build_site({"p.md": post})
    assert (site.output / "category" / "mine.html").exists()
    assert not (site.output / "category" / "other.html").exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (["General", "Events"], "General"),
        ([None, " Events "], "Events"),
        ("General, Events", "General"),
        ("general events", "general"),
        ([], None),
        ("", None),
        (42, None),
    ],
)
def test_first_category_reads_wordpress_and_jekyll_forms(value, expected):
    assert first_category(value) == expected
