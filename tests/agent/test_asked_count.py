"""An asked shot count over pictures joined with commas: "Could you do 3 shots? I'm thinking
apples tumbling into the press, juice running into a bucket and the orchard at sunset" was planned
as the first picture three times (a wide, an aerial "view from above" and a "texture detail"), and
"Three shots: …, and the orchard at sunset" kept the "And" in the third shot. Found walking the
app; briefs written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from tests.agent.conftest import planned_by_the_cli, planned_in_the_chat

CIDER = (
    "Could you do 3 shots? I'm thinking apples tumbling into the press, juice running into a "
    "bucket and the orchard at sunset"
)
PICTURES = [
    "Apples tumbling into the press",
    "Juice running into a bucket",
    "The orchard at sunset",
]


def shots(text: str) -> list[str]:
    return [s.description for s in plan_from_brief(parse_brief(text)).shots]


def test_the_count_cuts_the_pictures_joined_by_commas_and_and() -> None:
    assert shots(CIDER) == PICTURES


def test_a_connector_never_opens_a_shot() -> None:
    said = shots(
        "Three shots: apples tumbling into the press, juice running into a bucket, and the "
        "orchard at sunset"
    )
    assert said == PICTURES


@pytest.mark.parametrize(
    "brief",
    [
        # the count does not match the comma parts: one picture, the count gives its angles
        "4 shots of an old fisherman, weathered and quiet, mending a net on the quay",
        # "fish and chips" is one thing: "and" is only cut where another picture starts
        "3 shots: fish and chips in paper, a gull on the railing",
    ],
)
def test_pictures_are_not_cut_where_the_count_does_not_match(brief: str) -> None:
    said = shots(brief)
    assert not any(s.lower().startswith(("and ", "weathered", "chips")) for s in said), said


def test_the_cli_plans_the_three_pictures(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = planned_by_the_cli(CIDER, tmp_path, capsys)
    assert [s["description"] for s in summary["shots"]] == PICTURES


async def test_the_chat_plans_the_three_pictures(data_home: Path) -> None:
    p = await planned_in_the_chat(CIDER)
    assert [s.description for s in p.shots] == PICTURES


@pytest.mark.parametrize(
    "brief",
    [
        "apples tumbling into the press, juice running into a bucket, and the orchard at sunset",
        "Apples tumbling into the press, juice running into a bucket, and the orchard at sunset",
        # no count, no last comma: the writer's frame, then the three pictures
        "I'm thinking apples tumbling into the press, juice running into a bucket and the orchard "
        "at sunset",
    ],
)
def test_without_a_count_things_doing_something_listed_are_the_pictures(brief: str) -> None:
    assert shots(brief) == PICTURES


def test_what_happens_around_someone_stays_their_picture() -> None:
    """ "crews hauling sails, spray coming over the bow": the spray is around the crews."""
    assert shots("Crews hauling sails, spray coming over the bow, 10 seconds") == [
        "Crews hauling sails, spray coming over the bow"
    ]
