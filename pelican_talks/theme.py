"""The plugin's templates, found through the theme's own Jinja environment.

One loader for everything the plugin renders: the theme's (its overrides, the
theme, Pelican's simple theme), then the templates shipped in the package. The
cards are drawn by an overlay of the theme's environment, so an overriding
template has the site's JINJA_FILTERS, globals, tests and extensions (i18n's
{% trans %}), with autoescape on whatever the site's settings: the authors'
text is never markup.
"""

from __future__ import annotations

import os
from collections import ChainMap
from collections.abc import Mapping
from functools import partial
from typing import Any

import jinja2
from jinja2 import meta

PACKAGE_TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")
CARDS = "pelican_talks/talks.html"
I18N = "jinja2.ext.InternationalizationExtension"
# Only {% extends %}, {% include %}, {% import %} and {% from ... import %}
# name another template.
NAMING_WORDS = ("extends", "include", "import")


def with_package_templates(loader: jinja2.BaseLoader | None) -> jinja2.BaseLoader:
    """The theme's loader first (a theme's pelican_talks/*.html wins), then ours."""
    package = jinja2.FileSystemLoader(PACKAGE_TEMPLATES)
    return jinja2.ChoiceLoader([loader, package]) if loader else package


def pelican_environment(pelican: Mapping[str, Any]) -> jinja2.Environment:
    """The environment Pelican's generators make, for drawing outside a Pelican
    run (tests, tools): same folders, JINJA_* settings, filters and tests."""
    import pelican.generators as generators
    from pelican.generators import DateFormatter, plugin_enabled

    folders = [str(p) for p in pelican.get("THEME_TEMPLATES_OVERRIDES") or ()]
    theme = None
    if pelican.get("THEME"):
        theme = jinja2.FileSystemLoader(
            os.path.join(str(pelican["THEME"]), "templates")
        )
        folders += theme.searchpath
    simple = jinja2.FileSystemLoader(
        os.path.join(os.path.dirname(generators.__file__), "themes/simple/templates")
    )
    prefixes = {"!simple": simple, **({"!theme": theme} if theme else {})}
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(folders), simple, jinja2.PrefixLoader(prefixes)]
    )
    options = dict(pelican.get("JINJA_ENVIRONMENT") or {})
    env = jinja2.Environment(loader=loader, **options)
    env.filters["strftime"] = DateFormatter()
    env.filters.update(pelican.get("JINJA_FILTERS") or {})
    env.globals.update(pelican.get("JINJA_GLOBALS") or {})
    env.tests["plugin_enabled"] = partial(
        plugin_enabled, plugin_list=pelican.get("PLUGINS") or []
    )
    env.tests.update(pelican.get("JINJA_TESTS") or {})
    return env


def cards_environment(theme: jinja2.Environment) -> jinja2.Environment:
    """The theme's environment, escaping everything, with our templates after its."""
    env = theme.overlay(
        autoescape=True,
        loader=with_package_templates(theme.loader),
        trim_blocks=True,
        lstrip_blocks=True,
        # A build never sees its template change (a new run makes a new
        # environment); checking the file's time on every list cost more than
        # drawing it.
        auto_reload=False,
        cache_size=50,
    )
    env.template_class = jinja2.Template  # not the page decorations (pages.py)
    # Globals looked up through the theme's (a plugin such as i18n_subsites may
    # install its translations there later), with a layer of our own on top.
    env.globals = ChainMap({}, theme.globals)
    if I18N in env.extensions and "gettext" not in theme.globals:
        # {% trans %} with no translations installed: the text as written.
        env.install_null_translations(newstyle=True)
    return env


def template_files(env: jinja2.Environment, name: str) -> list[str]:
    """The file of template `name` and of every template it extends, includes
    or imports, as far as they are named in the source: what a cache key of
    its output must cover."""
    files: list[str] = []
    waiting, seen = [name], set()
    while waiting:
        current = waiting.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)
            referenced = (
                meta.find_referenced_templates(env.parse(source))
                if any(word in source for word in NAMING_WORDS)
                else ()  # nothing to find: parsing the cards' was 10 ms a build
            )
        except jinja2.TemplateError:
            continue  # a missing or broken template: drawing will say so
        files.append(filename or current)
        waiting.extend(n for n in referenced if n)
    return files
