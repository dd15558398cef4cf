"""Summaries: of articles with cards, whole blocks before the first card list;
of the others, the one Pelican cuts."""

from __future__ import annotations

import pytest
from passes_helper import run_passes_outcome
from pelican.contents import Article

from pelican_talks import pipeline
from pelican_talks.passes import PASSES, summary
from pelican_talks.settings import TalksSettings

CARDS = (
    "<ul><li><em>Queues at scale</em>: <a href='https://x.com/ana'>Ana Ruiz</a> is"
    " a Staff Engineer at Acme. Her talk was about queues.</li>"
    "<li><em>Types that help</em>: <a href='https://x.com/bo'>Bo Li</a> is a"
    " Developer at Granite. His talk was about types.</li></ul>"
)
INTRO = "<p>Four talks and a long queue for coffee.</p>"  # 8 words
MORE = "<p>The room was small on purpose, so questions became talks.</p>"  # 11
LONG = "<p>" + " ".join(f"w{i}" for i in range(60)) + "</p>"

CASES = [
    # name, article, Pelican settings, expected summary
    ("text before the cards", INTRO + CARDS + MORE, {}, INTRO),
    ("blocks while they fit", INTRO + MORE + CARDS, {}, INTRO + MORE),
    (
        "a block that doesn't fit is left out",
        INTRO + MORE + CARDS,
        {"SUMMARY_MAX_LENGTH": 10},
        INTRO,
    ),
    (
        "one long block is cut, tags closed",
        LONG + CARDS,
        {"SUMMARY_MAX_LENGTH": 3},
        "<p>w0 w1 w2 …</p>",
    ),
    (
        "Pelican's suffix",
        LONG + CARDS,
        {"SUMMARY_MAX_LENGTH": 2, "SUMMARY_END_SUFFIX": "[...]"},
        "<p>w0 w1 [...]</p>",
    ),
    (
        "SUMMARY_MAX_PARAGRAPHS",
        INTRO + MORE + CARDS,
        {"SUMMARY_MAX_PARAGRAPHS": 1},
        INTRO,
    ),
    (
        "not the heading that announces the cards",
        INTRO + "<h2>Talks</h2>" + CARDS,
        {},
        INTRO,
    ),
    ("cards first: the text after them", CARDS + MORE + CARDS, {}, MORE),
    ("nothing but cards: an empty summary", CARDS, {}, ""),
    (
        "cards inside a block end the summary there",
        INTRO + f"<div>{CARDS}</div>" + MORE,
        {},
        INTRO,
    ),
    (
        "no length limit: Pelican's summary is the whole article",
        INTRO + CARDS,
        {"SUMMARY_MAX_LENGTH": None},
        None,
    ),
    ("the author's <!--more--> wins", INTRO + "<!--more-->" + MORE + CARDS, {}, INTRO),
    ("no cards: Pelican's own summary", INTRO + MORE, {}, None),
]


@pytest.mark.parametrize(
    ("article", "site", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_summary_of_an_article_with_cards(article, site, expected):
    settings = {"SUMMARY_MAX_LENGTH": 50, "SUMMARY_END_SUFFIX": "…", **site}
    outcome = run_passes_outcome(article, site=settings, mode="yes")
    if expected is not None and "talk-card" not in outcome.html:
        pytest.fail("the list did not become cards")
    assert outcome.summary == expected


def summary_run(article: str, passes) -> object:
    build = pipeline.Build(TalksSettings(), {"SUMMARY_MAX_LENGTH": 50})
    work = pipeline.ArticleWork("post.md", build, "yes")
    return pipeline.process(article, work, passes)


def test_the_summary_is_a_pass_a_site_can_drop():
    article = INTRO + CARDS + MORE
    kept = summary_run(article, PASSES)
    dropped = summary_run(article, [p for p in PASSES if p.name != "summary"])
    assert (kept.summary, dropped.summary) == (INTRO, None)
    assert kept.html == dropped.html and "talk-card" in kept.html


def test_a_failing_summary_leaves_the_article_as_it_was(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(summary, "before_cards", explode)
    article = INTRO + CARDS + MORE
    outcome = summary_run(article, PASSES)
    assert (outcome.html, outcome.summary, outcome.complete) == (article, None, False)
    said = " ".join(outcome.warnings)
    assert "post.md" in said and "the summary pass failed (RuntimeError: boom)" in said


# Articles without cards: the plugin works out the summary Pelican would cut
# (kept in its cache, so a warm build doesn't cut it again). Ours to write.
PLAIN_POSTS = {
    "links.md": (
        "Title: Links\nDate: 2024-05-01\n\n"
        'The <a href="https://example.org/a" target="_new">river walk</a> met at'
        " the [old mill]({filename}/short.md), and ![a heron]({static}/heron.png)"
        " we counted birds until dark, " + "then more birds, " * 12 + "\n\n"
        "A second paragraph that Pelican's cut never reaches, with a "
        '<a href="http://example.org/b">link</a>.\n'
    ),
    "short.md": (
        "Title: Short\nDate: 2024-05-02\n\n"
        'Only a <a href="https://example.org/c">few words</a> here.\n'
    ),
    "entities.md": (
        "Title: Entities\nDate: 2024-05-03\n\n"
        "Fish &amp; chips&nbsp;by the sea &mdash; AT&amp;T; 東京で会いましょう。"
        ' See <a href="https://example.org/d">the map</a>. '
        + "Words<!-- a note -->joined and "
        + "more words " * 20
        + "\n"
    ),
    "heading.md": (
        "Title: Heading\nDate: 2024-05-04\n\n## First\n\n"
        + "\n".join(f"* item number {i} of the list" for i in range(12))
        + '\n\n<figure><img src="http://example.org/e.png">'
        "<figcaption>A caption</figcaption></figure>\n"
    ),
}
HERON = bytes.fromhex(  # a 1x1 PNG
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)


@pytest.mark.parametrize(
    "site",
    [
        {},
        {"SUMMARY_MAX_LENGTH": 12, "SUMMARY_END_SUFFIX": "[more]"},
        {"SUMMARY_MAX_PARAGRAPHS": 1},
        {"SUMMARY_MAX_LENGTH": None},
        {"FORMATTED_FIELDS": []},  # Pelican's own: ours would keep {filename}
        {"RELATIVE_URLS": False, "SITEURL": "https://example.com"},
    ],
    ids=[
        *("defaults", "length and suffix", "paragraphs", "no limit"),
        *("not formatted", "absolute URLs"),
    ],
)
def test_a_summary_without_cards_is_the_one_pelican_cuts(build_site, tmp_path, site):
    from pelican.utils import truncate_html_paragraphs, truncate_html_words

    overrides = tmp_path / "templates"
    overrides.mkdir(exist_ok=True)
    (overrides / "article.html").write_text(
        "<main>{{ article.content }}</main><aside>{{ article.summary }}</aside>"
    )
    built = build_site(
        {**PLAIN_POSTS, "heron.png": HERON},
        THEME_TEMPLATES_OVERRIDES=[str(overrides)],
        STATIC_PATHS=["heron.png"],
        **site,
    )
    settings = {"SUMMARY_MAX_LENGTH": 50, "SUMMARY_END_SUFFIX": "…", **site}
    for name in ("links", "short", "entities", "heading"):
        page = built.html(f"{name}.html")
        content = page.split("<main>", 1)[1].split("</main><aside>", 1)[0]
        shown = page.split("</main><aside>", 1)[1].rsplit("</aside>", 1)[0]
        expected = content
        if settings.get("SUMMARY_MAX_PARAGRAPHS") is not None:
            expected = truncate_html_paragraphs(
                expected, settings["SUMMARY_MAX_PARAGRAPHS"]
            )
        if settings["SUMMARY_MAX_LENGTH"] is not None:
            expected = truncate_html_words(
                expected, settings["SUMMARY_MAX_LENGTH"], settings["SUMMARY_END_SUFFIX"]
            )
        assert shown == expected, name
        assert "{filename}" not in shown and "{static}" not in shown
    ours = {
        c.slug: "summary" in c.metadata
        for c in built.contents
        if isinstance(c, Article)
    }
    formatted = "FORMATTED_FIELDS" not in site
    # A {filename} link in a summary is relative to each page that shows it
    # (RELATIVE_URLS): Pelican's own summary, made for each page, has it right.
    relative = site.get("RELATIVE_URLS", True)
    assert ours == {
        "links": formatted and not relative,
        **dict.fromkeys(("short", "entities", "heading"), formatted),
    }
    assert 'rel="noopener noreferrer"' in built.html("links.html")
