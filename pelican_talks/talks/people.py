"""Is this a person? Evidence from name data and the shape of names.

One word is weak evidence ("Django" and "Stephen" are both given names); a
list's slot read over all its items is strong. These scores are summed over a
list's items by `together.py`.
"""

from __future__ import annotations

import functools
import re

from .given_names import given_name_score
from .model import Speaker
from .name_shape import HANDLE, PROFILE_HOSTS, name_score
from .words import JOIN_WORDS, NAME_PARTICLES, NOT_NAMES, TEAM, without_honorifics

# Where a title may hold a name: between separators, before a joiner.
SEGMENTS = re.compile(r"\s+[-–—|·]\s+|:\s+|\s+/\s+")
JOINED = re.compile(r",\s+|\s+(?:" + JOIN_WORDS + r"|&)\s+")

# A one-word online name as schedules print them: jberkus, der.hans, m4dz.
ONLINE_NAME = re.compile(r"[a-z][a-z0-9_.]{2,30}")


def given_name(word: str) -> float:
    """How likely `word` is a given name, the reader's own words left out
    (days, months and kind words are given names too: May, Domingo)."""
    word = word.strip(".,;:()")
    lowered = word.lower()
    if not word[:1].isupper() or lowered in NOT_NAMES or lowered in NAME_PARTICLES:
        return 0.0
    return given_name_score(word)


def person_score(speaker: Speaker) -> float:
    """0 to 1: how surely a speaker read is a person (or a person's handle)."""
    return named_person_score(speaker.name, speaker.url)


@functools.lru_cache(maxsize=4096)  # a list's speakers are judged several times
def named_person_score(name: str, url: str | None) -> float:
    if HANDLE.fullmatch(name) or (url and PROFILE_HOSTS.search(url)):
        return 1.0
    if TEAM.fullmatch(name):
        return 0.5  # "Our SRE team": people, named together
    first = without_honorifics(name.split())[0] if name.split() else ""
    score = given_name(first)
    if score == 0.0 and ONLINE_NAME.fullmatch(name):
        return 0.5  # lower case, one word: a handle written plain
    if len(name.split()) >= 2 and name_score(name) >= 3:
        score = max(score, 0.25)  # a full name's shape, first name unknown
    return score


def talk_person_score(speakers: tuple[Speaker, ...]) -> float:
    return max((person_score(s) for s in speakers), default=0.0)


@functools.lru_cache(maxsize=4096)  # a title is looked at by several readers
def looks_like_a_person(text: str) -> float:
    """0 to 1: how much a title, or a part of it between separators, reads as
    people's names ("Olivier Grange Labat", "Git Bare - Ana Ruiz e Bo Li")."""
    best = 0.0
    for segment in SEGMENTS.split(text):
        first = JOINED.split(segment.strip())[0]
        words = without_honorifics(first.split())
        if 2 <= len(words) <= 4 and name_score(first) >= 3:
            best = max(best, given_name(words[0]))
    return best
