"""Summaries of articles with cards: whole blocks before the first card list."""

from __future__ import annotations

import pytest
from passes_helper import run_passes_outcome

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
