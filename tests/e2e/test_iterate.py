"""Iterating on one shot from the command line: redo, pick an earlier take, verify, the lock."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import av
import pytest

from sessions.models import Brief, Shot, ShotPlan, StagePrompts
from sessions.store import open_store
from tools.media.io import file_sha256
from tui.cli import main


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


def shot(number: int, chain_from: str | None = None) -> Shot:
    return Shot(
        id=f"S{number:02d}",
        description=f"shot {number}: a harbour at dusk",
        duration_s=1.0,
        framing="wide",
        camera="push-in",
        chain_from=chain_from,
        seed=number * 7,
        prompts=StagePrompts(keyframe=f"harbour {number}, dusk", motion="slow push-in"),
    )


@pytest.fixture
def session(data_home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Three produced 1-second shots; S02 continues S01 (look-back), S03 stands alone."""
    store = open_store(data_home)
    brief = Brief(text="harbour", title="Harbour", duration_s=3.0)
    info = store.create_session(brief, budget_usd=5.0)
    plan = ShotPlan(
        title="Harbour",
        aspect_ratio="16:9",
        shots=[shot(1), shot(2, chain_from="S01"), shot(3)],
        approved=True,
    )
    store.save_plan(info.id, plan)
    store.close()
    code, _, err = run_cli(["resume", info.id, "--yes"], capsys)
    assert code == 0, err
    return info.id


@contextmanager
def held_by_another_process(folder: Path) -> Iterator[None]:
    """The session's lock as another process holds it: an flock on its own descriptor (this
    process's own `session_lock` would be re-entrant for the CLI run in it)."""
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.pwrite(fd, b"4242", 0)
        yield
    finally:
        os.close(fd)


def files_of(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): file_sha256(p) for p in folder.rglob("*") if p.is_file()}


def summary(session_id: str, capsys: pytest.CaptureFixture[str]) -> dict:
    code, out, _ = run_cli(["show", session_id, "--json"], capsys)
    assert code == 0
    return json.loads(out)


def test_a_new_keyframe_redoes_only_what_depends_on_it(
    session: str, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_home / "sessions" / session
    before = {s: files_of(folder / s) for s in ("S01", "S02", "S03")}
    code, _, err = run_cli(
        ["resume", session, "--shot", "S01", "--redo", "keyframe", "--yes", "--prompt", "at night"],
        capsys,
    )
    assert code == 0, err
    after = {s: files_of(folder / s) for s in ("S01", "S02", "S03")}
    assert after["S03"] == before["S03"]  # untouched, byte for byte, and nothing added
    for shot_id in ("S01", "S02"):  # old takes are kept as they were
        assert before[shot_id].items() <= after[shot_id].items()
    shots = {s["id"]: s for s in summary(session, capsys)["shots"]}
    assert shots["S01"]["takes"]["generate_keyframe"]["take"] == 2
    assert shots["S01"]["takes"]["animate"]["take"] == 2  # stale → redone
    assert shots["S02"]["takes"]["generate_keyframe"]["take"] == 1  # not stale
    assert shots["S02"]["takes"]["animate"]["take"] == 2  # chained on S01's new clip
    assert shots["S03"]["takes"]["animate"]["take"] == 1
    history = shots["S01"]["take_history"]["animate"]
    assert [(t["take"], t["current"], t["stale"]) for t in history] == [
        (1, False, True),
        (2, True, False),
    ]
    # The prompt is a new plan version, so a plain resume keeps it and has nothing to redo.
    store = open_store(data_home)
    plan = store.plan(session)
    assert plan is not None and plan.version == 2
    assert plan.shot("S01").prompts.keyframe == "at night"
    attempts = len(store.attempts(session))
    store.close()
    code, _, _ = run_cli(["resume", session, "--yes"], capsys)
    assert code == 0
    store = open_store(data_home)
    assert len(store.attempts(session)) == attempts
    store.close()
    with av.open(str(folder / "episode.mp4")) as container:
        assert sum(1 for _ in container.decode(container.streams.video[0])) == 72


def test_a_new_clip_leaves_other_shots_alone_and_an_older_take_can_come_back(
    session: str, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_home / "sessions" / session
    before = {s: files_of(folder / s) for s in ("S01", "S02")}
    code, _, err = run_cli(
        ["resume", session, "--shot", "S03", "--redo", "animate", "--yes"], capsys
    )
    assert code == 0, err
    assert {s: files_of(folder / s) for s in ("S01", "S02")} == before
    code, _, err = run_cli(
        ["resume", session, "--shot", "S03", "--use-take", "animate", "1"], capsys
    )
    assert code == 0, err
    shots = {s["id"]: s for s in summary(session, capsys)["shots"]}
    assert shots["S03"]["takes"]["animate"]["take"] == 1
    assert len(shots["S03"]["take_history"]["animate"]) == 2
    code, out, _ = run_cli(["show", session], capsys)
    assert "*t1" in out and "t2" in out
    code, _, err = run_cli(
        ["resume", session, "--shot", "S03", "--use-take", "animate", "9"], capsys
    )
    assert code == 2 and "t9" in err and err.count("\n") == 1
    code, _, err = run_cli(
        ["resume", session, "--shot", "S03", "--redo", "animate", "--use-take", "animate", "1"],
        capsys,
    )
    assert code == 2 and "not both" in err
    # The stage names the README documents, and `clip` (the take animate leaves, as `show` and the
    # approvals call it); the chat's looser words are one line and exit 2, as any unknown stage.
    code, _, err = run_cli(["resume", session, "--shot", "S03", "--use-take", "clip", "2"], capsys)
    assert code == 0, err
    assert {s["id"]: s for s in summary(session, capsys)["shots"]}["S03"]["takes"]["animate"][
        "take"
    ] == 2
    for word in ("still", "video", "motion", "generate_keyframe"):
        code, _, err = run_cli(
            ["resume", session, "--shot", "S03", "--use-take", word, "1"], capsys
        )
        assert code == 2 and err.count("\n") == 1, err
        assert f"unknown stage {word!r}: use keyframe, animate (or clip), inpaint or upscale" in err


def test_every_delivered_file_verifies_and_provenance_has_every_attempt(
    session: str, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_home / "sessions" / session
    takes = [p for p in folder.glob("S0*/*-t*.*") if not p.name.startswith("last-frame")]
    delivered = [*takes, folder / "episode.mp4", folder / "storyboard.png"]
    assert len(delivered) == 2 * 3 + 2
    for path in delivered:
        code, out, _ = run_cli(["verify", str(path)], capsys)
        assert code == 0, out
    code, out, _ = run_cli(["verify", str(folder / "S02" / "animate-t1.mp4")], capsys)
    assert "last-frame-t1.png [componentOf]" in out and "keyframe-t1.png" in out
    assert "previs" in out and "failover_chain" in out
    tampered = folder / "S03" / "keyframe-t1.png"
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    code, _, _ = run_cli(["verify", str(tampered)], capsys)
    assert code == 1
    code, _, err = run_cli(["verify", str(folder / "nope.mp4")], capsys)
    assert code == 2 and err.count("\n") == 1
    store = open_store(data_home)
    ids = {a.id for a in store.attempts(session)}
    store.close()
    provenance = json.loads((folder / "provenance.json").read_text())
    assert {a["id"] for a in provenance["attempts"]} == ids


def test_a_second_writer_is_refused_with_one_line(
    session: str, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_home / "sessions" / session
    with held_by_another_process(folder):
        code, out, err = run_cli(["resume", session, "--shot", "S01", "--redo", "animate"], capsys)
    assert code == 2 and "in use by another shotcaller process" in err
    assert err.count("\n") == 1 and out == ""
    code, _, _ = run_cli(["resume", session, "--yes"], capsys)  # released: fine again
    assert code == 0


def test_a_run_killed_before_its_plan_resumes_by_planning_again(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_home)
    text = "A cat on a porch at golden hour. One 1-second shot."
    info = store.create_session(Brief(text=text, title="Cat", duration_s=1.0), budget_usd=5.0)
    store.add_message(info.id, "user", text)  # what a run had written when it was killed
    store.close()
    code, out, err = run_cli(["resume", info.id, "--yes", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
