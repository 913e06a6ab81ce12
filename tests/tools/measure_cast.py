"""The animatic's cast identity, measured: how close each keyframe keeps to a member's reference.

Run `python -m tests.tools.measure_cast` for the table the thresholds in tools/media/references.py
were read from; tests/tools/test_cast_identity.py asserts on the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from tools.media.references import Signature, compare, read_reference, signature
from tools.previs.identity import draw_front, identity_for
from tools.previs.keyframe import render_keyframe

MEMBERS = (
    ("Maya", "character", "a young woman in a yellow raincoat"),
    ("Kael", "character", "a boy with a red scarf"),
    ("Glow", "product", "a green vitamin serum bottle"),
    ("Lumo", "brand", "a blue wordmark"),
)
SHOTS = (
    "golden hour beach, she walks along the water",
    "night city street in neon light",
    "interior kitchen, morning light through the window",
    "foggy forest at dawn",
    "snowy mountain pass",
    "storm over the harbour",
)
FRAMINGS = ("wide", "medium", "close", "insert")


@dataclass(frozen=True)
class Row:
    member: str
    framing: str
    shot: int
    same: float  # colour signature score of the member's own keyframe
    shape: float  # pHash distance of the same
    drift: float  # the member hue-turned (the simulated drift fault)
    drift_shape: float
    absent: float  # the same shot without the member
    other: float  # the best score any other member's reference gets on this keyframe


def hue_turned(path: Path, out: Path) -> Path:
    h, s, v = Image.open(path).convert("RGB").convert("HSV").split()
    Image.merge("HSV", (h.point(lambda x: (x + 64) % 256), s, v)).convert("RGB").save(out)
    return out


def measure(folder: Path, width: int = 640, height: int = 360) -> list[Row]:
    refs: dict[str, tuple[str, Path]] = {}
    for name, kind, words in MEMBERS:
        path = folder / f"{name}.png"
        draw_front(identity_for(name, kind, words), 720, 720).save(path)
        refs[name] = (kind, path)
    sigs: dict[str, Signature] = {n: signature(read_reference(p)) for n, (_, p) in refs.items()}
    rows = []
    for name, (kind, path) in refs.items():
        drifted = hue_turned(path, folder / f"{name}-drift.png")
        for i, prompt in enumerate(SHOTS):
            for framing in FRAMINGS:

                def frame(
                    cast: list[tuple[str, Path]], *, p: str = prompt, f: str = framing, k: int = i
                ) -> np.ndarray:
                    image = render_keyframe(
                        prompt=p,
                        shot_id=f"S{k + 1:02d}",
                        description=p,
                        framing=f,
                        width=width,
                        height=height,
                        seed=7 * k + 1,
                        tags=("character",),
                        cast=cast,
                    )
                    return np.asarray(image)

                own = frame([(kind, path)])
                same = compare(own, sigs[name])
                off = compare(frame([(kind, drifted)]), sigs[name])
                rows.append(
                    Row(
                        name,
                        framing,
                        i,
                        same.colour,
                        same.shape,
                        off.colour,
                        off.shape,
                        compare(frame([]), sigs[name]).colour,
                        max(compare(own, s).colour for n, s in sigs.items() if n != name),
                    )
                )
    return rows


def summary(rows: list[Row]) -> dict[str, tuple[float, float, float]]:
    table = {}
    for field in ("same", "shape", "drift", "drift_shape", "absent", "other"):
        values = np.array([getattr(r, field) for r in rows])
        table[field] = (float(values.min()), float(np.median(values)), float(values.max()))
    return table


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = summary(measure(Path(tmp)))
    print(f"{'':8} {'min':>6} {'median':>7} {'max':>6}")
    for field, (lo, mid, hi) in result.items():
        print(f"{field:8} {lo:6.2f} {mid:7.2f} {hi:6.2f}")
