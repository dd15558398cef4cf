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

# Most links are plain http(s) URLs, whose host is read directly below:
# urlsplit costs more, and most URLs of a site are seen only once.


def after_scheme(url: str, stops: str) -> tuple[str, int] | None:
    """For an http(s) URL: what follows "//", and where the first of `stops` is."""
    if not url.startswith(("https://", "http://")):
        return None
    rest = url[url.index("//") + 2 :]
    end = len(rest)
    for stop in stops:
        found = rest.find(stop, 0, end)
        if found != -1:
            end = found
    return rest, end


def path(url: str) -> str:
    """The path of a URL, as urlsplit reads it; "" where urlsplit refuses it."""
    try:
        return urlsplit(url).path
    except ValueError:  # "[" without "]"
        return ""


@functools.lru_cache(maxsize=4096)
def host(url: str) -> str:
    """The host of an absolute or protocol-relative URL, lower-case; "" if none."""
    split = after_scheme(url, "/?#")
    if split is not None and PLAIN_HOST.fullmatch(split[0], 0, split[1]):
        return split[0][: split[1]].lower()
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


# What a browser strips from a URL before reading it (WHATWG URL parsing).
URL_EDGES = "".join(chr(c) for c in range(0x21))
TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
LINK_SCHEMES = frozenset({"http", "https", "mailto", ""})


def cleaned(url: str) -> str:
    """The URL as a browser reads it: ends trimmed, tabs and newlines dropped."""
    return TAB_OR_NEWLINE.sub("", url.strip(URL_EDGES))


def link_or_none(url: str | None) -> str | None:
    """A URL the plugin may write into a page it draws itself: http(s), mailto
    or relative; anything else (javascript:, data:, file:...) is None."""
    if not url:
        return None
    url = cleaned(url)
    return url if url and scheme(url) in LINK_SCHEMES else None
