"""The planner's second reader (agent/briefing/sentence_model.py): a model trained on the
development corpora that sets aside lines the rules kept as pictures when it is sure they are about
the video. The lines below were written for this test, not taken from any corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.brief import parse_brief
from agent.briefing import sentence_model
from agent.briefing.beats import split_brief
from agent.briefing.sentence_model import META_SURE, features, meta_chance
from agent.planner import plan_from_brief
from tests.agent.train_sentence_model import development_sets, labelled_lines, train

ABOUT_THE_VIDEO = (
    "Target audience is parents of under-fives",  # the rules keep it; the model sets it aside
    "Cheers and speak soon",
    "Sent from my iPhone",
    "Can you send over a couple of options for the client",
    "Invoice to accounts payable, PO number to follow",
)
# Lines about the video the planner still keeps as shots: findings, kept visible (the model
# reads them at 0.4-0.6, short of sure).
MISSED = ("Final delivery needed by the end of March please",)
PICTURES = (
    "A fox trots across a frosted field at dawn",
    "Close-up: rain beads on a red umbrella",
    "The baker slides a tray of loaves into the oven",
    "Waves break over the harbour wall",
    "An astronaut floats past the porthole",
    "Two boxers circle each other under a single bulb",
    "A badger noses through the leaf litter",
    "Steam curls off a bowl of ramen",
    "The cashier slides the change across the counter",
    "Neon signage flickers above a wet street",
)


def test_the_shipped_model_was_trained_on_development_sets_only() -> None:
    model = json.loads(sentence_model.MODEL_FILE.read_text(encoding="utf-8"))
    development = {name for name, _ in development_sets()}
    assert model["trained_on"] and set(model["trained_on"]) <= development
    assert "FRESH_S" not in model["trained_on"]  # the held-out set it is measured on
    assert len(model["weights"]) > 1000


def shots_of(line: str) -> list[str]:
    brief = (
        f"A fox trots across a frosted field at dawn. {line}. Waves break over the harbour wall."
    )
    return [b.text for b in split_brief(brief).beats]


@pytest.mark.parametrize("line", ABOUT_THE_VIDEO)
def test_lines_about_the_video_it_never_saw_are_no_shots(line: str) -> None:
    assert not any(line[:12] in shot for shot in shots_of(line)), line


def test_the_model_sets_aside_what_the_rules_kept() -> None:
    line = ABOUT_THE_VIDEO[0]
    brief = (
        f"A fox trots across a frosted field at dawn. {line}. Waves break over the harbour wall."
    )
    assert any("audience" in b.text for b in split_brief(brief, second_reader=False).beats)
    assert meta_chance(line) >= META_SURE


@pytest.mark.xfail(strict=True, reason="findings: paperwork in words the corpora never used")
@pytest.mark.parametrize("line", MISSED)
def test_lines_about_the_video_it_misses(line: str) -> None:
    assert not any(line[:12] in shot for shot in shots_of(line)), line


@pytest.mark.parametrize("line", PICTURES)
def test_pictures_it_never_saw_are_never_set_aside(line: str) -> None:
    assert meta_chance(line) < META_SURE, line


def test_a_word_it_never_saw_still_counts_through_its_class() -> None:
    # "badger", "astronaut" and "canyon" are in the lexicon and in no corpus brief
    seen = features("A badger and an astronaut at the edge of a canyon")
    assert {"c:thing", "c:person", "c:place"} <= set(seen)


def test_it_sets_aside_only_what_the_rules_kept_and_it_is_sure_of() -> None:
    brief = (
        "A 20-second spot. A fox trots across a frosted field at dawn. "
        "Rating: suitable for all audiences. Waves break over the harbour wall. "
        'End on the words "Wild Coast".'
    )
    rules = split_brief(brief, second_reader=False)
    both = split_brief(brief)
    kept = [b.text for b in both.beats]
    assert all(b in [r.text for r in rules.beats] for b in kept)  # a veto, never an addition
    assert not any("Rating" in b for b in kept)
    assert any("fox" in b for b in kept) and any("Wild Coast" in b for b in kept)


def test_the_last_picture_and_an_end_card_are_never_set_aside() -> None:
    alone = split_brief("Hosts: Ama Boateng and Rui Costa")
    assert len(alone.beats) == 1  # the one line the brief has stays a shot
    card = split_brief('A fox in the snow. Rating: suitable for all audiences. End on "PG".')
    assert card.beats[-1].end


def test_without_a_model_the_rules_alone_decide(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    brief = "A fox trots across a frosted field. Rating: suitable for all audiences. Waves break."
    for broken in (tmp_path / "missing.json", tmp_path / "broken.json"):
        (tmp_path / "broken.json").write_text("{not json")
        monkeypatch.setattr(sentence_model, "MODEL_FILE", broken)
        sentence_model._weights.cache_clear()
        assert meta_chance("Rating: suitable for all audiences") == 0.0
        assert [b.text for b in split_brief(brief).beats] == [
            b.text for b in split_brief(brief, second_reader=False).beats
        ]
        assert plan_from_brief(parse_brief(brief)).shots
    sentence_model._weights.cache_clear()


def test_training_is_repeatable() -> None:
    _, cases = development_sets()[0]
    rows = labelled_lines(cases[:12])
    assert train(rows) == train(rows)
    assert {label for _, label in rows} == {0, 1}


def test_after_the_end_card_leaning_is_enough() -> None:
    brief = (
        'A potter throws a bowl on the wheel. End on our logo and the words "Open Sundays". '
        # (the rules read "Best, Tomasz Nowak" as a sign-off since stop 44; this one they keep)
        "Legal to confirm the wording. Chat soon, T."
    )
    rules = [b.text for b in split_brief(brief, second_reader=False).beats]
    assert rules[-1] == "Chat soon"  # the rules keep the signature as a last shot
    kept = [b.text for b in split_brief(brief).beats]
    assert kept[-1].startswith("Our logo") and len(kept) == 2


def test_words_in_quotes_are_a_card_the_tail_comes_after() -> None:
    brief = (
        "Bees crawl over a frame of honeycomb. Jars on the stall with my labels, "
        "'Hollow Lane Honey'. Please write back by letter. Yours faithfully, Edmund Hartley"
    )
    assert split_brief(brief, second_reader=False).beats[-1].text.startswith("Yours")
    assert split_brief(brief).beats[-1].text.startswith("Jars on the stall")


def test_a_model_with_a_nan_weight_is_no_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "nan.json"
    broken.write_text('{"weights": {"<bias>": NaN}}')
    monkeypatch.setattr(sentence_model, "MODEL_FILE", broken)
    sentence_model._weights.cache_clear()
    try:
        assert meta_chance("A fox trots across a frosted field") == 0.0
    finally:
        sentence_model._weights.cache_clear()
