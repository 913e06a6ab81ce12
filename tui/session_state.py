"""A saved session read back for the screen: its conversation, its plan in words, where it stopped."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlite_utils.db import NotFoundError

from agent.errors import for_person_head, is_refusal
from agent.events import ToolCallFinished
from sessions.models import ShotPlan
from sessions.stages import STAGES
from sessions.store import SessionStore
from tui.views import clip_text, plural

# A resumed chat shows its tool calls too (a store that drops them loses half the story), but only
# the most recent ones: a long production logs one per stage attempt.
HISTORY_TOOL_CALLS = 30
# A tool line is one line of the chat pane: what was made, by which engine, and how it went.
REASON_CHARS = 60

# Service calls that are bookkeeping, not something the person or the model did.
QUIET_CALLS = frozenset({"refresh_status"})

# The conversation's rows (agent/conversation.py): the person's words and decisions, the agent's
# replies, and the approvals it asked for (shown as notes; a still-pending one is asked again).
ROLES = {"user": "you", "decision": "you", "assistant": "agent", "approval": "note"}
# A decision --yes made for the person (agent/conversation.py AUTO_MARK; older rows said
# "auto-approved").
_BY_YES = re.compile(r"\((?:--yes|auto-approved)\)$")


def history(store: SessionStore, session_id: str) -> list[tuple[str, str | ToolCallFinished]]:
    """Messages and recent tool calls in the order they happened: (you|agent|note|tool, payload)."""
    items: list[tuple[str, str, str | ToolCallFinished]] = []
    for m in store.messages(session_id):
        role, text = ROLES.get(m["role"], "note"), m["text"]
        if m["role"] == "decision" and _BY_YES.search(text or ""):
            # The CLI's --yes answered, not the person: say who (the log has it: actor --yes).
            role, text = "note", "approved with --yes (on the command line)"
        if text:
            items.append((m["created"], role, text))
    for c in store.tool_calls(session_id, limit=HISTORY_TOOL_CALLS):
        if (
            c["tool"].startswith("request_")
            or c["status"] == "awaiting_approval"
            or c["tool"] in QUIET_CALLS
            or (c["parent_id"] and c["tool"] not in STAGES)
        ):
            # The asking shows as its approval card; bookkeeping shows as nothing; what a call
            # caused (the service's approve_plan under the model's answered propose_plan) is in
            # that call's log, as in the live chat: one approval read as three lines here. Each
            # take made stays a line of its own: it is what the session made.
            continue
        line = tool_line(store, c)
        # a refusal the tool answered in words ("Cannot switch: …") is no ✓ here either
        ok = c["status"] in ("ok", "accepted") and not is_refusal(line)
        logged = () if c["tool"] in STAGES else (c["id"],)
        items.append((c["started"], "tool", ToolCallFinished(c["id"], c["tool"], line, ok, logged)))
    items.sort(key=lambda item: item[0])
    return [(role, payload) for _, role, payload in items]


def tool_line(store: SessionStore, call: dict[str, Any]) -> str:
    """One logged call in a few words: `S01 keyframe t1 · animatic`, `completed · 6 of 6 shots
    done · $0.00`, `refused · budget …` — never the router's whole reasoning (it is in the detail)."""
    try:
        result = json.loads(call["result_json"] or "null")
    except ValueError:
        result = call["result_json"]
    if call["status"] == "running":
        return "stopped before it finished"
    if not isinstance(result, dict):  # the model's tool's text: what the person reads of it
        return clip_text(for_person_head(str(result or "")), REASON_CHARS)
    if result.get("error"):
        # The log keeps the exception's class for the record; the person reads the sentence.
        error = re.sub(r"^[A-Z]\w*: ", "", str(result["error"]))
        return clip_text(error, REASON_CHARS)
    tool, shot = call["tool"], call["shot_id"] or ""
    if tool in STAGES:
        return _stage_line(store, tool, shot, result)
    if "used" in result:  # an earlier take back in use, and what was remade from it
        remade = [str(r) for r in result.get("remade") or []]
        line = f"{result['used']} in use again · " + (
            f"remade {', '.join(remade)}" if remade else "nothing to remake"
        )
        failed = [s for s, st in (result.get("shots") or {}).items() if st != "done"]
        if failed:
            line += f" · {', '.join(failed)} not done"
        spent = float(result.get("spent_usd") or 0.0)
        return line + (f" · ${spent:.2f}" if spent else "")
    shots = result.get("shots")
    if isinstance(shots, dict):  # a production: how it ended, what it spent
        done = sum(1 for s in shots.values() if s == "done")
        spent = float(result.get("spent_usd") or 0.0)
        return f"{result.get('status', '')} · {done} of {plural(len(shots), 'shot')} done · ${spent:.2f}"
    for key, words in (
        ("approved", "plan v{} approved"),
        ("version", "plan v{}"),
        ("tier", "{} tier"),
        ("title", "titled “{}”"),
        ("rejected", "rejected"),
    ):
        if key in result:
            return words.format(result[key])
    if "budget_usd" in result:
        return f"budget ${float(result['budget_usd']):.2f}"
    if "passed" in result:
        return "holds" if result["passed"] else clip_text("; ".join(result.get("reasons", [])), 60)
    if "episode" in result:
        return f"episode: {Path(str(result['episode'])).name}"
    return ""


def _stage_line(store: SessionStore, tool: str, shot: str, result: dict[str, Any]) -> str:
    label = STAGES[tool].word  # type: ignore[index]
    attempts = [str(a) for a in result.get("attempts") or []]
    engine = ""
    if attempts:
        try:
            engine = store.attempt(attempts[-1]).engine
        except NotFoundError:  # a row a later migration or a delete removed
            engine = ""
    made = f"{shot} {label}"
    take = result.get("take")
    if take:
        number = Path(str(take)).stem.rpartition("-t")[2]
        made += f" t{number}" if number.isdigit() else ""
    parts = [made] + ([engine] if engine else [])
    status = str(result.get("status") or "")
    if status and status != "accepted":
        reason = str(result.get("reason") or "").split(";")[0]
        parts.append(clip_text(f"{status}: {reason}" if reason else status, REASON_CHARS))
    if len(attempts) > 1:
        parts.append(plural(len(attempts), "attempt"))
    return " · ".join(parts)


def plan_summary(plan: ShotPlan) -> str:
    lines = [
        f"{plan.title} — v{plan.version}, {plural(len(plan.shots), 'shot')}, "
        f"{plan.total_duration_s:g} s, {plan.aspect_ratio}"
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
    return f"Stopped with {done} of {plural(len(plan.shots), 'shot')} done; left: {shown}."
