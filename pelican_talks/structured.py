"""schema.org structured data for an article with talk cards, as JSON-LD.

One Event for the article (the event it recaps), one subEvent per talk, each
speaker a Person with sameAs (their profile) and worksFor (their organisation).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from . import intrasite
from .talks.model import Speaker, Talk

# words (the reader's vocabulary, regexes compiled at import) is imported when
# JSON-LD is made: a warm rebuild finds every page's in the cache, and
# importing it was a third of the plugin's import time.


def event(article: Any, talks: Sequence[Talk], siteurl: str) -> dict[str, Any]:
    metadata = getattr(article, "metadata", {}) or {}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": str(metadata.get("event") or getattr(article, "title", "")),
    }
    start = metadata.get("event_date") or getattr(article, "date", None)
    if start is not None:
        data["startDate"] = (
            start.isoformat() if hasattr(start, "isoformat") else str(start)
        )
    if metadata.get("event_location"):
        data["location"] = {"@type": "Place", "name": str(metadata["event_location"])}
    url = getattr(article, "url", "")
    if url:
        data["url"] = (
            f"{siteurl.rstrip('/')}/{url}" if siteurl.startswith("http") else url
        )
    day = data.get("startDate", "")[:10]
    data["subEvent"] = [sub_event(talk, article, siteurl, day) for talk in talks]
    return data


def event_inputs(article: Any, siteurl: str) -> str:
    """What event() reads besides the talks: the same inputs and the same
    talks (the same HTML), the same JSON-LD; cache.py keys it by them."""
    metadata = getattr(article, "metadata", {}) or {}
    keys = ("event", "event_date", "event_location")
    return repr(
        [getattr(article, "title", ""), getattr(article, "date", None)]
        + [metadata.get(k) for k in keys]
        + [getattr(article, "url", ""), siteurl]
    )


def sub_event(
    talk: Talk, article: Any = None, siteurl: str = "", day: str = ""
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "Event",
        "name": talk.display_title,
    }
    at = None
    if talk.time:
        from .talks.words import clock

        at = clock(talk.time)
    if at and len(day) == 10:  # a time on the event's day: "2024-05-17T19:30"
        data["startDate"] = f"{day}T{at}"
    if talk.room:
        data["location"] = {"@type": "Place", "name": talk.room}
    if talk.abstract_text:
        data["description"] = talk.abstract_text
    if talk.title_url and talk.title_url.startswith("http"):
        data["url"] = talk.title_url
    data["performer"] = [person(s, article, siteurl) for s in talk.speakers]
    return data


def person(speaker: Speaker, article: Any = None, siteurl: str = "") -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "Person", "name": speaker.name}
    if speaker.honorific:
        data["honorificPrefix"] = speaker.honorific
    # A {filename} link is resolved against the site; one that can't be is left out.
    same_as = intrasite.absolute(speaker.url, article, siteurl)
    if same_as:
        data["sameAs"] = same_as
    if speaker.role:
        data["jobTitle"] = speaker.role
    if speaker.org:
        data["worksFor"] = {"@type": "Organization", "name": speaker.org}
    return data


def script(data: dict[str, Any]) -> str:
    """A <script> element; "<", ">" and "&" escaped so no text can end it early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>\n'
