"""An article's talks as the cache keeps them: read only when asked for."""

from __future__ import annotations

import operator
import pickle

import pytest

from pelican_talks import cache, intrasite
from pelican_talks.stored_talks import StoredTalks, stored
from pelican_talks.talks.model import Speaker, Talk

TALKS = (
    Talk("Queues", (Speaker("Ana Ruiz", "https://github.com/ana"),)),
    Talk("Caches", (Speaker("Bo Li", "{filename}/pages/bo.md"),), kind="keynote"),
)


def kept(talks=TALKS) -> StoredTalks:
    # As a warm build has them: put in the cache as an entry, loaded back.
    return StoredTalks(*pickle.loads(pickle.dumps(cache.stored_talks(talks))))


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        (len, 2),
        (bool, True),
        (intrasite.speakers_link_elsewhere, True),
    ],
)
def test_what_is_known_without_reading_the_talks(ask, answer):
    talks = kept()
    assert ask(talks) == answer
    assert talks._talks is None  # nothing unpickled


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        (list, list(TALKS)),
        (lambda t: t[-1].title, "Caches"),
        (lambda t: [s.name for x in t for s in x.speakers], ["Ana Ruiz", "Bo Li"]),
        (lambda t: t == TALKS and operator.eq(TALKS, t), True),
        (lambda t: pickle.loads(pickle.dumps(t)) == TALKS, True),
        # as a tuple would: joined with tuples, counted, unequal to a list
        (lambda t: (operator.add(t, ()), operator.add((), t)), (TALKS, TALKS)),
        (lambda t: (t.count(TALKS[0]), t.index(TALKS[1])), (1, 1)),
        (lambda t: t == list(TALKS), False),
    ],
)
def test_read_like_a_tuple_of_talks(ask, answer):
    assert ask(kept()) == answer


def test_kept_again_as_loaded():
    talks = kept()
    assert cache.stored_talks(talks) == talks.stored()
    assert talks._talks is None


def test_no_speaker_linked_elsewhere():
    only_profiles = TALKS[:1]
    assert not intrasite.speakers_link_elsewhere(kept(only_profiles))
    assert stored(only_profiles, False)[1:] == (1, False)
