"""The shapes one talk item is written in, each a reader proposing a reading.

Title first or speaker first; the title emphasised, quoted, linked or plain;
joined by ":", " - ", "by", "de", "por", "animé par", "von", "(Speaker)"; the
whole talk inside one link. Every reader that fits proposes a reading with a
score; `reading.py` picks one, preferring the shape the rest of the list has.
Title first lives here; speaker first in `speaker_first.py`; what they share
in `readings.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .affiliation import ROLE_WORDS, add_affiliation, their_organisation
from .line import Line, Part
from .name_shape import HANDLE, PROFILE_HOSTS, name_score
from .names import read_speakers
from .people import looks_like_a_person
from .readings import (
    SHAPE_FITS,
    Reading,
    clean_title,
    evidence,
    likelier_person,
    marked_title,
    name_words,
)
from .speaker_first import DASHES, speaker_first
from .words import (
    ARTICLES,
    BYLINE,
    BYLINE_WITH_ARTICLE,
    HONORIFIC_WORDS,
    KIND_PREFIX,
    KIND_WORDS,
    SPEAKER_LABELS,
)

AFTER_TITLE = re.compile(
    # "„Title“ (Keynote) von Ana": the kind, named in parentheses after the title
    r"(?:\s*\((?P<kind_after>" + KIND_WORDS + r")\))?"
    r"\s*(?P<open>\()?\s*(?P<punct>[:,|]|--?|–|—)?\s*"
    # "*Title* Speaker: Ana", "*Title* / Oradora: Inês"
    r"(?:(?P<label>" + SPEAKER_LABELS + r")\s*:\s*)?"
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
    # "della dott.ssa Ana", "dell'ing. Bo": a byline and an article in one
    + r"|(?:"
    + BYLINE_WITH_ARTICLE
    + r")(?=\s*(?:"
    + HONORIFIC_WORDS
    + r")(?:\s|$))"
    + r")\b\s*(?:(?:"
    + ARTICLES
    + r")\s+(?=(?:"
    + HONORIFIC_WORDS
    + r")(?:\s|$)))?)?",
    re.IGNORECASE,
)


SEPARATORS = re.compile(r"[\s,:;|–—-]*")
# A byline after a closing parenthesis: ", presented by", ", présenté par".
PRESENTER = re.compile(r",?\s*(?:" + BYLINE + r")\s+", re.IGNORECASE)
# (each alternative starts where a run of spaces starts, not at each of its
# spaces: a run of thousands made reading an item quadratic)
PLAIN_SPLIT = re.compile(
    r"(?<!\s)\s+(?:(?:--?|–|—)\s+)?(?P<by>" + BYLINE + r")\s+"
    r"|(?<!\s)\s+(?:--?|–|—|\|)\s*"
    r"|(?<!\s)\s*\(\s*(?:(?P<paren_by>by|de|por|par|von)\s+)?"
    r"|(?<=\.\.\.)\s*|(?<=…)\s*|(?<=[!?])\s+",
    re.IGNORECASE,
)


PAREN_TAIL = re.compile(r",\s*(?P<said>[^(),;:]{1,40}?)\s*\)")
WHOLE_QUOTE = re.compile(
    r'\s*(?:«[^»]{2,200}»|“[^”]{2,200}”|„[^“”]{2,200}[“”]|"[^"]{2,200}")'
)


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
    by = after.group("by") or after.group("label")
    run = read_speakers(line, after.end(), allow_handles=bool(by))
    if not run.speakers:
        return None
    finish = run.end
    coauthors = ""  # a paper's, said before its presenter
    if after.group("open"):
        close = re.compile(r"\s*\)").match(line.text, finish)
        if not close and (tail := PAREN_TAIL.match(line.text, finish)):
            # "*Title* (Ana Ruiz & Bo Li, REN)", "(Ana Ruiz, freelance)": what
            # follows the last comma is theirs, an organisation or a role
            said = tail.group("said")
            if ROLE_WORDS.search(said) and len(run.speakers) == 1:
                add_affiliation(run, said, None, ", {role}")
            else:
                their_organisation(run.speakers, said)
            close = tail
        if not close:
            return None
        finish = close.end()
        # "*Title* (with A. Lind and B. Kim), presented by C. Smith": the
        # paper's co-authors, then who gave the talk: the speaker. The
        # parenthesis is said with the byline, so no word is lost.
        presenter = PRESENTER.match(line.text, finish)
        if presenter and (gave := read_speakers(line, presenter.end())).score >= 3:
            run, finish = gave, gave.end
            coauthors = line.text[after.start("open") : presenter.end()].strip()
    score = 2 + run.score + (1 if by or after.group("punct") else 0)
    score += evidence(line, run, finish)
    if after.group("punct") == ":" and len(title.split()) == 1:
        score -= 3  # "**Where**: Venue" is a key and its value, not a talk
    link = part if part is not None and part.kind == "link" else None
    url = link.href if link else None
    # The author's words from the filler or byline on ("a talk by", "por el"):
    # the card says them, so no word is lost.
    said = next(
        (after.start(g) for g in ("label", "filler", "by") if after.group(g)), -1
    )
    byline = line.text[said : after.end()].strip() if said >= 0 else ""
    byline = coauthors or byline
    kind_words = after.group("kind") or after.group("kind_after") or ""
    if after.group("kind_after") and said < 0:
        said = after.start("kind_after") - 1  # its parentheses are said too
        byline = line.text[said : after.end()].strip()
    return Reading(title, run, finish, score, url, byline, kind_words, link)


def title_first_plain(line: Line, start: int) -> Reading | None:
    """Title by Speaker / Title - Speaker / Title de Speaker / Title (Speaker)."""
    best, best_cut = None, None
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
            # "**Title** Rui Gonçalves e Filipa Antunes (Câmara)", "*Title*,
            # Pablo Serrano (@ps)": people after the marked title are no part of it
            gap = SEPARATORS.match(line.text, marked.end)
            after = read_speakers(line, gap.end())
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
        # On a tie the later split wins (titles contain "de"), unless the
        # earlier one read several speakers past it: "Title, com Ana e Bo;
        # mediação de Eva" is read to its end from "com". Never when the
        # earlier one's speaker has the parenthesis it opens as their own
        # handle: "Title - Jan de Vries ([@jan](https://x.com/jan))".
        if best is not None and owns_parenthesis(best, reading):
            continue
        if (
            best is None
            or reading.score > best.score
            or (
                reading.score == best.score
                and not read_past(best, split)
                and not named_after_dash(best, best_cut)
            )
        ):
            best, best_cut = reading, split
    return best


def named_after_dash(reading: Reading, cut: Cut) -> bool:
    """ "Title — Dott.ssa Rosaria Esposito, ricercatrice all'Università di
    Torino": people named in full after a dash are the speakers; a later "di"
    would make them part of the title."""
    return cut.text.strip() in DASHES and all(
        len(s.name.split()) >= 2 for s in reading.run.speakers
    )


def read_past(reading: Reading, split: Cut) -> bool:
    """Whether a reading's several speakers run past a later cut."""
    return reading.end >= split.end and len(reading.run.speakers) > 1


def owns_parenthesis(earlier: Reading, later: Reading) -> bool:
    """Whether a later reading's title would hold the earlier one's speaker,
    who took their profile link or handle from the parenthesis after them."""
    last = earlier.run.speakers[-1]
    return (
        len(earlier.run.speakers) == 1
        and bool(last.handle or (last.url and not last.name.startswith("@")))
        and earlier.end >= later.end
        and later.title.rstrip(" (").endswith(last.name)
    )


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
