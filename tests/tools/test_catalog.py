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
        (MINIMAL.replace('provider = "animatic"', 'provider = "acme"'), r"\.provider"),
        (MINIMAL.replace("price = { per_second = 0.0 }", ""), r"\.price: Field required"),
    ],
)
def test_malformed_catalog_names_the_line_or_field(text: str, message: str) -> None:
    with pytest.raises(CatalogError, match=message) as info:
        parse_catalog(text, "my.toml")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("my.toml: ")


def test_missing_catalog_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="not found"):
        load_catalog(tmp_path / "nope.toml")
