"""Fixtures for the cassette tests: real media once per session, fake keys, fast clocks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tools.engines.support import FAKE_KEYS, render_media
from tools.catalog import EngineSpec, Price
from tools.engines.base import EngineRequest


@pytest.fixture(scope="session")
def media_bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return render_media(tmp_path_factory.mktemp("provider-media"))


@pytest.fixture
def keys(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name, value in FAKE_KEYS.items():
        monkeypatch.setenv(name, value)
    return FAKE_KEYS


class FakeClock:
    """Time that passes only when the engine sleeps: deadlines are tested without waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_spec(provider: str, model: str, tools: tuple[str, ...], **extra: object) -> EngineSpec:
    return EngineSpec.model_validate(
        {
            "name": extra.pop("name", f"{provider}-test"),
            "provider": provider,
            "model": model,
            "tools": tools,
            "tiers": ("draft", "delivery"),
            "price": Price(per_second=0.1),
            "latency_s": 30,
            **extra,
        }
    )


@pytest.fixture
def request_for(tmp_path: Path, media_bodies: dict[str, bytes]) -> Callable[..., EngineRequest]:
    keyframe = tmp_path / "keyframe-in.png"
    keyframe.write_bytes(media_bodies["@@keyframe.png"])

    def build(tool: str = "animate", **extra: object) -> EngineRequest:
        fields: dict[str, object] = {
            "tool": tool,
            "shot_id": "S01",
            "prompt": "slow push-in on the lighthouse",
            "seed": 42,
            "width": 320,
            "height": 180,
            "aspect_ratio": "320:180",
            "out_path": tmp_path / ("out.mp4" if tool == "animate" else "out.png"),
            "idempotency_key": "idem-1",
            "duration_s": 4.0 if tool == "animate" else None,
            "image": keyframe if tool in ("animate", "inpaint", "upscale") else None,
        }
        fields.update(extra)
        return EngineRequest(**fields)  # type: ignore[arg-type]

    return build
