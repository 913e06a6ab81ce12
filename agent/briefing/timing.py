"""Durations honoured to the frame: a total split across shots in whole and half seconds."""

from __future__ import annotations

from sessions.models import FPS, frames_for

HALF_SECOND = FPS // 2
MIN_SHOT_FRAMES = FPS  # no shot shorter than one second


def total_frames(duration_s: float) -> int:
    return max(1, frames_for(duration_s))


def max_shots(frames: int) -> int:
    """How many shots of at least one second the frames can hold."""
    return max(1, frames // MIN_SHOT_FRAMES)


def allocate_frames(frames: int, weights: list[int], hero: int) -> list[int]:
    """Split `frames` across shots by integer weights; the sum is exactly `frames`.

    Each shot gets one second, the rest is shared in half-second steps by largest remainder (ties
    go to the earlier shot, so the result never depends on anything but the inputs), and the odd
    frames that do not make a half second go to the hero shot.
    """
    n = len(weights)
    if n == 0:
        raise ValueError("no shots to allocate frames to")
    if not 0 <= hero < n:
        raise ValueError(f"hero index {hero} outside {n} shots")
    if n * MIN_SHOT_FRAMES > frames:
        if n == 1:  # a sub-second brief still gets its one shot
            return [frames]
        raise ValueError(f"{n} shots of at least one second do not fit in {frames} frames")
    weights = [max(1, w) for w in weights]
    units = frames // HALF_SECOND
    spare = units - 2 * n
    total_weight = sum(weights)
    shares = [spare * w for w in weights]  # in units of 1/total_weight
    given = [s // total_weight for s in shares]
    leftover = spare - sum(given)
    by_remainder = sorted(range(n), key=lambda i: (-(shares[i] % total_weight), i))
    for i in by_remainder[:leftover]:
        given[i] += 1
    allocation = [(2 + g) * HALF_SECOND for g in given]
    allocation[hero] += frames - sum(allocation)
    return allocation


def seconds(frames: int) -> float:
    """A shot's duration_s for its frames, rounded for readable JSON but exact on the way back."""
    duration = round(frames / FPS, 4)
    assert frames_for(duration) == frames
    return duration


def capped(allocation: list[int], cap: int) -> list[int]:
    """The same total with no shot over `cap` frames where the others have room: half seconds
    move from the longest shot to the shortest (many video engines stop at 8 s)."""
    out = list(allocation)
    while True:
        longest = max(range(len(out)), key=lambda i: (out[i], -i))
        shortest = min(range(len(out)), key=lambda i: (out[i], i))
        if out[longest] <= cap or out[shortest] + HALF_SECOND > cap:
            return out
        out[longest] -= HALF_SECOND
        out[shortest] += HALF_SECOND
