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

# name → why the planner still misses it
KNOWN: dict[str, str] = {}
ALL = (*CASES, *HELD_OUT, *HELD_OUT_2, *HELD_OUT_3, *NEWCOMER, *VOICES)


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
