"""Small URL questions shared by passes: which host, is it ours, is it safe."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

# Browsers drop ASCII tab/newline anywhere in a URL and trim control characters
# and spaces at its ends, so " JaVa\nScRipt:" is still javascript:.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20]")
UNSAFE_SCHEMES = frozenset({"javascript", "vbscript", "data"})


def scheme(url: str) -> str:
    """The scheme as a browser would read it, lower-case; "" for relative URLs."""
    if url.startswith(("https://", "http://")):
        return url[: url.index(":")]  # most links, without the regexes
    cleaned = _IGNORED_IN_SCHEME.sub("", url)
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return match.group(1).lower() if match else ""


def is_unsafe(url: str) -> bool:
    """A URL that runs code or smuggles content when followed."""
    return scheme(url) in UNSAFE_SCHEMES


# A host of plain letters, digits, dots and dashes: nothing for urlsplit to undo.
PLAIN_HOST = re.compile(r"[A-Za-z0-9.-]+")


def path(url: str) -> str:
    """The path of a URL, as urlsplit reads it."""
    if url.startswith(("https://", "http://")) and not UNSAFE_IN_URL.search(url):
        rest = url[url.index("//") + 2 :]
        end = len(rest)
        for separator in "?#":
            found = rest.find(separator, 0, end)
            if found != -1:
                end = found
        start = rest.find("/", 0, end)
        return rest[start:end] if start != -1 else ""
    return urlsplit(url).path


# What urlsplit removes or trims from a URL before splitting it.
UNSAFE_IN_URL = re.compile(r"[\t\r\n]|^[\x00-\x20]")


@functools.lru_cache(maxsize=4096)
def host(url: str) -> str:
    """The host of an absolute or protocol-relative URL, lower-case; "" if none."""
    if url.startswith(("https://", "http://")):
        # Most links, read directly: urlsplit costs four times as much, and
        # most URLs of a site are seen only once.
        rest = url[url.index("//") + 2 :]
        end = len(rest)
        for separator in "/?#":
            found = rest.find(separator, 0, end)
            if found != -1:
                end = found
        if PLAIN_HOST.fullmatch(rest, 0, end):
            return rest[:end].lower()
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:  # e.g. an invalid IPv6 literal
        return ""


def host_matches(name: str, patterns: Iterable[str]) -> bool:
    """Exact host, or "*.example.org" for example.org and any subdomain of it."""
    for pattern in patterns:
        pattern = pattern.split(":")[0]
        if pattern.startswith("*."):
            base = pattern[2:]
            if name == base or name.endswith("." + base):
                return True
        elif name == pattern:
            return True
    return False
