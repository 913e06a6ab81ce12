"""Too much text is refused the same way at every door: one line, the limit in characters."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from agent.brief import BriefError, parse_brief, read_brief_text
from agent.conversation import open_conversation
from sessions.limits import LIMITS, MAX_MESSAGE_CHARS
from sessions.store import open_store
from tests.agent.test_chat_vocabulary import planned
from tools.service import ServiceError

LINE = re.compile(r"^[^\n]+ is (over )?[\d,]+ characters; an? \w+ is at most [\d,]+ characters$")
BRIEF = "A cat on a porch at dusk, one 5-second shot. "


def _refusal(source: str, stdin: io.TextIOBase | None = None) -> str:
    with pytest.raises(BriefError) as err:
        read_brief_text(source, stdin)  # type: ignore[arg-type]
    return str(err.value)


def test_a_brief_too_long_is_refused_in_characters_whatever_its_size(tmp_path: Path) -> None:
    """A 1.4 MB file once read "is 1.4 MB; a brief is text up to 1 MB" while 26,001 characters
    read "shotcaller reads briefs up to 20,000": one limit, said two ways."""
    long, huge = tmp_path / "long.txt", tmp_path / "huge.txt"
    long.write_text(BRIEF * 600)
    huge.write_text(BRIEF * 40_000)
    refusals = [
        _refusal(str(long)),
        _refusal(str(huge)),
        _refusal("-", io.TextIOWrapper(io.BytesIO((BRIEF * 600).encode()))),
        _refusal("-", io.TextIOWrapper(io.BytesIO((BRIEF * 40_000).encode()))),
    ]
    with pytest.raises(BriefError) as err:
        parse_brief(BRIEF * 600)
    refusals.append(str(err.value))
    for refusal in refusals:
        assert LINE.match(refusal), refusal
        assert refusal.endswith(f"a brief is at most {MAX_MESSAGE_CHARS:,} characters"), refusal
        assert "MB" not in refusal


async def test_a_chat_message_has_the_briefs_limit_and_is_not_stored(data_home: Path) -> None:
    """A 2 MB chat message was stored whole and sent to the model; now it is one line."""
    store = open_store()
    c = await planned(store)
    assert c.session_id is not None
    said = len(store.messages(c.session_id))
    reply = await c.send("make it warmer " * 2_000)
    assert c.last_error is not None and LINE.match(c.last_error.message), c.last_error
    assert c.last_error.message.startswith("your message is 30,000 characters; a message is at")
    assert "\n" not in reply and len(store.messages(c.session_id)) == said
    fresh = open_conversation(store, env={})
    await fresh.send("x" * (MAX_MESSAGE_CHARS + 1))
    assert fresh.session_id is None and fresh.last_error is not None


def test_the_cli_refuses_a_cast_description_too_long_in_one_line(tmp_path: Path) -> None:
    """`cast ID NAME --describe` took 5,000 characters a plan's description refuses; now exit 2."""
    home = tmp_path / "home"
    env = {"SHOTCALLER_HOME": str(home), "PATH": "/usr/bin:/bin"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        code = "from tui.cli import main; main()"
        run = [sys.executable, "-c", code, *args]
        return subprocess.run(run, capture_output=True, text=True, env=env, check=False)

    brief = tmp_path / "brief.txt"
    brief.write_text("A medium shot of Mara, a potter, at her wheel. One 5-second shot.")
    assert cli("run", str(brief)).returncode == 3  # planned, waiting for approval: enough
    session_id = cli("sessions").stdout.split()[0]
    words = "x" * (LIMITS["description"] + 1)
    done = cli("cast", session_id, "Mara", "--describe", words)
    assert done.returncode == 2, done.stderr
    line = done.stderr.strip().removeprefix("shotcaller: error: ")
    assert done.stderr.count("\n") == 1 and LINE.match(line), done.stderr
    assert words not in cli("cast", session_id).stdout  # nothing written


def test_a_plan_field_too_long_reads_the_same_way() -> None:
    from tools.service.service import _check_text

    with pytest.raises(ServiceError) as err:
        _check_text("title", "t" * (LIMITS["title"] + 1))
    assert str(err.value) == "the title is 201 characters; a title is at most 200 characters"


def test_a_sentence_longer_than_a_description_is_planned_cut_at_a_word() -> None:
    """A pasted brief with one run-on sentence of 1,291 characters got no plan at all: the
    planner's own description failed the plan's limit."""
    from agent.planner import plan_from_brief

    places = " ".join(
        f"across the yard past barn number {i} and the grain store and the stacked sacks"
        for i in range(14)
    )
    plan = plan_from_brief(
        parse_brief(f"A 30 second film. The old miller walks slowly {places} and then he stops.")
    )
    longest = max(plan.shots, key=lambda s: len(s.description)).description
    assert len(longest) <= LIMITS["description"] and longest.endswith("…")
    assert longest.startswith("The old miller walks slowly across the yard")
