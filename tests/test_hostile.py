"""Hostile content: markup and template code in talks, unsafe link schemes,
what a browser reads that libxml2 doesn't, odd values, ordinary names.
(The talks index's own cases: test_talks_index.py; the speaker directory's:
test_directory.py; big input: test_size.py.)"""

from __future__ import annotations

import pathlib

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from passes_helper import run_passes_outcome

from pelican_talks.talks import directory

CONTEXT = "<p>The talks of the evening:</p>"
UNSAFE = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "java\tscript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:x",
    "data:text/html,<script>alert(1)</script>",
    " DATA:text/html;base64,PHNjcmlwdD4=",
]


def cards(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("href", UNSAFE)
def test_a_speaker_with_an_unsafe_link_gets_a_card_without_it(href):
    source = CONTEXT + (
        f'<ul><li><em>Queues</em>: <a href="{href}">Ana Ruiz</a> is a Staff Engineer at Acme. A talk.</li>'
        '<li><em>Logs</em>: <a href="https://x.com/bo">Bo Li</a> is an SRE at Acme. A talk.</li></ul>'
    )
    outcome = run_passes_outcome(source, source_path="hostile.md")
    soup = cards(outcome.html)
    first = soup.select(".talk-card")[0]
    assert first.select_one(".p-speaker .p-name").text == "Ana Ruiz"
    assert first.select("a") == []
    said = " ".join(outcome.warnings)
    assert "hostile.md" in said and "not drawn" in said
    for link in soup.select("a[href]"):
        assert (
            not link["href"]
            .strip()
            .lower()
            .replace("\t", "")
            .startswith(("javascript", "vbscript", "data"))
        )


@pytest.mark.parametrize("href", UNSAFE)
def test_an_unsafe_title_link_is_not_drawn(href):
    source = CONTEXT + (
        f'<ul><li><a href="{href}">Queues at scale</a> by Ana Ruiz. A talk.</li>'
        '<li><a href="https://v.example/2">Logs</a> by Bo Li. A talk.</li></ul>'
    )
    soup = cards(run_passes_outcome(source).html)
    first = soup.select(".talk-card")[0]
    assert first.select_one(".talk-card__title").text == "Queues at scale"
    assert first.select_one(".talk-card__title a") is None


NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "{% for x in range(3) %}boom{% endfor %}",
    "{{ config.__class__ }}",
    "' onmouseover='alert(1)",
]


@pytest.mark.parametrize("nasty", NASTY)
def test_titles_and_names_are_escaped_and_never_run(nasty):
    from html import escape

    title, name = escape(nasty), escape(nasty)
    source = CONTEXT + (
        f"<ul><li><em>{title}</em> by Ana Ruiz. A talk.</li>"
        f'<li><em>Logs</em>: <a href="https://x.com/bo">{name} Bo Li</a>. A talk.</li></ul>'
    )
    out = run_passes_outcome(source, mode="yes").html
    soup = cards(out)
    assert soup.select(".talk-card")
    assert soup.select("script") == []
    assert not any(
        tag.has_attr("onerror") or tag.has_attr("onmouseover")
        for tag in soup.find_all(True)
    )
    assert "49" not in soup.get_text() and "boomboom" not in soup.get_text()
    assert nasty in soup.get_text()


# --- round two (issue 18): each case asserts the exact output ----------------

TARGET_FIX = '<p><a href="https://e.example/" target="_new">x</a></p>'
FIXED = '<p><a href="https://e.example/" target="_blank" rel="noopener noreferrer">x</a></p>'

# (what, source, expected HTML): the article is also changed elsewhere
# (TARGET_FIX), so it is re-serialised, and every byte else must survive.
KEPT_AS_WRITTEN = [
    (
        "stray </body>",
        "<p>paste it before the </body> tag, then these words</p><p>second</p>",
        "<p>paste it before the </body> tag, then these words</p><p>second</p>",
    ),
    (
        "stray </html>",
        "<p>and </HTML > too</p><p>more</p>",
        "<p>and </HTML > too</p><p>more</p>",
    ),
    (
        "</body> in a script",
        '<script>var end = "</body>";</script><p>after</p>',
        '<script>var end = "</body>";</script><p>after</p>',
    ),
    ("xmp is raw text", "<xmp><b>x</b> &amp; y</xmp>", "<xmp><b>x</b> &amp; y</xmp>"),
    ("iframe fallback text", "<iframe>a &lt; b</iframe>", "<iframe>a &lt; b</iframe>"),
    (
        "wrapped href",
        '<p><a href="https://a.example/very/\nlong">w</a></p>',
        '<p><a href="https://a.example/very/\nlong">w</a></p>',
    ),
    (
        "trailing space",
        '<p><a href="/about.html ">w</a></p>',
        '<p><a href="/about.html ">w</a></p>',
    ),
    (
        "anchor name",
        '<p><a name="my anchor">w</a></p>',
        '<p><a name="my anchor">w</a></p>',
    ),
    (
        "non-ASCII src",
        '<p><img src="café au lait.png" alt="c"></p>',
        '<p><img src="café au lait.png" alt="c" decoding="async" fetchpriority="high"></p>',
    ),
    (
        "quote in URL",
        "<p><a href='/a\"b'>w</a></p>",
        '<p><a href="/a&quot;b">w</a></p>',
    ),
    (
        "</body> in a comment",
        "<!-- move it before </body> --><p>words after</p>",
        "<!-- move it before </body> --><p>words after</p>",
    ),
    ("</br> typo", "<p>one</br>two</BR >three</p>", "<p>one</br>two</BR >three</p>"),
    (
        "CDATA in SVG",
        "<svg><text><![CDATA[svg words]]></text></svg>",
        "<svg><text><![CDATA[svg words]]></text></svg>",
    ),
    (
        "iframe with a spaced src",
        '<iframe src="/a b.html">fallback</iframe>',
        '<iframe src="/a b.html">fallback</iframe>',
    ),
]


@pytest.mark.parametrize(
    ("what", "source", "expected"), KEPT_AS_WRITTEN, ids=[c[0] for c in KEPT_AS_WRITTEN]
)
def test_what_a_browser_reads_is_written_back_as_it_was(what, source, expected):
    outcome = run_passes_outcome(source + TARGET_FIX)
    assert outcome.changed
    assert outcome.html == expected + FIXED
    assert words(outcome.html) == words(source + TARGET_FIX)


def test_end_tags_inside_attribute_values_are_the_values_text():
    from pelican_talks.placeholders import PLACEHOLDER_WORD

    source = CONTEXT + (
        '<ul><li><a href="https://v.example/a</br>b">Queues</a> by Ana Ruiz. A talk.</li>'
        '<li><em>Logs</em> by <a href="https://x.com/bo</body>">Bo Li</a>. A talk.</li></ul>'
    )
    outcome = run_passes_outcome(source)
    assert [t.title_url for t in outcome.talks] == ["https://v.example/a</br>b", None]
    assert [s.url for t in outcome.talks for s in t.speakers] == [
        None,
        "https://x.com/bo</body>",
    ]
    assert PLACEHOLDER_WORD not in outcome.html


# What follows a talk's speakers becomes the card's abstract: as written too.
IN_ABSTRACT = [
    (
        "wrapped href",
        'A talk on <a href="https://s.example/very/\nlong">queues</a> in practice.',
    ),
    ("trailing space", 'A talk on <a href="/notes.html ">queues</a> in practice.'),
    ("xmp", "<xmp><b>x</b> &amp; y</xmp>"),
    ("iframe with a spaced src", '<p><iframe src="/a b.html">fallback</iframe></p>'),
]


@pytest.mark.parametrize(
    ("what", "abstract"), IN_ABSTRACT, ids=[c[0] for c in IN_ABSTRACT]
)
def test_a_cards_abstract_is_written_back_as_it_was(what, abstract):
    source = CONTEXT + (
        f"<ul><li><em>Queues</em> by Ana Ruiz. {abstract}</li>"
        "<li><em>Logs</em> by Bo Li. A talk.</li></ul>"
    )
    out = run_passes_outcome(source).html
    assert f'<div class="talk-card__abstract e-content">{abstract}</div>' in out


def test_a_summary_is_written_back_as_it_was():
    source = (
        '<p><a href="/very/\nlong">w</a> <a href="/b ">b</a></p><!--more--><p>rest</p>'
    )
    outcome = run_passes_outcome(source + TARGET_FIX)
    assert outcome.summary == '<p><a href="/very/\nlong">w</a> <a href="/b ">b</a></p>'


@pytest.mark.parametrize(
    "item",
    [
        "<em>Queues</em> by Ana Ruiz. <p>Abstract.</p> Slides online.",
        # the item's first paragraph is its line: the text after it is the rest
        "<p><em>Queues</em> by Ana Ruiz.</p> Slides online.",
    ],
)
def test_text_after_a_block_in_an_item_stays_on_the_card(item):
    source = CONTEXT + (
        f"<ul><li>{item}</li><li><em>Logs</em> by Bo Li. A talk.</li></ul>"
    )
    out = run_passes_outcome(source).html
    assert "talk-card" in out
    assert "Slides online." in out


def words(markup: str) -> list[str]:
    """The words a browser shows (Python's parser reads on past </body> too)."""
    return BeautifulSoup(markup, "html.parser").get_text(" ").split()


def test_plaintext_which_libxml2_reads_differently_leaves_the_article():
    source = "<p>before</p><plaintext>a <b>c</b>" + TARGET_FIX
    outcome = run_passes_outcome(source, source_path="plain.md")
    assert outcome.html == source
    said = " ".join(outcome.warnings)
    assert "plain.md" in said and "left as it was" in said


# (what, source, expected HTML, warning or ""): one odd value costs that change.
ODD_VALUES = [
    (
        "control characters in a caption",
        '<figure><img src="/a.png"><figcaption>red \x1b[31mtext\x1b[0m</figcaption></figure>',
        '<figure><img src="/a.png" decoding="async" fetchpriority="high" alt="red [31mtext[0m"><figcaption>red \x1b[31mtext\x1b[0m</figcaption></figure>',
        "",
    ),
    (
        "a null byte in src",
        '<p><img src="a%00.png" alt="a"></p>',
        '<p><img src="a%00.png" alt="a" decoding="async" fetchpriority="high"></p>',
        "embedded null byte",
    ),
    (
        "a NUL in text, which a browser drops",
        "<p>nul\x00here</p>",
        "<p>nulhere</p>",
        "",
    ),
    (
        "an invalid IPv6 host",
        '<p><img src="http://[bad/a.png" alt="a"></p>',
        '<p><img src="http://[bad/a.png" alt="a" decoding="async" fetchpriority="high"></p>',
        "Invalid IPv6 URL",
    ),
    (
        "http's port 80",
        '<p><img src="http://h.example:80/a.png" alt="a"></p>',
        '<p><img src="https://h.example/a.png" alt="a" decoding="async" fetchpriority="high"></p>',
        "",
    ),
    (
        "another port",
        '<p><img src="http://h.example:8080/a.png" alt="a"></p>',
        '<p><img src="http://h.example:8080/a.png" alt="a" decoding="async" fetchpriority="high"></p>',
        "",
    ),
]


@pytest.mark.parametrize(
    ("what", "source", "expected", "warning"),
    ODD_VALUES,
    ids=[c[0] for c in ODD_VALUES],
)
def test_one_odd_value_costs_only_that_change(
    what, source, expected, warning, tmp_path
):
    site = {"PATH": str(tmp_path)}
    outcome = run_passes_outcome(
        source + TARGET_FIX, site=site, source_path=str(tmp_path / "odd.md")
    )
    assert outcome.html == expected + FIXED
    said = " ".join(outcome.warnings)
    if warning:
        assert warning in said and "odd.md" in said
    else:
        assert not said


def test_an_svg_with_a_400_digit_width_gets_no_size(tmp_path):
    (tmp_path / "huge.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{"9" * 400}" height="10"></svg>'
    )
    source = '<p><img src="huge.svg" alt="h"></p>' + TARGET_FIX
    outcome = run_passes_outcome(
        source, site={"PATH": str(tmp_path)}, source_path=str(tmp_path / "p.md")
    )
    assert (
        outcome.html
        == '<p><img src="huge.svg" alt="h" decoding="async" fetchpriority="high"></p>'
        + FIXED
    )


LIST_ATTRIBUTES = (
    '<ol id="schedule" lang="en" dir="ltr" start="3" reversed aria-label="Talks" title="t" class="mine">'
    '<li id="t1" class="x"><em>Queues</em>: <a href="https://x.com/ana" hreflang="es" title="Ana" class="who">Ana Ruiz</a>. A talk.</li>'
    "<li><em>Logs</em> by @x_y. A talk.</li></ol>"
)


def test_the_authors_attributes_survive_on_the_cards():
    out = run_passes_outcome(CONTEXT + LIST_ATTRIBUTES).html
    assert out.startswith(
        CONTEXT
        + '<ol class="talk-cards mine" role="list" id="schedule" lang="en" dir="ltr" start="3" reversed="" aria-label="Talks" title="t">\n'
        '<li class="talk-card talk-card--talk x h-event" id="t1">\n'
    )
    assert (
        '<a class="talk-card__profile u-url who" href="https://x.com/ana" hreflang="es" title="Ana">'
        in out
    )
    assert out.endswith("</ol>")
    # A sentence's full stop is not part of a handle.
    assert '<a class="talk-card__profile u-url" href="https://x.com/x_y">' in out


# --- whole sites ------------------------------------------------------------


def post(title: str, body: str, **meta: str) -> str:
    head = "".join(f"{k.capitalize()}: {v}\n" for k, v in meta.items())
    return f"Title: {title}\nDate: 2024-01-01\n{head}\n{body}\n"


TALKS = "The talks of the evening:\n\n"


def test_a_title_reading_end_of_head_keeps_the_head_additions_in_the_head(build_site):
    body = (
        TALKS
        + "* <em>Queues</em> by Ana Ruiz. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
    )
    site = build_site({"a.md": post("Before &lt;/head&gt; after", body)})
    page = site.html("before-head-after.html")
    title = page[page.index("<title>") : page.index("</title>")]
    assert "<link" not in title and "ld+json" not in title
    head = page[page.index("</title>") : page.index("<body")]
    assert "pelican-talks/talks.css" in head and "application/ld+json" in head


def test_end_of_head_in_the_themes_description_keeps_the_head_additions_whole(
    build_site,
):
    # Pelican's default theme writes the summary, tags stripped, into a <meta>
    # after <title>: a post about HTML puts "</head>" in an attribute there.
    body = "Put it before the &lt;/head&gt; tag. " + LIST
    site = build_site({"a.md": post("Meetup", body)})
    head = site.soup("meetup.html").head
    assert (
        head.select_one('meta[name="description"]')["content"]
        == "Put it before the </head> tag. The talks of the evening:"
    )
    assert head.select_one('link[href="./pelican-talks/talks.css"]') is not None
    assert head.select_one('script[type="application/ld+json"]') is not None


def test_the_stylesheet_link_escapes_siteurl(build_site):
    site = build_site(
        {"a.md": post("Meetup", LIST)},
        SITEURL='https://s.example/a"b',
        RELATIVE_URLS=False,
    )
    link = '<link rel="stylesheet" href="https://s.example/a&quot;b/pelican-talks/talks.css">'
    assert link in site.html("meetup.html")


def override(tmp_path, template: str):
    folder = tmp_path / "overrides"
    (folder / "pelican_talks").mkdir(parents=True, exist_ok=True)
    (folder / "pelican_talks" / "talks.html").write_text(template)
    return folder


LIST = (
    TALKS
    + "* <em>Queues</em> by Ana Ruiz. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n"
)


def test_an_override_may_use_the_sites_filters_and_trans(build_site, tmp_path):
    folder = override(
        tmp_path,
        '<ul class="mine">{% for e in entries %}<li>{% trans %}Talk{% endtrans %}: {{ e.talk.title | shout }}</li>{% endfor %}</ul>',
    )
    site = build_site(
        {"a.md": post("Meetup", LIST)},
        THEME_TEMPLATES_OVERRIDES=[str(folder)],
        JINJA_FILTERS={"shout": str.upper},
        JINJA_ENVIRONMENT={
            "extensions": ["jinja2.ext.i18n"],
            "trim_blocks": True,
            "lstrip_blocks": True,
        },
    )
    items = [li.text for li in site.content_any("meetup.html").select("ul.mine li")]
    assert items == ["Talk: QUEUES", "Talk: LOGS"]


def test_a_failing_override_warns_naming_it_and_keeps_the_list(build_site, tmp_path):
    folder = override(tmp_path, "<ul>{{ entries[0].talk.title.no.such.thing }}</ul>")
    site = build_site(
        {"a.md": post("Meetup", LIST)}, THEME_TEMPLATES_OVERRIDES=[str(folder)]
    )
    content = site.content_any("meetup.html")
    assert [li.text for li in content.select("li")] == [
        "Queues by Ana Ruiz. A talk.",
        "Logs by Bo Li. A talk.",
    ]
    assert any("talks.html" in m and "a.md" in m for m in site.messages())


def test_a_broken_override_does_not_stop_the_build(build_site, tmp_path):
    folder = override(tmp_path, "<ul>{% for e in entries %}</ul>")
    site = build_site(
        {"a.md": post("Meetup", LIST)}, THEME_TEMPLATES_OVERRIDES=[str(folder)]
    )
    assert len(site.content_any("meetup.html").select("li")) == 2
    assert any("talks.html" in m and "a.md" in m for m in site.messages())


# --- Pelican's cache on: every input that decides the output is in the key ----

CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}


def test_a_replaced_image_is_measured_again(tmp_path):
    from conftest import build, png_bytes

    files = {
        "a.md": post("A", '<img src="{static}/images/p.png" alt="p">'),
        "images/p.png": png_bytes(4, 3),
    }
    first = build(tmp_path, files, STATIC_PATHS=["images"], **CACHED)
    assert 'width="4" height="3"' in first.html("a.html")
    second = build(
        tmp_path,
        {**files, "images/p.png": png_bytes(8, 6)},
        STATIC_PATHS=["images"],
        **CACHED,
    )
    assert 'width="8" height="6"' in second.html("a.html")


def test_an_edited_included_template_is_noticed(tmp_path):
    from conftest import build

    folder = override(
        tmp_path,
        '<ul class="mine">{% for e in entries %}<li>{% include "pelican_talks/part.html" %}</li>{% endfor %}</ul>',
    )
    part = folder / "pelican_talks" / "part.html"
    part.write_text("one {{ e.talk.title }}")
    settings = {"THEME_TEMPLATES_OVERRIDES": [str(folder)], **CACHED}
    first = build(tmp_path / "site", {"a.md": post("Meetup", LIST)}, **settings)
    assert "one Queues" in first.html("meetup.html")
    part.write_text("two {{ e.talk.title }}")
    second = build(tmp_path / "site", {"a.md": post("Meetup", LIST)}, **settings)
    assert "two Queues" in second.html("meetup.html")


def test_autoreload_draws_with_the_edited_theme(tmp_path):
    from conftest import QUIET
    from pelican import Pelican
    from pelican.settings import read_settings

    folder = override(
        tmp_path,
        '<ul class="first">{% for e in entries %}<li>{{ e.talk.title }}</li>{% endfor %}</ul>',
    )
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(post("Meetup", LIST))
    overrides = {
        **QUIET,
        **CACHED,
        "PATH": str(content),
        "OUTPUT_PATH": str(tmp_path / "out"),
        "CACHE_PATH": str(tmp_path / "cache"),
        "PLUGINS": ["pelican_talks"],
        "THEME_TEMPLATES_OVERRIDES": [str(folder)],
    }
    pelican = Pelican(read_settings(override=overrides))
    pelican.run()
    assert 'class="first"' in (tmp_path / "out" / "meetup.html").read_text()
    template = folder / "pelican_talks" / "talks.html"
    template.write_text(template.read_text().replace("first", "second"))
    pelican.run()  # what `pelican --autoreload` does on a change
    assert 'class="second"' in (tmp_path / "out" / "meetup.html").read_text()


# --- generated: real sites from random speaker names --------------------------

FIRST = st.sampled_from(
    [
        "Ana",
        "Jean-Luc",
        "Jean Luc",
        "Søren",
        "Soren",
        "Łukasz",
        "Lukasz",
        "Zoë",
        "José",
        "Ἀλέξανδρος",
        "Ана",
        "Nguyễn",
        "Đặng",
        "Straße",
        "Æsa",
        "O'Neil",
        "Mary-Jane",
        "Ø",
    ]
)
LAST = st.sampled_from(
    [
        "Ruiz",
        "Picard",
        "Kierkegaard",
        "Nowak",
        "Fernández",
        "Fernandez",
        "Ørsted",
        "Łódź",
        "Müller",
        "Mueller",
        "Руиз",
        "Văn",
        "van der Berg",
        "A" * 120,
        "Ω",
    ]
)
# Another spelling of the same name, as another author of the site may write it.
SPELLINGS = {
    "-": " ",
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "é": "e",
    "ë": "e",
    "ü": "ue",
    "á": "a",
    "ß": "ss",
}


def respelt(name: str) -> str:
    for one, other in SPELLINGS.items():
        name = name.replace(one, other)
    return name


FOLK = st.tuples(FIRST, LAST).map(" ".join)
NAMES_DRAWN = st.one_of(
    FOLK,
    FOLK.map(lambda n: [n, respelt(n)]),  # one person, two spellings
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["L", "Pd"]),
        min_size=1,
        max_size=40,
    ),
    st.integers(1, 300).map(lambda n: "@" + "a_" * (n // 2) + "b"),
)


def flat(drawn: list) -> list[str]:
    return [n for each in drawn for n in (each if isinstance(each, list) else [each])]


@settings(max_examples=12, deadline=None)
@given(st.lists(NAMES_DRAWN, min_size=1, max_size=6))
def test_random_speaker_names_build_and_get_one_page_each(tmp_path_factory, names):
    from conftest import build

    names = flat(names)
    items = "".join(
        f"* <em>Talk {i}</em> by {name}. A talk.\n" for i, name in enumerate(names)
    )
    where = tmp_path_factory.mktemp("names")
    site = build(
        where,
        {"a.md": post("Meetup", TALKS + items + "* <em>Last</em> by Bo Li. A talk.\n")},
    )
    speakers = {
        directory.folded(s.name)
        for c in site.contents
        for t in getattr(c, "talk_cards", ())
        for s in t.speakers
    }
    pages = list((site.output / "talks" / "speakers").glob("*.html"))
    assert len(pages) == len(speakers)
    assert {p.name for p in pages} == {p.name for p in pages if len(p.name) <= 80}
    assert not [
        m for m in site.messages() if "not written" in m or "overwrit" in m.lower()
    ]


def test_a_copy_of_the_shipped_template_keeps_the_authors_attributes(
    build_site, tmp_path
):
    from pelican_talks import theme

    shipped = (pathlib.Path(theme.PACKAGE_TEMPLATES) / theme.CARDS).read_text()
    folder = override(tmp_path, shipped.replace('role="list"', 'role="list" data-copy'))
    body = (
        TALKS
        + '* <em>Queues</em>: <a href="https://x.com/ana" hreflang="es">Ana Ruiz</a>. A talk.\n* <em>Logs</em> by Bo Li. A talk.\n'
    )
    site = build_site(
        {"a.md": post("Meetup", body)},
        THEME_TEMPLATES_OVERRIDES=[str(folder)],
    )
    cards = site.content_any("meetup.html").select(
        "ul.talk-cards[data-copy] > li.talk-card"
    )
    assert len(cards) == 2
    assert cards[0].select_one(".talk-card__profile")["hreflang"] == "es"
    assert not [m for m in site.messages() if "template failed" in m]


def test_cards_keeping_the_lists_class_still_get_the_stylesheet(build_site):
    rst = (
        "Meetup\n######\n\n:date: 2024-01-01\n\nThe talks of the evening:\n\n"
        "- *Queues* by Ana Ruiz. A talk.\n- *Logs* by Bo Li. A talk.\n"
    )
    site = build_site({"meetup.rst": rst})
    page = site.soup("meetup.html")
    assert page.select_one("ul.talk-cards.simple") is not None
    assert page.select_one('link[href$="pelican-talks/talks.css"]') is not None
