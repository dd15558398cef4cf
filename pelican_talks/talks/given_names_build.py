"""Rebuild given_names.txt.gz from nomquamgender's name data (a maintainer's
tool, not used by builds): `pip install nomquamgender` then
`python -m pelican_talks.talks.given_names_build`.

Keeps all-letter names borne by 50 people or more: 92 % of the corpus's
speakers' given names, 4 % of title first words once the reader's own
vocabulary is left out (measured in issue 14).
"""

from __future__ import annotations

import gzip
import json
import math
from importlib import resources

from .given_names import DATA, fold

SMALLEST_COUNT = 50


def main() -> None:
    source = resources.files("nomquamgender") / "name_data.json"
    counts: dict[str, int] = {}
    for name, values in json.loads(source.read_text(encoding="utf-8")).items():
        name = fold(name)
        if name.isalpha() and values[1] >= SMALLEST_COUNT:
            counts[name] = max(counts.get(name, 0), values[1])
    lines = "".join(
        f"{name}\t{min(9, int(math.log10(count)))}\n"
        for name, count in sorted(counts.items())
    )
    with gzip.open(DATA, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(lines)
    print(f"{len(counts)} names written to {DATA}")


if __name__ == "__main__":
    main()
