"""Review 26: the delivery quote without keys (6f82cf1) and the planner's second reader (824db0b).

Each failure is a strict xfail naming what the app did instead."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from agent.briefing.beats import split_brief
from sessions.models import Shot, ShotPlan, WorkItem
from sessions.store import open_store
from tools.catalog import load_catalog
from tools.service.estimate import estimate_work
from tools.service.service import ProductionService
from tui.cli import main

KEYS = {"FAL_KEY": "sk-test-123", "RUNWAYML_API_SECRET": "sk-test-runway-456"}
PORCH = (
    "A cat sitting on a porch at golden hour. One 5-second shot, static camera, for a social post."
)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(args)
        code = 0
    except SystemExit as exited:
        code = int(exited.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def porch_plan() -> ShotPlan:
    shot = Shot(
        id="S01",
        description="A cat sitting on a porch at golden hour",
        duration_s=5,
        framing="medium",
        camera="static",
        seed=1,
    )
    return ShotPlan(title="Porch", aspect_ratio="1:1", shots=[shot])


def test_the_quotes_most_and_forecast_are_those_of_the_keys_it_names() -> None:
    catalog = load_catalog(None)
    work = [
        WorkItem(shot_id="S01", tool=t, why="missing") for t in ("generate_keyframe", "animate")
    ]
    quote = estimate_work(catalog, porch_plan(), work, "delivery", {}).if_keyed
    assert quote is not None
    named = {k: "sk-test" for k in quote.keys_to_set}
    keyed = estimate_work(catalog, porch_plan(), work, "delivery", named)
    assert not keyed.impossible
    assert quote.usd == keyed.usd  # the first choices agree (this part holds)
    assert quote.worst_usd == pytest.approx(keyed.worst_usd)
    assert quote.forecast.expected_usd == pytest.approx(keyed.forecast.expected_usd, abs=0.005)


def test_a_tier_no_key_can_make_is_still_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = Path("tools/default_catalog.toml").read_text(encoding="utf-8")
    retired = re.sub(
        r'^(name = "(?!animatic"|sora-2")[^"]+")$',
        r'\1\nretired = "gone"',
        text,
        flags=re.M,
    )
    catalog = tmp_path / "retired.toml"
    catalog.write_text(retired, encoding="utf-8")
    brief = tmp_path / "brief.txt"
    brief.write_text(PORCH)
    args = ["run", str(brief), "--tier", "delivery", "--catalog", str(catalog)]
    code, out, err = run_cli(args, capsys)
    assert "keys are set" not in err
    assert code == 2, (out, err)


def test_the_quote_is_repriced_once_its_keys_are_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(PORCH)
    code, out, _ = run_cli(["run", str(brief), "--tier", "delivery"], capsys)
    assert code == 3 and "until you set" in out
    sid = re.search(r"\(session (\w+)\)", out).group(1)  # type: ignore[union-attr]
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    code, out, err = run_cli(["resume", sid], capsys)
    assert code == 3 and "Approve and carry on" in err
    assert "until you set" not in out, out


def test_a_production_card_approved_without_its_keys_is_refused_like_the_plan_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    brief = tmp_path / "brief.txt"
    brief.write_text(PORCH)
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    code, out, _ = run_cli(["run", str(brief), "--tier", "delivery"], capsys)
    sid = re.search(r"\(session (\w+)\)", out).group(1)  # type: ignore[union-attr]
    store = open_store()
    service = ProductionService(store, load_catalog(None), dict(KEYS))
    plan_card = service.pending(sid)[0]
    outcome = asyncio.run(service.approve(plan_card.id, by="person"))  # makes the production card
    assert outcome.next is not None and outcome.next.kind == "production"
    store.close()
    for name in KEYS:
        monkeypatch.delenv(name)
    code, out, err = run_cli(["resume", sid, "--yes"], capsys)
    assert code == 2 and "FAL_KEY" in err, (code, out, err)


def test_the_json_of_a_quote_carries_its_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run … --tier delivery --json` with no keys: the waiting card's estimate_usd was 0.0 and
    a script read it as free; it is the quote's price now, its summary naming the keys."""
    import json

    brief = tmp_path / "brief.txt"
    brief.write_text(PORCH)
    code, out, _ = run_cli(["run", str(brief), "--tier", "delivery", "--json"], capsys)
    assert code == 3
    card = json.loads(out)["pending"][0]
    assert card["kind"] == "plan" and card["estimate_usd"] > 0
    assert "until you set" in card["summary"] and "sk-test" not in out


# --- the second reader --------------------------------------------------------------------


def test_numbered_shots_are_never_set_aside_by_the_model() -> None:
    brief = (
        "Shot 1: Kitchen, 6am.\nShot 2: Kettle on, steam rising.\n"
        "Shot 3: Dad, half asleep, pours coffee.\nShot 4: Warm milk for the baby."
    )
    assert len(split_brief(brief, second_reader=False).beats) == 4
    assert len(split_brief(brief).beats) == 4


def test_a_numbered_list_of_short_pictures_stays_whole() -> None:
    brief = "1. Office\n2. Warm milk\n3. Storm coming\n4. A man runs for the bus"
    assert [b.text for b in split_brief(brief).beats] == [
        "Office",
        "Warm milk",
        "Storm coming",
        "A man runs for the bus",
    ]


@pytest.mark.parametrize(
    ("brief", "picture"),
    [
        ("Monday. Alarm. Coffee. Commute. Office. Screens. Home. Sleep.", "Office"),
        ("Winter. Frost on the window. A cat. Warm milk. Grandpa's slippers.", "Warm milk"),
        ("Ocean. Waves. A lighthouse. Storm coming. The keeper lights the lamp.", "Storm coming"),
    ],
)
def test_terse_pictures_are_kept(brief: str, picture: str) -> None:
    assert picture in [b.text for b in split_brief(brief, second_reader=False).beats]
    assert picture in [b.text for b in split_brief(brief).beats]
