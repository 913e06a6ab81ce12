"""Sound: decoding a clip's audio to samples, fitting it to a shot's length, fades at cuts, and
muxing it beside the video.

Engines such as Veo 3.x return clips with native sound; the conform step, the upscale and the
episode assembly re-encode the picture, and without this module they would drop it. Audio is kept
as float32 samples, shape (channels, samples), at one rate and layout (48 kHz stereo, what editors
and AAC expect), so fitting and mixing are plain numpy. No I/O here beyond the PyAV container the
caller opened; `tools.media.io` turns PyAV failures into `MediaError` lines.
"""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np

AUDIO_RATE = 48_000
AUDIO_LAYOUT = "stereo"
AUDIO_CHANNELS = 2
AUDIO_CODEC = "aac"  # what every editor and player reads in an MP4
AUDIO_BITRATE = 128_000
# A fade this long at each cut removes the click of a waveform cut mid-swing, and is far too short
# to hear as a fade (editors use 1–2 frames; 10 ms is a quarter of a frame at 24 fps).
FADE_S = 0.010


def samples_for(frames: int, fps: int, rate: int = AUDIO_RATE) -> int:
    """The audio samples that run under `frames` video frames (rounded, so cuts stay in sync)."""
    return round(frames * rate / fps)


def silence(samples: int) -> np.ndarray:
    return np.zeros((AUDIO_CHANNELS, max(0, samples)), dtype=np.float32)


def decode_audio(container: av.container.InputContainer) -> np.ndarray | None:
    """The container's first audio stream as float32 (2, n) at 48 kHz, or None when it has none.

    Any rate or layout is resampled (mono becomes two equal channels). The result starts at the
    stream's time zero: MP4 edit lists (AAC's encoder delay) are honoured by the demuxer.
    """
    if not container.streams.audio:
        return None
    stream = container.streams.audio[0]
    resampler = av.AudioResampler(format="fltp", layout=AUDIO_LAYOUT, rate=AUDIO_RATE)
    chunks: list[np.ndarray] = []
    for frame in container.decode(stream):
        for out in resampler.resample(frame):
            chunks.append(out.to_ndarray())
    for out in resampler.resample(None):  # the resampler's tail
        chunks.append(out.to_ndarray())
    if not chunks:
        return silence(0)
    samples = np.ascontiguousarray(np.concatenate(chunks, axis=1), dtype=np.float32)
    if stream.duration is not None and stream.time_base is not None:
        # AAC decodes to whole 1024-sample frames; the stream's duration says where sound ends.
        samples = samples[:, : round(stream.duration * stream.time_base * AUDIO_RATE)]
    return samples


def fit(samples: np.ndarray, length: int) -> np.ndarray:
    """Exactly `length` samples: trimmed, or padded with silence at the end."""
    if samples.shape[1] >= length:
        return samples[:, :length]
    return np.concatenate([samples, silence(length - samples.shape[1])], axis=1)


def fade_edges(samples: np.ndarray, fade: int) -> np.ndarray:
    """A raised-cosine fade-in at the start and fade-out at the end, `fade` samples each, so the
    waveform starts and ends at zero (no click where it meets the next shot)."""
    n = samples.shape[1]
    fade = min(fade, n // 2)
    if fade <= 0:
        return samples
    ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, fade, dtype=np.float64))).astype(np.float32)
    out = samples.copy()
    out[:, :fade] *= ramp
    out[:, n - fade :] *= ramp[::-1]
    return out


def join_shots(parts: list[np.ndarray | None], lengths: list[int]) -> np.ndarray:
    """One track for the episode: each shot's sound fitted to its picture and faded at both ends;
    a shot without sound is silence, so every cut stays in sync."""
    fade = round(FADE_S * AUDIO_RATE)
    track = [
        fade_edges(fit(part, length), fade) if part is not None else silence(length)
        for part, length in zip(parts, lengths, strict=True)
    ]
    return np.concatenate(track, axis=1) if track else silence(0)


class AudioMuxer:
    """Encodes a sample buffer as AAC into an open output container, in step with the video.

    The caller feeds it after each video frame (`until_frame`), so audio and video packets reach
    the muxer interleaved rather than as two long runs.
    """

    def __init__(
        self, container: av.container.OutputContainer, samples: np.ndarray, fps: int
    ) -> None:
        self.samples = np.ascontiguousarray(samples, dtype=np.float32)
        self.fps = fps
        self.position = 0
        stream = container.add_stream(AUDIO_CODEC, rate=AUDIO_RATE, layout=AUDIO_LAYOUT)
        assert isinstance(stream, av.AudioStream)
        stream.bit_rate = AUDIO_BITRATE
        self.stream: av.AudioStream = stream
        self.container = container

    def until_frame(self, frames: int) -> None:
        """Encode the samples that run under the first `frames` video frames."""
        self._encode_to(min(self.samples.shape[1], samples_for(frames, self.fps)))

    def finish(self, frames: int) -> None:
        """End the track exactly under the last of `frames` video frames: what is left over is
        dropped, and a short buffer is padded with silence, so sound and picture end together."""
        end = samples_for(frames, self.fps)
        if end > self.samples.shape[1]:
            self.samples = fit(self.samples, end)
        self._encode_to(end)
        self.container.mux(self.stream.encode(None))

    def _encode_to(self, end: int) -> None:
        if end <= self.position:
            return
        chunk = np.ascontiguousarray(self.samples[:, self.position : end])
        frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout=AUDIO_LAYOUT)
        frame.sample_rate = AUDIO_RATE
        frame.pts = self.position
        frame.time_base = Fraction(1, AUDIO_RATE)
        self.container.mux(self.stream.encode(frame))
        self.position = end
