"""The README stays true: every setting is in its table with its default."""

from __future__ import annotations

import dataclasses

from conftest import ROOT

from pelican_talks.settings import TalksSettings, setting_name


def test_every_setting_is_documented_with_its_default():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(" `"): line.split("|")[2].strip(" `")
        for line in readme.splitlines()
        if line.startswith("| `TALKS_")
    }
    for field in dataclasses.fields(TalksSettings):
        name = setting_name(field.name)
        default = field.metadata["default"]
        assert name in rows, name
        shown = rows[name].replace('"', "'")
        assert shown == repr(default), (name, rows[name])


def test_readme_gives_the_two_commands_and_shows_the_cards():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "(docs/cards.png)" in readme and (ROOT / "docs" / "cards.png").exists()
