"""What every tool of the agent is given: the session, the store, the catalog and the screen.

The dependencies are per conversation; `on_event` is swapped for each turn so that the screen that
asked is the one that hears about plans and production progress.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from agent.brief import parse_brief
from agent.events import AgentEvent, ShotProgress
from sessions.models import Brief, ShotPlan, Tier
from sessions.store import SessionStore
from tools.catalog import Catalog
from tools.production.episode import open_production
from tools.production.scheduler import Production, ProgressEvent

ProductionFactory = Callable[["ShotcallerDeps"], Production]


def _ignore(_: AgentEvent) -> None:
    return None


def default_production(deps: ShotcallerDeps) -> Production:
    """A Production over the session's latest plan; progress goes to the screen as ShotProgress."""

    def progress(event: ProgressEvent) -> None:
        deps.on_event(ShotProgress(event))

    return open_production(
        deps.store,
        deps.session_id,
        deps.catalog,
        env=deps.env,
        tier=deps.tier,
        on_event=progress,
    )


@dataclass
class ShotcallerDeps:
    store: SessionStore
    session_id: str
    catalog: Catalog
    env: Mapping[str, str]
    tier: Tier | None = None  # None: the session's own tier
    on_event: Callable[[AgentEvent], None] = _ignore
    production_factory: ProductionFactory = field(default=default_production)

    def production(self) -> Production:
        return self.production_factory(self)

    def plan(self) -> ShotPlan | None:
        return self.store.plan(self.session_id)

    def brief(self) -> Brief:
        info = self.store.session(self.session_id)
        return parse_brief(info.brief, tier=info.tier)

    def current_tier(self) -> Tier:
        return self.tier or self.store.session(self.session_id).tier
