"""What the author wrote on a list and its items, kept on the cards drawn for it:
ids that links point at (#schedule), lang, dir, an <ol>'s start and reversed,
aria-label, title, and their classes after ours.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple


class Authored(NamedTuple):
    """What the author wrote on a list and its items, kept on the cards:
    ids that links point at, lang, dir, an <ol>'s start and reversed..."""

    tag: str = "ul"
    classes: str = ""  # the author's classes, after ours
    attributes: str = ""  # the others, escaped, each with a leading space
    items: tuple[tuple[str, str], ...] = ()  # (classes, attributes) per item


# Ours on a card list; the author's value of these is not kept.
DRAWN_ATTRIBUTES = frozenset({"class", "role"})


def authored(element: Any) -> tuple[str, str]:
    """An element's classes and its other attributes, escaped, as the cards
    write them: (classes, ' id="x" lang="fr"')."""
    classes = " ".join((element.get("class") or "").split())
    attributes = "".join(
        f' {name}="{text(value)}"'
        for name, value in element.items()
        if name not in DRAWN_ATTRIBUTES and ATTRIBUTE_NAME.fullmatch(name)
    )
    return classes, attributes


# An attribute name we write back as is (the parser keeps odd ones).
ATTRIBUTE_NAME = re.compile(r"[A-Za-z_:][-A-Za-z0-9_:.]*")


def text(value: str) -> str:
    """Escaped as Jinja's autoescape does (markupsafe: &#39; and &#34; for
    quotes), as a plain str: creating Markup objects costs more than drawing
    needs."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
        .replace('"', "&#34;")
    )
