"""What every tool of the agent is given: the session, the application service and the screen.

The dependencies are per conversation; `on_event` is swapped for each turn so that the screen that
asked is the one that hears about plans and production progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agent.brief import parse_brief
from agent.events import AgentEvent, ShotProgress
from sessions.models import Brief, ShotPlan, Tier
from sessions.store import SessionStore
from tools.catalog import Catalog
from tools.production.scheduler import ProgressEvent
from tools.service import ProductionService


def _ignore(_: AgentEvent) -> None:
    return None


@dataclass
class ShotcallerDeps:
    service: ProductionService
    session_id: str
    on_event: Callable[[AgentEvent], None] = _ignore
    # The log rows of each of the model's calls (agent/call_log.py), by the model's call id.
    call_rows: dict[str, list[str]] = field(default_factory=dict)

    @property
    def store(self) -> SessionStore:
        return self.service.store

    @property
    def catalog(self) -> Catalog:
        return self.service.catalog

    def progress(self, event: ProgressEvent) -> None:
        """Production progress, to the screen that asked."""
        self.on_event(ShotProgress(event))

    def plan(self) -> ShotPlan | None:
        return self.store.plan(self.session_id)

    def brief(self) -> Brief:
        info = self.store.session(self.session_id)
        return parse_brief(info.brief, tier=info.tier)

    def current_tier(self) -> Tier:
        return self.store.session(self.session_id).tier
