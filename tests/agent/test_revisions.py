"""Revisions make new versions: renumbered ids, remapped chains, kept seeds, kept totals."""

from __future__ import annotations

import pytest

from agent.revisions import (
    RevisionError,
    add_shot_after,
    apply_change,
    apply_revision,
    drop_shot,
    move_shot,
    revise_shot,
    set_aspect_ratio,
    set_length,
    set_style,
    swap_shots,
)
from sessions.models import ShotPlan
from tests.agent.conftest import example_plan


def assert_new_version(old: ShotPlan, new: ShotPlan) -> None:
    assert new.version == old.version + 1
    assert not new.approved and new.note
    assert [s.id for s in new.shots] == [f"S{i + 1:02d}" for i in range(len(new.shots))]


def test_drop_keeps_total_and_remaps_chains() -> None:
    plan = example_plan("fjord-climber")
    new = drop_shot(plan, "S01")
    assert_new_version(plan, new)
    assert new.total_duration_s == plan.total_duration_s == 30
    assert [s.seed for s in new.shots] == [s.seed for s in plan.shots[1:]]
    assert new.shots[1].chain_from == "S01"  # the ridge still continues the hands
    assert plan.shots[2].chain_from == "S02"  # the old version is untouched


def test_dropping_a_chain_target_drops_the_chain() -> None:
    plan = example_plan("fjord-climber")
    new = drop_shot(plan, "S02")
    assert all(s.chain_from is None for s in new.shots)


def test_add_after_keeps_total_and_seeds() -> None:
    plan = example_plan("startup-ad")
    new = add_shot_after(plan, "S02", "a close-up of the laptop screen showing savings")
    assert_new_version(plan, new)
    assert len(new.shots) == 6
    assert new.total_duration_s == 20
    assert new.shots[2].framing == "close" and "product" in new.shots[2].tags
    assert new.shots[3].seed == plan.shots[2].seed
    assert new.shots[2].prompts.keyframe


def test_revise_framing_camera_and_length() -> None:
    plan = example_plan("startup-ad")
    new = revise_shot(plan, "S02", "a close-up, slow push-in")
    assert (new.shots[1].framing, new.shots[1].camera) == ("close", "push-in")
    assert new.shots[1].description == plan.shots[1].description
    assert new.shots[1].prompts.keyframe != plan.shots[1].prompts.keyframe
    assert new.shots[0].prompts == plan.shots[0].prompts  # untouched shot, untouched prompts
    longer = revise_shot(plan, "S01", "make it 6 seconds")
    assert longer.shots[0].duration_s == 6
    assert longer.total_duration_s == 21  # an explicit length changes the total


def test_revise_description() -> None:
    plan = example_plan("startup-ad")
    new = revise_shot(plan, "S02", "a man pours coffee in a sunlit kitchen")
    assert new.shots[1].description.startswith("A man pours coffee")
    assert "architecture" in new.shots[1].tags
    assert new.shots[1].seed == plan.shots[1].seed


def test_aspect_ratio() -> None:
    plan = example_plan("startup-ad")
    new = set_aspect_ratio(plan, "vertical")
    assert new.aspect_ratio == "9:16"
    assert all("9:16" in s.prompts.keyframe for s in new.shots)
    with pytest.raises(RevisionError, match="unknown aspect ratio"):
        set_aspect_ratio(plan, "round")


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("make shot 3 a wide shot", lambda p: p.shots[2].framing == "wide"),
        ("make shot 1 a slow push-in", lambda p: p.shots[0].camera == "push-in"),
        ("revise shot 2: a man pours coffee", lambda p: "coffee" in p.shots[1].description),
        ("drop shot 4", lambda p: len(p.shots) == 4),
        ("drop the last shot", lambda p: p.shots[-1].framing != "insert"),
        ("add a shot after 2: a dog asleep", lambda p: "dog" in p.shots[2].description),
        ("make it vertical", lambda p: p.aspect_ratio == "9:16"),
        ("Make it 1:1.", lambda p: p.aspect_ratio == "1:1"),
        ("make shot 2 4.5 seconds", lambda p: p.shots[1].duration_s == 4.5),
        ("swap the first and second shots", lambda p: "co-working" in p.shots[1].description),
        ("move the last shot to the start", lambda p: "logo" in p.shots[0].description),
        ("make it 30 seconds", lambda p: p.total_duration_s == 30),
        ("can shot 2 be slower?", lambda p: p.shots[1].duration_s > 4),
        ("more cinematic", lambda p: "cinematic" in p.style),
        ("add a shot at the end: the logo again", lambda p: len(p.shots) == 6),
    ],
)
def test_apply_revision(text: str, check: object) -> None:
    plan = example_plan("startup-ad")
    new, summary = apply_revision(plan, text)
    assert_new_version(plan, new)
    assert summary.startswith("v2: ") and "\n" not in summary
    assert check(new)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("drop shot 9", "there is no shot 9"),
        ("make shot 7 a close-up", "there is no shot 7"),
        ("dance with shot 2", "I did not understand"),
        ("make shot 2 purple", "I did not understand"),
        ("make shot 2 90 seconds", "a shot lasts 1 to 60 seconds"),
        ("Make it 16:9.", "the plan is already 16:9; nothing changed"),  # a v2 un-approved it
        ("make it 20 seconds", "the plan is already 20 s; nothing changed"),  # (it was v2 too)
        # (a second logo was put before the first)
        ("add a shot at the end: the logo", "the film already ends on its card, S05"),
        ("make shot 3 a close-up", "S03 already has close framing; nothing changed"),
    ],
)
def test_apply_revision_errors(text: str, message: str) -> None:
    with pytest.raises(RevisionError, match=r"^[^\n]+$") as err:
        apply_revision(example_plan("startup-ad"), text)
    assert message in str(err.value)


def test_cannot_drop_the_only_shot() -> None:
    with pytest.raises(RevisionError, match="only shot"):
        drop_shot(example_plan("porch-cat"), "S01")


def test_swap_and_move_keep_seeds_lengths_and_total() -> None:
    plan = example_plan("startup-ad")
    swapped = swap_shots(plan, "S01", "S03")
    assert [s.seed for s in swapped.shots[:3]] == [
        plan.shots[2].seed,
        plan.shots[1].seed,
        plan.shots[0].seed,
    ]
    assert swapped.shots[0].duration_s == plan.shots[2].duration_s
    assert swapped.total_duration_s == plan.total_duration_s
    moved = move_shot(plan, "S05", "first")
    assert moved.shots[0].seed == plan.shots[4].seed and moved.note == "moved S05 to the start"
    after = move_shot(plan, "S01", "after S03")
    assert [s.seed for s in after.shots[:3]] == [
        s.seed for s in (plan.shots[1], plan.shots[2], plan.shots[0])
    ]
    with pytest.raises(RevisionError, match="say where S01 goes"):
        move_shot(plan, "S01", "somewhere nice")


def test_chains_go_when_their_shots_part() -> None:
    plan = example_plan("fjord-climber")  # S03 continues S02
    assert plan.shots[2].chain_from == "S02"
    assert all(s.chain_from is None for s in swap_shots(plan, "S02", "S04").shots)


def test_set_length_scales_every_shot() -> None:
    plan = example_plan("startup-ad")
    longer = set_length(plan, "30 seconds")
    assert longer.total_duration_s == 30 and len(longer.shots) == len(plan.shots)
    assert all(b.duration_s >= a.duration_s for a, b in zip(plan.shots, longer.shots, strict=True))
    with pytest.raises(RevisionError, match="5 shots need at least 5 seconds"):
        set_length(plan, "3 seconds")


def test_pacing_words_lengthen_or_shorten_one_shot() -> None:
    plan = example_plan("startup-ad")
    slower = revise_shot(plan, "S02", "slower")
    assert slower.shots[1].duration_s > plan.shots[1].duration_s
    assert slower.total_duration_s == plan.total_duration_s
    assert slower.shots[1].description == plan.shots[1].description
    faster = revise_shot(plan, "S02", "a bit faster")
    assert faster.shots[1].duration_s < plan.shots[1].duration_s
    with pytest.raises(RevisionError, match="only shot"):
        revise_shot(example_plan("porch-cat"), "S01", "slower")


def test_style_notes_reach_every_prompt_and_can_be_taken_away() -> None:
    plan = example_plan("startup-ad")
    moody = set_style(plan, "make it moodier and more cinematic")
    assert moody.style.endswith("cinematic, moody")
    assert all("moody" in s.prompts.keyframe for s in moody.shots)
    assert "moody" not in set_style(moody, "less moody").style
    with pytest.raises(RevisionError, match="did not catch a look"):
        set_style(plan, "make it better")


def test_add_at_the_start_and_before_a_shot() -> None:
    plan = example_plan("startup-ad")
    first = apply_change(plan, "add_shot_after", "0", "the city at dawn")
    assert first.shots[0].description == "The city at dawn" and first.total_duration_s == 20
    before = apply_change(plan, "add_shot_after", "before 3", "a door opens")
    assert before.shots[2].description == "A door opens"


def test_cast_follows_renumbered_shots() -> None:
    plan = example_plan("fjord-climber")
    climber = next(m for m in plan.cast if m.kind == "character")
    new = drop_shot(plan, "S01")
    moved = next(m for m in new.cast if m.name == climber.name)
    assert moved.shots == [f"S{int(x[1:]) - 1:02d}" for x in climber.shots if x != "S01"]


def test_a_shot_only_retimed_gets_a_finishing_prompt_with_its_new_length() -> None:
    # the shot screen showed "(wide, pan, 7.5 s)" beside a motion prompt's "4-second clip"
    plan = example_plan("fjord-climber")
    new = revise_shot(plan, "S02", "slower")
    for shot in new.shots:
        assert f"{shot.duration_s:g} s)" in shot.prompts.finishing.splitlines()[0], shot.id


def test_a_finishing_prompt_the_person_wrote_stays_when_the_shot_is_retimed() -> None:
    plan = example_plan("fjord-climber")
    mine = "Finish it warm and grainy, like 16 mm film."
    shots = [plan.shots[0].model_copy(update={"prompts": plan.shots[0].prompts.model_copy(
        update={"finishing": mine})}), *plan.shots[1:]]  # fmt: skip
    new = revise_shot(plan.model_copy(update={"shots": shots}), "S02", "slower")
    assert new.shots[0].prompts.finishing == mine
    assert new.shots[0].duration_s != plan.shots[0].duration_s


def test_asking_for_what_a_shot_has_makes_no_version() -> None:
    """Typed (`say`): "make shot 2 a close-up" on a close-up made plan v2 "revised S02: close",
    the same shot again. A change names what it was and what it becomes."""
    plan = example_plan("startup-ad")
    close = revise_shot(plan, "S02", "a close-up, slow push-in")
    with pytest.raises(RevisionError, match=r"^S02 already has close framing; nothing changed$"):
        revise_shot(close, "S02", "a close-up")
    wide = revise_shot(close, "S02", "a wide shot")
    assert wide.note == "revised S02: close → wide framing"
    assert revise_shot(close, "S02", "static").note == "revised S02: camera push-in → static"


def test_a_camera_the_shot_has_makes_no_version_and_new_content_is_asked_for_whole() -> None:
    """Review: "revise shot 2: a close-up with a slow push-in" on a close push-in made a v2
    noted "revised S02: " (the camera's tags were set again); "close-up of the flour" is
    refused, and says how to change what the shot shows."""
    close = revise_shot(example_plan("startup-ad"), "S02", "a close-up, slow push-in")
    with pytest.raises(RevisionError, match="already has close framing and a push-in camera"):
        revise_shot(close, "S02", "a close-up with a slow push-in")
    with pytest.raises(RevisionError, match=r"say it whole: 'revise shot 2: …'"):
        revise_shot(close, "S02", "close-up of the flour")
