"""Debian's Chromium for Playwright: where it is and how we start it (headless,
no sandbox as root, no background network calls this machine would refuse).

Each Playwright launch() starts Chromium with a new, empty temporary profile,
so every run has a fresh user-data dir without passing one."""

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
