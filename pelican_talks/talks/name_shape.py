"""Whether words have the shape of a person's name: capitals where names have
them, particles inside ("van der", "de la"), initials, handles, profile links.
Whether a word is a given name is data (`given_names.py`, `people.py`).
"""

from __future__ import annotations

import functools
import re

from .given_names import given_name_score
from .words import (
    DAYS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    without_honorifics,
)

DATES = frozenset(DAYS) | frozenset(MONTHS)

# "@ana", "@ana.ruiz", "@ana@social.example"; a full stop after it ends the sentence.
HANDLE = re.compile(r"@[A-Za-z0-9_](?:[\w.]*\w)?(?:@[\w-]+(?:\.[\w-]+)+)?")
# "J.", "H.J.", "J.-P.", "Ø."
INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.-?){0,2}[A-ZÀ-ÖØ-Þ]\.$")
# Internal capitals that belong in names: McKinnon, MacCaw, O'Halpin, DeWitt.
NAME_CAPITALS = re.compile(
    r"^(Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz)[A-Z]"
)
PROFILE_HOSTS = re.compile(
    r"(twitter\.com|x\.com|github\.com|gitlab\.com|linkedin\.com|bsky\.app|"
    r"mastodon|fosstodon|hachyderm|/@)",
    re.I,
)


@functools.lru_cache(maxsize=4096)  # a list's names are scored by several readers
def name_score(text: str, alone: bool = False) -> int:
    """How much `text` looks like a person's name: 0 not at all, 3 clearly."""
    text = " ".join(text.split())
    if HANDLE.fullmatch(text):
        return 3
    tokens = without_honorifics(text.split(" "))
    if not 1 <= len(tokens) <= 5 or len(text) > 60:
        return 0
    # A particle ends no name; written in capitals it may ("Bo Li", "Ana Lo").
    if tokens[0].lower() in NAME_PARTICLES or tokens[-1] in NAME_PARTICLES:
        return 0
    if any(token.lower() in ORGANISATION_WORDS for token in tokens):
        return 0  # "Hochschule Kirchberg", "Saltmarsh Labs": an organisation
    named = 0
    for index, token in enumerate(tokens):
        if token.lower() in NAME_PARTICLES and index < len(tokens) - 1:
            continue
        if not (
            name_token(token)
            or after_a_given_name(token, tokens, index)
            or a_given_name_first(token, tokens, index)
        ):
            return 0
        named += 1
    if named == 1:
        return 2 if alone else 1
    return 3 if named <= 4 else 0


def after_a_given_name(token: str, tokens: list[str], index: int) -> bool:
    """A word of a name after another word that is a known given name, though
    it wouldn't read as a name alone: a month or a day's name ("Nguyễn Thị
    Mai"), a surname in capitals ("Hélène MARCHAND", "Thomas LE GOFF")."""
    if index == 0 or not token[:1].isupper():
        return False
    dated = token.lower() in DATES
    capitals = len(token) > 1 and token.isupper() and CAPITAL_WORD.fullmatch(token)
    return bool(dated or capitals) and any(
        given_name_score(other) for other in tokens[:index]
    )


def a_given_name_first(token: str, tokens: list[str], index: int) -> bool:
    """A month's or a day's name that is a given name too, first before a
    name's other words: "Mei Lin Tan" ("mei": the Dutch May), "[Julio
    Melanda](...)"."""
    return (
        index == 0
        and len(tokens) > 1
        and token.lower() in DATES
        and given_name_score(token) >= 0.75
        and all(name_token(other) for other in tokens[1:])
    )


# "LE", "GOFF", "SAINT-MARTIN", "N'DIAYE": a word in capitals, as French,
# Italian and Spanish bloggers often write surnames.
CAPITAL_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


# Particles elided onto the name: "d'Almeida", "dell'Acqua".
ELIDED = tuple(p for p in NAME_PARTICLES if p.endswith("'"))


def name_token(token: str) -> bool:
    if token.replace("’", "'").startswith(ELIDED):
        rest = token.replace("’", "'").split("'", 1)[1]
        return len(rest) > 1 and name_token(rest)
    if token.isalpha() and token[0].isupper() and token[1:].islower():
        return token.lower() not in NOT_NAMES  # the common case, quickly
    if INITIAL.match(token) or re.fullmatch(r"[A-Z]{2}", token):
        return True  # "J.", "JJ"
    if token.lower().strip(".") in NOT_NAMES or any(c.isdigit() for c in token):
        return False
    pieces = re.split(r"[-'’]", token)
    if not pieces[0][:1].isupper():
        return False
    for piece in pieces:
        if piece and piece[1:] != piece[1:].lower() and not NAME_CAPITALS.match(piece):
            return False
    return True


def handle_like(token: str) -> bool:
    """A one-word online name as schedules print them: jberkus, der.hans."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_.]{2,30}", token)) and (
        token.lower() not in NOT_NAMES
    )
