"""A speaker's own link: the author's attributes on it, and a profile link
written in parentheses after the name ("Ana Lima ([@ana](https://x.com/ana))").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import urls
from .line import Line
from .model import evolve
from .name_shape import PROFILE_HOSTS

if TYPE_CHECKING:
    from .names import SpeakerRun


def link_attributes(element) -> tuple[tuple[str, str], ...]:
    """What the author wrote on a speaker's link besides href, target and rel."""
    if element is None:
        return ()
    return tuple((k, v) for k, v in element.items() if k not in LINK_OWN)


LINK_OWN = frozenset({"href", "target", "rel"})


PAREN_OPEN = re.compile(r"\s*\(\s*")
PAREN_CLOSE = re.compile(r"\s*\)")


def same_handle(last_in_path: str, words: str, href: str) -> bool:
    """Whether a link's words name the account its URL is: "@ana" for
    x.com/ana, "@ana@social.example" (a fediverse handle in full) for
    social.example/@ana, "@ana" for bsky.app/profile/ana.bsky.social (a
    handle that is a domain name, shortened to its first part)."""
    user, _, host = words.strip().lstrip("@").lower().partition("@")
    if host and host != urls.host(href).lower().removeprefix("www."):
        return False
    account = last_in_path.lstrip("@").lower()
    if account == user:
        return True
    bluesky = urls.host(href).lower().removeprefix("www.") == "bsky.app"
    return bluesky and not host and account.startswith(user + ".")


def profile_in_parenthesis(line: Line, run: SpeakerRun, position: int) -> int:
    """ "Ana Lima ([@ana](https://x.com/ana))": a link to the speaker's profile
    in parentheses, its words the handle the card's profile link shows."""
    if "(" not in line.text[position : position + 3]:
        return position  # (most speakers: no parenthesis after them)
    opened = PAREN_OPEN.match(line.text, position)
    part = line.marked_at(opened.end()) if opened else None
    if part is None or part.kind != "link" or not part.href or run.speakers[-1].url:
        return position
    closed = PAREN_CLOSE.match(line.text, part.end)
    path = [p for p in urls.path(part.href).split("/") if p]
    if (
        closed is None
        or not PROFILE_HOSTS.search(part.href)
        or "linkedin" in urls.host(part.href)  # (its card link names no handle)
        or not path
        or not same_handle(path[-1], part.text, part.href)
    ):
        return position
    run.speakers[-1] = evolve(
        run.speakers[-1],
        url=part.href,
        link_target=part.target,
        link_rel=part.rel,
        link_attributes=link_attributes(part.link),
    )
    return closed.end()
