"""The rules every link the plugin touches follows, in one place.

- `target="_new"` (any case) and other made-up `_` targets are not keywords:
  browsers open one window named "_new" and every such link reuses it. They
  become `_blank`.
- Every `target="_blank"` link gets TALKS_LINK_REL merged into its `rel`,
  keeping what the author wrote first (`me`, `nofollow`, `sponsored` stay).
- A link is internal when it is relative or its host is SITEURL's or in
  TALKS_INTERNAL_HOSTS; the rules never add a target to an internal link.
  External links get TALKS_EXTERNAL_CLASS, TALKS_EXTERNAL_NEW_TAB and, when
  they open a new tab, the hidden TALKS_NEW_TAB_LABEL.
- `mailto:`, `tel:`, `#fragment` links are left alone; `javascript:` links are
  left as written, with a warning.

The rules read and return attribute values only: the links pass applies them
to the article's `<a>` elements, the cards to the links they draw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any, NamedTuple

from . import urls
from .marks import NEW_TAB_LABEL_CLASS
from .settings import TalksSettings

# The valid browsing-context keywords; matching is ASCII case-insensitive.
TARGET_KEYWORDS = frozenset({"_blank", "_self", "_parent", "_top"})
LEFT_ALONE_SCHEMES = frozenset({"mailto", "tel", "sms"})
# The label is hidden by a rule in the plugin's stylesheet, linked from every
# page showing one: an inline style would be blocked by a strict
# Content-Security-Policy.
HIDDEN_LABEL_CLASS = NEW_TAB_LABEL_CLASS


class Fixed(NamedTuple):
    """A link's attributes after the rules (as written where unchanged)."""

    target: str | None
    rel: str | None
    css_class: str | None
    wants_label: bool = False  # an external link opening a new tab
    counted: tuple[str, ...] = ()  # for the build's summary: "targets fixed"...
    changes: int = 0  # attributes changed (the label not included)
    unsafe: bool = False  # javascript: and the like: left as written, warned


@dataclass(frozen=True)
class LinkRules:
    """The link settings of one site, as the rules use them."""

    internal_hosts: tuple[str, ...] = ()  # SITEURL's host, TALKS_INTERNAL_HOSTS
    rel: tuple[str, ...] = ()
    external_class: str | None = None
    new_tab: bool = False
    new_tab_label: str | None = None

    @classmethod
    def for_site(cls, settings: TalksSettings, pelican: Mapping[str, Any]) -> LinkRules:
        own = urls.host(pelican.get("SITEURL") or "")
        return cls(
            ((own,) if own else ()) + tuple(settings.internal_hosts),
            settings.link_rel,
            settings.external_class,
            settings.external_new_tab,
            settings.new_tab_label,
        )

    def fix(
        self, href: str, target: str | None, rel: str | None, css_class: str | None
    ) -> Fixed:
        """What the rules make of a link to `href` with these attributes."""
        scheme = urls.scheme(href)
        if scheme in LEFT_ALONE_SCHEMES or href.lstrip().startswith("#"):
            return Fixed(target, rel, css_class)
        if scheme in urls.UNSAFE_SCHEMES:
            return Fixed(target, rel, css_class, unsafe=True)
        counted: list[str] = []
        changes = 0
        if target and target[0] == "_" and target.lower() not in TARGET_KEYWORDS:
            target = "_blank"
            counted.append("targets fixed")
            changes += 1
        wants_label = False
        if scheme in ("http", "https", "") and self.is_external(href):
            if self.external_class:
                classes = (css_class or "").split()
                if self.external_class not in classes:
                    css_class = " ".join([*classes, self.external_class])
                    changes += 1
            if self.new_tab and target is None:
                target = "_blank"
                counted.append("new tabs")
                changes += 1
            wants_label = bool(self.new_tab_label) and (target or "").lower() == (
                "_blank"
            )
        if target and target.lower() == "_blank":
            merged = merged_rel(rel, self.rel)
            if merged != rel:
                rel = merged
                counted.append("rel merged")
                changes += 1
        return Fixed(target, rel, css_class, wants_label, tuple(counted), changes)

    def is_external(self, href: str) -> bool:
        host = urls.host(href)
        internal = self.internal_hosts
        return bool(host) and not (internal and urls.host_matches(host, internal))

    def label_html(self) -> str:
        """The hidden "opens in a new tab" label, as HTML."""
        text = escape(" " + (self.new_tab_label or ""), quote=False)
        return f'<span class="{HIDDEN_LABEL_CLASS}">{text}</span>'


def merged_rel(written: str | None, wanted: tuple[str, ...]) -> str | None:
    """`written` with the tokens of `wanted` it lacks, in its own order first."""
    tokens = (written or "").split()
    seen = {token.lower() for token in tokens}
    merged = list(tokens)
    for token in wanted:
        if token.lower() not in seen:
            merged.append(token)
            seen.add(token.lower())
    return written if merged == tokens else " ".join(merged)


def tell(fixed: Fixed, href: str, article: Any) -> None:
    """Count what the rules did to one link, or warn about an unsafe one, in
    the article's report (a pipeline.ArticleWork)."""
    if fixed.unsafe:
        article.warn("a link to %r is left as written", href[:80])
        article.count("unsafe links warned")
    for what in fixed.counted:
        article.count(what)
