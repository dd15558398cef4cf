"""Metadata from WordPress and Jekyll exports that Pelican doesn't understand.

Exports say `categories: [General]` where Pelican wants `category: General`;
without this, Pelican files such posts under DEFAULT_CATEGORY ("misc").
"""

from __future__ import annotations

import os
from typing import Any

from pelican.urlwrappers import Category


def category_from_categories(article: Any) -> bool:
    """Use the first of `categories` when the author gave no `category`.

    Pelican has already filled `category` with its default (DEFAULT_CATEGORY,
    or the folder name with USE_FOLDER_AS_CATEGORY); a value equal to one of
    those did not come from the author.
    """
    first = first_category(article.metadata.get("categories"))
    current = getattr(article, "category", None)
    if not first or (current is not None and str(current) not in defaults(article)):
        return False
    article.category = Category(first, article.settings)
    article.metadata["category"] = article.category
    return True


def first_category(value: Any) -> str | None:
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if v is not None and str(v).strip()), None)
        return str(value).strip() if value is not None else None
    if isinstance(value, str) and value.strip():
        # Jekyll's string form: "General, Events" or space-separated "general events"
        separator = "," if "," in value else None
        return value.split(separator)[0].strip() or None
    return None


def defaults(article: Any) -> set[str]:
    settings = article.settings
    names = {str(settings.get("DEFAULT_CATEGORY", "misc"))}
    if settings.get("USE_FOLDER_AS_CATEGORY"):
        folder = os.path.dirname(getattr(article, "relative_source_path", "") or "")
        if folder:
            names.add(os.path.basename(folder))
    return names
