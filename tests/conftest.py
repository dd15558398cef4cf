"""Shared test helpers: build a real Pelican site in a temp dir and read its HTML."""

from __future__ import annotations

import logging
import os
import pathlib
from dataclasses import dataclass, field

import pelican as pelican_package
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, settings
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.plugins import signals
from pelican.settings import read_settings

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "sourced-tech-talks.md"
CORPUS = SHARED / "corpus"

# Generated examples: 10,000 under CI (CI=true), fewer on a laptop.
# CI runs a fixed set of examples (derandomized): whether a change lands never
# depends on the luck of a draw; developers' runs keep exploring at random.
settings.register_profile(
    "ci",
    max_examples=2_000,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.register_profile(
    "dev", max_examples=600, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

QUIET = {
    "FEED_ALL_ATOM": None,
    "CATEGORY_FEED_ATOM": None,
    "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None,
    "AUTHOR_FEED_RSS": None,
    "TIMEZONE": "UTC",
    "DEFAULT_DATE": (2024, 1, 1),
    "SITEURL": "",
    "RELATIVE_URLS": True,
    "LOAD_CONTENT_CACHE": False,
    "CACHE_CONTENT": False,
}


@dataclass
class Site:
    """A built site: its output folder and what was logged while building it."""

    output: pathlib.Path
    records: list[logging.LogRecord] = field(default_factory=list)
    contents: list = field(default_factory=list)  # every content object built

    def html(self, name: str) -> str:
        return (self.output / name).read_text(encoding="utf-8")

    def soup(self, name: str) -> BeautifulSoup:
        return BeautifulSoup(self.html(name), "html.parser")

    def content(self, name: str):
        """The article body as the theme wrote it (notmyidea's .entry-content)."""
        return self.soup(name).select_one(".entry-content")

    def content_any(self, name: str):
        """The article body in any theme: notmyidea's .entry-content, simple's <article>."""
        soup = self.soup(name)
        return soup.select_one(".entry-content") or soup.select_one("article") or soup

    def messages(self, level: int = logging.WARNING) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def build(
    where: pathlib.Path,
    files: dict[str, str | bytes],
    plugins: tuple[str, ...] | None = ("yaml_metadata", "pelican_talks"),
    config: pathlib.Path | None = None,
    **settings,
) -> Site:
    """Write `files` under content/, build them with Pelican, return the Site.

    `config` names a pelicanconf.py to start from (its PLUGINS too, unless
    `plugins` is given).
    """
    content = where / "content"
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    content.mkdir(parents=True, exist_ok=True)
    overrides = {
        **({} if config else QUIET),
        "PATH": str(content),
        "OUTPUT_PATH": str(where / "output"),
        "CACHE_PATH": str(where / "cache"),
        **({"PLUGINS": list(plugins)} if plugins is not None else {}),
        **settings,
    }
    # Pelican's loggers drop a message already logged in this process; each
    # test build is a new build, as each `pelican` run is.
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    collect = _Collect()
    watched = [logging.getLogger("pelican_talks"), logging.getLogger("pelican")]
    levels = [w.level for w in watched]
    for logger in watched:
        logger.addHandler(collect)
        logger.setLevel(logging.DEBUG)
    contents: list = []

    def remember(content) -> None:
        contents.append(content)

    signals.content_object_init.connect(remember)
    try:
        path = str(config) if config else None
        Pelican(read_settings(path=path, override=overrides)).run()
    finally:
        signals.content_object_init.disconnect(remember)
        for logger, level in zip(watched, levels, strict=True):
            logger.removeHandler(collect)
            logger.setLevel(level)
    return Site(where / "output", collect.records, contents)


def build_apart(
    where: pathlib.Path,
    files: dict[str, bytes],
    config: pathlib.Path | None = None,
    env: dict[str, str] | None = None,
    **settings,
) -> pathlib.Path:
    """Like build(), in a `pelican` process of its own (with `env` added to its
    environment); returns the output folder.
    For plugins and themes that connect to Pelican's signals without checking
    that the build is one they are part of: their handlers stay connected for
    every later build in the process that connects them."""
    import subprocess
    import sys

    for name, data in files.items():
        path = where / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (where / "content").mkdir(parents=True, exist_ok=True)
    overrides = {
        **({} if config else QUIET),
        "PATH": str(where / "content"),
        "OUTPUT_PATH": str(where / "output"),
        "CACHE_PATH": str(where / "cache"),
        **settings,
    }
    lines = [f"exec(open({str(config)!r}, encoding='utf-8').read())"] if config else []
    lines += [f"{key} = {value!r}" for key, value in overrides.items()]
    conf = where / "apartconf.py"
    conf.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pelican", "-q", "-s", str(conf)],
        check=True,
        cwd=where,
        timeout=300,
        env={**os.environ, **(env or {})},
    )
    return where / "output"


@pytest.fixture
def build_site(tmp_path):
    """build_site(files, **settings) -> Site, in a fresh temp folder each call."""
    count = 0

    def _build(files, **kwargs) -> Site:
        nonlocal count
        count += 1
        return build(tmp_path / f"site{count}", files, **kwargs)

    return _build


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("NOT TESTED: needs ../shared/seed beside the checkout")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def shared_material_in_ci():
    """Outside CI, tests that need ../shared skip with a reason; in CI they must run."""
    if os.environ.get("CI") and not (SEED.exists() and CORPUS.exists()):
        pytest.fail(
            "CI needs ../shared (the reference post and corpus) beside the checkout"
        )


def png_bytes(width: int, height: int) -> bytes:
    """A real, valid PNG of the given size (one grey colour)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def fresh_log_dedup():
    """Pelican's loggers drop a message already logged in this process; each test
    must see its own warnings."""
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()


PELICAN_CONTENT = pathlib.Path(pelican_package.__file__).parent / "tests" / "content"


def pelican_test_sites() -> list[dict[str, bytes]]:
    """Pelican's own test content, in sites where no two files share a name: the
    folder holds look-alikes (an .rst and an .md, or a file and a subfolder's
    copy) that would write the same page."""
    sites: list[dict] = []
    for path in sorted(PELICAN_CONTENT.rglob("*")):
        # article_with_template asks for a "custom" template no theme has.
        if not path.is_file() or path.name == "article_with_template.rst":
            continue
        site = next((s for s in sites if path.stem not in s["stems"]), None)
        if site is None:
            site = {"stems": set(), "files": {}}
            sites.append(site)
        site["stems"].add(path.stem)
        site["files"][str(path.relative_to(PELICAN_CONTENT))] = path.read_bytes()
    return [s["files"] for s in sites]


@pytest.fixture
def parses(monkeypatch):
    """Every HTML string the plugin parses, in order, while the test runs."""
    import pelican_talks.markup

    seen: list[str] = []
    real = pelican_talks.markup.parse

    def counting(source):
        seen.append(source)
        return real(source)

    monkeypatch.setattr(pelican_talks.markup, "parse", counting)
    return seen
