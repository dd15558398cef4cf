"""`make bench`: what pelican-talks costs a real Pelican build, as ratios.

Two generated sites of N articles, each built with and without the plugin,
interleaved, several runs, medians:

- worst case: every article shaped like a talk recap (YAML front matter, two
  talk lists split by a figure, figures, target="_new" links);
- typical blog: one article in ten like that, the other nine the same post
  with its list markers removed (figures and links, no talk list);

each as a cold build (no cache) and a warm rebuild (content unchanged,
CACHE_CONTENT and LOAD_CONTENT_CACHE on). Every build runs in a fresh
process and times Pelican's run() only. The budgets are for the passes (with
JSON-LD); the talks index writes extra pages, one per speaker, and its cost
is printed on its own line. Also printed: the plugin's cost per article per
pass, peak memory, and how the plugin's time grows with N.

    python tests/bench.py [--articles 1000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
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

BUILD_ONE = """
import json, resource, sys, time
from pelican import Pelican
from pelican.settings import read_settings
overrides = json.loads(sys.argv[1])
settings = read_settings(path=None, override=overrides)
start = time.perf_counter()
Pelican(settings).run()
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_kib": peak}))
"""


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


def recap_article(number: int) -> str:
    text = RECAP.read_text(encoding="utf-8")
    text = text.replace("slug: harbour-infra-night", f"slug: recap-{number}")
    text = text.replace(
        "title: Harbour Infra Night, spring edition", f"title: Recap {number}"
    )
    assert LAST_TALK_END in text, "the demo recap changed: update the bench"
    text = text.replace(LAST_TALK_END, LAST_TALK_END + MORE_TALKS, 1)
    text = text.replace(
        "long queue for the coffee machine.",
        "long queue for the coffee machine." + MORE_LINKS,
        1,
    )
    # Other people and other links in every article, as on a real blog: no
    # cache keyed by a URL serves the whole site from one entry.
    return LINK_PATH.sub(rf"\g<1>{number}\2", text)


def ordinary_article(number: int) -> str:
    """The recap with its list markers removed: paragraphs, figures, links."""
    text = recap_article(number).replace(f"recap-{number}", f"post-{number}")
    return re.sub(r"^\* ", "", text, flags=re.M)


def make_site(where: pathlib.Path, articles: int, recap_every: int) -> pathlib.Path:
    content = where / "content"
    content.mkdir(parents=True)
    shutil.copytree(IMAGES, content / "images")
    for number in range(articles):
        text = (
            recap_article(number)
            if number % recap_every == 0
            else ordinary_article(number)
        )
        (content / f"article-{number}.md").write_text(text, encoding="utf-8")
    return content


def settings(
    content: pathlib.Path, output: pathlib.Path, plugin: bool, warm: bool, index=False
) -> dict:
    extra = {} if index else {"TALKS_INDEX_SAVE_AS": None}
    return {
        **extra,
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(output.parent / (output.name + "-cache")),
        "PLUGINS": ["yaml_metadata", "pelican_talks"] if plugin else ["yaml_metadata"],
        "STATIC_PATHS": ["images"],
        "SITEURL": "",
        "RELATIVE_URLS": True,
        "TIMEZONE": "UTC",
        "FEED_ALL_ATOM": None,
        "CATEGORY_FEED_ATOM": None,
        "TRANSLATION_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "CACHE_CONTENT": warm,
        "LOAD_CONTENT_CACHE": warm,
    }


def build_environment(work: pathlib.Path) -> dict[str, str]:
    """Builds run with compiled bytecode, as an installed package has (pip
    compiles it): without it, a shell with PYTHONDONTWRITEBYTECODE would make
    every build compile the plugin's source again, a cost no user pays. The
    bytecode goes to a folder of the bench's own, not the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


# The builds' environment: main() sets it up once for the whole bench.
ENVIRONMENT: dict[str, str] = dict(os.environ)


def build_once(overrides: dict) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", BUILD_ONE, json.dumps(overrides)],
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure(
    content: pathlib.Path, work: pathlib.Path, warm: bool, runs: int, index=False
) -> dict:
    """Median seconds and peak memory with and without the plugin, interleaved.
    With `index`, "without" is the plugin without its talks index."""
    times: dict[bool, list[float]] = {True: [], False: []}
    peaks: dict[bool, int] = {True: 0, False: 0}

    def chosen(plugin: bool, output: pathlib.Path) -> dict:
        if index:  # both with the plugin; only one writes the index
            return settings(content, output, True, warm, index=plugin)
        return settings(content, output, plugin, warm)

    for plugin in (False, True):
        # Once untimed: bytecode compiled, files in the OS cache, and for warm
        # builds Pelican's and the plugin's caches filled.
        build_once(chosen(plugin, work / f"out-{plugin}"))
    for _ in range(runs):
        for plugin in (False, True):
            output = work / f"out-{plugin}"
            if not warm:
                shutil.rmtree(output, ignore_errors=True)
                shutil.rmtree(work / f"out-{plugin}-cache", ignore_errors=True)
            result = build_once(chosen(plugin, output))
            times[plugin].append(result["seconds"])
            peaks[plugin] = max(peaks[plugin], result["peak_kib"])
    without, with_ = statistics.median(times[False]), statistics.median(times[True])
    return {"without": without, "with": with_, "ratio": with_ / without, "peaks": peaks}


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
            article = pipeline.Article(str(content / "a.md"), build)
            start = time.perf_counter()
            pipeline.process(source, article, passes)
            spent += time.perf_counter() - start
        costs[name] = spent / len(paths) * 1000
    return costs


def growth(work: pathlib.Path, articles: int) -> float:
    """Plugin time for 10x the articles, divided by the time for 1x."""
    small = make_site(work / "growth-small", max(articles // 10, 10), 1)
    large = make_site(work / "growth-large", max(articles // 10, 10) * 10, 1)
    small_ms = pass_costs(small)["all"] * len(list(small.glob("*.md")))
    large_ms = pass_costs(large)["all"] * len(list(large.glob("*.md")))
    return large_ms / small_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    budgets = {
        ("typical blog", False): 1.05,
        ("worst case", False): 1.20,
        ("typical blog", True): 1.03,
        ("worst case", True): 1.03,
    }
    print(f"pelican-talks bench: {args.articles} articles, median of {args.runs} runs")
    print(
        f"{'site':14} {'build':6} {'without':>9} {'with':>9} {'ratio':>7} {'budget':>7}"
    )
    with tempfile.TemporaryDirectory() as temp:
        work = pathlib.Path(temp)
        ENVIRONMENT.clear()
        ENVIRONMENT.update(build_environment(work))
        sites = {
            "typical blog": make_site(work / "typical", args.articles, 10),
            "worst case": make_site(work / "worst", args.articles, 1),
        }
        peaks = {}
        for warm in (False, True):
            for name, content in sites.items():
                result = measure(content, work / f"{name}-{warm}", warm, args.runs)
                budget = budgets[(name, warm)]
                verdict = "ok" if result["ratio"] <= budget else "OVER"
                print(
                    f"{name:14} {'warm' if warm else 'cold':6} {result['without']:8.2f}s "
                    f"{result['with']:8.2f}s {result['ratio']:7.3f} {budget:6.2f} {verdict}"
                )
                peaks[(name, warm)] = result["peaks"]
        index = measure(
            sites["worst case"], work / "index", False, args.runs, index=True
        )
        print(
            f"\ntalks index and speaker pages, worst case, cold: {index['ratio']:.3f}x "
            "the plugin's build without them"
        )
        print(
            "\nplugin cost per article (ms), each pass alone, on the worst-case site:"
        )
        for name, ms in pass_costs(sites["worst case"]).items():
            print(f"  {name:8} {ms:6.3f}")
        typical = pass_costs(sites["typical blog"])["all"]
        print(f"  all passes, typical blog: {typical:6.3f}")
        print("\npeak memory (MiB), without -> with:")
        for (name, warm), peak in peaks.items():
            print(
                f"  {name:14} {'warm' if warm else 'cold':5} "
                f"{peak[False] / 1024:7.1f} -> {peak[True] / 1024:7.1f}"
            )
        print(
            f"\ngrowth: 10x the articles costs {growth(work, args.articles):.2f}x the time"
        )


if __name__ == "__main__":
    main()
