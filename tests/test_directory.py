"""The speaker directory: spellings of one name fold together, TALKS_SPEAKERS
completes what the author didn't say, and never with an unsafe link."""

from __future__ import annotations

import pytest
from passes_helper import run_passes_outcome

from pelican_talks.talks import directory

CONTEXT = "<p>The talks of the evening:</p>"

NAMES = [
    ("Jean-Luc Picard", "Jean Luc Picard"),
    ("Søren Kierkegaard", "Soren Kierkegaard"),
    ("Łukasz Nowak", "Lukasz Nowak"),
    ("David Fernández", "david fernandez"),
]


@pytest.mark.parametrize(("one", "other"), NAMES)
def test_two_spellings_of_one_name_fold_equal(one, other):
    assert directory.folded(one) == directory.folded(other)


def test_other_scripts_are_not_transliterated_into_one_person():
    assert directory.folded("张三") != directory.folded("章三")


def test_an_unsafe_directory_link_is_not_drawn():
    source = (
        CONTEXT
        + "<ul><li><em>Queues</em> by Ana Ruiz. A talk.</li><li><em>Logs</em> by Bo Li. A talk.</li></ul>"
    )
    outcome = run_passes_outcome(
        source, speakers={"Ana Ruiz": "javascript:alert(1)"}, source_path="d.md"
    )
    assert "javascript" not in outcome.html
    assert "not drawn" in " ".join(outcome.warnings)
