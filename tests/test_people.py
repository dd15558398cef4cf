"""Is this a person? Given names from the packaged data, and the shape of names."""

from __future__ import annotations

import pytest

from pelican_talks.talks.given_names import fold, given_name_score
from pelican_talks.talks.model import Speaker
from pelican_talks.talks.people import given_name, looks_like_a_person, person_score

GIVEN_NAMES = [
    # (word, a known given name?)
    ("Olivier", True),
    ("Łukasz", True),  # folded: the data holds "lukasz"
    ("Jean-Pierre", True),  # every part a name
    ("Chiara", True),
    ("Docker", False),
    ("Kotlin", False),
    ("PEP", False),  # an acronym, not "Pep"
]


@pytest.mark.parametrize(("word", "known"), GIVEN_NAMES)
def test_given_names_from_the_packaged_data(word, known):
    assert (given_name_score(word) > 0) is known


@pytest.mark.parametrize("word", ["Monday", "May", "Keynote", "Taller", "De"])
def test_the_readers_own_words_are_not_given_names(word):
    assert given_name(word) == 0.0


def test_folding_drops_case_and_accents():
    assert fold("IVÁN") == fold("Iván") == "ivan"


SPEAKERS = [
    # (speaker, at least, at most)
    (Speaker("Ana Ruiz"), 1.0, 1.0),
    (Speaker("@ana"), 1.0, 1.0),
    (Speaker("Qux Quuxly", "https://github.com/qux"), 1.0, 1.0),  # a profile link
    (Speaker("jberkus"), 0.5, 0.5),  # a handle written plain
    (Speaker("Zork Blorb"), 0.25, 0.25),  # a full name's shape, first name unknown
    (Speaker("Inteligencia"), 0.0, 0.0),
]


@pytest.mark.parametrize(("speaker", "low", "high"), SPEAKERS)
def test_how_surely_a_speaker_is_a_person(speaker, low, high):
    assert low <= person_score(speaker) <= high


TITLES = [
    ("Olivier Grange Labat", True),
    ("Git Bare - Michele Scarpa e Giorgio Basile", True),  # a part of it
    ("Easy-Bake Testing", False),
    ("Docker Happy Hour", False),
    ("Queues at scale", False),
]


@pytest.mark.parametrize(("title", "person"), TITLES)
def test_a_title_that_reads_as_a_person(title, person):
    assert (looks_like_a_person(title) > 0) is person
