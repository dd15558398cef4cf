"""Speaker links the author didn't write: @handles and the site's speaker directory.

The author's own link always wins. Links that would run code (javascript:,
data:, vbscript:) are never drawn: the speaker keeps their name, the link goes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping

from anyascii import anyascii

from .. import urls
from .model import Speaker, Talk, evolve

FEDIVERSE = re.compile(r"^@(?P<user>[\w.]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)$")
# A sentence's full stop after a handle ("by @x_y.") is not part of it.
HANDLE = re.compile(r"^@(?P<user>\w+(?:\.\w+)*)\.?$")


@functools.lru_cache(maxsize=4096)  # the same people speak again and again
def folded(name: str) -> str:
    """The form two spellings of one name share: case, accents, hyphens and
    Latin letters of their own ("ø", "ł", "ß") folded, so "Jean-Luc" ==
    "jean luc", "Søren" == "Soren", "Łukasz" == "Lukasz". Other scripts are
    kept as written: transliterated, two different people could fold equal."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(latin_ascii(c) for c in decomposed if not unicodedata.combining(c))
    return " ".join(SEPARATORS.sub(" ", plain).casefold().split())


# Between the parts of a name: hyphens, dots, apostrophes... ("@" marks handles).
SEPARATORS = re.compile(r"[^\w@]+")


def latin_ascii(character: str) -> str:
    # anyascii (ISC licence; Unidecode, which Pelican uses, is GPL) knows every
    # Latin letter's plain form; NFKD alone leaves "ø", "ł", "æ" as they are.
    if character.isascii() or not unicodedata.name(character, "").startswith("LATIN"):
        return character
    return anyascii(character)


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
