"""The talks index, one page per year once it is too long for one page.

At 5,000 talks one page was 0.9 MB of HTML. Split by year rather than into
numbered pages as Pelican paginates its own index: a year's page keeps its
address and its talks as new recaps are added, where page 7 of a numbered
list shifts with every new recap (bookmarks and search results go stale), and
readers look for talks by when they were given. The index page shows the
newest year, links every year and lists the speakers; `talks/<year>.html`
holds each earlier year.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from typing import Any

# About 90 KB of HTML: under it, one page lists every talk, as on most blogs.
MAX_TALKS_ON_ONE_PAGE = 500


@dataclass
class YearLink:
    name: str  # "2024"
    url: str  # the year's page, relative to the site root
    talks: int
    current: bool = False  # the page showing it


@dataclass
class IndexPage:
    save_as: str
    events: list[Any]  # talks_index.Event, newest first
    years: list[YearLink] = field(default_factory=list)  # empty: not split
    first: bool = True  # the index page itself (it lists the speakers)


def index_pages(events: list[Any], save_as: str) -> list[IndexPage]:
    """`events` (newest first) on one page, or on one page per year."""
    if sum(len(event.talks) for event in events) <= MAX_TALKS_ON_ONE_PAGE:
        return [IndexPage(save_as, events)]
    by_year: dict[str, list[Any]] = {}
    for event in events:
        by_year.setdefault(year_of(event.article), []).append(event)
    folder = posixpath.dirname(save_as)
    pages = []
    for number, (year, on_page) in enumerate(by_year.items()):
        page_save_as = (
            save_as if number == 0 else posixpath.join(folder, f"{year}.html")
        )
        pages.append(IndexPage(page_save_as, on_page, first=number == 0))
    for page in pages:
        page.years = [
            YearLink(year, other.save_as, sum(len(e.talks) for e in other.events))
            for year, other in zip(by_year, pages, strict=True)
        ]
        for link in page.years:
            link.current = link.url == page.save_as
    return pages


def year_of(article: Any) -> str:
    date = getattr(article, "date", None)
    return str(getattr(date, "year", "")) or "undated"
