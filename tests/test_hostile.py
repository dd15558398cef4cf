"""Hostile content: markup and template code in talks, unsafe link schemes."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from passes_helper import run_passes_outcome

CONTEXT = "<p>The talks of the evening:</p>"
UNSAFE = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "java\tscript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:x",
    "data:text/html,<script>alert(1)</script>",
    " DATA:text/html;base64,PHNjcmlwdD4=",
]


def cards(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


@pytest.mark.parametrize("href", UNSAFE)
def test_a_speaker_with_an_unsafe_link_gets_a_card_without_it(href, caplog):
    source = CONTEXT + (
        f'<ul><li><em>Queues</em>: <a href="{href}">Ana Ruiz</a> is a Staff Engineer at Acme. A talk.</li>'
        '<li><em>Logs</em>: <a href="https://x.com/bo">Bo Li</a> is an SRE at Acme. A talk.</li></ul>'
    )
    out = run_passes_outcome(source, source_path="hostile.md").html
    soup = cards(out)
    first = soup.select(".talk-card")[0]
    assert first.select_one(".p-speaker .p-name").text == "Ana Ruiz"
    assert first.select("a") == []
    assert "hostile.md" in caplog.text and "not drawn" in caplog.text
    for link in soup.select("a[href]"):
        assert (
            not link["href"]
            .strip()
            .lower()
            .replace("\t", "")
            .startswith(("javascript", "vbscript", "data"))
        )


@pytest.mark.parametrize("href", UNSAFE)
def test_an_unsafe_title_link_is_not_drawn(href):
    source = CONTEXT + (
        f'<ul><li><a href="{href}">Queues at scale</a> by Ana Ruiz. A talk.</li>'
        '<li><a href="https://v.example/2">Logs</a> by Bo Li. A talk.</li></ul>'
    )
    soup = cards(run_passes_outcome(source).html)
    first = soup.select(".talk-card")[0]
    assert first.select_one(".talk-card__title").text == "Queues at scale"
    assert first.select_one(".talk-card__title a") is None


NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "{% for x in range(3) %}boom{% endfor %}",
    "{{ config.__class__ }}",
    "' onmouseover='alert(1)",
]


@pytest.mark.parametrize("nasty", NASTY)
def test_titles_and_names_are_escaped_and_never_run(nasty):
    from html import escape

    title, name = escape(nasty), escape(nasty)
    source = CONTEXT + (
        f"<ul><li><em>{title}</em> by Ana Ruiz. A talk.</li>"
        f'<li><em>Logs</em>: <a href="https://x.com/bo">{name} Bo Li</a>. A talk.</li></ul>'
    )
    out = run_passes_outcome(source, mode="yes").html
    soup = cards(out)
    assert soup.select(".talk-card")
    assert soup.select("script") == []
    assert not any(
        tag.has_attr("onerror") or tag.has_attr("onmouseover")
        for tag in soup.find_all(True)
    )
    assert "49" not in soup.get_text() and "boomboom" not in soup.get_text()
    assert nasty in soup.get_text()


def test_an_unsafe_directory_link_is_not_drawn(caplog):
    source = (
        CONTEXT
        + "<ul><li><em>Queues</em> by Ana Ruiz. A talk.</li><li><em>Logs</em> by Bo Li. A talk.</li></ul>"
    )
    out = run_passes_outcome(
        source, speakers={"Ana Ruiz": "javascript:alert(1)"}, source_path="d.md"
    ).html
    assert "javascript" not in out
    assert "not drawn" in caplog.text
