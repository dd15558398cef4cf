"""The built-in cards: the markup of templates/pelican_talks/talks.html, drawn
without Jinja.

Used when no theme overrides the template (drawing.Drawer decides): rendering
the template took about 90 us for a recap's four cards, drawing them directly
35. The shipped template stays the one source theme authors read and copy:
tests/test_drawing.py checks, on generated talks, that both draw the same
bytes.
"""

from __future__ import annotations

from typing import Any

from .attributes import Authored, text
from .model import Link, Speaker


def cards_html(
    entries: list[dict[str, Any]], level: int, author: Authored | None = None
) -> str:
    """The markup of templates/pelican_talks/talks.html, drawn without Jinja."""
    author = author or Authored()
    more = f" {author.classes}" if author.classes else ""
    out = [f'<{author.tag} class="talk-cards{more}" role="list"{author.attributes}>\n']
    for entry in entries:
        talk = entry.get("talk")
        classes = entry.get("classes")
        more, attributes = f" {classes}" if classes else "", entry.get("attributes", "")
        if talk is None:
            html = entry["html"]
            out.append(f'<li class="talk-cards__other{more}"{attributes}>{html}</li>\n')
            continue
        kind, label = text(talk.kind), text(entry["kind_label"])
        untitled = "" if talk.title else " talk-card--untitled"
        out.append(
            f'<li class="talk-card talk-card--{kind}{untitled}{more} h-event"'
            f"{attributes}>\n"
        )
        if talk.time or talk.label or talk.room:
            out.append('<p class="talk-card__label">')
            if at := entry["clock"]:
                out.append(
                    f'<time class="talk-card__time dt-start" datetime="{at}">'
                    f"{text(talk.time)}</time>"
                )
            else:
                out.append(text(talk.time))
            if talk.time and talk.label:
                out.append(" ")
            out.append(text(talk.label))
            if talk.room:
                space = " " if talk.time or talk.label else ""
                out.append(
                    f'{space}<span class="talk-card__room p-location">'
                    f"{text(talk.room)}</span>"
                )
            out.append("</p>\n")
        out.append(f'<h{level} class="talk-card__title p-name">')
        title_link = entry["title_link"]
        if title_link:
            out.append(
                f"<a{link_attributes(title_link, 'u-url')}>{text(talk.title)}"
                f"{title_link.label_html}</a>"
            )
        else:
            out.append(text(talk.display_title))
        out.append(f"</h{level}>\n")
        if entry["show_kind"]:
            out.append(
                f'<p class="talk-card__kind"><data class="p-category" '
                f'value="{kind}">{label}</data></p>\n'
            )
        else:
            out.append(f'<data class="p-category" value="{kind}"></data>\n')
        out.append('<p class="talk-card__speakers">')
        if talk.byline_words:
            out.append(f"{text(talk.byline_words)} ")
        for each in entry["speakers"]:
            speaker = each["speaker"]
            out.append(
                f'{text(speaker.joining_words)}<span class="talk-card__speaker '
                f'p-speaker h-card">{honorific(speaker)}<span class="p-name">'
                f"{text(speaker.name)}</span>{handle(speaker)}{each['affiliation']}"
            )
            where, link = each["profile"], each["link"]
            if where and link:
                classes = "talk-card__profile u-url"
                if each.get("link_classes"):
                    classes += " " + each["link_classes"]
                more = each.get("link_attributes", "")
                out.append(
                    f" <a{link_attributes(link, classes)}{more}>"
                    f'<span class="talk-card__platform">{text(where.platform)}'
                    f"</span>{' ' + text(where.handle) if where.handle else ''}"
                    f"{link.label_html}</a>"
                )
            out.append("</span>")
        out.append("</p>\n")
        if entry["resources"]:
            out.append('<p class="talk-card__resources">')
            out.append(
                " ".join(
                    f"<a{link_attributes(link, 'talk-card__resource')}>{text(words)}"
                    f"{link.label_html}</a>"
                    for words, link in entry["resources"]
                )
            )
            out.append("</p>\n")
        if entry["abstract"]:
            abstract = entry["abstract"]
            out.append(f'<div class="talk-card__abstract e-content">{abstract}</div>\n')
        out.append("</li>\n")
    out.append(f"</{author.tag}>")
    return "".join(out)


def link_attributes(link: Link, classes: str) -> str:
    """class, href, target and rel, in the template's order."""
    if link.css_class:
        classes = f"{classes} {link.css_class}"
    return (
        f' class="{text(classes)}" href="{text(link.href)}"'
        + (f' target="{text(link.target)}"' if link.target else "")
        + (f' rel="{text(link.rel)}"' if link.rel else "")
    )


def handle(speaker: Speaker) -> str:
    """ "(@ana)" after the name, where the author wrote it."""
    if not speaker.handle:
        return ""
    return (
        ' <span class="talk-card__handle">(<span class="p-nickname">'
        f"{text(speaker.handle)}</span>)</span>"
    )


def honorific(speaker: Speaker) -> str:
    """ "Dr.", "Prof. Dr." before the name, as the author wrote it."""
    if not speaker.honorific:
        return ""
    return f'<span class="p-honorific-prefix">{text(speaker.honorific)}</span> '
