"""The audit's figures on a seeded history: two sessions, two engines, two tiers, two months —
every number worked out by hand from the rows below."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from sessions.forecasts import save_forecast
from sessions.models import Approval, Attempt, Brief, Shot, ShotPlan
from sessions.report import ALL_TAGS, NO_TAG, audit_report
from sessions.store import SessionStore, open_store
from tests.e2e.test_cli import run_cli
from tools.service.report import TIER_COLOURS, render_chart, report_csv, since_from


@pytest.fixture
def store(data_home: Path) -> Iterator[SessionStore]:
    s = open_store()
    seed_history(s)
    yield s
    s.close()


def plan(store: SessionStore, tags: dict[str, list[str]]) -> str:
    info = store.create_session(Brief(text="t", title="t", duration_s=3), budget_usd=10)
    shots = [
        Shot(id=i, description=i, duration_s=1, framing="wide", camera="pan", tags=t, seed=1)  # type: ignore[arg-type]
        for i, t in tags.items()
    ]
    store.save_plan(info.id, ShotPlan(title="t", aspect_ratio="16:9", shots=shots))
    return info.id


def attempt(sid: str, name: str, shot: str, engine: str, status: str, **extra: object) -> Attempt:
    fields: dict[str, object] = {
        "id": f"{sid}-{name}",
        "session_id": sid,
        "shot_id": shot,
        "tool": "animate",
        "stage": "animate",
        "engine": engine,
        "provider": "simulated",
        "tier": "delivery",
        "prompt": "p",
        "prompt_sha256": "x",
        "seed": 1,
        "idempotency_key": f"k-{sid}-{name}",
        "status": status,
        "cost_usd": 0.0,
    }
    fields.update(extra)
    return Attempt.model_validate(fields)


def seed_history(store: SessionStore) -> None:
    a = plan(store, {"S01": ["landscape"], "S02": ["human_motion", "physics"], "S03": []})
    b = plan(store, {"S01": ["landscape"]})
    rows = [
        attempt(a, "1", "S01", "eng-x", "succeeded", cost_usd=0.5, elapsed_s=10.0,
                started_at="2026-10-05T10:00:00"),
        attempt(a, "2", "S02", "eng-x", "rejected", cost_usd=0.5, elapsed_s=20.0,
                started_at="2026-10-06T10:00:00"),
        attempt(a, "3", "S02", "eng-y", "succeeded", cost_usd=1.0, elapsed_s=30.0,
                started_at="2026-10-06T11:00:00", failover_from=f"{a}-2"),
        attempt(a, "4", "S03", "eng-y", "refused", error_kind="refused", elapsed_s=0.5,
                started_at="2026-11-01T10:00:00"),
        attempt(a, "5", "S03", "eng-y", "failed", error_kind="budget",  # never dispatched
                started_at="2026-11-01T11:00:00"),
        attempt(a, "6", "S03", "eng-x", "succeeded", tool="generate_keyframe",
                stage="generate_keyframe", tier="draft", elapsed_s=1.0,
                started_at="2026-11-02T10:00:00"),
        attempt(b, "1", "S01", "eng-x", "failed", error_kind="timeout", elapsed_s=5.0,
                started_at="2026-11-03T10:00:00"),
        attempt(b, "2", "S01", "eng-x", "succeeded", cost_usd=0.5, elapsed_s=15.0,
                started_at="2026-11-03T11:00:00", failover_from=f"{b}-1"),  # a retry, same engine
    ]  # fmt: skip
    for row in rows:
        store.start_attempt(row)
    approval = Approval(
        id="ap1", session_id=b, kind="production", verb="produce", created="2026-11-03"
    )
    store.add_approval(approval)
    save_forecast(
        store, "ap1", b, "delivery",
        {"listed_usd": 0.5, "expected_usd": 0.8, "p10_usd": 0.5, "p90_usd": 1.5},
    )  # fmt: skip
    store.update_approval("ap1", status="done", outcome={"spent_usd": 0.5})


def by(rows: list, **key: str) -> object:  # type: ignore[type-arg]
    found = [r for r in rows if all(getattr(r, k) == v for k, v in key.items())]
    assert len(found) == 1, (key, found)
    return found[0]


def test_per_engine_and_tier(store: SessionStore) -> None:
    report = audit_report(store)
    assert (report.sessions, report.attempts, report.accepted) == (2, 7, 4)
    assert report.spend_usd == pytest.approx(2.5)
    assert report.cost_per_acceptable_usd == pytest.approx(2.5 / 4)
    x = by(report.engines, engine="eng-x", tier="delivery")
    assert (x.tag, x.attempts, x.accepted, x.failovers, x.refusals) == (ALL_TAGS, 4, 2, 1, 0)
    assert x.acceptance_rate == 0.5
    assert x.regeneration_rate == 0.5  # the rejected one and the timeout were tried again
    assert x.mean_wait_s == pytest.approx((10 + 20 + 5 + 15) / 4)
    assert x.spend_usd == pytest.approx(1.5) and x.cost_per_acceptable_usd == pytest.approx(0.75)
    y = by(report.engines, engine="eng-y", tier="delivery")
    assert (y.attempts, y.accepted, y.failovers, y.refusals) == (2, 1, 0, 1)  # budget row left out
    assert y.regeneration_rate == 0.0 and y.cost_per_acceptable_usd == pytest.approx(1.0)
    draft = by(report.engines, engine="eng-x", tier="draft")
    assert (draft.attempts, draft.accepted, draft.cost_per_acceptable_usd) == (1, 1, 0.0)
    assert [r.tier for r in report.engines] == ["delivery", "delivery", "draft"]


def test_per_tag_a_shot_counts_under_each_of_its_tags(store: SessionStore) -> None:
    report = audit_report(store)
    landscape = by(report.rows, engine="eng-x", tier="delivery", tag="landscape")
    assert (landscape.attempts, landscape.accepted) == (3, 2)  # across both sessions
    assert landscape.spend_usd == pytest.approx(1.0)
    for tag in ("human_motion", "physics"):
        x = by(report.rows, engine="eng-x", tier="delivery", tag=tag)
        assert (x.attempts, x.accepted, x.failovers, x.cost_per_acceptable_usd) == (1, 0, 1, None)
        y = by(report.rows, engine="eng-y", tier="delivery", tag=tag)
        assert (y.attempts, y.accepted) == (1, 1)
    untagged = by(report.rows, engine="eng-y", tier="delivery", tag=NO_TAG)
    assert (untagged.attempts, untagged.refusals) == (1, 1)


def test_per_month_since_and_predicted_vs_actual(store: SessionStore) -> None:
    report = audit_report(store)
    october = by(report.months, month="2026-10", engine="eng-x", tier="delivery")
    assert (october.attempts, october.accepted, october.spend_usd) == (2, 1, 1.0)
    november = by(report.months, month="2026-11", engine="eng-x", tier="delivery")
    assert (november.attempts, november.accepted, november.spend_usd) == (2, 1, 0.5)
    assert {m.month for m in report.months} == {"2026-10", "2026-11"}

    recent = audit_report(store, since="2026-11-01")
    assert (recent.attempts, recent.accepted) == (4, 2)  # a4, a6, b1, b2
    assert {m.month for m in recent.months} == {"2026-11"}

    [check] = report.forecasts
    assert (check.expected_usd, check.actual_usd, check.within_range) == (0.8, 0.5, True)


def test_csv_and_chart(store: SessionStore, tmp_path: Path) -> None:
    report = audit_report(store)
    rows = list(csv.DictReader(io.StringIO(report_csv(report))))
    assert len(rows) == len(report.rows) and rows[0]["engine"] == report.rows[0].engine
    assert {"cost_per_acceptable_usd", "regeneration_rate", "mean_wait_s"} <= set(rows[0])
    path = render_chart(report, tmp_path / "chart.png")
    with Image.open(path) as image:
        image.load()
        assert image.width == 1200 and image.height > 300
        colours = {c for _, c in image.convert("RGB").getcolors(1 << 20) or []}
    assert set(TIER_COLOURS.values()) <= colours  # a bar per tier, drawn in its colour


def test_since_words() -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 11, 30, tzinfo=UTC)
    assert since_from("30d", at=at).startswith("2026-10-31")
    assert since_from("2w", at=at).startswith("2026-11-16")
    assert since_from("2026-11-01").startswith("2026-11-01")
    assert since_from(None) == ""


def test_the_report_command(
    store: SessionStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["report", "--json", "--chart", str(tmp_path / "a.png")], capsys)
    data = json.loads(out)
    assert code == 0 and data["attempts"] == 7 and Path(data["chart"]).is_file()
    code, out, _ = run_cli(["report", "--csv", "--since", "2026-11-01"], capsys)
    assert code == 0 and out.splitlines()[0].startswith("engine,tier,tag,attempts")
    code, out, _ = run_cli(["report"], capsys)
    assert code == 0 and "eng-x" in out and "chart:" in out and "predicted vs actual" in out
    code, _, err = run_cli(["report", "--since", "lately"], capsys)
    assert code == 2 and "--since" in err
    code, _, err = run_cli(["report", "--json", "--csv"], capsys)
    assert code == 2
