"""The words that tell talks apart from other lists, in the languages we read.

English, Spanish, French and German at least; add a language by adding words.
"""

from __future__ import annotations

import re

# Words in a heading, the paragraph before a list or the items that say
# "these are talks".
TALK_CONTEXT = re.compile(
    r"\b("
    r"talks?|speakers?|speaking|presented|presentations?|keynotes?|lightning|"
    r"sessions?|schedule|agenda|programme|program|lineup|line-up|slides|"
    r"workshops?|tutorials?|panels?|ignite|demos|show\W?n\W?tell|"
    r"charlas?|ponentes?|ponencias?|talleres|taller|conferencias?|"
    r"conférences?|présentations?|orateurs?|oratrices?|intervenants?|ateliers?|"
    r"vortr(?:a|ä)ge?|vortrag|referenten?|programm"
    r")\b",
    re.IGNORECASE,
)

# Short stems of those words (each word contains one), for a quick first look.
CONTEXT_STEMS = (
    "talk", "speak", "present", "keynote", "lightning", "session", "schedule",
    "agenda", "program", "line", "slides", "workshop", "tutorial", "panel",
    "ignite", "demos", "tell", "charla", "ponen", "taller", "conferen", "confér",
    "présent", "orat", "interven", "atelier", "vortr", "referent",
)  # fmt: skip

# Words in an item that say it is a talk (weaker words like "slides" don't).
TALK_IN_ITEM = re.compile(
    r"\b(talks?|keynotes?|lightning|presented|presentation|charlas?|ponencias?|"
    r"conférences?|vortrag|vorträge)\b",
    re.IGNORECASE,
)

# A heading that is a time slot ("9:40am-10:10am") heads a schedule.
TIME_SLOT = re.compile(r"^\W*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|$)", re.I)

# Kind from words anywhere in the item, or in the heading above the list.
KIND_WORDS = (
    ("lightning", re.compile(r"\b(lightning|ignite|5-minute|five-minute|pecha)", re.I)),
    ("keynote", re.compile(r"\b(keynote|kenynote|key note)", re.I)),
    ("workshop", re.compile(r"\b(workshop|tutorial|taller|atelier|werkstatt)", re.I)),
    ("panel", re.compile(r"\b(panel)", re.I)),
)

# A kind named at the start of the item: "Keynote by X", "Taller de Y: ...".
KIND_PREFIX = re.compile(
    r"\s*(?P<kind_words>"
    r"(?:opening |closing )?key\s?note(?: speaker)?|kenynote|"
    r"lightning(?: talks?)?|ignite(?: talk)?|workshop|tutorials?|taller|atelier|panel|"
    r"talks?|charla|vortrag"
    r")(?P<sep>\s*[:\-–—]\s*|\s+(?P<by>by|de|por|par|von|with|con|avec|mit)\s+)",
    re.IGNORECASE,
)

# Words that put the title first and the speaker after it.
BYLINE = r"by|de|por|par|animée? par|présentée? par|von|with|con|avec|mit"

# "animé par" names the person leading a workshop.
WORKSHOP_BYLINE = re.compile(r"animée? par", re.I)

# Words joining several speakers.
JOINERS = re.compile(
    r"\s*(?:,\s*(?:and|y|et|und|&)?|\band\b|&|\by\b|\bet\b|\bund\b)\s*"
)

# Lower-case words that sit inside personal names.
PARTICLES = "de da das del della der den di do dos du la le van von ter ten zu bin ibn"
NAME_PARTICLES = frozenset([*PARTICLES.split(), "al", "el", "st.", "y"])

# Capitalised words that start titles and sentences, not names.
NOT_NAMES = frozenset(
    """
    the a an and or of in on for with to from by how why what when where who is are
    your my our their this that these those it we you i yes no not all new my
    el la los las un una lo le les des du der die das ein eine il en et y und mit
    keynote talk talks lightning workshop panel tutorial tutorials opening closing
    welcome break lunch coffee dinner registration announcements trivia sponsor
    intro introduction format venue where when details about notes q&a
    """.split()  # noqa: SIM905
)

KIND_OF = {
    "lightning": "lightning",
    "ignite": "lightning",
    "keynote": "keynote",
    "kenynote": "keynote",
    "key note": "keynote",
    "workshop": "workshop",
    "tutorial": "workshop",
    "taller": "workshop",
    "atelier": "workshop",
    "panel": "panel",
}


# The same kinds as word stems, for a quick look through long abstracts.
KIND_STEMS = tuple(
    (stem, kind)
    for kind, pattern in KIND_WORDS
    for stem in pattern.pattern.split("(", 1)[1].rstrip(")").split("|")
)


def kind_in(text: str) -> str | None:
    """The first kind a text speaks of, or None."""
    lowered = text.lower()
    first, found = len(lowered), None
    for stem, kind in KIND_STEMS:
        at = lowered.find(stem, 0, first)
        while at > 0 and lowered[at - 1].isalnum():  # only at the start of a word
            at = lowered.find(stem, at + 1, first)
        if at != -1 and at < first:
            first, found = at, kind
    return found


def kind_named(words: str) -> str:
    """The kind for a prefix like "Keynote speaker" or "Taller"; "talk" if none."""
    lowered = words.lower()
    for key, kind in KIND_OF.items():
        if key in lowered:
            return kind
    return "talk"
