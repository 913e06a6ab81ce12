"""Helpers several test layers share: producing a stored session the way every front door does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sessions.models import ToolName
from sessions.stages import DEFAULT_STAGES
from sessions.store import SessionStore
from tools.catalog import Catalog, load_catalog
from tools.service import Outcome, ProductionService


async def produce(
    store: SessionStore,
    session_id: str,
    shot_ids: Sequence[str] | None = None,
    stages: Sequence[ToolName] = DEFAULT_STAGES,
    *,
    catalog: Catalog | None = None,
    env: Mapping[str, str] | None = None,
) -> Outcome | None:
    """Request the production through the service and approve it, as `--yes` would."""
    service = ProductionService(store, catalog or load_catalog(), {} if env is None else env)
    approval = service.request_production(session_id, shot_ids, stages, actor="person")
    if approval is None:
        return None
    return await service.approve(approval.id, by="--yes")
