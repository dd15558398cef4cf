"""Every TALKS_* setting: a wrong value stops the build with a message naming it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pelican_talks.settings import SettingsError, TalksSettings, known_names

BAD_VALUES = {
    "TALKS_LINKS": "yes please",
    "TALKS_FIGURES": 1,
    "TALKS_CARDS": "yes please",
    "TALKS_LINK_REL": ["noopener", "no referrer"],
    "TALKS_INTERNAL_HOSTS": ["https://example.org/"],
    "TALKS_EXTERNAL_NEW_TAB": "true",
    "TALKS_NEW_TAB_LABEL": "",
    "TALKS_EXTERNAL_CLASS": 3,
    "TALKS_LAZY_SKIP": -1,
    "TALKS_HTTPS_UPGRADE": None,
    "TALKS_HTTPS_EXCLUDE": "cdn.example.org",
    "TALKS_HEADING_LEVEL": 7,
    "TALKS_CSS": "no",
    "TALKS_HANDLE_URL": "https://x.com/",
    "TALKS_SPEAKERS": {"Ada": {"homepage": "https://ada.example"}},
    "TALKS_JSONLD": "on",
    "TALKS_PARALLEL": 2,
    "TALKS_INDEX_SAVE_AS": "/talks.html",
}

GOOD_VALUES = {
    "TALKS_LINKS": False,
    "TALKS_FIGURES": False,
    "TALKS_CARDS": False,
    "TALKS_LINK_REL": ["noopener"],
    "TALKS_INTERNAL_HOSTS": ["blog.example.org", "*.example.net"],
    "TALKS_EXTERNAL_NEW_TAB": True,
    "TALKS_NEW_TAB_LABEL": "(opens in a new tab)",
    "TALKS_EXTERNAL_CLASS": "external",
    "TALKS_LAZY_SKIP": 0,
    "TALKS_HTTPS_UPGRADE": False,
    "TALKS_HTTPS_EXCLUDE": ["*.example.org"],
    "TALKS_HEADING_LEVEL": 2,
    "TALKS_CSS": False,
    "TALKS_HANDLE_URL": "https://mastodon.example/@{handle}",
    "TALKS_SPEAKERS": {"Ada": "https://ada.example", "Bo": {"org": "Acme"}},
    "TALKS_JSONLD": False,
    "TALKS_PARALLEL": False,
    "TALKS_INDEX_SAVE_AS": None,
}


def test_every_setting_has_a_bad_and_a_good_case():
    assert sorted(BAD_VALUES) == sorted(known_names()) == sorted(GOOD_VALUES)


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_bad_value_names_the_setting_and_what_it_expects(name):
    with pytest.raises(SettingsError) as raised:
        TalksSettings.from_pelican({name: BAD_VALUES[name]})
    message = str(raised.value)
    assert message.startswith(f"{name} = {BAD_VALUES[name]!r} is not valid")
    assert "expected" in message


@pytest.mark.parametrize("name", sorted(GOOD_VALUES))
def test_good_value_is_kept(name):
    settings = TalksSettings.from_pelican({name: GOOD_VALUES[name]})
    stored = getattr(settings, name.removeprefix("TALKS_").lower())
    assert stored != getattr(TalksSettings(), name.removeprefix("TALKS_").lower())


def test_settings_are_immutable():
    settings = TalksSettings.from_pelican({})
    with pytest.raises(AttributeError):
        settings.cards = False  # type: ignore[misc]


def test_a_misspelt_setting_is_reported(caplog):
    TalksSettings.from_pelican({"TALKS_CARD": False})
    assert "unknown setting TALKS_CARD (did you mean TALKS_CARDS?)" in caplog.text


def test_a_bad_setting_stops_a_real_build(build_site):
    with pytest.raises(SettingsError, match="TALKS_CARDS = 'yes please'"):
        build_site({"a.md": "Title: A\n\nText"}, TALKS_CARDS="yes please")


def test_the_pelican_command_stops_and_names_the_setting(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("Title: A\nDate: 2024-01-01\n\nText\n")
    (tmp_path / "pelicanconf.py").write_text(
        'PLUGINS = ["pelican_talks"]\nTALKS_CARDS = "yes please"\n'
    )
    result = subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    said = " ".join((result.stdout + result.stderr).split())
    assert "TALKS_CARDS" in said and "yes please" in said
    assert not (tmp_path / "output" / "a.html").exists()


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_every_bad_setting_stops_a_real_build(build_site, name):
    with pytest.raises(SettingsError, match=name):
        build_site(
            {"a.md": "Title: A\nDate: 2024-01-01\n\nText"}, **{name: BAD_VALUES[name]}
        )
