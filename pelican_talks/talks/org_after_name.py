"""A speaker's organisation said after their name in a way one item alone
can't tell from a name, and the list can.

With a word that is also a name particle: "Ana Ruiz de Glovo", "Jonas Weber
von Grafana Labs", "Sanne Bakker van Bol". After a comma, in words that read
as a name: "(Hélène Marchal, Red Hat)" (organisations_after_commas).

One item alone can't tell: "Ana Ruiz de Glovo" may be a compound surname, as
"José Ruiz de Alda" is. The list can. When two or more of its speakers end so,
after a given name and a surname, and at least one of those surnames is no
given name (not "María José de ...", "Pieter Jan van ..."), or when an item
said so unmistakably (the words before the particle alone were a name, those
with it were not), the author writes "Name from Org", and every speaker of
the list who ends so is read that way.
"""

from __future__ import annotations

import re

from .affiliation import their_organisation
from .given_names import given_name_score
from .model import Talk, evolve
from .words import NAME_PARTICLES, ORG_AFTER_NAME_WORDS

# "de", "von", "von der", "van": vocabulary's org_after_name.
FROM = re.compile(r"\s(?P<said>" + ORG_AFTER_NAME_WORDS + r")\s")
# A speaker whose organisation an item already read so ("Marta de la Fuente de
# Idealista": the name had ended before): the list's template too.
SAID_SO = re.compile(r"\s(?:" + ORG_AFTER_NAME_WORDS + r")\s\{org\}")
# An organisation: a capital or a digit first, four words at most.
ORG = re.compile(r"[A-Z0-9À-Ý][^\s,;:()]*(?:\s+[^\s,;:()]+){0,3}")
# Two or more speakers of the list must end so.
ENOUGH = 2


def split(name: str) -> tuple[str, str, str] | None:
    """("Ana Ruiz", "de", "Glovo") from "Ana Ruiz de Glovo": the last particle
    that follows two words or more, the last capitalised and no particle, and
    that an organisation follows; None if there is none."""
    for match in reversed(list(FROM.finditer(name))):
        before, org = name[: match.start()], name[match.end() :]
        words = before.split()
        if len(words) < 2 or words[-1].lower() in NAME_PARTICLES:
            continue
        if not words[-1][:1].isupper() or not ORG.fullmatch(org):
            continue
        return before, match.group("said"), org
    return None


def surname_is_no_given_name(before: str) -> bool:
    return given_name_score(before.split()[-1]) < 0.5


def organisations_after_names(talks: list[Talk | None]) -> list[Talk | None]:
    """The list's talks, their last speaker's "de Org" read as organisation
    when the list writes names so (see the module's docstring)."""
    found = {}
    for index, talk in enumerate(talks):
        if talk is None or not talk.speakers:
            continue
        last = talk.speakers[-1]
        if last.url or last.org or last.handle:
            continue  # a linked name is the link's words; an org is said already
        parts = split(last.name)
        if parts is not None:
            found[index] = parts
    if not found:
        return talks  # (most lists)
    said_so = sum(
        1
        for talk in talks
        if talk is not None
        for speaker in talk.speakers
        if SAID_SO.fullmatch(speaker.affiliation_words or "")
    )
    if len(found) + said_so < ENOUGH:
        return talks
    if not said_so and not any(
        surname_is_no_given_name(before) for before, _, _ in found.values()
    ):
        return talks
    talks = list(talks)
    for index, (before, said, org) in found.items():
        talk = talks[index]
        speakers = [*talk.speakers[:-1], evolve(talk.speakers[-1], name=before)]
        # "Ana Ruiz y Bo Li de Acme": said once, of all of them.
        their_organisation(speakers, org, said=f" {said} {{org}}")
        talks[index] = evolve(talk, speakers=tuple(speakers))
    return talks


# A list names a speaker's organisation after a comma ("(Ana Ruiz, Doctolib)")
# in this many items or more: its template.
ORGANISED = 2


def organisations_after_commas(talks: list[Talk | None]) -> list[Talk | None]:
    """ "(Ana Ruiz, Red Hat)" reads as two people on its own ("Red" is a given
    name too); in a list whose other items name one speaker and their
    organisation after a comma, it is one speaker and her organisation."""
    said = sum(
        1
        for t in talks
        if t is not None
        and len(t.speakers) == 1
        and t.speakers[0].org
        and t.speakers[0].affiliation_words == ", {org}"
    )
    if said < ORGANISED:
        return talks
    result = list(talks)
    for index, talk in enumerate(talks):
        if talk is None or len(talk.speakers) != 2:
            continue
        first, second = talk.speakers
        if second.joining_words != ", " or second.url or second.handle or first.org:
            continue
        speaker = evolve(first, org=second.name, affiliation_words=", {org}")
        result[index] = evolve(talk, speakers=(speaker,))
    return result
