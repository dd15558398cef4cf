"""The shared corpus of real posts: build it with Pelican and score the cards.

Recall counts the expected talk items whose title and every speaker name the
cards got right; false cards are cards that match no expected talk.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import unicodedata
from dataclasses import dataclass, field

from bs4 import BeautifulSoup
from conftest import CORPUS, build

# talks/19's list is a paragraph under Python-Markdown (see EXPECTED.tsv).
LEFT_OUT = {"talks/19-eslibre-2020-es.md"}


def held_out(name: str) -> bool:
    """Every third talk post (03, 06, ..., 42) is kept out of tuning the reader:
    only its totals are looked at, to see how the reading generalises."""
    number = name.removeprefix("talks/")[:2]
    return name.startswith("talks/") and number.isdigit() and int(number) % 3 == 0


def pelicanize_module():
    spec = importlib.util.spec_from_file_location(
        "pelicanize", CORPUS / "pelicanize.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    # Underscores too: Markdown turns __x__ into bold x, and the page shows "x".
    return " ".join(re.sub(r"[^\w@]+|_", " ", text).split())


def read_cards(page: str) -> list[dict]:
    cards = []
    for card in BeautifulSoup(page, "html.parser").select(".talk-card"):
        untitled = "talk-card--untitled" in card["class"]
        title = card.select_one(".talk-card__title").get_text(" ", strip=True)
        cards.append(
            {
                "title": "" if untitled else title,
                "speakers": [
                    s.get_text(" ", strip=True)
                    for s in card.select(".p-speaker > .p-name")
                ],
                "kind": card.select_one(".p-category")["value"],
            }
        )
    return cards


def same(card: dict, expected: dict) -> bool:
    return normal(card["title"]) == normal(expected["title"]) and sorted(
        normal(s) for s in card["speakers"]
    ) == sorted(normal(s) for s in expected["speakers"])


@dataclass
class Score:
    name: str
    expected: int = 0
    found: int = 0
    false_cards: int = 0
    misses: list = field(default_factory=list)
    falses: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def build_corpus(where: pathlib.Path, folder: str, talks: str | None):
    pelicanize = pelicanize_module()
    files = {}
    for path in sorted((CORPUS / folder).iterdir()):
        if path.suffix in (".md", ".rst"):
            name, text = pelicanize.pelicanize(path, talks)
            files[name] = text
    return build(where, files, plugins=("pelican_talks",)), files


def score(where: pathlib.Path, folder: str, talks: str | None) -> list[Score]:
    site, files = build_corpus(where, folder, talks)
    expected_all = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    scores = []
    for name in files:
        key = f"{folder}/{name}" if f"{folder}/{name}" in expected_all else None
        if key is None:
            key = next(k for k in expected_all if k.startswith(f"{folder}/{name[:-3]}"))
        if key in LEFT_OUT:
            continue
        slug = pathlib.Path(name).stem
        cards = read_cards(site.html(f"{slug}.html"))
        expected = [e for e in expected_all[key] if e["title"] or e["speakers"]]
        result = Score(key, expected=len(expected))
        for item in expected:
            if any(same(c, item) for c in cards):
                result.found += 1
            else:
                result.misses.append(item)
        for card in cards:
            if not any(same(card, item) for item in expected):
                result.false_cards += 1
                result.falses.append(card)
        scores.append(result)
    return scores


def total_recall(scores: list[Score]) -> float:
    found, expected, _ = totals(scores)
    return found / expected if expected else 1.0


def totals(scores: list[Score]) -> tuple[int, int, int]:
    """(found, expected, false cards) over some files."""
    return (
        sum(s.found for s in scores),
        sum(s.expected for s in scores),
        sum(s.false_cards for s in scores),
    )


def parts(scores: list[Score]) -> dict[str, list[Score]]:
    """The tuned part, the held-out part and the whole corpus."""
    return {
        "tuned": [s for s in scores if not held_out(s.name)],
        "held out": [s for s in scores if held_out(s.name)],
        "whole": scores,
    }


def split_table(title: str, scores: list[Score], each_held_out: bool = True) -> str:
    """The per-file table (held-out files marked H), then the three parts' totals."""
    lines = [title, f"{'file':50} {'recall':>12} {'false cards':>12}"]
    for s in scores:
        if held_out(s.name) and not each_held_out:
            continue
        mark = "H " if held_out(s.name) else "  "
        lines.append(
            f"{mark}{s.name:48} {s.found:>4}/{s.expected:<4} {s.recall:4.0%}"
            f" {s.false_cards:>8}"
        )
    for name, part in parts(scores).items():
        found, expected, falses = totals(part)
        if name != "whole" and not any(s.expected for s in scores):
            continue  # trap posts: no part was tuned on talks, only the whole counts
        rate = found / expected if expected else 1.0
        lines.append(
            f"{name.upper():50} {found:>4}/{expected:<4} {rate:4.0%} {falses:>8}"
        )
    return "\n".join(lines)
