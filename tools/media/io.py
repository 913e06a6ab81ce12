"""All media I/O: probing, decoding, PNG and H.264 (+ AAC sound) writing, concatenation.

Everything that touches an image or a video file goes through here, so the quality gate, the
assembly and every engine adapter agree on what "a 5-second 24 fps clip" means and on how a broken
file is reported (one `MediaError` line, never a PyAV or Pillow traceback).

Writes are atomic: the bytes go to a temp file beside the target and are renamed onto it, so a crash
or a failed encode never leaves a half-written take where the store expects a finished one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal

import av
import numpy as np
from PIL import Image, UnidentifiedImageError

from tools.media import audio as sound

# libx264 settings chosen by measurement (bench/animatic.py): `ultrafast` encodes a 5 s 720p
# animatic in well under half a second; crf 20 keeps the thin framing guides and the timecode crisp;
# a keyframe every 2 s keeps seeking cheap. x264 is bit-exact for the same input and settings (its
# threading is deterministic unless told otherwise), which is what makes clips reproducible.
X264_OPTIONS = {"preset": "ultrafast", "crf": "20", "g": "48", "bf": "0"}

# Frames buffered between the thread that draws/decodes them and the encoder.
_PIPELINE_DEPTH = 8


class MediaError(Exception):
    """A file that is missing, undecodable or not the kind of media expected. One-line message."""


@dataclass(frozen=True)
class MediaInfo:
    kind: Literal["image", "video"]
    width: int
    height: int
    fps: float
    frames: int
    duration_s: float
    codec: str
    audio_codec: str = ""  # the first audio stream's codec; empty when the file has no sound

    @property
    def has_audio(self) -> bool:
        return bool(self.audio_codec)


Frame = np.ndarray | Image.Image


# --- atomic files ---------------------------------------------------------------------------


@contextmanager
def atomic_write(path: Path) -> Iterator[Path]:
    """Yield a temp path beside `path` (same suffix, so PyAV and Pillow pick the format).

    On success the temp file is renamed onto `path`; on any error it is removed and `path` is left
    exactly as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- images ---------------------------------------------------------------------------------


def load_image(path: Path) -> Image.Image:
    """The image at `path` as RGB, fully loaded (the file is closed on return)."""
    path = Path(path)
    try:
        with Image.open(path) as image:
            image.load()
            return image.convert("RGB")
    except FileNotFoundError:
        raise MediaError(f"no such file: {path}") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise MediaError(f"not a readable image: {path.name} ({_reason(exc)})") from None


def write_png(image: Image.Image | np.ndarray, path: Path) -> Path:
    """Write a PNG with deterministic bytes: no metadata, fixed compression, no timestamps."""
    picture = _as_image(image)
    path = Path(path)
    with atomic_write(path) as tmp:
        picture.save(tmp, format="PNG", compress_level=6, optimize=False)
    return path


# --- probing and decoding -------------------------------------------------------------------


def probe(path: Path) -> MediaInfo:
    """What the file is. Video frames are counted from demuxed packets (no full decode), but the
    first frame is decoded so a truncated or garbage file fails here rather than downstream."""
    path = Path(path)
    if not path.is_file():
        raise MediaError(f"no such file: {path}")
    try:
        with Image.open(path) as image:
            image.verify()  # checks the whole PNG stream, not just the header
            width, height = image.size
            codec = (image.format or "image").lower()
        return MediaInfo("image", width, height, 0.0, 1, 0.0, codec)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        pass  # not an image; try it as video below
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise MediaError(f"no video stream in {path.name}")
            stream = container.streams.video[0]
            if _first_decoded(container, stream) is None:
                raise MediaError(f"no decodable frame in {path.name}")
            container.seek(0)
            frames = sum(1 for p in container.demux(stream) if p.size)
            rate = stream.average_rate or stream.guessed_rate or 0
            fps = float(rate)
            codec = stream.codec_context.name
            width, height = stream.codec_context.width, stream.codec_context.height
            sound_codec = (
                container.streams.audio[0].codec_context.name if container.streams.audio else ""
            )
    except av.FFmpegError as exc:
        raise MediaError(f"not a readable image or video: {path.name} ({_reason(exc)})") from None
    duration = frames / fps if fps else 0.0
    return MediaInfo("video", width, height, fps, frames, duration, codec, sound_codec)


def read_frames(
    path: Path, *, size: tuple[int, int] | None = None, step: int = 1
) -> Iterator[np.ndarray]:
    """Decode frames as RGB uint8 H×W×3, every `step`-th one, optionally resized to `size` (W, H).

    An image yields itself once, so callers can treat a keyframe and a clip alike.
    """
    path = Path(path)
    if step < 1:
        raise ValueError("step must be >= 1")
    if _looks_like_image(path):
        image = load_image(path)
        if size is not None and image.size != size:
            image = image.resize(size, Image.Resampling.BILINEAR)
        yield np.asarray(image)
        return
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                raise MediaError(f"no video stream in {path.name}")
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            for index, frame in enumerate(container.decode(stream)):
                if index % step:
                    continue
                if size is not None and (frame.width, frame.height) != size:
                    frame = frame.reformat(width=size[0], height=size[1])
                yield frame.to_ndarray(format="rgb24")
    except FileNotFoundError:
        raise MediaError(f"no such file: {path}") from None
    except av.FFmpegError as exc:
        raise MediaError(f"cannot decode {path.name} ({_reason(exc)})") from None


def read_audio(path: Path) -> np.ndarray | None:
    """The clip's sound as float32 samples, shape (2, n) at 48 kHz; None when it has no audio
    stream (an image, or a silent engine's clip)."""
    path = Path(path)
    if _looks_like_image(path):
        return None
    try:
        with av.open(str(path)) as container:
            return sound.decode_audio(container)
    except FileNotFoundError:
        raise MediaError(f"no such file: {path}") from None
    except av.FFmpegError as exc:
        raise MediaError(f"cannot decode the sound of {path.name} ({_reason(exc)})") from None


def first_frame(path: Path) -> np.ndarray:
    for frame in read_frames(path):
        return frame
    raise MediaError(f"no frames in {Path(path).name}")


def last_frame(path: Path) -> np.ndarray:
    """The clip's final frame: what the look-back workflow animates the next shot from."""
    last: np.ndarray | None = None
    for last in read_frames(path):  # noqa: B007 - we want the value after the loop
        pass
    if last is None:
        raise MediaError(f"no frames in {Path(path).name}")
    return last


# --- encoding -------------------------------------------------------------------------------


def encode_clip(
    frames: Iterable[Frame],
    path: Path,
    *,
    width: int,
    height: int,
    fps: int = 24,
    audio: np.ndarray | None = None,
) -> Path:
    """Encode frames to an H.264 (libx264, yuv420p) MP4, atomically and deterministically.

    Frame i gets pts i in a 1/fps time base, so N frames last exactly N/fps seconds. Frames are
    drawn and colour-converted on a helper thread while the encoder (which releases the GIL) works,
    so a render and its encode overlap on two cores. `audio` (float32 (2, n) at 48 kHz, see
    tools.media.audio) becomes an AAC track interleaved with the picture; the caller sizes it to
    the picture's length.
    """
    if width % 2 or height % 2:
        raise MediaError(f"H.264 yuv420p needs even sizes, got {width}x{height}")
    path = Path(path)

    def to_video_frames() -> Iterator[av.VideoFrame]:
        for frame in frames:
            yield _to_yuv(frame, width, height)

    with atomic_write(path) as tmp:
        _encode(_prefetch(to_video_frames()), tmp, width=width, height=height, fps=fps, audio=audio)
    return path


def concat_clips(
    paths: Sequence[Path], out: Path, *, width: int, height: int, fps: int = 24
) -> Path:
    """Join clips into one, re-encoded at one size: each is scaled to fit and padded (letterbox or
    pillarbox), never stretched. Every input frame is kept, so the frame count is the sum.

    When any clip has sound, the result has one audio track: each clip's sound under its own
    picture (silence under a silent clip), with a short fade at every cut so no cut clicks."""
    if not paths:
        raise MediaError("nothing to concatenate")
    infos = [probe(clip) for clip in paths]
    track: np.ndarray | None = None
    if any(info.has_audio for info in infos):
        parts = [
            read_audio(clip) if info.has_audio else None
            for clip, info in zip(paths, infos, strict=True)
        ]
        lengths = [sound.samples_for(info.frames, fps) for info in infos]
        track = sound.join_shots(parts, lengths)

    def frames() -> Iterator[np.ndarray]:
        for clip, info in zip(paths, infos, strict=True):
            fitted = _fit_size(info.width, info.height, width, height)
            for frame in read_frames(clip, size=fitted):
                yield _pad(frame, width, height)

    return encode_clip(frames(), out, width=width, height=height, fps=fps, audio=track)


def _encode(
    frames: Iterable[av.VideoFrame],
    path: Path,
    *,
    width: int,
    height: int,
    fps: int,
    audio: np.ndarray | None = None,
) -> None:
    try:
        with av.open(str(path), mode="w", format="mp4") as container:
            stream = container.add_stream("libx264", rate=fps, options=dict(X264_OPTIONS))
            stream.width, stream.height = width, height
            stream.pix_fmt = "yuv420p"
            stream.codec_context.time_base = Fraction(1, fps)
            muxer = sound.AudioMuxer(container, audio, fps) if audio is not None else None
            count = 0
            for index, frame in enumerate(frames):
                frame.pts = index
                frame.time_base = Fraction(1, fps)
                container.mux(stream.encode(frame))
                count = index + 1
                if muxer is not None:
                    muxer.until_frame(count)
            container.mux(stream.encode(None))
            if muxer is not None:
                muxer.finish(count)
    except av.FFmpegError as exc:
        raise MediaError(f"cannot encode {path.name} ({_reason(exc)})") from None


def _prefetch(source: Iterator[av.VideoFrame]) -> Iterator[av.VideoFrame]:
    """Run `source` on a helper thread, a few frames ahead of the consumer.

    Errors raised while producing are re-raised in the consumer; if the consumer stops early, the
    producer is told to stop so no thread is left behind.
    """
    buffer: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=_PIPELINE_DEPTH)
    stop = threading.Event()

    def put(kind: str, item: object) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                buffer.put((kind, item), timeout=0.1)
                return True
        return False

    def produce() -> None:
        try:
            for item in source:
                if not put("frame", item):
                    return
            put("end", None)
        except BaseException as exc:
            put("error", exc)

    worker = threading.Thread(target=produce, name="media-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            kind, item = buffer.get()
            if kind == "end":
                return
            if kind == "error":
                assert isinstance(item, BaseException)
                raise item
            assert isinstance(item, av.VideoFrame)
            yield item
    finally:
        stop.set()
        with contextlib.suppress(queue.Empty):
            while True:  # unblock a producer waiting on a full buffer
                buffer.get_nowait()
        worker.join()


# --- conforming a provider's output ---------------------------------------------------------
# Real engines deliver their own sizes (OpenAI 1536x1024), lengths (Kling 5|10 s, Veo 4|6|8 s) and
# rates (Wan 16 fps). The quality gate rightly rejects a take off by a frame or an aspect ratio, so
# an adapter conforms what it downloaded to what the shot asked for, the way an editor conforms
# delivered footage: crop to fill the frame (no letterbox), resample time by nearest frame, trim.


def fill_frame(image: Image.Image, width: int, height: int) -> Image.Image:
    """Centre-crop `image` to the aspect of width×height, then resample to exactly that size."""
    image = image.convert("RGB")
    src_w, src_h = image.size
    target = width / height
    if src_w / src_h > target:
        crop_w = max(1, round(src_h * target))
        left = (src_w - crop_w) // 2
        image = image.crop((left, 0, left + crop_w, src_h))
    elif src_w / src_h < target:
        crop_h = max(1, round(src_w / target))
        top = (src_h - crop_h) // 2
        image = image.crop((0, top, src_w, top + crop_h))
    if image.size != (width, height):
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    return image


def conform_image(source: Path, target: Path, *, width: int, height: int) -> MediaInfo:
    """Write `source` to `target` as a width×height PNG (cropped to fill). Raises MediaError."""
    write_png(fill_frame(load_image(source), width, height), target)
    return probe(target)


def conform_clip(
    source: Path, target: Path, *, width: int, height: int, fps: int, duration_s: float
) -> MediaInfo:
    """Re-encode `source` as width×height at `fps`, exactly `duration_s` long: trimmed, or held on
    its last frame when a provider delivered up to half a second short (a longer shortfall is left
    short, for the quality gate to reject honestly). The source's sound, when it has any, is kept:
    resampled to 48 kHz stereo AAC, trimmed with the picture, padded with silence under held
    frames. Raises MediaError."""
    info = probe(source)
    if info.kind != "video":
        raise MediaError(f"{Path(source).name} is not a video")
    wanted = max(1, round(duration_s * fps))
    src_fps = info.fps or fps
    # The muxer ends the sound with the picture: trimmed with it, silent under held frames.
    kept = read_audio(source) if info.has_audio else None

    def frames() -> Iterator[Image.Image]:
        produced = 0
        last: Image.Image | None = None
        for index, frame in enumerate(read_frames(source)):
            # Output frame k shows the source frame on screen at time k/fps.
            while produced < wanted and int(produced * src_fps / fps + 1e-9) <= index:
                last = fill_frame(Image.fromarray(frame), width, height)
                yield last
                produced += 1
            if produced >= wanted:
                return
        if last is not None and wanted - produced <= fps // 2:
            for _ in range(wanted - produced):
                yield last

    encode_clip(frames(), target, width=width, height=height, fps=fps, audio=kept)
    return probe(target)


# --- helpers --------------------------------------------------------------------------------


def _to_yuv(frame: Frame, width: int, height: int) -> av.VideoFrame:
    """RGB in, yuv420p out. swscale's BGR24 path is about twice as fast as its RGB24 one, and
    Pillow packs BGR almost for free, so frames go RGB → Pillow → BGR bytes → yuv420p."""
    image = frame if isinstance(frame, Image.Image) else Image.fromarray(_as_array(frame))
    if image.size != (width, height):
        raise MediaError(f"frame is {image.width}x{image.height}, expected {width}x{height}")
    if image.mode != "RGB":
        image = image.convert("RGB")
    bgr = np.frombuffer(image.tobytes("raw", "BGR"), dtype=np.uint8).reshape(height, width, 3)
    return av.VideoFrame.from_ndarray(bgr, format="bgr24").reformat(format="yuv420p")


def _first_decoded(container: av.container.InputContainer, stream: av.VideoStream) -> object:
    for frame in container.decode(stream):
        return frame
    return None


def _looks_like_image(path: Path) -> bool:
    try:
        with Image.open(path):
            return True
    except (UnidentifiedImageError, OSError, ValueError):
        return False


def _fit_size(src_w: int, src_h: int, width: int, height: int) -> tuple[int, int]:
    """The largest even size with the source's aspect that fits inside width×height."""
    scale = min(width / src_w, height / src_h)
    fit_w = min(width, max(2, round(src_w * scale / 2) * 2))
    fit_h = min(height, max(2, round(src_h * scale / 2) * 2))
    return fit_w, fit_h


def _pad(frame: np.ndarray, width: int, height: int) -> np.ndarray:
    h, w = frame.shape[:2]
    if (w, h) == (width, height):
        return frame
    canvas = np.zeros((height, width, 3), dtype=np.uint8)
    top, left = (height - h) // 2, (width - w) // 2
    canvas[top : top + h, left : left + w] = frame
    return canvas


def _as_image(image: Image.Image | np.ndarray) -> Image.Image:
    if isinstance(image, Image.Image):
        return image if image.mode == "RGB" else image.convert("RGB")
    return Image.fromarray(_as_array(image))


def _as_array(frame: Frame) -> np.ndarray:
    if isinstance(frame, Image.Image):
        return np.asarray(frame if frame.mode == "RGB" else frame.convert("RGB"))
    array = np.asarray(frame)
    if array.dtype != np.uint8 or array.ndim != 3 or array.shape[2] != 3:
        raise MediaError(f"frames must be uint8 HxWx3 RGB, got {array.dtype} {array.shape}")
    return np.ascontiguousarray(array)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return text[:160]
