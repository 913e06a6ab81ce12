"""The editor's timeline, written by shotcaller and read back by OpenTimelineIO and its adapters."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import opentimelineio as otio
import pytest

from tests.tools.edit_session import FRAMES, EditSession, edit_session
from tests.tools.sound_clips import decode_sound, peak_hz
from tools.edit.timeline import TimelineError, export_timeline
from tools.production.assemble import assemble_episode


@pytest.fixture
def session(data_home: Path) -> EditSession:
    return edit_session(data_home)


def frames(clip: otio.schema.Clip) -> tuple[int, int]:
    """(in, duration) of a clip's source range, in frames at 24 fps."""
    source = clip.source_range
    return round(source.start_time.to_frames()), round(source.duration.to_frames())


def main_clips(timeline: otio.schema.Timeline) -> list[otio.schema.Clip]:
    return [c for c in timeline.video_tracks()[0] if isinstance(c, otio.schema.Clip)]


def test_otio_holds_the_current_takes_in_order_with_provenance(
    session: EditSession, tmp_path: Path
) -> None:
    out = tmp_path / "export" / session.session_id
    path = export_timeline(session.store, session.session_id, out, "otio")
    assert path == out / "timeline.otio"
    timeline = otio.adapters.read_from_file(str(path))
    assert timeline.metadata["shotcaller"]["fps"] == 24
    assert (
        timeline.metadata["shotcaller"]["width"],
        timeline.metadata["shotcaller"]["height"],
    ) == (
        1280,
        720,
    )
    clips = main_clips(timeline)
    assert [c.name for c in clips] == ["S01 animate t1", "S02 animate t2", "S03 animate t1"]
    assert [frames(c) for c in clips] == [(0, 48), (0, 24), (0, 36)]
    for clip in clips:  # relative paths that resolve inside the exported folder
        url = clip.media_reference.target_url
        assert not Path(url).is_absolute() and (out / url).is_file()
        assert clip.media_reference.available_range.duration.to_frames() == FRAMES[clip.name[:3]]
    first = clips[0].metadata["shotcaller"]
    assert first["shot_id"] == "S01" and first["description"] == "shot S01 over the fjord"
    assert first["engine"] == "veo-3.1-fast" and first["model_version"] == "veo-3.1-fast-model"
    assert first["seed"] == 11 and len(first["prompt_sha256"]) == 64 and first["take"] == 1
    assert first["c2pa_manifest"] is True and first["audio"] is True
    assert clips[1].metadata["shotcaller"]["c2pa_manifest"] is False
    assert clips[1].metadata["shotcaller"]["take"] == 2
    # The failed check on the cut S02→S03 is a marker at the head of S03; the passed one is not.
    assert [m.name for c in clips for m in c.markers] == ["continuity S02->S03"]
    marker = clips[2].markers[0]
    assert marker.marked_range.start_time.to_frames() == 0 and "ΔE 31" in marker.comment


def test_alternates_are_disabled_in_their_shot_s_slot_and_sound_has_its_track(
    session: EditSession, tmp_path: Path
) -> None:
    path = export_timeline(session.store, session.session_id, tmp_path / "x", "otio")
    timeline = otio.adapters.read_from_file(str(path))
    video = timeline.video_tracks()
    assert [t.name for t in video] == ["V1", "V2 takes"]
    alternates = [c for c in video[1] if isinstance(c, otio.schema.Clip)]
    assert [(c.name, c.enabled) for c in alternates] == [("S02 animate t1", False)]
    placed = video[1].range_of_child(alternates[0])
    assert (placed.start_time.to_frames(), placed.duration.to_frames()) == (48, 24)
    (sound,) = timeline.audio_tracks()
    heard = [(sound.range_of_child(c).start_time.to_frames(), c.name) for c in sound.find_clips()]
    assert heard == [(0, "S01 animate t1"), (72, "S03 animate t1")]  # S02's engine is silent


def test_fcp_xml_has_its_format_and_reads_back(session: EditSession, tmp_path: Path) -> None:
    path = export_timeline(session.store, session.session_id, tmp_path / "x", "fcpxml")
    assert path.name == "timeline.xml"
    root = ET.parse(path).getroot()
    sample = root.find("./project/children/sequence/media/video/format/samplecharacteristics")
    assert sample is not None  # Resolve refuses an FCP XML without <format>
    assert (sample.findtext("width"), sample.findtext("height")) == ("1280", "720")
    assert sample.findtext("rate/timebase") == "24"
    timeline = otio.adapters.read_from_file(str(path), adapter_name="fcp_xml")
    clips = main_clips(timeline)
    assert [c.name for c in clips] == ["S01 animate t1", "S02 animate t2", "S03 animate t1"]
    assert [frames(c) for c in clips] == [(0, 48), (0, 24), (0, 36)]
    assert [m.name for c in clips for m in c.markers] == ["continuity S02->S03"]
    logging = clips[0].metadata["fcp_xml"]["logginginfo"]
    assert (logging["scene"], logging["shottake"]) == ("S01", "1")
    assert "engine veo-3.1-fast" in logging["lognote"] and "C2PA yes" in logging["lognote"]
    alternate = [c for c in timeline.video_tracks()[1] if isinstance(c, otio.schema.Clip)]
    assert alternate[0].metadata["fcp_xml"]["enabled"] == "FALSE"
    assert len(timeline.audio_tracks()) == 1


def test_edl_holds_the_main_track(session: EditSession, tmp_path: Path) -> None:
    path = export_timeline(session.store, session.session_id, tmp_path / "x", "edl")
    timeline = otio.adapters.read_from_file(str(path), adapter_name="cmx_3600", rate=24)
    clips = main_clips(timeline)
    assert [c.name for c in clips] == ["S01 animate t1", "S02 animate t2", "S03 animate t1"]
    assert [frames(c) for c in clips] == [(0, 48), (0, 24), (0, 36)]
    assert [c.metadata["cmx_3600"]["reel"] for c in clips] == ["S01A1", "S02A2", "S03A1"]
    assert [m.name for c in clips for m in c.markers] == ["CONTINUITY S02->S03"]


def test_the_media_is_copied_beside_the_timeline(session: EditSession, tmp_path: Path) -> None:
    out = tmp_path / "x"
    export_timeline(session.store, session.session_id, out, "otio")
    names = sorted(p.name for p in (out / "media").iterdir())
    assert names == [
        "S01-animate-t1.mp4",
        "S02-animate-t1.mp4",
        "S02-animate-t2.mp4",
        "S03-animate-t1.mp4",
    ]


def test_a_shot_without_its_clip_is_refused(session: EditSession, tmp_path: Path) -> None:
    clip = session.store.current_take(session.session_id, "S03", "clip")
    assert clip is not None
    Path(clip.path).unlink()
    with pytest.raises(TimelineError, match="S03"):
        export_timeline(session.store, session.session_id, tmp_path / "x", "otio")
    with pytest.raises(ValueError, match="unknown timeline format"):
        export_timeline(session.store, session.session_id, tmp_path / "x", "aaf")


def test_the_episode_carries_each_shot_s_sound(session: EditSession) -> None:
    """assemble_episode over the session's takes: AAC under S01, silence under S02, Opus under S03
    come out as one AAC track, decoded here by PyAV."""
    episode = assemble_episode(session.store, session.session_id, session.plan)
    codec, rate, sound = decode_sound(episode)
    assert (codec, rate) == ("aac", 48_000) and abs(len(sound) - 108 * 2000) <= 1024
    assert peak_hz(sound[4000:92000], rate) == pytest.approx(440, abs=5)
    assert abs(sound[100_000:140_000]).max() < 0.02
    assert peak_hz(sound[148_000:212_000], rate) == pytest.approx(660, abs=5)
