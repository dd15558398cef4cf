"""A name written surname first, with a comma: "Kowalczyk, Agnieszka",
"von Hohenberg, Friederike", "Müller-Lüdenscheidt, Prof. Dr. Hartmut", as
programmes, colloquia and bibliographies write them.

Read as one speaker only when the word after the comma is a given name and
the surname is none ("Ana, Bo" are two people), and the name ends there: a
colon, a parenthesis, a joiner or the item's end follows.
"""

from __future__ import annotations

import re

from .given_names import given_name_score
from .line import BREAK, Line
from .model import Speaker
from .words import HONORIFIC_WORDS, JOIN_WORDS, NAME_PARTICLES, alternation

PARTICLES = alternation(sorted(p for p in NAME_PARTICLES if not p.endswith("'")))
WORD = r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-ZÀ-Þ][^\W\d_]+)*"
INVERTED = re.compile(
    r"(?P<surname>(?:(?:" + PARTICLES + r")\s+)*" + WORD + r"),\s+"
    r"(?P<honorific>(?:(?i:" + HONORIFIC_WORDS + r")\s+)*)"
    r"(?P<given>" + WORD + r")"
    r"(?=\s*(?:[:(;&/+]|$|" + BREAK + r")|\s+(?:" + JOIN_WORDS + r")\s)"
)
# How surely the given name must be one, and the surname none.
GIVEN, NOT_GIVEN = 0.5, 0.5


def inverted_name(line: Line, position: int) -> tuple[Speaker, int, int] | None:
    """(speaker, end, score) for a name written surname first at `position`."""
    found = INVERTED.match(line.text, position)
    if found is None or line.marked_between(found.start(), found.end()):
        return None
    surname, given = found.group("surname"), found.group("given")
    last = surname.split()[-1]
    if given_name_score(given) < GIVEN or given_name_score(last) >= NOT_GIVEN:
        return None
    name = f"{surname}, {given}"
    honorific = " ".join(found.group("honorific").split())
    return Speaker(name, honorific=honorific), found.end(), 3
