"""The rough edges a producer hit in an afternoon, each as they would meet it again."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest
from rich.cells import cell_len
from textual.widgets import Button, Collapsible, DataTable

from sessions.c2pa import sign_file, signing_identity
from sessions.models import sha256_text
from sessions.store import SessionStore, now
from tests.sessions.test_c2pa import claim, make_png
from tests.sessions.test_store import attempt
from tests.support import produce as produce_session
from tests.tui.conftest import (
    PORCH_CAT,
    TWO_SHOTS,
    Produced,
    chat_app,
    produce,
    seed_session,
    settle,
    type_text,
    wait_until,
)
from tools.catalog import load_catalog
from tools.media.continuity import check_character
from tools.service import ProductionService
from tui.cli import main
from tui.screens.detail import ShotDetailScreen
from tui.screens.session import SessionScreen
from tui.screens.storyboard import StoryboardScreen
from tui.session_state import history
from tui.verify import verify_command
from tui.widgets.approval import ApprovalBar, fitted
from tui.widgets.budget import BudgetMeter
from tui.widgets.chat import ChatLog

SIZES = [pytest.param((140, 45), id="140x45"), pytest.param((80, 24), id="80x24")]


def session_screen(screen: object) -> SessionScreen:
    assert isinstance(screen, SessionScreen)
    return screen


def chat_text(screen: SessionScreen) -> str:
    return "\n".join(str(w.render()) for w in screen.query_one(ChatLog).query("Static"))


def waiting_for_production(store: SessionStore, text: str = TWO_SHOTS) -> str:
    sid = seed_session(store, text, approved=True)
    ProductionService(store, load_catalog(), {}).request_production(sid, actor="person")
    return sid


@pytest.mark.parametrize("size", SIZES)
async def test_the_header_says_where_the_session_stands_whole(
    store: SessionStore, size: tuple[int, int]
) -> None:
    sid = waiting_for_production(store)
    app = chat_app(sid)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        meter = app.screen.query_one(BudgetMeter)
        line = meter.line
        # Not "planning", not cut at 80 columns: the production waits, in words.
        assert "production waiting for your approval" in line
        assert len(line) <= size[0] - 2
        assert "$20.00" in line


@pytest.mark.parametrize("size", SIZES)
async def test_attempts_and_cost_stay_in_view_beside_tags_and_chains(
    produced: Produced, size: tuple[int, int]
) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        table = session_screen(app.screen).query_one("#plan", DataTable)
        assert "←S01" in str(table.get_cell("S02", "shot"))
        widths = {str(c.key.value): c.get_render_width(table) for c in table.columns.values()}
        keys = [str(k.value) for k in table.columns]
        through_cost = sum(widths[k] for k in keys[: keys.index("cost") + 1])
        assert through_cost <= table.scrollable_content_region.width


def one_shot_without_tags(store: SessionStore) -> str:
    sid = seed_session(store, PORCH_CAT, approved=True)
    plan = store.plan(sid)
    assert plan is not None
    bare = plan.shots[0].model_copy(update={"tags": []})
    store.save_plan(sid, plan.model_copy(update={"shots": [bare], "approved": True}))
    store.approve_plan(sid)
    return sid


@pytest.mark.parametrize("size", SIZES)
async def test_no_empty_tags_and_no_1_shots(store: SessionStore, size: tuple[int, int]) -> None:
    sid = one_shot_without_tags(store)
    await produce(store, sid)
    app = chat_app(sid)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        note = detail.query_one("#attempts-note")
        await wait_until(pilot, lambda: str(note.render()).startswith("2 attempts"))
        headline = str(detail.query_one("#headline").render())
        assert "[]" not in headline and "medium" in headline
        assert str(detail.query_one("#attempts-note").render()).startswith("2 attempts")
        await pilot.press("escape", "f3")
        board = app.screen
        assert isinstance(board, StoryboardScreen)
        intro = str(board.query_one("#intro").render())
        assert intro.startswith("1 shot ·")
    calls = [p for kind, p in history(store, sid) if kind == "tool"]
    produced_line = [c.result for c in calls if getattr(c, "tool", "") == "produce"]  # type: ignore[union-attr]
    assert produced_line == ["completed · 1 of 1 shot done · $0.00"]


@pytest.mark.parametrize("size", SIZES)
async def test_each_plan_is_shown_once_and_produce_lands_below_its_card(
    store: SessionStore, size: tuple[int, int]
) -> None:
    app = chat_app()
    async with app.run_test(size=size) as pilot:
        screen = session_screen(app.screen)
        screen.prompt.value = PORCH_CAT
        await pilot.press("enter")
        await settle(pilot)
        assert chat_text(screen).count("plan v1: 1 shot") == 1  # the card, not the reply again
        await pilot.press("ctrl+y")
        await settle(pilot)
        await pilot.press("ctrl+y")
        await settle(pilot)
        children = list(screen.query_one(ChatLog).children)
        cards = [i for i, w in enumerate(children) if w.has_class("proposal")]
        [produce_line] = [
            i for i, w in enumerate(children) if isinstance(w, Collapsible) and "produce" in w.title
        ]
        assert produce_line > cards[-1]  # "✓ produce … completed" under its card, not above
        title = children[produce_line].title  # type: ignore[attr-defined]
        assert title.startswith("✓ produce")
        # Answered cards say so, and lose their keys.
        assert all(children[i].has_class("answered") for i in cards)


@pytest.mark.parametrize("size", SIZES)
async def test_a_killed_production_reopens_without_a_stale_approval(
    store: SessionStore, size: tuple[int, int]
) -> None:
    sid = waiting_for_production(store)
    [waiting] = store.approvals(sid, status="pending")
    # The app was killed mid-production: approved, one attempt running, the session "producing".
    store.update_approval(waiting.id, status="approved", answered_by="person", answered=now())
    store.start_attempt(
        attempt(
            sid, tool="generate_keyframe", stage="generate_keyframe", prompt_sha256=sha256_text("k")
        )
    )
    store.update_session(sid, status="producing")
    app = chat_app(sid)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        assert screen.pending is None
        assert not screen.query_one(ApprovalBar).has_class("-pending")
        assert screen.query_one("#stopped").has_class("-shown")
        assert "producing" not in screen.query_one(BudgetMeter).line
        assert screen.check_action("continue_production", ()) is True
        assert screen.check_action("approve", ()) is False


@pytest.mark.parametrize("size", SIZES)
async def test_a_first_upscale_is_made_not_redone(
    produced: Produced, size: tuple[int, int]
) -> None:
    app = chat_app(produced.session_id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2", "enter", "u")
        await wait_until(pilot, lambda: screen.pending is not None)
        assert screen.pending is not None
        assert screen.pending.summary.startswith("Make S01 upscale")
        assert "Make S01 upscale? free" in str(screen.query_one("#what").render())


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def test_sessions_are_listed_in_words(
    store: SessionStore, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting_for_production(store)
    code, out, _ = run_cli(["sessions"], capsys)
    assert code == 0
    assert "awaiting approval" in out and "awaiting_approval" not in out
    # the columns line up: each row's cost ends where the others' do, a space before it
    store.update_session(seed_session(store, PORCH_CAT, approved=True), status="completed")
    code, out, _ = run_cli(["sessions"], capsys)
    rows = out.splitlines()
    assert len(rows) == 2 and "completed" in out, out
    ends = {row.index("$") + len(row.split("$")[1].split()[0]) for row in rows}
    assert len(ends) == 1, out
    assert all(row[row.index("$") - 1] == " " for row in rows), out


async def test_shot_1_is_a_shot(produced: Produced, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["resume", produced.session_id, "--shot", "1", "--redo", "clip"], capsys)
    assert code == 3
    assert out.startswith("Redo S01 clip")


def test_verify_says_why_in_words(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = make_png(tmp_path / "k.png")
    sign_file(png, claim(), signing_identity(tmp_path / "elsewhere"))  # another installation's CA
    signing_identity(data_home)  # this one has its own
    assert verify_command(str(png)) == 1
    out = capsys.readouterr().out
    assert "NOT valid: the hashes match and the signature is good, but the signer is not one" in out
    assert "validation state" not in out


FAILING = """
version = "test-failing"
[guardrails]
max_attempts_per_stage = 1
budget_usd = 20.0

[[engine]]
name = "sim-down"
provider = "simulated"
tools = ["generate_keyframe", "animate"]
tiers = ["draft"]
price = { per_image = 0.0 }
latency_s = 0.0
[engine.faults]
server_error = 1.0
"""


async def test_an_error_names_its_engine_once(store: SessionStore, tmp_path: Path) -> None:
    catalog = tmp_path / "failing.toml"
    catalog.write_text(FAILING)
    sid = seed_session(store, approved=True)
    await produce_session(store, sid, catalog=load_catalog(catalog))
    _, reason = store.shot_states(sid)["S01"]
    assert "sim-down: 503" in reason
    assert "sim-down: sim-down" not in reason


def test_the_continuity_suggestion_reads_as_a_sentence() -> None:
    grey = np.full((90, 160, 3), 128, np.uint8)
    red = np.zeros((90, 160, 3), np.uint8)
    red[...] = (200, 30, 30)
    lighter = np.full((90, 160, 3), 200, np.uint8)
    [drift] = check_character({"S01": grey, "S02": lighter}, name="the girl")
    assert not drift.passed
    assert "as the reference for the girl" in drift.suggestion
    assert "the the" not in drift.suggestion
    # A region that measures grey is not called the costume's colour.
    assert "keep S01's look" in drift.suggestion and "keep the grey" not in drift.suggestion
    assert "(lighter)" in drift.reasons[0]
    [coat] = check_character({"S01": red, "S02": lighter}, name="Mara")
    assert "the reference for Mara (keep the red)" in coat.suggestion


async def test_a_reopened_chat_shows_short_tool_lines(produced: Produced) -> None:
    lines = [p.result for kind, p in history(produced.store, produced.session_id) if kind == "tool"]
    stages = [line for line in lines if line.startswith(("S01", "S02"))]  # type: ignore[union-attr]
    assert "S01 keyframe t1 · animatic" in stages and "S02 clip t1 · animatic" in stages
    assert all("first choice" not in line for line in lines)  # type: ignore[operator]
    app = chat_app(produced.session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.screen.query(Collapsible)]
        assert "✓ generate_keyframe  S01 keyframe t1 · animatic" in titles
        await type_text(pilot, "x")  # the screen is alive and typing goes to the chat
        assert session_screen(app.screen).prompt.text == "x"


async def test_the_chat_names_who_approved_when_it_was_yes(
    store: SessionStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(PORCH_CAT)
    # The plan waits (exit 3), then `resume --yes` answers the model's call that waits on it.
    code, _, err = await asyncio.to_thread(run_cli, ["run", str(brief)], capsys)
    assert code == 3, err
    [info] = store.list_sessions()
    code, _, err = await asyncio.to_thread(run_cli, ["resume", info.id, "--yes"], capsys)
    assert code == 0, err
    approvers = {c["tool"]: c["actor"] for c in store.tool_calls(info.id) if c["approval_id"]}
    assert approvers["approve_plan"] == "--yes" and approvers["produce"] == "--yes"
    app = chat_app(info.id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        said = chat_text(session_screen(app.screen))
    assert "you  approve" not in said
    assert said.count("approved with --yes (on the command line)") == 2


async def test_the_shot_detail_offers_no_race_where_none_can_run(produced: Produced) -> None:
    # Offline (no keys): no two engines can make a delivery proxy. The race section says why in
    # one line, and r says it again instead of asking for a race that can only fail.
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2", "enter")
        detail = app.screen
        assert isinstance(detail, ShotDetailScreen)
        note = str(detail.query_one("#race-note").render())
        assert note.startswith("No race here: a race needs two engines that can make S01's clip")
        assert "r makes" not in note
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is detail and screen.pending is None
        assert not screen.query(".error")


async def test_a_redo_card_says_the_cut_and_the_episode_are_made_again(
    produced: Produced, capsys: pytest.CaptureFixture[str]
) -> None:
    then = "Then: checks the cuts S01→S02 again and cuts the episode again."
    app = chat_app(produced.session_id)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        await pilot.press("f2", "enter", "a")  # S01's clip (S02 continues it)
        await wait_until(pilot, lambda: screen.pending is not None)
        assert screen.pending is not None and then in screen.pending.summary.splitlines()
        await pilot.press("ctrl+n")
        await wait_until(pilot, lambda: screen.pending is None)
    # The same words at the CLI; an upscale changes no cut, only the episode made from it.
    args = ["resume", produced.session_id, "--shot", "S01"]
    code, out, _ = await asyncio.to_thread(run_cli, [*args, "--redo", "keyframe"], capsys)
    assert code == 3 and then in out.splitlines()
    code, out, _ = await asyncio.to_thread(run_cli, [*args, "--redo", "upscale"], capsys)
    assert code == 3 and "Then: cuts the episode again." in out.splitlines()


WIDTHS = [pytest.param((w, 40), id=f"{w}x40") for w in (80, 120, 140)]


def columns_fit(table: DataTable) -> bool:  # type: ignore[type-arg]
    used = sum(c.get_render_width(table) for c in table.columns.values())
    return used <= table.scrollable_content_region.width


@pytest.mark.parametrize("size", WIDTHS)
async def test_the_plan_and_the_session_list_show_whole_columns(
    produced: Produced, size: tuple[int, int]
) -> None:
    # At 120 columns the plan pane cut "keyframe" in half, and the session list's id showed "i".
    app = chat_app(produced.session_id)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = session_screen(app.screen)
        plan = screen.query_one("#plan", DataTable)
        assert columns_fit(plan) and list(plan.columns)[:7] == [
            "id", "duration", "status", "progress", "attempts", "cost", "shot"
        ]  # fmt: skip
        await pilot.press("ctrl+o")
        await wait_until(pilot, lambda: bool(app.screen.query("#sessions")))
        sessions = app.screen.query_one("#sessions", DataTable)
        await pilot.pause()
        assert columns_fit(sessions) and "id" in [str(c.label) for c in sessions.columns.values()]
        assert produced.session_id in [str(c) for c in sessions.get_row(produced.session_id)]


@pytest.mark.parametrize("width", [140, 120, 100, 90])
async def test_the_approval_bar_keeps_its_price_and_buttons_on_a_narrow_chat(
    store: SessionStore, width: int
) -> None:
    """Walked at 100 columns: the bar read "Produce" and "Reject ^", its price and the last
    button cut off. The key hints go first (the footer has them), then the verb."""
    app = chat_app()
    async with app.run_test(size=(width, 40)) as pilot:
        screen = session_screen(app.screen)
        screen.prompt.value = TWO_SHOTS
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.busy is None and screen.pending is not None)
        await pilot.press("ctrl+y")
        await wait_until(
            pilot,
            lambda: screen.busy is None and getattr(screen.pending, "kind", "") == "production",
        )
        await pilot.pause()
        bar = screen.query_one(ApprovalBar)
        words = str(screen.query_one("#what").render())
        assert words.endswith("? free") and "S01" in words, words
        labels = [str(b.label) for b in bar.query(Button)]
        assert [label.split(" ^")[0] for label in labels] == ["Approve", "Revise", "Reject"]
        # everything shown fits: the words and every button inside the bar
        assert cell_len(words) <= screen.query_one("#what").size.width
        right = max(b.region.right for b in bar.query(Button))
        assert right <= bar.region.right


def test_the_bar_drops_key_hints_before_words_and_words_before_the_price() -> None:
    forms = ("Produce S01–S06? $3.67", "S01–S06? $3.67", "$3.67?")
    answers = ("Approve", "Reject")
    assert fitted(forms, answers, True, 0) == (forms[0], ("Approve ^y", "Revise ^r", "Reject ^n"))
    assert fitted(forms, answers, True, 80)[1][0] == "Approve ^y"
    assert fitted(forms, answers, True, 52) == (forms[0], ("Approve", "Revise", "Reject"))
    assert fitted(forms, answers, True, 44)[0] == "S01–S06? $3.67"
    assert fitted(forms, answers, True, 30)[0] == "$3.67?"
    # without the revise button there is room for more
    assert fitted(forms, answers, False, 50)[1] == ("Approve ^y", "Revise ^r", "Reject ^n")
