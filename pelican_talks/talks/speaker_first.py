"""Speaker first: "Ana Ruiz: *Title*", "Ana - Title", "**Ana**, engineer at
Acme: *Title*", "Ana (independent): "Title"", "Ana nos habló de *Title*",
"@ana on writing a queue".
"""

from __future__ import annotations

import re

from .affiliation import ROLE_WORDS, add_affiliation, parenthesis, their_organisation
from .line import BREAK, Line
from .name_shape import name_score
from .names import SpeakerRun, read_speakers
from .readings import Reading, likelier_person, marked_title, name_words
from .words import (
    KIND_BEFORE,
    KIND_OF,
    KIND_WORDS,
    ORG_FIRST,
    PRESENTED,
    RESOURCE_WORDS,
    ROLE_AT,
    TOPIC,
)

AFTER_SPEAKERS = re.compile(
    r",?\s+(?P<presented>(?i:" + PRESENTED + r"))\s+"
    r"|\s*(?P<sep>:|,|--?(?=\s)|–|—|\||\.)\s*|\s+(?P<topic>(?i:" + TOPIC + r"))\s+"
)


# Where a plain title after the speakers ends: a full stop, a question or
# an exclamation before a new sentence, a dash, a parenthesis (not one in
# lower case that ends the line or the sentence: "(and back again).", unless
# it holds the talk's slides or video: "([vídeo](...))."), a <br>.
PAREN = (
    r"\s\((?!(?!\W*" + RESOURCE_WORDS + r"\b)[^\W\d_A-Z][^()]*\)"
    r"(?:[.!?][ \t]|[.!?]?[ \t]*(?:" + BREAK + r"|\n|$)))"
)
# (and a line of the source that is a sentence of its own, four words or more
# to its full stop, unless a colon or a dash ended the line before: "Ana —
# Title\n  Enfin une conférence qui parle des erreurs.", the author's opinion
# after the title; a title wrapped onto a line of its own, "Warum wir\n
# Datenbanken lieben", has no full stop)
SENTENCE_ENDS = (
    r"(?<!\b[Vv]s)\.\s|(?<=[?!])[ \t]+(?=[¿¡]?[A-ZÀ-Þ])"  # ("Pandas vs. Excel")
    r"|(?<![\s:–—-])[ \t]*\n[ \t]*(?=[¿¡]?[A-ZÀ-Þ][^\W\d_]*[ \t]+[^\W\d_A-ZÀ-Þ]"
    r"(?:[^\n.!?]*?[ \t]){2}[^\n.!?]*[.!?])"
)
TITLE_END = re.compile(
    SENTENCE_ENDS + r"|\s[-–—|]\s|" + PAREN + r"|\s*" + BREAK + r"|$"
)
SUBTITLE_GOES_ON = re.compile(
    SENTENCE_ENDS + r"|\s[-–—|]\s(?![^\W\d_A-Z])|" + PAREN + r"|\s*" + BREAK + r"|$"
)


def organisation_first(line: Line, start: int) -> SpeakerRun | None:
    """ "Chez Doctolib, Ana Ruiz :", "Mozilla's Ana Ruiz:": the speakers after
    their organisation, which the card says after them, its words kept."""
    found = ORG_FIRST.match(line.text, start)
    if not found or line.marked_between(start, found.end()):
        return None
    run = read_speakers(line, found.end(), allow_handles=True)
    if not run.speakers:
        return None
    at, org = found.group("at"), found.group("org") or found.group("whose")
    said = f" ({at} {{org}})" if at else f" ({{org}}{found.group('s')})"
    their_organisation(run.speakers, org, said)
    return run


def speaker_first(
    line: Line, start: int, title_end: re.Pattern = TITLE_END, single: bool = False
) -> Reading | None:
    """Speaker: *Title* / Speaker - Title / Name, Org: Title / Speaker, **Title**."""
    run = organisation_first(line, start) or read_speakers(
        line, start, allow_handles=True
    )
    if not run.speakers:
        return None
    separator = AFTER_SPEAKERS.match(line.text, run.end)
    kind_words = ""
    if not separator and (kind := KIND_ASIDE.match(line.text, run.end)):
        # "Ana (keynote de apertura): Title": the talk's kind, then its title
        separator = AFTER_SPEAKERS.match(line.text, kind.end())
        kind_words = kind.group(1) if separator else ""
    if not separator:
        separator = aside_then_title(line, run)
        if not separator:
            return None
    if separator.group("sep") == "," and marked_title(line, separator.end()) is None:
        separator = comma_aside_then_title(line, run) or separator
    found = marked_title(line, separator.end())
    if found is None and (kind := KIND_BEFORE.match(line.text, separator.end())):
        # "Ana (Acme): keynote *Title*": the kind, then the title it names
        found = marked_title(line, kind.end())
        kind_words = kind.group(1) if found is not None else ""
    marked = found[2] if found is not None else None
    if marked is not None and (
        # "Ana — *Keynote:* Title": the emphasis holds the kind alone (or
        # with its colon after it: "Ana — *Lightning talk*: Title")
        kind_alone(marked.text + line.text[marked.end : marked.end + 1])
        # "@ana — `cargo-deny` saved my weekend": code inside a plain title
        or (marked.kind == "code" and CODE_IN_TITLE.match(line.text, marked.end))
    ):
        found = None
    presented = separator.group("presented")
    if presented and found is None:
        return None  # "Ana talked about how ...": prose, no title to read
    if found is not None:
        title, end, part = found
        more = re.compile(r"\s+(and|y|et|und)\s+").match(line.text, end)
        if more and (second := marked_title(line, more.end())):
            title, end = f"{title}{more.group(0)}{second[0]}", second[1]
        link = part if part is not None and part.kind == "link" else None
        url = link.href if link else None
        # "Ana nos habló de *Title*": the verb is said on the card with her
        said = (presented or "").strip()
        return Reading(title, run, end, run.score + 3, url, said, kind_words, link)
    sep = separator.group("sep")
    topic = separator.group("topic")
    dash = sep in ("-", "--", "–", "—", "|")
    if run.score < 2 and not dash and not single:
        return None  # one capitalised word and a colon is a label, not a speaker
    if topic and run.score < 3:
        return None  # "@ana on queues": a handle, a linked or a full name only
    rest = line.text[separator.end() :]
    if sep == ":" and title_end is TITLE_END:
        # "Ana: Title, a dash, then a subtitle in lower case": all the title
        title_end = SUBTITLE_GOES_ON
    cut = title_end.search(rest)
    end = separator.end() + cut.start()
    inside = line.part_at(end - 1) if end > separator.end() else None
    if inside is not None and inside.kind != "text" and inside.end > end:
        end = inside.end  # never stop inside a link or emphasis: take all of it
    title = line.text[separator.end() : end].strip()
    if len(title.split()) < 2 and not single and run.score < 3:
        return None
    score = run.score + 2 + (1 if dash and len(title.split()) >= 3 else 0)
    if sep == ",":
        score -= 1  # "Extendiendo Django, escribe tu ...": a sentence, not a byline
    if topic and len(title.split()) < 3:
        return None  # "Ana Ruiz on drums": what they play, not what they said
    if title[:1].islower() and not topic:
        # "Ana: una charla sobre...", "Ana — coordinatrice del programma": a
        # description of the talk or of the person, not a title
        score -= 3
    first_name = run.speakers[0].name.split()[0]
    if title and title.split()[0] == first_name:
        score -= 3  # "Pablo Galindo: Pablo es core developer...": about them, no title
    if name_score(title) >= 3:
        which = likelier_person(title, run)
        if which == "title" or (not which and len(title.split()) < name_words(run)):
            return None  # the title is the likelier name
        score -= 0 if which else 1
    # "@ana on ...": the card says the word with the speaker, so none is lost.
    return Reading(
        title, run, end, score, byline_words=topic or "", kind_words=kind_words
    )


# Words going on after code: the code is part of a plain title.
CODE_IN_TITLE = re.compile(r"[ \t]*[^\W_]")


def kind_alone(marked: str) -> bool:
    """ "*Keynote:*": emphasis holding a kind word and its colon, nothing else."""
    return marked.rstrip().endswith((":", "-", "–", "—")) and (
        marked.strip(" :-–—").lower() in KIND_OF
    )


# ", engenheira na Cajuí: *Title*": what the speaker does, up to a separator.
COMMA_ASIDE = re.compile(
    r",\s+(?P<aside>[^:;()|–—\[\]]{2,80}?)"
    r"(?=\s*(?::|\s[-–—]\s)|,?\s+(?i:" + PRESENTED + r")\s)"
)
ROLE_AT_ORG = re.compile(
    r"(?P<role>.+?)\s+(?i:" + ROLE_AT + r")\s+(?P<org>[A-ZÀ-Þ0-9].*)$"
)


# "(keynote)", "(atelier)": a kind in parentheses after the speakers.
KIND_ASIDE = re.compile(r"\s*\((" + KIND_WORDS + r")\)", re.IGNORECASE)
# A dash as a separator, written any way.
DASHES = frozenset({"-", "--", "–", "—"})
# The separators after a job that a plain title follows.
JOB_THEN_TITLE = DASHES | {":"}
ORG_ALONE = re.compile(r"(?i:" + ROLE_AT + r")\s+(?P<org>.+)$")


def comma_aside_then_title(line: Line, run: SpeakerRun) -> re.Match | None:
    """ "**Ana Ruiz**, engenheira na Cajuí: *Title*": words after a comma are
    the speaker's role and organisation when a separator and a marked title
    follow them; the separator, or None."""
    aside = COMMA_ASIDE.match(line.text, run.end)
    if aside is None or line.marked_between(aside.start(), aside.end()):
        return None
    separator = AFTER_SPEAKERS.match(line.text, aside.end())
    said = aside.group("aside").strip()
    if not separator or (
        marked_title(line, separator.end()) is None
        # ", engenheira no Nubank: Title", ", Freelance Developer — Title": a
        # job, then a plain title
        and not (separator.group("sep") in JOB_THEN_TITLE and ROLE_WORDS.search(said))
    ):
        return None
    split = ROLE_AT_ORG.match(said)
    role, org = (split.group("role"), split.group("org")) if split else (said, None)
    if at_first := ORG_ALONE.match(said):  # ", de la Universitat de Terramar,"
        role, org = None, at_first.group("org")
    words = line.text[run.end : aside.end()]
    for value, name in ((role, "{role}"), (org, "{org}")):
        if value:
            words = words.replace(value, name, 1)
    add_affiliation(run, role, org, words)
    run.end = aside.end()
    return separator


def aside_then_title(line: Line, run: SpeakerRun) -> re.Match | None:
    """ "**Ana** (independent): "Title"": a parenthesis in lower case after the
    speakers is theirs when a separator and a marked title follow it."""
    aside = parenthesis(line.text, run.end, any_case=True)
    if aside is None:
        return None
    separator = AFTER_SPEAKERS.match(line.text, aside.end)
    if not separator or marked_title(line, separator.end()) is None:
        return None
    add_affiliation(run, aside.role, aside.org, aside.words)
    run.end = aside.end
    return separator
