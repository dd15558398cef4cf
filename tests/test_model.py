"""The Talk model: how a talk's kind and title are shown, one rule for all."""

from __future__ import annotations

import pytest

from pelican_talks.talks.model import KIND_LABELS, KINDS, Talk, says_kind
from pelican_talks.talks.vocabulary import kinds

CASES = [
    # (id, talk, kind label, display title)
    ("a titled talk", Talk("Queues"), "Talk", "Queues"),
    ("an untitled keynote", Talk("", kind="keynote"), "Keynote", "Keynote"),
    (
        "the author's word for the kind",
        Talk("", kind="lightning", kind_words="Ignite"),
        "Ignite",
        "Ignite",
    ),
    (
        "a titled lightning talk",
        Talk("Tiny servers", kind="lightning"),
        "Lightning talk",
        "Tiny servers",
    ),
]


@pytest.mark.parametrize(
    ("talk", "label", "title"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_kind_label_and_display_title(talk, label, title):
    assert talk.kind_label == label
    assert talk.display_title == title


@pytest.mark.parametrize(
    ("title", "label", "says"),
    [
        ("Keynote: twenty years", "Keynote", True),
        ("  keynote - twenty years", "Keynote", True),
        ("Twenty years", "Keynote", False),
        ("Anything", "", False),
    ],
)
def test_a_title_that_says_its_kind(title, label, says):
    assert says_kind(title, label) is says


def test_every_kind_in_the_vocabulary_has_a_label():
    assert set(kinds()) <= set(KINDS) == set(KIND_LABELS)
