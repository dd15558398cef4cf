"""A test plugin: writes the pid of pelican-talks' second process to
KILL_PELICAN_PID_FILE, then kills its own Pelican process without warning, as
the out-of-memory killer would, once Pelican has read the articles. Used in a
`pelican` process of its own (conftest.build_apart)."""

from __future__ import annotations

import os
import signal

from pelican import signals

from pelican_talks import plugin


def kill(generator) -> None:
    worker = plugin.build_of(generator.settings).worker
    with open(os.environ["KILL_PELICAN_PID_FILE"], "w") as file:
        file.write(str(worker.process.pid))
    os.kill(os.getpid(), signal.SIGKILL)


def register() -> None:
    signals.article_generator_pretaxonomy.connect(kill)
