"""The talks index split by year once it is too long for one page."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

import pytest
from conftest import build

from pelican_talks import index_years


def event(year: int, talks: int):
    article = SimpleNamespace(date=datetime.datetime(year, 6, 1))
    return SimpleNamespace(article=article, talks=[{}] * talks)


CASES = [
    # (talks per event, newest first, as (year, talks); expected pages: (save_as, years on it))
    (
        "few talks: one page",
        [(2024, 3), (2019, 2)],
        10,
        [("talks/index.html", [2024, 2019])],
    ),
    (
        "many: a page per year",
        [(2024, 3), (2024, 2), (2019, 4)],
        4,
        [("talks/index.html", [2024, 2024]), ("talks/2019.html", [2019])],
    ),
    (
        "exactly the limit: one page",
        [(2024, 2), (2019, 2)],
        4,
        [("talks/index.html", [2024, 2019])],
    ),
]


@pytest.mark.parametrize(
    ("name", "events", "limit", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_pages(monkeypatch, name, events, limit, expected):
    monkeypatch.setattr(index_years, "MAX_TALKS_ON_ONE_PAGE", limit)
    pages = index_years.index_pages(
        [event(y, n) for y, n in events], "talks/index.html"
    )
    got = [(p.save_as, [e.article.date.year for e in p.events]) for p in pages]
    assert got == expected
    assert [p.first for p in pages] == [True] + [False] * (len(pages) - 1)


def test_every_page_links_every_year_and_marks_its_own(monkeypatch):
    monkeypatch.setattr(index_years, "MAX_TALKS_ON_ONE_PAGE", 1)
    pages = index_years.index_pages(
        [event(2024, 2), event(2022, 1), event(2022, 3)], "index.html"
    )
    for page in pages:
        assert [(y.name, y.url, y.talks) for y in page.years] == [
            ("2024", "index.html", 2),
            ("2022", "2022.html", 4),
        ]
        assert [y.url for y in page.years if y.current] == [page.save_as]


RECAP = "Title: {title}\nDate: {year}-05-01\n\nTalks:\n\n* *{title} one* by Ana Ruiz. A talk.\n* *{title} two* by Bo Li. A talk.\n"


def test_a_built_site_gets_year_pages_that_list_every_talk_once(tmp_path, monkeypatch):
    monkeypatch.setattr(index_years, "MAX_TALKS_ON_ONE_PAGE", 3)
    files = {
        f"{year}.md": RECAP.format(title=f"Meetup {year}", year=year)
        for year in (2021, 2022, 2024)
    }
    site = build(tmp_path, files)
    pages = {"talks/index.html": 2024, "talks/2022.html": 2022, "talks/2021.html": 2021}
    listed = []
    for name, year in pages.items():
        soup = site.soup(name)
        titles = [t.get_text() for t in soup.select(".talks-index__title")]
        assert titles == [f"Meetup {year} one", f"Meetup {year} two"]
        listed += titles
        nav = soup.select(".talks-index__years a")
        assert [a.get_text() for a in nav] == ["2024", "2022", "2021"]
        assert [a.get_text() for a in nav if a.get("aria-current")] == [str(year)]
        # Speakers are listed on the index page only.
        assert bool(soup.select(".talks-index__speakers")) == (
            name == "talks/index.html"
        )
    assert len(listed) == len(set(listed)) == 6


def test_year_pages_no_longer_needed_are_removed(tmp_path, monkeypatch):
    cached = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
    monkeypatch.setattr(index_years, "MAX_TALKS_ON_ONE_PAGE", 3)
    files = {f"{y}.md": RECAP.format(title=f"M{y}", year=y) for y in (2021, 2024)}
    site = build(tmp_path, files, **cached)
    assert (site.output / "talks" / "2021.html").exists()
    (tmp_path / "content" / "2021.md").unlink()
    site = build(tmp_path, {"2024.md": files["2024.md"]}, **cached)
    assert not (site.output / "talks" / "2021.html").exists()
    assert not site.soup("talks/index.html").select(".talks-index__years")
