"""Many articles shared out between processes: the same output, the same
warnings, and nothing lost when a process fails."""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

import pytest

from pelican_talks import workers

PARENT = os.getpid()
# (Linux and the BSDs; no other thread may run: test_browser's servers and
# browser are module-scoped, and stopped before this module runs.)
forks = pytest.mark.skipif(
    sys.platform in ("darwin", "win32"), reason="no safe fork on this system"
)


@pytest.fixture(autouse=True)
def no_other_thread():
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]


def pid_of(job: int) -> tuple[int, int]:
    return job, os.getpid()


@forks
@pytest.mark.parametrize(("jobs", "count"), [(100, 1), (100, 2), (7, 3), (0, 4)])
def test_jobs_are_shared_out_and_come_back_in_order(jobs, count):
    results = workers.map_in_processes(pid_of, list(range(jobs)), count)
    assert [job for job, _ in results] == list(range(jobs))
    assert len({pid for _, pid in results}) == min(count, jobs) or jobs == 0
    assert all(pid == PARENT for _, pid in results[0::count])  # this one's share


def fails_in_a_child(job: int) -> tuple[int, int]:
    if os.getpid() != PARENT:
        raise RuntimeError("a child failing")
    return job, os.getpid()


def exits_in_a_child(job: int) -> tuple[int, int]:
    if os.getpid() != PARENT:
        os._exit(3)
    return job, os.getpid()


def unpicklable_in_a_child(job: int):
    return (lambda: job) if os.getpid() != PARENT else (job, os.getpid())


@forks
@pytest.mark.parametrize("work", [fails_in_a_child, exits_in_a_child])
def test_a_failing_child_costs_its_share_of_the_speed_up_only(work):
    results = workers.map_in_processes(work, list(range(90)), 3)
    assert results == [(job, PARENT) for job in range(90)]


@forks
def test_results_that_do_not_pickle_are_made_here():
    results = workers.map_in_processes(unpicklable_in_a_child, list(range(60)), 2)
    assert results == [(job, PARENT) for job in range(60)]


def hangs_in_a_child(job: int) -> tuple[int, int]:
    if os.getpid() != PARENT:
        time.sleep(60)
    return job, os.getpid()


@forks
def test_a_child_that_hangs_is_stopped_and_its_share_done_here(monkeypatch):
    monkeypatch.setattr(workers, "PATIENCE", 0.5)
    started = time.monotonic()
    results = workers.map_in_processes(hangs_in_a_child, list(range(60)), 2)
    assert results == [(job, PARENT) for job in range(60)]
    assert time.monotonic() - started < 30


@forks
def test_a_daemon_thread_such_as_a_progress_spinner_does_not_stop_forking():
    # The `pelican` command draws its spinner from a daemon thread, which may
    # hold the logging lock when the process forks: the child logs nothing.
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            logging.getLogger("spinner").warning("spinning")
            time.sleep(0.001)

    spinner = threading.Thread(target=spin, daemon=True)
    spinner.start()
    try:
        assert workers.how_many(1000, 2) == 2
        results = workers.map_in_processes(logs_in_a_child, list(range(100)), 2)
    finally:
        stop.set()
        spinner.join()
    assert [job for job, _ in results] == list(range(100))
    assert len({pid for _, pid in results}) == 2


def logs_in_a_child(job: int) -> tuple[int, int]:
    logging.getLogger("pelican_talks").warning("from a child")  # says nothing
    return job, os.getpid()


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert workers.how_many(1000, 2) == 1
    finally:
        stop.set()
        other.join()


@forks
@pytest.mark.parametrize(
    ("jobs", "asked", "expected"),
    [
        (1000, 1, 1),  # TALKS_PROCESSES = 1: only Pelican's own
        (1000, 3, 3),
        (45, 3, 2),  # 20 articles at least for each: a fork costs more
        (39, 2, 1),
        (40, 2, 2),
        (10, 0, 1),
    ],
)
def test_how_many_processes(jobs, asked, expected):
    assert workers.how_many(jobs, asked) == expected


@forks
def test_by_default_one_process_per_core_up_to_four():
    assert workers.how_many(10_000, 0) == min(workers.cores(), 4)


def recap(number: int) -> str:
    talks = "\n".join(
        f"* *Talk {number}.{n} about queues*: Ana Ruiz is an "
        f"engineer at Acme. She spoke about queue number {n}."
        for n in range(3)
    )
    links = '<a href="https://example.org/" target="_new">example</a>'
    missing_alt = '<img src="http://example.org/photo.jpg">'
    return (
        f"Title: Meetup {number}\nDate: 2024-01-{1 + number % 28:02d}\n"
        f"Slug: meetup-{number}\n\n"
        f"The talks at meetup {number}, see {links}.\n\n{missing_alt}\n\n{talks}\n"
    )


@forks
def test_a_site_built_in_several_processes_is_the_one_built_in_one(build_site):
    files = {f"meetup-{n}.md": recap(n) for n in range(50)}
    alone = build_site(files, TALKS_PROCESSES=1)
    shared = build_site(files, TALKS_PROCESSES=2)
    written = sorted(p.relative_to(alone.output) for p in alone.output.rglob("*.html"))
    assert written == sorted(
        p.relative_to(shared.output) for p in shared.output.rglob("*.html")
    )
    assert len(written) > 50
    for name in written:
        assert (alone.output / name).read_bytes() == (
            shared.output / name
        ).read_bytes(), name
    assert "talk-card" in alone.html("meetup-7.html")
    said = " ".join(shared.messages(logging.INFO))
    assert "50 of 50 articles changed (in 2 processes)" in said
    assert "(in " not in " ".join(alone.messages(logging.INFO))
    # Every article's warning, naming its file, said once, in the build's log.
    warned = [m for m in shared.messages() if "no alt text" in m]
    assert {m.split(": ")[1] for m in warned} == {
        str(shared.output.parent / "content" / f"meetup-{n}.md") for n in range(50)
    }
    assert len(warned) == 50
    site = str(alone.output.parent)
    assert sorted(m.replace(str(shared.output.parent), site) for m in warned) == (
        sorted(m for m in alone.messages() if "no alt text" in m)
    )
