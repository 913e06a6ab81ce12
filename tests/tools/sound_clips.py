"""Clips with sound, encoded by the tests with PyAV directly (not through tools.media), so the code
under test reads files it did not write: H.264 picture plus an AAC or Opus track of a pure tone."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np


def tone(freq: float, seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def clip_with_sound(
    path: Path,
    *,
    frames: int,
    fps: int = 24,
    size: tuple[int, int] = (64, 36),
    shade: int = 80,
    freq: float | None = 440.0,
    codec: str = "aac",
    rate: int = 48_000,
    layout: str = "stereo",
) -> Path:
    """`frames` flat frames of `shade`, and (unless freq is None) a tone as long as the picture."""
    width, height = size
    with av.open(str(path), mode="w", format="mp4") as container:
        video = container.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        sound = None
        samples = np.zeros((1, 0), np.float32)
        if freq is not None:
            sound = container.add_stream(codec, rate=rate, layout=layout)
            mono = tone(freq, frames / fps, rate)
            channels = 1 if layout == "mono" else 2
            samples = np.ascontiguousarray(np.tile(mono, (channels, 1)))
        picture = np.full((height, width, 3), shade, np.uint8)
        for index in range(frames):
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24").reformat(format="yuv420p")
            frame.pts, frame.time_base = index, Fraction(1, fps)
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        if sound is not None:
            step = 960
            for start in range(0, samples.shape[1], step):
                chunk = np.ascontiguousarray(samples[:, start : start + step])
                block = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=layout)
                block.sample_rate, block.pts, block.time_base = rate, start, Fraction(1, rate)
                container.mux(sound.encode(block))
            container.mux(sound.encode(None))
    return path


def decode_sound(path: Path) -> tuple[str, int, np.ndarray]:
    """(codec, sample rate, first channel as float32) of the file's audio stream, decoded by PyAV."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [f.to_ndarray()[0] for f in container.decode(stream)]
        return stream.codec_context.name, stream.rate, np.concatenate(chunks).astype(np.float32)


def peak_hz(samples: np.ndarray, rate: int) -> float:
    """The loudest frequency in `samples`."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])
