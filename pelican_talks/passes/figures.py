"""Images: lazy loading that spares the first image, HTTPS, accessible names, sizes.

- The first TALKS_LAZY_SKIP images stay eager and the first gets
  `fetchpriority="high"`: lazy-loading the image above the fold slows the
  page's largest paint. Later images get `loading="lazy"`; all get
  `decoding="async"`. What the author wrote is never overwritten.
- `http://` and protocol-relative image URLs become `https://`, except hosts in
  TALKS_HTTPS_EXCLUDE, local hosts, and the site's own host when it is http.
- An image with no alt inside a <figure> with a <figcaption> takes the
  caption's text as alt; with no caption it is reported, never given made-up alt.
- Images whose files are in the site get width and height from the file, and
  the class `talks-sized`: the plugin's stylesheet, linked from every page
  showing one, gives them `max-width: 100%; height: auto`, so a theme's
  `max-width: 100%` can't squash them. Without the stylesheet
  (TALKS_CSS = False) nothing is sized: the plugin must never make an image
  render worse. Images that
  pelican-image-process rewrites (class `image-process-*`) are left for it to
  size: it serves another file and writes that file's size.
- `data:` images and images inside code are left alone.
"""

from __future__ import annotations

import re

from .. import markup, urls
from ..pipeline import ArticleWork, Build
from .image_files import local_image_size

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
INSECURE = re.compile(r"^\s*(http:)?//", re.I)
SIZED_CLASS = markup.SIZED_IMAGE_CLASS
# Classes of images whose src another plugin replaces with a file of its own.
REWRITTEN_BY_OTHERS = ("image-process-",)
# The authority of an http:// or //host URL, and its port if written.
AUTHORITY = re.compile(r"^\s*(?:http:)?//([^/?#:]*)(?::(\d*))?(?=[/?#]|$)", re.I)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FiguresPass:
    name = "figures"

    def wants(self, article: ArticleWork) -> bool:
        source = article.source
        return "<img" in source or "<IMG" in source or "<source" in source

    def run(self, root: markup.Element, article: ArticleWork) -> int:
        changes = 0
        position = 0
        check_code = markup.has_verbatim(root)
        for element in root.iter("img", "source"):
            if check_code and markup.inside_verbatim(element):
                continue
            if element.tag == "source":
                changes += each_change(element, article, upgrade_srcset)
                continue
            src = element.get("src") or ""
            if urls.scheme(src) == "data":
                continue
            changes += set_loading(element, position, article)
            position += 1
            changes += each_change(
                element,
                article,
                upgrade_src,
                upgrade_srcset,
                name_from_caption,
                add_size,
            )
        return changes


def each_change(element: markup.Element, article: ArticleWork, *changes) -> int:
    """Make each change to the image on its own: an odd value (a URL that
    can't be read, a size that is no size) costs that one change, with a
    warning, and never the rest of the article."""
    made = 0
    for change in changes:
        try:
            made += change(element, article)
        except Exception as error:
            source = (element.get("src") or element.get("srcset") or "")[:80]
            article.warn("image %r: one change skipped (%s)", source, error)
            article.count("changes skipped")
    return made


def set_attribute(element: markup.Element, name: str, value: str) -> int:
    """Set an attribute the author didn't write; never overwrite one they did."""
    if element.get(name) is not None:
        return 0
    element.set(name, value)
    return 1


def set_loading(image: markup.Element, position: int, article: ArticleWork) -> int:
    changes = set_attribute(image, "decoding", "async")
    eager = position < article.settings.lazy_skip
    if not eager and set_attribute(image, "loading", "lazy"):
        article.count("lazy")
        changes += 1
    # Only the first image is the likely largest paint; never prioritise a lazy one.
    first = eager and position == 0 and (image.get("loading") or "").lower() != "lazy"
    if first and set_attribute(image, "fetchpriority", "high"):
        article.count("fetchpriority high")
        changes += 1
    return changes


def insecure_host(url: str, build: Build) -> str | None:
    """The host to upgrade if `url` is http:// or protocol-relative, else None."""
    if not INSECURE.match(url):
        return None
    host = urls.host(url if not url.strip().startswith("//") else "http:" + url.strip())
    if not host or host in LOCAL_HOSTS:
        return None
    if urls.host_matches(host, build.settings.https_exclude):
        return None
    siteurl = build.pelican.get("SITEURL") or ""
    if siteurl.startswith("http://") and host == urls.host(siteurl):
        return None  # an http site's own images: upgrading would break them
    return host


def upgraded(url: str, article: ArticleWork) -> str:
    host = insecure_host(url, article.build)
    if host is None:
        return url
    authority = AUTHORITY.match(url)
    port = authority.group(2) if authority else None
    if port not in (None, "", "80"):
        return url  # http on another port: no reason to think https is there
    article.note("https hosts", host)
    article.count("https upgraded")
    if port is not None:  # http's own port, written out: not https's
        url = url[: authority.start(2) - 1] + url[authority.end(2) :]
    return INSECURE.sub("https://", url, count=1)


def upgrade_src(image: markup.Element, article: ArticleWork) -> int:
    src = image.get("src")
    if not src or not article.settings.https_upgrade:
        return 0
    new = upgraded(src, article)
    if new == src:
        return 0
    image.set("src", new)
    return 1


def upgrade_srcset(element: markup.Element, article: ArticleWork) -> int:
    srcset = element.get("srcset")
    if not srcset or not article.settings.https_upgrade:
        return 0
    candidates = [c.strip() for c in srcset.split(",")]
    new = ", ".join(upgraded(c, article) for c in candidates if c)
    if new == ", ".join(c for c in candidates if c):
        return 0
    element.set("srcset", new)
    return 1


def name_from_caption(image: markup.Element, article: ArticleWork) -> int:
    if image.get("alt") is not None or image.get("aria-labelledby") is not None:
        return 0
    figure = next(image.iterancestors("figure"), None)
    caption = None
    if figure is not None:
        caption = next(figure.iter("figcaption"), None)
    labels = bool(article.settings.new_tab_label)
    text = markup.visible_text(caption, labels) if caption is not None else ""
    # Control characters (a terminal's colour codes pasted in) show as nothing.
    text = " ".join(CONTROL.sub("", text).split())
    if not text:
        article.warn("image %s has no alt text and no caption", image.get("src"))
        article.count("images without alt")
        return 0
    image.set("alt", text)
    article.count("alt from caption")
    return 1


def add_size(image: markup.Element, article: ArticleWork) -> int:
    if not article.settings.css:  # no height: auto to go with the size
        return 0
    if image.get("width") is not None or image.get("height") is not None:
        return 0
    src = image.get("src") or ""
    classes = (image.get("class") or "").split()
    if any(c.startswith(REWRITTEN_BY_OTHERS) for c in classes):
        return 0
    size = local_image_size(src, article)
    if size is None:
        return 0
    image.set("width", str(size[0]))
    image.set("height", str(size[1]))
    image.set("class", " ".join([*classes, SIZED_CLASS]))
    article.count("sizes added")
    return 1
