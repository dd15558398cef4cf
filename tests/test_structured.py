"""JSON-LD on article pages. (The talks index: test_talks_index.py.)"""

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


def talks_post(title: str, *meta: str) -> str:
    head = "".join(f"{line}\n" for line in meta)
    return (
        f"Title: {title}\nDate: 2024-05-01\nSlug: meetup\n{head}\n"
        "The talks:\n\n* *Queues at scale* by Ana Ruiz. A talk.\n"
    )


# Each page's event url is its own page's, as Pelican wrote it: (files, settings,
# page file, its url).
OWN_URLS = [
    ({"a.md": talks_post("Meetup")}, {}, "meetup.html", "meetup.html"),
    (
        {"a.md": talks_post("Meetup")},
        {
            "ARTICLE_URL": "{date:%Y}/{slug}/",
            "ARTICLE_SAVE_AS": "{date:%Y}/{slug}/index.html",
        },
        "2024/meetup/index.html",
        "2024/meetup/",
    ),
    (
        {"a.md": talks_post("Meetup"), "b.md": talks_post("Rencontre", "Lang: fr")},
        {},
        "meetup-fr.html",
        "meetup-fr.html",
    ),
    (
        {"a.md": talks_post("Meetup", "Status: draft")},
        {},
        "drafts/meetup.html",
        "drafts/meetup.html",
    ),
]


@pytest.mark.parametrize(("files", "settings", "page", "url"), OWN_URLS)
@pytest.mark.parametrize("cached", [False, True])
def test_the_event_url_is_its_pages_url(build_site, files, settings, page, url, cached):
    caching = {"CACHE_CONTENT": cached, "LOAD_CONTENT_CACHE": cached}
    site = build_site(files, SITEURL="https://blog.example", **caching, **settings)
    (event,) = jsonld(site.html(page))
    assert event["url"] == f"https://blog.example/{url}"
