"""How quick the chat feels: first paint, the session picker with 200 sessions, opening a session of
10,000 attempts, and key presses answered while 24 shots are being produced — in the first seconds,
and all the way until the episode is cut (the cut checks and the assembly at the end included).

Run: .venv/bin/python -m bench.tui   (targets: first paint < 0.5 s, large session < 0.3 s,
key presses < 50 ms). Times are in-process, headless, after imports; the data home is a temp dir.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

from textual import events
from textual.message import Message
from textual.widgets import Input

from agent.brief import parse_brief
from agent.planner import plan_from_brief
from bench._common import table, write_json
from sessions.models import Attempt, sha256_text
from sessions.store import SessionStore, now, open_store
from tui.app import make_app
from tui.messages import ProductionFinished
from tui.screens.detail import ShotDetailScreen
from tui.screens.picker import SessionPicker
from tui.screens.session import SessionScreen
from tui.settings import ChatSettings

SESSIONS, ATTEMPTS, SHOTS, KEYS = 200, 10_000, 24, 40
BRIEF = "A city wakes up: streets, bakers, trains and rooftops at sunrise. 24 shots, 72 seconds."
SETTINGS = ChatSettings(pictures="none")


def seed_sessions(store: SessionStore, count: int) -> None:
    brief = parse_brief("A cat sitting on a porch at golden hour. Three shots, 9 seconds.")
    plan = plan_from_brief(brief)
    for _ in range(count):
        info = store.create_session(brief, budget_usd=20.0)
        store.save_plan(info.id, plan)


def seed_large_session(store: SessionStore) -> str:
    brief = parse_brief(BRIEF)
    info = store.create_session(brief, budget_usd=500.0)
    plan = store.save_plan(info.id, plan_from_brief(brief).model_copy(update={"approved": True}))
    shots = [s.id for s in plan.shots]
    with store.db.conn:  # one transaction: the store writes attempt by attempt
        for i in range(ATTEMPTS):
            shot = shots[i % len(shots)]
            stage = "generate_keyframe" if i % 2 == 0 else "animate"
            prompt = f"{shot} {stage} take {i}"
            store.start_attempt(
                Attempt(
                    id=f"a{i:06d}",
                    session_id=info.id,
                    shot_id=shot,
                    tool=stage,
                    stage=stage,
                    engine="sim-veo" if i % 3 else "animatic",
                    provider="simulated",
                    tier="draft",
                    prompt=prompt,
                    prompt_sha256=sha256_text(prompt),
                    seed=i,
                    idempotency_key=f"k{i}",
                    status="succeeded" if i % 5 else "rejected",
                    cost_usd=0.01,
                    started_at=now(),
                    quality_score=0.8,
                    gate_decision="accept" if i % 5 else "reject",
                    failover_from=f"a{i - 1:06d}" if i % 7 == 0 and i else None,
                )
            )
    return info.id


async def first_paint() -> tuple[float, float]:
    started = time.perf_counter()
    app = make_app(settings=SETTINGS)
    async with app.run_test(size=(120, 40)) as pilot:
        painted = time.perf_counter() - started  # run_test hands over once the app is ready
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, SessionPicker)
        rows = picker.query_one("DataTable").row_count  # type: ignore[attr-defined]
        assert rows == SESSIONS + 1, rows
        interactive = time.perf_counter() - started
    return painted, interactive


async def open_large(session_id: str) -> tuple[float, float]:
    app = make_app(settings=SETTINGS)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        # Awaiting a pushed screen returns once it is mounted: composed, filled, on screen next.
        started = time.perf_counter()
        screen = SessionScreen(app.store, app.settings, session_id)
        await app.push_screen(screen)
        opened = time.perf_counter() - started
        assert screen.query_one("#plan").row_count == SHOTS  # type: ignore[attr-defined]
        # The agent's modules load in a thread after a session opens; measure the detail alone.
        await app.workers.wait_for_complete()
        started = time.perf_counter()
        await app.push_screen(ShotDetailScreen(app.store, session_id, "S01", app.settings))
        detail = time.perf_counter() - started
    return opened, detail


async def keys_while_producing(store: SessionStore) -> list[float]:
    brief = parse_brief(BRIEF)
    info = store.create_session(brief, budget_usd=500.0)
    store.save_plan(info.id, plan_from_brief(brief).model_copy(update={"approved": True}))
    app = make_app(info.id, SETTINGS)
    latencies: list[float] = []
    answered = asyncio.Event()

    def hook(message: Message) -> None:
        # The input posts Changed once it has taken the key: the press is answered.
        if isinstance(message, Input.Changed):
            answered.set()

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.app.workers.wait_for_complete()  # the agent has loaded
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one("#prompt").focus()
        screen.action_continue_production()
        await asyncio.sleep(0.5)  # let the scheduler fill the engines
        for i in range(KEYS):
            answered.clear()
            key = "abcdefghij"[i % 10]
            started = time.perf_counter()
            app.post_message(events.Key(key, key))
            await answered.wait()
            latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.05)  # a person types about 10-20 keys a second
        typed = screen.query_one("#prompt").value  # type: ignore[attr-defined]
        assert len(typed) == KEYS, typed
        assert screen.busy == "production", "production finished before the keys were measured"
        app.exit()
    return latencies


async def keys_until_cut(store: SessionStore) -> tuple[list[float], float]:
    """Type through a whole 24-shot production, until the episode is cut; (latencies, seconds)."""
    brief = parse_brief(BRIEF)
    info = store.create_session(brief, budget_usd=500.0)
    store.save_plan(info.id, plan_from_brief(brief).model_copy(update={"approved": True}))
    app = make_app(info.id, SETTINGS)
    latencies: list[float] = []
    answered, finished = asyncio.Event(), asyncio.Event()

    def hook(message: Message) -> None:
        if isinstance(message, Input.Changed):
            answered.set()
        elif isinstance(message, ProductionFinished):
            finished.set()

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await pilot.app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.query_one("#prompt").focus()
        started = time.perf_counter()
        screen.action_continue_production()
        i = 0
        due = time.perf_counter()
        while True:  # a person typing while the production runs, and once more after it ends
            # Timed from when the key was due, not from when this loop got to post it: the bench
            # shares the app's event loop, so a frozen loop would otherwise hide its own freeze.
            answered.clear()
            key = "abcdefghij"[i % 10]
            app.post_message(events.Key(key, key))
            await answered.wait()
            latencies.append(time.perf_counter() - due)
            if finished.is_set():
                break
            i += 1
            due = time.perf_counter() + 0.05
            await asyncio.sleep(0.05)
        took = time.perf_counter() - started
        app.exit()
    return latencies, took


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="shotcaller-bench-tui-"))
    os.environ["SHOTCALLER_HOME"] = str(home)
    store = open_store()
    seed_sessions(store, SESSIONS)
    painted, interactive = asyncio.run(first_paint())

    large = seed_large_session(store)
    opened, detail = asyncio.run(open_large(large))

    latencies = asyncio.run(keys_while_producing(store))
    whole, production_s = asyncio.run(keys_until_cut(store))
    store.close()
    whole_p95 = sorted(whole)[int(len(whole) * 0.95) - 1]
    p50 = statistics.median(latencies)
    p95 = sorted(latencies)[int(len(latencies) * 0.95) - 1]
    rows = [
        ("first paint (200 sessions)", painted * 1000, 500, painted < 0.5),
        ("session picker interactive", interactive * 1000, 500, interactive < 0.5),
        (f"open session ({ATTEMPTS} attempts)", opened * 1000, 300, opened < 0.3),
        ("open shot detail (paged attempts)", detail * 1000, 300, detail < 0.3),
        (f"key press p50 ({SHOTS} shots producing)", p50 * 1000, 50, p50 < 0.05),
        ("key press p95", p95 * 1000, 50, p95 < 0.05),
        ("key press max", max(latencies) * 1000, 50, max(latencies) < 0.05),
        (f"key press p95 until cut ({production_s:.0f} s)", whole_p95 * 1000, 50, whole_p95 < 0.05),
        ("key press max until cut", max(whole) * 1000, 50, max(whole) < 0.05),
    ]
    print(table(("measure", "ms", "target ms", "ok"), rows))
    path = write_json(
        "tui",
        {
            "first_paint_s": painted,
            "picker_interactive_s": interactive,
            "open_large_session_s": opened,
            "open_shot_detail_s": detail,
            "key_latency_s": {"p50": p50, "p95": p95, "max": max(latencies), "n": len(latencies)},
            "key_latency_until_cut_s": {
                "p95": whole_p95,
                "max": max(whole),
                "n": len(whole),
                "production_s": production_s,
            },
            "sessions": SESSIONS,
            "attempts": ATTEMPTS,
            "shots": SHOTS,
        },
    )
    print(f"\n{path}")


if __name__ == "__main__":
    main()
