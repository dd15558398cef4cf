"""External links: the article's `<a>` elements through the link rules.

What the rules are lives in ``link_rules``; this pass walks the article once
and writes what they say. Links in code are left alone.
"""

from __future__ import annotations

from .. import link_rules, markup
from ..pipeline import ArticleWork


class LinksPass:
    name = "links"

    def wants(self, article: ArticleWork) -> bool:
        source = article.source
        return "<a" in source or "<A" in source

    def run(self, root: markup.Element, article: ArticleWork) -> int:
        rules = article.build.link_rules
        check_code = markup.has_verbatim(root)
        changes = 0
        for link in root.iter("a"):
            href = link.get("href")
            if href is None or (check_code and markup.inside_verbatim(link)):
                continue
            try:
                changes += fix_link(link, href, rules, article)
            except Exception as error:  # one odd link costs that link only
                article.warn("link %r left as written (%s)", href[:80], error)
        return changes


def fix_link(
    link: markup.Element, href: str, rules: link_rules.LinkRules, article: ArticleWork
) -> int:
    fixed = rules.fix(href, link.get("target"), link.get("rel"), link.get("class"))
    link_rules.tell(fixed, href, article)
    # In this order, as an author would write them: class, target, rel.
    for name, value in (
        ("class", fixed.css_class),
        ("target", fixed.target),
        ("rel", fixed.rel),
    ):
        if value is not None and value != link.get(name):
            link.set(name, value)
    if fixed.wants_label and not has_hidden_label(link):
        span = link.makeelement("span", {"class": link_rules.HIDDEN_LABEL_CLASS})
        span.text = " " + (rules.new_tab_label or "")
        link.append(span)
        return fixed.changes + 1
    return fixed.changes


def has_hidden_label(link: markup.Element) -> bool:
    return any(link_rules.HIDDEN_LABEL_CLASS in (s.get("class") or "") for s in link)
