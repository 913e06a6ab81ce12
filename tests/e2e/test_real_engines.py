"""A production routed to real engines, end to end through the CLI, replayed from a cassette —
and a scan of everything the run left behind for anything that looks like a key."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from tests.tools.engines.support import CASSETTES, FAKE_KEYS, render_media, replay
from tui.cli import main

# Keyframes: flux-dev first (cheapest), gpt-image-2.5-flare after it; clips: Runway only.
CATALOG = """
version = "test-real-engines"

[guardrails]
max_attempts_per_stage = 3
budget_usd = 50.0
on_refusal = "ask"
max_retry_after_s = 60.0

[[engine]]
name = "flux-dev"
provider = "fal"
model = "fal-ai/flux/dev"
tools = ["generate_keyframe"]
tiers = ["draft", "delivery"]
price = { per_megapixel = 0.025 }
latency_s = 5

[[engine]]
name = "gpt-image-2.5-flare"
provider = "openai"
model = "gpt-image-2.5-flare"
tools = ["generate_keyframe", "inpaint"]
tiers = ["draft", "delivery"]
price = { per_image = 0.25 }
latency_s = 25

[[engine]]
name = "runway-gen4-turbo"
provider = "runway"
model = "gen4_turbo"
tools = ["animate"]
tiers = ["draft", "delivery"]
price = { per_second = 0.05 }
latency_s = 60
max_duration_s = 10
concurrency = 2
"""
BRIEF = (
    "A 10-second ad for a lighthouse café by the sea. Open on a wide shot of the lighthouse at "
    "dawn, then a close-up of coffee being poured."
)
KEY_SHAPES = re.compile(
    r"(Key|Bearer) [A-Za-z0-9_\-.]{12,}|sk-[A-Za-z0-9_\-]{12,}|r8_[A-Za-z0-9]{12,}"
    r"|AIza[0-9A-Za-z_\-]{12,}"
)


def leaks(text: str) -> list[str]:
    found = [value for value in FAKE_KEYS.values() if value in text]
    return found + [m.group(0) for m in KEY_SHAPES.finditer(text)]


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(args)
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.fixture(scope="module")
def media_bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return render_media(tmp_path_factory.mktemp("provider-media"))


@pytest.fixture
def fake_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FAL_KEY", "OPENAI_API_KEY", "RUNWAYML_API_SECRET"):
        monkeypatch.setenv(name, FAKE_KEYS[name])
    monkeypatch.setenv("SHOTCALLER_POLL_S", "0")  # replayed jobs: never sleep


def test_engines_marks_unverified_prices(
    fake_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["engines"], capsys)
    lines = {line.split()[1]: line for line in out.splitlines()[1:]}
    assert code == 0
    assert "(unverified)" in lines["esrgan"] and "(unverified)" not in lines["kling-2.5-turbo-pro"]


def test_engines_lists_every_provider_with_availability_from_the_environment(
    fake_keys: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["engines", "--json"], capsys)
    rows = {row["name"]: row for row in json.loads(out)["engines"]}
    assert code == 0
    assert {r["provider"] for r in rows.values()} >= {
        "animatic", "fal", "replicate", "runway", "luma", "openai", "gemini", "vertex"
    }  # fmt: skip
    assert not rows["esrgan"]["price_verified"] and rows["seedvr-video"]["price_verified"]
    assert rows["flux-dev"]["available"] and rows["runway-gen4-turbo"]["available"]
    assert rows["gpt-image-2.5-flare"]["available"] and rows["veo-3.1"]["available"]  # on fal
    assert rows["gemini-omni-flash"]["reason"] == "GEMINI_API_KEY is not set"
    assert rows["veo-3.1-vertex"]["reason"] == "GOOGLE_CLOUD_ACCESS_TOKEN is not set"
    assert rows["luma-ray-2-flash"]["reason"] == "LUMAAI_API_KEY is not set"
    assert rows["esrgan"]["reason"] == "REPLICATE_API_TOKEN is not set"
    assert not rows["sora-2"]["available"] and "retired" in rows["sora-2"]["reason"]


def test_production_on_real_engines_fails_over_from_a_rate_limit_and_leaks_no_key(
    fake_keys: None,
    tmp_path: Path,
    data_home: Path,
    media_bodies: dict[str, bytes],
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx logs every request at INFO/DEBUG: scan those too
    (tmp_path / "catalog.toml").write_text(CATALOG)
    (tmp_path / "brief.txt").write_text(BRIEF)
    args = ["run", str(tmp_path / "brief.txt"), "--yes", "--json"]
    with replay("e2e", "production", media_bodies, repeats=True):
        code, out, err = run_cli([*args, "--catalog", str(tmp_path / "catalog.toml")], capsys)
    summary = json.loads(out)
    assert (code, summary["status"]) == (0, "completed"), err
    assert len(summary["shots"]) == 2
    for shot in summary["shots"]:
        assert shot["takes"]["generate_keyframe"]["engine"] == "gpt-image-2.5-flare"
        assert shot["takes"]["animate"]["engine"] == "runway-gen4-turbo"
    provenance = Path(summary["provenance"]).read_text()
    attempts = json.loads(provenance)["attempts"]
    limited = [a for a in attempts if a["engine"] == "flux-dev"]
    assert limited and all(a["error_kind"] == "rate_limited" for a in limited)
    assert any(a["failover_from"] == limited[0]["id"] for a in attempts)
    clips = [a for a in attempts if a["engine"] == "runway-gen4-turbo"]
    assert all(a["provider_job_id"] == "0c6f1f8e-4b0a-4d7e-9a57-2e5b1c0d9f31" for a in clips)
    # The task reported cost.credits = 25: the attempt keeps both figures, the spend is Runway's.
    assert all(a["cost_usd"] == 0.25 and a["estimated_cost_usd"] != 0.25 for a in clips)

    # Key hygiene: the database (with its WAL), provenance, stdout/stderr and the logs.
    stored = [p for p in data_home.rglob("*") if p.is_file() and ".db" in p.name]
    assert stored, "expected the SQLite store under the data home"
    texts = [p.read_bytes().decode("latin-1") for p in stored]
    texts += [provenance, out, err, caplog.text]
    assert [leak for text in texts for leak in leaks(text)] == []


def test_no_cassette_holds_anything_that_looks_like_a_key() -> None:
    cassettes = sorted(CASSETTES.rglob("*.yaml"))
    assert len(cassettes) >= 25
    for cassette in cassettes:
        text = cassette.read_text()
        assert leaks(text) == [], cassette.name
        assert not re.search(
            r"^\s*(authorization|x-goog-api-key|x-api-key|x-key):", text, re.M | re.I
        )
