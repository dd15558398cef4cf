"""Demo site for pelican-talks: Pelican's default theme, no theme edits."""

AUTHOR = "Demo Author"
SITENAME = "pelican-talks demo"
SITEURL = ""
RELATIVE_URLS = True  # so the output previews from any folder or server

PATH = "content"
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra/favicon.ico"]
EXTRA_PATH_METADATA = {"extra/favicon.ico": {"path": "favicon.ico"}}
TIMEZONE = "Europe/Madrid"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 10

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# yaml_metadata reads the WordPress/Jekyll-style front matter of imported posts.
PLUGINS = ["yaml_metadata", "pelican_talks"]

# Screen readers hear that profile links open a new tab; nobody sees it.
TALKS_NEW_TAB_LABEL = "(opens in a new tab)"

TALKS_SPEAKERS = {
    "Rosa Quintero": {"url": "https://rosa.example.org/", "org": "Lighthouse Labs"},
}
