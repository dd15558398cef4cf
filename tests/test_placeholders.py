"""Placeholders: what libxml2 would change comes back as written, placed HTML
comes back where its element stood, and an author's comment is never taken
for one."""

from __future__ import annotations

import pytest
from lxml import etree

from pelican_talks import markup, placeholders

KEPT = [
    # (id, the article's HTML, written back byte for byte)
    ("a stray </body>", "<p>one</body> two</p>"),
    ("a </br> typo", "<p>one</br>two</p>"),
    ("CDATA in SVG", "<svg><text><![CDATA[a < b]]></text></svg>"),
    ("a wrapped href", '<p><a href="https://example.org/a\nb">x</a></p>'),
    ("a space-ended src", '<p><img src="a.png "></p>'),
    ("raw text in xmp", "<xmp><b>bold?</b> &amp;</xmp>"),
    ("an iframe's markup", '<iframe src="a b"><p>no</p></iframe>'),
]


@pytest.mark.parametrize(("source",), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_kept_as_written(source):
    assert markup.serialize(markup.parse(source)) == source


def test_placed_html_stands_where_its_element_stood():
    root = markup.parse("<p>before</p><ul><li>a</li></ul><p>after</p>")
    placeholders.put_placeholder(root[1], 0)
    assert [placeholders.is_placeholder(n) for n in root] == [False, True, False]
    written = markup.serialize(root, ["<div>cards</div>"])
    assert written == "<p>before</p><div>cards</div><p>after</p>"


@pytest.mark.parametrize(
    "comment", ["pelican-talks 0", placeholders.PLACEHOLDER_WORD[:-1] + " 0"]
)
def test_an_authors_comment_is_no_placeholder(comment):
    node = etree.Comment(comment)
    assert not placeholders.is_placeholder(node)
    text = f"<p>a<!--{comment}-->b</p>"
    assert placeholders.put_in(text, ["<b>placed</b>"]) == text
