"""The link rules on attribute values, as the cards use them: a table of cases.

The same rules on an article's `<a>` elements are tests/test_links.py's table.
"""

from __future__ import annotations

import pytest

from pelican_talks.link_rules import Fixed, LinkRules, merged_rel

SAFE = ("noopener", "noreferrer")
RULES = LinkRules(("blog.example.org",), SAFE)
LABELLED = LinkRules(
    ("blog.example.org",), SAFE, "external", True, "(opens in a new tab)"
)

CASES = [
    # (id, rules, (href, target, rel, class), expected)
    (
        "_new becomes _blank with rel",
        RULES,
        ("https://x.example/", "_NeW", None, None),
        Fixed(
            "_blank",
            "noopener noreferrer",
            None,
            False,
            ("targets fixed", "rel merged"),
            2,
        ),
    ),
    (
        "an external link, labelled, classed, in a new tab",
        LABELLED,
        ("https://x.example/", None, "me", "big"),
        Fixed(
            "_blank",
            "me noopener noreferrer",
            "big external",
            True,
            ("new tabs", "rel merged"),
            3,
        ),
    ),
    (
        "an internal link gets nothing",
        LABELLED,
        ("https://blog.example.org/a", None, None, None),
        Fixed(None, None, None),
    ),
    (
        "an author's own target wins",
        LABELLED,
        ("https://x.example/", "_self", None, "external"),
        Fixed("_self", None, "external"),
    ),
    (
        "mailto is left alone",
        LABELLED,
        ("mailto:a@b.example", "_new", None, None),
        Fixed("_new", None, None),
    ),
    (
        "javascript: is left as written, and said",
        LABELLED,
        (" JaVa\nScript:alert(1)", None, None, None),
        Fixed(None, None, None, unsafe=True),
    ),
]


@pytest.mark.parametrize(
    ("rules", "link", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_rules(rules, link, expected):
    assert rules.fix(*link) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (None, "noopener noreferrer"),
        ("me NoOpener", "me NoOpener noreferrer"),
        ("noreferrer  noopener", "noreferrer  noopener"),  # as written: no change
    ],
)
def test_rel_is_merged_after_the_authors(written, expected):
    assert merged_rel(written, SAFE) == expected


def test_the_label_is_escaped():
    rules = LinkRules(new_tab_label="<new> & tab")
    assert rules.label_html() == (
        '<span class="talks-new-tab-label"> &lt;new&gt; &amp; tab</span>'
    )
