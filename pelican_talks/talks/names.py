"""Reading speakers: names, @handles and profile links, with role and organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .affiliation import (
    ROLE_WORDS,
    add_affiliation,
    crosses_markup,
    organisation_alone,
    organisation_at,
    organisation_last,
    parenthesis,
    read_affiliation,
    role_apposition,
    their_organisation,
)
from .given_names import given_name_score
from .inverted_names import inverted_name
from .line import BREAK, Line
from .model import Speaker, evolve
from .name_shape import (
    HANDLE,
    INITIAL,
    PROFILE_HOSTS,
    a_given_name_first,
    after_a_given_name,
    handle_like,
    name_score,
    name_token,
)
from .speaker_links import link_attributes, profile_in_parenthesis
from .words import (
    HONORIFICS,
    JOINERS,
    NAME_PARTICLES,
    PANEL_JOINERS,
    TEAM,
    without_honorifics,
)

# A word and the spaces after it.
WORD_AND_SPACES = re.compile(r"(\S+)\s+")
TOKEN = re.compile(r"[^\s,;:()\[\]\"“”«»!?|/]+")
NICKNAME = re.compile(r"""\s+["“„‘'][A-ZÀ-Þ][\w.-]{0,20}["”“’'](?=\s)""")


@dataclass
class SpeakerRun:
    speakers: list[Speaker] = field(default_factory=list)
    end: int = 0
    score: int = 0  # 4 profile link, 3 full name or @handle, 1 a single word


def person_not_role(words: str) -> bool:
    """ "Anouk Wiersma", not "Chief Data Officer": a first name, no job word."""
    first = words.split()[0]
    return bool(given_name_score(first)) and not ROLE_WORDS.search(words)


def role_not_person(words: str) -> bool:
    """ "Principal Engineer", not "Ana Headley": a job word, no known first name."""
    return bool(ROLE_WORDS.search(words)) and not given_name_score(words.split()[0])


PROSE_GOES_ON = re.compile(r"\s+[^\W\d_A-Z]")


def person(name: str, **fields) -> Speaker:
    """A speaker named as written: a title before the name ("Dr.", "Prof. Dr.")
    is their honorific, not part of the name a speaker page or the speaker
    directory knows them by."""
    words = name.split(" ")
    titles = len(words) - len(without_honorifics(words))
    if not titles:
        return Speaker(name, **fields)
    return Speaker(
        " ".join(words[titles:]), honorific=" ".join(words[:titles]), **fields
    )


def read_speakers(line: Line, start: int, allow_handles: bool = False) -> SpeakerRun:
    """Speakers written at `start`: "A", "A and B", "A, B & C", "@a", linked names."""
    run = SpeakerRun(end=start)
    position = start
    joining = ""
    while True:
        if not run.speakers and (together := emphasised_people(line, position)):
            run.speakers, run.score, run.end = together
            break  # "*Ana Ruiz & Bo Li*": the emphasis holds them all
        comma = joining.strip() == ","
        # "Ana Ruiz, Charles University": words naming an organisation are
        # theirs, though they start with a first name
        named = comma and organisation_at(line.text, position)
        found = (
            None
            if named
            else read_one(line, position, allow_handles and not run.speakers)
        )
        if found is None:
            # "Ana Ruiz & Bo Li, Saltmarsh Labs": not a speaker, their org
            named = named or (comma and organisation_alone(line.text, position))
            if run.speakers and named:
                their_organisation(run.speakers, named.group(0))
                run.end = named.end()
            break
        speaker, end, score = found
        if joining.strip() == "," and score < 2 and PROSE_GOES_ON.match(line.text, end):
            break  # "Ana Ruiz, Systemadministratorin an der ...": her role, in prose
        if joining.strip() == "," and role_not_person(speaker.name):
            break  # "Ana Ruiz, Principal Engineer, Acme": her role
        run.speakers.append(
            evolve(speaker, joining_words=joining + speaker.joining_words)
            if joining
            else speaker
        )
        run.score = score if len(run.speakers) == 1 else min(run.score, score)
        run.end = position = end
        position = run.end = own_parenthesis(line, run, position)
        position = run.end = profile_in_parenthesis(line, run, position)
        position = run.end = handles_in_parenthesis(line, run, position, 1)
        apposition = role_apposition(line.text, position)
        if (
            apposition
            and not crosses_markup(line, apposition)
            # ", Anouk Wiersma en Pieter de Boer": a person, and "and" in Dutch
            and not person_not_role(apposition.group("role"))
        ):
            break  # ", Senior Engineer at Acme" describes this speaker
        joiner = PANEL_JOINERS.match(line.text, position) or JOINERS.match(
            line.text, position
        )
        if not joiner or joiner.end() == position:
            break
        joining = joiner.group(0)
        position = joiner.end()
    if run.speakers:
        # "Ana and Bo (@ana, @bo)": one handle each, in their order
        run.end = handles_in_parenthesis(line, run, run.end, len(run.speakers))
        organisation_last(run)
        run.end = read_affiliation(line, run)
    return run


HANDLES = re.compile(
    r"\s*\(\s*(" + HANDLE.pattern + r"(?:\s*[,;/]\s*" + HANDLE.pattern + r")*)\s*\)"
)


def handles_in_parenthesis(
    line: Line, run: SpeakerRun, position: int, how_many: int
) -> int:
    """ "Ana Lima (@ana)", "Ana and Bo (@ana, @bo)": the online names of the
    last `how_many` speakers, written after them, in plain text."""
    if "(" not in line.text[position : position + 3]:
        return position  # (most speakers: no parenthesis after them)
    found = HANDLES.match(line.text, position)
    # Plain text only: a linked handle is profile_in_parenthesis's.
    if found is None or line.marked_between(found.start(), found.end()):
        return position
    handles = HANDLE.findall(found.group(1))
    speakers = run.speakers[-how_many:]
    if len(handles) != how_many or any(
        s.handle or s.name.startswith("@") for s in speakers
    ):
        return position
    first = len(run.speakers) - how_many
    for offset, handle in enumerate(handles):
        run.speakers[first + offset] = evolve(
            run.speakers[first + offset], handle=handle
        )
    return found.end()


def emphasised_name(name: str) -> int:
    """name_score for a name set in emphasis, all of it."""
    score = name_score(name) or (1 if handle_like(name) else 0)
    if HANDLE.fullmatch(name):
        return 3
    if " " not in name and not given_name_score(name) and name[:1].isupper():
        return 0  # "*Rigor*", "*T*": one capitalised word, no known name
    return score


def emphasised_people(line: Line, position: int):
    """ "*Ana Ruiz & Bo Li*": several people in one emphasis, as
    (speakers, score, end); None unless every one of them reads as a name."""
    part = line.marked_at(position)
    if part is None or part.kind != "emph" or not JOINERS.search(part.text):
        return None
    text, speakers, at, score = part.text, [], 0, 3
    for joiner in [*JOINERS.finditer(text), None]:
        end = joiner.start() if joiner else len(text)
        name = " ".join(text[at:end].split())
        found = emphasised_name(name) if name else 0
        if found < 3:
            return None  # full names or handles only: "*Ruby & Rails*" is a title
        joining = text[speakers[-1][1] : at] if speakers else ""
        speakers.append((person(name, joining_words=joining), end))
        score = min(score, found)
        at = joiner.end() if joiner else end
    if len(speakers) < 2:
        return None
    return [s for s, _ in speakers], score, part.end


def own_parenthesis(line: Line, run: SpeakerRun, position: int) -> int:
    """ "Ana (Acme), Bo (Initech) and Cy": a parenthesis right after a speaker
    followed by another speaker belongs to that speaker alone."""
    # (in lower case too, "(independiente)": another speaker follows it)
    found = parenthesis(line.text, position, any_case=True)
    if found is None:
        return position
    # (or a moderator: "Ana (Acme) y Bo (independiente); moderó Cy")
    follow = PANEL_JOINERS.match(line.text, found.end) or JOINERS.match(
        line.text, found.end
    )
    if not follow or follow.end() == found.end:
        return position
    if read_one(line, follow.end(), False) is None:
        return position
    add_affiliation(run, found.role, found.org, found.words)
    return found.end


# Flags before a name say where a speaker is from ("🇨🇭 Ana Ruiz"): kept
# before the speaker on the card, as words joining them to the others are.
FLAGS = re.compile(r"(?:[\U0001F1E6-\U0001F1FF]{2}\s*)+")


def read_one(line: Line, start: int, allow_handle: bool):
    """One speaker at `start`: (Speaker, end, score), or None."""
    text = line.text
    position = start
    while position < len(text) and text[position] == " ":
        position += 1
    if (
        "\U0001f1e6" <= text[position : position + 1] <= "\U0001f1ff"
        and (flags := FLAGS.match(text, position))
    ) and (found := read_one(line, flags.end(), allow_handle)):
        speaker, end, score = found
        return evolve(speaker, joining_words=flags.group(0)), end, score
    titled = titles_at(text, position)
    marked = line.marked_at(titled) if titled > position else None
    if marked is not None and marked.kind != "code":
        # "Dr. [Ana Ruiz](...)": the title before a linked or emphasised name
        found = read_one(line, titled, allow_handle)
        if found is not None and not found[0].honorific:
            speaker, end, score = found
            honorific = " ".join(text[position:titled].split())
            return evolve(speaker, honorific=honorific), end, score
    link = line.marked_at(position)
    if link is not None and link.kind == "link":
        name, _, org = link.text.partition(" of ")
        score = name_score(name, alone=True)
        words = name.split()
        if not score and 2 <= len(words) <= 4 and given_name_score(words[0]) >= 0.5:
            score = 3  # "Vincent GALLISSOT": a known first name, a surname in capitals
        if PROFILE_HOSTS.search(link.href or ""):
            score = 4 if score else (3 if handle_like(name.strip("@ ")) else 0)
        if not score:
            return None
        speaker = person(
            " ".join(name.split()),
            url=link.href,
            org=org.strip() or None,
            affiliation_words=" of {org}" if org.strip() else None,
            link_target=link.target,
            link_rel=link.rel,
            link_attributes=link_attributes(link.link),
        )
        return speaker, link.end, score
    if link is not None and link.kind == "emph":
        # "*Florent Revest*", "**apol**": a name set in emphasis, all of it
        name = " ".join(link.text.split())
        score = emphasised_name(name)
        return (person(name), link.end, score) if score else None
    if link is not None:
        return None
    handle = HANDLE.match(text, position)
    if handle:
        return Speaker(handle.group(0)), handle.end(), 3
    team = TEAM.match(text, position)
    if team and " " in team.group(0):
        return Speaker(team.group(0)), team.end(), 3  # "Our SRE team"
    if "," in text[position : position + 40] and (
        inverted := inverted_name(line, position)
    ):
        return inverted  # "Kowalczyk, Agnieszka": surname first
    return read_plain_name(line, position, allow_handle)


def titles_at(text: str, position: int) -> int:
    """Where the titles written at `position` end ("Prof. Dr. "): `position`
    if there are none."""
    while (word := WORD_AND_SPACES.match(text, position)) and (
        word.group(1).lower() in HONORIFICS
    ):
        position = word.end()
    return position


def given_names_only(tokens: list[re.Match]) -> bool:
    """Whether every word read so far is a known given name: a surname is
    still to come."""
    words = without_honorifics([t.group(0) for t in tokens])
    return bool(words) and all(given_name_score(w) >= 1 for w in words)


def whole_name(tokens: list[re.Match]) -> bool:
    """Two name words or more, the last no particle nor initial: a name a
    line of the source may end ("Bart van der" and "Dr. Bart" go on)."""
    words = [t.group(0) for t in tokens]
    while words and words[0].lower() in HONORIFICS:
        words.pop(0)  # "Dr. Bart": one name word
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    return (
        len(named) >= 2
        and words[-1].lower() not in NAME_PARTICLES
        and not INITIAL.match(words[-1])
    )


def honorifics(tokens: list[re.Match]) -> int:
    """How many of the tokens read so far are titles ("Prof. Dr.")."""
    return sum(1 for t in tokens[:-1] if t.group(0).lower() in HONORIFICS)


def next_words(text: str, at: int, count: int = 2) -> list[str]:
    """The words after `at`, each after spaces only (fewer if anything else
    comes first)."""
    words = []
    while len(words) < count:
        at = len(text) - len(text[at:].lstrip(" "))
        found = TOKEN.match(text, at)
        if found is None:
            break
        words.append(found.group(0))
        at = found.end()
    return words


def read_plain_name(line: Line, position: int, allow_handle: bool):
    text = line.text
    tokens: list[re.Match] = []
    previous_end = position
    at = position
    nicknamed = False
    while match := TOKEN.search(text, at):
        at = match.end()
        if tokens and (nickname := NICKNAME.match(text, previous_end)):
            # 'Margaret "Peggy" Okonkwo': a nickname in quotes inside a name
            previous_end = at = nickname.end()
            nicknamed = True
            continue
        between = text[previous_end : match.start()]
        if between.strip() or BREAK in between:
            break  # punctuation between words ends a name, and so does a <br>
        if "\n" in between and whole_name(tokens) and not given_names_only(tokens):
            # "Ilse Goossens\nVeel herkenbare ...": the source's line ends it;
            # not after given names alone ("José Manuel\nOrtega-Ruiz")
            break
        inside = line.part_at(match.start())
        if inside is not None and inside.kind not in ("text", "inline"):
            break
        word = match.group(0)
        # "mr. Karolien Peeters": a title in lower case may start a name too
        title = word.lower() in HONORIFICS and all(
            t.group(0).lower() in HONORIFICS for t in tokens
        )
        if not (
            title
            or word.lower() in NAME_PARTICLES
            or name_token(word.rstrip("."))
            or INITIAL.match(word)  # "H.J. Kuipers"
            # "Nguyễn Thị Mai": a month's name after a given name
            or after_a_given_name(
                word, [t.group(0) for t in tokens] + [word], len(tokens)
            )
            # "Mei Lin Tan": one before two more words of a name (before one,
            # it is likelier a date's: ", July Meetup", "June Release:")
            or (
                not tokens
                and len(after := next_words(text, at)) == 2
                and a_given_name_first(word, [word, *after], 0)
            )
        ):
            break
        tokens.append(match)
        previous_end = match.end()
        if word.endswith(".") and not INITIAL.match(word):
            if word.lower() in HONORIFICS and len(tokens) == 1 + honorifics(tokens):
                continue  # "Dr. Ana Ruiz": a title before the name
            break  # "Me. **Title**": a full stop ends the name
    while tokens and (
        tokens[-1].group(0) in NAME_PARTICLES
        or tokens[-1].group(0).lower() in HONORIFICS
    ):
        tokens.pop()
    while tokens:
        end = tokens[-1].end()
        if text[end - 1] == "." and not INITIAL.match(tokens[-1].group(0)):
            end -= 1
        name = " ".join(text[position:end].split())
        score = name_score(NICKNAME.sub("", name) if nicknamed else name)
        if score:
            return person(name), end, score
        if len(tokens) <= 2:
            break
        # "Élodie Saint-Martin\nLe moment ...": the name ends a word earlier
        tokens.pop()
    if allow_handle:
        match = TOKEN.match(text, position)
        # alone: "jberkus - Title", "(von anni)"; "david fernandez" is no handle
        alone = match and not re.match(r"\s+\w", text[match.end() : match.end() + 2])
        if match and alone and handle_like(match.group(0)):
            return Speaker(match.group(0)), match.end(), 1
    return None
