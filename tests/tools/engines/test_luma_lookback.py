"""Look-back chaining on Luma's side: a chained shot continues the predecessor's generation."""

from __future__ import annotations

from pathlib import Path

from tests.tools.engines.conftest import FakeClock
from tests.tools.engines.support import replay
from tests.tools.studio import catalog_toml, engine_toml, open_studio, shot
from tools.catalog import parse_catalog
from tools.engines.luma import LumaEngine
from tools.routing.request import GateResult, StageRequest

LUMA = """
[[engine]]
name = "luma-ray-2-flash"
provider = "luma"
model = "ray-flash-2"
tools = ["animate"]
tiers = ["draft", "delivery"]
price = { per_second = 0.08 }
latency_s = 60
upload = { via = "fal" }    # Luma fetches keyframes by URL: hosted on fal's storage first
"""
GENERATION = "3f1c2a6e-8b9d-4e57-a1c2-5d6e7f809a1b"  # the id continue_success.yaml answers with


def accept(req: StageRequest, path: Path) -> GateResult:
    # The cassette's clip is not the size of the test plan: this test is about what is sent.
    return GateResult(decision="accept", score=1.0, metrics={}, reason="test")


async def test_a_chained_shot_continues_its_predecessors_luma_generation(
    data_home: Path, keys: dict[str, str], media_bodies: dict[str, bytes], clock: FakeClock
) -> None:
    catalog = catalog_toml(engine_toml("sim-keys", tools=["generate_keyframe"]), LUMA)
    spec = parse_catalog(catalog, "test").engine("luma-ray-2-flash")
    with replay("luma", "continue_success", media_bodies) as log:
        luma = LumaEngine(spec, sleep=clock.sleep, clock=clock, transport=log)
        studio = open_studio(
            data_home,
            catalog,
            [shot(1), shot(2, chain_from="S01"), shot(3)],
            engines={"luma-ray-2-flash": luma},
            env=keys,
        )
        studio.router.gate = accept
        await studio.production.make(["S01"])
    with replay("luma", "continue_success", media_bodies):  # same transport, a fresh cassette
        await studio.production.make(["S02"])
    with replay("luma", "continue_success", media_bodies):
        await studio.production.make(["S03"])

    submits = [s.json() for s in log.sent if s.uri.endswith("/generations/video")]
    frames = [body["keyframes"]["frame0"] for body in submits]
    assert frames[0]["type"] == "image"  # S01 starts from its keyframe, hosted on fal's CDN
    assert frames[0]["url"].startswith("https://v3.fal.media/")
    # S02 continues the generation Luma made for S01, as the attempt row recorded it …
    s01 = studio.store.current_take(studio.session.id, "S01", "clip")
    assert s01 and studio.store.attempt(s01.attempt_id or "").provider_job_id == GENERATION
    assert frames[1] == {"type": "generation", "id": GENERATION}
    # … and S03, not chained, starts from its own keyframe again.
    assert frames[2]["type"] == "image"
