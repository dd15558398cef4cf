"""Big input: a 5 MB article, a 2,000-item list, lists nested 500 deep.

No crash, no recursion error, nothing lost. (How the time grows is measured by
`make bench`, never by a timed test.)
"""

from __future__ import annotations

import collections
import re

from bs4 import BeautifulSoup
from passes_helper import run_passes_outcome


def letters(html: str) -> collections.Counter:
    return collections.Counter(
        re.findall(r"\w", BeautifulSoup(html, "html.parser").get_text(""))
    )


def test_a_five_megabyte_article():
    # Through the pipeline itself: Pelican's own reader needs a minute for 5 MB.
    paragraph = (
        '<p>Words about <a href="https://example.org/x" target="_new">a link</a> and '
        '<img src="http://img.example/a.png" alt="">a picture.</p>\n'
    )
    body = paragraph * (5_000_000 // len(paragraph) + 1)
    outcome = run_passes_outcome(body)
    assert outcome.complete and len(outcome.html) > 5_000_000
    assert 'target="_new"' not in outcome.html
    assert outcome.html.count('loading="lazy"') == body.count("<img") - 1
    for words in ("Words about", ">a link</a>", "a picture."):
        assert outcome.html.count(words) == body.count(words)


def test_a_two_thousand_item_talk_list():
    items = "".join(
        f"<li><em>Talk number {n}</em> by Ana Ruiz{n % 7}. About things.</li>"
        for n in range(2000)
    )
    source = f"<p>All the talks:</p><ul>{items}</ul>"
    outcome = run_passes_outcome(source)
    assert outcome.html.count('class="talk-card ') == 2000
    assert not letters(source) - letters(outcome.html)


def test_lists_nested_five_hundred_deep():
    deep = "<ul><li>Ana Ruiz - level " * 500 + "bottom" + "</li></ul>" * 500
    source = f"<p>Talks:</p>{deep}<p>after</p>"
    outcome = run_passes_outcome(source, mode="yes")
    assert outcome.complete
    assert "bottom" in outcome.html and "after" in outcome.html
    assert not letters(source) - letters(outcome.html)


def test_50000_nested_parentheses_are_not_read_and_lose_nothing():
    source = (
        "<p>The talks of the evening:</p>"
        + "<ul><li><em>Queues</em> by Ana Ruiz "
        + "(" * 50_000
        + "x"
        + ")" * 50_000
        + ". A talk.</li><li><em>Logs</em> by Bo Li. A talk.</li></ul>"
    )
    outcome = run_passes_outcome(source)
    assert outcome.html == source
