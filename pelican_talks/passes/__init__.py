"""The passes, in the order they run. The pipeline knows them only from here.

Links and figures first, on the article as the author wrote it; talk cards
last: they read the items with their links already fixed, draw their own
links through the same rules, and are put in place as HTML when the article
is written, so nothing walks or re-parses the cards they draw.
A site could drop or add a pass by changing this list.
"""

from __future__ import annotations

from .cards import CardsPass
from .figures import FiguresPass
from .links import LinksPass

PASSES = (LinksPass(), FiguresPass(), CardsPass())


def enabled_passes(settings) -> tuple:
    """The passes whose TALKS_<NAME> switch is on."""
    return tuple(p for p in PASSES if getattr(settings, p.name))
