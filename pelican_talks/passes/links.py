"""External links: valid targets, a safe rel merged in, internal links left internal.

- `target="_new"` (any case) and other made-up `_` targets are not keywords:
  browsers open one window named "_new" and every such link reuses it. They
  become `_blank`.
- Every `target="_blank"` link gets TALKS_LINK_REL merged into its `rel`,
  keeping what the author wrote first (`me`, `nofollow`, `sponsored` stay).
- A link is internal when it is relative or its host is SITEURL's or in
  TALKS_INTERNAL_HOSTS; the plugin never adds a target to an internal link.
- `mailto:`, `tel:`, `#fragment` links and links in code are left alone;
  `javascript:` links are left as written, with a warning.
"""

from __future__ import annotations

from html import escape

from .. import html, urls
from ..pipeline import ArticleWork, Build
from ..talks.model import Link

# The valid browsing-context keywords; matching is ASCII case-insensitive.
TARGET_KEYWORDS = frozenset({"_blank", "_self", "_parent", "_top"})
LEFT_ALONE_SCHEMES = frozenset({"mailto", "tel", "sms"})
# Hidden by a rule in the plugin's stylesheet, linked from every page showing a
# label: an inline style would be blocked by a strict Content-Security-Policy.
HIDDEN_LABEL_CLASS = html.NEW_TAB_LABEL_CLASS


class LinksPass:
    name = "links"

    def wants(self, source: str) -> bool:
        return "<a" in source or "<A" in source

    def run(self, root: html.Element, article: ArticleWork) -> int:
        internal = internal_hosts(article.build)
        check_code = html.has_verbatim(root)
        changes = 0
        for link in root.iter("a"):
            href = link.get("href")
            if href is None or (check_code and html.inside_verbatim(link)):
                continue
            try:
                changes += fix_link(link, href, internal, article)
            except Exception as error:  # one odd link costs that link only
                article.warn("link %r left as written (%s)", href[:80], error)
        return changes


def internal_hosts(build: Build) -> tuple[str, ...]:
    if "internal_hosts" not in build.cache:
        own = urls.host(build.pelican.get("SITEURL") or "")
        build.cache["internal_hosts"] = ((own,) if own else ()) + tuple(
            build.settings.internal_hosts
        )
    return build.cache["internal_hosts"]


def card_link(
    href: str, target: str | None, rel: str | None, article: ArticleWork
) -> Link:
    """A link the cards will draw, with the rules every link gets."""
    link = Link(href, target, rel)
    settings = article.settings
    if target is not None and not (settings.external_class or settings.new_tab_label):
        return link  # the author's own link, already through this pass: as it is
    fix_link(link, href, internal_hosts(article.build), article)
    return link


def fix_link(
    link: html.Element | Link, href: str, internal, article: ArticleWork
) -> int:
    scheme = urls.scheme(href)
    if scheme in LEFT_ALONE_SCHEMES or href.lstrip().startswith("#"):
        return 0
    if scheme in urls.UNSAFE_SCHEMES:
        article.warn("a link to %r is left as written", href[:80])
        article.count("unsafe links warned")
        return 0
    changes = 0
    target = link.get("target")
    if target and target[0] == "_" and target.lower() not in TARGET_KEYWORDS:
        link.set("target", target := "_blank")
        article.count("targets fixed")
        changes += 1
    if scheme in ("http", "https", ""):
        host = urls.host(href)
        if host and not (internal and urls.host_matches(host, internal)):
            changes += mark_external(link, article)
            target = link.get("target")
    if target and target.lower() == "_blank":
        changes += merge_rel(link, article.settings.link_rel, article)
    return changes


def mark_external(link: html.Element | Link, article: ArticleWork) -> int:
    settings = article.settings
    changes = 0
    if settings.external_class and add_class(link, settings.external_class):
        changes += 1
    if settings.external_new_tab and link.get("target") is None:
        link.set("target", "_blank")
        article.count("new tabs")
        changes += 1
    if (
        settings.new_tab_label
        and (link.get("target") or "").lower() == "_blank"
        and not has_hidden_label(link)
    ):
        add_hidden_label(link, settings.new_tab_label)
        changes += 1
    return changes


def add_class(element: html.Element | Link, name: str) -> bool:
    classes = (element.get("class") or "").split()
    if name in classes:
        return False
    element.set("class", " ".join([*classes, name]))
    return True


def has_hidden_label(link: html.Element | Link) -> bool:
    if isinstance(link, Link):
        return bool(link.label_html)
    return any(HIDDEN_LABEL_CLASS in (s.get("class") or "") for s in link)


def add_hidden_label(link: html.Element | Link, label: str) -> None:
    if isinstance(link, Link):
        link.label_html = (
            f'<span class="{HIDDEN_LABEL_CLASS}">'
            f"{escape(' ' + label, quote=False)}</span>"
        )
        return
    span = link.makeelement("span", {"class": HIDDEN_LABEL_CLASS})
    span.text = " " + label
    link.append(span)


def merge_rel(
    link: html.Element | Link, wanted: tuple[str, ...], article: ArticleWork
) -> int:
    written = (link.get("rel") or "").split()
    seen = {token.lower() for token in written}
    merged = list(written)
    for token in wanted:
        if token.lower() not in seen:
            merged.append(token)
            seen.add(token.lower())
    if merged == written:
        return 0
    link.set("rel", " ".join(merged))
    article.count("rel merged")
    return 1
