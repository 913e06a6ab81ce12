"""What each approval predicted it would cost, kept beside what it then spent.

The service stores one forecast per approval it asks for (tools/service/estimate.py makes them):
the list price of the first choices, the expected spend with outputs that are not accepted paid for
too, and its p10–p90 range. Once the approval is done its outcome holds what was spent, so `show`
and `report` can set predicted beside actual.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, Field, computed_field

from sessions.store import SessionStore, now


class ForecastCheck(BaseModel):
    """One approval's prediction and, once it ran, what it actually spent."""

    approval_id: str
    session_id: str
    verb: str
    status: str  # the approval's status
    tier: str
    listed_usd: float
    expected_usd: float
    p10_usd: float
    p90_usd: float
    actual_usd: float | None = None  # None until the approval has run
    created: str = ""
    # each shot's stage: its first engine, P(accept), price ÷ P(accept), expected spend, and the
    # chance it ends with an accepted take within the cap (tools/service/estimate.ItemForecast)
    items: list[dict[str, Any]] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def within_range(self) -> bool | None:
        if self.actual_usd is None:
            return None
        return self.p10_usd - 1e-9 <= self.actual_usd <= self.p90_usd + 1e-9


def save_forecast(
    store: SessionStore, approval_id: str, session_id: str, tier: str, forecast: dict[str, Any]
) -> None:
    with store.db.conn:
        store.db.conn.execute(
            "insert or replace into forecasts (approval_id, session_id, tier, listed_usd, "
            "expected_usd, p10_usd, p90_usd, items_json, created) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                approval_id,
                session_id,
                tier,
                float(forecast.get("listed_usd", 0.0)),
                float(forecast.get("expected_usd", 0.0)),
                float(forecast.get("p10_usd", 0.0)),
                float(forecast.get("p90_usd", 0.0)),
                json.dumps(forecast.get("items", []), default=str),
                now(),
            ],
        )


def forecast_checks(
    store: SessionStore, session_id: str | None = None, *, since: str = ""
) -> list[ForecastCheck]:
    """Every stored forecast of work that can spend money (a plan's own is its production's
    preview, not a prediction of its own), oldest first, with what its approval spent."""
    where, args = ["f.created >= ?", "a.kind = 'production'"], [since]
    if session_id is not None:
        where.append("f.session_id = ?")
        args.append(session_id)
    rows = store.db.query(
        "select f.*, a.verb, a.status, a.outcome_json from forecasts f "
        f"join approvals a on a.id = f.approval_id where {' and '.join(where)} "
        "order by f.created, f.approval_id",
        args,
    )
    found = []
    for r in rows:
        outcome = json.loads(r["outcome_json"] or "{}")
        spent = outcome.get("spent_usd") if r["status"] == "done" else None
        found.append(
            ForecastCheck(
                approval_id=r["approval_id"],
                session_id=r["session_id"],
                verb=r["verb"],
                status=r["status"],
                tier=r["tier"],
                listed_usd=r["listed_usd"],
                expected_usd=r["expected_usd"],
                p10_usd=r["p10_usd"],
                p90_usd=r["p90_usd"],
                actual_usd=float(spent) if isinstance(spent, int | float) else None,
                created=r["created"],
                items=json.loads(r["items_json"] or "[]"),
            )
        )
    return found


def predicted_words(store: SessionStore, approval_id: str) -> str:
    """` (predicted $4.10, p10–p90 $3.20–$5.30)` for an approval that was forecast, else ""."""
    row = store.db.execute(
        "select expected_usd, p10_usd, p90_usd from forecasts where approval_id = ?", [approval_id]
    ).fetchone()
    if row is None or not row[0]:
        return ""
    return f" (predicted ${row[0]:.2f}, p10–p90 ${row[1]:.2f}–${row[2]:.2f})"
