"""The vocabulary tables, and the patterns built from them."""

from __future__ import annotations

import pytest

from pelican_talks.talks import vocabulary, words

FIELDS = (
    "talk", "in_item", "event", "kinds", "bylines", "joiners", "role_verbs",
    "role_at", "plural_verbs", "weekdays", "months", "particles", "not_names",
    "against", "slots", "durations", "jobs", "panel_joiners", "weekdays_short",
    "bylines_with_article", "free_software", "other_lists", "at_time",
)  # fmt: skip


@pytest.mark.parametrize("language", sorted(vocabulary.LANGUAGES))
def test_every_language_fills_every_table(language):
    table = vocabulary.LANGUAGES[language]
    assert [f for f in FIELDS if not table.get(f)] == []
    assert len(table["weekdays"].split()) == 7
    assert len(table["months"].split()) == 12


KINDS = [
    ("charla relámpago", "lightning"),
    ("Kurzvortrag", "lightning"),
    ("palestra relâmpago", "lightning"),
    ("Pecha Kucha", "lightning"),
    ("atelier", "workshop"),
    ("taller", "workshop"),
    ("Workshop", "workshop"),
    ("painel", "panel"),
    ("mesa redonda", "panel"),
    ("Keynote speaker", "keynote"),
    ("conférence invitée", "keynote"),
    ("Conférence inaugurale", "keynote"),
    ("Abschlussvortrag", "keynote"),
    ("relazione introduttiva", "keynote"),
]


@pytest.mark.parametrize(("named", "kind"), KINDS)
def test_kind_words_in_every_language(named, kind):
    assert words.kind_named(named) == kind
    assert words.KIND_PREFIX.match(f"{named}: Queues") is not None


@pytest.mark.parametrize("text", ["Lunedì", "samedi", "Mittwoch", "octubre", "07/09"])
def test_days_months_and_dates_are_dates(text):
    assert words.DATE.fullmatch(text)


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        ("Die Vorträge", True),
        ("Palestras", True),
        ("Presentazioni", True),
        ("Het programma", True),
        ("Mes livres préférés", False),
    ],
)
def test_talk_words_in_headings(text, talks):
    assert bool(words.TALK_CONTEXT.search(text)) is talks


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("Documentário realizado por Ana Lima", True),
        ("Ma bande dessinée de l'année", True),
        ("Esta es mi lista, por si a alguien le sirve:", False),
        ("Toute la bande était là :", False),
        ("My reading list for the summer", True),
        ("Un plaidoyer pour le distant reading", False),  # a talk's abstract
    ],
)
def test_words_against_talks_are_whole_phrases(text, against):
    assert bool(words.AGAINST.search(text)) is against


def test_no_word_against_talks_is_a_byline_in_another_language():
    # A phrase split into words made "por" (Portuguese "realizado por") count
    # against every Spanish list whose intro said "por".
    bylines = set(vocabulary.words("bylines")) | set(vocabulary.words("topic"))
    assert bylines & set(vocabulary.words("against")) == set()


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Les lots, et les heureux gagnants :", True),
        ("Die Teams des Abends, in der Reihenfolge der Endwertung:", True),
        ("ecco i progetti che ho visto e chi c'era a raccontarli.", True),
        ("Voici les propositions retenues :", False),  # a CFP's: talks
        ("Lots of good talks this year:", False),  # "lots" is French in "les lots"
        ("Here is what was on stage:", False),
        ("Het programma van de avond:", False),
        # Food and drink are in every meetup's thanks, not what a list is.
        ("Gracias por las cervezas. Os dejo lo que se contó:", False),
    ],
)
def test_other_lists_of_an_event_are_named_where_they_are_introduced(text, other):
    assert bool(words.OTHER_LISTS.search(text)) is other


def test_no_other_list_is_a_word_for_talks():
    talk = set(vocabulary.words("talk")) | set(vocabulary.words("in_item"))
    assert talk & set(vocabulary.words("other_lists")) == set()


@pytest.mark.parametrize(
    "text",
    ["Cambridge Python User Group, March", "Unser Techday im Herbst", "Techdag 2023"],
)
def test_user_groups_and_tech_days_are_events(text):
    assert words.EVENT.search(text) is not None
