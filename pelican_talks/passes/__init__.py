"""The passes, in the order they run. The pipeline knows them only from here.

A site could drop or add a pass by changing this list.
"""

from __future__ import annotations

from .figures import FiguresPass
from .links import LinksPass

PASSES = (LinksPass(), FiguresPass())


def enabled_passes(settings) -> tuple:
    """The passes whose TALKS_<NAME> switch is on."""
    return tuple(p for p in PASSES if getattr(settings, p.name))
