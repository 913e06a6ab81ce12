"""Media I/O against real files: encoded with libx264, decoded back with PyAV."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from tools.media.io import (
    MediaError,
    atomic_write,
    concat_clips,
    encode_clip,
    file_sha256,
    first_frame,
    last_frame,
    load_image,
    probe,
    read_frames,
    write_png,
)


def ramp(frames: int, width: int, height: int) -> list[np.ndarray]:
    """Frames whose brightness climbs, so first and last can be told apart after H.264."""
    return [
        np.full((height, width, 3), 20 + 200 * i // max(frames - 1, 1), np.uint8)
        for i in range(frames)
    ]


def decoded(path: Path) -> tuple[int, tuple[int, int], Fraction, str]:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        count = sum(1 for _ in container.decode(stream))
        assert stream.duration is not None
        duration = Fraction(stream.duration) * stream.time_base
        return count, (stream.width, stream.height), duration, stream.codec_context.name


@pytest.mark.parametrize("frames", [1, 13, 48])
def test_encode_clip_lasts_exactly_its_frames(tmp_path: Path, frames: int) -> None:
    out = encode_clip(ramp(frames, 64, 48), tmp_path / "clip.mp4", width=64, height=48)
    count, size, duration, codec = decoded(out)
    assert (count, size, codec) == (frames, (64, 48), "h264")
    assert duration == Fraction(frames, 24)
    info = probe(out)
    assert (info.kind, info.frames, info.fps, info.codec) == ("video", frames, 24.0, "h264")
    assert info.duration_s == pytest.approx(frames / 24)


def test_encode_clip_is_deterministic_and_accepts_pillow_frames(tmp_path: Path) -> None:
    arrays = ramp(10, 64, 48)
    a = encode_clip(arrays, tmp_path / "a.mp4", width=64, height=48)
    b = encode_clip([Image.fromarray(f) for f in arrays], tmp_path / "b.mp4", width=64, height=48)
    assert all(np.array_equal(x, y) for x, y in zip(read_frames(a), read_frames(b), strict=True))


def test_first_last_and_stepped_frames(tmp_path: Path) -> None:
    clip = encode_clip(ramp(12, 64, 48), tmp_path / "c.mp4", width=64, height=48)
    assert first_frame(clip).mean() < last_frame(clip).mean()
    assert len(list(read_frames(clip, step=5))) == 3  # frames 0, 5, 10
    small = next(read_frames(clip, size=(32, 24)))
    assert small.shape == (24, 32, 3) and small.dtype == np.uint8


def test_encode_rejects_wrong_size_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(MediaError):
        encode_clip(ramp(3, 32, 32), tmp_path / "bad.mp4", width=64, height=48)
    assert list(tmp_path.iterdir()) == []


def test_concat_sums_frames_and_fits_mixed_sizes(tmp_path: Path) -> None:
    wide = encode_clip(ramp(5, 64, 36), tmp_path / "wide.mp4", width=64, height=36)
    tall = encode_clip(ramp(7, 36, 64), tmp_path / "tall.mp4", width=36, height=64)
    out = concat_clips([wide, tall], tmp_path / "episode.mp4", width=64, height=36)
    count, size, duration, _ = decoded(out)
    assert (count, size, duration) == (12, (64, 36), Fraction(12, 24))
    pillarboxed = last_frame(out)
    assert pillarboxed[:, :8].max() < 10  # padded with black at the sides, not stretched
    assert pillarboxed[:, 28:36].mean() > 150


def test_png_is_deterministic_and_loads_back(tmp_path: Path) -> None:
    pixels = np.random.default_rng(1).integers(0, 255, (30, 40, 3), dtype=np.uint8)
    a, b = (
        write_png(pixels, tmp_path / "a.png"),
        write_png(Image.fromarray(pixels), tmp_path / "b.png"),
    )
    assert a.read_bytes() == b.read_bytes() and file_sha256(a) == file_sha256(b)
    assert np.array_equal(np.asarray(load_image(a)), pixels)
    info = probe(a)
    assert (info.kind, info.width, info.height, info.frames, info.duration_s) == (
        "image",
        40,
        30,
        1,
        0.0,
    )


def test_atomic_write_leaves_nothing_on_error(tmp_path: Path) -> None:
    target = tmp_path / "take.png"
    target.write_bytes(b"previous take")
    with pytest.raises(RuntimeError), atomic_write(target) as tmp:
        assert tmp.suffix == ".png" and tmp.parent == tmp_path
        tmp.write_bytes(b"half")
        raise RuntimeError("encoder died")
    assert target.read_bytes() == b"previous take"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["take.png"]


@pytest.mark.parametrize("content", [b"", b"garbage" * 100, "truncated"])
def test_probe_raises_media_error_on_broken_files(tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / "broken.mp4"
    if content == "truncated":
        good = encode_clip(ramp(24, 64, 48), tmp_path / "good.mp4", width=64, height=48)
        content = good.read_bytes()[: good.stat().st_size // 2]
    assert isinstance(content, bytes)
    path.write_bytes(content)
    with pytest.raises(MediaError) as info:
        probe(path)
    assert "\n" not in str(info.value)
    with pytest.raises(MediaError):
        list(read_frames(path))


def test_missing_files_are_media_errors(tmp_path: Path) -> None:
    for call in (probe, load_image, first_frame):
        with pytest.raises(MediaError):
            call(tmp_path / "nope.png")
