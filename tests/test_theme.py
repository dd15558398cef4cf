"""theme.py: the template files a cache key of the cards must cover."""

from __future__ import annotations

import jinja2
import pytest

from pelican_talks import theme

# (the theme's templates/pelican_talks files, the files found, by name)
TEMPLATE_FILES = [
    ({}, ["talks.html"]),  # the package's own
    (
        {
            "talks.html": '<ul>{% include "pelican_talks/part.html" %}</ul>',
            "part.html": "<li>{{ entries }}</li>",
        },
        ["talks.html", "part.html"],
    ),
    (
        {
            "talks.html": '{% from "pelican_talks/m.html" import card %}{{ card() }}',
            "m.html": "{% macro card() %}x{% endmacro %}",
        },
        ["talks.html", "m.html"],
    ),
    # Named nowhere but in a comment: nothing else to find.
    ({"talks.html": "{# include nothing #}<ul></ul>"}, ["talks.html"]),
    # Not parsed (no tag names a template), so listed although it is broken:
    # drawing it will say what is wrong.
    ({"talks.html": "<ul>{% for e in entries %}</ul>"}, ["talks.html"]),
]


@pytest.mark.parametrize(("files", "found"), TEMPLATE_FILES)
def test_template_files(tmp_path, files, found):
    for name, text in files.items():
        path = tmp_path / "pelican_talks" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    site = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    listed = theme.template_files(theme.cards_environment(site), theme.CARDS)
    assert [path.rsplit("/", 1)[1] for path in listed] == found
    where = [str(tmp_path) if files else theme.PACKAGE_TEMPLATES] * len(found)
    assert all(path.startswith(w) for path, w in zip(listed, where, strict=True))
