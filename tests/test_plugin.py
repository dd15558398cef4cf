"""The glue: one build per Pelican object, made when Pelican initialises."""

from __future__ import annotations

from conftest import QUIET
from pelican import Pelican
from pelican.settings import read_settings

from pelican_talks import plugin

NEW_TAB = '<p>See <a href="https://example.org/" target="_new">this</a>.</p>'


def pelican_for(where, plugins=("pelican_talks",)) -> Pelican:
    content = where / "content"
    content.mkdir(parents=True)
    (content / "a.md").write_text(f"Title: A\nDate: 2024-01-01\n\n{NEW_TAB}\n")
    settings = read_settings(
        path=None,
        override={
            **QUIET,
            "PATH": str(content),
            "OUTPUT_PATH": str(where / "out"),
            "PLUGINS": list(plugins),
        },
    )
    return Pelican(settings)


def test_each_pelican_keeps_its_own_build(tmp_path):
    """Two sites initialised in one process (signals are process-wide): each
    run processes its own articles with its own build, whatever the order."""
    first = pelican_for(tmp_path / "first")
    second = pelican_for(tmp_path / "second")
    without = pelican_for(tmp_path / "without", plugins=())
    assert plugin.build_of(first.settings) is first.pelican_talks
    assert plugin.build_of(second.settings) is second.pelican_talks
    assert first.pelican_talks is not second.pelican_talks
    assert plugin.build_of(without.settings) is None
    for site, changed in ((first, True), (without, False), (second, True)):
        site.run()
        html = (tmp_path / site.settings["OUTPUT_PATH"] / "a.html").read_text()
        assert ('target="_blank"' in html) is changed
        assert ('target="_new"' in html) is not changed
