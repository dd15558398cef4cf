"""pelican-talks: talk lists become talk cards; figures and links get modern markup.

Add "pelican_talks" to PLUGINS in pelicanconf.py; Pelican calls register().
"""

from __future__ import annotations

from ._version import __version__
from .plugin import register

__all__ = ["__version__", "register"]
