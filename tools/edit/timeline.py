"""The session as an editor's timeline: OpenTimelineIO, written as .otio, FCP 7 XML or CMX 3600 EDL.

Layout, the way an editor expects to find a cut:

- V1: the current take of every shot in plan order, each clip pointing at its file by a relative
  path (`media/S03-animate-t2.mp4`) with its source range to the frame, and the shot's provenance
  in its metadata (`shotcaller` namespace). Continuity warnings are markers on the incoming clip
  of the cut they concern.
- V2, V3 …: the other takes of each shot, disabled, in the shot's slot: enable one to swap it in.
- A1: the current takes' own sound, when they have any (engines such as Veo 3.x return it; the
  animatic lays silence so the track exists from the first draft).

The media is copied beside the timeline file, so the folder opens anywhere.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, get_args

import opentimelineio as otio

from sessions.models import ContinuityResult
from sessions.store import SessionStore
from tools.edit.cut import Cut, Slot, TakeClip, TimelineError, gather_cut

TimelineFormat = Literal["otio", "fcpxml", "edl"]
TIMELINE_FORMATS: tuple[str, ...] = get_args(TimelineFormat)
# FCP 7 XML (xmeml) is what Premiere and Resolve import as "FCP XML"; it is written as .xml.
FILE_NAMES: dict[str, str] = {
    "otio": "timeline.otio",
    "fcpxml": "timeline.xml",
    "edl": "timeline.edl",
}
MEDIA_FOLDER = "media"
NAMESPACE = "shotcaller"  # our key in every OTIO metadata dict

RationalTime = otio.opentime.RationalTime
TimeRange = otio.opentime.TimeRange


def export_timeline(store: SessionStore, session_id: str, out_dir: Path, fmt: str = "otio") -> Path:
    """Write the session's timeline into `out_dir` (media in `out_dir/media/`) and return its path.

    `fmt` is otio | fcpxml | edl. Raises TimelineError when a shot has no clip or a file is gone,
    and ValueError for an unknown format. The caller chooses the folder (`<out>/<session id>/`).
    """
    if fmt not in TIMELINE_FORMATS:
        raise ValueError(f"unknown timeline format {fmt!r}: use {', '.join(TIMELINE_FORMATS)}")
    cut = gather_cut(store, session_id)
    out_dir = Path(out_dir)
    copy_media(cut, out_dir / MEDIA_FOLDER)
    timeline = build_timeline(cut)
    target = out_dir / FILE_NAMES[fmt]
    _write_atomically(target, timeline_text(timeline, fmt, cut))
    return target


def build_timeline(cut: Cut) -> otio.schema.Timeline:
    """The OTIO timeline for a cut (pure: reads no file, writes none)."""
    fps = cut.fps
    width, height = cut.resolution
    timeline = otio.schema.Timeline(
        name=cut.title or cut.session_id, global_start_time=RationalTime(0, fps)
    )
    timeline.metadata[NAMESPACE] = {
        "session_id": cut.session_id,
        "title": cut.title,
        "plan_version": cut.plan.version,
        "fps": fps,
        "width": width,
        "height": height,
        "aspect_ratio": cut.plan.aspect_ratio,
    }
    main = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    incoming: dict[str, list[ContinuityResult]] = defaultdict(list)
    for warning in cut.warnings:
        incoming[warning.shot_b].append(warning)
    for slot in cut.slots:
        clip = _clip(slot.current, slot.frames, fps)
        clip.markers.extend(_marker(w, fps) for w in incoming.get(slot.shot.id, []))
        main.append(clip)
    timeline.tracks.append(main)
    depth = max((len(s.alternates) for s in cut.slots), default=0)
    for level in range(depth):
        timeline.tracks.append(_alternates_track(cut.slots, level, fps))
    if any(slot.current.audio for slot in cut.slots):
        timeline.tracks.append(_sound_track(cut.slots, fps))
    return timeline


def timeline_text(timeline: otio.schema.Timeline, fmt: str, cut: Cut) -> str:
    """The timeline serialised in `fmt` through OpenTimelineIO's adapters."""
    if fmt == "otio":
        return str(otio.adapters.write_to_string(timeline, adapter_name="otio_json"))
    if fmt == "fcpxml":
        return _fcp_xml(timeline, cut)
    return _edl(timeline, cut.fps)


def copy_media(cut: Cut, folder: Path) -> None:
    """Copy every take the timeline points at into `folder` (atomically; an identical copy that is
    already there is kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    for slot in cut.slots:
        for take in (slot.current, *slot.alternates):
            target = folder / take.media_name
            if target.exists() and target.stat().st_size == take.path.stat().st_size:
                continue
            fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".part", dir=folder)
            os.close(fd)
            try:
                shutil.copyfile(take.path, name)
                os.replace(name, target)
            except BaseException:
                Path(name).unlink(missing_ok=True)
                raise


# --- building ---------------------------------------------------------------------------------


def _clip(take: TakeClip, frames: int, fps: int, *, enabled: bool = True) -> otio.schema.Clip:
    reference = otio.schema.ExternalReference(
        target_url=f"{MEDIA_FOLDER}/{take.media_name}",
        available_range=TimeRange(RationalTime(0, fps), RationalTime(take.frames, fps)),
    )
    reference.name = take.media_name
    clip = otio.schema.Clip(
        name=take.name,
        media_reference=reference,
        source_range=TimeRange(RationalTime(0, fps), RationalTime(min(frames, take.frames), fps)),
        metadata={NAMESPACE: dict(take.metadata)},
    )
    # An EDL's reel name is 8 characters at most: `S03T2`, the take in the editor's own shorthand.
    clip.metadata["cmx_3600"] = {"reel": f"{take.shot_id}{take.tool[0].upper()}{take.take}"}
    clip.enabled = enabled
    return clip


def _marker(warning: ContinuityResult, fps: int) -> otio.schema.Marker:
    what = "continuity" if warning.kind == "cut" else "character"
    reasons = "; ".join(warning.reasons) or "check failed"
    comment = f"{reasons}. {warning.suggestion}".strip() if warning.suggestion else reasons
    return otio.schema.Marker(
        name=f"{what} {warning.shot_a}->{warning.shot_b}",
        marked_range=TimeRange(RationalTime(0, fps), RationalTime(1, fps)),
        color=otio.schema.MarkerColor.RED
        if warning.kind == "cut"
        else otio.schema.MarkerColor.ORANGE,
        comment=comment,
        metadata={NAMESPACE: warning.model_dump()},
    )


def _alternates_track(slots: Sequence[Slot], level: int, fps: int) -> otio.schema.Track:
    """The `level`-th other take of each shot, disabled, placed under its shot's slot."""
    track = otio.schema.Track(name=f"V{level + 2} takes", kind=otio.schema.TrackKind.Video)
    for slot in slots:
        if level < len(slot.alternates):
            take = slot.alternates[level]
            clip = _clip(take, slot.frames, fps, enabled=False)
            track.append(clip)
            rest = slot.frames - clip.source_range.duration.to_frames()
        else:
            rest = slot.frames
        if rest > 0:
            track.append(otio.schema.Gap(duration=RationalTime(rest, fps)))
    return track


def _sound_track(slots: Sequence[Slot], fps: int) -> otio.schema.Track:
    track = otio.schema.Track(name="A1", kind=otio.schema.TrackKind.Audio)
    for slot in slots:
        if slot.current.audio:
            track.append(_clip(slot.current, slot.frames, fps))
        else:
            track.append(otio.schema.Gap(duration=RationalTime(slot.frames, fps)))
    return track


# --- writing ----------------------------------------------------------------------------------


def _fcp_xml(timeline: otio.schema.Timeline, cut: Cut) -> str:
    """FCP 7 XML (xmeml 4) with what Premiere and Resolve look for: a `<format>` element giving the
    sequence's frame size and rate (Resolve refuses the file without one), disabled alternates,
    and each shot's provenance in the logging fields (scene, take, description, log note)."""
    decorated = timeline.deepcopy()
    for clip in decorated.find_clips():
        facts = clip.metadata.get(NAMESPACE, {})
        fcp: dict[str, object] = {
            "logginginfo": {
                "description": str(facts.get("description", "")),
                "scene": str(facts.get("shot_id", "")),
                "shottake": str(facts.get("take", "")),
                "lognote": _log_note(facts),
            }
        }
        if not clip.enabled:
            fcp["enabled"] = "FALSE"
        clip.metadata["fcp_xml"] = fcp
    text = str(otio.adapters.write_to_string(decorated, adapter_name="fcp_xml"))
    root = ET.fromstring(text)
    width, height = cut.resolution
    for video in root.iter("video"):
        fmt = video.find("format")
        if fmt is None or video.find("track") is None:
            continue  # a file's <media><video/>, not the sequence's
        for old in list(fmt):
            fmt.remove(old)
        sample = ET.SubElement(fmt, "samplecharacteristics")
        rate = ET.SubElement(sample, "rate")
        ET.SubElement(rate, "timebase").text = str(cut.fps)
        ET.SubElement(rate, "ntsc").text = "FALSE"
        for tag, value in (
            ("width", str(width)),
            ("height", str(height)),
            ("anamorphic", "FALSE"),
            ("pixelaspectratio", "square"),
            ("fielddominance", "none"),
        ):
            ET.SubElement(sample, tag).text = value
    for item in root.iter("clipitem"):  # the adapter writes a clip's <rate> twice
        for extra in item.findall("rate")[1:]:
            item.remove(extra)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xmeml>\n{body}\n'


def _log_note(facts: Any) -> str:
    c2pa = "yes" if facts.get("c2pa_manifest") else "no"
    return (
        f"engine {facts.get('engine', '')}; model {facts.get('model_version', '')}; "
        f"seed {facts.get('seed', '')}; prompt sha256 {facts.get('prompt_sha256', '')}; "
        f"C2PA {c2pa}"
    )


def _edl(timeline: otio.schema.Timeline, fps: int) -> str:
    """CMX 3600 holds one video track: the main one (the adapter refuses more)."""
    main = timeline.video_tracks()[0]
    single = otio.schema.Timeline(name=timeline.name, global_start_time=timeline.global_start_time)
    single.tracks.append(main.deepcopy())
    return str(otio.adapters.write_to_string(single, adapter_name="cmx_3600", rate=fps))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


__all__ = [
    "FILE_NAMES",
    "TIMELINE_FORMATS",
    "TimelineError",
    "TimelineFormat",
    "build_timeline",
    "copy_media",
    "export_timeline",
]
