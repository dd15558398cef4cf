"""The passes, in the order they run. The pipeline knows them only from here.

Talk cards come first so that the speaker links they draw go through the links
pass like every other link; figures last, since cards never add images.
A site could drop or add a pass by changing this list.
"""

from __future__ import annotations

from .figures import FiguresPass
from .links import LinksPass
from .talks import TalksPass

PASSES = (TalksPass(), LinksPass(), FiguresPass())


def enabled_passes(settings) -> tuple:
    """The passes whose TALKS_<NAME> switch is on."""
    return tuple(p for p in PASSES if getattr(settings, p.name))
