"""The shapes one talk item is written in, each a reader proposing a reading.

Title first or speaker first; the title emphasised, quoted, linked or plain;
joined by ":", " - ", "by", "de", "por", "animé par", "von", "(Speaker)"; the
whole talk inside one link. Every reader that fits proposes a reading with a
score; `reading.py` picks one, preferring the shape the rest of the list has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .affiliation import add_affiliation, parenthesis
from .line import Line, Part
from .names import HANDLE, PROFILE_HOSTS, SpeakerRun, name_score, read_speakers
from .people import looks_like_a_person
from .words import (
    ARTICLES,
    BYLINE,
    HONORIFICS,
    KIND_OF,
    KIND_PREFIX,
    PRESENTED,
    ROLE_AT,
    TOPIC,
    alternation,
)

KIND_WORDS = alternation(list(KIND_OF))
HONORIFIC_WORDS = alternation(list(HONORIFICS))

QUOTED = re.compile(r"\s*([\"“„«‘'])\s*(?P<title>[^\"“”„«»]{2,200}?)\s*([\"”“»’'])")


AFTER_TITLE = re.compile(
    r"\s*(?P<open>\()?\s*(?P<punct>[:,|]|--?|–|—)?\s*"
    # "…, a talk by Ana", "…, atelier animé par Ana", "… presented by Ana"
    r"(?P<filler>(?:(?:"
    + ARTICLES
    + r")\s+)?(?P<kind>"
    + KIND_WORDS
    + r"|presentation)"
    r"\s+(?=(?:" + BYLINE + r")\b)|(?:presented|given|led)\s+(?=by\b))?"
    # "por el Dr. Ana": an article before a speaker's title
    r"(?:(?P<by>"
    + BYLINE
    + r")\b\s*(?:(?:"
    + ARTICLES
    + r")\s+(?=(?:"
    + HONORIFIC_WORDS
    + r")(?:\s|$)))?)?",
    re.IGNORECASE,
)


AFTER_SPEAKERS = re.compile(
    r",?\s+(?P<presented>(?i:" + PRESENTED + r"))\s+"
    r"|\s*(?P<sep>:|,|--?(?=\s)|–|—|\||\.)\s*|\s+(?P<topic>(?i:" + TOPIC + r"))\s+"
)


PLAIN_SPLIT = re.compile(
    r"\s+(?:(?:--?|–|—)\s+)?(?P<by>" + BYLINE + r")\s+|\s+(?:--?|–|—|\|)\s*"
    r"|\s*\(\s*(?:(?P<paren_by>by|de|por|par|von)\s+)?"
    r"|(?<=\.\.\.)\s*|(?<=…)\s*|(?<=[!?])\s+",
    re.IGNORECASE,
)


WHOLE_QUOTE = re.compile(r'\s*(?:«[^»]{2,200}»|“[^”]{2,200}”|"[^"]{2,200}")')
TITLE_END = re.compile(r"\.\s|\s[-–—|]\s|\s\(|$")


@dataclass
class Reading:
    title: str
    run: SpeakerRun
    end: int  # where title and speakers end in the line: the abstract starts here
    score: int
    title_url: str | None = None
    byline_words: str = ""
    kind_words: str = ""  # a kind named before the speakers, inside a link
    title_link: Part | None = None  # the part holding the author's title link
    shape: str = ""  # which reader read it: the list's template, item by item


# A reading of the list's own shape is taken at this score, below the usual 4:
# the other items vouch for it.
SHAPE_FITS = 3


def evidence(line: Line, run: SpeakerRun, finish: int) -> int:
    """Points every reader shares: a role or org was read, the talk ends the item."""
    points = 1 if any(s.role or s.org for s in run.speakers) else 0
    if not line.text[finish:].strip(" .;,!"):
        points += 1
    return points


def clean_title(title: str) -> str:
    title = title.strip().rstrip(",;:–—-").strip()
    if len(title) > 2 and title[0] in "\"“«‘'" and title[-1] in "\"”»’'":
        title = title[1:-1].strip()
    return title


def marked_title(line: Line, start: int) -> tuple[str, int, Part | None] | None:
    """An emphasised, linked, code or quoted title at `start`: (text, end, part)."""
    part = line.marked_at(start)
    if part is not None:
        text = part.text.strip().strip("\"“”«»'")
        if text.startswith("@"):
            return None  # an @handle names a person: never a title
        return text, part.end, part
    quoted = QUOTED.match(line.text, start)
    if quoted and line.part_at(quoted.start(2)) in (None, line.part_at(start)):
        return quoted.group("title"), quoted.end(), None
    return None


def title_first_marked(line: Line, start: int) -> Reading | None:
    """*Title*: Speaker ... / "Title" by Speaker / [Title](url) (by @handle)."""
    found = marked_title(line, start)
    if found is None:
        return None
    title, end, part = found
    if part is not None and part.kind == "link" and name_score(title) >= 3:
        return None  # a linked name first: the speaker-first reader's case
    after = AFTER_TITLE.match(line.text, end)
    # "*Title* (von anni)": after a byline, a one-word online name is a speaker
    run = read_speakers(line, after.end(), allow_handles=bool(after.group("by")))
    if not run.speakers:
        return None
    finish = run.end
    if after.group("open"):
        close = re.compile(r"\s*\)").match(line.text, finish)
        if not close:
            return None
        finish = close.end()
    score = 2 + run.score + (1 if after.group("by") or after.group("punct") else 0)
    score += evidence(line, run, finish)
    if after.group("punct") == ":" and len(title.split()) == 1:
        score -= 3  # "**Where**: Venue" is a key and its value, not a talk
    link = part if part is not None and part.kind == "link" else None
    url = link.href if link else None
    # The author's words from the filler or byline on ("a talk by", "por el"):
    # the card says them, so no word is lost.
    said = next((after.start(g) for g in ("filler", "by") if after.group(g)), -1)
    byline = line.text[said : after.end()].strip() if said >= 0 else ""
    kind_words = after.group("kind") or ""
    return Reading(title, run, finish, score, url, byline, kind_words, link)


def speaker_first(
    line: Line, start: int, title_end: re.Pattern = TITLE_END, single: bool = False
) -> Reading | None:
    """Speaker: *Title* / Speaker - Title / Name, Org: Title / Speaker, **Title**."""
    run = read_speakers(line, start, allow_handles=True)
    if not run.speakers:
        return None
    separator = AFTER_SPEAKERS.match(line.text, run.end)
    if not separator:
        separator = aside_then_title(line, run)
        if not separator:
            return None
    if separator.group("sep") == "," and marked_title(line, separator.end()) is None:
        separator = comma_aside_then_title(line, run) or separator
    found = marked_title(line, separator.end())
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
        return Reading(title, run, end, run.score + 3, url, said, "", link)
    sep = separator.group("sep")
    topic = separator.group("topic")
    dash = sep in ("-", "--", "–", "—", "|")
    if run.score < 2 and not dash and not single:
        return None  # one capitalised word and a colon is a label, not a speaker
    if topic and run.score < 3:
        return None  # "@ana on queues": a handle, a linked or a full name only
    rest = line.text[separator.end() :]
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
        score -= 2  # "Ana: una charla sobre...": a description, not a title
    first_name = run.speakers[0].name.split()[0]
    if title and title.split()[0] == first_name:
        score -= 3  # "Pablo Galindo: Pablo es core developer...": about them, no title
    if name_score(title) >= 3:
        which = likelier_person(title, run)
        if which == "title" or (not which and len(title.split()) < name_words(run)):
            return None  # the title is the likelier name
        score -= 0 if which else 1
    # "@ana on ...": the card says the word with the speaker, so none is lost.
    return Reading(title, run, end, score, byline_words=topic or "")


# ", engenheira na Cajuí: *Title*": what the speaker does, up to a separator.
COMMA_ASIDE = re.compile(
    r",\s+(?P<aside>[^:;()|–—\[\]]{2,80}?)"
    r"(?=\s*(?::|\s[-–—]\s)|,?\s+(?i:" + PRESENTED + r")\s)"
)
ROLE_AT_ORG = re.compile(
    r"(?P<role>.+?)\s+(?i:" + ROLE_AT + r")\s+(?P<org>[A-ZÀ-Þ0-9].*)$"
)


ORG_ALONE = re.compile(r"(?i:" + ROLE_AT + r")\s+(?P<org>.+)$")


def comma_aside_then_title(line: Line, run: SpeakerRun) -> re.Match | None:
    """ "**Ana Ruiz**, engenheira na Cajuí: *Title*": words after a comma are
    the speaker's role and organisation when a separator and a marked title
    follow them; the separator, or None."""
    aside = COMMA_ASIDE.match(line.text, run.end)
    if aside is None or any(
        p.kind != "text" and p.start < aside.end() and p.end > aside.start()
        for p in line.parts
    ):
        return None
    separator = AFTER_SPEAKERS.match(line.text, aside.end())
    if not separator or marked_title(line, separator.end()) is None:
        return None
    said = aside.group("aside").strip()
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


def likelier_person(title: str, run: SpeakerRun) -> str:
    """ "title" or "speakers": which side starts with a known given name, when
    only one does; "" when names don't tell."""
    in_title = looks_like_a_person(title)
    in_run = max(looks_like_a_person(s.name) for s in run.speakers)
    if in_title > in_run:
        return "title"
    return "speakers" if in_run > in_title else ""


def name_words(run: SpeakerRun) -> int:
    return sum(len(s.name.split()) for s in run.speakers)


def title_first_plain(line: Line, start: int) -> Reading | None:
    """Title by Speaker / Title - Speaker / Title de Speaker / Title (Speaker)."""
    best = None
    # A quoted title is whole: "« Title » : a talk by Ana" isn't titled up to "by".
    quoted = WHOLE_QUOTE.match(line.text, start)
    for split in plain_cuts(line, start):
        if quoted and split.start > quoted.end() + 1:
            break
        title = line.text[start : split.start].strip()
        part = line.part_at(split.start)
        if split.end == split.start:
            part = line.part_at(split.start - 1)  # a cut at a link: before it
        if not title or (part is not None and part.kind not in ("text", "inline")):
            continue
        run = read_speakers(line, split.end)
        if not run.speakers:
            continue
        finish = run.end
        byline = split.by
        score = run.score + 1 + (1 if byline else 0)
        if "(" in split.text:
            close = re.compile(r"\s*\)").match(line.text, finish)
            if not close:
                continue
            finish = close.end()
            if not line.text[finish:].strip(" .;,"):
                score += 3  # "Title (Speaker)" closing the item: a common convention
        marked = line.marked_at(start)
        if marked is not None and marked.end < split.start:
            # "**Title** Rui Gonçalves e Filipa Antunes (Câmara)": people after
            # the marked title are no part of it
            after = read_speakers(line, marked.end)
            if after.speakers and after.end >= split.start - 1:
                score -= 4
        if "(" not in split.text and not byline and name_score(title) >= 3:
            # Both sides look like names: known first names tell; else the
            # longer one is the title.
            which = likelier_person(title, run)
            if which == "title" or (
                not which and len(title.split()) <= name_words(run)
            ):
                score -= 3
            elif not which:
                score -= 1
        if len(title.split()) > 25:
            score -= 3
        score += evidence(line, run, finish)
        title = clean_title(title)
        link = line.marked_at(start)
        if link is None or link.kind != "link" or link.text.strip() != title:
            link = None  # the title is a link only when the link is all of it
        url = link.href if link else None
        reading = Reading(title, run, finish, score, url, byline, "", link)
        if best is None or reading.score >= best.score:
            best = reading  # on a tie the later split wins: titles contain "de"
    return best


@dataclass
class Cut:
    """Where a plain title may end and its speakers start."""

    start: int
    end: int
    by: str = ""  # the byline word, if any
    text: str = ""  # the separator as written


def plain_cuts(line: Line, start: int) -> list[Cut]:
    """Separators and bylines, and the start of each profile link: "Title
    [Ana](https://x.com/ana)" needs no separator, the link's markup is one."""
    cuts = [
        Cut(m.start(), m.end(), m.group("by") or m.group("paren_by") or "", m.group(0))
        for m in PLAIN_SPLIT.finditer(line.text, start)
    ]
    first_person = next(
        (
            p.start
            for p in line.parts
            if p.kind == "link" and p.start > start and person_link(p)
        ),
        None,
    )
    if first_person is not None:
        cuts = [cut for cut in cuts if cut.start <= first_person]
    for part in line.parts:
        if part.kind == "link" and part.start > start and person_link(part):
            cuts.append(Cut(part.start, part.start))
            break  # a title holds no link to a person: no cut after the first
    return sorted(cuts, key=lambda cut: cut.start)


def person_link(part: Part) -> bool:
    """A link to a profile, or a person's name linked to their own site."""
    if PROFILE_HOSTS.search(part.href or ""):
        return True
    return looks_like_a_person(part.text) >= 0.5 or bool(HANDLE.fullmatch(part.text))


RUNS_TO_END = re.compile(r"$")


def inside_link(line: Line, start: int, shape: str = "") -> Reading | None:
    """[Talks - Speaker: Title](video): the whole talk written inside a link."""
    part = line.marked_at(start)
    if part is None or part.kind != "link" or not re.search(r"[:\-–—]", part.text):
        return None
    inner = Line(part.text, [Part(0, len(part.text), part.text, "text")], line.head, [])
    prefix = KIND_PREFIX.match(inner.text)
    offset = prefix.end() if prefix else 0
    found = [
        speaker_first(inner, offset, RUNS_TO_END, single=bool(prefix)),
        title_first_plain(inner, offset),
    ]
    if prefix:
        found.append(speakers_only(inner, offset))
    names = ("speaker_first", "title_first_plain", "speakers_only")
    for reading, reader in zip(found, names[: len(found)], strict=True):
        if reading is not None:
            reading.shape = "inside_link:" + reader
    found = [
        r for r in found if r is not None and r.end >= len(inner.text.rstrip()) - 1
    ]
    fitting = [r for r in found if r.shape == shape and r.score >= SHAPE_FITS]
    found = fitting or [r for r in found if r.score >= 4]
    if not found:
        return None
    best = max(found, key=lambda r: r.score)
    kind_words = prefix.group("kind_words") if prefix else ""
    return Reading(
        best.title,
        best.run,
        part.end,
        best.score,
        part.href,
        best.byline_words,
        kind_words,
        part,
        best.shape,
    )


def speakers_only(line: Line, start: int) -> Reading | None:
    """After a kind prefix: "Keynote by Ana", "Keynote Speaker - Ana"."""
    run = read_speakers(line, start)
    if run.score < 3:
        return None
    return Reading("", run, run.end, run.score + 1)
