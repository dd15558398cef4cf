"""What the plugin reads from an article Pelican hands it: its `talks:` mode
(the author's say over the cards) and what it says it is about (context for
its talk lists)."""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger(__name__)

OFF = "no"


def article_mode(content: Any) -> str:
    """The article's `talks:` metadata as "auto", "yes" or "no"."""
    value = content.metadata.get("talks", "auto")
    if isinstance(value, bool):  # YAML reads a bare yes/no as a boolean
        return "yes" if value else OFF
    text = str(value).strip().lower()
    if text in ("yes", "true", "on", "1"):
        return "yes"
    if text in ("no", "false", "off", "0"):
        return OFF
    if text != "auto":
        logger.warning(
            "pelican-talks: %s: talks: %r is not yes, no or auto; using auto",
            content.source_path,
            value,
        )
    return "auto"


def about(content: Any) -> str:
    """The article's title, category and tags: what it says it is about."""
    tags = getattr(content, "tags", None) or []
    pieces = [getattr(content, "title", ""), getattr(content, "category", "")]
    return " / ".join(str(p) for p in [*pieces, *tags] if p)
