"""Knowing the cost before it is spent: the plan's card, `run` and `resume` without --yes, the
budget from the chat and the palette, a tier no engine here can make."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessions.store import SessionStore
from tests.tui.conftest import (
    TWO_SHOTS,
    chat_app,
    palette_found,
    seed_session,
    settle,
    type_text,
    wait_until,
)
from tui.cli import main
from tui.commands import ShotcallerCommands
from tui.screens.session import SessionScreen
from tui.widgets.chat import ChatLog

# Two paid simulated engines, strong at everything so they rank first: a keyframe at $0.04 and a
# clip at $0.10 a second.
PAID = """
version = "test-paid"
[guardrails]
max_attempts_per_stage = 3
budget_usd = 20.0

[[engine]]
name = "sim-stills"
provider = "simulated"
tools = ["generate_keyframe"]
tiers = ["draft", "delivery"]
strengths = ["landscape", "architecture", "camera_motion", "human_motion", "physics", "character", "stylized", "typography", "product", "dialogue"]
price = { per_image = 0.04 }
latency_s = 0.0

[[engine]]
name = "sim-motion"
provider = "simulated"
tools = ["animate"]
tiers = ["draft", "delivery"]
strengths = ["landscape", "architecture", "camera_motion", "human_motion", "physics", "character", "stylized", "typography", "product", "dialogue"]
price = { per_second = 0.10 }
latency_s = 0.0
"""


@pytest.fixture
def paid(tmp_path: Path) -> Path:
    path = tmp_path / "paid.toml"
    path.write_text(PAID)
    return path


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


@pytest.mark.parametrize("size", [(140, 45), (80, 24)], ids=["140x45", "80x24"])
async def test_the_plan_card_says_what_producing_it_costs_per_shot_and_stage(
    store: SessionStore, paid: Path, size: tuple[int, int]
) -> None:
    app = chat_app(catalog_path=paid)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.prompt.value = TWO_SHOTS
        await pilot.press("enter")
        await settle(pilot)
        assert screen.pending is not None and screen.pending.kind == "plan"
        plan = store.plan(screen.session_id or "")
        assert plan is not None
        first, second = plan.shots
        clip_1, clip_2 = 0.10 * first.duration_s, 0.10 * second.duration_s
        total = 0.04 * 2 + clip_1 + clip_2
        card = chat_text(screen)
        assert f"Producing it at draft tier: about ${total:.2f} for one take of each" in card
        assert (
            f"S01 ${0.04 + clip_1:.2f} — keyframe $0.04 sim-stills, clip ${clip_1:.2f} sim-motion"
            in card
        )
        assert (
            f"S02 ${0.04 + clip_2:.2f} — keyframe $0.04 sim-stills, clip ${clip_2:.2f} sim-motion"
            in card
        )
        # The most it could cost, every regeneration of the cap used.
        assert f"at most ${3 * total:.2f} if every regeneration is used" in card
        assert f"Plan? ${total:.2f}" in str(screen.query_one("#what").render())
        # Printed once: as the card, not again as the reply under it.
        assert card.count("Producing it at draft tier") == 1


async def test_a_reopened_unapproved_plan_is_offered_with_its_estimate(
    store: SessionStore, paid: Path
) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid, catalog_path=paid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        assert screen.pending is not None and screen.pending.estimate_usd > 0
        assert "sim-stills" in chat_text(screen)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def test_run_without_yes_prints_the_estimate_and_exits_3(
    tmp_path: Path, paid: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(TWO_SHOTS)
    code, out, _ = run_cli(["run", str(brief), "--catalog", str(paid)], capsys)
    assert code == 3
    assert "Producing it at draft tier: about $" in out
    assert "— keyframe $0.04 sim-stills, clip $" in out

    code, out, _ = run_cli(["run", str(brief), "--catalog", str(paid), "--json"], capsys)
    assert code == 3
    shown = json.loads(out)
    assert shown["status"] == "awaiting_approval"
    [pending] = shown["pending"]
    assert pending["kind"] == "plan" and pending["estimate_usd"] > 0
    assert {(w["shot_id"], w["tool"], w["engine"]) for w in pending["work"]} == {
        ("S01", "generate_keyframe", "sim-stills"),
        ("S01", "animate", "sim-motion"),
        ("S02", "generate_keyframe", "sim-stills"),
        ("S02", "animate", "sim-motion"),
    }
    assert "Producing it at draft tier: about $" in pending["summary"]


def test_resume_without_yes_prints_the_production_estimate_and_exits_3(
    store: SessionStore, paid: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = seed_session(store, TWO_SHOTS, approved=True)
    code, out, _ = run_cli(["resume", sid, "--catalog", str(paid)], capsys)
    assert code == 3
    assert "Produce S01–S02 (keyframe, clip)" in out
    assert "At draft tier: about $" in out and "sim-motion" in out
    code, out, _ = run_cli(["resume", sid, "--catalog", str(paid), "--json"], capsys)
    assert code == 3
    [pending] = json.loads(out)["pending"]
    assert pending["kind"] == "production" and pending["estimate_usd"] > 0
    assert store.attempts(sid) == []  # nothing was spent


async def test_budget_from_the_chat_is_the_persons_own_command(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await type_text(pilot, "set the budget to $40")
        await pilot.press("enter")
        await settle(pilot)
        assert "Budget set to $40.00" in chat_text(screen)
        assert "$40.00" in screen.query_one("#budget").line  # type: ignore[attr-defined]
        # A pending plan stays pending through it.
        assert screen.pending is not None and screen.pending.kind == "plan"
    assert store.session(sid).budget_usd == 40.0
    [call] = [c for c in store.tool_calls(sid) if c["tool"] == "set_budget"]
    assert call["actor"] == "person"


@pytest.mark.parametrize("said", ["budget -1", "budget 2000000"])
async def test_a_budget_refused_in_the_chat_says_so_once(store: SessionStore, said: str) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await type_text(pilot, said)
        await pilot.press("enter")
        await settle(pilot)
        errors = [str(w.render()) for w in screen.query(".error")]
        assert len(errors) == 1, chat_text(screen)
        message = errors[0].removeprefix("⚠ ").splitlines()[0]
        assert chat_text(screen).count(message) == 1, chat_text(screen)
    assert store.session(sid).budget_usd == 20.0


async def test_budget_from_the_palette(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await type_text(pilot, "budget 55")
        await wait_until(pilot, lambda: palette_found(app))
        await pilot.press("enter")
        await wait_until(pilot, lambda: store.session(sid).budget_usd == 55.0)


async def test_budget_from_the_palette_asks_for_the_amount(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        [ask] = [
            c for name, _, c in ShotcallerCommands(screen, None)._commands() if name == "Budget…"
        ]
        ask()
        await wait_until(pilot, lambda: app.screen is not screen)
        await type_text(pilot, "12.5")
        await pilot.press("enter")
        await wait_until(pilot, lambda: store.session(sid).budget_usd == 12.5)


async def test_a_tier_no_engine_here_can_make_names_the_keys(store: SessionStore) -> None:
    sid = seed_session(store, TWO_SHOTS)
    app = chat_app(sid)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        # From the chat (the model's set_tier tool, refused by the service) …
        await type_text(pilot, "use delivery tier")
        await pilot.press("enter")
        await settle(pilot)
        said = chat_text(screen)
        assert "no engine can make keyframes and clips at delivery tier here (set FAL_KEY" in said
        # … and from the palette (the person's).
        screen.set_tier("delivery")
        await wait_until(pilot, lambda: bool(screen.query(".error")))
        [error] = [str(w.render()) for w in screen.query(".error")]
        assert error.startswith("⚠ Cannot switch to delivery: no engine can make keyframes")
        assert "(set FAL_KEY or " in error
    assert store.session(sid).tier == "draft"


def test_a_delivery_quote_shows_its_price_beside_the_buttons(
    store: SessionStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan quoted at delivery with no keys (`run --tier delivery`), opened in the chat: the
    bar beside the buttons said "Plan? $0.00 to make" (read as free); it carries the quote."""
    import asyncio

    brief = tmp_path / "brief.txt"
    brief.write_text("A 10-second clip. A lighthouse at dusk. Waves break on the rocks.")
    code, out, _ = run_cli(["run", str(brief), "--tier", "delivery"], capsys)
    assert code == 3
    sid = out.rsplit("(session ", 1)[1].split(")")[0]

    async def bar() -> str:
        app = chat_app(sid)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SessionScreen)
            return str(screen.query_one("#what").render())

    said = asyncio.run(bar())
    assert said.startswith("Plan? $") and "Plan? $0.00" not in said, said
