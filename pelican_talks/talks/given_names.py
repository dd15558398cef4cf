"""Given names: how likely a word is a person's first name, from packaged data.

given_names.txt.gz holds 75,617 given names (folded: lower case, no accents)
with the order of magnitude of how many people bear them, derived from the MIT
name data of nomquamgender (see given_names.LICENSE; rebuilt by
given_names_build.py). Nothing is read until the first lookup, so a build with
no talk list pays nothing; the first lookup reads it in about 0.03 s.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from pathlib import Path

DATA = Path(__file__).with_name("given_names.txt.gz")
# Letters NFKD does not take apart: Łukasz, Søren, Đorđe, Ægir.
LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)


def fold(word: str) -> str:
    """Lower case without accents: "Iván" and "IVAN" both read "ivan"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(LETTERS)


@functools.cache
def given_names() -> dict[str, str]:
    """Name -> order of magnitude of its count (one digit); read once, on the
    first lookup. One split of the whole text: a third of the time of reading
    it line by line."""
    with gzip.open(DATA, "rt", encoding="utf-8") as data:
        fields = data.read().split()
    return dict(zip(fields[0::2], fields[1::2], strict=True))


@functools.lru_cache(maxsize=4096)
def given_name_score(word: str) -> float:
    """0 for unknown words, up to 1 for names borne by 10,000 people or more.
    The caller leaves out its own vocabulary first (days, months, kind words):
    "May" and "Domingo" are given names too."""
    if 1 < len(word) <= 3 and word.isupper():
        return 0.0  # PEP, BI, ENG: acronyms; "IVÁN" still reads "ivan"
    names = given_names()
    magnitude = names.get(fold(word))
    if magnitude is None and "-" in word:  # Jean-Pierre: every part must be a name
        parts = [names.get(fold(part)) for part in word.split("-")]
        magnitude = None if None in parts else min(p for p in parts if p is not None)
    return 0.0 if magnitude is None else min(1.0, int(magnitude) / 4)
