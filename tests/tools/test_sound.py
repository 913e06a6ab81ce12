"""A clip's sound survives conform, upscale and the episode's assembly: real files with AAC and
Opus tracks made by the test, decoded back with PyAV."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from tests.tools.sound_clips import clip_with_sound, decode_sound, peak_hz
from tools.catalog import load_catalog
from tools.engines.animatic import AnimaticEngine
from tools.engines.base import EngineRequest
from tools.media.audio import AUDIO_RATE, FADE_S
from tools.media.io import concat_clips, conform_clip, encode_clip, probe, read_audio


def test_probe_and_read_audio_see_the_track(tmp_path: Path) -> None:
    clip = clip_with_sound(tmp_path / "a.mp4", frames=24, codec="libopus")
    info = probe(clip)
    assert info.has_audio and info.audio_codec == "opus" and info.frames == 24
    samples = read_audio(clip)
    assert samples is not None and samples.shape == (2, AUDIO_RATE)  # one second, to the sample
    silent = clip_with_sound(tmp_path / "b.mp4", frames=24, freq=None)
    assert not probe(silent).has_audio and read_audio(silent) is None


def test_conform_keeps_the_sound_trimmed_with_the_picture(tmp_path: Path) -> None:
    # A provider's clip: 2 s at 16 fps, with a 44.1 kHz mono AAC tone.
    source = clip_with_sound(
        tmp_path / "src.mp4", frames=32, fps=16, freq=440, rate=44_100, layout="mono"
    )
    info = conform_clip(source, tmp_path / "out.mp4", width=64, height=36, fps=24, duration_s=1.5)
    assert (info.frames, info.audio_codec) == (36, "aac")
    codec, rate, samples = decode_sound(tmp_path / "out.mp4")
    assert (codec, rate) == ("aac", AUDIO_RATE)
    assert abs(len(samples) - round(1.5 * AUDIO_RATE)) <= 1024  # AAC decodes whole frames
    assert peak_hz(samples[4800:60000], rate) == pytest.approx(440, abs=5)


def test_conform_holds_silence_under_held_frames(tmp_path: Path) -> None:
    source = clip_with_sound(tmp_path / "src.mp4", frames=48, freq=330)  # 2 s
    conform_clip(source, tmp_path / "out.mp4", width=64, height=36, fps=24, duration_s=2.25)
    samples = read_audio(tmp_path / "out.mp4")
    assert samples is not None and samples.shape[1] == round(2.25 * AUDIO_RATE)
    assert np.abs(samples[:, : 2 * AUDIO_RATE - 2048]).max() > 0.3  # the tone
    assert np.abs(samples[:, 2 * AUDIO_RATE + 2048 :]).max() < 0.01  # then silence


def test_the_episode_mixes_each_shot_s_sound_under_its_picture(tmp_path: Path) -> None:
    a = clip_with_sound(tmp_path / "a.mp4", frames=48, freq=440)  # AAC
    b = clip_with_sound(tmp_path / "b.mp4", frames=24, freq=None)  # a silent engine
    c = clip_with_sound(tmp_path / "c.mp4", frames=36, freq=660, codec="libopus")
    episode = concat_clips([a, b, c], tmp_path / "episode.mp4", width=64, height=36)
    info = probe(episode)
    assert (info.frames, info.audio_codec) == (108, "aac")
    codec, rate, sound = decode_sound(episode)
    assert (codec, rate) == ("aac", AUDIO_RATE) and abs(len(sound) - 108 * 2000) <= 1024
    assert peak_hz(sound[5000:90000], rate) == pytest.approx(440, abs=5)
    assert np.abs(sound[98000:142000]).max() < 0.02  # S02 made no sound
    assert peak_hz(sound[150000:210000], rate) == pytest.approx(660, abs=5)


def test_cuts_do_not_click(tmp_path: Path) -> None:
    """Two loud tones cut against each other mid-swing: the fades bring both to zero at the cut."""
    a = clip_with_sound(tmp_path / "a.mp4", frames=24, freq=437)
    b = clip_with_sound(tmp_path / "b.mp4", frames=24, freq=613)
    _, rate, sound = decode_sound(concat_clips([a, b], tmp_path / "e.mp4", width=64, height=36))
    cut = rate  # one second in
    near = int(0.001 * rate)  # 1 ms either side of the cut
    assert np.abs(sound[cut - near : cut + near]).max() < 0.1
    assert np.abs(sound[cut - 4000 : cut - 2000]).max() > 0.4  # the tone itself is loud
    assert FADE_S * rate < 0.02 * rate  # and the fade is too short to hear as one


def test_an_episode_of_silent_clips_has_no_audio_stream(tmp_path: Path) -> None:
    frames = [np.full((36, 64, 3), 90, np.uint8)] * 12
    a = encode_clip(frames, tmp_path / "a.mp4", width=64, height=36)
    episode = concat_clips([a, a], tmp_path / "e.mp4", width=64, height=36)
    with av.open(str(episode)) as container:
        assert not container.streams.audio


async def test_the_animatic_lays_silence_and_its_upscale_keeps_sound(tmp_path: Path) -> None:
    engine = AnimaticEngine(load_catalog().engine("animatic"))
    clip = tmp_path / "clip.mp4"
    await engine.run(
        EngineRequest(
            tool="animate",
            shot_id="S01",
            prompt="dawn over a fjord",
            seed=3,
            width=64,
            height=36,
            aspect_ratio="16:9",
            out_path=clip,
            idempotency_key="k",
            duration_s=0.5,
        )
    )
    codec, rate, sound = decode_sound(clip)
    assert (codec, rate) == ("aac", AUDIO_RATE) and np.abs(sound).max() == 0.0
    # An upscale of a clip with sound keeps it.
    loud = clip_with_sound(tmp_path / "loud.mp4", frames=12, freq=500)
    big = tmp_path / "big.mp4"
    await engine.run(
        EngineRequest(
            tool="upscale",
            shot_id="S01",
            prompt="",
            seed=3,
            width=128,
            height=72,
            aspect_ratio="16:9",
            out_path=big,
            idempotency_key="u",
            image=loud,
        )
    )
    assert probe(big).has_audio
    _, _, kept = decode_sound(big)
    assert peak_hz(kept[2000:20000], AUDIO_RATE) == pytest.approx(500, abs=10)
