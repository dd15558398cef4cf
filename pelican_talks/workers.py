"""Processing many articles at once, on more than one CPU core.

A cold build of a site with hundreds of articles spends most of the plugin's
time reading lists and drawing cards, one article after another, while Pelican
waits (`article_generator_pretaxonomy`). Each article's processing depends on
the article alone, so, as `sphinx-build -j` reads documents, the articles are
shared out between forked processes: each child processes every n-th article
and sends back its outcomes, pickled through a pipe, while this process does
its own share. A fork shares the build as it stands (settings, theme, name
data) without pickling any of it.

Only where fork is safe: on Linux and the BSDs (not macOS, whose system
libraries may not survive a fork, nor Windows, which has none), and only when
this process runs no other thread but daemon ones (the `pelican` command's
progress spinner is one). A fork copies only the thread that calls it; a lock
another thread held stays held in the child, so the child touches nothing
those threads use: it logs nothing (its warnings travel with its outcomes)
and writes only to its pipe. Should a child still hang or fail, it costs its
share of the speed-up only: past a deadline its articles are processed here.
"""

from __future__ import annotations

import logging
import os
import pickle
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

# A child pays for itself from about this many articles: forking, pickling
# the outcomes and reading them back cost a few milliseconds each time.
FEWEST_EACH = 20
# Beyond a few processes the outcomes' pickling and Pelican's own work, which
# stays in one process, bound what more cores give.
MOST_PROCESSES = 4
# The least time a child is waited for (seconds), however quick this process was.
PATIENCE = 10.0


def cores() -> int:
    """The CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    if not hasattr(os, "fork") or sys.platform in ("darwin", "win32", "emscripten"):
        return False
    # A thread that is no daemon may be doing anything; a daemon (a progress
    # spinner) only draws, and the child draws and logs nothing.
    main = threading.main_thread()
    return all(t is main or t.daemon for t in threading.enumerate())


def how_many(jobs: int, asked: int) -> int:
    """How many processes to share `jobs` articles between; `asked` is
    TALKS_PROCESSES (0: one per core, up to MOST_PROCESSES)."""
    if not can_fork():
        return 1
    wanted = asked or min(cores(), MOST_PROCESSES)
    return max(1, min(wanted, jobs // FEWEST_EACH))


def map_in_processes(
    work: Callable[[Job], Result], jobs: Sequence[Job], count: int
) -> list[Result]:
    """[work(job) for job in jobs], in order, shared out between `count`
    processes, this one among them (how_many says how many are worth it).
    `work` must not raise, and its results must pickle."""
    if count < 2:
        return [work(job) for job in jobs]
    results: list[Result | None] = [None] * len(jobs)
    children: list[tuple[int, int, int]] = []  # (pid, pipe to read, first job)
    try:
        for first in range(1, count):
            children.append(start_child(work, jobs[first::count], first))
        started = time.monotonic()
        results[0::count] = [work(job) for job in jobs[0::count]]
        # A child has as much to do: past several times what this process took,
        # it is stuck, and its share is done here.
        deadline = time.monotonic() + max(PATIENCE, 4 * (time.monotonic() - started))
        for pid, pipe, first in children:
            share = jobs[first::count]
            got = read_child(pid, pipe, deadline)
            if got is None or len(got) != len(share):
                got = [work(job) for job in share]  # the child failed: done here
            results[first::count] = got
        children = []
    finally:
        for pid, pipe, _ in children:  # only when this process failed first
            stop_child(pid, pipe)
    return results  # type: ignore[return-value]


def start_child(
    work: Callable[[Job], Result], share: Sequence[Job], first: int
) -> tuple[int, int, int]:
    # Whatever is buffered would be written twice, by the child too.
    sys.stdout.flush()
    sys.stderr.flush()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: work, send, and leave without running exit hooks
        os.close(read_end)
        status = 1
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent says
            logging.disable(logging.CRITICAL)  # (a log handler's lock may be held)
            got = [work(job) for job in share]
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(got, out, pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end, first


def read_child(pid: int, pipe: int, deadline: float) -> list | None:
    """The child's results, or None if it sent none it could finish by the
    deadline (it is stopped then)."""
    received = bytearray()
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([pipe], [], [], left)[0]:
            stop_child(pid, pipe)
            return None
        chunk = os.read(pipe, 1 << 20)
        if not chunk:
            break
        received += chunk
    os.close(pipe)
    _, status = os.waitpid(pid, 0)
    try:
        got = pickle.loads(received) if status == 0 else None
    except Exception:
        got = None
    return got if isinstance(got, list) else None


def stop_child(pid: int, pipe: int) -> None:
    try:
        os.close(pipe)
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except OSError:
        pass
