"""A test plugin: kills pelican-talks' second process once it has started, as
the system's out-of-memory killer would. Its handler stays connected for the
rest of the test process (signals are process-wide), so it acts only in
builds that list it."""

from __future__ import annotations

import os
import signal

from pelican import signals

from pelican_talks import plugin


def kill(content) -> None:
    settings = getattr(content, "settings", None) or {}
    if "kill_the_worker" not in (settings.get("PLUGINS") or ()):
        return
    build = plugin.build_of(settings)
    process = getattr(getattr(build, "worker", None), "process", None)
    if process is not None and process.is_alive():
        os.kill(process.pid, signal.SIGKILL)
        process.join()


def register() -> None:
    signals.content_object_init.connect(kill)
