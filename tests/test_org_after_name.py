"""A speaker's organisation said after their name with a particle ("Ana Ruiz de
Glovo"): read so only when the list writes names that way.

Every list here is our own text, written for these tests.
"""

from __future__ import annotations

import pytest
from test_together import ul

from pelican_talks import markup
from pelican_talks.talks import finding


def speakers(source: str) -> list[list[tuple[str, str | None]]]:
    """(name, organisation) of each card's speakers, for the source's first list."""
    [(_, found)] = finding.talk_lists(markup.parse(source), "yes", "")
    return [[(s.name, s.org) for s in t.speakers] for t in found.talks]


CASES = [
    (
        "Spanish, 'de': the list writes every name so",
        ul(
            "Ana Ruiz de Acme: «Colas sin dolor»",
            "Bruno Ortega de Initech: «Mapas de bolsillo»",
            "Clara de la Vega de Globex: «Datos pequeños»",
        ),
        [
            [("Ana Ruiz", "Acme")],
            [("Bruno Ortega", "Initech")],
            [("Clara de la Vega", "Globex")],
        ],
    ),
    (
        "German, 'von' and 'von der', a particle of the name kept",
        ul(
            "<strong>Queues ohne Schmerz</strong> – Greta von Hallen von Acme",
            "<strong>Karten für die Tasche</strong> – Jonas Weber von der Stadtbahn",
        ),
        [
            [("Greta von Hallen", "Acme")],
            [("Jonas Weber", "Stadtbahn")],
        ],
    ),
    (
        "Dutch 'van', two speakers: the organisation of both",
        ul(
            "<em>Wachtrijen</em> door Sanne Bakker en Joost Mulder van Acme",
            "<em>Kaarten</em> door Fleur Jansen van Initech",
        ),
        [
            [("Sanne Bakker", "Acme"), ("Joost Mulder", "Acme")],
            [("Fleur Jansen", "Initech")],
        ],
    ),
    (
        "one item alone: a compound surname, as far as anyone can tell",
        ul(
            "Ana Ruiz de Alda: «Colas sin dolor»",
            "Bruno Ortega: «Mapas de bolsillo»",
        ),
        [[("Ana Ruiz de Alda", None)], [("Bruno Ortega", None)]],
    ),
    (
        "a double given name before the particle: names, not organisations",
        ul(
            "<em>Wachtrijen</em> door Pieter Jan van Dam",
            "<em>Kaarten</em> door Anne Marie van Berg",
        ),
        [[("Pieter Jan van Dam", None)], [("Anne Marie van Berg", None)]],
    ),
    (
        "the particle right after the given name: a name",
        ul(
            "<strong>Queues</strong> – Greta von Hallen",
            "<strong>Karten</strong> – Ursula von der Heide",
        ),
        [[("Greta von Hallen", None)], [("Ursula von der Heide", None)]],
    ),
]


@pytest.mark.parametrize(
    ("why", "source", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_an_organisation_after_a_particle(why, source, expected):
    assert speakers(source) == expected


def test_the_card_keeps_the_authors_words():
    from pelican_talks.talks.drawing import affiliation

    source = ul(
        "Ana Ruiz de Acme: «Colas sin dolor»",
        "Bruno Ortega de Initech: «Mapas de bolsillo»",
    )
    [(_, found)] = finding.talk_lists(markup.parse(source), "yes", "")
    assert str(affiliation(found.talks[0].speakers[0])) == (
        ' de <span class="p-org">Acme</span>'
    )
