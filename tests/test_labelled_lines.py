"""Items written as paragraphs, one line of the talk each (reST, loose Markdown
lists): the title, then "Speaker: ...", then "Slides: ...".

Every post here is our own text, written for these tests.
"""

from __future__ import annotations

import pytest
from test_cards import items_and_cards, words_lost
from test_together import cards


def item(*paragraphs: str) -> str:
    return "<li>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</li>"


CASES = [
    (
        "a speaker's label on the second paragraph, a link on the third",
        "<ol>"
        + item(
            "Charla: <em>Colas sin dolor</em>",
            "Ponente: Ana Ruiz (Acme)",
            'Diapositivas: <a href="https://speakerdeck.com/ana/colas">PDF</a>',
        )
        + item(
            "Charla relámpago: <em>Mapas de bolsillo</em>", "Ponentes: Bo Li y Dan Wu"
        )
        + "</ol>",
        [
            [
                ("Colas sin dolor", ["Ana Ruiz"], "talk"),
                ("Mapas de bolsillo", ["Bo Li", "Dan Wu"], "lightning"),
            ]
        ],
    ),
    (
        "a byline opening the second paragraph",
        "<ul>"
        + item("<strong>Queues at scale</strong>", "by Ana Ruiz, Acme")
        + item("<strong>Maps for the pocket</strong>", "by Bo Li")
        + "</ul>",
        [
            [
                ("Queues at scale", ["Ana Ruiz"], "talk"),
                ("Maps for the pocket", ["Bo Li"], "talk"),
            ]
        ],
    ),
    (
        "an abstract paragraph, no label: read as before, the talk in the first",
        "<ul>"
        + item("<em>Queues at scale</em> by Ana Ruiz", "She showed her queues.")
        + item("<em>Maps for the pocket</em> by Bo Li", "Maps, offline.")
        + "</ul>",
        [
            [
                ("Queues at scale", ["Ana Ruiz"], "talk"),
                ("Maps for the pocket", ["Bo Li"], "talk"),
            ]
        ],
    ),
    (
        "paragraphs with no speaker anywhere: no talk",
        "<ul>"
        + item("<em>Buy a microphone</em>", "Update the website")
        + item("<em>Find a sponsor</em>", "For the pizzas")
        + "</ul>",
        [None],
    ),
]


@pytest.mark.parametrize(
    ("why", "source", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_paragraphs_read_as_the_lines_of_one_item(why, source, expected):
    assert cards(source, mode="yes") == expected


RST = """Rust meetup, November
#####################

:date: 2026-11-20
:talks: yes

1. Talk: *Async without tears*

   Speaker: Ana Ruiz (Acme)

   Slides: `Speaker Deck <https://speakerdeck.com/ana/async>`_

2. Lightning talk: *Clippy and me*

   Speaker: `@bo_codes <https://bsky.app/profile/bo.bsky.social>`_
"""


def test_a_rest_programme_of_labelled_paragraphs_loses_no_word(build_site):
    pairs = items_and_cards(build_site, "meetup.rst", RST, "rust-meetup-november.html")
    assert len(pairs) == 2
    for source_item, card in pairs:
        assert words_lost(source_item, card) == [], source_item.get_text(" ")
