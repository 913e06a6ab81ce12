"""`shotcaller cast`: the cast listed, and references given from the command line through the same
service verbs as the chat's "Maya is this photo: ./maya.png" — same plan versions, files, sha256,
operator and tool-call log; bad input is one line, exit 2, and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from agent.conversation import open_conversation
from sessions.provenance import provenance_record
from sessions.store import SessionStore, open_store
from tests.e2e.test_cli import run_cli

BRIEF = "A 10 second spot. Maya, a potter in a green apron, shapes a bowl. Maya smiles."
LORA = "https://v3.fal.media/files/maya/pytorch_lora_weights.safetensors"


@pytest.fixture
def operator(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SHOTCALLER_OPERATOR", "dana")
    return "dana"


async def new_session(store: SessionStore) -> str:
    chat = open_conversation(store, env={"SHOTCALLER_OPERATOR": "dana"})
    await chat.send(BRIEF)
    assert chat.session_id is not None
    return chat.session_id


def photo(folder: Path, name: str = "maya.png") -> Path:
    path = folder / name
    Image.new("RGB", (200, 300), (40, 150, 70)).save(path)
    return path


def cast_state(store: SessionStore, sid: str) -> dict[str, object]:
    """What a reference leaves behind, without the session's own ids and times."""
    plan = store.plan(sid)
    assert plan is not None
    member = plan.member("Maya")
    assert member is not None
    refs = [r.model_dump(exclude={"added"}) for r in member.references]
    for ref in refs:
        assert (store.session_dir(sid) / str(ref["path"])).is_file()
    calls = [
        (c["tool"], c["actor"], json.loads(c["args_json"])["name"], c["status"])
        for c in store.tool_calls(sid)
        if "cast" in c["tool"]
    ]
    record = provenance_record(store, sid)["references"]
    return {
        "version": plan.version,
        "approved": plan.approved,
        "shots": member.shots,
        "references": refs,
        "calls": calls,
        "provenance": [(r["member"], r["sha256"], r["added_by"]) for r in record],
    }


async def test_a_reference_from_the_cli_is_the_chats(
    tmp_path: Path, operator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    by_chat, by_cli = await new_session(store), await new_session(store)
    picture = photo(tmp_path)
    chat = open_conversation(store, session_id=by_chat, env={"SHOTCALLER_OPERATOR": operator})
    await chat.send(f"Maya is this photo: {picture}")
    code, out, err = run_cli(["cast", by_cli, "Maya", "--ref", str(picture)], capsys)
    assert code == 0, err
    assert "Maya (character) in S01" in out and "maya.png sha256" in out and "by dana" in out
    assert cast_state(store, by_cli) == cast_state(store, by_chat)


async def test_a_name_typed_without_its_accent_is_the_same_member(
    tmp_path: Path, operator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "cast ID Tomas --ref x.png" made a second member beside the brief's "Tomás".
    store = open_store()
    chat = open_conversation(store, env={"SHOTCALLER_OPERATOR": operator})
    await chat.send("A 10 second spot. Tomás, a baker, pulls bread from the oven. Tomás smiles.")
    sid = chat.session_id
    assert sid is not None
    code, _, err = run_cli(["cast", sid, "tomas", "--ref", str(photo(tmp_path))], capsys)
    assert code == 0, err
    plan = store.plan(sid)
    assert plan is not None and [m.name for m in plan.cast] == ["Tomás"]
    assert len(plan.cast[0].references) == 1


async def test_the_cast_listed_and_given_words_views_and_a_lora(
    tmp_path: Path, operator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store()
    sid = await new_session(store)
    front, side = photo(tmp_path, "front.png"), photo(tmp_path, "side.jpg")
    args = ["cast", sid, "maya", "--ref", str(front), "--ref", str(side), "--lora", LORA,
            "--lora-scale", "0.8", "--describe", "a potter in a green apron"]  # fmt: skip
    code, out, err = run_cli(args, capsys)
    assert code == 0, err
    code, out, _ = run_cli(["cast", sid, "--json"], capsys)
    (maya,) = json.loads(out)
    assert maya["description"] == "a potter in a green apron"
    assert [r["original"] for r in maya["references"]] == ["side.jpg", "front.png"]
    assert maya["lora"] == {"url": LORA, "scale": 0.8}
    code, out, _ = run_cli(["cast", sid], capsys)
    assert out.splitlines()[0].startswith("Maya (character) in S01")
    assert f"LoRA ×0.8: {LORA}" in out
    # A scale alone changes the LoRA the member has.
    assert run_cli(["cast", sid, "Maya", "--lora-scale", "1.5"], capsys)[0] == 0
    assert store.plan(sid).member("Maya").lora.scale == 1.5  # type: ignore[union-attr]


async def test_a_rename_from_the_cli_is_the_chats(
    operator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "his name is Jonah, not Jonas" had no way in (newcomer 6): the chat and the CLI both rename
    # through one service verb, in the cast, the shots' words and their prompts.
    store = open_store()
    by_chat, by_cli = await new_session(store), await new_session(store)
    chat = open_conversation(store, session_id=by_chat, env={"SHOTCALLER_OPERATOR": operator})
    reply = await chat.send("actually her name is Mira, not Maya")
    assert "Maya is now Mira" in reply
    code, out, err = run_cli(["cast", by_cli, "maya", "--rename", "Mira"], capsys)
    assert code == 0, err
    assert "Mira (character) in S01" in out
    for sid in (by_chat, by_cli):
        plan = store.plan(sid)
        assert plan is not None and [m.name for m in plan.cast] == ["Mira"]
        words = " ".join(
            [s.description for s in plan.shots]
            + [s.prompts.keyframe + s.prompts.motion for s in plan.shots]
        )
        assert "Maya" not in words and "Mira" in words
        assert all("Mira" in s.subjects and "Maya" not in s.subjects for s in plan.shots)
    assert [s.description for s in store.plan(by_chat).shots] == [  # type: ignore[union-attr]
        s.description
        for s in store.plan(by_cli).shots  # type: ignore[union-attr]
    ]
    # A name already taken, the same name, or no name, is one line and exit 2.
    assert run_cli(["cast", by_cli, "Mira", "--rename", " "], capsys)[0] == 2
    assert run_cli(["cast", by_cli, "Nobody", "--rename", "Ann"], capsys)[0] == 2
    assert run_cli(["cast", by_cli, "Mira", "--rename", "mira"], capsys)[0] == 2
    # A bad picture beside a rename changes nothing: every input is checked first.
    version = store.plan(by_cli).version  # type: ignore[union-attr]
    code, _, err = run_cli(
        ["cast", by_cli, "Mira", "--rename", "Ann", "--ref", "/nonexistent.png"], capsys
    )
    assert code == 2 and "\n" not in err.strip()
    assert store.plan(by_cli).version == version  # type: ignore[union-attr]
    assert store.plan(by_cli).member("Mira") is not None  # type: ignore[union-attr]


async def test_a_rename_leaves_a_name_that_holds_it(
    operator: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Renaming Rosa must not turn the brand "Rosa's Bakery" into "Ana's Bakery".
    store = open_store()
    chat = open_conversation(store, env={"SHOTCALLER_OPERATOR": operator})
    await chat.send(
        "A 20 second ad for Rosa's Bakery. Rosa pulls sourdough from the oven. Rosa smiles at "
        "a customer. End on the Rosa's Bakery logo."
    )
    sid = chat.session_id or ""
    names = [m.name for m in store.plan(sid).cast]  # type: ignore[union-attr]
    assert "Rosa" in names and "Rosa's Bakery" in names
    code, _, err = run_cli(["cast", sid, "Rosa", "--rename", "Ana"], capsys)
    assert code == 0, err
    plan = store.plan(sid)
    assert plan is not None and {"Ana", "Rosa's Bakery"} <= {m.name for m in plan.cast}
    assert "Rosa's Bakery" in plan.shots[-1].description


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        (["Maya", "--ref", "{tmp}/nope.png"], "does not exist"),
        (["Maya", "--ref", "{tmp}/notes.txt"], "cannot use"),
        (["Maya", "--ref", "{tmp}/maya.png", "--ref", "{tmp}/nope.png"], "does not exist"),
        (["Nobody", "--lora", LORA], "no nobody in the cast"),
        (["Nobody"], "no nobody in the cast"),
        (["Maya", "--lora", LORA, "--lora-scale", "9"], "scale from 0 to 4"),
        (["Maya", "--lora-scale", "much"], "much"),
        (["Maya", "--lora", "http://example.com/w.safetensors"], "https://"),
        (["--ref", "{tmp}/maya.png"], "name the cast member"),
    ],
)
async def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: list[str], fragment: str
) -> None:
    store = open_store()
    sid = await new_session(store)
    photo(tmp_path)
    (tmp_path / "notes.txt").write_text("not a picture")
    before = store.plan(sid)
    code, out, err = run_cli(["cast", sid, *(g.format(tmp=tmp_path) for g in given)], capsys)
    assert code == 2 and err.count("\n") == 1 and fragment in err.lower(), err
    assert "Traceback" not in err and out == ""
    assert store.plan(sid) == before and not (store.session_dir(sid) / "cast").exists()


def test_an_unknown_session_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["cast", "nosuch", "Maya"], capsys)
    assert code == 2 and err.count("\n") == 1 and "nosuch" in err


async def test_a_kind_alone_changes_the_members_kind(capsys: pytest.CaptureFixture[str]) -> None:
    """`--kind` by itself was taken, printed the cast and changed nothing, with exit 0."""
    store = open_store()
    sid = await new_session(store)
    version = store.plan(sid).version  # type: ignore[union-attr]
    code, out, err = run_cli(["cast", sid, "Maya", "--kind", "product"], capsys)
    assert code == 0, err
    assert out.splitlines()[0] == "Maya (product) in S01, S02"
    plan = store.plan(sid)
    assert plan is not None and plan.version == version + 1
    code, out, _ = run_cli(["cast", sid, "Maya", "--kind", "product"], capsys)
    assert code == 0 and store.plan(sid).version == version + 1  # type: ignore[union-attr]


def test_the_cast_hint_names_the_session_and_a_missing_shot_comes_first(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # stop 45's walk: the hint printed a literal "ID"; `resume --shot S09` on an unapproved
    # 3-shot plan said "not approved" instead of "no S09"
    brief = tmp_path / "brief.txt"
    brief.write_text("A 9 second ad: a kettle boiling, tea poured into a cup, a biscuit dunked.")
    code, out, err = run_cli(["run", str(brief), "--json"], capsys)
    assert code == 3, err
    sid = str(json.loads(out)["session_id"])
    code, out, err = run_cli(["cast", sid], capsys)
    assert code == 0 and f"shotcaller cast {sid} NAME --ref PATH" in out, (out, err)
    code, out, err = run_cli(["resume", sid, "--shot", "S09", "--redo", "keyframe"], capsys)
    assert code == 2 and "no shot S09" in err and "not approved" not in err, err
