"""The links pass: a table of cases, input HTML beside expected HTML."""

from __future__ import annotations

import pytest
from conftest import seed_text
from passes_helper import run_passes, run_passes_outcome

SAFE = 'rel="noopener noreferrer"'
SITE = {"SITEURL": "https://blog.example.org"}

CASES = [
    # (id, input, expected, settings)
    (
        "_new becomes _blank with rel",
        '<a href="https://x.example/" target="_new">x</a>',
        f'<a href="https://x.example/" target="_blank" {SAFE}>x</a>',
        {},
    ),
    (
        "_new in any case",
        '<a href="https://x.example/" target="_NeW">x</a>',
        f'<a href="https://x.example/" target="_blank" {SAFE}>x</a>',
        {},
    ),
    (
        "other made-up _ targets",
        '<a href="https://x.example/" target="_newtab">x</a>',
        f'<a href="https://x.example/" target="_blank" {SAFE}>x</a>',
        {},
    ),
    (
        "valid keywords and named targets stay",
        '<a href="https://x.example/" target="_self">x</a>'
        '<a href="https://x.example/" target="preview">y</a>',
        '<a href="https://x.example/" target="_self">x</a>'
        '<a href="https://x.example/" target="preview">y</a>',
        {},
    ),
    (
        "author's rel first, de-duplicated",
        '<a href="https://x.example/" target="_blank" rel="me NoOpener">x</a>',
        '<a href="https://x.example/" target="_blank" rel="me NoOpener noreferrer">x</a>',
        {},
    ),
    (
        "nofollow, sponsored, ugc stay",
        '<a href="https://x.example/" target="_blank" rel="nofollow sponsored ugc">x</a>',
        '<a href="https://x.example/" target="_blank" '
        'rel="nofollow sponsored ugc noopener noreferrer">x</a>',
        {},
    ),
    (
        "TALKS_LINK_REL chooses the values",
        '<a href="https://x.example/" target="_blank">x</a>',
        '<a href="https://x.example/" target="_blank" rel="noopener">x</a>',
        {"link_rel": ["noopener"]},
    ),
    (
        "an internal link's _new is still fixed",
        '<a href="/about.html" target="_new">x</a>',
        f'<a href="/about.html" target="_blank" {SAFE}>x</a>',
        {},
    ),
    (
        "internal links never get a target",
        '<a href="about.html">a</a><a href="{filename}/b.md">b</a>'
        '<a href="https://blog.example.org/c">c</a>'
        '<a href="https://mirror.example.net/d">d</a>'
        '<a href="https://docs.example.com/e">e</a>',
        '<a href="about.html">a</a><a href="{filename}/b.md">b</a>'
        '<a href="https://blog.example.org/c">c</a>'
        '<a href="https://mirror.example.net/d">d</a>'
        '<a href="https://docs.example.com/e">e</a>',
        {
            "external_new_tab": True,
            "internal_hosts": ["mirror.example.net", "*.example.com"],
        },
    ),
    (
        "external links open in a new tab when asked",
        '<a href="https://x.example/">x</a><a href="//cdn.example/y">y</a>',
        f'<a href="https://x.example/" target="_blank" {SAFE}>x</a>'
        f'<a href="//cdn.example/y" target="_blank" {SAFE}>y</a>',
        {"external_new_tab": True},
    ),
    (
        "not by default",
        '<a href="https://x.example/">x</a>',
        '<a href="https://x.example/">x</a>',
        {},
    ),
    (
        "an author's own target wins over the new-tab setting",
        '<a href="https://x.example/" target="_self">x</a>',
        '<a href="https://x.example/" target="_self">x</a>',
        {"external_new_tab": True},
    ),
    (
        "a hidden label for screen readers",
        '<a href="https://x.example/">x</a>',
        f'<a href="https://x.example/" target="_blank" {SAFE}>x<span '
        'class="talks-new-tab-label"> (opens in a new tab)</span></a>',
        {"external_new_tab": True, "new_tab_label": "(opens in a new tab)"},
    ),
    (
        "a class on external links, merged",
        '<a href="https://x.example/" class="big">x</a><a href="/y">y</a>',
        '<a href="https://x.example/" class="big external">x</a><a href="/y">y</a>',
        {"external_class": "external"},
    ),
    (
        "mailto, tel and fragments are left alone",
        '<a href="mailto:a@b.example" target="_new">m</a><a href="tel:+34">t</a>'
        '<a href="#top">f</a>',
        '<a href="mailto:a@b.example" target="_new">m</a><a href="tel:+34">t</a>'
        '<a href="#top">f</a>',
        {"external_new_tab": True, "external_class": "external"},
    ),
    (
        "links in code are left alone",
        '<pre><a href="https://x.example/" target="_new">x</a></pre>'
        '<code><a href="https://x.example/" target="_new">y</a></code>',
        '<pre><a href="https://x.example/" target="_new">x</a></pre>'
        '<code><a href="https://x.example/" target="_new">y</a></code>',
        {"external_new_tab": True},
    ),
    (
        "javascript: links are left as written, never given a target",
        '<a href=" JaVaScRiPt:alert(1)">x</a><a href="&#106;avascript:x()">y</a>',
        '<a href=" JaVaScRiPt:alert(1)">x</a><a href="&#106;avascript:x()">y</a>',
        {"external_new_tab": True},
    ),
]


@pytest.mark.parametrize(
    ("source", "expected", "settings"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_links(source, expected, settings):
    assert run_passes(source, only="links", site=SITE, **settings) == expected
    # running over its own output changes nothing
    assert run_passes(expected, only="links", site=SITE, **settings) == expected


def test_javascript_links_are_reported_with_the_file():
    source = '<a href="javascript:alert(1)">x</a>'
    outcome = run_passes_outcome(source, only="links", source_path="p.md")
    said = "pelican-talks: p.md: a link to 'javascript:alert(1)' is left as written"
    assert outcome.warnings == (said,)


def test_reference_post_has_no_new_targets_left(build_site):
    site = build_site({"seed.md": seed_text()})
    content = site.content("sourced-tech-talks.html")
    assert "_new" not in str(content)
    blank = content.select('a[target="_blank"]')
    assert len(blank) == 11
    for link in blank:
        assert {"noopener", "noreferrer"} <= set(link["rel"])


LABELLED = {
    "TALKS_EXTERNAL_NEW_TAB": True,
    "TALKS_NEW_TAB_LABEL": "(opens in a new tab)",
    "TALKS_EXTERNAL_CLASS": "external",
}


def test_links_in_cards_follow_the_same_rules(build_site):
    """Speaker and title links in cards, the author's and the directory's,
    get the same target, rel, class and hidden label as any other link; the
    label never becomes part of a speaker's name."""
    post = (
        "---\ntitle: Night\ndate: 2024-01-01\n---\n\nThe talks:\n\n"
        '* <em>Queues</em>: <a href="https://x.com/ana" target="_new">Ana Ruiz</a>'
        " is a Staff Engineer at Acme. About queues.\n"
        "* [Terraform](https://video.example/t) by Bo Li. About modules, see"
        " [the slides](https://slides.example/t).\n"
    )
    site = build_site(
        {"night.md": post},
        TALKS_SPEAKERS={"Bo Li": "https://github.com/boli"},
        **LABELLED,
    )
    cards = site.content("night.html")
    names = [n.text for n in cards.select(".talk-card__speaker > .p-name")]
    assert names == ["Ana Ruiz", "Bo Li"]
    links = cards.select(".talk-card a[href^='https://']")
    assert len(links) == 4  # a profile, a title, a profile, the slides
    for link in links:
        assert link["target"] == "_blank"
        assert {"noopener", "noreferrer"} <= set(link["rel"])
        assert "external" in link["class"]
        labels = link.select(".talks-new-tab-label")
        assert [label.text for label in labels] == [" (opens in a new tab)"]


def test_labels_do_not_change_what_the_reference_post_reads_as(build_site):
    plain = build_site({"seed.md": seed_text()})
    labelled = build_site({"seed.md": seed_text()}, **LABELLED)

    def speakers(site):
        content = site.content("sourced-tech-talks.html")
        return [n.text for n in content.select(".talk-card__speaker > .p-name")]

    assert len(speakers(plain)) >= 7
    assert speakers(labelled) == speakers(plain)


def test_a_caption_with_a_labelled_link_gives_alt_without_the_label():
    out = run_passes(
        '<figure><img src="a.png"><figcaption>Photo by <a href="https://x.example/">'
        "Ana</a></figcaption></figure>",
        external_new_tab=True,
        new_tab_label="(opens in a new tab)",
    )
    assert 'alt="Photo by Ana"' in out
    assert "> (opens in a new tab)</span></a>" in out
