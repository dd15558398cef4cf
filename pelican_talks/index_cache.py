"""The talks index is written again only when something it shows may have changed.

Rendering the index and every speaker's page was about half of what the plugin
added to an unchanged rebuild (0.26 s of 3 s for 600 recaps). A page extends
the theme's base.html, which may show anything from the site (menus, tags, a
"recent posts" sidebar), so the pages are kept only when nothing they could
show changed: one key over the plugin's fingerprint, every Pelican setting,
the theme's template files, and every article and page (metadata and
HTML; a processed article's HTML through the key it was made from); and
only while each file written last time is still there, untouched (same size
and mtime). Anything else: every page is written again, and pages
written last time but not this time (a speaker with no talks left) removed.

It follows Pelican's cache switches: read with LOAD_CONTENT_CACHE, written
with CACHE_CONTENT, under CACHE_PATH. A kept page is not written, so
content_written isn't sent for it; the file is what the last build left.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

logger = logging.getLogger(__name__)

FILE_NAME = "pelican-talks-index.json"
CONTENT_KEYS = ("articles", "translations", "pages", "hidden_pages", "drafts")
# Switches that change how a build reads, not what it shows (the plugin turns
# LOAD_CONTENT_CACHE off for one build when Pelican's cache may be stale).
IGNORED_SETTINGS = frozenset({"LOAD_CONTENT_CACHE", "CACHE_CONTENT"})
# repr() of a function or object names its memory address, new in every run.
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


class WrittenPages:
    def __init__(self, path: str, output: str, load: bool, save: bool) -> None:
        self.path = path
        self.output = output
        self.save_enabled = save
        self.last: dict[str, Any] = self._load() if load else {}

    @classmethod
    def for_build(cls, pelican: Mapping[str, Any]) -> WrittenPages | None:
        load = bool(pelican.get("LOAD_CONTENT_CACHE"))
        save = bool(pelican.get("CACHE_CONTENT"))
        if not (load or save) or not pelican.get("CACHE_PATH"):
            return None
        path = os.path.join(pelican["CACHE_PATH"], FILE_NAME)
        return cls(path, pelican["OUTPUT_PATH"], load, save)

    def unchanged(self, key: str) -> bool:
        """Whether last build's pages were made from `key` and are all intact."""
        files = self.last.get("files")
        if self.last.get("key") != key or not files:
            return False
        # A page not written last time (its template failed) has no stamp.
        return all(
            stamp and self._stamp(name) == stamp for name, stamp in files.items()
        )

    def wrote(self, key: str, names: Iterable[str]) -> None:
        """After writing `names`: remove last build's other pages, remember these."""
        names = list(names)
        for stale in set(self.last.get("files", ())) - set(names):
            with contextlib.suppress(OSError):  # already gone
                os.remove(os.path.join(self.output, stale))
        self.last = {"key": key, "files": {n: self._stamp(n) for n in names}}
        if not self.save_enabled:
            return
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(self.path, "w", encoding="utf-8") as file:
                json.dump(self.last, file)
        except OSError as error:
            logger.warning("pelican-talks: could not save %s: %s", self.path, error)

    def _stamp(self, name: str) -> list[int] | None:
        try:
            stat = os.stat(os.path.join(self.output, name))
        except OSError:
            return None
        return [stat.st_size, stat.st_mtime_ns]

    def _load(self) -> dict[str, Any]:
        try:
            with open(self.path, encoding="utf-8") as file:
                last = json.load(file)
        except (OSError, ValueError):
            return {}
        return last if isinstance(last, dict) else {}


def site_key(
    fingerprint: str,
    settings: Mapping[str, Any],
    context: Mapping[str, Any],
    env,
    html_keys: Mapping[int, tuple[str, bytes, Any]] | None = None,
) -> str:
    """Everything a talks page could show, hashed: 10 ms for 600 articles.
    `html_keys`: the articles the plugin processed (pipeline.Build.html_keys),
    whose HTML is read through the key it was made from while they still
    hold it."""
    html_keys = html_keys or {}
    digest = hashlib.blake2b(fingerprint.encode(), digest_size=20)
    for name in sorted(settings.keys() - IGNORED_SETTINGS):
        value = ADDRESS.sub("", repr(settings[name]))
        digest.update(f"\0{name}={value}".encode("utf-8", "surrogatepass"))
    for folder in template_folders(env.loader):
        for path, stat in files_under(folder):
            digest.update(f"\0{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    contents = (context.get(k) or () for k in CONTENT_KEYS)
    for content in itertools.chain.from_iterable(contents):
        # Its URL follows from its metadata and the settings: not read (Pelican
        # works it out anew at each read, half the time of this key).
        metadata = repr(getattr(content, "metadata", None))
        if " at 0x" in metadata:
            metadata = ADDRESS.sub("", metadata)
        digest.update(f"\0{metadata}\0".encode("utf-8", "surrogatepass"))
        text = getattr(content, "_content", None)
        html, key, inputs = html_keys.get(id(content), (None, b"", ()))
        if text is html:
            # What processing gave follows from its key and the images read;
            # another plugin that changed the HTML since left another string.
            digest.update(key)
            digest.update(repr(sorted(inputs)).encode("utf-8", "surrogatepass"))
        elif isinstance(text, str):
            digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def template_folders(loader: Any) -> list[str]:
    """The folders a Jinja loader reads templates from (Pelican's are
    FileSystemLoaders inside Choice- and PrefixLoaders)."""
    if loader is None:
        return []
    folders = list(getattr(loader, "searchpath", ()))
    for inner in getattr(loader, "loaders", ()):
        folders += template_folders(inner)
    for inner in getattr(loader, "mapping", {}).values():
        folders += template_folders(inner)
    return folders


def files_under(folder: str):
    for where, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(where, name)
            try:
                yield path, os.stat(path)
            except OSError:
                continue
