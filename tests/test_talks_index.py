"""The site-wide talks index and its speaker pages: what they list, their
file names, their escaping, and how a site changes or turns them off."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, build, seed_text

from pelican_talks import index_entries
from pelican_talks.talks import directory

DEMO = ROOT / "demo_site"
TALKS = "The talks of the evening:\n\n"
LIST = (
    TALKS
    + "* <em>Queues</em> by Ana Ruiz. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
)
# Spellings of one person an author may write (test_directory.py folds them).
NAMES = [
    ("Jean-Luc Picard", "Jean Luc Picard"),
    ("Søren Kierkegaard", "Soren Kierkegaard"),
    ("Łukasz Nowak", "Lukasz Nowak"),
]


def post(title: str, body: str, **meta: str) -> str:
    head = "".join(f"{k.capitalize()}: {v}\n" for k, v in meta.items())
    return f"Title: {title}\nDate: 2024-01-01\n{head}\n{body}\n"


def index_section(site) -> BeautifulSoup:
    return site.soup("talks/index.html").select_one(".talks-index")


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


# A theme's index template, and what its page shows: a talk's row reads as
# row.talk and as row["talk"] (the dict it was first documented as) alike.
OVERRIDES = [
    ("{{ talk_events | length }} events", "1 events"),
    (
        "{% for row in talk_events[0].talks[:2] %}{{ row.talk.title }};{% endfor %}",
        "Queues;Logs;",
    ),
    (
        '{% for row in talk_events[0].talks[:2] %}{{ row["talk"].title }}'
        '{{ row["speakers"][0].name }};{% endfor %}',
        "QueuesAna Ruiz;LogsBo Li;",
    ),
]


@pytest.mark.parametrize(("body", "shown"), OVERRIDES)
def test_a_theme_can_override_the_index(tmp_path, body, shown):
    import shutil

    import pelican

    theme = tmp_path / "theme"
    shutil.copytree(pelican.__file__.rsplit("/", 1)[0] + "/themes/simple", theme)
    (theme / "templates" / "pelican_talks").mkdir(parents=True)
    (theme / "templates" / "pelican_talks" / "index.html").write_text(
        '{% extends "base.html" %}{% block content %}<p id="mine">'
        + body
        + "</p>{% endblock %}"
    )
    site = build(tmp_path / "site", {"post.md": post("Meetup", LIST)}, THEME=str(theme))
    assert site.soup("talks/index.html").select_one("#mine").get_text() == shown


# (name, the slug's start, whether a hash suffix is added)
SLUGS = [
    ("Ana Ruiz", "ana-ruiz", False),
    ("Søren Kierkegaard", "soren-kierkegaard", False),
    ("@" + "a" * 260, "a" * index_entries.MAX_SLUG, True),
    ("...", "speaker", True),
    ("", "speaker", True),
]


@pytest.mark.parametrize(("name", "start", "suffixed"), SLUGS)
def test_speaker_file_names_are_short_and_never_empty(name, start, suffixed):
    used: set = set()
    slug = index_entries.speaker_slug(directory.folded(name), name, [], "talks", used)
    assert slug.startswith(start)
    assert (slug != start) is suffixed
    assert len(slug) <= index_entries.MAX_SLUG + 9


def test_a_taken_file_name_gets_a_stable_suffix():
    used = {"talks/speakers/ana-ruiz.html"}
    first = index_entries.speaker_slug("ana ruiz 2", "Ana Ruiz", [], "talks", used)
    again = index_entries.speaker_slug("ana ruiz 2", "Ana Ruiz", [], "talks", set(used))
    assert first == again and first.startswith("ana-ruiz-") and len(first) == 17


def test_the_talks_index_and_speaker_pages_escape_everything(build_site):
    body = TALKS + (
        "* <em>&lt;script&gt;alert(1)&lt;/script&gt;</em> by Ana Ruiz. A talk.\n"
        "* <em>List&lt;T&gt; in practice</em>: "
        '<a href="https://x.com/bo&quot; onmouseover=&quot;alert(1)">Bo Li</a>. A talk.\n'
    )
    site = build_site(
        {"a.md": post("Meetup &lt;b&gt;", body)},
        JINJA_ENVIRONMENT={"autoescape": False},
    )
    section = index_section(site)
    assert section.select("script") == [] and not section.select("[onmouseover]")
    titles = [t.text for t in section.select(".talks-index__title")]
    assert titles == ["<script>alert(1)</script>", "List<T> in practice"]
    speaker = site.soup("talks/speakers/bo-li.html").select_one(".talks-speaker")
    assert not speaker.select("[onmouseover]")
    assert (
        speaker.select_one(".u-url")["href"]
        == 'https://x.com/bo" onmouseover="alert(1)'
    )
    assert speaker.select_one("h1").text == "Bo Li"


def test_an_unsafe_profile_is_not_linked_from_a_speaker_page(build_site):
    body = (
        TALKS
        + "* <em>Queues</em> by Ana Ruiz. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
    )
    site = build_site(
        {"a.md": post("Meetup", body)},
        TALKS_SPEAKERS={"Ana Ruiz": "file:///etc/passwd"},
    )
    assert site.soup("talks/speakers/ana-ruiz.html").select(".u-url") == []


@pytest.mark.parametrize(("one", "other"), NAMES)
def test_two_spellings_of_one_person_get_one_page(build_site, one, other):
    body = (
        TALKS
        + f"* <em>Queues</em> by {one}. A talk.\n* <em>Logs</em> by {other}. A talk.\n"
    )
    site = build_site({"a.md": post("Meetup", body)})
    pages = list((site.output / "talks" / "speakers").glob("*.html"))
    assert len(pages) == 1
    assert len(index_section(site).select(".talks-index__speakers li")) == 1


def test_a_260_character_handle_gets_a_short_file_name(build_site):
    handle = "a" * 260
    body = (
        TALKS
        + f"* <em>Queues</em> by @{handle}. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
    )
    site = build_site({"a.md": post("Meetup", body)})
    names = sorted(p.name for p in (site.output / "talks" / "speakers").glob("*.html"))
    assert len(names) == 2 and all(len(n) < 80 for n in names)


@pytest.mark.parametrize("path", ["index.html", "./index.html"])
def test_an_index_over_pelicans_own_index_is_refused_at_start(build_site, path):
    from pelican_talks.settings import SettingsError

    with pytest.raises(SettingsError, match=r"TALKS_INDEX_SAVE_AS.*INDEX_SAVE_AS"):
        build_site({"a.md": post("A", "x")}, TALKS_INDEX_SAVE_AS=path)


def test_a_page_in_the_index_place_is_kept_and_the_setting_named(build_site):
    body = (
        TALKS
        + "* <em>Queues</em> by Ana Ruiz. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
    )
    files = {
        "a.md": post("Meetup", body),
        "pages/talks.md": post("My talks page", "Mine.", slug="talks"),
    }
    site = build_site(files, PAGE_SAVE_AS="{slug}/index.html", PAGE_URL="{slug}/")
    assert "My talks page" in site.html("talks/index.html")
    assert any("TALKS_INDEX_SAVE_AS" in m and "talks.md" in m for m in site.messages())
    assert "talk-card" in site.html("meetup.html")


@pytest.mark.parametrize(
    "where",
    [
        {"CATEGORY_SAVE_AS": "{slug}/index.html", "CATEGORY_URL": "{slug}/"},
        {"TAG_SAVE_AS": "{slug}/index.html", "TAG_URL": "{slug}/"},
    ],
)
def test_a_category_in_the_index_place_is_kept_and_the_setting_named(build_site, where):
    text = post("Meetup", LIST, category="Talks", tags="talks")
    site = build_site({"a.md": text}, **where)
    assert "talks-index" not in site.html("talks/index.html")
    assert any(
        "TALKS_INDEX_SAVE_AS" in m and "talks/index.html" in m for m in site.messages()
    )


def test_talks_only_in_a_translation_are_in_the_index(build_site):
    files = {
        "en.md": post("Meetup", "Nothing to list.", slug="meetup"),
        "fr.md": post("Rencontre", LIST, slug="meetup", lang="fr"),
    }
    site = build_site(files)
    titles = [t.text for t in index_section(site).select(".talks-index__title")]
    assert titles == ["Queues", "Logs"]


def test_filename_speaker_links_are_resolved(build_site):
    body = (
        TALKS
        + "* <em>Queues</em> by [Ana Ruiz]({filename}/pages/ana.md). A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
    )
    files = {"a.md": post("Meetup", body), "pages/ana.md": post("Ana", "About Ana.")}
    site = build_site(files, SITEURL="https://site.example", RELATIVE_URLS=False)
    page = site.soup("talks/speakers/ana-ruiz.html")
    assert page.select_one(".u-url")["href"] == "../../pages/ana.html"
    data = json.loads(
        site.soup("meetup.html").select_one('script[type="application/ld+json"]').string
    )
    same = [p.get("sameAs") for e in data["subEvent"] for p in e["performer"]]
    assert same == ["https://site.example/pages/ana.html", None]


def test_an_untitled_talk_is_called_by_its_kind_everywhere(build_site):
    body = TALKS + "* Keynote by Ana Ruiz.\n* <em>Logs</em> by Bo Li. A talk.\n"
    site = build_site({"a.md": post("Meetup", body)})
    card = site.content("meetup.html").select_one(".talk-card__title")
    index = [t.text for t in index_section(site).select(".talks-index__title")]
    speaker = site.soup("talks/speakers/ana-ruiz.html")
    assert card.text == "Keynote"
    assert index == ["Keynote", "Logs"]
    assert speaker.select_one(".talks-index__title").text == "Keynote"
