"""Talk cards: lists that recap talks become styled, machine-readable cards."""

from __future__ import annotations

from collections.abc import Iterator

from .. import link_rules, markup
from ..pipeline import ArticleWork
from ..placeholders import PLACEHOLDER
from ..talks import attributes, directory, drawing, finding
from ..talks.model import Link, Talk, TalkList


class CardsPass:
    name = "cards"

    def wants(self, article: ArticleWork) -> bool:
        source = article.source
        # (<dl>: reST definition lists may be talk lists too)
        return "<li" in source or "<LI" in source or "<dl" in source

    def run(self, root: markup.Element, article: ArticleWork) -> int:
        drawn = 0
        found_lists = finding.talk_lists(
            root,
            article.mode,
            article.about,
            skip=too_long,
            failed=lambda error: article.warn("a list left as it was (%s)", error),
        )
        # Decided one by one, each drawn before the next is decided: a list of
        # talks nested in an item of another comes first, so that the item,
        # kept as written among the other list's cards, holds its cards.
        drawn_lists: dict[int, TalkList] = {}
        for found, talk_list in found_lists:
            try:
                talk_list = complete(talk_list, article)
                cards = draw(talk_list, authored(found), article)
            except drawing.DrawingError as error:
                article.warn("the card template failed, list left as it was: %s", error)
                continue
            except Exception as error:  # one odd list costs that list only
                article.warn("a list left as it was (%s)", error)
                continue
            # Drawn as HTML and put in place when the article is written: no
            # element after this pass needs to see inside the cards.
            drawn_lists[len(article.placed)] = talk_list
            article.place(found, cards)
            article.count("cards", len(talk_list.talks))
            article.count("lists")
            drawn += 1
        article.talks.extend(in_document_order(drawn_lists))
        return drawn


def in_document_order(drawn: dict[int, TalkList]) -> list[Talk]:
    """The talks of the lists drawn (by where they were placed), in the order a
    reader meets them: nested talks where the item holding them stands."""
    nested = {
        int(index)
        for talk_list in drawn.values()
        for entry in talk_list.entries
        if isinstance(entry, str)
        for index in PLACEHOLDER.findall(entry)
    }

    def talks_of(index: int) -> Iterator[Talk]:
        for entry in drawn[index].entries:
            if not isinstance(entry, str):
                yield entry
                continue
            for inner in PLACEHOLDER.findall(entry):
                if int(inner) in drawn:
                    yield from talks_of(int(inner))

    return [talk for index in drawn if index not in nested for talk in talks_of(index)]


# No talk's item is this long; reading one costs more than linear time in its
# length (50,000 nested parentheses took 12 s), so longer items are not read.
MAX_ITEM_TEXT = 5_000


def too_long(found: markup.Element) -> bool:
    return any(
        sum(map(len, li.itertext())) > MAX_ITEM_TEXT for li in found if li.tag == "li"
    )


def complete(talk_list: TalkList, article: ArticleWork) -> TalkList:
    settings, build = article.settings, article.build
    if build.speakers is None:
        build.speakers = directory.folded_directory(settings.speakers)
    return TalkList(
        [
            directory.complete(e, build.speakers, settings.handle_url, article.warn)
            if not isinstance(e, str)
            else e
            for e in talk_list.entries
        ],
        talk_list.under_level,
    )


def authored(found: markup.Element) -> attributes.Authored:
    """The author's attributes on the list and its items, for the cards."""
    classes, others = attributes.authored(found)
    items = tuple(attributes.authored(li) for li in found if li.tag == "li")
    tag = "ol" if found.tag == "ol" else "ul"
    return attributes.Authored(tag, classes, others, items)


def draw(talk_list: TalkList, author: attributes.Authored, article: ArticleWork) -> str:
    build = article.build
    if build.drawer is None:  # made from the theme's environment, if any
        build.drawer = drawing.Drawer(build.pelican, build.theme_env)
    # One level below the heading the list sits under, so the outline never
    # skips a level; TALKS_HEADING_LEVEL is the deepest level used.
    level = min(article.settings.heading_level, talk_list.under_level + 1)

    def link(href: str, target: str | None, rel: str | None) -> Link:
        return card_link(href, target, rel, article)

    return build.drawer.draw(talk_list, level, link, author)


def card_link(
    href: str, target: str | None, rel: str | None, article: ArticleWork
) -> Link:
    """A link a card draws, with the rules every link gets."""
    rules = article.build.link_rules
    if not article.settings.links or (
        # The author's own link, already through the links pass: as it is.
        target is not None and not (rules.external_class or rules.new_tab_label)
    ):
        return Link(href, target, rel)
    fixed = rules.fix(href, target, rel, None)
    link_rules.tell(fixed, href, article)
    label = rules.label_html() if fixed.wants_label else ""
    return Link(href, fixed.target, fixed.rel, fixed.css_class, label)
