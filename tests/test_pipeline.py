"""The pipeline's contract, on real Pelican builds."""

from __future__ import annotations

import logging

from pelican.plugins import signals

import pelican_talks.markup
from pelican_talks.passes import links

NEW_TAB = '<p>See <a href="https://example.org/" target="_new">this</a>.</p>'


def markdown(title: str, body: str, **meta: str) -> str:
    head = "".join(f"{k.capitalize()}: {v}\n" for k, v in meta.items())
    return f"Title: {title}\nDate: 2024-01-01\n{head}\n{body}\n"


def test_every_kind_of_content_is_parsed_exactly_once(build_site, parses):
    parsed = parses
    files = {
        "article.md": markdown("Article", NEW_TAB, slug="article"),
        "draft.md": markdown("Draft", NEW_TAB, status="draft"),
        "hidden.md": markdown("Hidden", NEW_TAB, status="hidden"),
        "translated.md": markdown("Artículo", NEW_TAB, slug="article", lang="es"),
        "pages/page.md": markdown("A page", NEW_TAB),
        "images/picture.png": b"\x89PNG not really",
    }
    site = build_site(files, STATIC_PATHS=["images"])
    assert len(parsed) == 5
    for name in ("article.html", "article-es.html", "drafts/draft.html"):
        assert 'target="_blank"' in site.html(name)
        assert 'target="_new"' not in site.html(name)
    assert "5 of 5 articles changed" in " ".join(site.messages(logging.INFO))


def test_articles_that_need_nothing_are_not_parsed(build_site, monkeypatch):
    parsed = []
    monkeypatch.setattr(pelican_talks.markup, "parse", lambda s: parsed.append(s))
    build_site({"plain.md": markdown("Plain", "Just *words* here.")})
    assert parsed == []


def test_a_pass_switched_off_does_nothing(build_site):
    site = build_site({"a.md": markdown("A", NEW_TAB)}, TALKS_LINKS=False)
    assert 'target="_new"' in site.html("a.html")


def test_talks_no_switches_the_plugin_off_for_one_article(build_site):
    site = build_site(
        {
            "off.md": markdown("Off", NEW_TAB, talks="no"),
            "on.md": markdown("On", NEW_TAB),
        }
    )
    assert 'target="_new"' in site.html("off.html")
    assert 'target="_new"' not in site.html("on.html")


def test_a_failing_pass_leaves_the_article_as_it_was(build_site, monkeypatch):
    source = NEW_TAB + '\n\n<figure><img src="http://example.org/a.png"></figure>'
    files = {"broken.md": markdown("Broken", source), "fine.md": markdown("Fine", "x")}
    without = build_site(files, plugins=("yaml_metadata",))

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(links.LinksPass, "run", explode)
    site = build_site(files)
    assert str(site.content("broken.html")) == str(without.content("broken.html"))
    warnings = site.messages()
    assert any("links pass failed" in w and "broken.md" in w for w in warnings)
    assert (site.output / "fine.html").exists()


def test_the_build_ends_with_one_summary_line(build_site):
    site = build_site({"a.md": markdown("A", NEW_TAB)})
    summaries = [m for m in site.messages(logging.INFO) if "articles changed" in m]
    assert summaries == [
        "pelican-talks: 1 of 1 articles changed; links: 1 rel merged, 1 targets fixed"
    ]


def test_unchanged_articles_keep_the_authors_bytes(build_site):
    body = '<p>An <a href="/about.html">internal</a> link &amp; <b>bold</b>\n<br/></p>'
    on = build_site({"a.md": markdown("A", body)})
    off = build_site({"a.md": markdown("A", body)}, plugins=())
    assert on.html("a.html") == off.html("a.html")


def test_a_site_without_the_plugin_is_untouched_in_the_same_process(build_site):
    build_site({"a.md": markdown("A", NEW_TAB)})
    off = build_site({"a.md": markdown("A", NEW_TAB)}, plugins=())
    assert 'target="_new"' in off.html("a.html")


def test_each_run_of_an_autoreloading_pelican_reports_alone(tmp_path):
    """`pelican --autoreload` runs one Pelican object again and again."""
    import logging as logging_

    from conftest import QUIET
    from pelican import Pelican
    from pelican.settings import read_settings

    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text(markdown("A", NEW_TAB))
    settings = read_settings(
        path=None,
        override={
            **QUIET,
            "PATH": str(content),
            "OUTPUT_PATH": str(tmp_path / "out"),
            "PLUGINS": ["pelican_talks"],
        },
    )
    site = Pelican(settings)
    lines = []
    handler = logging_.Handler()
    handler.emit = lambda record: lines.append(record.getMessage())
    logger = logging_.getLogger("pelican_talks")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging_.INFO)
    try:
        for _ in range(2):
            from pelican.log import LimitFilter

            LimitFilter._raised_messages.clear()
            site.run()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    summaries = [line for line in lines if "articles changed" in line]
    assert len(summaries) == 2
    assert all(
        s.startswith("pelican-talks: 1 of 1 articles changed") for s in summaries
    )


def test_articles_are_processed_before_pelican_files_them(build_site):
    """Articles wait and are processed together once Pelican has read them
    all; by the time Pelican builds its categories and tags, every one is
    done, and another plugin's content hook ran first on what we process."""
    seen = {}

    def at_taxonomy(generator):
        for article in generator.articles + generator.drafts:
            seen[article.slug] = article._content

    def other_plugin(content):  # a content hook registered after ours
        if getattr(content, "_content", None):
            content._content += (
                '<p><a href="https://x.example/" target="_new">x</a></p>'
            )

    signals.article_generator_pretaxonomy.connect(at_taxonomy)
    signals.content_object_init.connect(other_plugin)
    try:
        files = {f"a{n}.md": markdown(f"A{n}", NEW_TAB, slug=f"a{n}") for n in range(3)}
        files["d.md"] = markdown("D", NEW_TAB, slug="d", status="draft")
        site = build_site(files)
    finally:
        signals.article_generator_pretaxonomy.disconnect(at_taxonomy)
        signals.content_object_init.disconnect(other_plugin)
    assert sorted(seen) == ["a0", "a1", "a2", "d"]
    for html in seen.values():
        assert html.count('target="_blank"') == 2 and "_new" not in html
    assert "4 of 4 articles changed" in " ".join(site.messages(logging.INFO))
