"""What the plugin did in one build, for the one summary line at its end."""

from __future__ import annotations

from collections import Counter, defaultdict


class Report:
    """Counts per pass ("links": {"targets fixed": 11}) and notable names."""

    def __init__(self) -> None:
        self.articles_seen = 0
        self.articles_changed = 0
        self.processed_aside = 0  # by the second process (worker.py)
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.names: dict[str, set[str]] = defaultdict(set)

    def count(self, pass_name: str, what: str, n: int = 1) -> None:
        self.counts[pass_name][what] += n

    def note(self, what: str, name: str) -> None:
        """Remember a name worth telling the author once (an upgraded host)."""
        self.names[what].add(name)

    def summary(self) -> str:
        parts = [f"{self.articles_changed} of {self.articles_seen} articles changed"]
        for pass_name in sorted(p for p, counts in self.counts.items() if counts):
            did = ", ".join(
                f"{n} {what}" for what, n in sorted(self.counts[pass_name].items())
            )
            parts.append(f"{pass_name}: {did}")
        for what in sorted(self.names):
            parts.append(f"{what}: {', '.join(sorted(self.names[what]))}")
        if self.processed_aside:
            parts.append(f"{self.processed_aside} processed in a second process")
        return "; ".join(parts)
