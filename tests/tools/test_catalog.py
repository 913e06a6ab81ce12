from __future__ import annotations

from pathlib import Path

import pytest

from tools.catalog import CatalogError, load_catalog, parse_catalog

MINIMAL = """
version = "t1"
[[engine]]
name = "a"
provider = "animatic"
tools = ["animate"]
tiers = ["draft"]
price = { per_second = 0.0 }
"""


def test_default_catalog_lists_real_engines_and_the_animatic() -> None:
    catalog = load_catalog()
    names = {e.name for e in catalog.engines}
    assert {"animatic", "kling-2.1-pro", "runway-gen4-turbo", "veo-3.1", "flux-1.1-pro"} <= names
    assert catalog.engine("sora-2").retired
    assert catalog.guardrails.max_attempts_per_stage == 3
    assert len(catalog.sha256) == 64


def test_catalog_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(MINIMAL)
    monkeypatch.setenv("SHOTCALLER_CATALOG", str(path))
    assert load_catalog().version == "t1"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('version = "x"\n[[engine]\n', "not valid TOML.*line 2"),
        (MINIMAL.replace('tools = ["animate"]', 'tools = ["dance"]'), r"engine\[0\] \(a\)\.tools"),
        (MINIMAL.replace("per_second = 0.0", "per_second = -1"), r"engine\[0\] \(a\)\.price"),
        (MINIMAL + MINIMAL.split("\n", 2)[2], "used twice"),
        (
            MINIMAL.replace('provider = "animatic"', 'provider = "acme"'),
            r"\.provider: no engine is registered for 'acme'",
        ),
        (
            MINIMAL.replace("price = { per_second = 0.0 }", "price = { per_second = inf }"),
            r"\.price\.per_second: must be a finite number",
        ),
        (
            MINIMAL.replace("price = { per_second = 0.0 }", "price = { per_second = nan }"),
            r"\.price\.per_second: must be a finite number",
        ),
        (MINIMAL + "latency_s = inf\n", r"\.latency_s: must be a finite number"),
        (
            MINIMAL + "latency_s = 1e12\n",
            r"\.latency_s: Input should be less than or equal to 86400",
        ),
        (
            MINIMAL.replace("price = { per_second = 0.0 }", "price = { per_image = 1e9 }"),
            r"\.price\.per_image: Input should be less than or equal",
        ),
        (MINIMAL + "concurrency = 100000\n", r"\.concurrency: Input should be less than or equal"),
        (MINIMAL + "max_duration_s = -inf\n", r"\.max_duration_s: must be a finite number"),
        (
            MINIMAL.replace('"t1"\n', '"t1"\n[guardrails]\nbudget_usd = inf\n'),
            r"guardrails\.budget_usd: must be a finite number",
        ),
        (
            MINIMAL.replace('"t1"\n', '"t1"\n[guardrails]\nmax_retry_after_s = nan\n'),
            r"guardrails\.max_retry_after_s: must be a finite number",
        ),
        (
            MINIMAL.replace(
                "price = { per_second = 0.0 }", "price = { per_second = 0.1, verified = true }"
            ),
            r"a verified price needs its source",
        ),
        (MINIMAL + 'base_url = "ftp://x"\n', r"\.base_url"),
        (MINIMAL.replace("price = { per_second = 0.0 }", ""), r"\.price: Field required"),
    ],
)
def test_malformed_catalog_names_the_line_or_field(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as info:
        parse_catalog(text, "my.toml")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("my.toml: ")


def test_a_registered_provider_is_enough_and_an_entry_may_set_its_endpoint() -> None:
    text = MINIMAL.replace('provider = "animatic"', 'provider = "vertex"') + (
        'base_url = "https://europe-west4-aiplatform.googleapis.com/v1beta1"\n'
    )
    spec = parse_catalog(text, "mine.toml").engines[0]
    assert spec.provider == "vertex" and spec.base_url.startswith("https://europe-west4")


def test_every_default_price_names_its_source_and_date() -> None:
    for spec in load_catalog().engines:
        assert spec.price.source and spec.price.checked, spec.name
    unverified = {s.name for s in load_catalog().engines if not s.price.verified}
    assert "esrgan" in unverified and "kling-2.5-turbo-pro" not in unverified


def test_default_catalog_has_an_image_and_a_video_upscaler() -> None:
    upscalers = [s for s in load_catalog().engines if "upscale" in s.tools]
    assert any(s.sources == ("image",) for s in upscalers)
    assert any(s.sources == ("video",) for s in upscalers)


def test_missing_catalog_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="not found"):
        load_catalog(tmp_path / "nope.toml")
