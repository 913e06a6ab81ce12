"""Local failures are not engine failures (issue 12, item 5).

A full disk, a folder that cannot be written, a missing codec: the attempt is marked `local`, costs
the engine nothing, does not count against its cap and is not failed over to another paid engine;
the stage stops with one line naming the path, and a later production (a resume) finishes the work,
polling the job that was already paid for. Real filesystems: a small tmpfs under root (skipped
elsewhere), a read-only remount under root or a chmod otherwise; the codec is taken away at PyAV's
boundary (`av.open`), the one thing that cannot be uninstalled for a test.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import av
import pytest

from sessions.c2pa import verify_file
from tests.filesystems import fill, lockable, read_only, small_disk
from tools.media.io import file_sha256
from tools.routing.request import GateResult, StageRequest

from .studio import Studio, catalog_toml, engine_toml, open_studio, shot
from .test_router_resume import next_process

PAID = (
    engine_toml("sim-first", quality=0.9, price="per_image = 0.2"),
    engine_toml("sim-second", quality=0.5, price="per_image = 0.3"),
)


def paid_studio(home: Path, *, cap: int = 1) -> Studio:
    # cap 1: had the local failure counted, nothing could be made after it
    return open_studio(home, catalog_toml(*PAID, cap=cap), [shot(1)])


def assert_stopped_locally(studio: Studio, stage: str, reason: str, *words: str) -> None:
    assert_stopped_locally_on(studio, "sim-first", reason, *words, stage=stage)


def assert_stopped_locally_on(
    studio: Studio, engine: str, reason: str, *words: str, stage: str = "generate_keyframe"
) -> None:
    (attempt,) = studio.dispatched("S01", stage)
    assert (attempt.engine, attempt.status, attempt.error_kind) == (engine, "failed", "local")
    assert attempt.cost_usd == 0.0  # not billed to the engine
    assert "stopped on this machine" in reason and "resume" in reason
    for word in words:
        assert word in reason
    assert "\n" not in reason


async def test_a_full_disk_stops_the_stage_and_resume_polls_the_paid_job(data_home: Path) -> None:
    studio = paid_studio(data_home)
    shot_dir = studio.production.shot_dir("S01")
    with small_disk(shot_dir, "1m"):
        ballast = fill(shot_dir)
        report = await studio.production.make(stages=["generate_keyframe"])
        assert report.shots == {"S01": "failed"}
        reason = report.reasons["S01"]
        assert_stopped_locally(studio, "generate_keyframe", reason, "no space left", str(shot_dir))
        (stopped,) = studio.dispatched("S01")
        assert stopped.provider_job_id  # the provider's job is known: it will be polled
        assert studio.router.engine(studio.catalog.engine("sim-second")).submitted == 0  # type: ignore[attr-defined]

        ballast.unlink()  # the person frees some space and resumes
        later = next_process(studio, catalog_toml(*PAID, cap=1))
        again = await later.production.make(stages=["generate_keyframe"])
        assert again.shots == {"S01": "done"}
        assert (later.engine("sim-first").submitted, later.engine("sim-first").polled) == (0, 1)
        (kept,) = studio.dispatched("S01")
        assert kept.id == stopped.id and kept.status == "succeeded"
        assert (kept.error_kind, kept.error) == (None, None)
        assert kept.cost_usd > 0  # billed once, when the job's output was finally kept


async def test_a_folder_that_cannot_be_written_is_a_local_failure(data_home: Path) -> None:
    studio = paid_studio(data_home)
    shot_dir = studio.production.shot_dir("S01")
    with read_only(shot_dir):
        report = await studio.production.make(stages=["generate_keyframe"])
    reason = report.reasons["S01"]
    assert report.shots == {"S01": "failed"}
    assert_stopped_locally(studio, "generate_keyframe", reason, str(shot_dir))
    assert any(w in reason for w in ("read-only file system", "permission denied"))
    later = next_process(studio, catalog_toml(*PAID, cap=1))
    assert (await later.production.make(stages=["generate_keyframe"])).shots == {"S01": "done"}


class _NoEncoder:
    """A PyAV output container whose build has no H.264 encoder (what a stripped FFmpeg does)."""

    def __init__(self, container: Any) -> None:
        self.container = container

    def __enter__(self) -> _NoEncoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.container.close()

    def add_stream(self, codec: str, *args: object, **kwargs: object) -> None:
        raise av.codec.codec.UnknownCodecError(codec)


@contextmanager
def without_h264(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real_open = av.open

    def open_(*args: Any, **kwargs: Any) -> Any:
        container = real_open(*args, **kwargs)
        writing = kwargs.get("mode", args[1] if len(args) > 1 else "r") == "w"
        return _NoEncoder(container) if writing else container

    with monkeypatch.context() as patch:
        patch.setattr(av, "open", open_)
        yield


async def test_a_missing_codec_is_a_local_failure(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    studio = paid_studio(data_home)
    assert (await studio.production.make(stages=["generate_keyframe"])).shots == {"S01": "done"}
    with without_h264(monkeypatch):
        report = await studio.production.make(stages=["animate"])
    assert report.shots == {"S01": "failed"}
    assert_stopped_locally(studio, "animate", report.reasons["S01"], "no libx264 encoder")
    assert (await studio.production.make(stages=["animate"])).shots == {"S01": "done"}


async def test_a_take_that_cannot_be_signed_and_kept_is_kept_by_the_resume(
    data_home: Path,
) -> None:
    text = catalog_toml(*PAID, cap=1)
    shot_dir = data_home / "pending"  # replaced below, once the session (and its id) exists
    studio = open_studio(data_home, text, [shot(1)])
    shot_dir = studio.production.shot_dir("S01")
    with lockable(shot_dir) as folder:
        real_gate = studio.router.gate

        def gate_then_disk_trouble(req: StageRequest, path: Path) -> GateResult:
            verdict = real_gate(req, path)
            folder.lock()  # the output is written and accepted; signing it will fail
            return verdict

        studio.router.gate = gate_then_disk_trouble
        report = await studio.production.make(stages=["generate_keyframe"])
        reason = report.reasons["S01"]
        assert report.shots == {"S01": "failed"}
        assert "stopped on this machine" in reason and "keeping S01's generate_keyframe" in reason
        (accepted,) = studio.dispatched("S01")
        assert accepted.status == "succeeded" and accepted.take is None  # accepted, not yet kept
        assert accepted.cost_usd > 0  # the engine did its job: that is billed

        folder.unlock()
        later = next_process(studio, text)  # recovery adopts the accepted output
        assert (await later.production.make(stages=["generate_keyframe"])).shots == {"S01": "done"}
        assert later.engine("sim-first").submitted == later.engine("sim-first").polled == 0
        take = studio.store.current_take(studio.session.id, "S01", "keyframe")
        assert take is not None and take.attempt_id == accepted.id
        assert file_sha256(Path(take.path)) == take.sha256
        assert verify_file(Path(take.path), home=data_home, env={}).valid


async def test_a_paid_download_the_disk_refused_is_fetched_again_not_paid_again(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fal, replayed: the job is submitted and done, but its download cannot be written (a
    read-only shot folder). The resume polls the same job and downloads it; nothing is submitted
    again."""
    from tests.tools.engines.conftest import FakeClock
    from tests.tools.engines.support import FAKE_KEYS, render_media, replay
    from tools.engines.fal import FalEngine

    for name, value in FAKE_KEYS.items():
        monkeypatch.setenv(name, value)
    bodies = render_media(tmp_path / "media")
    text = catalog_toml(
        '[[engine]]\nname = "flux-dev"\nprovider = "fal"\nmodel = "fal-ai/flux/dev"\n'
        'tools = ["generate_keyframe"]\ntiers = ["draft"]\nprice = { per_image = 0.025 }\n',
        engine_toml("sim-second", tools=["generate_keyframe"], price="per_image = 0.5"),
        cap=1,
    )
    studio = open_studio(data_home, text, [shot(1)], env=FAKE_KEYS)
    shot_dir = studio.production.shot_dir("S01")

    def fal(log: object) -> FalEngine:
        clock = FakeClock()
        spec = studio.catalog.engine("flux-dev")
        return FalEngine(spec, sleep=clock.sleep, clock=clock, transport=log)  # type: ignore[arg-type]

    with lockable(shot_dir) as folder, replay("fal", "flux_success", bodies) as log:
        (shot_dir / "attempts").mkdir()
        folder.lock()  # the job can be submitted; its download cannot be written
        studio.router._engines["flux-dev"] = fal(log)
        report = await studio.production.make(stages=["generate_keyframe"])
    assert report.shots == {"S01": "failed"}
    assert_stopped_locally_on(studio, "flux-dev", report.reasons["S01"])
    (stopped,) = studio.dispatched("S01")
    assert stopped.provider_job_id == "764cabcf-b745-4b3e-ae38-1200304cf45b"
    assert [s.method for s in log.sent].count("POST") == 1

    with replay("fal", "flux_success", bodies) as again:
        later = next_process(studio, text, env=FAKE_KEYS, **{"flux-dev": fal(again)})
        assert (await later.production.make(stages=["generate_keyframe"])).shots == {"S01": "done"}
    assert [s.method for s in again.sent].count("POST") == 0  # polled and fetched, not paid
    (kept,) = studio.dispatched("S01")
    assert kept.id == stopped.id and kept.status == "succeeded"
    assert kept.cost_usd == pytest.approx(0.025)
