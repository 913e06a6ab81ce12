"""Reading briefs: durations, shot counts, formats, style, and one-line errors for bad input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.brief import BriefError, parse_brief, read_brief_text
from sessions.limits import MAX_MESSAGE_CHARS

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def brief_of(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def test_startup_ad() -> None:
    brief = parse_brief(brief_of("startup-ad.txt"))
    assert brief.duration_s == 20
    assert brief.aspect_ratio == "16:9"
    assert brief.platform == "YouTube"
    assert brief.title == "Penny — budgeting app ad"
    assert brief.style_notes == ["warm", "natural", "35mm look"]
    assert brief.shot_count is None


def test_fjord_climber() -> None:
    brief = parse_brief(brief_of("fjord-climber.txt"))
    assert brief.duration_s == 30
    assert brief.aspect_ratio == "9:16"
    assert brief.platform == "Instagram Reels"
    # The watercolor belongs to the title card only, not to the whole spot.
    assert "watercolor" not in brief.style_notes


def test_porch_cat_is_one_square_shot() -> None:
    brief = parse_brief(brief_of("porch-cat.txt"))
    assert brief.duration_s == 5
    assert brief.shot_count == 1
    assert brief.aspect_ratio == "1:1"  # a generic social post: the shape every feed shows whole


def test_episode() -> None:
    brief = parse_brief(brief_of("episode.txt"))
    assert brief.duration_s == 120
    assert brief.aspect_ratio == "16:9"
    assert brief.title == "Lighthouse — episode 3"
    assert {"animated", "painterly", "moody"} <= set(brief.style_notes)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("A 20-second ad for a bakery.", 20),
        ("A bakery ad, 20 s.", 20),
        ("A bakery ad, 5s.", 5),
        ("A 30-second bakery ad.", 30),
        ("A bakery film, 2 minutes.", 120),
        ("A bakery film of 1.5 min.", 90),
        ("A bakery film, 90 seconds.", 90),
        ("One 5-second shot of a loaf.", 5),
        ("A minute in a bakery.", 60),
        ("A two-minute tour of a bakery.", 120),
        ("A loaf cooling. Six 4-second shots.", 24),
    ],
)
def test_durations(text: str, seconds: float) -> None:
    assert parse_brief(text).duration_s == seconds


def test_a_length_before_the_format_is_the_whole_video() -> None:
    # "A 10 second vertical clip: …" was read as 10 s a shot (20 s for two pictures).
    text = "A 10 second vertical clip: Ana crests a hill at sunrise. Ana drinks from her bottle."
    assert parse_brief(text).duration_s == 10


def test_no_duration_defaults() -> None:
    # One picture and no length is one shot (a tester's one-liner got 15 s of padded angles).
    assert parse_brief("A baker kneads dough as the sun rises.").duration_s == 8
    assert parse_brief("A baker kneads dough. The sun rises over the roofs.").duration_s == 15
    assert parse_brief("A 6-shot story of a baker kneading dough.").duration_s == 24


def test_words_that_are_not_durations() -> None:
    # "as", "ones", "a second" and "the 1980s" are not lengths of time.
    brief = parse_brief("A diner in the 1980s, as seen by a second cook. The ones who stay.")
    assert brief.duration_s == 15


@pytest.mark.parametrize(
    ("text", "count"),
    [("A 6-shot ad for tea.", 6), ("Six shots of tea.", 6), ("One 5-second shot of tea.", 1)],
)
def test_shot_counts(text: str, count: int) -> None:
    assert parse_brief(text).shot_count == count


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("A tea ad for TikTok.", "9:16"),
        ("A tea ad for Reels.", "9:16"),
        ("A tea ad for YouTube Shorts.", "9:16"),
        ("A tea ad for YouTube.", "16:9"),
        ("A tea ad for the Instagram feed.", "4:5"),
        ("A square tea ad for Instagram.", "1:1"),
        ("A tea ad, vertical.", "9:16"),
        ("A tea ad in portrait mode.", "9:16"),
        ("A tea ad, horizontal format.", "16:9"),
        ("A tea ad for TikTok, 16:9.", "16:9"),
        ("A tea ad, 4:5.", "4:5"),
        ("A tea ad.", "16:9"),
        ("Climbers on vertical cliffs, for YouTube.", "16:9"),
    ],
)
def test_aspect_ratio(text: str, ratio: str) -> None:
    assert parse_brief(text).aspect_ratio == ratio


def test_tier_and_budget_come_from_options_not_the_text() -> None:
    brief = parse_brief("A tea ad. Use the delivery tier and a $500 budget.", tier="draft")
    assert brief.tier == "draft"
    assert brief.budget_usd is None
    assert parse_brief("A tea ad.", tier="delivery", budget_usd=5).budget_usd == 5


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        ("A tea ad, -5 seconds.", {}, "the brief asks for -5 seconds; a duration must be more"),
        ("A tea ad, 0 seconds.", {}, "a duration must be more than zero"),
        ("A tea film, 3 hours.", {}, "the brief asks for 3 hours; shotcaller plans episodes up"),
        ("A tea ad.", {"tier": "gold"}, "unknown tier 'gold': use draft or delivery"),
        ("A tea ad.", {"budget_usd": -1.0}, "budget must be more than $0"),
        ("Ten shots of tea, 5 seconds.", {}, "10 shots in 5 seconds"),
        ("   \n\t ", {}, "is empty"),
    ],
)
def test_bad_briefs(text: str, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(BriefError, match=r"^[^\n]+$") as err:
        parse_brief(text, **kwargs)  # type: ignore[arg-type]
    assert message in str(err.value)


def test_read_a_file_and_stdin(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("A tea ad.\n", encoding="utf-8")
    assert read_brief_text(str(path)) == "A tea ad.\n"
    assert read_brief_text("-", io.StringIO("A tea ad.")) == "A tea ad."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 ad", "not UTF-8 text"),
        (b"a" * 10_000_000, "is over 20,000 characters; a brief is at most 20,000 characters"),
        (
            b"a" * (MAX_MESSAGE_CHARS + 1),
            "is 20,001 characters; a brief is at most 20,000 characters",
        ),
    ],
    ids=["empty", "blank", "png", "latin-1", "10-MB", "20001-chars"],
)
def test_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(content)
    with pytest.raises(BriefError, match=r"^[^\n]+$") as err:
        read_brief_text(str(path))
    assert message in str(err.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(BriefError, match="brief file not found"):
        read_brief_text(str(tmp_path / "nope.txt"))
    with pytest.raises(BriefError, match="is a directory"):
        read_brief_text(str(tmp_path))
    with pytest.raises(BriefError, match="is empty"):
        read_brief_text("-", io.StringIO(""))


@pytest.mark.parametrize(
    "text", ["15 seconds.", "A 10-second ad.", "hello", "Vertical, 16:9, moody."]
)
def test_a_brief_with_nothing_to_see_is_refused(text: str) -> None:
    with pytest.raises(BriefError, match=r"^the brief says [^\n]+ but not what to show"):
        parse_brief(text)


def test_stdin_is_read_as_bytes_and_decoded_strictly() -> None:
    lenient = io.TextIOWrapper(io.BytesIO(b"caf\xe9 ad, 5 s."), errors="surrogateescape")
    with pytest.raises(BriefError, match="not UTF-8"):
        read_brief_text("-", lenient)
    assert read_brief_text("-", io.TextIOWrapper(io.BytesIO("café ad".encode()))) == "café ad"


def _run(args: list[str], stdin: bytes, home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "SHOTCALLER_HOME": str(home), "LC_ALL": "C", "PYTHONIOENCODING": ""}
    return subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        env=env,
    )


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"caf\xe9 ad, 5 seconds. A cup on a table.", b"the brief on stdin is not UTF-8 text"),
        (b"15 seconds.", b"but not what to show"),
        (
            b"a" * 2_000_000,
            b"the brief on stdin is over 20,000 characters; a brief is at most 20,000",
        ),
        (b"a" * 20_001, b"the brief on stdin is 20,001 characters; a brief is at most 20,000"),
    ],
    ids=["not-utf8", "nothing-to-show", "2-MB", "20001-chars"],
)
def test_the_cli_refuses_before_anything_is_written(
    tmp_path: Path, stdin: bytes, message: bytes
) -> None:
    """A real process, a C locale (where Python's stdin is lenient): exit 2, one line, no database."""
    home = tmp_path / "home"
    done = _run(["run", "-"], stdin, home)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and done.stderr.count(b"\n") == 1
    assert not home.exists() or not any(home.iterdir())
