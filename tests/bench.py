"""`make bench`: what pelican-talks costs the `pelican` command users wait for.

Every build is a whole `pelican content -s pelicanconf.py -o output` process,
timed from its start to its exit, with and without the plugin, interleaved
(the order alternates, so a busy machine slows both alike). Sites:

- typical blog: one article in ten a talk recap, the other nine ordinary
  posts (figures and links, no talk list, no `<!--more-->`);
- worst case: every article shaped like the reference post (two talk lists,
  seven talks, three figures, eleven target="_new" links);

each cold (no cache, no output folder) and warm (nothing changed since the
last build, output kept, CACHE_CONTENT and LOAD_CONTENT_CACHE on) with each
CONTENT_CACHING_LAYER. Each ratio (with / without) is printed with its spread
over the runs (min, median, max) and its budget; the verdict is on the
median of the wall-clock ratios. Beside it, the ratio of CPU time (user +
system) the two processes used: on a shared machine other processes lengthen
the wall clock, far less the CPU time. Also printed: peak memory
(the child's max RSS), how the time grows with ten times the articles, the
talks index at 5,000 talks, and the plugin's processing per article and pass,
in-process.

    python tests/bench.py [--articles 600] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
RECAP = ROOT / "demo_site" / "content" / "harbour-infra-night.md"
IMAGES = ROOT / "demo_site" / "content" / "images"
LINK_PATH = re.compile(r'(href="https?://[^"/]+/[^"]*?)(")')
PELICAN = pathlib.Path(sys.executable).with_name("pelican")

# The demo recap has four talks and seven target="_new" links; the reference
# post has seven talks (two lists of two and five) and eleven. These bring the
# bench's recap up to the reference post's shape.
MORE_TALKS = """
* <em>Backups nobody has restored yet</em>: <a href="https://social.example.net/@ines" target="_new">Ines Okoro</a> is a Database Engineer at Saltmarsh Logistics. She restored last year's backups on stage; two of the five did not come back.

* <em>Alerts that wake the right person</em>: <a href="https://github.com/pkowalczyk" target="_new">Piotr Kowalczyk</a> is an SRE at Lanternfish. His team deleted half of their alerts and slept better for it.

* <em>Container images without a registry outage</em>: <a href="https://x.com/harutosato" target="_new">Haruto Sato</a> is a Platform Lead at Gullwing Air. He showed the mirror they run so that a registry incident never stops a deploy.
"""
LAST_TALK_END = "nobody is on call alone.\n"
MORE_LINKS = (
    ' Thanks to <a href="https://sponsor.example.com" target="_new">our sponsor</a>'
    " for the pizza."
)
MORE = "<!--more-->\n"

BUDGETS = {
    ("typical blog", "cold"): 1.05,
    ("worst case", "cold"): 1.20,
    ("typical blog", "warm, reader"): 1.03,
    ("typical blog", "warm, generator"): 1.03,
    ("worst case", "warm, reader"): 1.05,
    ("worst case", "warm, generator"): 1.05,
}
LAYERS = {"cold": None, "warm, reader": "reader", "warm, generator": "generator"}


def recap_article(number: int) -> str:
    text = RECAP.read_text(encoding="utf-8")
    text = text.replace("slug: harbour-infra-night", f"slug: recap-{number}")
    text = text.replace(
        "title: Harbour Infra Night, spring edition", f"title: Recap {number}"
    )
    # One event a week back from the demo's date: the index has many years.
    text = re.sub(
        r"^date: .*$",
        f"date: {time.strftime('%Y-%m-%d', time.gmtime(1710000000 - number * 604800))}"
        " 19:30:00+01:00",
        text,
        count=1,
        flags=re.M,
    )
    assert LAST_TALK_END in text, "the demo recap changed: update the bench"
    text = text.replace(LAST_TALK_END, LAST_TALK_END + MORE_TALKS, 1)
    text = text.replace(
        "long queue for the coffee machine.",
        "long queue for the coffee machine." + MORE_LINKS,
        1,
    )
    # Other links in every article, as on a real blog: no cache keyed by a URL
    # serves the whole site from one entry.
    return LINK_PATH.sub(rf"\g<1>{number}\2", text)


def ordinary_article(number: int, more: bool) -> str:
    """The recap with its list markers removed: paragraphs, figures, links;
    without `<!--more-->` unless asked (Pelican then cuts the summary itself)."""
    text = recap_article(number).replace(f"recap-{number}", f"post-{number}")
    text = re.sub(r"^\* ", "", text, flags=re.M)
    return text if more else text.replace(MORE, "")


def make_site(
    where: pathlib.Path, articles: int, recap_every: int, more: bool = False
) -> pathlib.Path:
    content = where / "content"
    content.mkdir(parents=True)
    shutil.copytree(IMAGES, content / "images")
    for number in range(articles):
        text = (
            recap_article(number)
            if number % recap_every == 0
            else ordinary_article(number, more)
        )
        (content / f"article-{number}.md").write_text(text, encoding="utf-8")
    return content


def write_conf(
    site: pathlib.Path, name: str, plugin: bool, layer: str | None, extra: str = ""
) -> pathlib.Path:
    """A pelicanconf.py as a user's would be: feeds off, as in development."""
    plugins = ["yaml_metadata", "pelican_talks"] if plugin else ["yaml_metadata"]
    conf = site / f"{name}.py"
    conf.write_text(
        f"""PATH = "content"
PLUGINS = {plugins!r}
STATIC_PATHS = ["images"]
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
CACHE_PATH = "cache-{name}"
CACHE_CONTENT = {layer is not None}
LOAD_CONTENT_CACHE = {layer is not None}
CONTENT_CACHING_LAYER = {layer or "reader"!r}
{extra}""",
        encoding="utf-8",
    )
    return conf


def environment(work: pathlib.Path) -> dict[str, str]:
    """Builds run with compiled bytecode, as an installed package has (pip
    compiles it): without it, a shell with PYTHONDONTWRITEBYTECODE would make
    every build compile the plugin's source again, a cost no user pays. The
    bytecode goes to a folder of the bench's own, not the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


ENVIRONMENT: dict[str, str] = dict(os.environ)  # main() sets it up once


def pelican(site: pathlib.Path, conf: pathlib.Path, output: str) -> dict:
    """One `pelican content -s conf -o output` in `site`: seconds from process
    start to exit (wall), its CPU seconds, and its peak RSS in KiB."""
    log = site / f"{conf.stem}.log"
    with open(log, "w") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            [str(PELICAN), "content", "-s", conf.name, "-o", output],
            cwd=site,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=ENVIRONMENT,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"pelican failed in {site} ({conf.name}):\n{log.read_text()}")
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": seconds, "cpu": cpu, "peak": usage.ru_maxrss}


def measure(site: pathlib.Path, variant: str, args: argparse.Namespace) -> dict:
    """Paired runs, with and without the plugin, the order alternating."""
    # What the builds with the plugin add to their pelicanconf.py.
    extra = "TALKS_PARALLEL = False\n" if args.serial else ""
    layer = LAYERS[variant]
    slug = variant.replace(", ", "-")
    confs = {
        plugin: write_conf(
            site,
            f"{slug}-{'on' if plugin else 'off'}",
            plugin,
            layer,
            extra if plugin else "",
        )
        for plugin in (False, True)
    }

    def build(plugin: bool) -> dict:
        conf = confs[plugin]
        output = f"output-{conf.stem}"
        if layer is None:  # cold: nothing left from a build before
            shutil.rmtree(site / output, ignore_errors=True)
            shutil.rmtree(site / f"cache-{conf.stem}", ignore_errors=True)
        return pelican(site, conf, output)

    for plugin in (False, True):
        # Once untimed: files in the OS cache, and for warm builds the caches
        # filled and the output written.
        build(plugin)
    seconds: dict[bool, list[float]] = {False: [], True: []}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    peaks: dict[bool, int] = {False: 0, True: 0}
    for run in range(args.runs):
        for plugin in (False, True) if run % 2 == 0 else (True, False):
            spent = build(plugin)
            seconds[plugin].append(spent["wall"])
            cpu[plugin].append(spent["cpu"])
            peaks[plugin] = max(peaks[plugin], spent["peak"])
    return {
        "seconds": seconds,
        "cpu": cpu,
        "ratios": paired(seconds),
        "cpu_ratios": paired(cpu),
        "peaks": peaks,
    }


def paired(seconds: dict[bool, list[float]]) -> list[float]:
    """Each run's ratio, with over without."""
    return [w / wo for w, wo in zip(seconds[True], seconds[False], strict=True)]


def least_cpu_ratio(cpu: dict[bool, list[float]]) -> float:
    """The least CPU time with over the least without: other processes only
    ever add to a run's time, so the least of each is the steadiest figure on
    a shared machine (paired ratios there ranged 0.7 to 1.2 for one build)."""
    return min(cpu[True]) / min(cpu[False])


def spread(values: list[float]) -> str:
    return f"{min(values):5.2f} {statistics.median(values):6.2f} {max(values):5.2f}"


def pass_costs(content: pathlib.Path) -> dict[str, float]:
    """Milliseconds per article for each pass alone, and for all of them.

    Each article is converted just before it is processed and only processing
    is timed: as in a build, the article at hand is fresh, and a bigger site
    doesn't look slower because its HTML no longer fits in the CPU's cache."""
    import markdown

    from pelican_talks import pipeline, urls
    from pelican_talks.passes import PASSES
    from pelican_talks.settings import TalksSettings
    from pelican_talks.talks import drawing

    md = markdown.Markdown(extensions=["markdown.extensions.extra"])
    paths = sorted(content.glob("*.md"))
    build = pipeline.Build(TalksSettings(), {"PATH": str(content), "SITEURL": ""})
    costs = {}
    for name in [p.name for p in PASSES] + ["all"]:
        passes = [p for p in PASSES if name in ("all", p.name)]
        spent = 0.0
        # Each measurement starts as a build does: the plugin's URL caches
        # empty, not full of what the measurement before it looked up.
        urls.host.cache_clear()
        drawing.profile.cache_clear()
        for path in paths:
            source = md.reset().convert(
                path.read_text(encoding="utf-8").split("---", 2)[2]
            )
            article = pipeline.ArticleWork(str(content / "a.md"), build)
            start = time.perf_counter()
            pipeline.process(source, article, passes)
            spent += time.perf_counter() - start
        costs[name] = spent / len(paths) * 1000
    return costs


def talks_index_at(work: pathlib.Path, talks: int) -> None:
    """Size and build time of the talks index at `talks` talks (seven a recap)."""
    site = work / "index"
    make_site(site, -(-talks // 7), 1)
    with_index = write_conf(site, "with-index", True, None)
    without = write_conf(
        site, "without-index", True, None, "TALKS_INDEX_SAVE_AS = None"
    )
    times: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(2):
        for name, conf in (("without", without), ("with", with_index)):
            shutil.rmtree(site / f"output-{name}", ignore_errors=True)
            times[name].append(pelican(site, conf, f"output-{name}")["cpu"])
    folder = site / "output-with" / "talks"
    index_pages = sorted(folder.glob("*.html"))
    speaker_pages = list((folder / "speakers").glob("*.html"))
    sizes = [p.stat().st_size for p in index_pages]
    print(
        f"\ntalks index at {talks} talks ({-(-talks // 7)} recaps): "
        f"{len(index_pages)} index page(s), largest {max(sizes) / 1024:.0f} KiB, "
        f"all {sum(sizes) / 1024:.0f} KiB; {len(speaker_pages)} speaker pages; "
        f"cold build {min(times['with']):.2f}s CPU with the index, "
        f"{min(times['without']):.2f}s without (best of 2)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--index-talks", type=int, default=5000)
    parser.add_argument(
        "--only", help="variants to run, e.g. 'worst case:warm, reader'", default=""
    )
    parser.add_argument(
        "--serial",
        action="store_true",
        help="TALKS_PARALLEL = False: every article processed in Pelican's process",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    print(
        f"pelican-talks bench: {args.articles} articles, {args.runs} paired runs, "
        f"whole `pelican` processes; {os.cpu_count()} CPUs, load {os.getloadavg()}"
        + ("; TALKS_PARALLEL = False" if args.serial else "")
    )
    print(
        f"{'':30} {'wall, median':>17}   {'wall ratio':^17}  {'CPU ratio':^17}"
        f"  {'least':>5}\n"
        f"{'site':13} {'build':16} {'without':>8} {'with':>8}   "
        f"{'min':>5} {'median':>6} {'max':>5}  {'min':>5} {'median':>6} {'max':>5}"
        f"  {'CPU':>5}  budget"
    )
    with tempfile.TemporaryDirectory() as temp:
        work = pathlib.Path(temp)
        ENVIRONMENT.clear()
        ENVIRONMENT.update(environment(work))
        sites = {
            "typical blog": make_site(work / "typical", args.articles, 10).parent,
            "worst case": make_site(work / "worst", args.articles, 1).parent,
        }
        results = {}
        for variant in LAYERS:
            for name, site in sites.items():
                if args.only and f"{name}:{variant}" not in args.only:
                    continue
                result = measure(site, variant, args)
                results[(name, variant)] = result
                budget = BUDGETS[(name, variant)]
                median = statistics.median(result["ratios"])
                print(
                    f"{name:13} {variant:16} "
                    f"{statistics.median(result['seconds'][False]):7.2f}s "
                    f"{statistics.median(result['seconds'][True]):7.2f}s   "
                    f"{spread(result['ratios'])}  {spread(result['cpu_ratios'])}  "
                    f"{least_cpu_ratio(result['cpu']):5.2f}  {budget:5.2f} "
                    f"{'ok' if median <= budget else 'OVER'}",
                    flush=True,
                )
        print(
            "\nthe plugin's processing per article (ms), in-process, each pass "
            "alone, worst case:"
        )
        for name, ms in pass_costs(sites["worst case"] / "content").items():
            print(f"  {name:8} {ms:6.3f}")
        typical = pass_costs(sites["typical blog"] / "content")["all"]
        print(f"  all passes, typical blog: {typical:6.3f}")
        print("\npeak memory (MiB), without -> with:")
        for (name, variant), result in results.items():
            peaks = result["peaks"]
            print(
                f"  {name:13} {variant:16} {peaks[False] / 1024:6.1f} -> "
                f"{peaks[True] / 1024:6.1f}  (+{peaks[True] / peaks[False] - 1:.0%}, "
                "budget +20%)"
            )
        if ("worst case", "cold") in results:
            growth(work, args, results[("worst case", "cold")])
        if args.index_talks:
            talks_index_at(work, args.index_talks)
    print(f"\nbench took {time.perf_counter() - started:.0f}s; load {os.getloadavg()}")


def growth(work: pathlib.Path, args: argparse.Namespace, large: dict) -> None:
    """Worst case, cold: the time for N articles over the time for N/10."""
    site = make_site(work / "small", max(args.articles // 10, 1), 1).parent
    small = measure(site, "cold", args)
    print(
        f"\ngrowth, worst case cold, {args.articles // 10} -> {args.articles} "
        "articles (budget 11x):"
    )
    for plugin, label in ((True, "with the plugin"), (False, "without")):
        wall, cpu = (
            statistics.median(large[kind][plugin])
            / statistics.median(small[kind][plugin])
            for kind in ("seconds", "cpu")
        )
        print(f"  {label:16} wall {wall:5.2f}x, CPU {cpu:5.2f}x")
    # The least CPU time of the runs: other processes on the machine only ever
    # add to it, and the plugin's share at the small size (a tenth of a second)
    # is the difference of two numbers ten times its size: medians read 23x on
    # a busy machine where the least times read 6.7x (60 -> 600, worst, cold).
    # The wall time too: with a second process (TALKS_PARALLEL) the CPU time
    # counts work done while Pelican reads, which nobody waits for.
    sizes = (max(args.articles // 10, 1), args.articles)
    for kind, label in (("cpu", "CPU time"), ("seconds", "wall time")):
        added = [min(r[kind][True]) - min(r[kind][False]) for r in (small, large)]
        print(
            f"  the plugin's added {label} (least of the runs): {added[0]:.2f}s at "
            f"{sizes[0]} articles, {added[1]:.2f}s at {sizes[1]}"
            + (f" ({added[1] / added[0]:.1f}x)" if added[0] > 0.01 else "")
            + "; per article: "
            + ", ".join(
                f"{a / n * 1000:.1f} ms" for a, n in zip(added, sizes, strict=True)
            )
        )


if __name__ == "__main__":
    main()
