"""The host of a URL, read directly for plain http(s) links, is what urlsplit says."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from pelican_talks import urls

STARTS = st.sampled_from(["http://", "https://", "HTTP://", "//", " https://", ""])
REST = st.text(alphabet="aZ09.-:@[]/?#\\ %\t\n_é", max_size=24)


def urlsplit_host(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


@given(STARTS, REST)
def test_the_host_is_what_urlsplit_reads(start, rest):
    url = start + rest
    urls.host.cache_clear()
    assert urls.host(url) == urlsplit_host(url)


def test_plain_links():
    assert urls.host("https://WWW.Example.org:8080/a?b#c") == "www.example.org"
    assert urls.host("http://user@host.example/x") == "host.example"
    assert urls.host("/relative/page.html") == ""


@given(STARTS, REST)
def test_the_path_is_what_urlsplit_reads(start, rest):
    url = start + rest
    try:
        expected = urlsplit(url).path
    except ValueError:  # "[" without "]": urlsplit refuses; a profile label needn't
        return
    assert urls.path(url) == expected
