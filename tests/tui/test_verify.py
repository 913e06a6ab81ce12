"""`shotcaller verify` as a person runs it: words on stdout, exit status, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessions.c2pa import sign_file, signing_identity
from tests.sessions.test_c2pa import claim, make_mp4, make_png
from tui.verify import verify_command


def test_signed_clip_validates_and_prints_its_chain(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    identity = signing_identity(data_home)
    keyframe = make_png(tmp_path / "keyframe.png")
    sign_file(keyframe, claim(), identity)
    clip = make_mp4(tmp_path / "clip.mp4")
    sign_file(clip, claim(title="S03 clip", previs=False, ingredients=[keyframe]), identity)

    assert verify_command(str(clip)) == 0
    out = capsys.readouterr().out
    assert out.startswith("clip.mp4: c2pa.created by shotcaller with animatic animatic-1")
    assert "  keyframe.png [componentOf]: c2pa.created" in out
    assert out.splitlines()[-1].startswith("valid: hashes match, signature good")
    assert "problem:" not in out


def test_tampered_file_exits_1_with_the_reason(
    tmp_path: Path, data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    png = make_png(tmp_path / "k.png")
    sign_file(png, claim(), signing_identity(data_home))
    data = bytearray(png.read_bytes())
    data[data.find(b"IDAT") + 40] ^= 0xFF
    png.write_bytes(bytes(data))

    assert verify_command(str(png)) == 1
    out = capsys.readouterr().out
    assert "NOT valid" in out and "problem: assertion.dataHash.mismatch" in out


def test_unsigned_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert verify_command(str(make_png(tmp_path / "plain.png"))) == 1
    assert "plain.png: no manifest" in capsys.readouterr().out


def test_missing_or_unreadable_file_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^no such file: .*nope\.png$"):
        verify_command(str(tmp_path / "nope.png"))
    with pytest.raises(ValueError, match="not a file"):
        verify_command(str(tmp_path))


def test_unreadable_file_is_a_value_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: permission bits do not stop root, and tests may run as root.
    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("tui.verify.verify_file", refuse)
    with pytest.raises(ValueError, match=r"^cannot read .*locked\.png: Permission denied$"):
        verify_command(str(make_png(tmp_path / "locked.png")))
