"""The simulated provider plays every fault of `[engine.faults]`, deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.catalog import EngineSpec, parse_catalog
from tools.engines.base import EngineRequest, build_engine
from tools.engines.errors import EngineTimeout, RateLimited, Refused, Retired, ServerError
from tools.engines.simulated import SimulatedEngine, draw_fate
from tools.media.quality import measure_clip, measure_image

from .studio import SIZE, catalog_toml, engine_toml


def spec_with(**faults: float | bool | int) -> EngineSpec:
    text = catalog_toml(
        engine_toml("sim", strengths=["landscape"], price="per_second = 0.2", **faults)
    )
    return parse_catalog(text).engines[0]


def request(tmp_path: Path, tool: str = "generate_keyframe", **extra: object) -> EngineRequest:
    suffix = ".mp4" if tool == "animate" else ".png"
    fields: dict[str, object] = {
        "tool": tool,
        "shot_id": "S01",
        "prompt": "a misty fjord",
        "seed": 7,
        "width": SIZE[0],
        "height": SIZE[1],
        "aspect_ratio": "16:9",
        "out_path": tmp_path / f"out{suffix}",
        "idempotency_key": "k",
        "tags": ("landscape",),
        **extra,
    }
    if tool == "animate":
        fields.setdefault("duration_s", 0.5)
    return EngineRequest(**fields)  # type: ignore[arg-type]


def test_the_simulated_provider_registers_through_the_entry_point() -> None:
    assert isinstance(build_engine(spec_with()), SimulatedEngine)


def test_fates_are_deterministic_and_weaker_off_strength() -> None:
    spec = spec_with(low_quality_off_strength=0.8, seed=3)

    def share(tags: tuple[str, ...]) -> float:
        fates = [
            draw_fate(spec, shot_id="S01", tool="animate", seed=1, tags=tags, call=n).kind
            for n in range(300)
        ]
        return fates.count("low_quality") / len(fates)

    assert share(("landscape",)) == 0.0  # on its strength: never spoiled
    assert 0.7 < share(("human_motion",)) < 0.9  # off it: about the configured rate
    assert 0.3 < share(("landscape", "human_motion")) < 0.5  # half the tags missed
    again = [
        draw_fate(spec, shot_id="S01", tool="animate", seed=1, tags=(), call=n) for n in range(20)
    ]
    assert again == [
        draw_fate(spec, shot_id="S01", tool="animate", seed=1, tags=(), call=n) for n in range(20)
    ]


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        ({"rate_limit": 1.0, "retry_after_s": 0.5}, RateLimited),
        ({"refusal": 1.0}, Refused),
        ({"server_error": 1.0}, ServerError),
        ({"timeout": 1.0}, EngineTimeout),
        ({"retired": True}, Retired),
    ],
)
async def test_each_fault_is_its_typed_error(
    tmp_path: Path, faults: dict[str, float | bool], error: type[Exception]
) -> None:
    engine = SimulatedEngine(spec_with(**faults))
    with pytest.raises(error) as raised:
        await engine.run(request(tmp_path))
    if isinstance(raised.value, RateLimited):
        assert raised.value.retry_after_s == 0.5


async def test_corrupt_and_spoiled_outputs_fail_the_real_gate(tmp_path: Path) -> None:
    corrupt = SimulatedEngine(spec_with(corrupt=1.0))
    result = await corrupt.run(request(tmp_path))
    assert measure_image(result.path, width=SIZE[0], height=SIZE[1]).score == 0.0
    keyframe = await SimulatedEngine(spec_with()).run(request(tmp_path / "k"))
    spoiled = SimulatedEngine(spec_with(low_quality=1.0))
    for call in range(3):  # black, flicker or blur, whichever each call draws
        clip = await spoiled.run(
            request(tmp_path / f"c{call}", "animate", image=keyframe.path, camera="pan")
        )
        report = measure_clip(
            clip.path, width=SIZE[0], height=SIZE[1], duration_s=0.5, reference=keyframe.path
        )
        assert report.gate(0.35)[0] == "reject", report.problems


async def test_a_good_output_passes_and_costs_the_list_price(tmp_path: Path) -> None:
    keyframe = await SimulatedEngine(spec_with()).run(request(tmp_path / "k"))
    engine = SimulatedEngine(spec_with())
    jobs: list[str] = []
    clip = await engine.run(
        request(tmp_path, "animate", image=keyframe.path, camera="pan", on_job_id=jobs.append)
    )
    report = measure_clip(
        clip.path, width=SIZE[0], height=SIZE[1], duration_s=0.5, reference=keyframe.path
    )
    assert report.gate(0.6)[0] == "accept"
    assert clip.cost_usd == pytest.approx(0.1)  # 0.5 s at $0.20/s
    assert jobs == [clip.provider_job_id]


async def test_polling_a_job_replays_it_without_a_new_submission(tmp_path: Path) -> None:
    engine = SimulatedEngine(spec_with(low_quality=0.5, seed=9))
    first = await engine.run(request(tmp_path / "a"))
    resumed = SimulatedEngine(spec_with(low_quality=0.5, seed=9))  # a new process
    jobs: list[str] = []
    again = await resumed.run(
        request(tmp_path / "b", provider_job_id=first.provider_job_id, on_job_id=jobs.append)
    )
    assert (resumed.submitted, resumed.polled) == (0, 1)
    assert jobs == []  # nothing new to record
    assert again.metadata["fate"] == first.metadata["fate"]
