"""Feed entries without what only the plugin's stylesheet hides or protects."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from conftest import png_bytes

from pelican_talks.feeds import plain

LABEL = '<span class="talks-new-tab-label"> (opens in a new tab)</span>'

CASES = [
    (
        "a hidden label goes",
        f'<a href="https://x.example/">x{LABEL}</a>',
        '<a href="https://x.example/">x</a>',
    ),
    (
        "a size the plugin added goes",
        '<img src="a.png" alt="" width="640" height="360" class="talks-sized">',
        '<img src="a.png" alt="" class="talks-sized">',
    ),
    (
        "with the author's class first",
        '<img src="a.png" class="wide talks-sized" width="640" height="360">',
        '<img src="a.png" class="wide talks-sized">',
    ),
    (
        "a size the author wrote stays",
        '<img src="a.png" alt="" width="640" height="360">',
        '<img src="a.png" alt="" width="640" height="360">',
    ),
    (
        "a span of the author's stays",
        '<span class="note">(opens in a new tab)</span>',
        '<span class="note">(opens in a new tab)</span>',
    ),
]


@pytest.mark.parametrize(
    ("entry", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_plain(entry, expected):
    assert plain(entry) == expected


def test_a_built_feed_has_neither(build_site):
    post = (
        "Title: P\nDate: 2024-01-01\n\n"
        "[x](https://x.example/) ![Stage]({static}/images/stage.png)\n"
    )
    site = build_site(
        {"images/stage.png": png_bytes(64, 48), "p.md": post},
        STATIC_PATHS=["images"],
        FEED_ALL_ATOM="all.atom.xml",
        TALKS_EXTERNAL_NEW_TAB=True,
        TALKS_NEW_TAB_LABEL="(opens in a new tab)",
    )
    page = site.html("p.html")
    assert "talks-new-tab-label" in page and 'width="64"' in page
    feed = BeautifulSoup(site.html("all.atom.xml"), "xml")
    entry = "".join(t.text for t in feed.find_all(["content", "summary"]))
    assert "opens in a new tab" not in entry and "width=" not in entry
    assert "talks-sized" in entry  # the image is there, without its size
