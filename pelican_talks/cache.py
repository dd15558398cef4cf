"""A cache of processed articles, so an unchanged rebuild costs a hash and a lookup.

Pelican's reader cache (CACHE_CONTENT, LOAD_CONTENT_CACHE) skips reading an
unchanged file, but builds new content objects, so the plugin would process
every article again. This cache keeps what processing gave, keyed by the
article's HTML, its source path and `talks:` mode, and a fingerprint of the
plugin's version, its settings, the site settings it reads and the card
template in use: change any of them and the entry simply isn't found.
It follows Pelican's switches: read with LOAD_CONTENT_CACHE, written with
CACHE_CONTENT, under CACHE_PATH.

The file holds plain tuples, and Talks pickle as a call with their fields:
loading 600 recaps' entries took 100 ms as pickled objects, 20 ms so. An
unchanged build doesn't write the file again.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import logging
import operator
import os
import pickle
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from . import intrasite
from .pipeline import Outcome
from .stored_talks import StoredTalks, stored
from .talks.model import Speaker, Talk

logger = logging.getLogger(__name__)

FILE_NAME = "pelican-talks.pickle"
# Site settings the passes read; a change to any of them changes the output.
SITE_KEYS = (
    *("SITEURL", "PATH", "RELATIVE_URLS", "THEME", "THEME_TEMPLATES_OVERRIDES"),
    # Summaries are cut by these (passes/summary.py).
    *("SUMMARY_MAX_LENGTH", "SUMMARY_MAX_PARAGRAPHS", "SUMMARY_END_SUFFIX"),
    "FORMATTED_FIELDS",
)


class ProcessedCache:
    def __init__(self, path: str, fingerprint: bytes, load: bool, save: bool) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.save_enabled = save
        # An article's outcome (a tuple) or a page's JSON-LD (a str), by key.
        self.old: dict[bytes, tuple | str] = self._load() if load else {}
        self.new: dict[bytes, tuple | str] = {}

    @property
    def fingerprint(self) -> bytes:
        return self._fingerprint

    @fingerprint.setter
    def fingerprint(self, value: bytes) -> None:
        self._fingerprint = value
        # Every key starts from it: hashed once, not once an article.
        self.hashed_fingerprint = hashlib.blake2b(value, digest_size=20)
        self.forget_keys()  # made with the fingerprint before

    @classmethod
    def for_build(
        cls, pelican: Mapping[str, Any], fingerprint: str
    ) -> ProcessedCache | None:
        load = bool(pelican.get("LOAD_CONTENT_CACHE"))
        save = bool(pelican.get("CACHE_CONTENT"))
        if not (load or save) or not pelican.get("CACHE_PATH"):
            return None
        path = os.path.join(pelican["CACHE_PATH"], FILE_NAME)
        return cls(path, fingerprint.encode(), load, save)

    def key(self, source: str, source_path: str, mode: str) -> bytes:
        # Asked twice for an article handed to the second process (handing.py):
        # hashed once.
        asked = (source, source_path, mode)
        key = self.keys.get(asked)
        if key is None:
            digest = self.hashed_fingerprint.copy()
            digest.update(f"\0{mode}\0{source_path}\0".encode())
            digest.update(source.encode("utf-8", "surrogatepass"))
            key = self.keys[asked] = digest.digest()
        return key

    def forget_keys(self) -> None:
        """Once the articles are processed: the keys hold every article's HTML
        as read, which Pelican's generator cache lets go of once saved
        (generator_cache.py)."""
        self.keys: dict[tuple[str, str, str], bytes] = {}  # by what was asked

    def holds(self, key: bytes) -> bool:
        """Whether an entry is kept under `key` (get() also checks the images it
        read are the same: once is enough)."""
        return key in self.old or key in self.new

    def script(self, inputs: str, html: str, make: Callable[[], str]) -> str:
        """An article page's JSON-LD <script>, made by `make` unless it was made
        for the same `inputs` (the metadata it shows) and HTML (its talks)
        before: making it took 60 ms a build for 600 recaps. Kept here, not on
        the article, where Pelican's generator cache would pickle and gzip it
        (1.6 MB more) on every build."""
        digest = self.hashed_fingerprint.copy()
        digest.update(f"\0jsonld\0{inputs}\0".encode("utf-8", "surrogatepass"))
        digest.update(html.encode("utf-8", "surrogatepass"))
        key = digest.digest()
        script = self.old.get(key) or self.new.get(key)
        if not isinstance(script, str):
            script = make()
        self.new[key] = script
        return script

    def get(self, key: bytes) -> Outcome | None:
        entry = self.old.get(key) or self.new.get(key)
        if not isinstance(entry, tuple):
            return None
        html, summary, changed, counts, notes, warnings, talks, inputs = entry
        if any(stamp(path) != was for path, was in inputs):
            return None  # an image it read was replaced
        self.new[key] = entry
        return Outcome(
            html,
            summary,
            changed,
            {(pass_name, what): n for pass_name, what, n in counts},
            frozenset(notes),
            warnings,
            StoredTalks(*talks) if talks else (),
            inputs=frozenset(inputs),
        )

    def put(self, key: bytes, outcome: Outcome) -> None:
        if outcome.complete:
            self.new[key] = (
                outcome.html,
                outcome.summary,
                outcome.changed,
                tuple((p, what, n) for (p, what), n in outcome.counts.items()),
                tuple(outcome.notes),
                tuple(outcome.warnings),
                stored_talks(outcome.talks),
                tuple(outcome.inputs),
            )

    def next_run(self) -> None:
        """Another run of the same build (autoreload): what this run used is the
        cache for the next."""
        self.old, self.new = self.new, {}
        self.forget_keys()

    def save(self) -> None:
        """Write the entries this build used; stale ones are dropped."""
        if not self.save_enabled or self.new.keys() == self.old.keys():
            return  # nothing new, nothing dropped: the file on disk is right
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(self.path, "wb") as file:
                pickle.dump(self.new, file, protocol=pickle.HIGHEST_PROTOCOL)
        except (OSError, pickle.PicklingError) as error:
            logger.warning("pelican-talks: could not save %s: %s", self.path, error)

    def _load(self) -> dict[bytes, tuple | str]:
        try:
            with open(self.path, "rb") as file:
                entries = pickle.load(file)
        except FileNotFoundError:
            return {}
        except Exception as error:  # a cache from another version, or a broken file
            logger.info("pelican-talks: ignoring cache %s: %s", self.path, error)
            return {}
        return entries if isinstance(entries, dict) else {}


def stored_talks(talks: Sequence[Talk]) -> tuple[bytes, int, bool] | tuple[()]:
    """An outcome's talks as an entry keeps them (stored_talks.py)."""
    if isinstance(talks, StoredTalks):  # as it was loaded: not pickled again
        return talks.stored()
    if not talks:
        return ()
    return stored(talks, intrasite.speakers_link_elsewhere(talks))


def stamp(path: str) -> str:
    """What changes when the file is replaced: its size and modification time."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return ""
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def pickled_by_fields(cls: type) -> tuple[str, ...]:
    """Pickle `cls` as a call with its fields in order, not as an object with a
    __dict__: five times faster to load, here and in Pelican's generator cache.
    The field names are part of the fingerprint, so an old layout isn't read."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    fields = operator.attrgetter(*names)  # a tuple, in one call
    copyreg.pickle(cls, lambda thing: (cls, one_of_each(fields(thing))))
    return names


def one_of_each(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """`values` with equal strings made one object: pickle writes it once and
    loads it once. A talk's abstract and its plain text are mostly the same
    words (0.6 MB of the 12 MB a warm build loads for 600 recaps)."""
    seen: dict[str, str] = {}
    return tuple(seen.setdefault(v, v) if type(v) is str else v for v in values)


FIELDS = (pickled_by_fields(Talk), pickled_by_fields(Speaker))

# How an entry keeps an outcome's talks: part of the fingerprint, so an entry
# of another layout is never found.
ENTRY = "talks as (pickled, count, links elsewhere)"

FINGERPRINT_FILE = "pelican-talks.fingerprint"
# What Pelican's generator cache holds of an article: part of the fingerprint,
# so a cache from before generator_cache.py (processed articles) isn't read.
GENERATOR_CACHE_HOLDS = "articles as read, before processing"


def generator_cache_is_stale(pelican: Mapping[str, Any], fingerprint: str) -> bool:
    """Whether Pelican's generator-level cache may hold articles processed under
    other settings or another version of the plugin (or by no plugin at all).

    With CONTENT_CACHING_LAYER = "generator" Pelican restores whole articles,
    already processed, without asking plugins; a stale one would keep old cards.
    """
    if pelican.get("CONTENT_CACHING_LAYER") != "generator":
        return False
    if not pelican.get("LOAD_CONTENT_CACHE") or not pelican.get("CACHE_PATH"):
        return False
    try:
        with open(os.path.join(pelican["CACHE_PATH"], FINGERPRINT_FILE), "rb") as file:
            return file.read() != hashlib.blake2b(fingerprint.encode()).digest()
    except OSError:
        return True


def remember_fingerprint(pelican: Mapping[str, Any], fingerprint: str) -> None:
    """After a build that Pelican's cache recorded, note what it was built with."""
    if not pelican.get("CACHE_CONTENT") or not pelican.get("CACHE_PATH"):
        return
    try:
        os.makedirs(pelican["CACHE_PATH"], exist_ok=True)
        with open(os.path.join(pelican["CACHE_PATH"], FINGERPRINT_FILE), "wb") as file:
            file.write(hashlib.blake2b(fingerprint.encode()).digest())
    except OSError as error:
        logger.warning(
            "pelican-talks: could not write the cache fingerprint: %s", error
        )


def fingerprint(
    version: str, settings: Any, pelican: Mapping[str, Any], templates: Sequence[str]
) -> str:
    """Everything besides the article itself that decides what processing gives:
    the card template and every template it includes among them."""
    parts = [version, GENERATOR_CACHE_HOLDS, ENTRY, repr(settings), repr(FIELDS)]
    parts += [f"{key}={pelican.get(key)!r}" for key in SITE_KEYS]
    parts += [f"{template}:{stamp(template)}" for template in templates]
    return "\n".join(parts)
