"""Print what the reader gets wrong on the tuned part of the corpus (a helper
for working on the reader, not a test): `python tests/corpus_misses.py [yes|auto]`.

Held-out posts (every third talk post) show only their totals, so that their
contents stay out of tuning.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import held_out, score, split_table


def main(modes: list[str]) -> None:
    with tempfile.TemporaryDirectory() as where:
        for mode in modes:
            folder = "traps" if mode.startswith("traps") else "talks"
            talks = {"traps": None, "traps-yes": "yes"}.get(mode, mode)
            scores = score(Path(where) / mode, folder, talks)
            print(split_table(f"talks: {mode}", scores, each_held_out=False))
            for s in scores:
                if held_out(s.name) or not (s.misses or s.falses):
                    continue
                print(f"\n== {s.name}")
                for item in s.misses:
                    print("  MISS ", item["title"][:60], "|", item["speakers"])
                for card in s.falses:
                    print("  FALSE", card["title"][:60], "|", card["speakers"])


if __name__ == "__main__":
    main(sys.argv[1:] or ["yes", "auto", "traps"])
