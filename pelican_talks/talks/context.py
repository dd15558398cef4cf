"""What says a list is a list of talks, and what says it is something else.

Strong evidence is close to the list: the heading or paragraph right before it,
a time-slot heading, the parent item of a nested list, or items that say "talk"
themselves. Weaker evidence is further away: any heading above, the article's
title, category and tags, the list's own links (slides, videos), or its
template (a title and a speaker linked to a profile, item after item). Weaker
evidence counts only when nothing speaks against the list (books, films,
albums, blog posts, a changelog) and the items read well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import markup as html
from .. import urls
from .model import Talk
from .name_shape import PROFILE_HOSTS
from .words import (
    AGAINST,
    CONTEXT_STEMS,
    EVENT,
    OTHER_LISTS,
    OTHER_SUBJECTS,
    TALK_CONTEXT,
    TALK_IN_ITEM,
    TIME_SLOT,
    WORKSHOP_BYLINE,
    letter_tree,
)

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PASSED_OVER = frozenset({"figure", "img", "ul", "ol", "hr", "br", "picture", "table"})
# Shaped like a tree of the stems' letters: at each place of a long paragraph
# only the branch of that letter is tried (a fifth of the time of the plain
# alternation of sixty stems).
ANY_STEM = re.compile(letter_tree(list(CONTEXT_STEMS)))

# Where talks are kept: slides and recordings.
TALK_HOSTS = (
    "speakerdeck.com", "slideshare.net", "slides.com", "youtube.com", "youtu.be",
    "vimeo.com", "noti.st", "media.ccc.de", "pretalx.com", "sessionize.com",
)  # fmt: skip
# Where books, films, music, podcasts and code changes are kept.
OTHER_HOSTS = (
    "goodreads.com", "amazon.", "bandcamp.com", "spotify.com", "imdb.com",
    "music.apple.com", "podcasts.apple.com", "audible.", "bookshop.org",
    "soundcloud.com", "discogs.com", "letterboxd.com", "wordpress.com",
    "blogspot.", "medium.com",
)  # fmt: skip
# Where a sentence ends and the next begins.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
CHANGE_NUMBER = re.compile(r"(?<![\w&])#\d{2,}\b|\(\s*\d{4}\s*\)|[★☆]")


@dataclass
class Context:
    heading: str = ""  # the nearest heading above the list
    paragraph: str = ""  # the nearest paragraph before it
    paragraph_tag: str = ""  # "p"; "li": a nested list's previous item
    level: int = 1  # the heading's level; 1: none (the article's own title)
    parent: str = ""  # a nested list's parent item, its own text
    about: str = ""  # the article's title, category and tags
    element: html.Element | None = None  # the list, to find the headings above
    _headings: list[str] | None = None
    _says: str | None = None  # paragraph_says, once: close_by and speaks_against ask

    @property
    def headings(self) -> list[str]:
        """Every heading above the list, nearest first; looked for only when
        nearer evidence is missing (it walks back to the article's start)."""
        if self._headings is None:
            self._headings = (
                headings_above(self.element) if self.element is not None else []
            )
        return self._headings


def context_of(element: html.Element, about: str = "", parent: str = "") -> Context:
    """The nearest heading and paragraph before a list (nested lists: before
    the list holding them), and what the article is about."""
    found = Context(about=about, parent=parent, element=element)
    lead_in = False
    node = element
    while node is not None and node.getparent() is not None:
        sibling = node.getprevious()
        while sibling is not None:
            if isinstance(sibling.tag, str):
                if sibling.tag in HEADINGS:
                    found.heading = html.visible_text(sibling)
                    found.level = int(sibling.tag[1])
                    return found
                if sibling.tag not in PASSED_OVER and not found.paragraph:
                    found.paragraph = html.visible_text(sibling)
                    found.paragraph_tag = sibling.tag
                    lead_in = sibling.tag == "p" and short_lead_in(found.paragraph)
                elif lead_in and sibling.tag not in PASSED_OVER:
                    # "… six talks of half an hour.\n\nHere they are, in order:":
                    # a lead-in goes on from the paragraph before it
                    if sibling.tag == "p":
                        before = html.visible_text(sibling)
                        found.paragraph = f"{before} {found.paragraph}"
                    lead_in = False
            sibling = sibling.getprevious()
        node = node.getparent()
    return found


def short_lead_in(text: str) -> bool:
    """A line that only introduces the list: "Here they are, in order:"."""
    return len(text) <= 80 and text.rstrip().endswith(":")


def headings_above(element: html.Element) -> list[str]:
    """The outline above an element: the nearest heading, then each higher one."""
    found, node, deepest = [], element, 7
    while node is not None and node.getparent() is not None:
        sibling = node.getprevious()
        while sibling is not None and deepest > 1:
            tag = sibling.tag
            if isinstance(tag, str) and tag in HEADINGS and int(tag[1]) < deepest:
                deepest = int(tag[1])
                found.append(html.visible_text(sibling))
            sibling = sibling.getprevious()
        node = node.getparent()
    return found


def speaks_of_talks(text: str) -> bool:
    # The words' stems first: the regex, a long case-blind alternation with
    # word boundaries, is slow on a long paragraph, so it starts at the first stem.
    lowered = text.lower()
    stem = ANY_STEM.search(lowered)
    if stem is None:
        return False
    start = stem.start() if len(lowered) == len(text) else 0
    return TALK_CONTEXT.search(text, start) is not None


def says_talk(talk: Talk) -> bool:
    """The item itself names a talk: "his lightning talk", "Keynote by", "animé par"."""
    return bool(
        talk.kind_words
        or TALK_IN_ITEM.search(talk.abstract)
        or WORKSHOP_BYLINE.search(talk.byline_words)
    )


def close_by(context: Context, talks: list[Talk]) -> bool:
    """Evidence right at the list: enough on its own."""
    # "Au programme du ciné-club :", a post filed under "Films": a programme,
    # of something else than talks.
    if not any(
        OTHER_SUBJECTS.search(text) for text in (context.heading, context.about)
    ) and (
        any(speaks_of_talks(text) for text in (context.heading, context.parent))
        or paragraph_says(context) == "talks"
    ):
        return True
    if TIME_SLOT.match(context.heading) or TIME_SLOT.match(context.parent):
        return True
    spoken = sum(1 for t in talks if says_talk(t))
    return len(talks) >= 2 and spoken * 2 >= len(talks)


def paragraph_says(context: Context) -> str:
    """What the paragraph before the list names in its last sentence that
    names talks or anything else an event lists (prizes, teams, stands):
    "talks", "other", or "". A sentence naming both speaks of talks ("The
    talks, from teams across the company:"); a later one naming the other
    thing outweighs them ("After the talks, the pub quiz. The teams:")."""
    if context._says is None:
        context._says = what_paragraph_says(context.paragraph, context.paragraph_tag)
    return context._says


def what_paragraph_says(text: str, tag: str) -> str:
    if tag == "li":  # a nested list's previous item
        return "talks" if speaks_of_talks(text) else ""
    if not speaks_of_talks(text) and not OTHER_LISTS.search(text):
        return ""  # (most paragraphs: neither, quickly)
    for sentence in reversed(SENTENCE_END.split(text)):
        if speaks_of_talks(sentence):
            return "talks"
        if OTHER_LISTS.search(sentence):
            return "other"
    return ""


def further_away(context: Context, talks: list[Talk]) -> bool:
    """Evidence away from the list, or in its links."""
    # ("… our fourteenth meetup. Here's what was on:" names the event.)
    texts = [*context.headings, context.parent, context.about, context.paragraph]
    if any(speaks_of_talks(text) or EVENT.search(text) for text in texts):
        return True
    hosted = sum(1 for t in talks if t.title_url and hosted_at(t.title_url, TALK_HOSTS))
    if hosted * 2 >= len(talks):
        return True
    # The template itself: item after item, a title and a sign of a talk: a
    # speaker linked to a profile or said with their organisation or role,
    # slides or a recording, a kind ("Table ronde"), a time in a schedule.
    signed = sum(1 for t in talks if t.title and signs_of_a_talk(t))
    return len(talks) >= 3 and signed * 4 >= len(talks) * 3


def signs_of_a_talk(talk: Talk) -> bool:
    return bool(
        talk.kind_words
        or talk.time
        or (talk.title_url and hosted_at(talk.title_url, TALK_HOSTS))
        or any(profile_link(s) or s.org or s.role for s in talk.speakers)
    )


def profile_link(speaker) -> bool:
    return bool(speaker.url) and PROFILE_HOSTS.search(speaker.url) is not None


def speaks_against(context: Context, items: list[html.Element]) -> bool:
    """Books, films, albums, blog posts, a changelog, or what else an event has
    (prizes, teams, stands, games): not talks."""
    near = (context.heading, context.paragraph, context.parent)
    if any(AGAINST.search(text) for text in near):
        return True
    # What else an event lists, named where the list is introduced: not in an
    # item before it ("most teams need ..."), nor before talks are.
    if any(OTHER_LISTS.search(text) for text in (context.heading, context.parent)):
        return True
    if paragraph_says(context) == "other":
        return True
    if OTHER_SUBJECTS.search(context.about):
        return True
    other = changes = 0
    for item in items:
        text = html.visible_text(item)
        if CHANGE_NUMBER.search(text) or AGAINST.search(text):
            changes += 1
        links = [a.get("href") or "" for a in item.iter("a")]
        if any(hosted_at(href, OTHER_HOSTS) or "/blog" in href for href in links):
            other += 1
    return (other + changes) * 3 >= len(items)


def hosted_at(url: str, hosts: tuple[str, ...]) -> bool:
    host = urls.host(url)
    if url.lower().endswith(".pdf"):
        return hosts is TALK_HOSTS
    return any(h in host for h in hosts)


def reads_well(talks: list[Talk], items: list[html.Element]) -> bool:
    """Most items read as talks, and most speakers look like people."""
    if len(talks) < 2 or len(talks) * 3 < len(items) * 2:
        return False
    named = sum(1 for t in talks if any(looks_named(s) for s in t.speakers))
    return named * 3 >= len(talks) * 2


def looks_named(speaker) -> bool:
    return bool(speaker.url) or speaker.name.startswith("@") or " " in speaker.name


def has_context(context: Context, talks: list[Talk], items: list[html.Element]) -> bool:
    if close_by(context, talks):
        return True
    return (
        further_away(context, talks)
        and reads_well(talks, items)
        and not speaks_against(context, items)
    )
