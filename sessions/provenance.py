"""provenance.json: every attempt of a session, failed ones included, with its plan, takes, tool
calls and approvals."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sessions.store import SessionStore, now
from sessions.summary import tool_call

FORMAT = "shotcaller.provenance/1"


def provenance_record(store: SessionStore, session_id: str) -> dict[str, Any]:
    info = store.session(session_id)
    row = store.session_row(info.id)
    plan = store.plan(info.id)
    return {
        "format": FORMAT,
        "exported": now(),
        "session": {
            **info.model_dump(),
            "model": row.get("model", ""),
            "catalog_version": row.get("catalog_version", ""),
            "catalog_sha256": row.get("catalog_sha256", ""),
        },
        "plan": plan.model_dump() if plan else None,
        "attempts": [a.model_dump() for a in store.attempts(info.id)],
        "artifacts": [a.model_dump() for a in store.artifacts(info.id)],
        "continuity": [c.model_dump() for c in store.continuity(info.id, include_stale=True)],
        # Every call of every verb (the planner's own included): who asked, with what, the
        # approval it waited for and who gave it, the result; and the approvals themselves.
        "tool_calls": [tool_call(row).model_dump() for row in store.tool_calls(info.id)],
        "approvals": [a.model_dump() for a in store.approvals(info.id)],
    }


def write_provenance(store: SessionStore, session_id: str, path: Path | None = None) -> Path:
    path = path or store.session_dir(session_id) / "provenance.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique dot name: `export` may write while a run does, and crash recovery sweeps dot files.
    fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(provenance_record(store, session_id), indent=2) + "\n")
    os.replace(name, path)
    return path
