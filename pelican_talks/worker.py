"""A second process that processes articles while Pelican reads the rest.

Pelican reads a site's articles one after another, on one CPU; the plugin
waits until it has read them all (plugin.process_waiting). On a cold build
of a blog of recaps, processing is most of what the plugin costs. Where
the system forks and this process may use another CPU, each article is
handed, as soon as Pelican has read it and every plugin's
content_object_init has seen it, to a process forked from Pelican's, which
processes it while Pelican reads on, and sends back each outcome as it is
made (Pelican's process takes them in as it hands over the next: the
worker keeps none). When Pelican has read them all, its process uses each
outcome whose request (HTML, path, mode, what the article is about) is
still what the article holds; any other article, and all of them if the
worker failed, is processed as before, in Pelican's process. What
processing gives is the same either way: it is a function of the request
and the build, both copied by the fork. Pelican's process never imports
the reader then (100 ms of patterns to compile, 6 MB).

Forked, not spawned: the worker needs the build as it is (the theme's Jinja
environment, with the site's filters), which cannot be pickled. Pelican's
own process has a second thread while it builds (its "Generating..."
spinner) that may hold the console's locks when it forks, so the worker
writes to no stream it inherited: its standard streams go to /dev/null and
its log records back to Pelican's process, which logs them.

Neither process waits on the other while both have work: the worker reads
the pipe between articles, and its outcomes go out from a thread of its own,
so a full pipe never stops it reading.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import queue
import sys
import threading
import warnings
from collections import deque
from typing import Any

from . import pipeline

logger = logging.getLogger(__name__)

# Fewer articles to process than this take less time in Pelican's process
# than a fork and the reader's import (100 ms) in a second one.
WORTH_A_PROCESS = 8

# An article's HTML, source path, mode, about, and whether to work out its summary.
Request = tuple[str, str, str, str, bool]


def process_request(
    request: Request, build: pipeline.Build, passes: Any
) -> pipeline.Outcome:
    """What processing one article gives, in either process."""
    source, path, mode, about, summary = request
    article = pipeline.ArticleWork(path, build, mode, about=about)
    outcome = pipeline.process(source, article, passes)
    if summary and outcome.summary is None and outcome.complete:
        from .passes.summary import pelicans_cut

        # Worked out once, kept in the cache with the rest (handing.summary_wanted)
        outcome.summary = pelicans_cut(outcome.html, build.pelican)
    return outcome


def other_cpus() -> int:
    """How many CPUs besides one this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) - 1
    except AttributeError:  # not Linux
        return (os.cpu_count() or 1) - 1


def can_fork() -> bool:
    # macOS offers fork, but its system libraries are not safe to use after
    # one; Python itself spawns there.
    forks = "fork" in multiprocessing.get_all_start_methods()
    return forks and sys.platform != "darwin"


def wanted(settings: Any) -> bool:
    """Whether a second process would help: TALKS_PARALLEL, a fork, a CPU."""
    return settings.parallel and can_fork() and other_cpus() >= 1


class Worker:
    """The forked process and its end of the pipe, for one run of a build."""

    def __init__(self, process: Any, connection: Any) -> None:
        self.process = process
        self.connection = connection
        self.sent: dict[int, Request] = {}  # by id of the article
        self.made: dict[int, pipeline.Outcome] = {}  # received, not yet taken

    @property
    def failed(self) -> bool:
        """Refused, failed or ended: Pelican's process does what is left."""
        return self.process is None

    @classmethod
    def start(cls, build: pipeline.Build) -> Worker:
        """The worker of this run; a failed one if the system refused the fork
        (then Pelican's process does it all, as without one)."""
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve,
            args=(theirs, ours, build),
            name="pelican-talks",
            daemon=True,
        )
        # Out of the collector's sight in the worker: a full collection there
        # would write to the header of every object Pelican made, copying the
        # memory pages the fork shares.
        gc.freeze()
        try:
            with warnings.catch_warnings():
                # Python 3.12+ warns of forking beside another thread (the
                # spinner's): the worker touches nothing that thread may hold.
                warnings.simplefilter("ignore", DeprecationWarning)
                process.start()
        except Exception as error:  # no memory or processes left, or Pelican
            # itself run in a daemonic process, which may not have children
            logger.debug("pelican-talks: no second process: %r", error)
            ours.close()
            return cls(None, None)
        finally:
            gc.unfreeze()
            theirs.close()
        return cls(process, ours)

    def hand(self, article: Any, request: Request) -> None:
        """Give the worker an article to process (the article is kept alive
        by Pelican for the run, so its id names it)."""
        if self.failed:
            return
        try:
            self.receive(until_synced=False)
            self.connection.send((id(article), request))
        except (OSError, EOFError, ValueError) as error:
            self.fail(error)
            return
        self.sent[id(article)] = request

    def take(self, articles: Any) -> dict[int, tuple[Request, pipeline.Outcome]]:
        """The outcomes of these articles (those handed over), by id of the
        article, each with the request it was made for; waits for the worker
        to make every one handed so far. Empty if it failed."""
        if self.failed:
            return {}
        try:
            self.connection.send(SYNC)
            self.receive(until_synced=True)
        except (OSError, EOFError, ValueError) as error:
            self.fail(error)
            return {}
        keys = [id(a) for a in articles if id(a) in self.made]
        return {key: (self.sent.pop(key), self.made.pop(key)) for key in keys}

    def receive(self, until_synced: bool) -> None:
        """What the worker sent so far; or all it will send before answering
        SYNC."""
        while until_synced or self.connection.poll():
            message = self.connection.recv()
            if message == SYNC:
                return
            if message[0] == "said":
                _, name, level, text = message
                logging.getLogger(name).log(level, "%s", text)
            else:
                key, outcome = message
                self.made[key] = outcome

    def fail(self, error: BaseException) -> None:
        logger.debug("pelican-talks: the second process failed: %r", error)
        self.end()

    def end(self) -> None:
        """Let the worker go; at once, if it doesn't."""
        process, self.process = self.process, None
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):  # gone already
            self.connection.send(END)
        self.connection.close()
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join()


SYNC = "sync"  # send me what you made before this, then "sync"
END = None  # and stop


class Said(logging.Handler):
    """Sends the worker's log records to Pelican's process, which logs them."""

    def __init__(self, outbox: queue.SimpleQueue) -> None:
        super().__init__()
        self.outbox = outbox

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
            if record.exc_info:
                text += "\n" + logging.Formatter().formatException(record.exc_info)
        except Exception:
            self.handleError(record)  # as any handler does: a bad call is no
            return  # reason to fail an article
        self.outbox.put(("said", record.name, record.levelno, text))


def serve(connection: Any, pelicans_end: Any, build: pipeline.Build) -> None:
    """The worker: process each article handed to it, in order, reading the
    pipe whenever something waits in it, so Pelican's process never waits to
    hand one over longer than an article takes; answer SYNC once everything
    before it is sent; stop at END, at once, or when Pelican's process is
    gone."""
    # The fork copied Pelican's end of the pipe: closed, so that the pipe
    # ends (EOFError here) when Pelican's process does, however it ends.
    pelicans_end.close()
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (until exit)
    outbox: queue.SimpleQueue = queue.SimpleQueue()
    for each in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        if isinstance(each, logging.Logger):
            each.handlers = []
    logging.getLogger().handlers = [Said(outbox)]
    threading.Thread(target=send_all, args=(outbox, connection), daemon=True).start()
    from .passes import enabled_passes

    passes = enabled_passes(build.settings)
    waiting: deque[Any] = deque()
    while True:
        try:
            while not waiting or connection.poll():
                message = connection.recv()
                if message is END:  # before any article still waiting
                    return
                waiting.append(message)
        except (EOFError, OSError):
            return
        message = waiting.popleft()
        if message == SYNC:
            outbox.put(SYNC)
        else:
            key, request = message
            outbox.put((key, process_request(request, build, passes)))


def send_all(outbox: queue.SimpleQueue, connection: Any) -> None:
    """The worker's thread that sends what it made, in order. If it cannot
    (Pelican's process is gone, or an outcome would not pickle), the worker
    ends: Pelican's process sees the pipe end and does the rest itself,
    rather than wait for what would never come."""
    try:
        while True:
            connection.send(outbox.get())
    except BaseException:
        os._exit(1)
