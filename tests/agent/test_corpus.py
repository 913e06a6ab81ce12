"""The development corpus (tests/agent/brief_corpus.py): every brief meets what a reader expects.

A brief the planner is known to get wrong goes in KNOWN with the reason, as a strict xfail, so the
pass rate stays honest: `python -m tests.agent.brief_corpus` prints it with every unmet expectation.
"""

from __future__ import annotations

import pytest

from tests.agent.brief_corpus import (
    CASES,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    NEWCOMER,
    VOICES,
    Case,
    check,
)
from tests.agent.brief_corpus_c import FRESH_C
from tests.agent.brief_corpus_d import FRESH_D
from tests.agent.brief_corpus_e import FRESH_E
from tests.agent.brief_corpus_f import FRESH_F
from tests.agent.brief_corpus_fresh import FRESH_A, FRESH_B
from tests.agent.brief_corpus_g import FRESH_G
from tests.agent.brief_corpus_h import FRESH_H
from tests.agent.brief_corpus_i import FRESH_I
from tests.agent.brief_corpus_j import FRESH_J

# name → why the planner still misses it
KNOWN: dict[str, str] = {
    # Readers disagree on pace. Most readers of sets A to I expect one shot per beat up to 10 s
    # (the longest clip of Kling, Runway and Seedance), so the planner now adds an angle only past
    # 10 s (it cut at 8 s, Veo's longest, until stop 23: that met 7 more briefs and missed this
    # one, whose reader wants cuts every 7-8 s). These still want 12-15 s shots.
    "hospital recruitment": "cuts every 7-8 s; the planner holds a beat up to 10 s",
    # Open: a voice note's list ("the kitchen, the island, the big skylight") read as one room
    # or three shots; "mashed together with a fork" implies hands the planner does not see.
    "estate agent voice note": "a list of rooms read as one walk-through shot",
    "recipe short with ingredient list": "hands implied by a fork are not seen",
    # "… lol. then my dog Biscuit runs after me": a new subject after a full stop; the planner
    # chains only the same subject's action, the tester was unsure too.
    "youtuber lake intro": "a different subject after 'then' is a cut, not a chained clip",
    # Sets D and F (stop 22): held out, the planner met every expectation of 2 of 20 (D) and
    # 3 of 20 (F, after D's fixes); what is left after fixing them as development sets:
    "two-character narrative, chess in the park": "one shot per beat at 13 s; cuts at 8 s",
    "otters director prose": "one shot per beat at 12 s; the planner cuts at 8 s",
    "product launch with supers, desk lamp": "the camera move is taken out of the words",
    "vertical social ad, skate deck": "'our graphic' on a deck is not read as the product",
    # Set G (stop 22): held out, 2 of 20 (the planner before this stop: 2 of 20 too).
    "mountain hut, German": "a name after a German role noun ('Hüttenwirtin Resi') is not cast",
    "ice-cream van at dawn, noon and night": "'then a 3-second card' is read as the whole length",
    # Set E, the one-time held-out measurement of stop 22 (3 of 16; before this stop 2 of 16),
    # then fixed as development cases: 11 of 16.
    "band lyric video, chatty": "a look said beside the lyrics reaches only the later shots",
    "skate brand deck drop": "'as he lands' continuing a shot is not read; the deck is no product",
    # Set H, the second one-time held-out measurement of stop 22 (3 of 20; before this stop 2 of
    # 20), then fixed as development cases: 11 of 20. Open:
    "plumber, chatty message": "a run of 'then' clauses with 'me' read as too few pictures",
    "language school, email": "'writing \"Hola\" on a whiteboard' is read as words on screen only",
    "bike shop, voice note with a self-correction": "a corrected object ('not keys') stays a shot",
    "elopement photographer, director's treatment": "vows read aloud and a drone move are missed",
    "vegan food truck, one-liner": "'tacos sizzling, the line of customers' read as one picture",
    # Set I, the last one-time held-out measurement of stop 22 (3 of 16), fixed as development
    # cases at stop 23: 15 of 16.
    "student film email one take": "a 45 s take is cut into chained clips of 10 s at most",
    # Set J, the one-time held-out measurement of stop 23 (5 of 20), fixed as development cases
    # at stop 24: 16 of 20. Open:
    "game reveal timecodes": "'the Wyrm Queen' is cast as 'Queen'; the game's title is cast",
    "wedding videographer teaser": "'golden hour portraits' of the couple name neither of them",
    "saas explainer beats": "the software's name is cast as the product its shots show",
}
ALL = (
    *CASES,
    *HELD_OUT,
    *HELD_OUT_2,
    *HELD_OUT_3,
    *NEWCOMER,
    *VOICES,
    *FRESH_A,
    *FRESH_B,
    *FRESH_C,
    *FRESH_D,
    *FRESH_E,
    *FRESH_F,
    *FRESH_G,
    *FRESH_H,
    *FRESH_I,
    *FRESH_J,
)


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(reason=KNOWN[case.name], strict=True)] if case.name in KNOWN else []
    return pytest.param(case, id=case.name.replace(" ", "-"), marks=marks)


def test_the_corpus_is_big_and_varied() -> None:
    assert len(ALL) >= 40
    assert len({c.name for c in ALL}) == len(ALL)


@pytest.mark.parametrize("case", [_param(c) for c in ALL])
def test_brief(case: Case) -> None:
    problems = check(case)
    assert not problems, "\n".join(problems)
