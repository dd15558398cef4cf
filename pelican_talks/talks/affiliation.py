"""A speaker's role and organisation, in the author's own words.

"Ana is a Staff Engineer at Acme.", "Ana, Engineer at Acme", "Ana of Acme",
"Ana (Staff Engineer chez Acme)": the role verbs and the words before an
organisation come from the vocabulary tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import vocabulary
from .given_names import given_name_score
from .line import Line
from .model import Speaker, evolve
from .words import (
    ORG_AFTER_NAME_WORDS,
    ORGANISATION_WORDS,
    PLURAL_VERBS,
    RESOURCE,
    ROLE_AT,
    ROLE_VERBS,
    ROOM,
    alternation,
)

if TYPE_CHECKING:
    from .names import SpeakerRun

ORG_END = r"(?=\s*(?:[.,;:)]\s|[.,;:)]$|\s[-–—]\s|$))"


ROLE_PROSE = re.compile(
    r"\s+(?P<verb>" + ROLE_VERBS + r")\s+"
    r"(?P<article>(?:an?|the|una?|une?|ein(?:e)?)\s+)?"
    r"(?P<role>[^.;:()]{2,60}?)"
    r"(?:\s+(?P<at>"
    + ROLE_AT
    + r")\s+(?P<org>[^.;:()]{1,50}?))?"
    + r"(?P<end>\.(?:\s|$)|;|$)"
)


ROLE_APPOSITION = re.compile(
    r",\s+(?P<role>[A-Z][^.,;:()]{1,50}?)\s+(?P<at>at|@|chez|bei|en)\s+"
    r"(?P<org>[^.,;:()]{1,50}?)" + ORG_END
)
# The same with every language's words for "at" (role_at): ", Data Scientist
# bij Acme"; since some also mean other things ("in", "de"), after a job word.
ROLE_APPOSITION_AT = re.compile(
    r",\s+(?P<role>[A-Z][^.,;:()]{1,50}?)\s+(?P<at>" + ROLE_AT + r")\s+"
    r"(?P<org>[^.,;:()]{1,50}?)" + ORG_END
)


def role_apposition(text: str, position: int) -> re.Match | None:
    """ ", Senior Engineer at Acme" at `position`, if it is one."""
    match = ROLE_APPOSITION.match(text, position)
    if match is not None or not text.startswith(",", position):
        return match
    match = ROLE_APPOSITION_AT.match(text, position)
    return match if match and ROLE_WORDS.search(match.group("role")) else None


# ", Principal Engineer, Fjordline Telecom": a job, then where, to the end.
ROLE_THEN_ORG = re.compile(
    r",\s+(?P<role>[A-Z][^.,;:()]{1,50}?),\s+(?P<org>[A-Z0-9][^.,;:()]{0,50}?)"
    r"(?=\s*(?:[.;:)]\s|[.;:)]$|\s[-–—]\s|$))"
)


def role_then_org(text: str, position: int) -> re.Match | None:
    """ ", Principal Engineer, Acme", not ", Lisbon, Portugal" (where, not who)."""
    match = ROLE_THEN_ORG.match(text, position)
    return match if match and ROLE_WORDS.search(match.group("role")) else None


# An organisation named after a word: a capital or a digit first.
NAMED_ORG = r"(?P<org>[A-Z0-9][^.,;:()]{0,50}?)" + ORG_END
ORG_AFTER = re.compile(
    r"\s+(?P<at>of|from|@|at|(?:works|worked) (?:at|for))\s+" + NAMED_ORG
)
# "Marta de la Fuente de Idealista", once the name has ended before the last
# particle (the words with it read as no name): after a full name only, not
# after one word ("Bericht vom Treffen").
ORG_AFTER_NAME = re.compile(r"\s+(?P<at>" + ORG_AFTER_NAME_WORDS + r")\s+" + NAMED_ORG)


# "the CTO of Acme": "of" names the organisation only after these titles.
CHIEF_OF = re.compile(
    r"^(?P<role>(?:co-?)?founder|ceo|cto|coo|cfo|cio|president|director|chair|vp)"
    r"\s+of\s+(?P<org>[A-Z0-9].*)$",
    re.IGNORECASE,
)


ROOM_ALONE = re.compile(ROOM)
PAREN = re.compile(r"\s*\((?P<inner>[^()]{1,80})\)")


# Job words, so "(Staff Engineer)" reads as a role and "(Acme)" as an
# organisation: the starts of words (vocabulary's jobs), found inside compounds
# too ("Softwareentwickler"); the short ones (CTO, SRE) and "VP" only as words
# of their own, not "cto" in "Doctolib".
JOBS = vocabulary.words("jobs")
ROLE_WORDS = re.compile(
    r"("
    + alternation([w for w in JOBS if len(w) > 3])
    + r"|\b(?:"
    + alternation([w for w in JOBS if len(w) <= 3] + ["vp"])
    + r")\b)",
    re.IGNORECASE,
)


PAREN_ROLE = re.compile(
    r"(?P<role>[^()]+?)\s+(?P<at>chez|au|à|at|@|bei|en|of)\s+(?P<org>[^()]+)$"
)


# The same, with every language's words for "at" (role_at in vocabulary/).
PAREN_ROLE_AT = re.compile(
    r"(?P<role>[^()]+?)\s+(?P<at>" + ROLE_AT + r")\s+(?P<org>[^()]+)$"
)


def read_affiliation(line: Line, run: SpeakerRun) -> int:
    """Role and organisation right after the speakers; returns where they end."""
    text, position = line.text, run.end
    readers = [ORG_AFTER.match, role_apposition, role_then_org, ROLE_PROSE.match]
    if " " in run.speakers[-1].name:  # a full name (see ORG_AFTER_NAME)
        readers.insert(1, ORG_AFTER_NAME.match)
    for read in readers:
        match = read(text, position)
        if match is None or crosses_markup(line, match):
            continue  # "Ana, *Queues at scale*": emphasis is a title, not a role
        found = match.groupdict()
        if found.get("org") or found.get("role"):
            role, org = clean(found.get("role")), clean(found.get("org"))
            if role and role.count(" ") > 4:
                continue
            if org and org.count(" ") > 4:
                continue
            words = affiliation_words(text, match, position, found)
            chief = CHIEF_OF.match(role) if role and not org else None
            if chief:
                role, org = chief.group("role"), chief.group("org")
                words = words.replace("{role}", "{role} of {org}", 1)
            if found.get("verb") in PLURAL_VERBS:
                # "Ana and Bo are engineers at Acme": said of all of them
                run.speakers[:-1] = [
                    evolve(s, role=s.role or role, org=s.org or org)
                    for s in run.speakers[:-1]
                ]
            add_affiliation(run, role, org, words)
            return match.end()
    found = parenthesis(text, position)
    if found is None:
        return position
    add_affiliation(run, found.role, found.org, found.words)
    return found.end


@dataclass
class Parenthesis:
    role: str | None
    org: str | None
    words: str  # the author's words, with {role} and {org} in their place
    end: int


def parenthesis(text: str, position: int, any_case: bool = False) -> Parenthesis | None:
    """ "(Staff Engineer at Acme)", "(Acme)" right at `position`, if it is one.
    `any_case`: also "(independent)", when the caller knows a title follows."""
    paren = PAREN.match(text, position)
    if not paren:
        return None
    inner = paren.group("inner").strip()
    if all(RESOURCE.fullmatch(piece) for piece in inner.split(",")):
        return None  # "(Slides, Video)": the talk's resources, not an organisation
    if ROOM_ALONE.fullmatch(inner):
        return None  # "(Salle 2)": where the talk is, not an organisation
    if inner.startswith("@"):
        return None  # "(@ana)": the speaker's handle, not an organisation
    role, org = paren_affiliation(inner)
    # "(lead developer bij Acme)": a job at a place, in lower case too
    job_at = bool(role and org and org[:1].isupper() and ROLE_WORDS.search(role))
    lower = not (role or org or "")[:1].isupper()
    if (lower and not any_case and not job_at) or len(inner.split()) > 6:
        return None
    words = text[position : paren.end()].rstrip()
    for value, name in ((role, "{role}"), (org, "{org}")):
        if value:
            words = words.replace(value, name, 1)
    return Parenthesis(clean(role), clean(org), words, paren.end())


def add_affiliation(run: SpeakerRun, role: str | None, org: str | None, words: str):
    """Give the last speaker a role and organisation, keeping any said before."""
    last = run.speakers[-1]
    run.speakers[-1] = evolve(
        last,
        role=role or last.role,
        org=org or last.org,
        affiliation_words=(last.affiliation_words or "") + words,
    )


def crosses_markup(line: Line, match: re.Match) -> bool:
    """True if the match runs into emphasised or code text."""
    return any(
        part.kind in ("emph", "code")
        and part.start < match.end()
        and part.end > match.start()
        for part in line.parts
    )


def paren_affiliation(inner: str) -> tuple[str | None, str | None]:
    """(role, org) from "(Role at Org)", "(Role, Org)", "(Role)" or "(Org)"."""
    split = PAREN_ROLE.match(inner)
    if not split and (at_any := PAREN_ROLE_AT.match(inner)):
        # "(lead developer bij Acme)", "(engenheira na Cajuí)": the vocabulary's
        # words for "at", after a job word ("(Universidad de Sevilla)" has none)
        split = at_any if ROLE_WORDS.search(at_any.group("role")) else None
    if split:
        return split.group("role").strip(), split.group("org").strip()
    first, comma, rest = inner.partition(", ")
    if comma and ROLE_WORDS.search(first):
        return first.strip(), rest.strip()
    if ROLE_WORDS.search(inner):
        return inner.strip(), None
    return None, inner.strip()


def clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split()).strip(" ,")
    return value or None


def affiliation_words(text: str, match: re.Match, start: int, found: dict) -> str:
    """The author's words around role and org, with {role} and {org} in their place."""
    pieces, position = [], start
    for name in ("role", "org"):
        if found.get(name):
            pieces.append(text[position : match.start(name)])
            pieces.append("{" + name + "}")
            position = match.end(name)
    pieces.append(text[position : match.end()])
    return "".join(pieces).rstrip()


def organisation_last(run: SpeakerRun) -> None:
    """ "Ana Ruiz and Bo Li, Acme": a last single word after a comma is their
    org; so are more words when the first is no one's first name ("Stadtwerke
    Mühlbach"). (Words naming an organisation, "Saltmarsh Labs", are never read
    as a speaker: names.read_speakers gives them to the speakers itself.)"""
    if len(run.speakers) < 2:
        return
    *people, last = run.speakers
    if last.joining_words.strip() != "," or last.url or last.name.startswith("@"):
        return
    first = last.name.split()[0].split("-")[0]
    if (" " in last.name and given_name_score(first)) or len(
        people[-1].name.split()
    ) < 2:
        return
    run.speakers = people
    their_organisation(run.speakers, last.name)
    run.score = max(run.score, 3)


# Capitalised words (and the small words inside organisations' names).
def organisation_pattern(gap: str) -> re.Pattern:
    return re.compile(
        r"[A-ZÀ-Þ0-9][\w&'’.-]*(?:"
        + gap
        + r"(?:[A-ZÀ-Þ0-9][\w&'’.-]*|de|der|van|of|di|da|du))*"
    )


ORGANISATION = organisation_pattern(r"\s+")


def organisation_at(text: str, position: int) -> re.Match | None:
    """Capitalised words one of which names an organisation: "Hochschule
    Neckartal", "Saltmarsh Labs"."""
    found = ORGANISATION.match(text, position)
    if found and any(w.lower() in ORGANISATION_WORDS for w in found.group(0).split()):
        return found
    return None


ORGANISATION_ON_ONE_LINE = organisation_pattern(r"[ \t]+")  # then an abstract
# What may follow an organisation named alone: the item's or its line's end,
# a full stop, a parenthesis.
LONE_END = re.compile(r"[ \t]*(?:$|\n|\.(?:\s|$)|\s\()")


def organisation_alone(text: str, position: int) -> re.Match | None:
    """ "Claire Martel, Doctolib", "Nathalie Ferrand, CNIL": one to three
    capitalised words after a comma that end the item or its line and start
    with no one's first name."""
    found = ORGANISATION_ON_ONE_LINE.match(text, position)
    if found is None or not LONE_END.match(text, found.end()):
        return None
    words = found.group(0).split()
    if len(words) > 3 or not words[0][0].isalpha():
        return None  # "1 Main St": an address
    return None if given_name_score(words[0].split("-")[0]) else found


def their_organisation(
    speakers: list[Speaker], org: str, said: str = ", {org}"
) -> None:
    """Give every speaker the organisation named with them, said once after
    the last: "Ana Ruiz and Bo Li, Acme"; `said`, how the card words it."""
    last = len(speakers) - 1
    speakers[:] = [
        evolve(p, org=org, affiliation_words=said if i == last else "")
        for i, p in enumerate(speakers)
    ]
