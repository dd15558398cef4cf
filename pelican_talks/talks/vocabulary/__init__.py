"""Every word the talk reader knows, as plain tables, one module per language.

Adding a language is adding a module here with its TABLE, and its code in
LANGUAGES below (and a test that reads a list written in it); `words.py`
builds the patterns from the tables. Words are lower case; a kind's words may
be several words ("lightning talk", "charla relámpago").

- talk: words that say "these are talks" in a heading, a paragraph, a title.
- event: words naming an event where talks are given, for the article's title.
- in_item: the stronger of those, that say so inside one item ("his talk").
- kinds: kind -> the words naming it; the first words of an item, or anywhere.
- speaker_labels: a label before the speakers, with a colon ("Speaker:",
  "Oradora:").
- bylines: words between a title and its speakers ("by", "de", "animé par",
  "moderated by").
- bylines_with_article: a byline and an article in one word, before a
  speaker's honorific ("della dott.ssa", "dell'ing.", "do Prof.", "du Dr").
- presented: verbs between a speaker and their title, when the title is marked
  (emphasised, quoted, linked): "Ana talked about *Queues*".
- topic: words between a speaker and what they spoke about ("@ana on queues",
  "Ana sobre colas"); prepositions only: "Ana talked about ..." is prose.
- honorifics: titles before a speaker's name ("Dr.", "Prof.", "Mme", "Herr"):
  part of the name as written, no evidence for or against a person.
- joiners: words joining several speakers ("and", "y", "et").
- panel_joiners: words joining a panel's members that say who moderates or
  takes part ("..., moderated by Lena", "modera Ana; participan Bo y Carla").
- role_verbs / role_at: "Ana is a ROLE at ORG", "Ana es ROLE en ORG".
- org_first: a speaker's organisation named before them, with a comma ("At
  Acme, Ana Ruiz: ...", "Chez Doctolib, Ana : ...").
- org_after_name: a word before a speaker's organisation that is a name
  particle too ("Ana Ruiz de Glovo", "Jonas Weber von Grafana"): read so only
  when the list writes several names that way (org_after_name.py).
- jobs: the starts of job words ("engineer", "desarroll", "engenheir"), so that
  "(Staff Engineer)" reads as a role and "(Acme)" as an organisation.
- plural_verbs: the role verbs said of several speakers ("are").
- slots: words numbering a programme's parts ("Talk 2:", "Session 3 -").
- organisations: words naming an organisation ("Labs", "GmbH", "Hochschule"):
  after the last comma of a speaker list, the speakers' organisation.
- articles: "a", "the", "el": before a kind after a title ("..., a talk by")
  and before a speaker's honorific ("por el Dr. ...").
- teams: a team as a talk's speaker ("Our SRE team", "Équipe Data de X");
  possessives: the words before it ("our", "notre"); team_of: the words
  between it and whose it is ("de X", "of X").
- rooms: words naming where a talk is given, before its name or number
  ("Room A", "Salle 2", "Raum 3"): the talk's room, not part of its title.
- durations: units of a talk's length ("(5 min)").
- at_time: words before a time in a programme's slot ("ore 10:00", "um 14 Uhr").
- resources: what a link after a talk may be ("slides", "video", "Folien").
- weekdays, months: never a speaker's name; a day or date slot.
- weekdays_short: a day as programmes shorten it before a time ("Sa., 11:00").
- particles: lower-case words inside personal names ("van", "de la").
- not_names: capitalised words that start titles or sentences, not names.
- other_subjects: the strongest of those, naming books, films, music and
  sponsors: in the article's title or category, or the list's heading, they
  outweigh a "programme" nearby.
- against: words that say a list is books, films, music or a changelog.
- other_lists: what else a post about an event lists with people beside each
  thing, in a list's heading or in the paragraph before it after its last
  talk word: prizes and their winners, quiz teams,
  stands, projects, volunteers, games, tastings, quotations,
  exhibitions. Only there: "teams" or "projects" in an item is no evidence.
- free_software: phrases naming free software, whose last word is no subject
  ("Software Livre" is no book, the French "livre").
"""

from __future__ import annotations

from . import de, en, es, fr, it, nl, pt

LANGUAGES = {
    "en": en.TABLE,
    "es": es.TABLE,
    "fr": fr.TABLE,
    "de": de.TABLE,
    "pt": pt.TABLE,
    "it": it.TABLE,
    "nl": nl.TABLE,
}


def words(field: str) -> list[str]:
    """One field's words (or ;-separated phrases) over every language, in order."""
    found: list[str] = []
    for table in LANGUAGES.values():
        value = table.get(field, "")
        for word in value.split(";" if ";" in value else None):
            word = word.strip()
            if word and word not in found:
                found.append(word)
    return found


def kinds() -> dict[str, list[str]]:
    """kind -> its words in every language, longest first (so they match whole)."""
    found: dict[str, list[str]] = {}
    for table in LANGUAGES.values():
        for kind, value in table["kinds"].items():
            for word in value.split(";"):
                if word.strip() and word.strip() not in found.setdefault(kind, []):
                    found[kind].append(word.strip())
    return {kind: sorted(ws, key=len, reverse=True) for kind, ws in found.items()}
