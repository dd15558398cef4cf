"""The built-in cards and the shipped template draw the same markup.

Cards are drawn by Python unless a theme overrides the template (in less than
half the time Jinja took); the shipped template is what theme authors copy,
so the two must never drift apart.
"""

from __future__ import annotations

import markdown
import pytest
from conftest import seed_text
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from pelican_talks import markup
from pelican_talks.talks import built_in_cards, drawing, finding
from pelican_talks.talks.model import KINDS, Link, Resource, Speaker, Talk, TalkList

TEXT = st.sampled_from(
    ["", "Ana Ruiz", "Bo & Li", "<b>x</b>", '"quoted"', "it's", "{{ 7*7 }}", "é😀",
     " and ", ", ", "by", "Staff Engineer", "Acme"]
)  # fmt: skip
MAYBE = st.none() | TEXT.filter(bool)
URLS = st.none() | st.sampled_from(
    ["https://x.com/ana", "https://github.com/bo", "https://social.example/@cy",
     "https://bsky.app/profile/d.example", "https://www.linkedin.com/in/e",
     "https://blog.example/?a=1&b=<2>", "/about.html"]
)  # fmt: skip
SPEAKERS = st.builds(
    Speaker,
    name=TEXT.filter(bool),
    url=URLS,
    role=MAYBE,
    org=MAYBE,
    affiliation_words=st.none()
    | st.sampled_from([" is a {role} at {org}.", " ({org})", ", <{role}>"]),
    joining_words=TEXT,
    link_target=st.none() | st.sampled_from(["_blank", "_new", '"x"']),
    link_rel=MAYBE,
    honorific=st.sampled_from(["", "Dr.", "Prof. Dr.", "<b>"]),
)
TALKS = st.builds(
    Talk,
    title=TEXT,
    speakers=st.lists(SPEAKERS, min_size=1, max_size=3).map(tuple),
    kind=st.sampled_from(KINDS),
    abstract=st.sampled_from(["", "A <em>good</em> talk &amp; more.", "<p>x</p>"]),
    title_url=URLS,
    label=TEXT,
    byline_words=TEXT,
    kind_words=TEXT,
    title_target=st.none() | st.sampled_from(["_blank", "<x>"]),
    title_rel=MAYBE,
    time=st.sampled_from(["", "19:30", "9:15am - 10:00am", "<19h30>"]),
    room=st.sampled_from(["", "Room A", "<Salle & 2>"]),
    resources=st.lists(
        st.builds(
            Resource,
            text=TEXT.filter(bool),
            url=URLS.filter(bool),
            target=st.none() | st.just("_blank"),
            rel=MAYBE,
        ),
        max_size=2,
    ).map(tuple),
)
ENTRIES = st.lists(
    TALKS | st.sampled_from(["<em>not a talk</em>", "plain & text"]),
    min_size=1,
    max_size=4,
)


# What the links rules may add to a card's link.
RULES = st.fixed_dictionaries(
    {
        "css_class": st.none() | st.sampled_from(["external", 'a"b']),
        "label_html": st.sampled_from(
            ["", '<span class="talks-new-tab-label"> x</span>']
        ),
    }
)


def both(talk_list: TalkList, level: int, rules=None) -> tuple[str, str]:
    drawer = drawing.Drawer({})
    assert not drawer.overridden  # no theme: the built-in cards are used

    def link(href, target, rel):
        return Link(href, target, rel, **(rules or {}))

    entries = [
        drawing.card(e, link) if isinstance(e, Talk) else {"html": Markup(e)}
        for e in talk_list.entries
    ]
    template = drawer.template.render(entries=entries, level=level)
    return built_in_cards.cards_html(entries, level), template


@given(ENTRIES, st.integers(2, 6), RULES)
def test_built_in_cards_are_the_templates_markup(entries, level, rules):
    built_in, template = both(TalkList(entries), level, rules)
    assert built_in == template


def test_the_reference_posts_cards_are_the_templates_markup():
    source = markdown.markdown(
        seed_text().split("---", 2)[2], extensions=["markdown.extensions.extra"]
    )
    found = finding.candidate_lists(markup.parse(source))
    lists = [finding.read_list(element, "auto") for element in found]
    drawn = [both(talk_list, 3) for talk_list in lists if talk_list is not None]
    assert len(drawn) == 2
    for built_in, template in drawn:
        assert built_in == template
    assert sum(built_in.count('class="talk-card ') for built_in, _ in drawn) == 7


KEYNOTE = Speaker(name="Ana Ruiz", url="https://www.linkedin.com/in/ana")
SAID_ONCE = [
    # name, title, kind, kind words, badge shown
    ("kind in the title: no badge", "Keynote: twenty years", "keynote", "", False),
    ("kind words in the title", "Lightning talk: tiny servers", "lightning", "", False),
    ("kind not in the title: badge", "Twenty years", "keynote", "", True),
    ("a plain talk: no badge", "Queues", "talk", "", False),
    ("the author's words for the kind", "Queues", "talk", "Ignite", True),
]


@pytest.mark.parametrize(
    ("title", "kind", "words", "badge"),
    [c[1:] for c in SAID_ONCE],
    ids=[c[0] for c in SAID_ONCE],
)
def test_the_kind_is_said_once(title, kind, words, badge):
    talk = Talk(title=title, speakers=(KEYNOTE,), kind=kind, kind_words=words)
    built_in, template = both(TalkList([talk]), 3)
    assert built_in == template
    assert ('class="talk-card__kind"' in built_in) is badge


def test_a_platform_without_a_handle_has_no_trailing_space():
    talk = Talk(title="Queues", speakers=(KEYNOTE,))
    built_in, _ = both(TalkList([talk]), 3)
    assert '<span class="talk-card__platform">LinkedIn</span></a>' in built_in
