"""The cast in the chat: the person's cast lines read by the vocabulary and done by the service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from agent.chat_words import CastPhrase, parse_cast
from agent.conversation import open_conversation
from agent.events import AgentEvent, ApprovalNeeded
from agent.plan_tools import plan_table
from sessions.store import open_store
from tests.e2e.test_cli import run_cli


@pytest.mark.parametrize(
    ("line", "phrase"),
    [
        ("Maya is this photo: ./maya.png", CastPhrase("reference", "Maya", "./maya.png")),
        ("use ./logo.svg for the brand", CastPhrase("reference", "the brand", "./logo.svg")),
        ("please use maya.png as Maya's reference", CastPhrase("reference", "Maya", "maya.png")),
        ("Maya's photo: '/tmp/my maya.png'", CastPhrase("reference", "Maya", "/tmp/my maya.png")),
        (
            "the barista looks like ~/refs/b.jpeg",
            CastPhrase("reference", "the barista", "~/refs/b.jpeg"),
        ),
        (
            "Maya's LoRA is https://v3.fal.media/files/maya.safetensors at 0.8",
            CastPhrase(
                "lora", "Maya", url="https://v3.fal.media/files/maya.safetensors", scale=0.8
            ),
        ),
        ("make a character sheet for Maya", CastPhrase("sheet", "Maya")),
        ("redo the sheet for Maya", CastPhrase("sheet", "Maya")),
        ("approve the sheet for Maya", CastPhrase("approve_sheet", "Maya")),
        ("show the cast", CastPhrase("show")),
    ],
)
def test_cast_lines_are_read(line: str, phrase: CastPhrase) -> None:
    assert parse_cast(line) == phrase


@pytest.mark.parametrize(
    "line",
    ["Maya walks to the door.", "make it 30 seconds", "redo shot 2", "use draft tier", "yes"],
)
def test_other_lines_are_not_cast_lines(line: str) -> None:
    assert parse_cast(line) is None


async def test_the_cast_through_the_chat(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    events: list[AgentEvent] = []
    chat = open_conversation(store, env={"SHOTCALLER_OPERATOR": "dana"})
    await chat.send(
        "A 10 second spot. Maya, a potter in a green apron, shapes a bowl. Maya smiles.",
        events.append,
    )
    assert chat.session_id is not None
    photo = tmp_path / "maya.png"
    Image.new("RGB", (200, 300), (40, 150, 70)).save(photo)
    reply = await chat.send(f"Maya is this photo: {photo}", events.append)
    assert "Maya is now shown as maya.png" in reply and "added by dana" in reply
    plan = store.plan(chat.session_id)
    assert plan is not None and plan.member("Maya").references[0].original == "maya.png"  # type: ignore[union-attr]
    assert "cast: Maya (maya.png)" in plan_table(plan)
    # The plan waiting for approval is the new version: a yes approves it.
    assert chat.pending is not None and chat.pending.kind == "plan"
    await chat.send("yes", events.append)
    assert store.plan(chat.session_id).approved  # type: ignore[union-attr]
    reply = await chat.send(f"Maya is this photo: {tmp_path / 'nope.png'}")
    assert "does not exist" in reply and "\n" not in reply
    reply = await chat.send("make a character sheet for Maya", events.append)
    pending = chat.pending
    assert isinstance(pending, ApprovalNeeded) and "Maya's character sheet" in pending.summary
    reply = await chat.send("yes", events.append)
    assert "4 of 4 views made" in reply
    assert "sheet: 4 views awaiting approval" in plan_table(store.plan(chat.session_id))  # type: ignore[arg-type]
    reply = await chat.send("approve the sheet for Maya")
    assert "approved" in reply
    assert "sheet: 4 views)" in plan_table(store.plan(chat.session_id))  # type: ignore[arg-type]
    # `show` names the cast on its second line; `show --json` carries it, and each shot's members.
    sid = chat.session_id
    code, out, _ = run_cli(["show", sid], capsys)
    assert code == 0 and out.splitlines()[1] == "  cast: Maya (maya.png; sheet: 4 views)"
    code, out, _ = run_cli(["show", sid, "--json"], capsys)
    summary = json.loads(out)
    assert [m["name"] for m in summary["cast"]] == ["Maya"]
    assert summary["cast"][0]["references"][0]["added_by"] == "dana"
    assert all(shot["cast"] == ["Maya"] for shot in summary["shots"])


WEDDING = (
    "Wedding teaser, 20 seconds. Aoife walks down the aisle. Declan wipes a tear. Aoife and "
    "Declan kiss under confetti."
)


async def test_undo_takes_a_description_back_and_opposites_replace_each_other(
    tmp_path: Path,
) -> None:
    # stop 45's walk: "older", undo, "older", "younger" left Aoife "older, older, younger"
    store = open_store(tmp_path)
    c = open_conversation(store, env={})
    await c.send(WEDDING)

    def aoife() -> str:
        plan = store.plan(c.session_id or "")
        assert plan is not None
        member = plan.member("Aoife")
        assert member is not None
        return member.description

    await c.send("Aoife should be older")
    assert aoife() == "older"
    await c.send("undo")
    assert aoife() == ""
    await c.send("Aoife should be older")
    version = store.plan(c.session_id or "").version  # type: ignore[union-attr]
    reply = await c.send("Aoife should be older")
    assert "already described" in reply and c.declined
    assert store.plan(c.session_id or "").version == version  # type: ignore[union-attr]
    await c.send("Aoife should be younger")
    assert aoife() == "younger"


async def test_going_back_past_a_new_brief_gives_back_its_cast(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    c = open_conversation(store, env={})
    await c.send(WEDDING)
    await c.send("A 10 second clip: a lighthouse at dusk, waves on the rocks.")
    plan = store.plan(c.session_id or "")
    assert plan is not None and not plan.member("Aoife")
    await c.send("go back to plan v1")
    plan = store.plan(c.session_id or "")
    assert plan is not None and "Aoife" in plan.shots[0].description
    assert {m.name for m in plan.cast} >= {"Aoife", "Declan"}
