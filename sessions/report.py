"""The audit: what every engine did across the data home's sessions, per tier and tag, per month.

`audit_report(store, since=…)` is the typed report `shotcaller report --json` prints and a screen
reads. Every figure counts *dispatched* attempts (engine calls; the router's own refusals for budget
or cap are not calls, nor is a failure of this machine — a full disk — while keeping an output),
from every session, race proxies included (draft tier):

- attempts — engine calls; accepted — outputs the gate accepted (each became a take or a proxy);
- acceptance rate — accepted ÷ attempts, failures of every kind included (usable yield per call);
- regeneration rate — the share of attempts after which the same shot's stage was tried again
  (a failover, a retry or the person's redo): the work an acceptable deliverable really took;
- failovers — attempts that handed the stage to another engine; refusals — content-policy refusals;
- mean wait — mean seconds per call; spend — what was charged;
- cost per acceptable deliverable — spend ÷ accepted (None when nothing was accepted).

A shot with two tags counts under both; a shot with none under "(none)". Tags are the shot's in its
session's latest plan. Predicted-versus-actual comes from each approval's stored forecast
(sessions/forecasts.py).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from sessions.forecasts import ForecastCheck, forecast_checks
from sessions.store import SessionStore, now

NO_TAG = "(none)"
ALL_TAGS = "(all)"

_BASE = """
with latest as (
    select p.session_id, p.plan_json from plans p
    join (select session_id, max(version) as v from plans group by session_id) m
    on m.session_id = p.session_id and m.v = p.version
),
shot_tags as (
    select l.session_id, json_extract(s.value, '$.id') as shot_id, t.value as tag
    from latest l, json_each(l.plan_json, '$.shots') s
    left join json_each(s.value, '$.tags') t
),
handed as (
    select b.failover_from as id from attempts b
    join attempts c on c.id = b.failover_from where c.engine != b.engine
),
base as (
    select a.id, a.session_id, a.shot_id, a.engine, a.tier, a.status, a.cost_usd, a.elapsed_s,
        substr(a.started_at, 1, 7) as month,
        exists (
            select 1 from attempts b where b.session_id = a.session_id
            and b.shot_id = a.shot_id and b.stage = a.stage and b.started_at > a.started_at
            and (b.error_kind is null or b.error_kind not in ('budget', 'cap', 'unavailable', 'local'))
        ) as again,
        a.id in (select id from handed) as handed
    from attempts a
    where (a.error_kind is null or a.error_kind not in ('budget', 'cap', 'unavailable', 'local'))
    and a.started_at >= ?
)
"""
_FIGURES = """
    count(*) as attempts,
    sum(status = 'succeeded') as accepted,
    sum(again) as regenerated,
    sum(handed) as failovers,
    sum(status = 'refused') as refusals,
    avg(elapsed_s) as wait,
    coalesce(sum(cost_usd), 0) as spend
"""


class ReportRow(BaseModel):
    """One engine at one tier, on one tag (or every tag: "(all)")."""

    engine: str
    tier: str
    tag: str
    attempts: int
    accepted: int
    acceptance_rate: float
    regeneration_rate: float
    failovers: int
    refusals: int
    mean_wait_s: float | None
    spend_usd: float
    cost_per_acceptable_usd: float | None


class MonthRow(BaseModel):
    """One engine at one tier in one month (YYYY-MM)."""

    month: str
    engine: str
    tier: str
    attempts: int
    accepted: int
    acceptance_rate: float
    spend_usd: float
    cost_per_acceptable_usd: float | None


class AuditReport(BaseModel):
    since: str  # ISO time the report starts from ("" for everything)
    generated: str
    sessions: int  # sessions with at least one engine call in the window
    attempts: int
    accepted: int
    spend_usd: float
    cost_per_acceptable_usd: float | None
    rows: list[ReportRow] = Field(default_factory=list)  # engine × tier × tag
    engines: list[ReportRow] = Field(default_factory=list)  # engine × tier, every tag at once
    months: list[MonthRow] = Field(default_factory=list)
    forecasts: list[ForecastCheck] = Field(default_factory=list)  # predicted vs actual


def audit_report(store: SessionStore, *, since: str = "") -> AuditReport:
    """The audit of every session's engine calls started at or after `since` (ISO; "" for all)."""
    rows = [
        _row(r)
        for r in store.db.query(
            _BASE + "select base.engine, base.tier, coalesce(st.tag, ?) as tag," + _FIGURES
            + "from base left join shot_tags st on st.session_id = base.session_id "
            "and st.shot_id = base.shot_id group by 1, 2, 3 order by 1, 2, 3",
            [since, NO_TAG],
        )
    ]  # fmt: skip
    engines = [
        _row({**r, "tag": ALL_TAGS})
        for r in store.db.query(
            _BASE + "select engine, tier," + _FIGURES + "from base group by 1, 2 order by 2, 1",
            [since],
        )
    ]
    months = [
        MonthRow(
            month=r["month"],
            engine=r["engine"],
            tier=r["tier"],
            attempts=r["attempts"],
            accepted=r["accepted"] or 0,
            acceptance_rate=_rate(r["accepted"], r["attempts"]),
            spend_usd=round(r["spend"], 6),
            cost_per_acceptable_usd=_per(r["spend"], r["accepted"]),
        )
        for r in store.db.query(
            _BASE + "select month, engine, tier," + _FIGURES
            + "from base group by 1, 2, 3 order by 1, 3 desc, 2",
            [since],
        )
    ]  # fmt: skip
    total = next(
        store.db.query(
            _BASE + "select count(distinct session_id) as sessions," + _FIGURES + "from base",
            [since],
        )
    )
    return AuditReport(
        since=since,
        generated=now(),
        sessions=total["sessions"],
        attempts=total["attempts"],
        accepted=total["accepted"] or 0,
        spend_usd=round(total["spend"], 6),
        cost_per_acceptable_usd=_per(total["spend"], total["accepted"]),
        rows=rows,
        engines=engines,
        months=months,
        forecasts=forecast_checks(store, since=since),
    )


def _row(r: dict[str, Any]) -> ReportRow:
    attempts = int(r["attempts"])
    return ReportRow(
        engine=r["engine"],
        tier=r["tier"],
        tag=r["tag"],
        attempts=attempts,
        accepted=int(r["accepted"] or 0),
        acceptance_rate=_rate(r["accepted"], attempts),
        regeneration_rate=_rate(r["regenerated"], attempts),
        failovers=int(r["failovers"] or 0),
        refusals=int(r["refusals"] or 0),
        mean_wait_s=round(r["wait"], 3) if r["wait"] is not None else None,
        spend_usd=round(r["spend"], 6),
        cost_per_acceptable_usd=_per(r["spend"], r["accepted"]),
    )


def _rate(part: int | None, whole: int) -> float:
    return round((part or 0) / whole, 4) if whole else 0.0


def _per(spend: float, accepted: int | None) -> float | None:
    return round(spend / accepted, 6) if accepted else None
