"""The second process (worker.py): what it makes is what Pelican's own process
would have made, and when it fails the build goes on without it."""

from __future__ import annotations

import logging
import pathlib
import subprocess
import time

import pytest
from conftest import QUIET, build, build_apart
from pelican import Pelican
from pelican.settings import read_settings

from pelican_talks import worker
from pelican_talks.settings import TalksSettings

POSTS = pathlib.Path(__file__).parent / "posts" / "talks"
TESTS = pathlib.Path(__file__).parent
ASIDE = "processed in a second process"

# A page with a talk list: pages are processed as they are read, by the
# second process once it is there.
PAGE = """Title: Talks we gave
Talks: yes

* *Caching without tears*: Ana Ruiz (Acme) on what to cache and when.
* *Queues in practice*: Bo Lindqvist (Northwind) on retries.
"""
# A link the plugin leaves as written, with a warning naming the article.
UNSAFE = (
    "Title: Unsafe\nDate: 2024-02-01\n\n"
    '<p><a href="javascript:alert(\'x\')" target="_new">here</a></p>\n'
)


def site_files(count: int) -> dict[str, str]:
    """`count` of our recap posts, a page with talks, an article warned about."""
    posts = sorted(POSTS.glob("*.md"))[:count]
    files = {p.name: p.read_text(encoding="utf-8") for p in posts}
    files["pages/talks-we-gave.md"] = PAGE
    files["unsafe.md"] = UNSAFE
    return files


def written(output: pathlib.Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(output)): path.read_bytes()
        for path in sorted(output.rglob("*"))
        if path.is_file()
    }


def needs_a_second_cpu() -> None:
    if not worker.wanted(TalksSettings()):
        pytest.skip("NOT TESTED: this machine cannot fork or has one CPU")


def summary(site) -> str:
    return next(m for m in site.messages(logging.INFO) if "articles changed" in m)


def test_the_second_process_writes_what_pelicans_would(tmp_path):
    needs_a_second_cpu()
    files = site_files(24)
    aside = build(tmp_path / "aside", files)
    alone = build(tmp_path / "alone", files, TALKS_PARALLEL=False)
    # 25 articles and the page; the last article read is handed too.
    assert f"26 {ASIDE}" in summary(aside)
    assert ASIDE not in summary(alone)
    assert written(aside.output) == written(alone.output)
    said = [m.replace("/aside/", "/") for m in aside.messages()]
    assert said == [m.replace("/alone/", "/") for m in alone.messages()]
    assert len([m for m in said if "content/unsafe.md: a link" in m]) == 1


@pytest.mark.parametrize(
    "articles", [worker.WORTH_A_PROCESS - 1, worker.WORTH_A_PROCESS]
)
def test_the_second_process_starts_at_the_eighth_article(tmp_path, articles):
    needs_a_second_cpu()
    files = site_files(articles - 1)  # and the warned article
    site = build(tmp_path, files)
    seen = f"of {articles + 1} articles changed"  # and the page
    assert seen in summary(site)
    aside = f"{articles + 1} {ASIDE}"  # the page too, once there is one
    assert (aside in summary(site)) is (articles == worker.WORTH_A_PROCESS)
    assert (ASIDE in summary(site)) is (articles == worker.WORTH_A_PROCESS)


def test_a_second_process_that_dies_leaves_the_work_to_pelicans(tmp_path):
    """The worker killed while Pelican reads (the system's out-of-memory killer
    would): every article is processed all the same, as without it."""
    needs_a_second_cpu()
    files = site_files(16)
    alone = build(tmp_path / "alone", files, TALKS_PARALLEL=False)
    dying = build(
        tmp_path / "dying",
        files,
        plugins=("pelican_talks", "kill_the_worker"),
        PLUGIN_PATHS=[str(TESTS / "plugins")],
    )
    assert ASIDE not in summary(dying)
    assert any("second process failed" in m for m in dying.messages(logging.DEBUG))
    assert written(dying.output) == written(alone.output)


def test_each_autoreload_run_has_a_second_process_of_its_own(tmp_path):
    """`pelican --autoreload` runs one Pelican object again: each run starts
    its own worker, ends it, and writes the same pages."""
    needs_a_second_cpu()
    build(tmp_path / "alone", site_files(12), TALKS_PARALLEL=False)
    expected = written(tmp_path / "alone" / "output")
    settings = read_settings(
        path=None,
        override={
            **QUIET,
            "PATH": str(tmp_path / "alone" / "content"),
            "OUTPUT_PATH": str(tmp_path / "output"),
            "PLUGINS": ["yaml_metadata", "pelican_talks"],
        },
    )
    site = Pelican(settings)
    for _ in range(2):
        site.run()
        assert site.pelican_talks.worker is None
        assert written(tmp_path / "output") == expected


@pytest.mark.parametrize("layer", ["reader", "generator"])
def test_with_pelicans_caches_a_rebuild_hands_over_only_what_changed(tmp_path, layer):
    needs_a_second_cpu()
    cached = {
        "CACHE_CONTENT": True,
        "LOAD_CONTENT_CACHE": True,
        "CONTENT_CACHING_LAYER": layer,
    }
    files = site_files(20)
    first = build(tmp_path / "aside", files, **cached)
    assert f"22 {ASIDE}" in summary(first)
    # Ten articles edited: the second process has them; the others come
    # from the plugin's cache.
    posts = sorted(name for name in files if name.endswith(".md"))[:10]
    edited = {**files, **{n: files[n] + "\nOne more line.\n" for n in posts}}
    second = build(tmp_path / "aside", edited, **cached)
    assert f"10 {ASIDE}" in summary(second)
    alone = build(tmp_path / "alone", edited, TALKS_PARALLEL=False, **cached)
    assert written(second.output) == written(alone.output)


def test_the_second_process_ends_when_pelicans_does(tmp_path):
    """Pelican's process killed while the worker waits for more (the
    out-of-memory killer picks the largest process): the worker ends too."""
    needs_a_second_cpu()
    pid_file = tmp_path / "worker.pid"
    with pytest.raises(subprocess.CalledProcessError):
        build_apart(
            tmp_path,
            {n: t.encode() for n, t in site_files(12).items()},
            PLUGINS=["yaml_metadata", "pelican_talks", "kill_pelican"],
            PLUGIN_PATHS=[str(TESTS / "plugins")],
            env={"KILL_PELICAN_PID_FILE": str(pid_file)},
        )
    pid = int(pid_file.read_text())
    for _ in range(100):
        if not running(pid):
            break
        time.sleep(0.1)
    assert not running(pid)


def running(pid: int) -> bool:
    """Whether the process is alive (a zombie is not: it has ended)."""
    try:
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1]
    except FileNotFoundError:
        return False
    return state.split()[0] != "Z"


def test_the_setting_is_checked_and_is_not_in_the_fingerprint(tmp_path):
    from pelican_talks.settings import SettingsError

    with pytest.raises(SettingsError, match="TALKS_PARALLEL"):
        TalksSettings.from_pelican({"TALKS_PARALLEL": "yes"})
    # Where the articles are processed doesn't change what is written: a
    # build with the other value finds everything in the cache.
    cached = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
    files = site_files(10)
    build(tmp_path, files, **cached)
    store = tmp_path / "cache" / "pelican-talks.pickle"
    before = store.stat().st_mtime_ns
    site = build(tmp_path, files, TALKS_PARALLEL=False, **cached)
    assert store.stat().st_mtime_ns == before  # nothing new to write
    assert ASIDE not in summary(site)
