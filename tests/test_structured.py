"""JSON-LD on article pages, and the site-wide talks index with speaker pages."""

from __future__ import annotations

import extruct
import pytest
from conftest import ROOT, build, seed_text

DEMO = ROOT / "demo_site"


def jsonld(page: str) -> list[dict]:
    return extruct.extract(page, syntaxes=["json-ld"], uniform=True)["json-ld"]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return build(
        tmp_path_factory.mktemp("ref"),
        {"seed.md": seed_text()},
        SITEURL="https://blog.example",
    )


def test_reference_post_has_an_event_with_seven_talks(reference):
    (event,) = jsonld(reference.html("sourced-tech-talks.html"))
    assert event["@context"] == "https://schema.org"
    assert event["@type"] == "Event"
    assert event["name"] == "Sourced Tech Talks"
    assert event["startDate"].startswith("2017-03-25")
    assert event["url"] == "https://blog.example/sourced-tech-talks.html"
    talks = event["subEvent"]
    assert len(talks) == 7
    assert all(t["@type"] == "Event" and t["performer"] for t in talks)
    first = talks[0]
    assert first["name"] == "Building a Billion User Load Balancer"
    assert first["description"].startswith("His talk showed how the load balancer")
    assert first["performer"] == [
        {
            "@type": "Person",
            "name": "James Reilly",
            "sameAs": "https://twitter.com/servsockd",
            "jobTitle": "Network Production Engineer",
            "worksFor": {"@type": "Organization", "name": "Facebook"},
        }
    ]


def test_only_the_article_page_carries_it(reference):
    assert jsonld(reference.html("index.html")) == []


EVENT_POST = """Title: Our meetup
Date: 2024-05-01
Event: Harbour Meetup #12
Event_date: 2024-04-30T19:00
Event_location: Dockside Hall

The talks:

* *Queues at scale* by Dr. Ana Ruiz. A talk about queues.
* *&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;* by Bo Li. A talk.
"""


def test_event_metadata_and_escaping(tmp_path):
    site = build(tmp_path, {"e.md": EVENT_POST})
    page = site.html("our-meetup.html")
    (event,) = jsonld(page)
    assert event["name"] == "Harbour Meetup #12"
    assert event["startDate"] == "2024-04-30T19:00"
    assert event["location"] == {"@type": "Place", "name": "Dockside Hall"}
    assert event["subEvent"][1]["name"] == "</script><script>alert(1)</script>"
    assert event["subEvent"][0]["performer"] == [
        {"@type": "Person", "name": "Ana Ruiz", "honorificPrefix": "Dr."}
    ]
    from bs4 import BeautifulSoup

    scripts = BeautifulSoup(page, "html.parser").find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]  # no break-out


def test_talks_jsonld_false_adds_none(tmp_path):
    site = build(tmp_path, {"seed.md": seed_text()}, TALKS_JSONLD=False)
    assert jsonld(site.html("sourced-tech-talks.html")) == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    content = DEMO / "content"
    files = {
        str(p.relative_to(content)): p.read_bytes()
        for p in content.rglob("*")
        if p.is_file()
    }
    return build(
        tmp_path_factory.mktemp("demo"),
        files,
        plugins=None,
        config=DEMO / "pelicanconf.py",
    )


def demo_talks(site) -> list[tuple[str, list[str]]]:
    talks = []
    for name in (
        "harbour-infra-night.html",
        "python-evening.html",
        "workshop-day.html",
    ):
        for card in site.content(name).select(".talk-card"):
            title = card.select_one(".talk-card__title").get_text(" ", strip=True)
            speakers = [
                s.get_text(strip=True) for s in card.select(".p-speaker > .p-name")
            ]
            talks.append((title, speakers))
    return talks


def test_the_index_lists_every_demo_talk_newest_first(demo):
    index = demo.soup("talks/index.html")
    listed = [
        li.select_one(".talks-index__title").get_text(strip=True)
        for li in index.select(".talks-index__event li")
    ]
    expected = demo_talks(demo)
    assert sorted(listed) == sorted(t for t, _ in expected)
    events = [a.get_text(strip=True) for a in index.select(".talks-index__event h2 a")]
    assert events == [
        "Workshop day at the data conference",
        "Python evening: packaging, typing and a keynote",
        "Harbour Infra Night, spring edition",
    ]
    assert index.select_one("#banner")  # the theme's base.html around it


def test_a_page_per_speaker(demo):
    index = demo.soup("talks/index.html")
    speaker_links = [a["href"] for a in index.select(".talks-index__speakers a")]
    speakers = {s for _, names in demo_talks(demo) for s in names}
    assert len(speaker_links) == len(speakers)
    page = demo.soup("talks/speakers/rosa-quintero.html")
    assert page.select_one(".p-name").get_text() == "Rosa Quintero"
    assert page.select_one(".p-org").get_text() == "Lighthouse Labs"
    assert "Packaging without tears" in page.get_text()


def test_the_demo_links_the_index(demo):
    about = demo.soup("pages/about.html")
    assert about.select_one('a[href="../talks/index.html"]')


def test_names_are_reconciled_across_posts(tmp_path):
    one = "Title: One\nDate: 2024-01-01\n\nTalks:\n\n* *Disks* by David Fernández. A talk.\n* *Logs* by Bo Li. A talk.\n"
    two = "Title: Two\nDate: 2024-02-01\n\nTalks:\n\n* *Writes* by david fernandez. A talk.\n* *SSDs* by David Fernandez. A talk.\n"
    site = build(
        tmp_path,
        {"one.md": one, "two.md": two},
        TALKS_SPEAKERS={"David Fernández": {"org": "MongoDB"}},
    )
    pages = sorted(p.name for p in (site.output / "talks" / "speakers").iterdir())
    assert pages == ["bo-li.html", "david-fernandez.html"]
    page = site.soup("talks/speakers/david-fernandez.html")
    assert page.select_one(".p-name").get_text() == "David Fernández"
    assert len(page.select("li")) >= 2


def test_the_index_can_be_switched_off(tmp_path):
    site = build(tmp_path, {"seed.md": seed_text()}, TALKS_INDEX_SAVE_AS=None)
    assert not (site.output / "talks").exists()


def test_a_theme_can_override_the_index(tmp_path):
    import shutil

    import pelican

    theme = tmp_path / "theme"
    shutil.copytree(pelican.__file__.rsplit("/", 1)[0] + "/themes/simple", theme)
    (theme / "templates" / "pelican_talks").mkdir(parents=True)
    (theme / "templates" / "pelican_talks" / "index.html").write_text(
        '{% extends "base.html" %}{% block content %}<p id="mine">{{ talk_events | length }} events</p>{% endblock %}'
    )
    site = build(tmp_path / "site", {"seed.md": seed_text()}, THEME=str(theme))
    assert site.soup("talks/index.html").select_one("#mine").get_text() == "1 events"


ROOM_POST = """Title: Our meetup
Date: 2024-05-01
Event_date: 2024-04-30

The talks:

* 19:00 Room A - *Queues at scale* by Ana Ruiz
* *Maps for the pocket* by Bo Li (Salle 2)
"""


def test_a_talks_room_is_its_location(tmp_path):
    from bs4 import BeautifulSoup

    page = build(tmp_path, {"r.md": ROOM_POST}).html("our-meetup.html")
    (event,) = jsonld(page)
    rooms = [talk.get("location") for talk in event["subEvent"]]
    assert rooms == [
        {"@type": "Place", "name": "Room A"},
        {"@type": "Place", "name": "Salle 2"},
    ]
    cards = BeautifulSoup(page, "html.parser").select(".talk-card")
    assert [c.select_one(".p-location").get_text() for c in cards] == [
        "Room A",
        "Salle 2",
    ]
    assert cards[0].select_one(".p-name").get_text() == "Queues at scale"
