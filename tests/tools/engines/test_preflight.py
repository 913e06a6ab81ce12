"""`shotcaller engines --check` against a loopback fake of each provider's free endpoints.

For every provider: a ready account, a rejected key (401), a model the provider no longer has
(404, or fal listing nothing) and — where the API tells an account's credit (Runway, Luma) — an
empty account. The check spends nothing: every request it makes is a GET.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.tools.engines.recorder import Heard, Reply, recording
from tools.catalog import parse_catalog
from tools.engines.preflight import out_for_session, preflight
from tui.cli import main

ENV = {
    "FAL_KEY": "fal-test-key-1234567890abcdef",
    "REPLICATE_API_TOKEN": "r8_test-token-1234567890abcdef",
    "RUNWAYML_API_SECRET": "key_runwaytest1234567890abcdef",
    "LUMAAI_API_KEY": "luma-test-key-1234567890abcdef",
    "OPENAI_API_KEY": "sk-test-1234567890abcdef",
    "GEMINI_API_KEY": "AIzaTestKey1234567890abcdef",
    "GOOGLE_CLOUD_ACCESS_TOKEN": "ya29.test-token-1234567890",
    "GOOGLE_CLOUD_PROJECT": "film-co",
}
MODELS = {
    "fal": "fal-ai/kling-video/v2.5-turbo/pro/image-to-video",
    "replicate": "nightmareai/real-esrgan:42fed1c4974146d4d2414e2be2c5277c7fcf05fcc3a73abf41610695738c1d7b",
    "runway": "gen4_turbo",
    "luma": "ray-flash-2",
    "openai": "gpt-image-2.5-flare",
    "gemini": "gemini-omni-1.1-flash",
    "vertex": "veo-3.1-generate-001",
}
MODEL_PATHS = ("/models", "/v1/models/", "/v1beta1/projects/")  # where a model is looked up


def fake(scenario: str) -> Callable[[Heard], Reply]:
    """One fake for all seven providers (each adapter's base_url points here)."""

    def answer(heard: Heard) -> Reply:
        assert heard.method == "GET", "a preflight must never POST (nothing may be spent)"
        if scenario == "401":
            return Reply(401, {"error": {"message": "Invalid API key", "code": 401}})
        path = heard.path
        if path == "/models" and "endpoint_id" in heard.query:  # fal's Platform API
            found = [] if scenario == "404" else [{"endpoint_id": heard.query["endpoint_id"][0],
                                                   "metadata": {"status": "active"}}]  # fmt: skip
            return Reply(body={"models": found, "has_more": False})
        if path == "/v1/organization":
            balance = 0 if scenario == "no credit" else 1200
            return Reply(body={"creditBalance": balance, "tier": {"maxMonthlyCreditSpend": 10000,
                               "models": {}}, "usage": {"models": {}}})  # fmt: skip
        if path == "/credits":
            return Reply(body={"credit_balance": 0 if scenario == "no credit" else 5000})
        if path == "/v1/account":
            return Reply(body={"type": "organization", "username": "film-co"})
        if scenario == "404" and path.startswith(MODEL_PATHS):
            return Reply(404, {"error": {"message": "model not found", "code": 404}})
        return Reply(body={"id": "ok", "name": "ok"})

    return answer


def catalog_text(url: str) -> str:
    entries = "".join(
        f"""
[[engine]]
name = "{provider}-engine"
provider = "{provider}"
model = "{model}"
tools = ["{"generate_keyframe" if provider == "openai" else "animate"}"]
tiers = ["draft"]
price = {{ per_second = 0.1 }}
base_url = "{url}{"/v1" if provider in ("openai", "gemini") else ""}{"/v1beta1" if provider == "vertex" else ""}"
{'upload = { via = "fal" }' if provider == "luma" else ""}
"""
        for provider, model in MODELS.items()
    )
    return 'version = "preflight-test"\n' + entries


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        ("ready", {p: "ready" for p in MODELS}),
        ("401", {p: "bad key" for p in MODELS}),
        (
            "404",
            {
                "fal": "model gone",
                "replicate": "model gone",
                "runway": "ready",
                "luma": "ready",
                "openai": "model gone",
                "gemini": "model gone",
                "vertex": "model gone",
            },
        ),
        ("no credit", {p: "no credit" if p in ("runway", "luma") else "ready" for p in MODELS}),
    ],
)
def test_engines_check_one_line_per_engine(
    scenario: str,
    expected: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    with recording(fake(scenario)) as rec:
        (tmp_path / "catalog.toml").write_text(catalog_text(rec.url))
        with pytest.raises(SystemExit) as exited:
            main(["engines", "--check", "--catalog", str(tmp_path / "catalog.toml")])
        out = capsys.readouterr().out
        assert all(h.method == "GET" for h in rec.heard)
    assert exited.value.code in (0, None)
    lines = out.strip().splitlines()
    assert len(lines) == len(MODELS)  # one line per engine
    for line, (provider, verdict) in zip(lines, expected.items(), strict=True):
        assert f"{provider}-engine" in line and verdict in line, line
        assert ("✓" in line) == (verdict == "ready")
    assert not any(value in out for value in ENV.values())


async def test_a_model_found_gone_is_out_for_the_session() -> None:
    with recording(fake("404")) as rec:
        catalog = parse_catalog(catalog_text(rec.url), "test")
        checks = await preflight(catalog, ENV)
    out = out_for_session(checks)
    assert out["openai-engine"].startswith("retired: ")
    assert "runway-engine" not in out


async def test_unconfigured_and_retired_engines_are_said_so_without_a_request() -> None:
    with recording(fake("ready")) as rec:
        catalog = parse_catalog(catalog_text(rec.url), "test")
        checks = await preflight(catalog, {})  # no keys at all
        assert rec.heard == []
    assert {c.verdict for c in checks} == {"unavailable"}
    assert "FAL_KEY is not set" in checks[0].detail


def test_engines_check_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    with recording(fake("ready")) as rec:
        (tmp_path / "catalog.toml").write_text(catalog_text(rec.url))
        with pytest.raises(SystemExit):
            main(["engines", "--check", "--json", "--catalog", str(tmp_path / "catalog.toml")])
    rows = json.loads(capsys.readouterr().out)
    assert [r["verdict"] for r in rows] == ["ready"] * len(MODELS)
