"""Screenshots of the demo site for the README, taken in Debian's Chromium.

python demo_site/screenshots.py   (run by `make screenshots`)
"""

from __future__ import annotations

import pathlib
import sys

from chromium import ARGS, CHROMIUM
from playwright.sync_api import sync_playwright

HERE = pathlib.Path(__file__).resolve().parent
DOCS = HERE.parent / "docs"
ARTICLE = HERE / "output" / "harbour-infra-night.html"
SHOTS = [
    # file, viewport, colour scheme, full page
    ("demo-desktop-light.png", {"width": 1280, "height": 900}, "light", True),
    ("demo-phone-dark.png", {"width": 375, "height": 812}, "dark", True),
]


def main() -> int:
    if not ARTICLE.exists():
        print("Build the demo first: make demo", file=sys.stderr)
        return 1
    DOCS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, viewport, scheme, full in SHOTS:
            page = browser.new_page(viewport=viewport, color_scheme=scheme)
            page.goto(ARTICLE.as_uri())
            page.screenshot(path=str(DOCS / name), full_page=full)
            page.close()
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(ARTICLE.as_uri())
        page.locator("ul.talk-cards").nth(1).screenshot(path=str(DOCS / "cards.png"))
        browser.close()
    print(f"Screenshots written to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
