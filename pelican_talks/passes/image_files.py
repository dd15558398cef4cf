"""Find an image's file in the site's content and read its size from the header."""

from __future__ import annotations

import os
import re
from urllib.parse import unquote, urlsplit

import imagesize

from ..cache import stamp
from ..pipeline import ArticleWork

# Pelican's intrasite placeholders, in both of its syntaxes.
PLACEHOLDER = re.compile(
    r"^(\{(static|attach|filename)\}|\|(static|attach|filename)\|)"
)


def local_image_size(src: str, article: ArticleWork) -> tuple[int, int] | None:
    # Resolving a path costs file-system calls: remember each answer for the
    # build, keyed by what the author wrote and where the article lives.
    sizes = article.build.image_sizes
    key = (src, os.path.dirname(article.source_path or ""))
    if key not in sizes:
        path = local_image_path(src, article)
        sizes[key] = (read_size(path), (path, stamp(path))) if path else (None, None)
    size, read = sizes[key]
    if read is not None:
        # The file decides the output: a cached article is stale once it changes.
        article.inputs.add(read)
    return size


# Larger is no real image: a 400-digit width in an SVG must not become an
# attribute (nor its int() conversion take the build's time).
MAX_SIDE = 100_000


def read_size(path: str) -> tuple[int, int] | None:
    try:
        width, height = imagesize.get(path)
    except (OSError, ValueError, OverflowError):
        return None
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        return None
    return int(width), int(height)


def local_image_path(src: str, article: ArticleWork) -> str | None:
    """The file under PATH that `src` points at, or None if it is not local."""
    content_root = article.build.pelican.get("PATH")
    if not content_root or not src:
        return None
    placeholder = PLACEHOLDER.match(src)
    rest = src[placeholder.end() :] if placeholder else src
    parts = urlsplit(rest)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    relative = unquote(parts.path)
    root = os.path.realpath(content_root)
    if relative.startswith("/"):
        candidates = [os.path.join(root, relative.lstrip("/"))]
    else:
        here = os.path.dirname(os.path.realpath(article.source_path or root))
        candidates = [os.path.join(here, relative), os.path.join(root, relative)]
    for candidate in candidates:
        candidate = os.path.realpath(candidate)
        if candidate.startswith(root + os.sep) and os.path.isfile(candidate):
            return candidate
    return None
