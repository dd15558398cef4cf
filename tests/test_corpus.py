"""Recall and false cards on the shared corpus of real posts, printed per file.

Run with `-s` or look at the report printed at the end of `make test`.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="needs ../shared/corpus")


# What the reader reaches on the whole corpus, held close to what is measured
# (92 %, 92 %, 99 % of the cards drawn in auto mode right: README) so that a
# change that loses talks is seen; issue 14 asked for 90 %, 75 % and 97 %.
GOALS = {"yes": 0.91, "auto": 0.91, "auto precision": 0.99}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    from corpus import score

    return {
        mode: score(tmp_path_factory.mktemp(f"corpus-{mode}"), "talks", mode)
        for mode in ("yes", "auto")
    } | {"traps": score(tmp_path_factory.mktemp("traps"), "traps", None)}


def report(capsys, title, results):
    from corpus import split_table

    with capsys.disabled():
        print("\n" + split_table(title, results))


def test_with_talks_yes_nine_in_ten_talks_are_read_right(scores, capsys):
    from corpus import total_recall

    report(capsys, "talks: yes", scores["yes"])
    assert total_recall(scores["yes"]) >= GOALS["yes"]


def test_in_auto_mode_three_in_four_talks_are_read_right(scores, capsys):
    from corpus import total_recall

    report(capsys, "talks: auto", scores["auto"])
    assert total_recall(scores["auto"]) >= GOALS["auto"]


def test_cards_drawn_in_auto_mode_are_read_right(scores):
    from corpus import totals

    found, _, falses = totals(scores["auto"])
    assert found / (found + falses) >= GOALS["auto precision"]


def test_trap_posts_give_no_cards_in_auto_mode(scores, capsys):
    report(capsys, "traps, talks: auto", scores["traps"])
    assert [s.name for s in scores["traps"] if s.false_cards] == []


def test_the_reference_post_is_read_exactly_in_the_corpus(scores):
    for mode in ("yes", "auto"):
        (seed,) = [s for s in scores[mode] if s.name.startswith("talks/01-")]
        assert (seed.found, seed.expected, seed.false_cards) == (7, 7, 0)


def test_the_post_whose_list_is_a_paragraph_is_left_out(scores):
    names = [s.name for s in scores["yes"]]
    assert "talks/19-eslibre-2020-es.md" not in names
    assert len(names) == 43


def test_no_word_of_a_corpus_item_is_lost(tmp_path):
    """Every word of every converted item shows in its card or kept item."""
    from conftest import build
    from corpus import build_corpus

    on, files = build_corpus(tmp_path / "on", "talks", "yes")
    off = build(tmp_path / "off", files, plugins=())
    lost, compared = [], 0
    for name in files:
        page = name.rsplit(".", 1)[0] + ".html"
        pairs = zip(top_lists(on, page), top_lists(off, page), strict=True)
        for after, before in pairs:
            if "talk-cards" not in (after.get("class") or []):
                continue
            items = zip(entries(after), entries(before), strict=True)
            for entry, item in items:
                compared += 1
                shown = set(words(entry))
                missing = [w for w in words(item) if w not in shown]
                if missing:
                    lost.append((name, item.get_text(" ", strip=True)[:60], missing))
    assert compared > 150
    assert lost == [], "\n".join(map(str, lost))


def words(element) -> list[str]:
    import re

    return re.findall(r"\w+", element.get_text(" ").casefold())


def entries(list_element):
    return list_element.find_all("li", recursive=False)


def top_lists(site, page: str):
    """The article's lists that are not inside another list, in document order."""
    content = site.content(page)
    return [
        element
        for element in content.find_all(["ul", "ol"])
        if element.find_parent("li") is None
    ]
