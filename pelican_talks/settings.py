"""The plugin's settings: every TALKS_* option, its default and why, validated once.

Pelican hands plugins one mutable dict of settings. We read the TALKS_* keys out
of it once per build into a frozen object, so a typo or a wrong type stops the
build up front with a message naming the setting, instead of failing later on
some article, and so passes can't change settings under each other's feet.
"""

from __future__ import annotations

import dataclasses
import logging
import posixpath
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

logger = logging.getLogger(__name__)

PREFIX = "TALKS_"


class SettingsError(ValueError):
    """A TALKS_* setting has a value the plugin cannot use."""

    # Pelican's command line exits with this code when an exception carries it.
    exitcode = 2


# --- converters: take the user's value, return the stored one or raise ValueError


def boolean(value: Any) -> bool:
    # Only real booleans: "yes please" or 0 in a settings file is a mistake we
    # want to hear about, not guess at.
    if isinstance(value, bool):
        return value
    raise ValueError("True or False")


def whole_number(low: int, high: int | None = None) -> Callable[[Any], int]:
    def convert(value: Any) -> int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and value >= low and (high is None or value <= high):
            return value
        upper = f" to {high}" if high is not None else " or more"
        raise ValueError(f"a whole number from {low}{upper}")

    return convert


def optional_text(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and value.strip()):
        return value
    raise ValueError("a non-empty string, or None")


def words(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split()
    if isinstance(value, (list, tuple)) and all(
        isinstance(v, str) and v.strip() and " " not in v.strip() for v in value
    ):
        return tuple(v.strip() for v in value)
    raise ValueError('a list of single words, e.g. ["noopener", "noreferrer"]')


HOST_PATTERN = re.compile(r"^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?$", re.I)


def hosts(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)) and all(
        isinstance(v, str) and HOST_PATTERN.match(v) for v in value
    ):
        return tuple(v.lower() for v in value)
    raise ValueError('a list of host names, exact or "*.example.org"')


def handle_url(value: Any) -> str:
    if isinstance(value, str) and "{handle}" in value and value.startswith("https://"):
        return value
    raise ValueError('an https:// URL containing "{handle}"')


def save_as(value: Any) -> str | None:
    if value is None:
        return None
    if (
        isinstance(value, str)
        and value.endswith(".html")
        and not value.startswith("/")
        and ".." not in value.split("/")
    ):
        return posixpath.normpath(value)  # "./index.html" is index.html
    raise ValueError(
        'None, or a path in the output ending in ".html", e.g. "talks/index.html"'
    )


SPEAKER_KEYS = frozenset({"url", "role", "org"})


def speakers(value: Any) -> Mapping[str, Mapping[str, str]]:
    expects = 'a dict of name -> URL, or name -> {"url", "role", "org"}'
    if not isinstance(value, Mapping):
        raise ValueError(expects)
    directory = {}
    for name, entry in value.items():
        if isinstance(entry, str):
            entry = {"url": entry}
        if (
            not isinstance(name, str)
            or not isinstance(entry, Mapping)
            or not set(entry) <= SPEAKER_KEYS
            or not all(isinstance(v, str) for v in entry.values())
        ):
            raise ValueError(f"{expects} (problem at {name!r})")
        directory[name] = MappingProxyType(dict(entry))
    return MappingProxyType(directory)


def option(
    default: Any, convert: Callable[[Any], Any], why: str, changes_output: bool = True
) -> Any:
    """A settings field: its default, how to check a value, and why the default.
    One that doesn't change what the plugin writes stays out of the repr, and
    so out of the caches' fingerprint."""
    value = convert(default)
    metadata = {"convert": convert, "why": why, "default": default}
    if isinstance(value, Mapping):  # dataclasses refuse unhashable defaults
        return dataclasses.field(default_factory=lambda: value, metadata=metadata)
    return dataclasses.field(default=value, metadata=metadata, repr=changes_output)


@dataclasses.dataclass(frozen=True)
class TalksSettings:
    """All TALKS_* settings; the README's settings table mirrors this list."""

    links: bool = option(True, boolean, "Fixing invalid targets is always safe.")
    figures: bool = option(True, boolean, "Lazy loading and HTTPS help every reader.")
    cards: bool = option(True, boolean, "Cards are the point of the plugin.")

    link_rel: tuple[str, ...] = option(
        ["noopener", "noreferrer"],
        words,
        "What WordPress adds to new-tab links: no window.opener, no referrer leak.",
    )
    internal_hosts: tuple[str, ...] = option(
        [], hosts, "SITEURL's host is always internal; list mirrors and subdomains."
    )
    external_new_tab: bool = option(
        False, boolean, "Opening new tabs is the reader's choice unless you ask."
    )
    new_tab_label: str | None = option(
        None, optional_text, "Only you know the words in your site's language."
    )
    external_class: str | None = option(
        None, optional_text, "No class unless your theme styles one."
    )

    lazy_skip: int = option(
        1, whole_number(0), "The first image is usually above the fold: keep it eager."
    )
    https_upgrade: bool = option(
        True, boolean, "http:// images are blocked or flagged on HTTPS sites."
    )
    https_exclude: tuple[str, ...] = option(
        [], hosts, "Hosts known not to serve HTTPS keep http://."
    )

    heading_level: int = option(
        3,
        whole_number(2, 6),
        "Cards sit under the article's h2 sections; shallower if they aren't.",
    )
    css: bool = option(
        True,
        boolean,
        "Cards, sized images and hidden labels look right with no theme edit.",
    )
    handle_url: str = option(
        "https://x.com/{handle}",
        handle_url,
        "Bare @handles in old posts are almost always Twitter handles.",
    )
    speakers: Mapping[str, Mapping[str, str]] = option(
        {}, speakers, "A directory is yours to write; none by default."
    )

    jsonld: bool = option(
        True, boolean, "Search engines read talks as schema.org Events."
    )
    index_save_as: str | None = option(
        "talks/index.html",
        save_as,
        "Every talk on the site in one place; None leaves it out.",
    )

    parallel: bool = option(
        True,
        boolean,
        "A cold build is shorter when a second CPU processes articles while "
        "Pelican reads.",
        changes_output=False,
    )

    @classmethod
    def from_pelican(cls, settings: Mapping[str, Any]) -> TalksSettings:
        """Read and check every TALKS_* value; SettingsError on the first bad one."""
        values = {}
        for field in dataclasses.fields(cls):
            name = setting_name(field.name)
            if name not in settings:
                continue
            value = settings[name]
            try:
                values[field.name] = field.metadata["convert"](value)
            except (ValueError, TypeError) as error:
                raise SettingsError(
                    f"{name} = {value!r} is not valid: expected {error}"
                ) from None
        warn_unknown(settings)
        chosen = cls(**values)
        refuse_collisions(chosen, settings)
        return chosen


def refuse_collisions(chosen: TalksSettings, settings: Mapping[str, Any]) -> None:
    """SettingsError if the talks index would be written over a file Pelican
    writes: its fixed *_SAVE_AS outputs ("index.html", "archives.html"...)
    and TEMPLATE_PAGES. (Content's own save_as are checked once it is read.)"""
    save_as = chosen.index_save_as
    if save_as is None or not chosen.cards:
        return
    outputs = {
        name: value
        for name, value in settings.items()
        if isinstance(name, str)
        and name.endswith("_SAVE_AS")
        and not name.startswith(PREFIX)
        and isinstance(value, str)
    }
    pages = settings.get("TEMPLATE_PAGES") or {}
    if isinstance(pages, Mapping):
        outputs.update({f"TEMPLATE_PAGES[{k!r}]": v for k, v in pages.items()})
    for name, value in outputs.items():
        if posixpath.normpath(value.lstrip("/")) == save_as:
            raise SettingsError(
                f"TALKS_INDEX_SAVE_AS = {save_as!r} is the file Pelican writes "
                f"for {name}: choose another path, or None"
            )


def setting_name(field_name: str) -> str:
    return PREFIX + field_name.upper()


def known_names() -> list[str]:
    return [setting_name(f.name) for f in dataclasses.fields(TalksSettings)]


def warn_unknown(settings: Mapping[str, Any]) -> None:
    # A misspelt setting silently keeps its default; say so.
    known = known_names()
    for name in settings:
        if isinstance(name, str) and name.startswith(PREFIX) and name not in known:
            import difflib  # only for a misspelt setting: 1 ms of every import

            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            logger.warning("pelican-talks: unknown setting %s%s", name, hint)
