"""Names written surname first, with a comma ("Kowalczyk, Agnieszka").

Every item here is our own text, written for these tests.
"""

from __future__ import annotations

import pytest

from pelican_talks import markup
from pelican_talks.talks.reading import read_item


def speakers(item_html: str) -> list[tuple[str, str]]:
    talk = read_item(markup.parse(f"<ul><li>{item_html}</li></ul>")[0][0])
    return [(s.honorific, s.name) for s in talk.speakers]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Nowicka, Agnieszka: <em>Queues</em>", [("", "Nowicka, Agnieszka")]),
        (
            "von Hallen, Greta (Gast, Acme): <em>Queues</em>",
            [("", "von Hallen, Greta")],
        ),
        (
            "Brandt-Ueda, Prof. Dr. Hanna: <em>Queues</em>",
            [("Prof. Dr.", "Brandt-Ueda, Hanna")],
        ),
        (
            "Nowicka, Agnieszka und Hofstetter, Jonas: <em>Queues</em>",
            [("", "Nowicka, Agnieszka"), ("", "Hofstetter, Jonas")],
        ),
        # two given names: two people, first names only
        ("Ana, Bo: <em>Queues</em>", [("", "Ana"), ("", "Bo")]),
        # full names after a comma: several speakers, as always
        (
            "<em>Queues</em> by Ana Ruiz, Bo Li and Dan Wu",
            [("", "Ana Ruiz"), ("", "Bo Li"), ("", "Dan Wu")],
        ),
    ],
)
def test_a_name_written_surname_first(item, expected):
    assert speakers(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a whole name ends the source's line: the next line is a sentence
        (
            '"Queues" door Bart de Vries en Ilse Goossens\n  Veel verhalen.',
            "Ilse Goossens",
        ),
        # a name the line breaks inside goes on
        ('"Queues" door Ilse\nGoossens.', "Ilse Goossens"),
        ('"Queues" door Bart van der\nVries.', "Bart van der Vries"),
    ],
)
def test_a_line_of_the_source_ends_a_whole_name(item, expected):
    assert speakers(item)[-1][1] == expected
