"""Speaker links the author didn't write: @handles and the site's speaker directory.

The author's own link always wins. Links that would run code (javascript:,
data:, vbscript:) are never drawn: the speaker keeps their name, the link goes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

from .. import urls
from .model import Speaker, Talk, evolve

FEDIVERSE = re.compile(r"^@(?P<user>[\w.]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)$")
HANDLE = re.compile(r"^@(?P<user>\w[\w.]*)$")


def folded(name: str) -> str:
    """Case- and accent-insensitive form: "David Fernández" == "david fernandez"."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def handle_url(name: str, template: str) -> str | None:
    fediverse = FEDIVERSE.match(name)
    if fediverse:
        return f"https://{fediverse.group('host')}/@{fediverse.group('user')}"
    handle = HANDLE.match(name)
    if handle:
        return template.replace("{handle}", handle.group("user"))
    return None


def folded_directory(speakers: Mapping[str, Mapping[str, str]]) -> dict:
    """TALKS_SPEAKERS keyed by folded name; made once a build."""
    return {folded(name): entry for name, entry in speakers.items()}


def complete(
    talk: Talk,
    directory: Mapping[str, Mapping[str, str]],
    template: str,
    warn: Callable[..., None],
) -> Talk:
    """The talk with speaker links and affiliations filled in, unsafe links dropped.
    `directory` is TALKS_SPEAKERS as folded_directory() gives it."""
    completed = []
    for speaker in talk.speakers:
        entry = directory.get(folded(speaker.name)) if directory else None
        if entry is not None:
            speaker = speaker.with_directory(entry)
        if speaker.url is None and (url := handle_url(speaker.name, template)):
            speaker = evolve(speaker, url=url)
        completed.append(safe(speaker, warn))
    title_url = talk.title_url
    if title_url and urls.is_unsafe(title_url):
        warn("talk %r: link %r not drawn", talk.title, title_url[:80])
        title_url = None
    if title_url == talk.title_url and all(
        new is old for new, old in zip(completed, talk.speakers, strict=True)
    ):
        return talk  # most talks: nothing to fill in
    return evolve(talk, speakers=tuple(completed), title_url=title_url)


def safe(speaker: Speaker, warn: Callable[..., None]) -> Speaker:
    if speaker.url and urls.is_unsafe(speaker.url):
        warn("speaker %r: link %r not drawn", speaker.name, speaker.url[:80])
        return evolve(speaker, url=None)
    return speaker
