"""The patterns the reader matches, built from the vocabulary tables.

No word is written here: add a language or a word in `vocabulary/`.
"""

from __future__ import annotations

import re

from . import vocabulary


def alternation(words: list[str]) -> str:
    """A regex alternation of words and phrases, longest first, spaces loose."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# Words in a heading, the paragraph before a list or the items that say
# "these are talks".
TALK_WORDS = vocabulary.words("talk")
TALK_CONTEXT = re.compile(
    r"\b(" + alternation(TALK_WORDS) + r"|show\W?n\W?tell)\b", re.IGNORECASE
)

# The words' first letters, for a quick first look (every word starts with one).
CONTEXT_STEMS = tuple(sorted({w[:5] for w in TALK_WORDS} | {"show"}))

# Words in an item that say it is a talk (weaker words like "slides" don't).
TALK_IN_ITEM = re.compile(
    r"\b(" + alternation(vocabulary.words("in_item")) + r")\b", re.IGNORECASE
)

# A time or a time range: "19:00", "7.30pm", "19h30", "9 h 30" (French
# typography), "19:30 - 20:00 Uhr".
BETWEEN_HOUR_AND_MINUTE = r"(?:[:.]|\s?h\s?)"
CLOCK = r"\d{1,2}" + BETWEEN_HOUR_AND_MINUTE + r"\d{2}\s*(?:[ap]\.?m\.?)?"
TIME = CLOCK + r"(?:\s*[-–—]\s*" + CLOCK + r")?(?:\s*(?i:uhr|h)\b)?"
# "ore 10:00", "um 14:00": a word before a programme's time, part of its label
AT_TIME = r"(?:(?i:" + alternation(vocabulary.words("at_time")) + r")\s+(?=\d))?"

# A date, a time, a day or a month alone: "07/09", "2019-10-24", "19:00",
# "Saturday", "May 17, 6pm".
DATE = re.compile(
    r"\W*(?:\d{1,4}(?:[/.-]\d{1,2}){1,2}|"
    + TIME
    + r"|(?i:"
    + alternation(vocabulary.words("weekdays") + vocabulary.words("months"))
    + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?)\W*"
)

# "14 mars", "6. Juni", "January 16th", "1 Oct.": a day of a programme,
# before its talk (a month shortened to three letters, with its full stop).
MONTH_NAMES = r"(?i:" + alternation(vocabulary.words("months")) + r")"
SHORT_MONTHS = sorted({m[:3] for m in vocabulary.words("months") if len(m) > 4})
SHORT_MONTH = r"(?i:" + alternation(SHORT_MONTHS) + r")\.(?!\w)|"
DAY_MONTH = (
    r"\d{1,2}\.?\s+(?:"
    + SHORT_MONTH
    + MONTH_NAMES
    + r"\b)|"
    + MONTH_NAMES
    + r"\s+\d{1,2}(?:st|nd|rd|th)?\b"
)

CLOCK_PARTS = re.compile(
    r"(?P<hour>\d{1,2})(?:"
    + BETWEEN_HOUR_AND_MINUTE
    + r"(?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?m?\.?",
    re.I,
)


def clock(text: str) -> str | None:
    """The first time in `text` as HH:MM (24 hours), for a <time> element."""
    match = re.search(CLOCK, text)
    if match is None:
        return None
    parts = CLOCK_PARTS.match(match.group(0))
    hour, minute = int(parts.group("hour")), int(parts.group("minute") or 0)
    half = (parts.group("half") or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# A link after a talk that is its slides or recording: "([slides](...))".
RESOURCE_WORDS = r"(?i:" + alternation(vocabulary.words("resources")) + r")"
RESOURCE = re.compile(r"\W*" + RESOURCE_WORDS + r"\W*")

# A heading that is a time slot ("9:40am-10:10am") heads a schedule.
TIME_SLOT = re.compile(r"^\W*" + CLOCK + r"\s*(?:[-–—]|$)", re.I)

KINDS = vocabulary.kinds()
# Every kind word, and the kind it names ("taller" -> workshop).
KIND_OF = {word: kind for kind, words in KINDS.items() for word in words}

# "Talk 2:", "Session 3 -": a numbered part of a programme, before a talk.
SLOT_LABEL = (
    r"(?i:" + alternation(vocabulary.words("slots") + list(KIND_OF)) + r")"
    r"\s*\d{1,2}\s*[:.\-–—]"
)

# "Room A", "Salle 2", "Zaal 1": where a talk is given (a short name or number);
# or a name, then the word: "Main Hall", "Workshop Room", "Großer Saal".
ROOM_WORDS = r"(?i:" + alternation(vocabulary.words("rooms")) + r")"
ROOM = (
    r"(?:" + ROOM_WORDS + r"\s+(?:"
    # "Salle Jean Bart :", "(Sala Aula Magna)": a room named after someone, when
    # a separator or the parenthesis closing follows
    r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){1,2}(?=\s*[:–—|·,-]\s|\s*\))"
    # "Sala B", "salle DS-1420", "Sala Mediterráneo"
    r"|[A-Z0-9](?:[A-Za-z0-9.]|-(?=[A-Za-z0-9])){0,7}(?<!\.)|[A-Z][^\W\d_]+"
    # "Auditório principal —", "Hall principal :": a word after it, before a
    # separator
    r"|[^\W\d_A-Z]{3,12}(?=\s*[:–—|·,-](?:\s|$)))"
    # "Main Hall", and "(grote zaal)" in parentheses
    r"|[A-Z][^\W\d_]{2,15}\s+"
    + ROOM_WORDS
    + r"|(?<=\()[^\W\d_]{3,15}\s+"
    + ROOM_WORDS
    + r"(?=\))"
    # A building's room code, with a dot and a digit: "H.1302", "UD2.218A"
    + r"|(?=[A-Z\d.]*\d)[A-Z]{1,3}\d{0,3}(?:\.[A-Z\d]{1,4}){1,3}"
    # and a short one after a time or a day: "10:00-10:45, V6: ...",
    # "10 h 00, DS-R510 — ..."
    + r"|(?<=[,·|–—]\s)[A-Z]{1,3}-?[A-Z]?\d{1,4}[A-Z]?(?=\s*[:,–—·|])"
    # "09:15, Auditorio — Ana Ruiz: ...": the room word alone, after a time
    + r"|(?<=[,·|–—]\s)"
    + ROOM_WORDS
    + r"(?=\s*[:,–—·|](?:\s|$)))(?![\w-])"
)

# "(5 min)", "(1 hour)": a talk's length, not part of its title.
DURATION = re.compile(
    r"\s*\(\s*\d{1,3}\s*(?i:"
    + alternation(vocabulary.words("durations"))
    + r")\.?\s*\)"
)

# Words that put the title first and the speaker after it.
BYLINES = vocabulary.words("bylines")
BYLINE = alternation(BYLINES)
BYLINE_WITH_ARTICLE = alternation(vocabulary.words("bylines_with_article"))
WEEKDAY_SHORT = alternation(vocabulary.words("weekdays_short"))

# "Speaker:", "Oradora:", "Referentin:": a label before a talk's speakers.
SPEAKER_LABELS = alternation(vocabulary.words("speaker_labels"))

# Verbs between a speaker and a marked title: "Ana nos habló de *Title*".
PRESENTED = alternation(vocabulary.words("presented"))

# Words that put the speaker first and the topic after: "@ana on queues".
TOPIC = alternation(vocabulary.words("topic"))

# Every kind's words in one alternation.
KIND_WORDS = alternation(list(KIND_OF))

# A kind named at the start of the item: "Keynote by X", "Taller de Y: ...".
# A kind word, then the title it names: "Workshop *Title* - Ana", "Ana:
# keynote *Title*".
KIND_BEFORE = re.compile(r"\s*(" + KIND_WORDS + r"),?\s+", re.IGNORECASE)
KIND_PREFIX = re.compile(
    r"\s*(?P<kind_words>" + KIND_WORDS + r")"
    # "Workshop (Room B, 90 min): ...": a note on the slot, for the card's label
    r"(?:\s*\((?P<note>[^()]{1,40})\))?"
    # "Atelier « X » animé par ...": a quoted title right after the kind word
    r"(?P<sep>\s*[:\-–—·|]\s*|\s+(?P<by>" + BYLINE + r")\s+|\s+(?=[«“„\"]))",
    re.IGNORECASE,
)

ARTICLES = alternation(vocabulary.words("articles"))
# "Our SRE team", "Équipe Data de OVHcloud", "the Platform Team": a team as
# a talk's speaker, its name as written (two words at least).
TEAM = re.compile(
    r"(?:(?i:"
    + alternation(vocabulary.words("possessives") + vocabulary.words("articles"))
    + r")\s+)?(?:[A-ZÀ-Þ][\w-]*\s+){0,2}(?i:"
    + alternation(vocabulary.words("teams"))
    + r")(?![\w-])(?:\s+[A-ZÀ-Þ][\w-]*){0,2}"
    + r"(?:\s+(?:"
    + alternation(vocabulary.words("team_of"))
    + r")\s+[A-ZÀ-Þ][\w.-]*)?"
)

# "animé par" names the person leading a workshop.
WORKSHOP_BYLINE = re.compile(r"animée? par", re.I)

# Words before a speaker's organisation that are name particles too ("de",
# "von"): read so only where the list says it (org_after_name.py).
ORG_AFTER_NAME_WORDS = alternation(vocabulary.words("org_after_name"))

# Words joining several speakers.
JOIN_WORDS = alternation(vocabulary.words("joiners"))
# ("Ana Ruiz / Bo Li": a slash joins two people too.)
JOINERS = re.compile(
    r"\s*(?:,\s*(?:(?:" + JOIN_WORDS + r")\b|&)?|\b(?:" + JOIN_WORDS + r")\b|&|/|\+)\s*"
)

# "Ana, Bo and Carla, moderated by Dana", "modera Ana; participan Bo y Carla".
PANEL_JOINERS = re.compile(
    r"\s*[,;]?\s*(?i:" + alternation(vocabulary.words("panel_joiners")) + r")\s*:?\s+"
)

# Lower-case words that sit inside personal names.
NAME_PARTICLES = frozenset(vocabulary.words("particles"))

# Titles before a name ("Dr.", "Prof.", "Mme", "Herr"): kept in the name as
# written, skipped when judging whether it is one.
HONORIFICS = frozenset(vocabulary.words("honorifics"))
HONORIFIC_WORDS = alternation(list(HONORIFICS))


def without_honorifics(words: list[str]) -> list[str]:
    """A name's words from the first that isn't a title ("Dr. Ana Ruiz": "Ana")."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in HONORIFICS:
        start += 1
    return words[start:]


ORGANISATION_WORDS = frozenset(vocabulary.words("organisations"))

DAYS = frozenset(vocabulary.words("weekdays"))
MONTHS = frozenset(vocabulary.words("months"))

# Capitalised words that start titles and sentences, not names: the tables'
# own, every kind word, days and months.
ROLE_VERBS = alternation(vocabulary.words("role_verbs"))
ROLE_AT = alternation(vocabulary.words("role_at"))
# A speaker's organisation named before them: "Chez Doctolib, Ana Ruiz : ...",
# "Da Bending Spoons, Ana Ruiz: ...", "Mozilla's Ana Ruiz: ...".
ORG_FIRST = re.compile(
    r"(?P<at>(?i:" + alternation(vocabulary.words("org_first")) + r"))\s+"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}),\s+"
    r"|(?P<whose>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?P<s>['’]s)\s+(?=[A-Z])"
)
# Verbs that say a role of several speakers at once: "Ana and Bo are ...".
PLURAL_VERBS = frozenset(vocabulary.words("plural_verbs"))

NOT_NAMES = frozenset(
    vocabulary.words("not_names")
    + [w for word in KIND_OF for w in word.split()]
    + list(DAYS)
    + list(MONTHS)
    + vocabulary.words("resources")
)

# An event where talks are given, in an article's title: "Meetup", "PyCon",
# "EmberConf", "OSCON" (the capitalised endings only: "bacon" is no event).
EVENT = re.compile(
    r"\b(?i:" + alternation(vocabulary.words("event")) + r")\b"
    r"|\b\w*(?:Con|CON|Conf|conf)\b"
)

# Books, films, music, sponsors: what a "programme" or a list of names may be
# of, when not talks.
# ("Jornadas de Software Livre": the Portuguese "free", not the French "book".)
NOT_AFTER = "".join(
    f"(?<!{re.escape(before)}\\s)"
    for before in dict.fromkeys(
        phrase.rsplit(" ", 1)[0] for phrase in vocabulary.words("free_software")
    )
)
OTHER_SUBJECTS = re.compile(
    r"\b" + NOT_AFTER + r"(" + alternation(vocabulary.words("other_subjects")) + r")\b",
    re.I,
)

# Words that say a list is something else: books, films, music, a changelog.
AGAINST = re.compile(
    r"\b" + NOT_AFTER + r"(" + alternation(vocabulary.words("against")) + r")\b",
    re.IGNORECASE,
)

# What else an event's post lists, with people beside each thing: in a list's
# heading, or the paragraph before it after its talk words
# (context.paragraph_says).
OTHER_LISTS = re.compile(
    r"\b" + NOT_AFTER + r"(" + alternation(vocabulary.words("other_lists")) + r")\b",
    re.IGNORECASE,
)

# The kinds' words ("talk" isn't a kind to find in an abstract: every item may
# say it), as one regex shaped like a tree of their letters: at each place in a
# long abstract only the branch of that letter is tried, not each word of
# every language in turn.
KIND_STEMS = {word: kind for word, kind in KIND_OF.items() if kind != "talk"}


def letter_tree(words: list[str]) -> str:
    """A regex matching any of `words`, factored by common prefixes."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(k) + pattern(v) for k, v in sorted(node.items()) if k]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    return pattern(tree)


KIND_ANYWHERE = re.compile(r"(?<!\w)" + letter_tree(list(KIND_STEMS)))


def kind_in(text: str) -> str | None:
    """The first kind a text speaks of (a kind word at a word's start), or None."""
    found = KIND_ANYWHERE.search(text.lower())
    if found is None:
        return None
    return KIND_STEMS.get(found.group(0))  # the tree only ends at whole words


def kind_named(words: str) -> str:
    """The kind for a prefix like "Keynote speaker" or "Taller"; "talk" if none."""
    lowered = " ".join(words.lower().split())
    if lowered in KIND_OF:
        return KIND_OF[lowered]
    for key, kind in KIND_OF.items():
        if key in lowered and kind != "talk":
            return kind
    return "talk"
