"""The figures pass: a table of cases, input HTML beside expected HTML."""

from __future__ import annotations

import logging

import imagesize
import pytest
from bs4 import BeautifulSoup
from conftest import build_apart, png_bytes, seed_text
from passes_helper import run_passes, run_passes_outcome

A = "https://img.example/a.jpg"
B = "https://img.example/b.jpg"
C = "https://img.example/c.jpg"
FIRST = 'decoding="async" fetchpriority="high"'
LAZY = 'decoding="async" loading="lazy"'

CASES = [
    # (id, input, expected, settings)
    (
        "first eager with high priority, later lazy, all async",
        f'<img src="{A}" alt="a"><img src="{B}" alt="b">',
        f'<img src="{A}" alt="a" {FIRST}><img src="{B}" alt="b" {LAZY}>',
        {},
    ),
    (
        "TALKS_LAZY_SKIP keeps more images eager",
        f'<img src="{A}" alt=""><img src="{B}" alt=""><img src="{C}" alt="">',
        f'<img src="{A}" alt="" {FIRST}><img src="{B}" alt="" decoding="async">'
        f'<img src="{C}" alt="" {LAZY}>',
        {"lazy_skip": 2},
    ),
    (
        "TALKS_LAZY_SKIP = 0: all lazy, none prioritised",
        f'<img src="{A}" alt="">',
        f'<img src="{A}" alt="" {LAZY}>',
        {"lazy_skip": 0},
    ),
    (
        "the author's attributes are never overwritten",
        f'<img src="{A}" alt="" loading="lazy" decoding="sync">'
        f'<img src="{B}" alt="" loading="eager" fetchpriority="low">',
        f'<img src="{A}" alt="" loading="lazy" decoding="sync">'
        f'<img src="{B}" alt="" loading="eager" fetchpriority="low" decoding="async">',
        {},
    ),
    (
        "http:// src and srcset become https://",
        '<img src="http://img.example/a.jpg" srcset="http://img.example/a2.jpg 2x, '
        '//img.example/a3.jpg 3x" alt="">',
        '<img src="https://img.example/a.jpg" srcset="https://img.example/a2.jpg 2x, '
        f'https://img.example/a3.jpg 3x" alt="" {FIRST}>',
        {},
    ),
    (
        "picture sources and protocol-relative URLs",
        '<picture><source srcset="http://img.example/a.webp" type="image/webp">'
        '<img src="//img.example/a.jpg" alt=""></picture>',
        '<picture><source srcset="https://img.example/a.webp" type="image/webp">'
        f'<img src="https://img.example/a.jpg" alt="" {FIRST}></picture>',
        {},
    ),
    (
        "TALKS_HTTPS_EXCLUDE, exact or wildcard; local hosts",
        '<img src="http://old.example/a.jpg" alt="">'
        '<img src="http://cdn.legacy.example/b.jpg" alt="">'
        '<img src="http://localhost:8000/c.jpg" alt="">',
        f'<img src="http://old.example/a.jpg" alt="" {FIRST}>'
        f'<img src="http://cdn.legacy.example/b.jpg" alt="" {LAZY}>'
        f'<img src="http://localhost:8000/c.jpg" alt="" {LAZY}>',
        {"https_exclude": ["old.example", "*.legacy.example"]},
    ),
    (
        "TALKS_HTTPS_UPGRADE = False",
        '<img src="http://img.example/a.jpg" alt="">',
        f'<img src="http://img.example/a.jpg" alt="" {FIRST}>',
        {"https_upgrade": False},
    ),
    (
        "an image with only a caption takes its text as alt",
        f'<figure><img src="{A}"><figcaption>The <em>main</em> stage</figcaption></figure>',
        f'<figure><img src="{A}" {FIRST} alt="The main stage">'
        "<figcaption>The <em>main</em> stage</figcaption></figure>",
        {},
    ),
    (
        "alt the author wrote, even empty, stays",
        f'<figure><img src="{A}" alt=""><figcaption>Stage</figcaption></figure>',
        f'<figure><img src="{A}" alt="" {FIRST}><figcaption>Stage</figcaption></figure>',
        {},
    ),
    (
        "no caption: no invented alt",
        f'<p><img src="{A}"></p>',
        f'<p><img src="{A}" {FIRST}></p>',
        {},
    ),
    (
        "data: URIs, images in code and SVG image are left alone",
        '<img src="data:image/png;base64,AAAA"><pre><img src="http://x.example/a.png"></pre>'
        '<svg><image href="http://x.example/b.png"></image></svg>',
        '<img src="data:image/png;base64,AAAA"><pre><img src="http://x.example/a.png"></pre>'
        '<svg><image href="http://x.example/b.png"></image></svg>',
        {},
    ),
]


@pytest.mark.parametrize(
    ("source", "expected", "settings"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_figures(source, expected, settings):
    assert run_passes(source, only="figures", **settings) == expected
    assert run_passes(expected, only="figures", **settings) == expected


def test_an_image_without_alt_or_caption_is_reported():
    source = f'<img src="{A}">'
    outcome = run_passes_outcome(source, only="figures", source_path="posts/p.md")
    said = f"pelican-talks: posts/p.md: image {A} has no alt text and no caption"
    assert outcome.warnings == (said,)


SIZED = [
    # (id, src as written, expected size attributes or None)
    ("{static} link", "{static}/images/stage.png", (640, 360)),
    ("|static| link", "|static|/images/stage.png", (640, 360)),
    ("relative to the article", "images/stage.png", (640, 360)),
    ("site-absolute", "/images/stage.png", (640, 360)),
    ("encoded space", "{static}/images/big%20room.png", (320, 200)),
    ("missing file", "{static}/images/nope.png", None),
    ("outside the content folder", "../secret.png", None),
    ("remote", "https://img.example/stage.png", None),
]


@pytest.mark.parametrize(
    ("src", "size"), [c[1:] for c in SIZED], ids=[c[0] for c in SIZED]
)
def test_local_images_get_their_size(tmp_path, src, size):
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (content / "images" / "stage.png").write_bytes(png_bytes(640, 360))
    (content / "images" / "big room.png").write_bytes(png_bytes(320, 200))
    (tmp_path / "secret.png").write_bytes(png_bytes(10, 10))
    out = run_passes(
        f'<img src="{src}" alt="">',
        only="figures",
        site={"PATH": str(content)},
        source_path=str(content / "post.md"),
    )
    if size is None:
        assert "width" not in out
    else:
        assert f'width="{size[0]}" height="{size[1]}"' in out


def test_sizes_written_by_the_author_stay(tmp_path):
    (tmp_path / "a.png").write_bytes(png_bytes(640, 360))
    out = run_passes(
        '<img src="a.png" alt="" width="320">',
        only="figures",
        site={"PATH": str(tmp_path)},
        source_path=str(tmp_path / "p.md"),
    )
    assert 'width="320"' in out and "height" not in out


def test_the_build_summary_names_upgraded_hosts(build_site):
    post = (
        "Title: P\nDate: 2024-01-01\n\n"
        '<img src="http://one.example/a.png" alt=""><img src="http://two.example/b.png" alt="">\n'
    )
    site = build_site({"p.md": post})
    (line,) = [m for m in site.messages(logging.INFO) if "articles changed" in m]
    assert "https hosts: one.example, two.example" in line


def test_reference_post_figures(build_site):
    site = build_site({"seed.md": seed_text()})
    first, second = site.content("sourced-tech-talks.html").find_all("img")
    assert "staticflickr" in first["src"]
    assert first.get("loading") is None and first["fetchpriority"] == "high"
    assert second["src"] == "https://talks.sourced.tech/img/venue/lovelace.jpg"
    assert second["loading"] == "lazy" and second.get("fetchpriority") is None
    assert first["decoding"] == second["decoding"] == "async"
    assert first["alt"] == "Source{d} Logo"
    assert second["alt"] == "Ada Lovelace, painted in their wall"


def test_a_real_build_sizes_static_images(build_site):
    files = {
        "images/stage.png": png_bytes(64, 48),
        "p.md": "Title: P\nDate: 2024-01-01\n\n![Stage]({static}/images/stage.png)\n",
    }
    site = build_site(files, STATIC_PATHS=["images"])
    img = site.content("p.html").find("img")
    assert (img["src"], img["width"], img["height"]) == (
        "./images/stage.png",
        "64",
        "48",
    )


def test_images_are_sized_only_where_the_stylesheet_protects_them(tmp_path):
    (tmp_path / "a.png").write_bytes(png_bytes(640, 360))
    page = {"PATH": str(tmp_path)}
    where = str(tmp_path / "p.md")
    image = '<img src="a.png" alt="" class="wide">'
    sized = run_passes(image, only="figures", site=page, source_path=where)
    assert 'class="wide talks-sized"' in sized and 'width="640" height="360"' in sized
    unprotected = run_passes(
        image, only="figures", site=page, source_path=where, css=False
    )
    assert "width" not in unprotected and "talks-sized" not in unprotected


def test_images_pelican_image_process_rewrites_get_the_served_files_size(tmp_path):
    """With the real plugin, in a real build: it serves a smaller derivative."""
    post = (
        "Title: P\nDate: 2024-01-01\n\n"
        '<img class="image-process-thumb" src="{static}/images/big.png" alt="a">\n\n'
        '<img src="{static}/images/big.png" alt="b">\n'
    )
    output = build_apart(
        tmp_path,
        {"images/big.png": png_bytes(640, 360), "p.md": post.encode()},
        PLUGINS=["pelican_talks", "pelican.plugins.image_process"],
        STATIC_PATHS=["images"],
        IMAGE_PROCESS={"thumb": {"type": "image", "ops": ["scale_in 300 300 True"]}},
    )
    soup = BeautifulSoup((output / "p.html").read_text(), "html.parser")
    served = []
    for image in soup.select(".entry-content img"):
        size = imagesize.get(output / image["src"])
        served.append((image["src"], size, (int(image["width"]), int(image["height"]))))
    assert [(src, size) for src, size, written in served if size != written] == []
    assert [size for _, size, _ in served] == [(300, 168), (640, 360)]
