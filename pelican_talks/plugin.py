"""The glue between Pelican's signals and the pipeline; kept thin on purpose."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Mapping
from typing import Any

from pelican import signals
from pelican.contents import Article, Static
from pelican.generators import ArticlesGenerator

from . import (
    cache,
    feeds,
    generator_cache,
    handing,
    index_cache,
    pages,
    pipeline,
    talks_index,
    theme,
    wordpress,
    worker,
)
from ._version import __version__ as version
from .article import OFF, article_mode
from .report import Report
from .settings import TalksSettings

logger = logging.getLogger(__name__)

PLUGIN_NAME = __name__.rsplit(".", 1)[0]


# The builds Pelican initialised, by their settings dict (Pelican hands that
# to every content object and generator), each kept alive by its Pelican object
# for all its runs (`pelican --autoreload` runs it again). Signals give a
# handler no other way to its build; connecting handlers per build instead
# would run them after other plugins' handlers of the same signals.
_builds: weakref.WeakValueDictionary[int, pipeline.Build] = (
    weakref.WeakValueDictionary()
)


def register() -> None:
    signals.initialized.connect(start_build)
    signals.content_object_init.connect(content_read)
    signals.article_generator_pretaxonomy.connect(process_waiting)
    signals.all_generators_finalized.connect(process_waiting)
    signals.generator_init.connect(decorate_pages)
    signals.article_generator_init.connect(keep_out_of_generator_cache)
    signals.get_generators.connect(talks_index_generator)
    signals.feed_generated.connect(clean_feed)
    signals.finalized.connect(finish_run)


def enabled(settings: Mapping[str, Any]) -> bool:
    # Signal handlers are process-wide: a later build in the same process that
    # doesn't list the plugin must not be touched by it.
    return any(
        getattr(p, "__name__", p) == PLUGIN_NAME for p in settings.get("PLUGINS") or ()
    )


def start_build(pelican: Any) -> None:
    """Make the build, once; a bad setting stops it here."""
    if not enabled(pelican.settings):
        return
    build = new_build(pelican.settings)
    if cache.generator_cache_is_stale(pelican.settings, build.fingerprint):
        logger.info("pelican-talks: settings changed; not loading the content cache")
        pelican.settings["LOAD_CONTENT_CACHE"] = False
    pelican.pelican_talks = build
    _builds[id(pelican.settings)] = build


def build_of(settings: Any) -> pipeline.Build | None:
    """The build Pelican initialised with these settings; None for a site
    without the plugin."""
    build = _builds.get(id(settings))
    return build if build is not None and build.pelican is settings else None


def new_build(settings: Mapping[str, Any]) -> pipeline.Build:
    build = pipeline.Build(TalksSettings.from_pelican(settings), settings)
    environment = theme.pelican_environment(settings)
    fingerprint(build, environment)
    # The generators' environments read the same folders: their first one
    # needn't work the fingerprint out again (use_theme).
    build.theme_folders = index_cache.template_folders(environment.loader)
    build.processed = cache.ProcessedCache.for_build(settings, build.fingerprint)
    return build


def fingerprint(build: pipeline.Build, theme_env: Any) -> str:
    """The build's fingerprint, with the card template and every template it
    includes as `theme_env` finds them."""
    files = theme.template_files(theme.cards_environment(theme_env), theme.CARDS)
    build.fingerprint = cache.fingerprint(version, build.settings, build.pelican, files)
    if build.processed is not None:
        build.processed.fingerprint = build.fingerprint.encode()
    return build.fingerprint


def content_read(content: Any) -> None:
    """Skip, or queue an article until Pelican has read them all."""
    source = getattr(content, "_content", None)
    if isinstance(content, Static) or not isinstance(source, str) or not source:
        return
    build = build_of(getattr(content, "settings", None))
    if build is None:
        return
    if isinstance(content, Article):
        build.read_this_run.add(id(content))
    mode = article_mode(content)
    if mode == OFF or source.isspace():
        return
    wordpress.category_from_categories(content)  # now: Pelican files it next
    if isinstance(content, Article):
        # Processed together once Pelican has read them all (process_waiting):
        # one after another, the plugin's code and data stay in the CPU's
        # caches (README, Performance); or, where a second CPU is free, in a
        # second process while Pelican reads on (worker.py).
        build.waiting.append((content, mode))
        handing.hand_over(build)
    elif build.worker is not None and not build.worker.failed:
        # Pages now: their generator caches them before any later signal. By
        # the second process, which has the reader loaded, if there is one.
        handing.hand(build, content, mode)
        process_all([(content, mode)], build, build.worker.take([content]))
    else:
        process(content, mode, build)


def process_waiting(generators: Any) -> None:
    """Process the articles read so far: before Pelican builds its categories,
    tags and caches (article_generator_pretaxonomy), and for any article read
    elsewhere, before anything is written (all_generators_finalized)."""
    first = generators[0] if isinstance(generators, list) and generators else generators
    build = build_of(getattr(first, "settings", None))
    if build is None:
        return
    if build.generator_layer and not isinstance(generators, list):
        # Restored from Pelican's cache as they were before processing
        # (generator_cache.py): processed again, from the plugin's cache.
        for article in generator_cache.restored(generators, build.read_this_run):
            source = article._content
            if not isinstance(source, str) or not source or source.isspace():
                continue  # as content_read skips it
            mode = article_mode(article)
            if mode != OFF:
                build.waiting.append((article, mode))
    # The last one read too: the reader's import (100 ms) stays in the
    # second process.
    handing.hand_over(build, every=True)
    waiting, build.waiting = build.waiting, []
    build.handed, build.held = 0, []  # too few for a second process: here
    done = build.worker.take(c for c, _ in waiting) if build.worker else {}
    process_all(waiting, build, done)
    if build.processed is not None:
        build.processed.forget_keys()
    if isinstance(generators, list):
        handing.let_go(build)  # every generator has read its content


def keep_out_of_generator_cache(generator: Any) -> None:
    build = build_of(generator.settings)
    if build is not None and build.generator_layer:
        generator_cache.keep_out(generator, build.kept_out)


def decorate_pages(generator: Any) -> None:
    build = build_of(generator.settings)
    if build is None or not hasattr(generator, "env"):
        return
    use_theme(generator, build)
    if isinstance(generator, ArticlesGenerator):
        build.articles_env = generator.env  # the talks index renders with it
    chosen = build.settings
    if chosen.css or (chosen.cards and chosen.jsonld):
        siteurl = build.pelican.get("SITEURL") or ""
        used = build.pages_used
        pages.decorate(
            generator.env, chosen.css, chosen.jsonld, siteurl, used, build.processed
        )


def talks_index_generator(pelican: Any) -> Any:
    build = build_of(pelican.settings)
    if build is None:
        return None
    return talks_index.TalksIndexGenerator.for_build(
        build.settings, build.fingerprint, build
    )


def use_theme(generator: Any, build: pipeline.Build) -> None:
    """Cards are drawn with the theme's environment of this run: a new run
    (`pelican --autoreload`) makes new generators, and so sees edited templates."""
    if build.theme_env is not generator.env:
        # Every generator is made before any content is read: a run that
        # failed leaves nothing to this one, a worker neither.
        handing.let_go(build)
        build.waiting, build.handed, build.held = [], 0, []
        build.theme_env = generator.env
        build.drawer = None  # made again at the first list drawn
        # Each generator has an environment of its own, all reading the same
        # folders: the fingerprint is worked out again only for other folders
        # (it parses the card template).
        folders = index_cache.template_folders(generator.env.loader)
        if build.theme_folders != folders:
            build.theme_folders = folders
            fingerprint(build, generator.env)


def process(content: Any, mode: str, build: pipeline.Build) -> None:
    process_all([(content, mode)], build)


def process_all(
    contents: list[tuple[Any, str]],
    build: pipeline.Build,
    done: Mapping[int, tuple[handing.Request, Any]] | None = None,
) -> None:
    """Process the articles (or pages) with their `talks:` modes, and give each
    what processing it gave. `done`: what the second process made, by id of
    the article, with the request it was made for."""
    contents = [(c, mode) for c, mode in contents if isinstance(c._content, str)]
    requests = [handing.request_of(c, mode) for c, mode in contents]
    made = [None] * len(contents)
    if done:
        for index, (content, _) in enumerate(contents):
            request, outcome = done.get(id(content), (None, None))
            if request == requests[index]:  # still what the article holds
                made[index] = outcome
                build.report.processed_aside += 1
    outcomes, keys = processed(requests, build, made)
    for (content, _), outcome, key in zip(contents, outcomes, keys, strict=True):
        outcome.add_to(build.report)
        build.report.articles_seen += 1
        kept_out = None
        if build.generator_layer and isinstance(content, Article):
            kept_out = generator_cache.Processed(content)
            build.kept_out.append(kept_out)
        if outcome.changed:
            build.report.articles_changed += 1
            content._content = outcome.html
        if outcome.talks:
            # Kept on the article: its page's JSON-LD and the talks index read
            # them; themes may too.
            content.talk_cards = outcome.talks
        # "" is a summary too: an article that is nothing but cards shows none.
        if outcome.summary is not None and "summary" not in content.metadata:
            content.metadata["summary"] = outcome.summary
            content._summary = outcome.summary
        if kept_out is not None:
            kept_out.processed()
        if key:
            # The HTML the talks index's key reads, by what made it: hashing
            # the key is hashing the HTML again (index_cache.site_key).
            build.html_keys[id(content)] = (content._content, key, outcome.inputs)


def processed(
    requests: list[handing.Request], build: pipeline.Build, made: list[Any]
) -> tuple[list[Any], list[bytes]]:
    """Each article processed, or what processing it gave last time if
    unchanged, or what the second process `made` of it, with its key in the
    plugin's cache (b"" without one). Warnings are said here, for new and
    cached outcomes alike."""
    store = build.processed
    keys = [handing.key_of(store, r) if store is not None else b"" for r in requests]
    outcomes = [store.get(key) if store is not None else None for key in keys]
    new = [index for index, outcome in enumerate(outcomes) if outcome is None]
    passes = None
    for index in new:
        outcome = made[index]
        if outcome is None:
            if passes is None:
                from .passes import enabled_passes  # not while the cache has it all

                passes = enabled_passes(build.settings)
            outcome = worker.process_request(requests[index], build, passes)
        outcomes[index] = outcome
        if store is not None:
            store.put(keys[index], outcome)
    for outcome in outcomes:
        for warning in outcome.warnings:  # said again, as on every build
            logger.warning("%s", warning)
    return outcomes, keys


def clean_feed(context: Any, feed: Any = None) -> None:
    if feed is not None and isinstance(context, Mapping) and enabled(context):
        feeds.clean_feed(feed)


def finish_run(pelican: Any) -> None:
    build = build_of(pelican.settings)
    if build is None:
        return
    handing.let_go(build)  # (all_generators_finalized did, unless never sent)
    # Copied when a written page links it; with Pelican's generator cache the
    # articles showing cards may not have been processed in this run at all.
    if "stylesheet" in build.pages_used:
        pages.copy_stylesheet(build.pelican)
    if build.processed is not None:
        build.processed.save()
    cache.remember_fingerprint(build.pelican, build.fingerprint)
    logger.info("pelican-talks: %s", build.report.summary())
    # `pelican --autoreload` runs the same Pelican again: each run reports alone,
    # and reads image sizes afresh.
    build.report = Report()
    build.image_sizes.clear()
    build.read_this_run.clear()
    build.kept_out.clear()
    build.html_keys.clear()
    build.theme_folders = None  # templates may change before then
    if build.processed is not None:
        build.processed.next_run()
