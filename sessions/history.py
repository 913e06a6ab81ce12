"""The data home's history as the router learns from it: every judged output, across sessions.

An output is *judged* when someone said whether it was good enough: the quality gate accepted it
(`succeeded`) or rejected it (`rejected`, an undecodable file included), or the engine refused the
request on content policy — each is one observation of P(accept | engine, tag, tier). Failures that
say nothing about the picture (a timeout, a 5xx, a rate limit) are observations of something else:
how often a call to that engine comes back with an output at all (`transient`).

The person's redo is one more: the first attempt of a round the person opened (round > 1) says that
the take accepted in the round before was not good enough after all, and counts as a rejection of
the engine that made it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sessions.store import SessionStore

Verdict = Literal["accept", "reject", "transient"]


@dataclass(frozen=True)
class Judged:
    """One observation: an engine's output for a shot's stage, accepted or not."""

    id: str  # the attempt's id (a redo's: "redo:" + the redoing attempt's id)
    session_id: str
    shot_id: str
    tool: str
    engine: str
    tier: str
    model_version: str
    verdict: Verdict  # transient: the call came back without an output (timeout, 5xx, 429)
    at: str  # when it was judged (ISO time): observations are applied in this order

    @property
    def accepted(self) -> bool:
        return self.verdict == "accept"


def judged_since(store: SessionStore, since: str = "") -> list[Judged]:
    """Every observation made after `since` (an ISO time; "" for all), oldest first."""
    rows = store.db.execute(
        "select id, session_id, shot_id, stage, engine, tier, model_version, status, finished_at, "
        "error_kind from attempts where finished_at > ? and (status in ('succeeded', 'rejected', "
        "'refused') or (status = 'failed' and error_kind in ('bad_output', 'timeout', "
        "'server_error', 'rate_limited'))) order by finished_at, rowid",
        [since],
    ).fetchall()
    found = [
        Judged(
            id=r[0],
            session_id=r[1],
            shot_id=r[2],
            tool=r[3],
            engine=r[4],
            tier=r[5],
            model_version=r[6] or "",
            verdict=_verdict(r[7], r[9]),
            at=r[8],
        )
        for r in rows
    ]
    found += _redos_since(store, since)
    return sorted(found, key=lambda j: j.at)


def _redos_since(store: SessionStore, since: str) -> list[Judged]:
    """The person's redos opened after `since`, each a rejection of the take it replaced."""
    round_of = "coalesce(json_extract({t}.params, '$.round'), 1)"
    rows = store.db.execute(
        f"select r.id, r.session_id, r.shot_id, r.stage, r.started_at, p.engine, p.tier, "
        f"p.model_version, p.finished_at from attempts r join attempts p "
        f"on p.session_id = r.session_id and p.shot_id = r.shot_id and p.stage = r.stage "
        f"and p.status = 'succeeded' and {round_of.format(t='p')} = {round_of.format(t='r')} - 1 "
        f"where r.started_at > ? and {round_of.format(t='r')} > 1 "
        f"and (r.error_kind is null or r.error_kind not in ('budget', 'cap', 'unavailable', 'local')) "
        f"and not exists (select 1 from attempts e where e.session_id = r.session_id "
        f"and e.shot_id = r.shot_id and e.stage = r.stage "
        f"and {round_of.format(t='e')} = {round_of.format(t='r')} "
        f"and (e.error_kind is null or e.error_kind not in ('budget', 'cap', 'unavailable', 'local')) "
        f"and (e.started_at < r.started_at or (e.started_at = r.started_at and e.rowid < r.rowid))) "
        f"order by r.started_at, p.finished_at",
        [since],
    ).fetchall()
    replaced: dict[str, Judged] = {}
    for r in rows:  # the round's last accepted take is the one the person replaced
        replaced[r[0]] = Judged(
            id=f"redo:{r[0]}",
            session_id=r[1],
            shot_id=r[2],
            tool=r[3],
            engine=r[5],
            tier=r[6],
            model_version=r[7] or "",
            verdict="reject",
            at=r[4],
        )
    return list(replaced.values())


def _verdict(status: str, error_kind: str | None) -> Verdict:
    if status == "succeeded":
        return "accept"
    if status == "failed" and error_kind != "bad_output":
        return "transient"
    return "reject"


def shot_tags(
    store: SessionStore, session_ids: Iterable[str]
) -> dict[tuple[str, str], tuple[str, ...]]:
    """(session id, shot id) → the shot's tags in the session's latest plan."""
    ids = sorted(set(session_ids))
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store.db.execute(
        f"select p.session_id, p.plan_json from plans p join (select session_id, "
        f"max(version) as v from plans where session_id in ({marks}) group by session_id) m "
        f"on m.session_id = p.session_id and m.v = p.version",
        ids,
    ).fetchall()
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for session_id, plan_json in rows:
        for shot in json.loads(plan_json).get("shots", []):
            found[(session_id, shot.get("id", ""))] = tuple(shot.get("tags") or ())
    return found
