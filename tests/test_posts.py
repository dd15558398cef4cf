"""Our own recap posts, written to look like real blogs in seven languages, and
look-alike lists that are not talks: recall and false cards, in both modes.

Each set in tests/posts was written without looking at the reader and first
measured unseen (the README gives those first numbers); the reader was then
improved on what they showed, so these tests keep what was won. Expected talks
are in posts/expected.json; a talk is read right when its card has the title
and every speaker's name.
"""

from __future__ import annotations

import json
import pathlib

import pytest
from conftest import build
from corpus import Score, read_cards, same

POSTS = pathlib.Path(__file__).parent / "posts"
EXPECTED = json.loads((POSTS / "expected.json").read_text(encoding="utf-8"))

# Measured on the twenty-three sets (a-w): 1312 of 1357 (96.7 %) with talks:
# yes, 1307 (96.3 %) in auto mode, 19 false cards in each (98.6 % of the
# cards right). Each set was tuned on after its unseen
# measure (the README gives them); the last four, t, u, v and w, got 56, 56,
# 55 and 49 (45 in auto mode) of 64, 60, 60 and 54 unseen. Auto mode leaves a
# podcast host's conference notes as written (5 talks): its category and
# introduction say "podcast". Left unread: speakers named in prose (10 talks,
# sets k and m), items naming two talks (set l). With talks: yes a list of
# people the author met, after the talks, gets cards (set u): every list that
# reads as talks does, and in auto mode too: its paragraph names the talks
# last ("Fast genauso wichtig wie die Vorträge: ...").
GOALS = {"yes": 0.95, "auto": 0.95, "precision": 0.985}


def with_talks_yes(path: pathlib.Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".rst":
        return text.replace("\n:date:", "\n:talks: yes\n:date:", 1)
    return text.replace("\n\n", "\nTalks: yes\n\n", 1)


def score(where: pathlib.Path, folder: str, mode: str) -> list[Score]:
    paths = sorted((POSTS / folder).iterdir())
    files = {
        p.name: with_talks_yes(p) if mode == "yes" else p.read_text(encoding="utf-8")
        for p in paths
    }
    site = build(
        where,
        files,
        plugins=("pelican_talks",),
        SLUGIFY_SOURCE="basename",
        ARTICLE_URL="{slug}.html",
        ARTICLE_SAVE_AS="{slug}.html",
    )
    scores = []
    for path in paths:
        cards = read_cards(site.html(f"{path.stem}.html"))
        expected = [
            {"title": title, "speakers": speakers}
            for title, speakers in EXPECTED.get(path.stem, [])
        ]
        result = Score(f"{folder}/{path.name}", expected=len(expected))
        result.found = sum(1 for e in expected if any(same(c, e) for c in cards))
        result.falses = [c for c in cards if not any(same(c, e) for e in expected)]
        result.false_cards = len(result.falses)
        scores.append(result)
    return scores


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return {
        (folder, mode): score(tmp_path_factory.mktemp(f"{folder}-{mode}"), folder, mode)
        for folder in ("talks", "traps")
        for mode in ("yes", "auto")
        if not (folder == "traps" and mode == "yes")
    }


def test_every_post_has_its_expected_talks():
    names = {p.stem for p in (POSTS / "talks").iterdir()}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("mode", ["yes", "auto"])
def test_talks_are_read_right(scores, mode, capsys):
    results = scores[("talks", mode)]
    found = sum(s.found for s in results)
    expected = sum(s.expected for s in results)
    falses = sum(s.false_cards for s in results)
    with capsys.disabled():
        print(f"\nour posts, talks: {mode}: {found}/{expected}, {falses} false cards")
        for s in results:
            if s.found < s.expected or s.false_cards:
                print(f"  {s.name:48} {s.found}/{s.expected} false {s.false_cards}")
    assert found / expected >= GOALS[mode]
    assert found / (found + falses) >= GOALS["precision"]


# Look-alikes that still get cards in auto mode. Lists of what else an event
# had, with people beside each thing, where nothing before the list names
# what they are: the event's word and items that read as a title and people
# are taken for a programme. Sets v and w were written after the words for
# other lists (vocabulary: other_lists) and measured unseen: none of v's five
# is caught, and three of w's five are drawn.
# Listed so that a change either way shows.
STILL_DRAWN = [
    "r-u04-es-exposiciones-otono.md",  # "la agenda viene cargada"
    "s-z03-fr-degustation-vins-loire.md",
    "t-z02-es-citas-en-el-monitor.md",
    "u-z03-es-propuestas-open-space-desconferencia.md",  # proposals are talks too
    "v-z01-en-bsides-bristol-ctf.md",
    "v-z02-es-pycones-sevilla-cronicas.md",
    "v-z03-fr-python-nantes-mentorat.md",
    "v-z04-de-froscon-anreise.md",
    "v-z05-pt-dia-comunidade-python-portugal.md",
    "w-z03-fr-fromages-apero-breizhcamp.md",
    "w-z04-de-keyboard-meetup-berlin.md",
    "w-z05-it-domande-keynote-codemotion.md",
]


def test_look_alike_lists_give_no_cards(scores):
    drawn = [s.name for s in scores[("traps", "auto")] if s.false_cards]
    assert [name.removeprefix("traps/") for name in drawn] == STILL_DRAWN
