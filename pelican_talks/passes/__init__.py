"""The passes, in the order they run. The pipeline knows them only from here.

Links and figures first, on the article as the author wrote it; then talk
cards: they read the items with their links already fixed, draw their own
links through the same rules, and are put in place as HTML when the article
is written, so nothing walks or re-parses the cards they draw. The summary
last: it ends before the first card list, which it finds as a placeholder.
A site could drop or add a pass by changing this list.
"""

from __future__ import annotations

from .cards import CardsPass
from .figures import FiguresPass
from .links import LinksPass
from .summary import SummaryPass

PASSES = (LinksPass(), FiguresPass(), CardsPass(), SummaryPass())


def enabled_passes(settings) -> tuple:
    """The passes whose TALKS_<NAME> switch is on; a pass without a switch
    (the summary) always runs."""
    return tuple(p for p in PASSES if getattr(settings, p.name, True))
