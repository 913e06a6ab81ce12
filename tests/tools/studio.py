"""A small studio for router tests: catalogs of simulated engines written as TOML, a real store,
a session with an approved plan, and a Production rendering at a tiny frame size."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sessions.models import Brief, SessionInfo, Shot, ShotPlan, StagePrompts, Tier
from sessions.store import SessionStore, open_store
from tools.catalog import Catalog, parse_catalog
from tools.engines.base import Engine
from tools.production.scheduler import Production, ProgressEvent
from tools.routing.budget import Budget
from tools.routing.router import Router

SIZE = (32, 18)  # 16:9, even: enough for the gate, fast to render


def engine_toml(
    name: str,
    *,
    tools: Sequence[str] = ("generate_keyframe", "animate"),
    tiers: Sequence[str] = ("draft", "delivery"),
    strengths: Sequence[str] = (),
    price: str = "per_second = 0.1",
    latency_s: float = 0.0,
    concurrency: int = 2,
    quality: float = 0.5,
    deterministic: bool = False,
    **faults: float | bool | int,
) -> str:
    lines = [
        "[[engine]]",
        f'name = "{name}"',
        'provider = "simulated"',
        f"tools = {list(tools)!r}".replace("'", '"'),
        f"tiers = {list(tiers)!r}".replace("'", '"'),
        f"strengths = {list(strengths)!r}".replace("'", '"'),
        f"price = {{ {price} }}",
        f"latency_s = {latency_s}",
        f"concurrency = {concurrency}",
        f"quality = {quality}",
        f"deterministic = {str(deterministic).lower()}",
        "[engine.faults]",
        *(f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in faults.items()),
    ]
    return "\n".join(lines) + "\n"


def catalog_toml(
    *engines: str,
    cap: int = 3,
    budget_usd: float = 20.0,
    on_refusal: str = "ask",
    max_retry_after_s: float = 60.0,
) -> str:
    head = (
        'version = "test"\n[guardrails]\n'
        f"max_attempts_per_stage = {cap}\nbudget_usd = {budget_usd}\n"
        f'on_refusal = "{on_refusal}"\nmax_retry_after_s = {max_retry_after_s}\n\n'
    )
    return head + "\n".join(engines)


def shot(
    number: int,
    tags: Sequence[str] = (),
    *,
    chain_from: str | None = None,
    duration_s: float = 0.25,
) -> Shot:
    return Shot(
        id=f"S{number:02d}",
        description=f"shot {number}",
        duration_s=duration_s,
        framing="wide",
        camera="pan",
        tags=list(tags),  # type: ignore[arg-type]
        chain_from=chain_from,
        seed=100 + number,
        prompts=StagePrompts(keyframe=f"keyframe {number}", motion=f"motion {number}"),
    )


@dataclass
class Studio:
    store: SessionStore
    catalog: Catalog
    session: SessionInfo
    plan: ShotPlan
    router: Router
    production: Production
    events: list[ProgressEvent] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def attempts(self, shot_id: str | None = None, stage: str | None = None) -> list:  # type: ignore[type-arg]
        return self.store.attempts(self.session.id, shot_id, stage)

    def dispatched(self, shot_id: str | None = None, stage: str | None = None) -> list:  # type: ignore[type-arg]
        return [a for a in self.attempts(shot_id, stage) if a.error_kind not in ("budget", "cap")]


def open_studio(
    home: Path,
    catalog_text: str,
    shots: Sequence[Shot],
    *,
    tier: Tier = "draft",
    approved: bool = True,
    budget_usd: float | None = None,
    engines: Mapping[str, Engine] | None = None,
    env: Mapping[str, str] | None = None,
) -> Studio:
    """A session with `shots` planned (and approved), a router whose Retry-After waits are
    recorded instead of slept, and a Production at the tiny test size."""
    catalog = parse_catalog(catalog_text, "test catalog")
    store = open_store(home)
    budget_usd = catalog.guardrails.budget_usd if budget_usd is None else budget_usd
    brief = Brief(text="test", title="test", duration_s=1.0, tier=tier)
    info = store.create_session(brief, budget_usd=budget_usd)
    plan = store.save_plan(info.id, ShotPlan(title="test", aspect_ratio="16:9", shots=list(shots)))
    if approved:
        store.approve_plan(info.id)
    plan = store.plan(info.id)
    assert plan is not None
    sleeps: list[float] = []
    now = [0.0]  # the router's clock: it moves only when the router waits, never by itself

    async def record_sleep(seconds: float) -> None:
        sleeps.append(round(seconds, 6))
        now[0] += seconds

    router = Router(
        catalog,
        store,
        Budget(cap_usd=budget_usd),
        env=env or {},
        engines=engines,
        clock=lambda: now[0],
        sleep=record_sleep,
    )
    events: list[ProgressEvent] = []
    production = Production(
        store, router, info, plan, tier=tier, on_event=events.append, resolution=SIZE
    )
    return Studio(store, catalog, info, plan, router, production, events, sleeps)
