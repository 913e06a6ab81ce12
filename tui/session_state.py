"""A saved session read back for the screen: its conversation, its plan in words, where it stopped."""

from __future__ import annotations

import json
from pathlib import Path

from agent.events import ToolCallFinished
from sessions.models import ShotPlan
from sessions.store import SessionStore

# A resumed chat shows its tool calls too (a store that drops them loses half the story), but only
# the most recent ones: a long production logs one per stage attempt.
HISTORY_TOOL_CALLS = 30


# Service calls that are bookkeeping, not something the person or the model did.
QUIET_CALLS = frozenset({"refresh_status"})

# The conversation's rows (agent/conversation.py): the person's words and decisions, the agent's
# replies, and the approvals it asked for (shown as notes; a still-pending one is asked again).
ROLES = {"user": "you", "decision": "you", "assistant": "agent", "approval": "note"}


def history(store: SessionStore, session_id: str) -> list[tuple[str, str | ToolCallFinished]]:
    """Messages and recent tool calls in the order they happened: (you|agent|note|tool, payload)."""
    items: list[tuple[str, str, str | ToolCallFinished]] = []
    for m in store.messages(session_id):
        role = ROLES.get(m["role"], "note")
        if m["text"]:
            items.append((m["created"], role, m["text"]))
    for c in store.tool_calls(session_id, limit=HISTORY_TOOL_CALLS):
        if c["tool"].startswith("request_") or c["tool"] in QUIET_CALLS:
            continue  # the asking shows as its approval card; bookkeeping shows as nothing
        ok = c["status"] in ("ok", "accepted")
        items.append(
            (
                c["started"],
                "tool",
                ToolCallFinished(
                    c["id"], c["tool"], _result_line(c["result_json"], c["shot_id"]), ok
                ),
            )
        )
    items.sort(key=lambda item: item[0])
    return [(role, payload) for _, role, payload in items]


def _result_line(result_json: str, shot_id: str) -> str:
    try:
        result = json.loads(result_json)
    except ValueError:
        return result_json[:120]
    if isinstance(result, dict):
        parts = [shot_id] if shot_id else []
        parts += [str(result[k]) for k in ("status", "reason") if result.get(k)]
        if result.get("take"):
            parts.append(Path(str(result["take"])).name)
        return " · ".join(parts)
    return str(result)[:120]


def plan_summary(plan: ShotPlan) -> str:
    lines = [
        f"{plan.title} — v{plan.version}, {len(plan.shots)} shots, {plan.total_duration_s:g} s, "
        f"{plan.aspect_ratio}"
    ]
    lines += [
        f"{s.id} {s.duration_s:.2f}s {s.framing} {s.camera} — {s.description}" for s in plan.shots
    ]
    return "\n".join(lines)


def where_it_stopped(store: SessionStore, session_id: str, plan: ShotPlan) -> str | None:
    """For an approved plan whose production started and did not finish: what is done and what
    is left, in words. (An approved plan that was never produced is waiting on its production
    approval, not stopped.)"""
    if not plan.approved or not store.has_attempts(session_id):
        return None
    states = store.shot_states(session_id)
    left = [s.id for s in plan.shots if states.get(s.id, (s.status, ""))[0] != "done"]
    if not left:
        return None
    done = len(plan.shots) - len(left)
    shown = ", ".join(left[:6]) + ("…" if len(left) > 6 else "")
    return f"Stopped with {done} of {len(plan.shots)} shots done; left: {shown}."
