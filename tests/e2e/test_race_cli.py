"""`shotcaller race` as a person runs it: the race waits for its yes, --yes runs it, picks the best
score and commits the delivery generation; --pick chooses another and waits for its approval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.test_cli import run_cli
from tests.tools.studio import catalog_toml, engine_toml


def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    catalog = tmp_path / "catalog.toml"
    catalog.write_text(
        catalog_toml(
            engine_toml("sim-frames", tools=["generate_keyframe"], price="per_image = 0.01"),
            engine_toml("sim-kling", tools=["animate"], price="per_second = 0.2", quality=0.8),
            engine_toml("sim-runway", tools=["animate"], price="per_second = 0.1", quality=0.7),
        )
    )
    brief = tmp_path / "brief.txt"
    brief.write_text("A 2-second shot of a dancer leaping on a rooftop.\n")
    args = ["run", str(brief), "--tier", "delivery", "--budget", "10", "--catalog", str(catalog)]
    code, out, err = run_cli([*args, "--yes", "--json"], capsys)
    assert code == 0, err
    return json.loads(out)["session_id"], str(catalog)


def test_race_waits_then_yes_races_picks_and_commits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid, catalog = setup(tmp_path, capsys)
    code, out, _ = run_cli(["race", sid, "--shot", "S01", "--catalog", catalog, "--json"], capsys)
    waiting = json.loads(out)
    assert code == 3 and waiting["pending"][0]["verb"] == "race"
    assert {w["engine"] for w in waiting["pending"][0]["work"]} == {"sim-kling", "sim-runway"}
    assert waiting["races"][0]["status"] == "pending"

    code, out, err = run_cli(
        ["race", sid, "--shot", "S01", "--catalog", catalog, "--yes", "--json"], capsys
    )
    assert code == 0, err
    [race] = json.loads(out)["races"]
    assert race["status"] == "done" and race["picked"] == race["best"] is not None
    assert race["picked_by"] == "--yes"
    code, out, _ = run_cli(["show", sid, "--json"], capsys)
    shown = json.loads(out)
    assert shown["shots"][0]["takes"]["animate"]["engine"] == race["picked"]  # committed
    assert shown["races"][-1]["id"] == race["id"]
    commit = [f for f in shown["forecasts"] if f["verb"] == "redo"]
    assert commit and commit[0]["actual_usd"] is not None  # predicted beside actual

    other = next(c["engine"] for c in race["candidates"] if c["engine"] != race["picked"])
    code, out, _ = run_cli(
        ["race", sid, "--shot", "S01", "--pick", other, "--catalog", catalog, "--json"], capsys
    )
    picked = json.loads(out)
    assert code == 3 and picked["races"][0]["picked"] == other
    assert picked["pending"][0]["work"][0]["engine"] == other  # the commit waits for its yes
    code, _, err = run_cli(["race", sid, "--pick", other, "--catalog", catalog], capsys)
    assert code == 2 and "one --shot" in err
