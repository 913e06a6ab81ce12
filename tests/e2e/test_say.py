"""`shotcaller say ID TEXT`: the chat's words from the command line, through the same conversation.

Before it, a plan made headlessly could be approved (`resume --yes`) but not revised, rejected or
switched to another tier without opening the chat. Each phrase here is one the chat tests through
the agent; this checks the command-line door: the reply printed, exit 3 while something waits,
nothing spent without an approval, one line and exit 2 for bad input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sessions.store import open_store
from tests.catalogs import simulated_catalog
from tests.e2e.test_cli import run_cli, write

BRIEF = "A 12 second ad for a bakery: bread out of the oven, flour falling, then the logo."


def planned(tmp_path: Path, capsys: pytest.CaptureFixture[str], *catalog: str) -> str:
    code, out, err = run_cli(["run", write(tmp_path, BRIEF), "--json", *catalog], capsys)
    assert code == 3, err
    return str(json.loads(out)["session_id"])


def shown(sid: str, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    code, out, err = run_cli(["show", sid, "--json"], capsys)
    assert code in (0, 1, 3), err
    return dict(json.loads(out))


def test_revise_reject_and_approve_a_plan_from_the_command_line(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = planned(tmp_path, capsys)

    code, out, err = run_cli(["say", sid, "make shot 2 a wide shot"], capsys)
    assert code == 3, err
    assert "plan v2" in out and "revised S02: close → wide framing" in out
    assert f"shotcaller resume {sid} --yes" in err
    assert shown(sid, capsys)["shots"][1]["framing"] == "wide"

    code, out, err = run_cli(["say", sid, "make", "it", "vertical"], capsys)  # unquoted words
    assert code == 3 and "9:16" in out, err

    code, out, err = run_cli(["say", sid, "no"], capsys)
    assert code == 0 and "set aside" in out, err
    assert not shown(sid, capsys)["pending"]

    code, out, err = run_cli(["say", sid, "hello", "--json"], capsys)
    said = json.loads(out)  # --json: the reply, then the session as `show --json` has it
    assert said["session_id"] == sid and said["reply"] and "shots" in said

    code, out, err = run_cli(["say", sid, "make it 10 seconds"], capsys)
    assert code == 3 and "10 s" in out, err
    for _ in range(2):  # the plan, then its production (free here: the animatic)
        code, out, err = run_cli(["say", sid, "yes"], capsys)
        if code == 0:
            break
    assert code == 0, err
    after = shown(sid, capsys)
    assert after["status"] == "completed" and after["duration_s"] == 10


def test_nothing_is_spent_without_an_approval(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = simulated_catalog(tmp_path / "paid.toml", per_image=0.04, per_second=0.1)
    sid = planned(tmp_path, capsys, "--catalog", str(catalog))
    code, out, err = run_cli(["resume", sid, "--yes", "--catalog", str(catalog)], capsys)
    assert code == 0, err
    store = open_store(data_home)
    spent = store.session_cost(sid)
    assert spent > 0

    code, out, err = run_cli(["say", sid, "redo shot 2", "--catalog", str(catalog)], capsys)
    assert code == 3, err  # asked, with its price; nothing made
    assert "$" in out
    assert store.session_cost(sid) == spent
    code, out, err = run_cli(["say", sid, "use delivery tier", "--catalog", str(catalog)], capsys)
    assert store.session_cost(sid) == spent
    store.close()


def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = planned(tmp_path, capsys)
    for args, said in (
        (["say", sid, "   "], "say what?"),
        (["say", "nosuch", "hello"], "no session matches"),
        (["say", "", "hello"], "session id is empty"),
        (["show", " "], "session id is empty"),
        (["say", sid, "x" * 50_000], "fewer words"),
    ):
        code, _, err = run_cli(args, capsys)
        assert code == 2 and said in err, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = run_cli(["say", sid], capsys)
    assert code == 2 and "say what?" in err


def test_words_not_carried_out_exit_2_with_the_reason(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script read exit 0 after "use delivery tier" was refused (no keys here) and after
    words the chat could not read: it went on as if they were done."""
    sid = planned(tmp_path, capsys)
    code, out, err = run_cli(["resume", sid, "--yes"], capsys)
    assert code == 0, err
    before = shown(sid, capsys)
    for words, why in (
        ("use delivery tier", "Cannot switch"),
        ("blorf the zingle", "I did not understand"),
        ("drop shot 7", "no shot 7"),
        ("budget 2.500", "Did you mean"),
        # the offline planner's other answers that change nothing (one exited 3, one 2)
        ("split shot 2 in two", "can't split"),
        ("make it slower", "Pacing is set shot by shot"),
    ):
        code, out, err = run_cli(["say", sid, words], capsys)
        assert code == 2 and why in err and out == "", (words, code, err)
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    after = shown(sid, capsys)
    assert (after["tier"], after["budget_usd"], len(after["shots"])) == (
        before["tier"],
        before["budget_usd"],
        len(before["shots"]),
    )
    code, out, err = run_cli(["say", sid, "what did it cost", "--json"], capsys)
    assert code == 0 and json.loads(out)["reply"], err  # a question answered is done
    code, out, err = run_cli(["say", sid, "hello"], capsys)
    assert code == 0 and out.strip(), err  # small talk is answered, not refused


def test_a_cast_line_beside_a_waiting_card_keeps_the_session(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cast line's reply was stored as the model's turn: the next `say` took the card's
    open calls as answered and crashed on them (a traceback, on every later word)."""
    sid = planned(tmp_path, capsys)
    code, out, err = run_cli(["say", sid, "make it 10 seconds"], capsys)
    assert code == 3, err
    code, _, err = run_cli(["say", sid, f"Maya is this photo: {tmp_path / 'nope.png'}"], capsys)
    assert code == 2 and "does not exist" in err, err
    code, out, err = run_cli(["say", sid, "hello"], capsys)
    assert out.strip()
    assert code == 3 and "Traceback" not in err, err
    for _ in range(2):  # the plan, then its production
        code, _, err = run_cli(["say", sid, "yes"], capsys)
        if code == 0:
            break
    assert code == 0, err


def test_a_new_reference_asks_to_make_the_stale_shots_again(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reference given after production left Maya's takes stale and the session "partial"
    (exit 1), with nothing asked: the describe line asked, the reference line did not."""
    from PIL import Image

    brief = "A 10 second spot. Maya, a potter in a green apron, shapes a bowl. Maya smiles."
    code, out, err = run_cli(["run", write(tmp_path, brief), "--yes", "--json"], capsys)
    assert code == 0, err
    sid = str(json.loads(out)["session_id"])
    picture = tmp_path / "maya.png"
    Image.new("RGB", (200, 300), (40, 150, 70)).save(picture)
    code, out, err = run_cli(["say", sid, f"Maya is this photo: {picture}"], capsys)
    assert code == 3, err
    assert "made again once you approve" in out
    code, out, err = run_cli(["say", sid, "yes"], capsys)
    assert code == 0, err
    assert shown(sid, capsys)["status"] == "completed"


def test_a_shot_dropped_by_what_it_shows_and_a_part_of_one_asked_about(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = planned(tmp_path, capsys)
    shots = shown(sid, capsys)["shots"]
    assert "logo" in shots[-1]["description"].lower()

    code, out, err = run_cli(["say", sid, "lose the logo"], capsys)
    assert code == 3 and "plan v2" in out and f"dropped {shots[-1]['id']}" in out, err
    after = shown(sid, capsys)["shots"]
    assert len(after) == len(shots) - 1
    assert not any("logo" in s["description"].lower() for s in after)

    code, out, err = run_cli(["say", sid, "can we not have the oven"], capsys)
    assert code == 2 and "not the whole shot" in err, (out, err)  # asked, nothing dropped
    assert len(shown(sid, capsys)["shots"]) == len(after)


def test_every_offline_answer_that_changes_nothing_is_declined() -> None:
    from agent.errors import NOT_CARRIED_OUT
    from agent.offline import NOT_ENGLISH_ANSWER, PACE_ANSWER, SPLIT_ANSWER
    from agent.plan_talk import ABOUT_PLAN_ANSWER, MERGE_ANSWER

    for answer in (ABOUT_PLAN_ANSWER, MERGE_ANSWER, NOT_ENGLISH_ANSWER, PACE_ANSWER, SPLIT_ANSWER):
        assert answer.startswith(NOT_CARRIED_OUT), answer
