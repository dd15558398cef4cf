"""Class names the plugin writes into articles, apart from the HTML tools.

The page decorations (pages.py) and feed cleaning (feeds.py) look for them in
rendered pages; kept here so that a rebuild served from the cache doesn't
import lxml (markup.py) for two strings.
"""

# The visually hidden "opens in a new tab" label the links pass may add
# (TALKS_NEW_TAB_LABEL): said by screen readers, not seen, so not visible text.
NEW_TAB_LABEL_CLASS = "talks-new-tab-label"
# Images the figures pass sized; the stylesheet keeps their aspect ratio.
SIZED_IMAGE_CLASS = "talks-sized"
