"""pelican-talks: talk lists become talk cards; figures and links get modern markup.

Add "pelican_talks" to PLUGINS in pelicanconf.py; Pelican calls register().
"""

from __future__ import annotations

from .plugin import register

__version__ = "0.1.0"
__all__ = ["__version__", "register"]
