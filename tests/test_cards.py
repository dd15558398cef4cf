"""Talk cards on real builds: the reference post, author control, drawing."""

from __future__ import annotations

import json
import re

import mf2py
import pelican
import pytest
from bs4 import BeautifulSoup
from conftest import CORPUS, pelican_test_sites, seed_text

REFERENCE = [
    # title, speaker, link, role, org, kind
    (
        "Building a Billion User Load Balancer",
        "James Reilly",
        "https://twitter.com/servsockd",
        "Network Production Engineer",
        "Facebook",
        "talk",
    ),
    (
        "One API to rule them all, Rise of the Operators",
        "Iván Pedrazas",
        "https://twitter.com/ipedrazas",
        "Kubernetes specialist",
        None,
        "talk",
    ),
    (
        "High-performance Linux monitoring with eBPF",
        "Alfonso Acosta",
        "https://twitter.com/2opremio",
        "Software Engineer",
        "Weaveworks",
        "talk",
    ),
    (
        "From 0 to anomaly detection in your infrastructure metrics in 15 minutes",
        "Alejandro Guirao",
        "https://twitter.com/lekum",
        "Software Engineer",
        "Intelygenz",
        "lightning",
    ),
    (
        "Booting up your cattle with Ignition and Matchbox",
        "Sonia Meruelo",
        "https://twitter.com/tekess",
        "Infrastructure Engineer",
        "Source{d}",
        "lightning",
    ),
    (
        "The many journeys of a disk write",
        "David Fernández",
        "https://twitter.com/deibyz",
        "SRE",
        "MongoDB",
        "talk",
    ),
    (
        "Native, Distributed Storage For Kubernetes",
        "Joshep Jacks",
        "https://twitter.com/asynchio",
        "EIR",
        "Quantum Corporation",
        "talk",
    ),
]


def events(page: str) -> list[dict]:
    """The cards of a page, read back by a microformats2 parser."""
    parsed = mf2py.parse(doc=page)
    return [i for i in parsed["items"] if "h-event" in i["type"]]


def first(properties: dict, name: str):
    values = properties.get(name)
    return values[0] if values else None


def card_fields(event: dict) -> tuple:
    (speaker,) = event["properties"]["speaker"]
    card = speaker["properties"]
    return (
        first(event["properties"], "name"),
        first(card, "name"),
        first(card, "url"),
        first(card, "job-title"),
        first(card, "org"),
        first(event["properties"], "category"),
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    from conftest import build

    return build(tmp_path_factory.mktemp("reference"), {"seed.md": seed_text()})


def test_reference_post_gives_its_seven_cards_exactly(reference):
    found = [card_fields(e) for e in events(reference.html("sourced-tech-talks.html"))]
    assert found == REFERENCE
    assert sum(1 for f in found if f[5] == "lightning") == 2


def test_cards_keep_list_semantics_and_the_abstract(reference):
    content = reference.content("sourced-tech-talks.html")
    lists = content.select("ul.talk-cards")
    assert [len(u.find_all("li", recursive=False)) for u in lists] == [2, 5]
    assert all(u["role"] == "list" for u in lists)
    # The post has no headings: under its h1 title, cards are h2s.
    assert len(content.select(".talk-card h2.talk-card__title")) == 7
    abstract = content.select(".talk-card__abstract")[6]
    assert (
        abstract.find("em").text
        == '"Open source file, block and object storage for your cloud-native environment"'
    )
    badges = [b.text for b in content.select(".talk-card__kind")]
    assert badges == ["Lightning talk", "Lightning talk"]
    profile = content.select_one(".talk-card__profile")
    assert profile.get_text(" ", strip=True) == "X @servsockd"


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def items_and_cards(build_site, name: str, source: str, page: str) -> list:
    """Each list item built without the plugin, beside its card built with it."""
    off = build_site({name: source}, plugins=("yaml_metadata",))
    on = build_site({name: source})
    items = off.content(page).select("li")
    cards = on.content(page).select(".talk-card")
    assert len(items) == len(cards)
    return list(zip(items, cards, strict=True))


def words_lost(item, card) -> list[str]:
    card_words = set(words(card.get_text(" ")))
    return [w for w in words(item.get_text(" ")) if w not in card_words]


def test_no_word_of_an_item_is_lost(build_site):
    pairs = items_and_cards(
        build_site, "seed.md", seed_text(), "sourced-tech-talks.html"
    )
    assert len(pairs) == 7
    assert [words_lost(item, card) for item, card in pairs] == [[]] * 7


# Shapes whose connecting words the card must say itself: honorifics, an
# article before one, a kind before the byline, a room, an organisation.
OWN_WORDS = """Title: Autumn meetup
Date: 2024-10-01
Talks: yes

* 09:45 – *Main Hall* – Keynote: “Queues that never lose” – Dr. Ana Ruiz
* *Evaluar modelos*, por el Dr. Ignacio Barrenechea, investigador en Alcaraz.
* *Apprendre en jouant*, atelier animé par Louise-Marie Le Bihan
* “Feature flags” – Bo Li & Dan Wu, Saltmarsh Labs
* Panel: Who owns the pager — moderated by Prof. Dr. Eva Janssens
* @cy_codes on writing a queue in a weekend
* **Rui Lima**, engenheiro de plataforma na Cajuí: *Kubernetes sem drama*
* Slotsessie: "Wat nu met de Cyber Resilience Act?" door mr. Bart D'Hondt
* **Ana Belén Zurita** (ingeniera en Naranjo Labs) nos habló de *«Colas»*.
* *Accesibilidad web*, Pablo Serrano (@pabloserrano)
* *Arquiteturas*<br>Oradora: Inês Carvalhal (Tejo Sistemas)
* Workshop (Room B, 90 min): *Tracing for the curious* — Ana Ruiz & Bo Li
* *The boring roadmap* — Hanna Brandt-Ueda, Principal Engineer, Fjordline Telecom
* Panel: *Who owns the pager?* — Ana Ruiz, Bo Li and Dan Wu, moderated by Eva Janssens
* Mesa redonda: *Colas* — modera Carmen Díaz; participan Pablo Serrano y Inés Gil
* Femke de Wit (lead developer bij Stroopwafel): Container queries in het wild
* 10:00 **Keynote:** *Souveräne Daten*, Prof. Dr. Ulrike Hasselbach
* Rosa "Ro" Okafor (@rosaokafor) presented *Typed queues, slowly*
* Hana Kim and Olu Bello (@hanakim, @olubello) presented *Packaging lessons*
* Chez Brioche Labs, Mathilde Roux : *Migrer sans coupure*
* Harbourline's Gabriel Levesque: *Servo, one year later*
* H.1302, 11:00–11:50 — *Builds that repeat* door Sanne de Vries
* 9 h 30 — conférence invitée : *Files d'attente*, par Hugo Lemaire
* Femi Okafor (TU Lemmer): keynote *Het web van morgen*
* Ana Ruiz de Acme: «Colas sin dolor»
* Bruno Ortega de Initech: «Mapas de bolsillo»
* *Queues at scale* (with A. Lind and B. Kim), presented by Dr. Ana Ruiz.
* **Lire l'écran** — 🇨🇭 Claire Dubois et 🇫🇷 Inès Martin
"""


def test_no_word_of_the_authors_connecting_words_is_lost(build_site):
    pairs = items_and_cards(build_site, "own.md", OWN_WORDS, "autumn-meetup.html")
    assert len(pairs) == 28
    for item, card in pairs:
        assert words_lost(item, card) == [], item.get_text(" ")


# A programme whose slots of parallel talks are nested lists, beside talks of
# its own: both levels are drawn, the slot stays an item holding its cards.
PARALLEL = """Title: Spring conference: the programme
Date: 2024-05-01
Talks: yes

* 09:00 Doors open
* 09:30 Keynote: *Twenty years of queues* — Ana Ruiz
* 10:30 Parallel talks
    * *Maps for the pocket* — Bo Li (Saltmarsh Labs)
    * *Kleine Daten* — Max Müller
* 12:00 Lunch
* 13:00 *Queues at scale* — Carmen Díaz
"""


def test_talks_beside_a_slot_of_nested_talks_are_all_drawn(build_site):
    site = build_site({"parallel.md": PARALLEL}, SITEURL="https://blog.example")
    content = site.content("spring-conference-the-programme.html")
    outer = content.select_one("ul.talk-cards")
    titles = [t.get_text(strip=True) for t in outer.select(".talk-card__title")]
    assert titles == [
        "Twenty years of queues",
        "Maps for the pocket",
        "Kleine Daten",
        "Queues at scale",
    ]
    slot = outer.select_one(":scope > li.talk-cards__other ul.talk-cards")
    assert (
        slot.find_parent("li")
        .get_text(" ", strip=True)
        .startswith("10:30 Parallel talks")
    )
    off = build_site({"parallel.md": PARALLEL}, plugins=("yaml_metadata",))
    written = off.content("spring-conference-the-programme.html").select_one("ul")
    shown = set(words(outer.get_text(" ")))
    assert [w for w in words(written.get_text(" ")) if w not in shown] == []
    page = BeautifulSoup(
        site.html("spring-conference-the-programme.html"), "html.parser"
    )
    event = json.loads(page.select_one('script[type="application/ld+json"]').string)
    # The talks in the order a reader meets them, the nested ones in their slot.
    assert [talk["name"] for talk in event["subEvent"]] == titles


def test_stylesheet_is_copied_and_linked_only_where_cards_are(reference):
    assert (reference.output / "pelican-talks" / "talks.css").exists()
    page = reference.soup("sourced-tech-talks.html")
    links = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    assert "./pelican-talks/talks.css" in links
    assert "pelican-talks/talks.css" not in reference.html("tags.html")


@pytest.mark.parametrize("theme", ["notmyidea", "simple"])
def test_stylesheet_is_linked_in_pelicans_themes(build_site, theme):
    site = build_site(
        {"seed.md": seed_text()},
        THEME=theme,
        RELATIVE_URLS=False,
        SITEURL="https://blog.example",
    )
    head = site.soup("sourced-tech-talks.html").head
    assert head.select_one('link[href="https://blog.example/pelican-talks/talks.css"]')


def test_talks_css_false_links_nothing(build_site):
    site = build_site({"seed.md": seed_text()}, TALKS_CSS=False)
    assert "talks.css" not in site.html("sourced-tech-talks.html")
    assert not (site.output / "pelican-talks").exists()
    assert "talk-card" in site.html("sourced-tech-talks.html")


SECTIONED = """Title: Sections
Date: 2024-01-01

## Day one

### Morning talks

* *Queues at scale* by Ana Ruiz. A talk.
* *Logs at scale* by Bo Li. A talk.

## Day two

* *Traces at scale* by Cy Doe. A talk.
* *Metrics at scale* by Dana Ek. A talk.
"""


@pytest.mark.parametrize(
    ("setting", "expected"),
    [(None, ["h3", "h3", "h3", "h3"]), (6, ["h4", "h4", "h3", "h3"]), (2, ["h2"] * 4)],
)
def test_cards_sit_one_level_below_their_heading(build_site, setting, expected):
    extra = {} if setting is None else {"TALKS_HEADING_LEVEL": setting}
    site = build_site({"s.md": SECTIONED}, **extra)
    titles = site.content("sections.html").select(".talk-card__title")
    assert [t.name for t in titles] == expected


LOOK_ALIKE = """Title: Shelf
Date: 2024-01-01

Books I liked this year:

* *The Quiet Server* by Helen Marsh, a novel about a sysadmin.
* *Patterns of Calm Teams* by Idris Bello: short essays.
"""

TALKS_LIST = """Title: Meetup
Date: 2024-01-01

The talks at the meetup:

* *Queues that never lose a message* by Mara Lindqvist, Staff Engineer at Northwind.
* *Terraform modules* by Tobias Okafor, Platform Engineer at Bluefin.
"""


def card_count(site, slug: str) -> int:
    return len(site.content(f"{slug}.html").select(".talk-card"))


@pytest.mark.parametrize(
    ("source", "meta", "expected"),
    [
        (LOOK_ALIKE, "", 0),
        (LOOK_ALIKE, "Talks: yes\n", 2),
        (LOOK_ALIKE, "Talks: auto\n", 0),
        (TALKS_LIST, "", 2),
        (TALKS_LIST, "Talks: no\n", 0),
        (LOOK_ALIKE.replace("* *The Quiet", "<!-- talks -->\n\n* *The Quiet"), "", 2),
        (TALKS_LIST.replace("* *Queues", "<!-- no-talks -->\n\n* *Queues"), "", 0),
        (LOOK_ALIKE + "{: .talks }\n", "", 2),
        (TALKS_LIST + "{: .no-talks }\n", "", 0),
    ],
    ids=[
        "auto: books stay",
        "talks: yes",
        "talks: auto",
        "auto: talks",
        "talks: no",
        "<!-- talks -->",
        "<!-- no-talks -->",
        "class talks",
        "class no-talks",
    ],
)
def test_author_control(build_site, source, meta, expected):
    text = source.replace("Date: 2024-01-01\n", "Date: 2024-01-01\n" + meta)
    site = build_site({"post.md": text})
    slug = "shelf" if "Shelf" in source else "meetup"
    assert card_count(site, slug) == expected


# An event's post listing what else the evening had: times, names, people.
EVENING = """Title: Harbour meetup, March
Date: 2024-03-01

{lead_in}

* 19:00 - **Queues that never lose a message**: Mara Lindqvist (Northwind).
* 19:30 - **Terraform modules**: Tobias Okafor (Bluefin).
* 20:00 - **Logs at sea**: Ines Okoro and Bo Li (Saltmarsh).
"""


@pytest.mark.parametrize(
    ("lead_in", "cards"),
    [
        ("What was on the programme:", 3),
        ("After the talks, the pub quiz. The teams, in the final order:", 0),
        ("The prizes of the raffle, and their winners:", 0),
        # What the paragraph names last, nearest the list, decides.
        ("Three teams sent a speaker this time. Here is what was on:", 3),
        ("The quiz was the best part, but some talks were worth it:", 3),
        ("As good as the talks: the raffle. The winners, and what they won:", 0),
        # A line that only introduces the list goes on from the paragraph before.
        ("Six talks of half an hour this time.\n\nHere they are, in order:", 3),
        ("The raffle closed the night.\n\nHere they are, in order:", 0),
        # (a sentence naming both speaks of talks)
        ("The talks of the teams from Relay and PyTorch:", 3),
        ("The talks, from teams across the company:", 3),
        ("Die Vorträge im Überblick (Stand: 12. Mai):", 3),
    ],
)
def test_what_a_list_is_introduced_as_in_auto_mode(build_site, lead_in, cards):
    site = build_site({"post.md": EVENING.format(lead_in=lead_in)})
    assert card_count(site, "harbour-meetup-march") == cards


def test_a_list_left_alone_is_byte_identical(build_site):
    on = build_site({"post.md": LOOK_ALIKE}, TALKS_LINKS=False, TALKS_FIGURES=False)
    off = build_site({"post.md": LOOK_ALIKE}, plugins=())
    assert on.html("shelf.html") == off.html("shelf.html")


def test_items_that_are_not_talks_stay_items_among_the_cards(build_site):
    post = TALKS_LIST + "* Coffee break, then the raffle.\n"
    site = build_site({"post.md": post})
    cards = site.content("meetup.html").select_one("ul.talk-cards")
    others = cards.select("li.talk-cards__other")
    assert [o.get_text(strip=True) for o in others] == [
        "Coffee break, then the raffle."
    ]
    assert len(cards.select("li.talk-card")) == 2


def test_content_is_escaped_and_never_run_as_a_template(build_site):
    post = (
        "Title: Hostile\nDate: 2024-01-01\n\nThe talks:\n\n<ul>\n"
        "<li><em>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% if 1 %}x{% endif %}</em>"
        " by Ana Ruiz. A talk.</li>\n"
        "<li><em>Second talk</em> by Bo Li. Another talk.</li>\n</ul>\n"
    )
    page = build_site({"post.md": post}).html("hostile.html")
    title = BeautifulSoup(page, "html.parser").select_one(".talk-card__title")
    assert title.text == "<script>alert(1)</script> {{ 7*7 }} {% if 1 %}x{% endif %}"
    assert BeautifulSoup(page, "html.parser").select(".talk-card script") == []
    assert "49" not in title.text


def test_a_theme_can_override_the_template(build_site, tmp_path):
    theme = tmp_path / "theme"
    base = pelican.__file__.rsplit("/", 1)[0] + "/themes/simple"
    import shutil

    shutil.copytree(base, theme)
    override = theme / "templates" / "pelican_talks"
    override.mkdir(parents=True)
    (override / "talks.html").write_text(
        '<ol class="talk-cards mine">{% for e in entries %}{% if e.talk %}'
        '<li class="talk-card">{{ e.talk.title }}</li>{% endif %}{% endfor %}</ol>'
    )
    site = build_site({"seed.md": seed_text()}, THEME=str(theme))
    assert len(site.content_any("sourced-tech-talks.html").select("ol.mine > li")) == 7


def test_pelicans_own_test_content_gets_no_cards(build_site):
    pages = []
    for files in pelican_test_sites():
        built = build_site(files, SLUGIFY_SOURCE="basename")
        pages += list(built.output.rglob("*.html"))
    assert len(pages) > 40
    assert not any("talk-card" in p.read_text(encoding="utf-8") for p in pages)


@pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")
def test_trap_posts_get_no_cards(tmp_path):
    from corpus import build_corpus

    site, files = build_corpus(tmp_path, "traps", None)
    sources = [p for p in (CORPUS / "traps").iterdir() if p.suffix in (".md", ".rst")]
    assert len(files) == len(sources) > 0  # every trap post in the folder was built
    pages = [site.output / f"{name.rsplit('.', 1)[0]}.html" for name in files]
    for page in pages:
        assert "talk-card" not in page.read_text(encoding="utf-8"), page.name


def test_a_flag_before_a_speaker_stays_on_the_card(build_site):
    # A flag is no word, but a reader sees it: the card keeps it before the name.
    source = OWN_WORDS.replace("Title: Autumn meetup", "Title: Flags")
    card = (
        build_site({"flags.md": source}).content("flags.html").select(".talk-card")[-1]
    )
    speakers = card.select_one(".talk-card__speakers").get_text(" ", strip=True)
    assert speakers == "🇨🇭 Claire Dubois et 🇫🇷 Inès Martin"
