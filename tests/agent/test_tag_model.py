"""The planner's tag reader (agent/briefing/tag_model.py): a model per tag, trained on the
development corpora, adds a tag the rules' word lists left off when it is sure, and never takes
one away. Briefs written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.brief import parse_brief
from agent.briefing import tag_model
from agent.briefing.tag_model import MODELLED, rules_alone, tag_chances
from agent.planner import plan_from_brief
from sessions.models import ShotPlan
from tests.agent.train_sentence_model import development_sets

BRIEFS = (
    "15 seconds. Schoolchildren cross the road in front of the tram. A bin lorry tips glass "
    "bottles into the crusher. End on the council logo.",
    "20 seconds. Two bakers cross the yard with trays. Flour sacks thrown onto the pallet, "
    "bursting open. The bakery sign at dawn.",
    "A 30 second film. A heron stands in the shallows. Mist over the reeds at first light. "
    'The words "Wild Water" over the lake.',
)


def plans(brief: str) -> tuple[ShotPlan, ShotPlan]:
    with rules_alone():
        rules = plan_from_brief(parse_brief(brief))
    return rules, plan_from_brief(parse_brief(brief))


def test_the_shipped_model_reads_the_modelled_tags_and_was_not_trained_on_held_out_sets() -> None:
    model = json.loads(tag_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert set(model["tags"]) == set(MODELLED)
    assert set(model["trained_on"]) <= {name for name, _ in development_sets()}
    assert "FRESH_S" not in model["trained_on"]


def test_glass_tipped_into_a_crusher_is_physics_though_no_list_says_so() -> None:
    rules, read = plans(BRIEFS[0])
    crusher = next(i for i, s in enumerate(read.shots) if "crusher" in s.description)
    assert "physics" not in rules.shots[crusher].tags
    assert "physics" in read.shots[crusher].tags


@pytest.mark.parametrize("brief", BRIEFS)
def test_it_only_adds(brief: str) -> None:
    rules, read = plans(brief)
    assert [s.description for s in rules.shots] == [s.description for s in read.shots]
    for before, after in zip(rules.shots, read.shots, strict=True):
        assert set(before.tags) <= set(after.tags)
        assert set(after.tags) - set(before.tags) <= set(MODELLED)


def test_without_a_usable_model_the_rules_alone_tag(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for text in ("{not json", '{"tags": {"physics": {"<bias>": NaN}}}'):
        broken = tmp_path / "tags.json"
        broken.write_text(text)
        monkeypatch.setattr(tag_model, "MODEL_FILE", broken)
        tag_model._weights.cache_clear()
        try:
            assert tag_chances("glass bottles", first=False, last=False, framing="wide") == {}
            rules, read = plans(BRIEFS[0])
            assert [s.tags for s in rules.shots] == [s.tags for s in read.shots]
        finally:
            tag_model._weights.cache_clear()
