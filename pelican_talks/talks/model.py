"""The Talk model: the seam between understanding a list and drawing a card.

Reading fills these from an author's list item; drawing turns them into HTML
and never looks back at the list. The few `*_words` fields keep the author's
own connecting words ("by", "de", "is a ... at ...") so that a card loses no
word of what the author wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

# The kinds of talk, with the label cards, JSON-LD and the talks index show
# for each; the words authors use for them, in every language, are data in
# vocabulary/
KIND_LABELS = {
    "talk": "Talk",
    "lightning": "Lightning talk",
    "keynote": "Keynote",
    "workshop": "Workshop",
    "panel": "Panel",
}
KINDS = tuple(KIND_LABELS)


def evolve(thing: T, **changes: Any) -> T:
    """A copy with some fields changed; dataclasses.replace, without its checks
    (they were a good part of the time spent reading a list)."""
    values = dict(thing.__dict__)
    values.update(changes)
    return type(thing)(**values)


# Plain (not frozen) dataclasses: frozen ones cost more to create, and reading
# a list creates many. Nothing changes a Talk once it is read.
@dataclass
class Speaker:
    name: str
    url: str | None = None
    role: str | None = None
    org: str | None = None
    # How the author tied role and org to the name, with {role} and {org}
    # placeholders ("is a {role} at {org}."); None: drawn as "role, org".
    affiliation_words: str | None = None
    # The words between the previous speaker and this one (" and ", ", ").
    joining_words: str = ""
    # target and rel of the author's own link, kept so links rules still apply.
    link_target: str | None = None
    link_rel: str | None = None
    # The author's other attributes on that link (class, hreflang, title...).
    link_attributes: tuple[tuple[str, str], ...] = ()
    # A title written before the name: "Dr.", "Prof. Dr.", "Maître".
    honorific: str = ""
    # An online name written in parentheses after the name: "Ana Lima (@ana)".
    handle: str = ""

    def with_directory(self, entry) -> Speaker:
        """Fill what the author didn't say from a TALKS_SPEAKERS entry."""
        return evolve(
            self,
            url=self.url or entry.get("url"),
            role=self.role or entry.get("role"),
            org=self.org or entry.get("org"),
        )


@dataclass
class Resource:
    """A talk's slides or recording, linked after it: "([slides](...))"."""

    text: str  # the link's words: "slides", "Folien", "pdf"
    url: str
    target: str | None = None  # the author's target and rel
    rel: str | None = None


@dataclass
class Talk:
    title: str
    speakers: tuple[Speaker, ...] = ()
    kind: str = "talk"
    abstract: str = ""  # HTML: the rest of the item, inline markup and links kept
    abstract_text: str = ""  # the same as plain text, for structured data
    title_url: str | None = None
    label: str = ""  # what the author put before the talk: a time, a rating
    byline_words: str = ""  # between title and speakers: "by", "de", "animé par"
    kind_words: str = ""  # how the author named the kind: "Keynote", "Taller"
    title_target: str | None = None  # target and rel of the author's title link
    title_rel: str | None = None
    shape: str = ""  # which of the reader's shapes read it (the list's template)
    certainty: int = 0  # how well it read: 4 is enough, 8 leaves no doubt
    resources: tuple[Resource, ...] = ()  # slides, recordings
    time: str = ""  # when, as the author wrote it: "19:30", "7pm", "19:30 - 20:00 Uhr"
    room: str = ""  # where, as the author wrote it: "Room A", "Salle 2", "Zaal 1"

    @property
    def kind_label(self) -> str:
        """The kind as shown: in the author's own words when they named it."""
        return self.kind_words or KIND_LABELS.get(self.kind, self.kind)

    @property
    def display_title(self) -> str:
        """The title, or for an untitled talk its kind ("Keynote"): what cards,
        JSON-LD, the talks index and speaker pages call it."""
        return self.title or self.kind_label


def says_kind(title: str, label: str) -> bool:
    """Whether the title already starts with the kind ("Keynote: ..."): a badge
    or a "(Keynote)" beside it would say it twice."""
    return bool(label) and title.lstrip().casefold().startswith(label.casefold())


@dataclass
class TalkList:
    """A list the plugin decided to draw: talks, and items left as they were."""

    entries: list[Talk | str] = field(default_factory=list)  # str: the item's HTML
    under_level: int = 1  # level of the heading the list sits under; 1: none

    @property
    def talks(self) -> list[Talk]:
        return [e for e in self.entries if isinstance(e, Talk)]


@dataclass
class Link:
    """A link a card draws (a talk's title, a speaker's profile), after the
    link rules (link_rules.py): the author's target and rel, fixed and merged,
    and what the rules add to external links (TALKS_EXTERNAL_CLASS,
    TALKS_NEW_TAB_LABEL)."""

    href: str
    target: str | None = None
    rel: str | None = None
    css_class: str | None = None
    label_html: str = ""  # the hidden "opens in a new tab" label, as HTML
